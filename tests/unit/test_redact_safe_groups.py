"""Numbers said in groups (redact/groups.py, and the recognisers in safe.py that use it): clock times
in two or three groups, ranges, an amount and its cents after a money verb, the minutes of "N past H",
an alternative before a harmless number, and a short answer to the agent's "how many ...?". Each is
kept only while nothing secret is asked for, open or being read out; the same shapes stay masked
there. Phrasings are this file's own, not the probe sets'."""

from __future__ import annotations

import pytest

from callwarden.redact import groups
from callwarden.redact.spoken import number_runs, tokenize
from tests.helpers import stream


def run_of(text: str):
    tokens = tokenize(text)
    return tokens, number_runs(text, tokens)


# ------------------------------------------------------------------ shapes
@pytest.mark.parametrize("said,expected", [
    ("seven twenty", (7, 20)), ("eleven oh nine", (11, 9)), ("three fifty five", (3, 55)),
    ("8:40", (8, 40)), ("21.10", (21, 10)), ("twenty to nine", (8, 40)), ("5 50", (5, 50)),
])
def test_clock_shapes(said, expected):
    tokens, runs = run_of(said)
    assert groups.clock(tokens, runs[0]) == expected


@pytest.mark.parametrize("said", ["seven seventy", "thirteen twenty", "six five", "four one one one", "eight 75",
                                  "25:10", "nine um twenty"])
def test_what_is_no_clock(said):
    tokens, runs = run_of(said)
    assert groups.clock(tokens, runs[0]) is None


@pytest.mark.parametrize("said,expected", [("3 to 4", (3, 4)), ("40 and 45", (40, 45)), ("15-20", (15, 20)),
                                           ("twelve, fourteen", (12, 14))])
def test_range_shapes(said, expected):
    tokens, runs = run_of(said)
    assert groups.span(tokens, runs[0]) == expected


@pytest.mark.parametrize("said", ["9 to 2", "1 to 700", "four one", "double two to three"])
def test_what_is_no_range(said):
    tokens, runs = run_of(said)
    assert groups.span(tokens, runs[0]) is None


def test_price_shapes():
    for said in ("sixty four ninety five", "eight twenty", "a hundred and five fifty", "64 95"):
        tokens, runs = run_of(said)
        assert groups.price(tokens, runs[0]), said
    for said in ("six four nine five", "eighty oh five", "one two three four five"):
        tokens, runs = run_of(said)
        assert not groups.price(tokens, runs[0]), said


# ------------------------------------------------------------------ kept with nothing open
@pytest.mark.parametrize("said", [
    "the boiler man showed up at seven twenty",
    "my daughter phoned me around eleven oh nine",
    "the lights went off by twenty to nine",
    "we were on the line until 8:40 in the evening",
    "the shop rang back at about three fifty five ish",
    "the signal drops every night at ten forty",
    "the guy turned up at 20 past 3",
])
def test_clock_times_in_groups_are_kept(said):
    assert stream(said) == [said]


@pytest.mark.parametrize("said", [
    "the download takes 3 to 4 hours",
    "a new handset is between 400 and 500 dollars",
    "we lose 15-20 percent of the calls",
    "they open from eight till six",
    "the technician can come between 10 and 2",
    "the repair window is from nine to five",
    "I'll be out 2 or 3 weeks",
])
def test_ranges_and_alternatives_are_kept(said):
    assert stream(said) == [said]


@pytest.mark.parametrize("said", [
    "the insurer reimbursed sixty four ninety five",
    "she still owes 70",
    "I was charged eight twenty for a single text",
    "we spend about 90 a month",
])
def test_amounts_after_a_money_verb_are_kept(said):
    assert stream(said) == [said]


@pytest.mark.parametrize("turns", [
    ["A:How many rooms have no signal?", "two"],
    ["A:how many chargers came with it", "um, 3 I think"],
    ["A:How many texts went missing?", "around 15 or 16"],
    ["A:How much did the bill go up by?", "about twelve"],
])
def test_answers_to_how_many_are_kept(turns):
    assert stream(*turns)[-1] == turns[-1]


def test_a_count_of_things_named_before_is_kept():
    for said in ("of the lamps we ordered only 4 turned up", "both adapters failed and all five were returned"):
        assert stream(said) == [said]


# ------------------------------------------------------------------ masked where a secret may be read
@pytest.mark.parametrize("turns,hidden", [
    (["A:What are the three digits on the back of the card?", "seven twenty"], "seven twenty"),
    (["A:What's your passcode?", "at eleven oh nine"], "eleven oh nine"),
    (["A:Please read me the card number.", "4929 1234", "three to four"], "three to four"),
    (["A:How many cards do you have? What's the long number on the first?", "thirty one"], "thirty one"),
    (["A:What's your PIN?", "sixty four ninety five"], "sixty four ninety five"),
    (["the billing zip is seven, two, double eight, four"], "double eight"),
    (["how many? my pin is 5 or 6"], "5 or 6"),
    (["A:How many phones?", "4 1 1 1 5 5"], "4 1 1 1"),
    (["it's 44 at ten forty"], "ten forty"),
])
def test_the_same_shapes_stay_masked_near_a_secret(turns, hidden):
    out = " ".join(stream(*turns))
    assert hidden not in out, out


def test_an_amount_said_digit_by_digit_after_a_money_word_stays_masked():
    out = stream("the payment went from my account, it was 4 8 2 1 9")[0]
    assert "4 8 2 1 9" not in out, out


def test_one_as_a_pronoun_is_kept_while_a_card_is_asked_for_and_a_digit_one_is_not():
    out = stream("A:What's the long number on the card?", "Which one do you need? The newer one?",
                 "One of them, yes. It's four one one five", "then one")
    assert out[:2] == ["Which one do you need? The newer one?", "One of them, yes. It's [PCI_PAN]"]
    assert "one" not in out[2]


def test_money_taken_out_and_a_rough_amount_are_kept():
    assert stream("A:How can I help?", "the bank debited sixty two fifty twice")[0] == "the bank debited sixty two fifty twice"
    assert stream("A:How can I help?", "it's about $300-ish a month")[0] == "it's about $300-ish a month"
    # not while a card is being read
    assert "4539" not in stream("A:What's the card number?", "they took 4539 1488 0343 6467 off me")[0]


def test_an_age_or_a_temperature_is_kept_and_not_while_a_number_is_secret():
    assert stream("she turned 88 in May")[0] == "she turned 88 in May"
    assert stream("I'm nearly 70 so I don't use the app")[0] == "I'm nearly 70 so I don't use the app"
    assert stream("it was minus 3 in the hall")[0] == "it was minus 3 in the hall"
    assert "72" not in stream("A:What's your PIN?", "it's 72")[0]
    assert "4 5 6 7" not in stream("I'm 4 5 6 7")[0]


def test_an_hour_after_a_time_word_is_kept_also_while_a_phone_number_is_asked_for():
    asked = "A:What's the best number to reach you?"
    assert stream(asked, "that one's fine, any time after 5")[0] == "that one's fine, any time after 5"
    assert stream(asked, "it's fine until 430 today")[0] == "it's fine until 430 today"
    assert "4 5" not in stream(asked, "after 0 7 4 5 1")[0]
    assert "1045" not in stream("A:What's your PIN?", "until 1045")[0]
