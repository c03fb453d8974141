"""wer.py: normalisation, word error rate, nearest-rank percentiles."""

import pytest

from callwarden_tools.wer import edit_distance, normalise, percentile, wer

CARD_DIGITS = ["4"] + ["1"] * 15


def test_normalise_case_and_punctuation():
    assert normalise("Hello, World! How's it going?") == ["hello", "world", "how's", "it", "going"]
    assert normalise("  HELLO   world.  ") == ["hello", "world"]
    assert normalise("'quoted'") == ["quoted"]
    assert normalise("well-known") == ["well", "known"]
    assert normalise("") == []
    assert normalise("?!.,") == []


def test_normalise_card_number_in_three_spellings():
    spelled = "four " + " ".join(["one"] * 15)
    assert normalise("4,111,111,111,111,111") == CARD_DIGITS
    assert normalise("4111 1111 1111 1111") == CARD_DIGITS
    assert normalise(spelled) == CARD_DIGITS
    assert normalise("Four One One One One One One One One One One One One One One One") == CARD_DIGITS
    assert wer("4,111,111,111,111,111", spelled) == 0.0
    assert wer("4111 1111 1111 1111", "4,111,111,111,111,111") == 0.0


def test_normalise_digit_words_and_oh():
    assert normalise("call oh eight hundred") == ["call", "0", "8", "hundred"]
    assert normalise("zero nine 42") == ["0", "9", "4", "2"]


def test_comma_between_words_is_not_removed_as_a_thousands_separator():
    assert normalise("yes,no") == ["yes", "no"]
    assert normalise("1, 2") == ["1", "2"]


def test_edit_distance():
    assert edit_distance([], []) == 0
    assert edit_distance(["a"], []) == 1
    assert edit_distance([], ["a", "b"]) == 2
    assert edit_distance(list("kitten"), list("sitting")) == 3


def test_wer_one_substitution_in_four_words():
    assert wer("the cat sat down", "the cat sat up") == 0.25


def test_wer_insertion():
    assert wer("the cat sat down", "the black cat sat down") == 0.25
    assert wer("a b", "a b c d") == 1.0


def test_wer_deletion():
    assert wer("the cat sat down", "the cat") == 0.5
    assert wer("the cat sat down", "") == 1.0


def test_wer_ignores_case_and_punctuation():
    assert wer("The cat, sat down.", "the CAT sat down") == 0.0


def test_wer_can_exceed_one():
    assert wer("yes", "no no no") == 3.0


def test_wer_empty_reference():
    assert wer("", "") == 0.0
    assert wer("...", "") == 0.0
    assert wer("", "hello") == 1.0


@pytest.mark.parametrize("q,expected", [(50, 50), (95, 95), (99, 99), (100, 100), (0, 1), (1, 1), (99.5, 100)])
def test_percentile_nearest_rank_on_1_to_100(q, expected):
    assert percentile(list(range(1, 101)), q) == expected


def test_percentile_unsorted_and_small():
    values = [300.0, 100.0, 200.0, 400.0]
    assert percentile(values, 50) == 200.0
    assert percentile(values, 51) == 300.0
    assert percentile(values, 95) == 400.0
    assert percentile([7], 50) == 7.0
    assert values == [300.0, 100.0, 200.0, 400.0]  # input not sorted in place


def test_percentile_of_nothing_is_zero():
    assert percentile([], 50) == 0.0
    assert percentile([], 99) == 0.0
    assert isinstance(percentile([3], 50), float)
