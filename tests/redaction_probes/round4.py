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
import sys

from tests.redaction_probes.halves import norm, report
from tests.redaction_probes.round4_turns import HARMLESS, SECRET


def _is_tune(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0


def _consistent() -> None:
    """Every listed string occurs in its own turn (an authoring check, no redaction)."""
    texts = [t for t, _, _ in SECRET] + [t for t, _, _ in HARMLESS]
    if len(set(texts)) != len(texts):
        raise AssertionError("round4: duplicate turn texts")
    bad = sum(1 for t, words, _ in SECRET + HARMLESS for w in words if norm(w) not in norm(t))
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


def main(argv: list[str]) -> int:
    report((TUNE_SECRET, TUNE_HARMLESS), (SEALED_SECRET, SEALED_HARMLESS), _redact, "--failures" in argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
