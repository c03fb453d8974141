"""Redaction by kind, round 6: each kind a TUNE probe failed on, in phrasings written for this test
(not taken from any probe set), with near misses that must stay as said."""

from __future__ import annotations

import pytest

from tests.helpers import last_turn


# Health told once, then referred back in a later turn by what it shows (a sign, a part in a bad state),
# what is measured of it, or its medicine by form or colour.
@pytest.mark.parametrize("turns, gone", [
    (("my wife has psoriasis", "A: I see.", "the patches on her elbows are worse and the itching keeps her up"),
     "itching"),
    (("i've got ulcerative colitis", "A: Okay.", "another flare started on sunday"), "flare"),
    (("he has eczema", "A: Right.", "the sores on his hands have cracked"), "sores"),
    (("my lad had his appendix out", "A: Oh dear.", "the swelling has gone down a bit"), "swelling"),
    (("i have rheumatoid arthritis", "A: Okay.", "my left wrist is really stiff in the mornings"), "wrist"),
    (("my dad has gout", "A: Sorry.", "the left knee's been red and hot all week"), "knee"),
    (("my partner is hiv positive", "A: Okay.", "his viral load came back fine"), "viral load"),
    (("i'm asthmatic", "A: Right.", "can you add the blue ones to the order"), "blue ones"),
    (("i've got glaucoma", "A: Okay.", "the drops ran out on tuesday"), "drops"),
    (("my son has hay fever", "A: Yes.", "his nasal spray wasn't in the box"), "nasal spray"),
    (("i have lupus", "A: Okay.", "it flared up again at the weekend"), "flared up"),
])
def test_health_referred_back_by_a_sign_part_or_form(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    # no health told in the call: the same words are everyday
    (("the parcel was late", "A: Sorry.", "the blue ones are the ones i wanted"), "the blue ones"),
    (("i ordered the garden lights", "A: Okay.", "the wound cable was too short"), "the wound cable"),
    (("my phone cracked", "A: Oh no.", "the itching powder was a joke gift"), "the itching powder"),
    # told, but a part in a good state is no detail
    (("i'm diabetic", "A: Okay.", "my back garden is a mess"), "back garden"),
])
def test_everyday_signs_stay(turns, kept):
    assert kept in last_turn(*turns)


# An address answer said as a comma-separated list of name words, with no street suffix or number to
# give it away; and the bare asks that open it ("address please", "where do you stay?").
@pytest.mark.parametrize("turns, gone", [
    (("A: Where do you live?", "its a house name, the pinfold, lower skelby"), "lower skelby"),
    (("A: Where do you live?", "the pinfold, lower skelby"), "pinfold"),
    (("A: Where do you stay?", "ardnacraig, by kilmory, the white house at the end"), "kilmory"),
    (("A: Where do you stay?", "ardnacraig, by kilmory, the white house at the end"), "ardnacraig"),
    (("my address is rowanlea, by aberlour",), "rowanlea"),
    (("A: Address please.", "plot nine, c wing, laxmi towers, third cross indiranagar"), "indiranagar"),
    (("A: Address please.", "plot nine, c wing, laxmi towers, third cross indiranagar"), "c wing"),
    (("A: And the address?", "unit 4 at the marlowe, on 9th street"), "marlowe"),
    (("A: Where's the house?", "garden flat, sixty two wellbrook, taunton, side door"), "garden flat"),
    (("A: Where should we deliver?", "block 3, ward 12, near durga mandir, ram nagar"), "ram nagar"),
])
def test_address_said_as_a_list_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("A: And the address?", "yes, same as before, thanks"), "same as before"),
    (("A: Where do you live?", "oh, leeds, near the station"), "near the station"),
    (("A: Where do you live?", "hang on, sorry, let me think"), "let me think"),
    (("A: What's your zip code?", "nine three two six seven", "A: Thanks.", "the appointment is at 6 a.m."), "6 a.m."),
    # the address was given and the agent moved on: a later list is no address
    (("A: What's your address?", "14 mill lane", "A: Thanks. What would you like?", "rolls, butter, oat milk"),
     "oat milk"),
    (("A: Where do you live?", "flat 9, the granary", "A: Which colour?", "sage, or cream"), "sage"),
    # no address asked: a list of towns or things is no address
    (("we went to staithes, filey and robin hoods bay, lovely",), "filey"),
    (("A: Which colours?", "teal, mustard, dusty pink"), "dusty pink"),
])
def test_talk_around_an_address_stays(turns, kept):
    assert kept in last_turn(*turns)


# A care title as the caller's own paid work, or opening the answer to "what's your occupation?": a job.
@pytest.mark.parametrize("turns, kept", [
    (("A: And your occupation?", "midwife, hospital based"), "midwife"),
    (("A: Job title?", "counsellor, for a charity"), "counsellor"),
    (("A: What do you do for a living?", "um, psychotherapist, private practice"), "psychotherapist"),
    (("A: What's the van used for?", "i'm a support worker so i visit folk at home"), "support worker"),
    (("i'm a carer, i do home visits all day",), "carer"),
])
def test_care_title_as_a_job_stays(turns, kept):
    assert kept in last_turn(*turns)


@pytest.mark.parametrize("turns, gone", [
    # no occupation asked, or a relative's care: still care
    (("A: Anything else?", "my physiotherapist says i need another month"), "physiotherapist"),
    (("i'm a carer for my dad so mornings are hard",), "carer"),
    (("A: And your occupation?", "retired, but my psychiatrist says i should volunteer"), "psychiatrist"),
])
def test_care_that_is_no_job_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


# A count or an amount answering "how many / how much" followed by what it is made of or where it was
# read; and an amount written with a thousands comma.
@pytest.mark.parametrize("turns, kept", [
    (("A: How many are coming?", "forty, mainly colleagues"), "forty"),
    (("A: How much do you owe?", "roughly 3,400 according to the statement"), "3,400"),
    (("A: How much was the quote?", "2,750 apparently"), "2,750"),
])
def test_count_with_a_qualifier_stays(turns, kept):
    assert kept in last_turn(*turns)


@pytest.mark.parametrize("turns, gone", [
    (("A: How many digits is your pin?", "four, and it's 5823"), "5823"),
    (("A: How much?", "7391"), "7391"),
    (("A: How many tickets?", "forty, mainly for my card 4929 1234"), "4929"),
])
def test_secret_numbers_after_a_count_question_stay_masked(turns, gone):
    assert gone not in last_turn(*turns)


# A condition's abbreviation written in lower case inside a mixed-case turn, after what someone has.
@pytest.mark.parametrize("text, gone", [
    ("I've got ibs so nothing too spicy please", "ibs"),
    ("My husband has cfs, he sleeps most afternoons", "cfs"),
    ("She's got pcos, so the diet matters", "pcos"),
    ("Our grandad has mnd, he can't do stairs", "mnd"),
])
def test_lower_case_abbreviation_in_mixed_case_is_masked(text, gone):
    assert gone not in last_turn(text).lower().replace("[phi]", "")


@pytest.mark.parametrize("text, kept", [
    ("She has a bpm of about ninety on the treadmill, says the gym", "bpm"),
    ("We have a dvd player in the lounge", "dvd player"),
])
def test_lower_case_everyday_words_stay(text, kept):
    assert kept in last_turn(text)
