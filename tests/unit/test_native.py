"""callwarden_native kernels against their numpy references and known values."""

import importlib

import numpy as np
import pytest

import callwarden_native as cn
from callwarden_native import energy, reference

# The package attribute `resample` is the function, so fetch the module itself.
resample_mod = importlib.import_module("callwarden_native.resample")

ALL_CODES = np.arange(256, dtype=np.uint8)
ALL_PCM16 = np.arange(-32768, 32768, dtype=np.int32).astype(np.int16)


def tone(freq_hz, rate_hz, n_samples, amplitude=1.0):
    t = np.arange(n_samples) / rate_hz
    return (amplitude * np.sin(2 * np.pi * freq_hz * t)).astype(np.float32)


def dominant_hz(x, rate_hz):
    spectrum = np.abs(np.fft.rfft(x * np.hanning(x.size)))
    return np.fft.rfftfreq(x.size, 1.0 / rate_hz)[np.argmax(spectrum)]


def rms_db(x):
    return 10 * np.log10(np.mean(np.asarray(x, np.float64) ** 2))


# --- G.711 ---------------------------------------------------------------

@pytest.mark.parametrize("kernel,ref", [
    (cn.ulaw_decode, reference.ulaw_decode),
    (cn.alaw_decode, reference.alaw_decode),
])
def test_decode_all_codes_bit_exact(kernel, ref):
    out = kernel(ALL_CODES)
    assert out.dtype == np.int16
    np.testing.assert_array_equal(out, ref(ALL_CODES))


@pytest.mark.parametrize("kernel,ref", [
    (cn.ulaw_encode, reference.ulaw_encode),
    (cn.alaw_encode, reference.alaw_encode),
])
def test_encode_all_pcm_bit_exact(kernel, ref):
    out = kernel(ALL_PCM16)
    assert out.dtype == np.uint8
    np.testing.assert_array_equal(out, ref(ALL_PCM16))


def test_ulaw_known_values():
    # First 16 entries of the standard mu-law expansion table.
    expected = [-32124, -31100, -30076, -29052, -28028, -27004, -25980, -24956,
                -23932, -22908, -21884, -20860, -19836, -18812, -17788, -16764]
    np.testing.assert_array_equal(cn.ulaw_decode(ALL_CODES[:16]), expected)
    decoded = cn.ulaw_decode(np.array([0x10, 0x7F, 0x80, 0xFF], np.uint8))
    np.testing.assert_array_equal(decoded, [-15996, 0, 32124, 0])
    encoded = cn.ulaw_encode(np.array([0, -1, 32767, -32768, 100, -100], np.int16))
    np.testing.assert_array_equal(encoded, [0xFF, 0x7F, 0x80, 0x00, 0xF2, 0x72])


def test_alaw_known_values():
    # First 16 entries of the standard A-law expansion table.
    expected = [-5504, -5248, -6016, -5760, -4480, -4224, -4992, -4736,
                -7552, -7296, -8064, -7808, -6528, -6272, -7040, -6784]
    np.testing.assert_array_equal(cn.alaw_decode(ALL_CODES[:16]), expected)
    decoded = cn.alaw_decode(np.array([0xD5, 0x55, 0xAA, 0x2A], np.uint8))
    np.testing.assert_array_equal(decoded, [8, -8, 32256, -32256])
    encoded = cn.alaw_encode(np.array([0, -1, 32767, -32768, 7, -8], np.int16))
    np.testing.assert_array_equal(encoded, [0xD5, 0x55, 0xAA, 0x2A, 0xD5, 0x55])


def test_ulaw_round_trip_within_step():
    decoded = cn.ulaw_decode(cn.ulaw_encode(ALL_PCM16)).astype(np.int32)
    x = ALL_PCM16.astype(np.int32)
    # Half a step: step is 2**(e+3) and |x| + 132 >= 2**(e+7).
    assert np.all(np.abs(decoded - x) <= (np.abs(x) + 132) / 32)
    codes = np.setdiff1d(ALL_CODES, [0x7F])  # 0x7F is "negative zero"
    np.testing.assert_array_equal(cn.ulaw_encode(cn.ulaw_decode(codes)), codes)


