"""Blind probe set, round 6: call SEQUENCES weighted to health, the weakest area.

Written on 2026-12-05 by a helper session that had read only
tests/redaction_probes/round5.py (the model for this scorer),
tests/redaction_probes/halves.py (the shared scorer, imported unchanged) and
tests/redaction_probes/README.md; nothing under daemon/ (the product),
tests/unit/, tests/redaction_suite/, tests/dialogs/ or /work/shared, and no
other probe data (round4_turns.py, round5_turns.py, round5_harmless.py,
*.jsonl, health_*.py, ...), was opened, and the product was not searched.  The
data (round6_turns.py, round6_harmless.py) and this scorer were committed
before their first run; the only check made before that commit imported the
data files and halves.norm (no redactor) to confirm that every listed string
occurs in its sequence's caller turns.  The sequences were written by hand
from general knowledge of how callers talk (UK, US, Irish, Scottish, Indian,
Nigerian, Australian English; elderly, young, non-native; rambling, curt,
embarrassed; lower-case ASR text with homophones, split or glued words,
misspelt drug names, numbers as words).

Each item is (turns, strings, kind): turns are ("A", text) agent turns and
("C", text) caller turns in call order.  Each sequence is redacted with ONE
fresh CallRedactor: agent turns go to note_agent_text(), caller turns to
redact(text, t, t + 2000) with t advancing 3000 per turn.  The caller turns'
redacted outputs are joined with a space and normalised (lower case;
everything but a-z, 0-9 and apostrophes becomes a space); listed strings are
normalised the same way and matched word-bounded.

SECRET kinds (strings must NOT survive):
  health:later_turn      health named once, then referred back in a later caller
                         turn by another word or a new detail (also listed)
  health:admin           health inside an errand (sick notes, claims, benefit
                         forms, deliveries, cancellations, travel declarations)
  health:mental          mental health said indirectly or plainly
  health:third_party     a child's, parent's or partner's condition in passing
  health:asr             drugs, conditions, procedures as a small ASR spells them
  health:treatment       procedures, therapies, tests and their results
  health:dental_eye_ear  dental, eye, ear, skin and foot conditions/treatments
  health:addiction       alcohol, drug and gambling recovery, methadone, rehab
  health:reproductive    pregnancy, miscarriage, fertility, menopause, HRT
  health:brand           brand and generic drugs, inhalers, injections, doses
  id:address             flats, house names, rural, postcodes in pieces,
                         US/Indian/Nigerian/Australian forms, split over turns
  id:name                names in identity contexts, spelled letter by letter
HARMLESS kinds (strings MUST survive): figurative, product_health_lookalike,
occupation, money, time, count, quantity, place_public.  (No day+month dates
and no order or account numbers: the product masks those by design.)

Split: TUNE when the first byte of sha256("\\n".join(text for _, text in turns))
is even, else SEALED.  Fixes may be made against TUNE failures only.  SEALED is
only ever counted: no code path here prints its failures.

Run:   python -m tests.redaction_probes.round6              (counts per half and kind)
       python -m tests.redaction_probes.round6 --failures   (also the TUNE failures)
"""

from __future__ import annotations

import sys

from tests.redaction_probes import sequences
from tests.redaction_probes.round6_harmless import HARMLESS
from tests.redaction_probes.round6_turns import SECRET


def main(argv: list[str]) -> int:
    return sequences.main("round6", SECRET, HARMLESS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
