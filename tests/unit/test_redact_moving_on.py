"""The agent moves on to another question, and the caller's numbers answer it (round 8's kinds, phrasings
of this test's own): what was read out before is over, so its context no longer makes the answer secret;
a count, an amount, a year, a twenty-four-hour time or a round magnitude is kept. Prompts to go on with
or repeat what is being read out keep it secret."""

import pytest

from tests.helpers import last_turn, stream


@pytest.mark.parametrize("turns", [
    ("A: what's the long number on the card", "four nine one seven three three two one",
     "A: and how many tickets is that for", "three or four should do"),
    ("A: can i take an email address", "priya dot shah at outlook dot com",
     "A: lovely, and how much did you pay for it", "two hundred and ten for the set"),
    ("A: and your date of birth", "ninth of may seventy one",
     "A: which year did you buy the car", "twenty nineteen from a dealer"),
    ("A: what time do you clock off", "i'm off from nineteen hundred"),
    ("A: what budget did you have in mind", "roughly a quarter of a million"),
])
def test_an_answer_to_a_new_question_keeps_its_number(turns):
    out = last_turn(*turns)
    assert "[" not in out, out


@pytest.mark.parametrize("turns", [
    # the agent asks for the rest, or to hear it again: still the card
    ("A: what's the long number on the card", "four nine one seven three three two one",
     "A: and the rest of it", "six six five oh one two nine eight"),
    ("A: what's the long number on the card", "four nine one seven three three two one",
     "A: sorry what was that", "four nine one seven"),
    # a year of birth is a birth's
    ("A: when were you born", "nineteen sixty eight"),
    # digits said in words may be a PIN's, even rounded
    ("A: and your pin please", "four thousand"),
    ("A: how much is it", "four thousand seven hundred and twelve thirty six"),
])
def test_numbers_still_being_read_out_stay_secret(turns):
    out = last_turn(*turns)
    assert "[" in out and not any(w in out for w in ("four nine", "sixty eight", "four thousand", "six six")), out


@pytest.mark.parametrize("turns, gone", [
    # a dwelling's number and the words after it, while an address is asked for
    (("A: where would you like it delivered", "flat six maple court round the back"), ["six maple"]),
    (("A: and the address for the invoice", "number 8 the orchards"), ["orchards"]),
    (("A: can i take your full address", "thirty one the crescent, hove"), ["crescent", "thirty one"]),
    # "the" between a house number and its street word
    (("it's 14 the parade, next to the chemist",), ["parade"]),
])
def test_an_address_without_a_usual_street_is_masked(turns, gone):
    out = last_turn(*turns)
    assert not [g for g in gone if g in out], out


def test_a_public_place_answering_where_to_drop_something_stays():
    assert last_turn("A: where can you drop it off", "the library on the high street") == \
        "the library on the high street"


def test_a_street_answering_the_agents_street_question_is_masked():
    out = stream("A: what's the house number", "forty two", "A: and the street", "Ashgrove, by the park")
    assert "Ashgrove" not in out[-1] and "42" not in " ".join(out) and "forty two" not in out[0], out


def test_the_flat_a_caller_lives_in_is_an_address():
    out = last_turn("i live in flat 3, 27 rosebank")
    assert "rosebank" not in out and "27" not in out, out