def test_alaw_round_trip_within_step():
    decoded = cn.alaw_decode(cn.alaw_encode(ALL_PCM16)).astype(np.int32)
    x = ALL_PCM16.astype(np.int32)
    # Half a step (8 in the two lowest segments), +1 for one's complement.
    assert np.all(np.abs(decoded - x) <= np.maximum(8, np.abs(x) / 32) + 1)
    np.testing.assert_array_equal(cn.alaw_encode(cn.alaw_decode(ALL_CODES)), ALL_CODES)


def test_g711_keeps_shape_and_checks_types():
    frame = ALL_PCM16[:320].reshape(2, 160)
    assert cn.ulaw_encode(frame).shape == (2, 160)
    assert cn.alaw_decode(cn.alaw_encode(frame)).shape == (2, 160)
    assert cn.ulaw_encode(np.array([], np.int16)).size == 0
    # Wider integers saturate instead of wrapping.
    assert cn.ulaw_encode(np.array([70000], np.int32))[0] == 0x80
    with pytest.raises(TypeError):
        cn.ulaw_encode(np.array([0.5]))
    with pytest.raises(ValueError):
        cn.alaw_decode(np.array([256]))


# --- resampling ----------------------------------------------------------

def test_reference_constants_match_kernels():
    assert reference.RESAMPLE_ZERO_CROSSINGS == resample_mod.RESAMPLE_ZERO_CROSSINGS
    assert reference.RESAMPLE_KAISER_BETA == resample_mod.RESAMPLE_KAISER_BETA
    assert reference.RESAMPLE_CUTOFF_RATIO == resample_mod.RESAMPLE_CUTOFF_RATIO
    assert reference.HALFBAND_SIDE_TAPS == resample_mod.HALFBAND_SIDE_TAPS
    assert reference.HALFBAND_KAISER_BETA == resample_mod.HALFBAND_KAISER_BETA
    assert reference.UPSAMPLE_HISTORY_SAMPLES == cn.UPSAMPLE_HISTORY_SAMPLES
    assert reference.DBFS_FLOOR == energy.DBFS_FLOOR


@pytest.mark.parametrize("src_hz,dst_hz", [
    (8000, 16000), (16000, 8000), (22050, 8000), (44100, 16000), (8000, 11025), (48000, 8000),
])
def test_resample_matches_reference(src_hz, dst_hz):
    x = np.random.default_rng(src_hz + dst_hz).uniform(-1, 1, 3001).astype(np.float32)
    out = cn.resample(x, src_hz, dst_hz)
    assert out.dtype == np.float32
    assert out.size == (x.size * dst_hz) // src_hz
    assert np.max(np.abs(out - reference.resample(x, src_hz, dst_hz))) < 1e-4


def test_resample_same_rate_is_copy():
    x = tone(440, 8000, 160)
    out = cn.resample(x, 8000, 8000)
    np.testing.assert_array_equal(out, x)
    assert out is not x and not np.shares_memory(out, x)


def test_resample_short_and_invalid():
    assert cn.resample(np.zeros(1, np.float32), 22050, 8000).size == 0
    assert cn.resample(np.zeros(0, np.float32), 8000, 16000).size == 0
    with pytest.raises(ValueError):
        cn.resample(np.zeros(4, np.float32), 0, 8000)


