"""Redaction by kind, round 9: each kind a TUNE probe of round 9 failed on, in phrasings written for this
test (not taken from any probe set), with near misses that must stay as said."""

from __future__ import annotations

import pytest

from tests.helpers import last_turn


# Health told in slang or plain talk, in a call that has told no health before.
@pytest.mark.parametrize("said, gone", [
    ("can we push the fitting back, i'm properly up the duff and the smell of paint is too much", "up the duff"),
    ("she's in her eighth month so she can't do the stairs", "eighth month"),
    ("i'm about ten weeks gone so i'd rather not travel", "ten weeks gone"),
    ("second trimester now so the gym plan has to change", "trimester"),
    ("sorry i've been chucking up since breakfast", "chucking up"),
    ("he was sick all night so we missed the flight", "sick all night"),
    ("it stings when i wee so i'm not going anywhere", "stings when i wee"),
    ("me blood pressure was sky high this morning", "blood pressure"),
    ("his sugars have been all over the place", "sugars"),
    ("there's this pressure behind my eyes every evening", "pressure behind my eyes"),
    ("she's been having fits again since the new tablets", "fits"),
    ("last year i tried to end it, things are better now", "tried to end it"),
    ("i keep getting intrusive thoughts at work", "intrusive thoughts"),
    ("i've been clean off the gear for six months", "clean off the gear"),
    ("i packed in the booze in january", "packed in the booze"),
    ("i'm on the nicotine gum now", "nicotine gum"),
    ("they took his left leg off after the infection", "leg off"),
    ("i picked up a tummy bug off my nephew", "tummy bug"),
    ("the parcel's my oestrogel and the progesterone", "oestrogel"),
    ("the parcel's my oestrogel and the progesterone", "progesterone"),
    # from my own probes of the same kind
    ("his hearing's going so he won't pick up", "hearing"),
    ("i've been feeling low for months now", "low for months"),
    ("she sees things that aren't there at night", "aren't there"),
    ("he keeps passing out at work", "passing out"),
    ("i've been getting these blackouts so i can't drive", "blackouts"),
    ("our youngest still wets the bed", "wets the bed"),
    ("we're self isolating till friday", "isolating"),
    ("he's got a high temperature so we can't travel", "temperature"),
])
def test_health_in_slang_is_masked(said, gone):
    out = last_turn("A: what seems to be the problem with the booking", said)
    assert gone not in out.lower(), out


@pytest.mark.parametrize("said", [
    "the app keeps throwing up an error when i pay",
    "we were throwing up the marquee all afternoon",
    "i was brought up in swansea",
    "honestly i'm sick of waiting on hold",
    "the water pressure in the flat is really low",
    "the coat fits fine but i want blue",
    "it fits in the boot if the seats are down",
    "i tried to end it but the website kept timing out",
    "i want to end it with the current supplier",
    "i stopped drinking coffee after lunch",
    "the dog stopped drinking her water",
    "i'm in my first month at the new place",
    "it's a pain in the neck to be honest",
    "i caught the train from the airport",
    "i took off my jacket and forgot it",
    "the battery's been low since tuesday",
    "we've had blackouts all week on our street",
    "the kids passed out the leaflets at the gate",
    "i've been down since the storm took the line out",
    "the thermostat is stuck on a high temperature setting",
    "i always run a high temperature wash for the towels",
    "my legs are going to the match on saturday",
    "i can see things that aren't on my bill",
])
def test_near_misses_of_health_slang_stay(said):
    assert last_turn("A: what seems to be the problem with the booking", said) == said


# Addresses: the agent asks where to send or find; the town after the street; a "way" that is not a street.
@pytest.mark.parametrize("turns, gone", [
    (("A: where do i post the forms to", "twenty two larchfield in dunmurry"), "larchfield"),
    (("A: where do i post the forms to", "twenty two larchfield in dunmurry"), "dunmurry"),
    (("A: where can the engineer find you", "unit six, the old tannery"), "tannery"),
    (("A: what address are we using", "sixty one brackenridge"), "brackenridge"),
    (("A: house number or name", "it's got a name, the old granary"), "granary"),
])
def test_address_answers_are_masked(turns, gone):
    assert gone not in last_turn(*turns).lower()


