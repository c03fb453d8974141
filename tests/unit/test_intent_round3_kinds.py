"""Kinds of caller turn the round 3 probes showed failing, written here in new words: a refusal of what a call
asks consent for (recording, a credit check, the terms, sharing data), ... Each kind has near misses that
must stay silent."""

from __future__ import annotations

import pytest

from callwarden.bodies import CONSENT_REFUSED
from callwarden.detect import phrases


def _intents(text: str) -> set[str]:
    return {h.intent for h in phrases.find_intents(text)}


@pytest.mark.parametrize("text", [
    "I won't authorise any credit search on my file.",
    "Please don't share my details with the finance company, I don't agree to that.",
    "nope, not accepting your terms and conditions",
    "I'm not going to give you my permission for that.",
    "i withdraw my consent",
    "I'll have to decline the credit check, sorry.",
    "I don't want my account history handed over to anyone else.",
    "No thanks, I'd rather you didn't.",
    "I do not accept.",
    "They can't pass my phone number on to the lenders, I never agreed.",
    "We're saying no to the data processing part.",
    "i dont consent to you keeping my data",
])
def test_consent_refused_for_what_a_call_asks(text):
    assert CONSENT_REFUSED in _intents(text)


@pytest.mark.parametrize("text", [
    "I'm not sure about the credit check, how does it work?",
    "Why can't you run the credit check today?",
    "I didn't pass the credit check last month, can I try again?",
    "Do I have to agree to the terms before the engineer comes?",
    "I don't mind you sharing my details with the installer.",
    "How do I decline the paper statements?",
    "Yes, I agree to the terms.",
    "Can you read me the conditions again?",
    "I was refused a loan after the credit check.",
    "I don't agree with the amount on this bill, it's far too high.",
    "The consent form came through fine, thanks.",
])
def test_consent_near_misses_stay_silent(text):
    assert CONSENT_REFUSED not in _intents(text)
