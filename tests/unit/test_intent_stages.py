"""Which stage of find_intents made a false flag or lost a true one, counted over an intent-suite half.

    .venv/bin/python -m tests.unit.test_intent_stages [--half sealed] [--asr]

Totals only (by rule index, model, and what the target check saw: service words by group, the kind of
target), never a turn's text: this is how issue 13 diagnosed the sealed half without reading it. With
--show on the tune half the turns are printed too.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from callwarden.detect import phrases as P
from callwarden.detect import target as T
from callwarden.detect.classifier import model

_GROUPS = {"2nd": re.compile(rf"\b(?:{T._SECOND_PERSON})\b"), "service": re.compile(rf"\b(?:{T._SERVICE})\b"),
           "contact": re.compile(rf"\b(?:{T._CONTACT})\b")}


def stage(text: str, intent: str) -> str:
    """'rule<i>' or 'model' for a hit (and whether the target check dropped a sentence), or why none."""
    t = P.normalise(text)
    hit = P._intent_hit(intent, t, False, model(), {})
    if hit is None:
        if not any(rx.search(t) for rx in P._COMPILED[intent]):
            return "no rule, model below threshold"
        return "rule on a false friend or negated, model below threshold"
    if not hit.by_rule:
        how = "model"
    else:
        how = next((f"rule{i}" for i, rx in enumerate(P._COMPILED[intent] + P._WHOLE.get(intent, []))
                    if (m := rx.search(t)) and m.start() == hit.start), "rule")
    if intent in (P.FRUSTRATION, P.DISTRESS) and intent not in {h.intent for h in P.find_intents(text)}:
        return how + ", removed by the target check"
    return how


def sentence_groups(text: str) -> str:
    low = T._blanked(text.lower())
    return " | ".join("+".join(n for n, rx in _GROUPS.items() if rx.search(low[a:b])) or "-"
                      for a, b in T._sentences(text))


def count(turns: list[dict], show: bool = False) -> Counter:
    c: Counter = Counter()
    for turn in turns:
        found = {h.intent for h in P.find_intents(turn["text"])}
        for intent in sorted(found - set(turn["labels"])):
            key = ("false", intent, turn["kind"], stage(turn["text"], intent), sentence_groups(turn["text"]))
            c[key] += 1
            if show:
                print(*key, "|", turn["text"])
        for intent in sorted(set(turn["labels"]) - found):
            key = ("missed", intent, turn["kind"], stage(turn["text"], intent), "")
            c[key] += 1
            if show:
                print(*key, "|", turn["text"])
    return c


def test_stage_names_the_rule_and_the_target_check():
    assert stage("this is a joke", P.FRUSTRATION).startswith("rule")
    assert stage("I am going round the bend with my accountant", P.FRUSTRATION).endswith("removed by the target check")
    assert stage("my neighbour is a nightmare", P.FRUSTRATION).startswith("rule on a false friend")
    assert stage("the weather is lovely", P.FRUSTRATION) == "no rule, model below threshold"


if __name__ == "__main__":
    sys.path.insert(0, ".")
    from tests.intent_suite import score
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "tune"
    totals = count(score.turns_of(half, "--asr" in sys.argv), show="--show" in sys.argv and half == "tune")
    for key, n in sorted(totals.items()):
        print(n, *key)
