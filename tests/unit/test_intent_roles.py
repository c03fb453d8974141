"""Asking for a person by their trade is asking for a human; mentioning one is not."""

from __future__ import annotations

import pytest

from callwarden.bodies import ESCALATION
from callwarden.detect import phrases


def _escalates(text: str) -> bool:
    return any(h.intent == ESCALATION for h in phrases.find_intents(text))


@pytest.mark.parametrize("text", [
    "Could I have a word with the nurse please? Actually can I talk to the nurse on call.",
    "I need to speak to an engineer about the boiler.",
    "Put me through to someone in the billing department.",
    "Can I talk to the duty pharmacist",
    "i want to speak with a technician",
])
def test_asking_for_a_trade(text):
    assert _escalates(text)


@pytest.mark.parametrize("text", [
    "I'll talk to my doctor about it first.",
    "Did you speak to the engineer yesterday?",
    "The nurse said I should ring you.",
    "They told me to speak to my pharmacist.",
    "My GP wants the results sent over.",
])
def test_mentioning_a_trade(text):
    assert not _escalates(text)
