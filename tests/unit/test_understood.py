"""The per-turn "not understood" decision (detect/understood.py) and the evidence the engine builds
for it (engine/evidence.py), on hand-made bodies; tests/integration/test_low_confidence.py runs it on
rendered speech through tiny.en."""

from __future__ import annotations

import pytest

from callwarden import events as ev
from callwarden.engine.evidence import function_word_share, summarise, words_of
from callwarden.detect.detectors import LowConfidenceDetector
from callwarden.detect.understood import UNSURE_SCORE, parts, unsure
from callwarden.events import CallClock

THRESHOLD = 0.45


def body(confidence: float = 0.6, redactions=(), **asr) -> dict:
    evidence = {"avg_logprob": -0.5, "no_speech_prob": 0.05, "compression_ratio": 0.9, "words": 8,
                "low_prob_words": 0.0, "oov_words": 0.0, "function_words": 0.5}
    evidence.update(asr)
    return {"text": "x", "t_start_ms": 0, "t_end_ms": 10, "confidence": confidence,
            "redactions": list(redactions), "asr": evidence}


@pytest.mark.parametrize("name,evidence", [
    ("pseudo-words heard as odd words", dict(low_prob_words=0.6, oov_words=0.4)),
    ("decoder doubted half the words", dict(low_prob_words=0.55)),
    ("words not in the vocabulary", dict(oov_words=0.45)),
    ("word salad, each word clear", dict(function_words=0.05)),
    ("probably no speech, weakly decoded", dict(no_speech_prob=0.5, avg_logprob=-1.0)),
    ("a loop", dict(compression_ratio=2.5)),
    ("two moderate signs", dict(low_prob_words=0.35, oov_words=0.25)),
])
def test_nonsense_at_an_ordinary_confidence_is_unsure(name, evidence):
    assert unsure(body(0.6, **evidence), THRESHOLD)[0], name


@pytest.mark.parametrize("name,evidence", [
    ("a clean sentence", {}),
    ("one surname the vocabulary spells out of pieces", dict(oov_words=0.2, low_prob_words=0.2)),
    ("a short turn of one odd word", dict(words=1, oov_words=1.0, low_prob_words=1.0)),
    ("a terse turn, too short to judge its grammar", dict(function_words=None, words=2)),
    ("a plain, slightly unsure sentence", dict(avg_logprob=-0.85, low_prob_words=0.3, no_speech_prob=0.2)),
])
def test_ordinary_turns_are_understood(name, evidence):
    ok, _ = unsure(body(0.6, **evidence), THRESHOLD)
    assert not ok, (name, parts(body(**evidence)["asr"], THRESHOLD))


def test_a_turn_with_a_found_entity_was_understood_whatever_the_evidence():
    assert unsure(body(0.2, [{"entity": "pci_pan"}], low_prob_words=1.0, oov_words=1.0), THRESHOLD) == (False, 0.0)


def test_without_evidence_the_confidence_threshold_decides():
    bare = {"text": "x", "t_start_ms": 0, "t_end_ms": 10, "confidence": 0.3}
    assert unsure(bare, THRESHOLD) == (True, pytest.approx(0.7))
    assert not unsure({**bare, "confidence": 0.5}, THRESHOLD)[0]


def test_the_configured_threshold_still_moves_the_log_probability_knee():
    b = body(0.4, avg_logprob=-0.92)            # confidence 0.4
    assert unsure(b, 0.6)[0] and not unsure(b, 0.3)[0]


def test_two_consecutive_nonsense_turns_at_ordinary_confidence_raise_low_confidence():
    clock, det = CallClock(), LowConfidenceDetector(THRESHOLD)

    def turn(b):
        return det.feed(clock.event(ev.UTTERANCE_FINAL, "caller", b), 20)
    nonsense = body(0.62, low_prob_words=0.7, oov_words=0.5, function_words=0.1)
    assert turn(nonsense) == [] and turn(body()) == [] and turn(nonsense) == []
    flag, = turn(nonsense)
    assert flag.body["type"] == "low_confidence" and flag.body["confidence"] >= 0.5
    assert turn(nonsense) == []        # one flag for the run


def test_evidence_words_join_pieces_and_skip_punctuation():
    pieces = [" Hi", ",", " I", "'m", " Ploor", "f", " ok", "."]
    probs = [0.9, 0.5, 0.9, 0.8, 0.2, 0.4, 0.9, 0.1]
    assert words_of(pieces, probs) == [("Hi,", 0.9), ("I'm", pytest.approx(0.85)), ("Ploorf", pytest.approx(0.3)),
                                       ("ok.", 0.9)]


def test_evidence_summary_counts_odd_and_unlikely_words_but_not_numbers():
    vocab = {"hi", "i", "ok", "my", "number", "is"}
    pieces = [" Hi", " I", "'m", " Ploor", "f", " my", " number", " is", " 47", "12"]
    probs = [0.9, 0.9, 0.9, 0.2, 0.3, 0.9, 0.9, 0.9, 0.1, 0.1]
    e = summarise("Hi I'm Ploorf my number is 4712", -0.6, 0.1, pieces, probs, lambda w: w.lower() in vocab)
    assert e["words"] == 6 and e["low_prob_words"] == pytest.approx(1 / 6, abs=1e-3)
    assert e["oov_words"] == pytest.approx(1 / 6, abs=1e-3)
    assert e["avg_logprob"] == -0.6 and e["no_speech_prob"] == 0.1 and 0 < e["compression_ratio"] < 2
    assert set(e) == {"avg_logprob", "no_speech_prob", "compression_ratio", "words", "low_prob_words",
                      "oov_words", "function_words"}


def test_function_word_share_ignores_numbers_and_short_turns():
    assert function_word_share("Purple orange river quietly frozen thunder bottle.") == 0.0
    assert function_word_share("I'd like to add my wife as a second driver.") >= 0.4
    assert function_word_share("My order number is five five two three one") == 0.5
    assert function_word_share("Billing, please.") is None


def test_score_threshold_is_reachable_by_one_strong_sign():
    assert sum(parts(body(oov_words=0.4)["asr"], THRESHOLD).values()) >= UNSURE_SCORE
