"""What a number read out in pieces is, once its pieces are put together.

Callers read long numbers in pieces: over turns ("three five eight nine, let me see" ... "one three
..."), or in one turn with a few words between the pieces ("5500, sorry, oh seven one, let me see
5440 58"). finders.py masks each piece where it is said, fail-closed; a piece of three or four digits
alone names nothing, so the call raised no flag although a card number was read out. This module
names the whole: a card number when the pieces make 13-19 digits passing Luhn, a long number (pii)
when they make five or more. Only plain masked numbers are renamed; a piece a context already named
(a PIN, an SSN ...) keeps its name.
"""

from __future__ import annotations

import re

from callwarden.redact import finders as f
from callwarden.redact.spoken import luhn_ok

# Pieces with at most this many words between them are one number ("sorry", "let me see").
GAP_WORDS = 3
PIECES_RULE = "long_number_in_pieces"
KEYED_ASKED_RULE = "dtmf_asked_number"
KEYED_RULE = "dtmf_long_entry"
# Rules that mask a number no context named, but too long for a count, a price or an extension, or
# keyed when the agent asked for a number: the caller gave personal data, so the call's pii flag is raised.
PII_NUMBER_RULES = frozenset({"unidentified_long_number", PIECES_RULE, KEYED_ASKED_RULE, KEYED_RULE})
LONG = 5             # digits: too many for a count, a price or an extension
_NUMBERS = {f.NUMBER, f.PCI_PAN, f.PCI_CVV, f.PCI_EXPIRY, f.SSN, f.PIN, f.BANK_ACCOUNT, f.PHONE}
_WORD = re.compile(r"[A-Za-z']+")


def _digits(turn: f.Turn, span: f.Span) -> str:
    return "".join(r.digits for r in turn.runs if span.start <= r.start and r.end <= span.end)


def name_pieces(turn: f.Turn, spans: list[f.Span], carried: str) -> tuple[list[f.Span], str]:
    """The turn's spans with plain number pieces renamed by the whole they belong to, and the digits
    read out so far by the turn's last number (for a next turn that carries on). `carried`: the
    digits the previous turn ended reading out, when this turn carries on with them ('' otherwise)."""
    out, so_far, last_end = [], carried, None
    for span in spans:
        if span.entity == f.DATE and span.rule == "continued_from_previous_turn" \
                and f.long_ago(turn.text[span.start:span.end]):
            span = f.Span(f.DOB, span.start, span.end, "date_with_past_year", 0.85)
        if span.entity not in _NUMBERS:
            out.append(span)
            continue
        digits = _digits(turn, span)
        gap = len(_WORD.findall(turn.text[last_end:span.start])) if last_end is not None else 0
        if last_end is not None and gap > GAP_WORDS:
            so_far = ""
        so_far += digits
        last_end = span.end
        if span.entity == f.NUMBER and len(so_far) > len(digits) and len(so_far) >= LONG:
            if 13 <= len(so_far) <= 19 and luhn_ok(so_far):
                span = f.Span(f.PCI_PAN, span.start, span.end, PIECES_RULE, 0.8)
            elif span.rule != "unidentified_long_number":
                span = f.Span(f.NUMBER, span.start, span.end, PIECES_RULE, 0.6)
        out.append(span)
    return out, so_far