@pytest.mark.parametrize("turns", [
    ("A: how far is the depot from you", "about sixty miles each way"),
    ("A: how long is the drive", "it's forty minutes down the road"),
    ("A: where do i send the refund", "back to the card please"),
    ("A: what's the address", "it's the one on the letter, in town"),
])
def test_distances_and_plain_answers_stay(turns):
    assert last_turn(*turns) == turns[-1]


def test_a_mile_road_is_still_a_street():
    assert "fourteen" not in last_turn("we're on fourteen mile road")


# Names: a common-word surname given alone, particles first, more of the name cued later, how it is said.
@pytest.mark.parametrize("turns, gone", [
    (("A: and the surname on the booking", "cook, like the chef"), "cook"),
    (("A: can i take your name", "de la cruz, first name mateo"), "cruz"),
    (("A: can i take your name", "okafor, first name chidi"), "okafor"),
    (("A: and your last name", "cholmondeley, you say it chumley"), "chumley"),
    (("A: who's the booking for", "adaeze nwosu"), "nwosu"),
    (("A: name of the patient", "mrs ekwueme"), "ekwueme"),
])
def test_names_answering_the_question_are_masked(turns, gone):
    assert gone not in last_turn(*turns).lower()


@pytest.mark.parametrize("turns", [
    ("A: can i take your name", "sorry, one second"),
    ("A: can i take your name", "well, it's a long story"),
    ("A: who's the booking for", "it's for the office"),
])
def test_answers_that_give_no_name_stay(turns):
    assert last_turn(*turns) == turns[-1]


# Harmless numbers: a year after "in" answering "when", a day of the month, an amount in thousands.
@pytest.mark.parametrize("turns", [
    ("A: what's your date of birth", "third of june seventy two", "A: and when did you buy the car", "back in oh nine"),
    ("A: when was the roof done", "in eighty seven i think"),
    ("A: and when would you like the visit", "the thirty first"),
    ("A: how much did the repair come to", "two thousand four hundred"),
    ("A: how many are in the group", "nine, we are a big family"),
])
def test_years_days_and_amounts_answering_the_question_stay(turns):
    assert last_turn(*turns) == turns[-1]


def test_an_amount_in_thousands_is_still_a_pin_when_a_pin_is_asked():
    assert "thousand" not in last_turn("A: and the pin on the account", "two thousand four hundred")


# Kinds my own probes of round 9's kinds found (not its text): a street or town answered alone, a rural
# box, a town with no "in" before it, Irish surname particles, the name a caller goes by, units of weight.
@pytest.mark.parametrize("turns, gone", [
    (("A: and what street is that on", "tullyvarran"), "tullyvarran"),
    (("A: and the town", "it's carrickmacross"), "carrickmacross"),
    (("A: what's the delivery address", "rural route four box nineteen"), "nineteen"),
    (("A: what's the delivery address", "nine the paddocks drumcondra"), "drumcondra"),
    (("A: and your full name", "aoife nic an bhaird"), "bhaird"),
    (("A: and your first name", "bartholomew but my friends call me tolly"), "tolly"),
])
def test_places_and_names_said_alone_are_masked(turns, gone):
    assert gone not in last_turn(*turns).lower()


@pytest.mark.parametrize("turns", [
    ("A: and what street is that on", "the main one"),
    ("A: and the town", "same as before"),
    ("A: and the account holder", "my husband, he's at work"),
    ("A: how heavy is the case", "about nineteen kilos"),
    ("A: how far is the site", "two hundred and forty k"),
    ("A: and what do you weigh", "fourteen stone"),
])
def test_plain_answers_to_place_name_and_measure_questions_stay(turns):
    assert last_turn(*turns) == turns[-1]


@pytest.mark.parametrize("said", ["we need it by the twenty third", "it's due on the thirty first, a monday"])
def test_a_day_of_the_month_said_as_an_ordinal_stays(said):
    assert last_turn(said) == said


def test_a_day_said_as_an_ordinal_is_masked_when_a_birth_date_is_asked():
    assert "twenty" not in last_turn("A: and your date of birth", "the twenty third")
