"""Blind probe set, round 4: health in the kinds round 3 covers least, awkward identifiers, harmless look-alikes.

Written on 2026-12-05 by a helper session, from general knowledge of how callers
on a phone line (UK, US, Irish, Indian, Australian English; elderly, young,
non-native; rambling; lower-case ASR text with homophones, split or glued words,
misspelt drug names, numbers as words) mention health matters and identifiers.
The turns (round4_turns.py) and this scorer were written and committed BEFORE
the author opened anything under daemon/ (the product), tests/redaction_suite/,
tests/unit/, tests/dialogs/ or /work/shared, and before the first run.  The only
project file read beforehand was tests/redaction_probes/health_round3.py (the
model for this file's structure and scorer, and to see which kinds it covers).

SECRET turns carry the minimal strings that must NOT survive redaction (a
health term; a name's words; a house number and street word; an e-mail local
part; a birth date's day and month; a group of 4+ digits or the spoken number
words) and a kind ("health:dental", "id:email", ...).  HARMLESS turns carry the
strings that MUST survive, with a kind (figurative, about_things, occupation,
product_place, money, time, count, quantity, date, reference).  Matching is
word-bounded on " " + redacted.lower() + " " after everything but a-z, 0-9 and
apostrophes becomes a space; listed strings are normalised the same way.

Split: TUNE when the first byte of sha256(text.encode("utf-8")) is even, else
SEALED; computed at import.  Fixes may be made against TUNE failures only.
SEALED is only ever counted: its failures are never printed, by this script or
by anyone.

Run:   python -m tests.redaction_probes.round4              (counts per half and kind)
       python -m tests.redaction_probes.round4 --failures   (also the TUNE failures)
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import defaultdict

from tests.redaction_probes.round4_turns import HARMLESS, SECRET

_NON_WORD = re.compile(r"[^a-z0-9']+")


def _norm(text: str) -> str:
    return " " + " ".join(_NON_WORD.sub(" ", text.lower()).split()) + " "


def _is_tune(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0


def _consistent() -> None:
    """Every listed string occurs in its own turn (an authoring check, no redaction)."""
    texts = [t for t, _, _ in SECRET] + [t for t, _, _ in HARMLESS]
    if len(set(texts)) != len(texts):
        raise AssertionError("round4: duplicate turn texts")
    bad = sum(1 for t, words, _ in SECRET + HARMLESS for w in words if _norm(w) not in _norm(t))
    if bad:
        raise AssertionError(f"round4: {bad} listed strings do not occur in their turn")


_consistent()

TUNE_SECRET = [c for c in SECRET if _is_tune(c[0])]
SEALED_SECRET = [c for c in SECRET if not _is_tune(c[0])]
TUNE_HARMLESS = [c for c in HARMLESS if _is_tune(c[0])]
SEALED_HARMLESS = [c for c in HARMLESS if not _is_tune(c[0])]


def _redact(text: str) -> str:
    from callwarden.redact.redactor import CallRedactor

    return CallRedactor().redact(text, 0, 0).text


def score(secret, harmless):
    """Returns (leaks, damage): lists of (text, redacted, failed strings, kind)."""
    leaks, damage = [], []
    for text, words, kind in secret:
        out = _redact(text)
        padded = _norm(out)
        bad = [w for w in words if _norm(w) in padded]
        if bad:
            leaks.append((text, out, bad, kind))
    for text, words, kind in harmless:
        out = _redact(text)
        padded = _norm(out)
        lost = [w for w in words if _norm(w) not in padded]
        if lost:
            damage.append((text, out, lost, kind))
    return leaks, damage


def _by_kind(items, failed):
    total, bad = defaultdict(int), defaultdict(int)
    for _, _, kind in items:
        total[kind] += 1
    for f in failed:
        bad[f[3]] += 1
    return [(k, bad[k], total[k]) for k in sorted(total)]


def main(argv: list[str]) -> int:
    show = "--failures" in argv
    halves = (
        ("TUNE", TUNE_SECRET, TUNE_HARMLESS),
        ("SEALED", SEALED_SECRET, SEALED_HARMLESS),
    )
    tune_failures = None
    for name, secret, harmless in halves:
        leaks, damage = score(secret, harmless)
        print(f"{name}: secret leaks {len(leaks)}/{len(secret)}, "
              f"harmless damaged {len(damage)}/{len(harmless)}")
        for kind, n, total in _by_kind(secret, leaks):
            print(f"  leaks    {kind:22s} {n}/{total}")
        for kind, n, total in _by_kind(harmless, damage):
            print(f"  damaged  {kind:22s} {n}/{total}")
        if name == "TUNE":
            tune_failures = (leaks, damage)
        # the SEALED half's failures are deliberately dropped here, never printed
    if show and tune_failures is not None:
        leaks, damage = tune_failures
        print("\nTUNE failures:")
        for text, out, bad, kind in leaks:
            print(f"  LEAK   [{kind}] {bad}: {text!r}\n         -> {out!r}")
        for text, out, lost, kind in damage:
            print(f"  DAMAGE [{kind}] {lost}: {text!r}\n         -> {out!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