def test_resample_up_keeps_frequency():
    out = cn.resample(tone(1000, 8000, 8000), 8000, 16000)
    assert out.size == 16000
    assert dominant_hz(out, 16000) == pytest.approx(1000, abs=2)
    # Image at 7 kHz must be far below the tone.
    spectrum = np.abs(np.fft.rfft(out * np.hanning(out.size)))
    freqs = np.fft.rfftfreq(out.size, 1 / 16000)
    image = spectrum[np.abs(freqs - 7000) < 20].max()
    assert 20 * np.log10(image / spectrum.max()) < -60


def test_resample_down_passband_and_stopband():
    # Steady-state middle part only; edges see the zero padding.
    middle = slice(400, 7600)
    passed = cn.resample(tone(1000, 22050, 22050), 22050, 8000)
    assert dominant_hz(passed, 8000) == pytest.approx(1000, abs=2)
    assert abs(rms_db(passed[middle]) - rms_db(tone(1000, 8000, 8000))) < 0.1
    # 6 kHz is above the new 4 kHz Nyquist: it must not alias to 2 kHz.
    stopped = cn.resample(tone(6000, 22050, 22050), 22050, 8000)
    assert rms_db(stopped[middle]) - rms_db(tone(6000, 22050, 22050)) < -30


# --- 2x upsampling -------------------------------------------------------

def test_upsample_matches_reference():
    x = np.random.default_rng(7).uniform(-1, 1, 1600).astype(np.float32)
    out = cn.upsample_8k_to_16k(x)
    assert out.dtype == np.float32 and out.size == 3200
    assert np.max(np.abs(out - reference.upsample_8k_to_16k(x))) < 1e-4
    # Even outputs are the input delayed by UPSAMPLE_DELAY_SAMPLES.
    delay = cn.UPSAMPLE_DELAY_SAMPLES
    np.testing.assert_array_equal(out[2 * delay::2], x[:-delay])


def test_upsample_stream_equals_whole():
    x = np.random.default_rng(11).uniform(-1, 1, 160 * 25).astype(np.float32)
    whole = cn.upsample_8k_to_16k(x)
    history = np.zeros(cn.UPSAMPLE_HISTORY_SAMPLES, np.float32)
    pieces = []
    for start in range(0, x.size, 160):
        out, history = cn.upsample_8k_to_16k_stream(x[start:start + 160], history)
        assert out.size == 320 and history.size == cn.UPSAMPLE_HISTORY_SAMPLES
        pieces.append(out)
    np.testing.assert_array_equal(np.concatenate(pieces), whole)
    np.testing.assert_array_equal(history, x[-cn.UPSAMPLE_HISTORY_SAMPLES:])
    # Non-zero history against the reference too.
    history = x[-160 - cn.UPSAMPLE_HISTORY_SAMPLES:-160]
    ref_out, ref_history = reference.upsample_8k_to_16k_stream(x[-160:], history)
    out, new_history = cn.upsample_8k_to_16k_stream(x[-160:], history)
    assert np.max(np.abs(out - ref_out)) < 1e-4
    np.testing.assert_array_equal(new_history, ref_history)


def test_upsample_stream_tiny_frames_and_bad_history():
    x = np.random.default_rng(3).uniform(-1, 1, 100).astype(np.float32)
    history, pieces = None, []
    for start in range(0, x.size, 7):  # frames shorter than the history
        out, history = cn.upsample_8k_to_16k_stream(x[start:start + 7], history)
        pieces.append(out)
    np.testing.assert_array_equal(np.concatenate(pieces), cn.upsample_8k_to_16k(x))
    with pytest.raises(ValueError):
        cn.upsample_8k_to_16k_stream(x, np.zeros(5, np.float32))


def test_upsample_keeps_1khz_and_rejects_image():
    out = cn.upsample_8k_to_16k(tone(1000, 8000, 8000))
    assert dominant_hz(out, 16000) == pytest.approx(1000, abs=2)
    spectrum = np.abs(np.fft.rfft(out * np.hanning(out.size)))
    freqs = np.fft.rfftfreq(out.size, 1 / 16000)
    image = spectrum[np.abs(freqs - 7000) < 20].max()
    assert 20 * np.log10(image / spectrum.max()) < -50
    assert abs(rms_db(out[400:-400]) - rms_db(tone(1000, 16000, 15200))) < 0.1


