"""Frustration on turns written for issue 13 before the detector's code was read: everyday venting and
idioms about life (weather, traffic, family, work, sport, health, a neighbour, another company, the
caller themselves, pets) must not raise frustration; frustration at the call or the company, said with
the same idioms, must.

The turns (`data/frustration_heldout.jsonl`) are split by the first byte of the SHA-256 of the text:
even is **tune**, odd is **sealed**. Only tune failures are ever printed; sealed is judged by totals.

    .venv/bin/python -m tests.unit.test_frustration_heldout          # totals, both halves
    .venv/bin/python -m tests.unit.test_frustration_heldout --show   # plus tune failures
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from callwarden.detect.phrases import DISTRESS, FRUSTRATION, find_intents

DATA = Path(__file__).parent / "data" / "frustration_heldout.jsonl"
# A second round, written after the detector's code was read, for the kinds the diagnosis named: the
# caller's own gadgets and people doing "contact" words, former companies, activities and states as
# targets, family hyperbole ("my wife will kill me if..."). Less independent: reported on its own.
ROUND2 = DATA.with_name("frustration_heldout_round2.jsonl")

# Floors as first measured after the fix; the sealed one is never raised after tuning.
TUNE_FLOOR = 0.94
SEALED_FLOOR = 0.90
ROUND2_FLOOR = 0.70


def half_of(text: str) -> str:
    return "tune" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "sealed"


def turns(half: str, path: Path = DATA) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if half_of(r["text"]) == half]


def fires(text: str) -> bool:
    return any(h.intent == FRUSTRATION for h in find_intents(text))


def distress(text: str) -> bool:
    return any(h.intent == DISTRESS for h in find_intents(text))


def score(half: str, path: Path = DATA) -> dict:
    """Counts only: false alarms on venting, misses on frustration, and the wrong turns (tune only).
    Venting about life that raises distress instead ("my wife will kill me if...") counts as false too."""
    false, missed, neg, pos, wrong = 0, 0, 0, 0, []
    for row in turns(half, path):
        got = fires(row["text"]) or (not row["frustration"] and distress(row["text"]))
        if row["frustration"]:
            pos += 1
            missed += not got
        else:
            neg += 1
            false += got
        if got != row["frustration"] and half == "tune":
            wrong.append(row)
    correct = 1 - (false + missed) / max(1, neg + pos)
    return {"half": half, "venting": neg, "false": false, "frustrated": pos, "missed": missed,
            "correct": round(correct, 3), "wrong": wrong}


def test_tune_half():
    s = score("tune")
    for row in s["wrong"]:
        print("WRONG", row["kind"], row["frustration"], row["text"])
    assert s["venting"] + s["frustrated"] >= 40
    assert s["correct"] >= TUNE_FLOOR, {k: v for k, v in s.items() if k != "wrong"}


def test_sealed_half():
    s = score("sealed")
    assert s["venting"] + s["frustrated"] >= 40
    assert s["correct"] >= SEALED_FLOOR, {k: v for k, v in s.items() if k != "wrong"}


def test_round_two():
    for half in ("tune", "sealed"):
        s = score(half, ROUND2)
        assert s["correct"] >= ROUND2_FLOOR, {k: v for k, v in s.items() if k != "wrong"}


if __name__ == "__main__":
    for path in (DATA, ROUND2):
        for half in ("tune", "sealed"):
            s = score(half, path)
            print(path.name, {k: v for k, v in s.items() if k != "wrong"})
            if half == "tune" and "--show" in sys.argv:
                for row in s["wrong"]:
                    print("  WRONG", row["kind"], "expected" if row["frustration"] else "false", "|", row["text"])
