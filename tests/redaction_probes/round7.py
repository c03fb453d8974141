"""Blind probe set, round 7: call SEQUENCES where health has already been told, and what comes after.

Written on 2026-12-05 by a helper session that had read only
tests/redaction_probes/sequences.py (the shared runner, imported unchanged),
tests/redaction_probes/halves.py (the shared scorer, imported unchanged),
tests/redaction_probes/round6.py (only as the model for this scorer module)
and tests/redaction_probes/README.md; nothing under daemon/ (the product),
tests/unit/, tests/redaction_suite/, tests/dialogs/, tests/intent_suite/ or
/work/shared, and no other probe data (round4_turns.py, round5_*.py,
round6_turns*.py, round6_harmless.py, *.jsonl, health_*.py, harmless_own.py,
...), was opened, and the product was not searched.  The data
(round7_turns.py, round7_turns_more.py, round7_harmless.py) and this scorer
were committed before their first run; the only check made before that commit
was sequences.check() (no redactor): well-formed turns, no duplicate
sequences, every listed string occurring in its sequence's caller turns.  The
sequences were written by hand from general knowledge of how callers talk
(UK, US, Irish, Scottish, Indian, Nigerian, Australian English; elderly,
young, non-native; rambling, curt, embarrassed; lower-case ASR text with
homophones, split or glued words, numbers as words).

Each item is (turns, strings, kind): turns are ("A", text) agent turns and
("C", text) caller turns in call order.  Each sequence is redacted with ONE
fresh CallRedactor (sequences.redact): agent turns go to note_agent_text(),
caller turns to redact(text, t, t + 2000) with t advancing 3000 per turn.
The caller turns' redacted outputs are joined and normalised (halves.norm);
listed strings are normalised the same way and matched word-bounded.

SECRET kinds (strings must NOT survive):
  health:later_turn      a health detail told early, then ANOTHER detail in a later
                         caller turn in everyday words (a body part and its state, a
                         symptom, a test or measure, a medicine by colour/shape/time,
                         a result such as "benign" or "came back clear", a device
                         such as "the pump" or "cpap"); both turns' strings listed
  health:symptom         symptoms and bodily states in plain words, no diagnosis
  health:mental          mental health, self-harm, eating disorders, grief
                         counselling, sectioning, said plainly or indirectly
  health:admin           health inside an errand (fit/sick notes, claims, benefit
                         forms, pharmacy deliveries, travel declarations, school
                         absence, work adjustments)
  health:third_party     a child's, parent's, partner's, neighbour's health
  health:asr             drugs, conditions, procedures as a small ASR writes them
  health:body            a body part or organ and what is wrong with it or was done
  id:name                names in identity contexts, bare, spelled, NATO-spelled
  id:address             addresses in pieces, no street suffix, house names, flats,
                         rural, US/Indian/Nigerian/Australian forms, postcodes split
HARMLESS kinds (strings MUST survive; health words are never listed):
  after_health:booking, after_health:product, after_health:money,
  after_health:place, after_health:people_roles
                         ordinary business in caller turns AFTER a health detail was
                         told earlier in the same call
  figurative             health words used figuratively, no health told
  product_health_lookalike  product/business words that look like health words
  occupation             the caller's health job, no health of their own
(No day+month dates and no order, account or card numbers: the product masks
those by design.)

Split (sequences.split): TUNE when the first byte of
sha256("\\n".join(text for _, text in turns)) is even, else SEALED.  Fixes may
be made against TUNE failures only.  SEALED is only ever counted: no code path
here prints its failures, and it must never be run with its items shown.

Run:   python -m tests.redaction_probes.round7              (counts per half and kind)
       python -m tests.redaction_probes.round7 --failures   (also the TUNE failures)
"""

from __future__ import annotations

import sys

from tests.redaction_probes import sequences
from tests.redaction_probes.round7_harmless import HARMLESS
from tests.redaction_probes.round7_turns import SECRET as _SECRET_1
from tests.redaction_probes.round7_turns_more import SECRET as _SECRET_2

SECRET = _SECRET_1 + _SECRET_2


def main(argv: list[str]) -> int:
    return sequences.main("round7", SECRET, HARMLESS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
