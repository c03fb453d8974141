"""Frustration is words plus voice: the caller's turn-by-turn loudness and pitch, measured on
rendered speech, and the classifier alone needing a raised voice below its confident range."""

import numpy as np
import pytest

from callwarden import events as ev
from callwarden.audio.frames import FrameDecoder
from callwarden.detect.detectors import FRUSTRATION_WORDS_ALONE_P, PhraseDetector
from callwarden.detect.phrases import IntentHit
from callwarden.detect.voice import VoiceTrend, turn_voice
from callwarden.events import CallClock


@pytest.fixture(scope="module")
def voiced():
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))

    def render(text, cents=0, gain=1.0):
        pcm = render_speech(voice, text, CallerStyle(pitch_cents=cents, noise_snr_db=25.0))
        pcm = np.clip(pcm.astype(np.float32) * gain, -32768, 32767).astype(np.int16)
        dec = FrameDecoder()
        audio = np.concatenate([dec.decode(pcm[j:j + 160].astype("<i2").tobytes(), 0).samples
                                for j in range(0, len(pcm) - 159, 160)])
        return turn_voice(audio)
    return render


def test_pitch_and_level_of_a_turn_follow_the_voice(voiced):
    calm = voiced("I am calling about the bill I got last week.")
    higher = voiced("I am calling about the bill I got last week.", cents=500)      # x1.33
    louder = voiced("I am calling about the bill I got last week.", gain=2.5)       # +8 dB
    assert 70 < calm["pitch_hz"] < 160
    assert 1.22 < higher["pitch_hz"] / calm["pitch_hz"] < 1.45
    assert 6.5 < louder["level_dbfs"] - calm["level_dbfs"] < 10.5   # Piper's takes vary by about 1 dB
    trend = VoiceTrend()
    assert not trend.raised(calm)                    # no baseline yet
    trend.add(calm)
    assert trend.raised(higher) and trend.raised(louder)
    assert not trend.raised(voiced("And the one before that looked right to me."))
    assert trend.raised(voiced("I am calling about the bill I got last week.", cents=500, gain=2.5)) == 2


def final(clock, text, voice):
    return clock.event(ev.UTTERANCE_FINAL, "caller", {"text": text, "t_start_ms": 0, "t_end_ms": 900,
                                                      "confidence": 0.8, "voice": voice})


def test_classifier_alone_below_its_confident_range_needs_a_raised_voice(monkeypatch):
    from callwarden.detect import phrases
    p = FRUSTRATION_WORDS_ALONE_P - 0.05
    monkeypatch.setattr(phrases, "find_intents",
                        lambda text, rules_only=False: [] if rules_only or text == "fine" else
                        [IntentHit("frustration", p, 0, len(text), by_rule=False)])
    calm, raised = {"level_dbfs": -24.0, "pitch_hz": 100.0}, {"level_dbfs": -16.0, "pitch_hz": 100.0}
    clock = CallClock()
    det = PhraseDetector()
    assert det.feed(final(clock, "fine", calm), 1000) == []
    assert det.feed(final(clock, "words the model half likes", calm), 2000) == []
    flags = det.feed(final(clock, "words the model half likes", raised), 3000)
    assert [f.body["type"] for f in flags] == ["frustration"]


def test_a_phrase_rule_needs_no_voice():
    det = PhraseDetector()
    flags = det.feed(final(CallClock(), "This is ridiculous, you are completely useless.", None), 1000)
    assert "frustration" in [f.body["type"] for f in flags]


def test_the_voice_alone_louder_and_higher_is_frustration():
    clock = CallClock()
    det = PhraseDetector()
    assert det.feed(final(clock, "I need to check my order.", {"level_dbfs": -24.0, "pitch_hz": 100.0}), 1000) == []
    assert det.feed(final(clock, "It says shipped.", {"level_dbfs": -23.0, "pitch_hz": 104.0}), 2000) == []
    flags = det.feed(final(clock, "Where is it then?", {"level_dbfs": -16.0, "pitch_hz": 130.0}), 3000)
    assert [(f.body["type"], f.body["confidence"]) for f in flags] == [("frustration", 0.6)]


def test_a_turn_measured_piece_by_piece_gives_the_whole_turns_voice_and_each_frame_once(monkeypatch):
    import callwarden_native
    from callwarden.detect import voice as voice_mod
    rng = np.random.default_rng(5)
    t = np.arange(3 * 16000) / 16000
    audio = (0.3 * np.sin(2 * np.pi * 140 * t) * (1 + 0.5 * np.sin(2 * np.pi * 1.3 * t))
             + 0.02 * rng.standard_normal(t.size)).astype(np.float32)
    whole = turn_voice(audio)
    pitched = []
    pitch = callwarden_native.frames_pitch_hz

    def counting(x, rate_hz, **kw):
        out = pitch(x, rate_hz, **kw)
        pitched.append(out.size)
        return out
    monkeypatch.setattr(voice_mod.native, "frames_pitch_hz", counting)
    meter = voice_mod.VoiceMeter()
    # Guesses at pauses of a growing turn (odd lengths on purpose), then the endpoint's audio.
    for n in (7001, 16000 + 333, 2 * 16000 + 17, audio.size, audio.size):
        got = meter.measure(audio[:n])
    assert got == whole and 130 < whole["pitch_hz"] < 150
    assert sum(pitched) == pitch(audio[::2], 8000).size     # no frame twice
    # Audio that does not extend the last (another utterance's) is measured whole.
    assert meter.measure(audio[:16000]) == turn_voice(audio[:16000])