# --- levels --------------------------------------------------------------

def test_frame_dbfs_known_levels():
    assert cn.frame_dbfs(tone(1000, 8000, 160)) == pytest.approx(-3.0103, abs=0.01)
    assert cn.frame_dbfs(tone(1000, 8000, 160, 0.5)) == pytest.approx(-9.0309, abs=0.01)
    pcm = np.round(tone(1000, 8000, 160) * 16384).astype(np.int16)
    assert cn.frame_dbfs(pcm) == pytest.approx(-9.0309, abs=0.01)
    assert cn.frame_dbfs(np.full(160, -32768, np.int16)) == pytest.approx(0.0, abs=1e-9)
    assert cn.frame_dbfs(np.zeros(160, np.float32)) == -120.0
    assert cn.frame_dbfs(np.zeros(160, np.int16)) == -120.0
    assert cn.frame_dbfs(np.zeros(0, np.float32)) == -120.0
    assert isinstance(cn.frame_dbfs(pcm), float)


@pytest.mark.parametrize("dtype", [np.float32, np.int16])
def test_frame_dbfs_matches_reference(dtype):
    rng = np.random.default_rng(5)
    for scale in (1.0, 1e-2, 1e-4):
        x = rng.uniform(-scale, scale, 160)
        x = (x * 32767).astype(np.int16) if dtype is np.int16 else x.astype(np.float32)
        assert cn.frame_dbfs(x) == pytest.approx(reference.frame_dbfs(x), abs=1e-6)


def test_frames_dbfs_levels_and_reference():
    amplitudes = [1.0, 0.5, 0.1, 0.0]
    x = np.concatenate([tone(1000, 8000, 160, a) for a in amplitudes] + [np.ones(50, np.float32)])
    levels = cn.frames_dbfs(x, 160)
    assert levels.dtype == np.float32 and levels.size == 4  # partial tail dropped
    np.testing.assert_allclose(levels, [-3.0103, -9.0309, -23.0103, -120.0], atol=0.01)
    np.testing.assert_allclose(levels, reference.frames_dbfs(x, 160), atol=1e-4)
    pcm = (np.random.default_rng(9).uniform(-1, 1, 1000) * 3000).astype(np.int16)
    np.testing.assert_allclose(cn.frames_dbfs(pcm, 80), reference.frames_dbfs(pcm, 80), atol=1e-4)
    with pytest.raises(ValueError):
        cn.frames_dbfs(x, 0)


def test_warm_up_runs():
    cn.warm_up()


def test_pitch_finds_a_harmonic_voice_and_ignores_noise():
    rate = 8000
    t = np.arange(rate) / rate
    # A 140 Hz voice as a phone carries it: harmonics only from 300 Hz up, no fundamental.
    voice = sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(3, 12)).astype(np.float32)
    f0 = cn.frames_pitch_hz(voice, rate)
    assert len(f0) > 30 and np.all(np.abs(f0 - 140) < 5)
    noise = np.random.default_rng(1).standard_normal(rate).astype(np.float32)
    assert np.mean(cn.frames_pitch_hz(noise, rate) == 0.0) > 0.9
    assert cn.frames_pitch_hz(np.zeros(100, np.float32), rate).size == 0


def test_pitch_matches_reference():
    rng = np.random.default_rng(3)
    rate = 16000
    t = np.arange(rate // 2) / rate
    x = (np.sin(2 * np.pi * 210 * t) + 0.5 * np.sin(2 * np.pi * 420 * t) + 0.3 * rng.standard_normal(t.size))
    np.testing.assert_allclose(cn.frames_pitch_hz(x, rate), reference.frames_pitch_hz(x, rate), rtol=1e-9)
