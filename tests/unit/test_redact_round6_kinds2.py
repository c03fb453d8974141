"""Redaction by kind, round 6 (continued): each kind a TUNE probe failed on, in phrasings written for this
test (not taken from any probe set), with near misses that must stay as said."""

from __future__ import annotations

import pytest

from tests.helpers import last_turn


# Health in everyday shapes: a body function in trouble by its adjective, the contraceptive pill by its
# cue, a part named first and then what is wrong with it.
@pytest.mark.parametrize("text, gone", [
    ("he's been having urinary issues since the spring", "urinary"),
    ("it's a discreet order, for sexual dysfunction", "sexual dysfunction"),
    ("my girlfriend came off the pill last month", "the pill"),
    ("can I collect my repeat of the pill on saturday", "the pill"),
    ("she needs the morning after pill, is the pharmacist in", "morning after"),
    ("the disc has slipped again, I can't lift the boxes", "slipped"),
])
def test_everyday_health_shapes_are_masked(text, gone):
    assert gone not in last_turn(text)


@pytest.mark.parametrize("text, kept", [
    ("the pill box lid is broken", "pill box"),
    ("it was a bitter pill to swallow, losing that deal", "bitter pill"),
    ("the drum's cracked on my washing machine", "cracked"),
    ("we had some sexual harassment training at work", "training"),
    ("there are plumbing issues in the flat", "plumbing issues"),
])
def test_everyday_lookalikes_stay(text, kept):
    assert kept in last_turn(text)


# The agent asks which medicine: the answer's uncommon words are a medicine's name, brand or misheard.
@pytest.mark.parametrize("turns, gone", [
    (("A: Which inhaler is it?", "the orange one, flutiform"), "flutiform"),
    (("A: And which cream was it?", "the white tube, hydromol I think"), "hydromol"),
])
def test_medicine_named_in_answer_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("A: Which inhaler is it?", "hang on, let me check the box"), "let me check the box"),
    (("A: Which item is missing?", "the kettle, the chrome one"), "the kettle, the chrome one"),
    (("A: What medication are you on?", "none at the moment, thanks"), "none at the moment"),
    # the question is answered: a later turn is talk again
    (("A: Which tablets?", "the usual ones", "A: Okay.", "and can you deliver to ardwick"), "ardwick"),
])
def test_talk_around_a_medicine_answer_stays(turns, kept):
    assert kept in last_turn(*turns)


# Recovery named by its fellowship or its aid, an organ said to be in a bad state, and a substance of
# addiction named in a call that has told health.
@pytest.mark.parametrize("turns, gone", [
    (("thursdays are no good, that's overeaters anonymous",), "overeaters"),
    (("my brother goes to cocaine anonymous on fridays",), "cocaine anonymous"),
    (("i'm chewing nicotine gum all day at the moment",), "nicotine gum"),
    (("the gp put me onto the stop smoking service",), "stop smoking service"),
    (("his pancreas is in a right state, so no travel",), "pancreas"),
    (("my kidneys are knackered, i'm told",), "kidneys"),
    (("my dad has cirrhosis", "A: I'm sorry.", "it was the booze, he knows that"), "booze"),
])
def test_recovery_and_organ_state_are_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("we keep the voters anonymous on the survey",), "voters anonymous"),
    (("the donation came in anonymous",), "anonymous"),
    (("my heart's not in it today, to be honest",), "heart's not in it"),
    (("can i get two alcohol free beers",), "alcohol free"),
])
def test_recovery_lookalikes_stay(turns, kept):
    assert kept in last_turn(*turns)


# Care with a short or shared name: what a treatment is for with a day between, stitches had or counted
# (not knitting), a talking therapy by its initials as the course that runs.
@pytest.mark.parametrize("text, gone", [
    ("can't, it's physio on thursday for my hamstring", "hamstring"),
    ("she's got injections next week for her macular thing", "macular"),
    ("he fell off the trampoline and needed stitches in his chin", "stitches"),
    ("i slipped on the wet floor in your shop, eight stitches", "stitches"),
    ("work's fine once the dbt ends in march", "dbt"),
])
def test_short_named_care_is_masked(text, gone):
    assert gone not in last_turn(text)


@pytest.mark.parametrize("text, kept", [
    ("the pattern says cast on sixty stitches", "sixty stitches"),
    ("that comedian had us in stitches", "in stitches"),
    ("the cbt test for my scooter is booked", "cbt test"),
    ("i booked physio on monday for the whole family", "the whole family"),
])
def test_short_named_lookalikes_stay(text, kept):
    assert kept in last_turn(text)


# A lower-case answer to a name question that the caller goes on to spell: the answer is the name.
@pytest.mark.parametrize("turns, gone", [
    (("A: And your surname?", "okonkwo, o for oscar, k o n k w o"), "okonkwo"),
    (("A: Last name please?", "yeah its dunleavy, d u n, l e a v y"), "dunleavy"),
    (("A: Your first name?", "siobhan, s as in sugar, i o b h a n"), "siobhan"),
])
def test_lower_case_name_spelled_after_it_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("A: And your surname?", "sorry, can you say that again, it cut out"), "can you say that again"),
    (("A: Last name please?", "hold on, the dog's barking"), "the dog's barking"),
    (("A: Anything else?", "yeah, b for the bathroom one, c for the kitchen"), "yeah"),
])
def test_talk_after_a_name_question_stays(turns, kept):
    assert kept in last_turn(*turns)


# Near misses of the medicine answer: a shop for drugs, a pill organiser by its colour.
@pytest.mark.parametrize("turns, kept", [
    (("A: Which drug store do you use?", "the rexall on kingsway"), "rexall"),
    (("A: Which pill organiser did you order?", "the weekly one, in lilac"), "lilac"),
])
def test_medicine_shops_stay(turns, kept):
    assert kept in last_turn(*turns)
