"""Blind probe set, round 5: call SEQUENCES whose context comes from the agent or an earlier caller turn.

Written on 2026-12-05 by a helper session that had read only
tests/redaction_probes/round4.py (the model for this scorer) and
tests/redaction_probes/README.md; nothing under daemon/ (the product),
tests/unit/, tests/redaction_suite/, tests/dialogs/ or /work/shared, and no
other probe data, was opened.  The data (round5_turns.py) and this scorer were
committed before their first run.  The sequences were written by hand from
general knowledge of how callers talk (UK, US, Irish, Indian, Australian
English; elderly, young, non-native; rambling; lower-case ASR text with
homophones, split or glued words, misspellings, numbers as words).

Each item is (turns, strings, kind): turns are ("A", text) agent turns and
("C", text) caller turns in call order.  Each sequence is redacted with ONE
fresh CallRedactor: agent turns go to note_agent_text(), caller turns to
redact(text, t, t + 2000) with t advancing 3000 per turn.  The caller turns'
redacted outputs are joined with a space and normalised (lower case;
everything but a-z, 0-9 and apostrophes becomes a space); listed strings are
normalised the same way and matched word-bounded.

SECRET kinds (strings must NOT survive):
  health:answer       bare fragment answering the agent's health question
  health:later_turn   health named once, then referred to by a shorter health word
  health:admin        health inside an errand (fit notes, claims, benefits, prescriptions)
  health:clinic       a place or service that reveals a condition
  health:third_party  a child's, parent's or partner's condition said in passing
  health:asr          drugs and conditions as a small ASR spells them
  health:mental       mental health said indirectly
  id:name_spelled     names spelled out, or after "it's under"
  id:address          flats, house names, rural addresses, postcodes in pieces
  id:email            spoken e-mails, split across turns
  id:dob              dates of birth answering the agent's question
  id:digits_split     card/account/phone numbers split over caller turns
HARMLESS kinds (strings MUST survive): figurative, about_things, occupation,
money, time, count, quantity.  (No day+month dates and no order numbers: the
product masks any day+month by design, and order numbers are not claimed.)

Split: TUNE when the first byte of sha256("\\n".join(text for _, text in turns))
is even, else SEALED.  Fixes may be made against TUNE failures only.  SEALED is
only ever counted: no code path here prints its failures.

Run:   python -m tests.redaction_probes.round5              (counts per half and kind)
       python -m tests.redaction_probes.round5 --failures   (also the TUNE failures)
"""

from __future__ import annotations

import sys

from tests.redaction_probes import sequences
from tests.redaction_probes.round5_harmless import HARMLESS
from tests.redaction_probes.round5_turns import SECRET


def main(argv: list[str]) -> int:
    return sequences.main("round5", SECRET, HARMLESS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
