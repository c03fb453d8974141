"""Endpointer on synthetic line noise and speech-like tone bursts; FrameDecoder."""

from dataclasses import replace

import numpy as np
import pytest

from callwarden.audio import endpointer as ep_mod
from callwarden.audio.endpointer import Endpointer
from callwarden.audio.frames import ASR_RATE_HZ, AudioChunk, FrameDecoder
from callwarden.config import AudioConfig

RATE = ASR_RATE_HZ
FRAME = 320  # 20 ms at 16 kHz
DEFAULT = AudioConfig()


def level(x):
    return 10 * np.log10(np.mean(np.asarray(x, np.float64) ** 2))


def noise(ms, dbfs=-50.0, seed=0):
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(ms * RATE // 1000) * 10 ** (dbfs / 20)).astype(np.float32)


def burst(ms, dbfs=-20.0, depth=0.5):
    """300 Hz tone, 4 Hz amplitude modulation (syllables), RMS at `dbfs`."""
    t = np.arange(ms * RATE // 1000) / RATE
    x = np.sin(2 * np.pi * 300 * t) * (1 + depth * np.sin(2 * np.pi * 4 * t))
    return (x / np.sqrt(np.mean(x ** 2)) * 10 ** (dbfs / 20)).astype(np.float32)


def run(signal, cfg=DEFAULT):
    ep = Endpointer(cfg)
    out = []
    for i in range(len(signal) // FRAME):
        out += ep.feed(AudioChunk(signal[i * FRAME:(i + 1) * FRAME], RATE, i * 20))
    return out, ep


def audio_ms(utt):
    return len(utt.audio) * 1000 / RATE


def test_signal_levels_are_what_the_tests_assume():
    assert level(noise(1000)) == pytest.approx(-50, abs=0.5)
    assert level(burst(1500)) == pytest.approx(-20, abs=0.01)


def test_one_burst_gives_one_utterance_with_accurate_times():
    onset, offset = 1000, 2500
    out, ep = run(np.concatenate([noise(1000), burst(1500), noise(1000, seed=1)]))
    assert len(out) == 1
    utt = out[0]
    assert not utt.forced
    # onset is declared after min_speech_ms but back-dated to the first speech frame
    assert abs(utt.t_start_ms - onset) <= 100
    assert abs(utt.t_end_ms - offset) <= 60
    assert abs(utt.t_endpoint_ms - (offset + DEFAULT.endpoint_silence_ms)) <= 40
    assert utt.t_endpoint_ms - utt.t_end_ms == DEFAULT.endpoint_silence_ms
    expected_ms = DEFAULT.preroll_ms + (offset - onset) + ep_mod.TRAILING_PAD_MS
    assert abs(audio_ms(utt) - expected_ms) <= 20
    assert utt.audio.dtype == np.float32
    assert not ep.in_speech
    assert ep.flush(3500) == []


def test_utterance_audio_is_a_slice_of_the_input_covering_the_preroll():
    signal = np.concatenate([noise(1000), burst(1500), noise(1000, seed=1)])
    [utt] = run(signal)[0]
    starts = [i for i in range(0, len(signal) - len(utt.audio) + 1, FRAME)
              if np.array_equal(signal[i:i + len(utt.audio)], utt.audio)]
    assert len(starts) == 1
    preroll_kept_ms = utt.t_start_ms - starts[0] * 1000 / RATE
    assert DEFAULT.preroll_ms <= preroll_kept_ms <= DEFAULT.preroll_ms + 20
    trailing_ms = (starts[0] + len(utt.audio)) * 1000 / RATE - utt.t_end_ms
    assert trailing_ms == ep_mod.TRAILING_PAD_MS


def test_pause_shorter_than_endpoint_keeps_one_utterance():
    signal = np.concatenate([noise(1000), burst(700), noise(300, seed=2), burst(700), noise(1000, seed=3)])
    out, _ = run(signal)
    assert len(out) == 1
    assert abs(out[0].t_start_ms - 1000) <= 100
    assert abs(out[0].t_end_ms - 2700) <= 60


def test_pause_longer_than_endpoint_splits_in_two():
    signal = np.concatenate([noise(1000), burst(700), noise(800, seed=2), burst(700), noise(1000, seed=3)])
    out, _ = run(signal)
    assert len(out) == 2
    first, second = out
    assert abs(first.t_end_ms - 1700) <= 60
    assert abs(first.t_endpoint_ms - 2200) <= 40
    assert abs(second.t_start_ms - 2500) <= 100
    assert abs(second.t_end_ms - 3200) <= 60
    assert not first.forced and not second.forced


def test_longer_endpoint_silence():
    cfg = replace(DEFAULT, endpoint_silence_ms=1000)
    out, _ = run(np.concatenate([noise(1000), burst(1500), noise(1500, seed=1)]), cfg)
    assert len(out) == 1
    assert abs(out[0].t_endpoint_ms - (2500 + 1000)) <= 40
    # an 800 ms pause no longer splits
    signal = np.concatenate([noise(1000), burst(700), noise(800, seed=2), burst(700), noise(1500, seed=3)])
    assert len(run(signal, cfg)[0]) == 1


def test_click_shorter_than_min_speech_is_ignored():
    out, ep = run(np.concatenate([noise(1000), burst(60), noise(1000, seed=1)]))
    assert out == []
    assert not ep.in_speech
    assert ep.flush(2060) == []


def test_burst_just_over_min_speech_is_kept():
    out, _ = run(np.concatenate([noise(1000), burst(DEFAULT.min_speech_ms + 40), noise(1000, seed=1)]))
    assert len(out) == 1


def test_quiet_tone_below_absolute_floor_is_not_speech():
    # 15 dB over the line noise, but under speech_floor_dbfs (-50)
    out, _ = run(np.concatenate([noise(1000, -70), burst(1500, -55), noise(1000, -70, seed=1)]))
    assert out == []


def test_leading_digital_silence_does_not_pull_the_floor_down():
    zeros = np.zeros(RATE, np.float32)  # before RTP arrives
    signal = np.concatenate([zeros, noise(1000, -46), burst(1500), noise(1000, -46, seed=1)])
    out, ep = run(signal)
    assert len(out) == 1
    assert abs(out[0].t_start_ms - 2000) <= 100  # the burst, not the noise at 1000
    assert abs(out[0].t_end_ms - 3500) <= 60
    assert ep.floor_dbfs == pytest.approx(-46, abs=1.5)


def test_max_utterance_forces_cuts():
    cfg = replace(DEFAULT, max_utterance_s=2.0)
    out, _ = run(np.concatenate([noise(1000), burst(5000, depth=1.0), noise(1500, seed=1)]), cfg)
    forced = [u for u in out if u.forced]
    assert len(forced) == 2
    assert [u.t_endpoint_ms - u.t_start_ms for u in forced] == [2000, 2000]
    assert forced[0].t_start_ms == 1000
    assert forced[1].t_start_ms == forced[0].t_endpoint_ms   # pieces tile the speech
    assert all(u.t_endpoint_ms - u.t_start_ms <= 2000 for u in out)
    assert not out[-1].forced and abs(out[-1].t_end_ms - 6000) <= 60
    assert audio_ms(forced[0]) <= 2000 + DEFAULT.preroll_ms + 20


def test_flush_during_speech_returns_forced_utterance():
    out, ep = run(np.concatenate([noise(1000), burst(1000)]))
    assert out == []
    assert ep.in_speech
    [utt] = ep.flush(2000)
    assert utt.forced
    assert abs(utt.t_start_ms - 1000) <= 100
    assert utt.t_end_ms == 2000
    assert utt.t_endpoint_ms == 2000
    assert abs(audio_ms(utt) - (DEFAULT.preroll_ms + 1000)) <= 20
    assert not ep.in_speech
    assert ep.flush(2020) == []


def test_flush_when_idle_returns_nothing():
    _, ep = run(noise(1000))
    assert ep.flush(1000) == []
    assert Endpointer(DEFAULT).flush(0) == []


def test_frame_decoder_doubles_the_rate():
    dec = FrameDecoder()
    pcm = (np.arange(160, dtype=np.int16) * 100).astype("<i2").tobytes()
    chunk = dec.decode(pcm, 40)
    assert chunk.samples.dtype == np.float32
    assert chunk.samples.shape == (320,)
    assert (chunk.rate_hz, chunk.t_ms, chunk.duration_ms) == (16000, 40, 20)


def test_frame_decoder_keeps_a_1khz_tone_at_1khz():
    n = 8000  # 1 s
    t = np.arange(n) / 8000
    pcm = np.round(0.5 * 32767 * np.sin(2 * np.pi * 1000 * t)).astype("<i2")
    dec = FrameDecoder()
    chunks = [dec.decode(pcm[i:i + 160].tobytes(), i // 8) for i in range(0, n, 160)]
    assert [c.t_ms for c in chunks[:3]] == [0, 20, 40]
    y = np.concatenate([c.samples for c in chunks])
    assert y.size == 16000
    spectrum = np.abs(np.fft.rfft(y * np.hanning(y.size)))
    freqs = np.fft.rfftfreq(y.size, 1 / 16000)
    assert abs(freqs[np.argmax(spectrum)] - 1000) <= 2
    # amplitude preserved, no image at 7 kHz (16 kHz - 1 kHz mirrored at 8 kHz)
    steady = y[800:]
    assert np.max(np.abs(steady)) == pytest.approx(0.5, abs=0.02)
    image = spectrum[np.argmin(np.abs(freqs - 7000))]
    assert image < 1e-3 * spectrum.max()
