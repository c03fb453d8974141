"""A question about recording is no refusal, and a grievance about calls is no opt-out, until the caller
objects or asks them to stop."""

from __future__ import annotations

import pytest

from callwarden.bodies import CONSENT_REFUSED, OPT_OUT
from callwarden.detect import phrases


def _intents(text: str) -> set[str]:
    return {h.intent for h in phrases.find_intents(text)}


@pytest.mark.parametrize("text", [
    "Quick one first, is this conversation being recorded?",
    "are you recording this",
    "Will the call be recorded? Just curious.",
    "Are calls monitored? I only want my balance.",
])
def test_asking_about_recording(text):
    assert CONSENT_REFUSED not in _intents(text)


@pytest.mark.parametrize("text", [
    "Is this recorded? I don't agree to that.",
    "Are you recording me? I object to being recorded.",
    "I do not want this call recorded.",
])
def test_objecting_to_recording(text):
    assert CONSENT_REFUSED in _intents(text)


def test_a_grievance_about_calls_is_not_yet_an_opt_out():
    assert OPT_OUT not in _intents("We keep getting texts from your lot about broadband.")
    assert OPT_OUT in _intents("We keep getting texts from you, please stop texting us.")


@pytest.mark.parametrize("text", [
    "Okay, thanks. Bye. Bye. Bye. Bye.",         # Whisper looping on a goodbye, as it did on a loaded box
    "ok thanks bye, bye, bye, bye",
    "Cheers then, take care, bye bye bye.",
])
def test_goodbyes_said_again_are_no_opt_out(text):
    assert _intents(text) == set()


def test_a_goodbye_with_a_request_keeps_it():
    assert OPT_OUT in _intents("Thanks, bye. And please don't ring me again.")
