"""How the target check reads the shapes issue 13's diagnosis named (written with the change to detect/target.py
and idioms.py): each shape about life, and its twin aimed at the call."""

from __future__ import annotations

import pytest

from callwarden.detect.phrases import DISTRESS, FRUSTRATION, find_intents


def _intents(text: str) -> set[str]:
    return {h.intent for h in find_intents(text)}


@pytest.mark.parametrize("life,call", [
    # the caller's own people doing a contact word, and a pronoun for them
    ("My brother promised he would ring and never did, it is doing my head in.",
     "Your engineer promised he would ring and never did, it is doing my head in."),
    # a former or other company
    ("My old bank was useless, so I came to you.", "My bank is useless."),
    ("I had a different provider before and they were hopeless.", "You were hopeless before and you still are."),
    # an activity as the subject
    ("Trying to park round here is a nightmare.", "Trying to get through to you is a nightmare."),
    # a pseudo-cleft's complement
    ("What's driving me mad is the overtime at work.", "What's driving me mad is your billing."),
    # the caller's own state, not their treatment
    ("I'm fed up of being ill.", "I'm fed up of being ignored."),
    ("Tired of being skint before payday.", "Tired of being kept on hold."),
    # a named thing's own clause decides, not a "you" in another clause
    ("My old landlord was a nightmare, that's why I'm moving to you.", "Your landlord service was a nightmare."),
])
def test_life_is_not_frustration_and_its_twin_is(life, call):
    assert FRUSTRATION not in _intents(life)
    assert FRUSTRATION in _intents(call)


def test_another_clause_about_the_named_thing_still_counts():
    # the service word is in a clause of its own, but not the caller's doing: still the delivery
    assert FRUSTRATION in _intents("The driver was a joke, he left my parcel in the rain.")
    assert FRUSTRATION in _intents("The driver was a joke and my parcel is soaked.")


def test_ordinal_repeated_contact_and_blame_again():
    assert FRUSTRATION in _intents("Third time I've rung this week and still nothing's sorted.")
    assert FRUSTRATION not in _intents("Third time I've rung this week and you've all been lovely, thanks.")
    assert FRUSTRATION in _intents("You lot have messed my account up again.")


@pytest.mark.parametrize("text", [
    "my husband will kill me if I tell anyone about the money",
    "my boyfriend will kill me if I leave, he said so",
    "my dad will kill me when he finds out I called the police about the bill",
    "he's going to kill me",
])
def test_a_threat_with_a_word_of_danger_stays_distress(text):
    assert DISTRESS in _intents(text)


def test_family_hyperbole_over_money_is_not_distress():
    assert DISTRESS not in _intents("My wife will kill me if I forget to pay the window cleaner again.")
    assert DISTRESS not in _intents("My dad's going to kill me when he sees what I spent on the holiday.")
