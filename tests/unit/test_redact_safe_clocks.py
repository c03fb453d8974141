"""Clock times and values by their grammar (redact/clocks.py, the copula rule in redact/syntax.py and
the money after-words in redact/safe.py): two clock times in one run, an hour window joined by
"till", an hour offered after "noon or", a clock time or a price after "for", a value said after
a copula or a verb of a scheduled event, "20 each" / "30 in credit", a change "from X to Y", and a
clock time after "after"/"before" while only a phone number is being asked for. Phrasings are this
file's own; every shape stays masked where a secret may be read out."""

from __future__ import annotations

import pytest

from callwarden.redact import syntax
from tests.helpers import stream


@pytest.mark.parametrize("said", [
    "the meeting ran from 1 45 to 2 20",
    "they rebooked me between nine fifteen and ten",
    "the fault lasted 6 till half 8",
    "the shop is shut until gone 10",
    "we could do midnight or 1",
    "the table's booked for seven forty five",
    "I picked the charger up for eleven ninety nine",
    "she's 40 in arrears",
    "the adapters were 15 each",
    "the price went from 18 to 26",
])
def test_times_and_values_by_their_grammar_are_kept(said):
    assert stream(said) == [said]


@pytest.mark.skipif(syntax.parser() is None, reason="spaCy model not installed")
@pytest.mark.parametrize("said", [
    "honestly the charger was nineteen forty",
    "the cafe opens 7 45",
    "the late train was 11 to 12",
    "that's two thirty in the afternoon",
])
def test_a_value_after_a_copula_or_a_schedule_verb_is_kept(said):
    assert stream(said) == [said]


def test_a_phone_context_keeps_a_time_introduced_by_after_or_before():
    said = "any time after seven forty is fine"
    assert stream("A:What's a good contact number for you?", said)[-1] == said


@pytest.mark.parametrize("turns,hidden", [
    # a phone number asked for: "at seven forty" may be its first digits
    (["A:What's a good contact number for you?", "at seven forty"], "seven forty"),
    # the agent asks for a code with no context word: nothing is kept by its syntax after it
    (["A:Could you read me the code on the letter?", "it's nineteen forty"], "nineteen forty"),
    # a word naming a number before the copula
    (["the passcode was 7 45"], "7 45"),
    (["the digits were eleven ninety nine"], "eleven ninety nine"),
    # a card being read: no window, no "for", no "each"
    (["A:Can I take the card number please?", "from 4 11 to 11 11"], "11 11"),
    (["A:Can I take the card number please?", "for twelve fifty"], "twelve fifty"),
    (["A:And what's the PIN?", "15 each"], "15"),
    # verbs that tell a number are no schedule
    (["I dialled 1 12"], "1 12"),
    # a money word, then a word naming the number: the number is that thing's
    (["my balance on account 4412 is wrong"], "4412"),
    (["the refund went to the customer id 2231"], "2231"),
    # "till" between a number and a digit string is no window
    (["the account is 4471 till 8812"], "8812"),
])
def test_the_same_grammar_stays_masked_where_a_secret_may_be_read(turns, hidden):
    out = " ".join(stream(*turns))
    assert hidden not in out, out
