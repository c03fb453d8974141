"""low_confidence on rendered speech through the real tiny.en path: nonsense (pseudo-words, mumbled
or muffled audio, word salad) must be judged not understood even where Whisper writes it down as
ordinary words at an ordinary confidence, and ordinary caller speech must not be.

Sentences, pseudo-words and seeds here are a third set, apart from the two the thresholds in
detect/understood.py were calibrated on. Run with -s to see each turn's score and evidence.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from callwarden import events as ev
from callwarden.config import AsrConfig
from callwarden.detect.detectors import LowConfidenceDetector
from callwarden.detect.understood import parts, unsure
from callwarden.events import CallClock
from callwarden_tools.wer import wer

THRESHOLD = 0.45    # [detect] low_confidence_threshold's default
ORDINARY = [
    "Hello, I'm phoning about the leak under my kitchen sink.", "Could you check if my last payment arrived?",
    "My broadband keeps dropping out in the evenings.", "I'd like to change my appointment to next Tuesday.",
    "Yes, that's the right address.", "Is there somewhere near the hospital where I can park?",
    "We ordered a sofa three weeks ago and it still hasn't come.", "Thanks, that's really kind of you.",
    "The form asks for a reference but I can't find one.", "Sorry, I didn't quite catch that.",
    "My grandson usually sorts out the computer for me.", "Can I pay the rest at the end of the month?",
]
MUMBLED_SOURCES = ["I wanted to check whether the engineer is still coming.", "The bill this quarter looks far too high.",
                   "Could you move the delivery to the afternoon?", "My neighbour said the water was off all day."]
SALAD_WORDS = ["teapot", "giraffe", "slowly", "blanket", "copper", "whistle", "meadow", "crimson", "pillow",
               "stapler", "drifting", "walnut", "scarlet", "umbrella", "cabbage", "sparkle", "trumpet", "puddle"]
_ONSET = ["b", "bl", "d", "dr", "f", "fr", "g", "gr", "k", "kr", "m", "n", "p", "pl", "sk", "sn", "st", "t", "tw",
          "v", "z", "sh", "th", "j", "l"]
_VOWEL = ["a", "e", "i", "o", "u", "oo", "ee", "ay", "ow", "oy"]
_CODA = ["", "", "n", "m", "rk", "sp", "nd", "b", "g", "z", "lf", "mp", "x"]


def pseudo_words(rng: random.Random) -> str:
    words = ["".join(rng.choice(_ONSET) + rng.choice(_VOWEL) + rng.choice(_CODA) for _ in range(rng.choice([1, 2, 2, 3])))
             for _ in range(rng.randint(4, 6))]
    return " ".join(words).capitalize() + "."


def word_salad(rng: random.Random) -> str:
    return " ".join(rng.sample(SALAD_WORDS, rng.randint(5, 7))).capitalize() + "."


def mumble(pcm: np.ndarray, seed: int) -> np.ndarray:
    """Mouth half covered and away from the phone: the low formants only, quiet, over line noise."""
    import callwarden_native as native
    from callwarden.tts.voice import to_pcm16
    x = pcm.astype(np.float32) / 32768.0
    box = np.ones(7, np.float32) / 7
    x = np.convolve(np.convolve(x, box, "same"), box, "same") * 10 ** (-24 / 20)
    power = float(np.mean(x[np.abs(x) > 1e-4] ** 2))
    x = x + np.random.default_rng(seed).standard_normal(len(x)).astype(np.float32) * np.sqrt(power / 10 ** 0.8)
    return native.ulaw_decode(native.ulaw_encode(to_pcm16(x)))


@pytest.fixture(scope="module")
def heard(voice):
    """(kind, said, transcript) per turn, each rendered as a caller on a phone line and endpointed."""
    from callwarden.engine.transcriber import Transcriber
    from callwarden.audio.frames import FrameDecoder
    from callwarden_tools.render import CallerStyle, render_speech, silence
    transcriber = Transcriber(AsrConfig())
    transcriber.warm_up()
    rng = random.Random(2024)
    turns = [("ordinary", t) for t in ORDINARY] + [("pseudo", pseudo_words(rng)) for _ in range(6)]
    turns += [("mumbled", t) for t in MUMBLED_SOURCES] + [("salad", word_salad(rng)) for _ in range(4)]
    out = []
    for i, (kind, text) in enumerate(turns):
        style = CallerStyle(rate_wpm=145 + (i * 11) % 50, pitch_cents=(i * 113) % 500 - 250,
                            noise_snr_db=(None, 30.0, 20.0)[i % 3] if kind != "mumbled" else None, seed=700 + i)
        pad = silence(200, style.noise_snr_db or 45.0, style.seed)      # the endpointer's preroll and tail
        pcm = np.concatenate([pad, render_speech(voice, text, style), pad])
        if kind == "mumbled":
            pcm = mumble(pcm, style.seed)
        decoder = FrameDecoder()
        audio = np.concatenate([decoder.decode(pcm[j:j + 160].astype("<i2").tobytes(), 0).samples
                                for j in range(0, len(pcm) - 159, 160)])
        t = transcriber.transcribe(audio)
        out.append((kind, text, t))
        b = final_body(t)
        score = sum(parts(t.evidence, THRESHOLD).values())
        print(f"{kind:8s} unsure={unsure(b, THRESHOLD)[0]!s:5s} score {score:.2f} conf {t.confidence:.2f} "
              f"{t.evidence} | {text!r} -> {t.text!r}")
    return out


def final_body(t) -> dict:
    """The utterance.final body the call session records (asr = the engine's evidence)."""
    return {"text": t.text, "t_start_ms": 0, "t_end_ms": 1000, "confidence": round(t.confidence, 3),
            "redactions": [], "asr": t.evidence}


def judged(heard, kind: str) -> list[bool]:
    return [unsure(final_body(t), THRESHOLD)[0] for k, _, t in heard if k == kind]


def test_ordinary_speech_is_understood(heard):
    assert not any(judged(heard, "ordinary")), [t.text for k, _, t in heard if k == "ordinary"]


def test_pseudo_words_are_not_understood(heard):
    assert all(judged(heard, "pseudo")), [(t.text, t.confidence) for k, _, t in heard if k == "pseudo"]


def test_mumbled_turns_that_were_misheard_are_not_understood(heard):
    misheard = [unsure(final_body(t), THRESHOLD)[0] for k, said, t in heard
                if k == "mumbled" and wer(said, t.text) >= 0.5]
    assert misheard and all(misheard)


def test_most_word_salad_is_not_understood(heard):
    # Every word is clear and common: only the missing grammar gives it away (see detect/understood.py).
    assert sum(judged(heard, "salad")) >= 2


def test_a_call_of_nonsense_raises_low_confidence_and_ordinary_speech_does_not(heard):
    def flags(transcripts) -> list[str]:
        clock, det = CallClock(), LowConfidenceDetector(THRESHOLD)
        out = []
        for t in transcripts:
            out += [f.body["type"] for f in det.feed(clock.event(ev.UTTERANCE_FINAL, "caller", final_body(t)), 10)]
        return out
    assert flags([t for k, _, t in heard if k == "pseudo"][:2]) == ["low_confidence"]
    assert flags([t for k, _, t in heard if k == "ordinary"]) == []
