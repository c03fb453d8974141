"""A health term no list holds, known by its medical ending (redact/health_coined.py)."""

import pytest

from callwarden.redact.redactor import CallRedactor


def _out(text: str) -> str:
    return CallRedactor().redact(text, 0, 0).text


@pytest.mark.parametrize("said, term", [
    # made-up words with medicine's endings: no list can hold them, the ending says what they are
    ("I've got zorbitis so I can't come in on Monday", "zorbitis"),
    ("she's booked in for a kryptectomy next month", "kryptectomy"),
    ("the baby has something called plonkopathy", "plonkopathy"),
    ("he's had grembalgia in his shoulder for weeks", "grembalgia"),
    ("they want to do a flentoscopy before Christmas", "flentoscopy"),
])
def test_a_coined_term_is_masked(said, term):
    assert term not in _out(said).lower()


@pytest.mark.parametrize("said, kept", [
    # everyday words with the same endings, and surnames that end so
    ("I did my own analysis of the bill", "analysis"),
    ("can you put the emphasis on the late fee", "emphasis"),
    ("Mr Petraitis is the account holder's neighbour", "Petraitis"),
    ("I have every sympathy but the router is still broken", "sympathy"),
    ("we're moving to Oklahoma next month", "Oklahoma"),
])
def test_everyday_words_and_names_with_those_endings_are_no_health(said, kept):
    # a name may be masked as a name by the name rules; it is never a health detail
    out = _out(said)
    assert "[PHI]" not in out and (kept in out or kept[0].isupper()), out
