"""find_intents on tests/intent_suite: turns written apart from the lexicon and training templates.

Floors sit a little below the first measurement of each half (shipped model of 2026-12-03, before
the suite existed), rounded down to 0.05. The sealed floors are never raised after changing the
detector or its corpus: the sealed half is measured, not tuned on (tests/intent_suite/README.md).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from callwarden.detect import phrases
from tests.intent_suite import score, suite
from tests.intent_suite.vocab import SLOTS

# First measurement (text): tune / sealed (precision, recall)
#   escalation_request .947/.947  .959/.946     opt_out     1.00/.977  1.00/.939
#   consent_refused    .906/.960  .889/.923     complaint   .902/1.00  .952/.930
#   distress           .921/1.00  .897/.897     frustration .977/.956  .741/.930
#   follow_up_request  .897/.795  .758/.862
FLOORS = {
    "tune": {"escalation_request": (0.90, 0.90), "opt_out": (0.95, 0.90), "consent_refused": (0.85, 0.90),
             "complaint": (0.85, 0.95), "distress": (0.85, 0.95), "frustration": (0.90, 0.90),
             "follow_up_request": (0.85, 0.75)},
    "sealed": {"escalation_request": (0.90, 0.85), "opt_out": (0.95, 0.85), "consent_refused": (0.80, 0.85),
               "complaint": (0.90, 0.85), "distress": (0.80, 0.80), "frustration": (0.65, 0.85),
               "follow_up_request": (0.70, 0.80)},
}

# The same turns as tiny.en heard them (asr_cache.jsonl, three fifths of each half): a little below the
# lowest measurement made, on the cache as first rendered and as re-rendered after the ASR engine's
# decode changed (24acb09), with the model before the training cache, the first retrain and the shipped one.
ASR_FLOORS = {
    "tune": {"escalation_request": (0.85, 0.75), "opt_out": (0.95, 0.75), "consent_refused": (0.75, 0.70),
             "complaint": (0.85, 0.85), "distress": (0.90, 0.75), "frustration": (0.75, 0.60),
             "follow_up_request": (0.80, 0.65)},
    "sealed": {"escalation_request": (0.85, 0.70), "opt_out": (0.95, 0.75), "consent_refused": (0.75, 0.70),
               "complaint": (0.95, 0.60), "distress": (0.70, 0.70), "frustration": (0.55, 0.70),
               "follow_up_request": (0.70, 0.70)},
}


@pytest.fixture(scope="module")
def halves():
    return {h: suite.build(h) for h in suite.HALVES}


def test_halves_share_no_frame_and_no_filler(halves):
    frames = {h: {t["frame"] for t in ts} for h, ts in halves.items()}
    assert frames["tune"] and frames["sealed"] and not frames["tune"] & frames["sealed"]
    fillers = {h: suite.slot_entries(h) for h in suite.HALVES}
    for name in SLOTS:
        assert fillers["tune"][name] and fillers["sealed"][name]
        assert not set(fillers["tune"][name]) & set(fillers["sealed"][name]), name


def test_every_intent_and_negative_kind_in_both_halves_with_enough_turns(halves):
    for h, turns in halves.items():
        assert len(turns) >= 350, h
        per_intent = Counter(i for t in turns for i in t["labels"])
        assert set(per_intent) == set(phrases.PATTERNS) == set(score.INTENTS), h
        assert min(per_intent.values()) >= 20, (h, per_intent)
        kinds = Counter(t["kind"] for t in turns)
        assert all(kinds[k] >= 10 for k in score.NEGATIVE_KINDS), (h, kinds)
        assert sum(1 for t in turns if t["damage"]) >= len(turns) // 2, h


def test_the_suite_is_the_same_on_every_run(halves):
    again = suite.build("tune")
    assert json.dumps(again) == json.dumps(halves["tune"])
    assert suite.build("tune", seed=suite.SEED + 1) != halves["tune"]


def test_scorer_counts_misses_and_false_intents(halves):
    turns = halves["tune"]
    silent = score.score(turns, lambda text: set())
    assert all(r["recall"] == 0.0 and r["tp"] == 0 for r in silent["intents"].values())
    loud = score.score(turns, lambda text: set(score.INTENTS))
    assert all(r["recall"] == 1.0 and r["precision"] < 0.3 for r in loud["intents"].values())
    assert all(v["false"] == v["turns"] for v in loud["negatives"].values())


def below(result: dict, floors: dict) -> dict:
    return {i: (round(r["precision"], 3), round(r["recall"], 3)) for i, r in result["intents"].items()
            if r["precision"] < floors[i][0] or r["recall"] < floors[i][1]}


@pytest.mark.parametrize("half", suite.HALVES)
def test_find_intents_on_written_turns(half, halves):
    result = score.score(halves[half], score.shipped())
    for i, r in result["intents"].items():
        print(f"{half} {i:20s} precision {r['precision']:.3f} recall {r['recall']:.3f}")
    assert not below(result, FLOORS[half])


@pytest.mark.parametrize("half", suite.HALVES)
def test_find_intents_on_what_tiny_en_heard(half):
    turns = score.asr_turns(half)
    assert len(turns) >= 200 and sum(t["text"] != t["said"] for t in turns) > len(turns) // 2
    result = score.score(turns, score.shipped())
    for i, r in result["intents"].items():
        print(f"{half} asr {i:20s} precision {r['precision']:.3f} recall {r['recall']:.3f}")
    assert not below(result, ASR_FLOORS[half])
