"""The syntax recogniser (redact/syntax.py): a short number counting any noun, or a clock time after
a time word, is kept only when nothing in the call asks for or reads out a number; everything
near a secret stays masked. Phrasings are this file's own (nouns no word list of safe.py holds)."""

from __future__ import annotations

import pytest

from callwarden.redact import syntax
from callwarden.redact.spoken import number_runs, tokenize
from tests.helpers import stream

pytestmark = pytest.mark.skipif(syntax.parser() is None, reason="spaCy model not installed")


@pytest.mark.parametrize("said", [
    "we need 250 chairs for the wedding",
    "I planted 30 tulips last spring",
    "we got 14 complaints from the neighbours",
    "the printer jammed on 85 pages",
    "he sent me 9 voicemails",
    "I counted seventeen cracks in the wall",
    "there were two hundred volunteers at the fair",
    "I've read 12 of his novels",
    "they knocked 20 off straight away",
    "I need 2 more for the garden",
    "we bought 3 sheep at the fair",
    "she has five grandchildren",
])
def test_counts_of_any_noun_are_kept(said):
    assert stream(said) == [said]


@pytest.mark.parametrize("said", [
    "the bus leaves at 8 20",
    "the shop shuts at 5 30 on saturdays",
    "I usually get home about 7",
    "we eat dinner around six thirty",
])
def test_clock_times_after_a_time_word_are_kept(said):
    assert stream(said) == [said]


@pytest.mark.parametrize("turns,hidden", [
    # a card read in groups, then a noun: one run, never a count
    (["4111 1111 1111 1111 bananas"], "1111"),
    (["four one one one", "one one one one boxes"], "1111"),
    (["A:What's the card number?", "4111", "1111 boxes"], "1111"),
    # a PIN after the agent asked for one, whatever follows it
    (["A:Can you tell me your PIN please?", "482 sheep"], "482"),
    (["A:Can you tell me your PIN please?", "it's at 8 20"], "820"),
    # nonsense after a ZIP read digit by digit
    (["my zip is 9 0 2 1 0 houses"], "9 0 2 1 0"),
    # an open context: the number may be the secret's
    (["my account number is", "482 lemons"], "482"),
    (["my pin is 731 apples"], "731"),
    # another number within reach: parts of one secret
    (["it's 44 12 pencils"], "12"),
    (["seven three one um 9 cats"], "9"),
])
def test_numbers_near_a_secret_stay_masked(turns, hidden):
    out = " ".join(stream(*turns))
    assert hidden not in out, out


def test_what_is_not_a_count_stays_masked():
    # an age, a number naming a noun, a bare number at the end of a turn
    for said, hidden in [("my son is 7", "7"), ("it has 6 digits", "6"), ("the code is 412", "412"),
                         ("the answer was 42", "42"), ("I said 44 already", "44"), ("I tried 37 again", "37")]:
        assert hidden not in stream(said)[0], said


def test_recogniser_directly():
    text = "we need 250 chairs"
    tokens = tokenize(text)
    runs = number_runs(text, tokens)
    assert syntax.counts_a_noun(text, tokens, runs[0], runs)
    text = "we need 2500 chairs"          # four digits: a card's group, never kept here
    tokens = tokenize(text)
    runs = number_runs(text, tokens)
    assert not syntax.counts_a_noun(text, tokens, runs[0], runs)


def test_without_the_parser_nothing_is_kept_by_it(monkeypatch):
    monkeypatch.setattr(syntax, "parse", lambda window: None)
    assert stream("we bought 3 sheep at the fair") == ["we bought [NUMBER] sheep at the fair"]
