"""Redaction by kind, round 5: each kind a TUNE probe failed on, in phrasings written for this test
(not taken from any probe set), with near misses that must stay as said."""

from __future__ import annotations

import pytest

from callwarden.redact.redactor import CallRedactor


def _call(*turns: str) -> str:
    """Turns "A: ..." go to the agent, others are the caller's; the caller's last turn comes back redacted."""
    r, out = CallRedactor(), ""
    for t in turns:
        if t.startswith("A: "):
            r.note_agent_text(t[3:])
        else:
            out = r.redact(t, 0, 0).text
    return out


# A word said and then spelled letter by letter (or spelled, then said), in lower case: the word goes too.
@pytest.mark.parametrize("turns, gone", [
    (("A: What's your surname?", "yeah its kowalczyk, k o w a l c z y k"), "kowalczyk"),
    (("jones. j o n e s",), "jones"),
    (("thats p a t e l, patel",), "patel"),
    (("A: And your first name?", "niamh, n i a m h"), "niamh"),
    (("its brennan with two n's, b r e n n a n",), "brennan"),
    (("the name is ferreira f e r e i r a",), "ferreira"),
    (("hughes, thats h u g h e s",), "hughes"),
    (("its under lindqvist, spelled l i n d q v i s t",), "lindqvist"),
    # one letter misheard on either side
    (("its mcardle, m c a r d l e e",), "mcardle"),
    # a name spelled with its apostrophe said as a word, and then written
    (("its o apostrophe neill, o'neill",), "neill"),
    (("d apostrophe souza",), "souza"),
])
def test_word_spelled_beside_it_is_masked(turns, gone):
    assert gone not in _call(*turns)


@pytest.mark.parametrize("text, kept", [
    ("yes please, j o n e s", "yes please"),
    ("the guy from the shop said it twice, s h o p", "the guy from the shop said it twice"),
    ("see you at five o'clock", "five o'clock"),
    ("the apostrophe key is broken on my keyboard", "the apostrophe key is broken"),
    ("i'll spell it for you, m u r p h y", "i'll spell it for you"),
])
def test_words_beside_a_spelling_that_are_not_it_stay(text, kept):
    assert kept in _call(text)
