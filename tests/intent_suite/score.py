"""Per-intent precision and recall of `find_intents` on the suite's turns.

    python -m tests.intent_suite.score [--half tune|sealed|both] [--asr] [--json] [--show-errors]

--asr scores the tiny.en transcripts recorded in asr_cache.jsonl (render.py) instead of the
written turns: the same turns' labels, the text a call would really carry. --show-errors lists
missed and false intents of the tune half only; the sealed half is measured, never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from . import negatives, suite

CACHE = Path(__file__).with_name("asr_cache.jsonl")
INTENTS = ("escalation_request", "opt_out", "consent_refused", "complaint", "distress", "frustration",
           "follow_up_request")
NEGATIVE_KINDS = tuple(negatives.KINDS)

Detector = Callable[[str], set[str]]


def shipped() -> Detector:
    from callwarden.detect.phrases import find_intents
    return lambda text: {h.intent for h in find_intents(text)}


def asr_turns(half: str, path: Path = CACHE) -> list[dict]:
    """The half's turns that were rendered, their text replaced by what tiny.en heard."""
    if not path.exists():
        return []
    heard = {}
    for line in path.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            heard[r["id"], r["text"]] = r["transcript"]
    out = []
    for t in suite.build(half):
        if (t["id"], t["text"]) in heard:
            out.append({**t, "said": t["text"], "text": heard[t["id"], t["text"]]})
    return out


def turns_of(half: str, asr: bool) -> list[dict]:
    return asr_turns(half) if asr else suite.build(half)


def score(turns: list[dict], detect: Detector) -> dict:
    """{"intents": {intent: tp, fp, fn, precision, recall}, "negatives": {kind: turns, with a false intent},
    "errors": [(turn, found)]}."""
    found = [detect(t["text"]) for t in turns]
    table = {}
    for i in INTENTS:
        tp = sum(1 for t, f in zip(turns, found) if i in f and i in t["labels"])
        fp = sum(1 for t, f in zip(turns, found) if i in f and i not in t["labels"])
        fn = sum(1 for t, f in zip(turns, found) if i not in f and i in t["labels"])
        table[i] = {"tp": tp, "fp": fp, "fn": fn, "precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn)}
    neg = {k: {"turns": 0, "false": 0} for k in NEGATIVE_KINDS}
    for t, f in zip(turns, found):
        if t["kind"] in neg:
            neg[t["kind"]]["turns"] += 1
            neg[t["kind"]]["false"] += bool(f)
    errors = [(t, sorted(f)) for t, f in zip(turns, found) if set(t["labels"]) != f]
    return {"turns": len(turns), "intents": table, "negatives": neg, "errors": errors}


def print_table(name: str, result: dict) -> None:
    print(f"{name}: {result['turns']} turns")
    for i, r in result["intents"].items():
        print(f"  {i:20s} precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
              f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    print("  negatives with a false intent: " + ", ".join(
        f"{k} {v['false']}/{v['turns']}" for k, v in result["negatives"].items()))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.intent_suite.score", description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=(*suite.HALVES, "both"), default="tune")
    p.add_argument("--asr", action="store_true", help="score the recorded tiny.en transcripts")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show-errors", action="store_true", help="tune half only")
    args = p.parse_args(argv)
    detect = shipped()
    results = {}
    for half in suite.HALVES:
        if args.half in (half, "both"):
            turns = turns_of(half, args.asr)
            if not turns:
                print(f"no {'ASR ' if args.asr else ''}turns for {half}: run python -m tests.intent_suite.render",
                      file=sys.stderr)
                return 1
            results[half] = score(turns, detect)
    if args.json:
        print(json.dumps({h: {k: v for k, v in r.items() if k != "errors"} for h, r in results.items()}, indent=1))
    else:
        for half, r in results.items():
            print_table(f"{half} ({'tiny.en transcripts' if args.asr else 'text'})", r)
    if args.show_errors and "tune" in results:
        for t, f in results["tune"]["errors"]:
            print(f"  want {t['labels']} got {f}: {t['text']!r}" + (f" (said {t['said']!r})" if "said" in t else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
