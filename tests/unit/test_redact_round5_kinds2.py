"""Redaction by kind, round 5 (second file): addresses without a number or a cue, in phrasings written
for this test (not taken from any probe set), with near misses that must stay as said."""

from __future__ import annotations

import pytest

from tests.helpers import last_turn


# The agent asks where the caller is located or based: a street named without a number in the answer.
@pytest.mark.parametrize("turns, gone", [
    (("A: Where are you based?", "we're the second house on birchwood avenue"), "birchwood"),
    (("A: Where are you located?", "we're the end house on larchfield crescent"), "larchfield"),
    (("A: And where is the property located?", "its the corner one on sallymount road"), "sallymount"),
    (("A: Where is the property?", "just past the shop on kilmore lane"), "kilmore"),
    (("A: Where are you situated?", "halfway down ferndale terrace, blue gate"), "ferndale"),
])
def test_street_answering_where_located_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("A: Where are you calling from?", "from work on the way home"), "on the way home"),
    (("A: Where are you in the queue?", "third i think"), "third"),
    (("we're the second house on the left",), "second house on the left"),
])
def test_where_questions_about_no_address_leave_the_answer(turns, kept):
    assert kept in last_turn(*turns)


# A house known by its name (a name word before a house word), and the rural parts after it, given
# while an address is asked for.
@pytest.mark.parametrize("turns, gone", [
    (("A: What's the first line of your address?", "its a house name, willow cottage"), "willow"),
    (("A: What's your address?", "its just kilbride farm, kilbride, county wicklow"), "kilbride"),
    (("A: What's your address?", "its just kilbride farm, kilbride, county wicklow"), "wicklow"),
    (("A: Where is the property?", "its hazelbank cottage, upper tullow, county carlow"), "tullow"),
    (("A: What's your address?", "my address, its glenview lodge, ballymore"), "ballymore"),
    (("A: What's the first line of your address?", "its called the old mill"), "old mill"),
    (("A: Can I take your address?", "oakfield grange, near the church"), "oakfield"),
])
def test_house_name_answering_address_is_masked(turns, gone):
    assert gone not in last_turn(*turns)


@pytest.mark.parametrize("turns, kept", [
    (("A: What's your address?", "it's a farm, the big one"), "it's a farm"),
    (("i grew up on a farm",), "on a farm"),
    (("we stayed in a lovely cottage in county kerry",), "lovely cottage in county kerry"),
    (("A: How was the holiday?", "the cottage was lovely"), "the cottage was lovely"),
])
def test_house_words_without_an_address_asked_stay(turns, kept):
    assert kept in last_turn(*turns)


# Health referred back by what is measured or done for it, or by a general name, once the call told it.
@pytest.mark.parametrize("turns, gone", [
    (("my husband has type two diabetes", "A: I see.", "his sugars have been all over the place"), "sugars"),
    (("she's on warfarin", "they keep changing her dose every week"), "dose"),
    (("i had my gallbladder out in june", "since the op i can't lift the shopping"), "op"),
    (("my dad was diagnosed with parkinson's", "his condition is getting worse"), "condition"),
    (("i'm on lithium for bipolar", "my levels were off last month so i missed work"), "levels"),
    (("mum has breast cancer", "the side effects have been awful"), "side effects"),
])
def test_health_referred_back_by_a_general_name(turns, gone):
    out = last_turn(*turns)
    assert f" {gone} " not in f" {out.lower()} ", out


@pytest.mark.parametrize("turns, kept", [
    (("i want to check the results of the competition", "my levels in the game are stuck"), "my levels"),
    (("the boiler is broken", "the operation of the valve is noisy"), "the operation of the valve"),
])
def test_general_words_stay_without_health_or_before_of(turns, kept):
    out = last_turn(*turns)
    assert kept in out, out
