"""Health details known by their frame, not their words (redact/health_frames.py): made-up drug and
condition names in a dose, a stage, what a treatment is for, something found on an organ; everyday
illness, injury, pregnancy, suicide, disability and care said of a person. Near misses stay.
Sentences written for this test."""

from __future__ import annotations

import pytest

from callwarden.redact.redactor import CallRedactor


def _red(text: str) -> str:
    return CallRedactor().redact(text, 0, 0).text


@pytest.mark.parametrize("text, gone", [
    ("I'm on 20mg of vexapril", "vexapril"),
    ("they found a grobble on my liver", "grobble"),
    ("she has stage two florgon", "florgon"),
    ("the consultant says my krell levels are high", "krell"),
    ("I've got an appointment at the fertility clinic", "fertility"),
    ("the pharmacy sent the wrong tablets for my blood pressure", "blood pressure"),
    ("I had a fall and cracked a rib", "rib"),
    ("I've got a bad chest", "chest"),
    ("she's come down with a nasty cough", "cough"),
    ("I keep blacking out", "blacking"),
    ("we're trying for a baby", "baby"),
    ("I've been off the drink six months", "drink"),
    ("I tried to kill myself last year", "kill"),
    ("we lost the baby in March", "baby"),
    ("I get PIP", "PIP"),
    ("I'm in a lot of pain", "pain"),
    ("the district nurse comes daily", "nurse"),
    ("mum was in hospital for a fortnight", "hospital"),
    ("I had to ring for an ambulance at three in the morning", "ambulance"),
    ("I'm due in June so I'm finishing work", "due"),
    ("I've been off sick since March", "sick"),
    ("the carers come in twice a day", "carers"),
    ("they're doing tests on my kidneys", "kidneys"),
    ("his foot was amputated", "amputated"),
    ("I've got a weak immune system", "immune"),
])
def test_the_detail_is_masked(text, gone):
    assert gone.lower() not in _red(text).lower()


@pytest.mark.parametrize("text", [
    "we're at stage two of the application",
    "my battery level is low",
    "I've got a cold caller bothering me",
    "I've got the temperature set at twenty degrees",
    "there's a pip in my juice",
    "what's the early termination fee",
    "do you offer breakdown cover",
    "I had a breakdown on the motorway",
    "I cracked a joke and he laughed",
    "I drink a lot of water",
    "the name on my card is wrong",          # not the drug Micardis split by ASR: nobody is on it
    "what's on my card is the old address",
    "my bill is due in May",
    "I work at the hospital on Tuesdays",
    "my phone has poor signal upstairs",
    "can I have the letter in large print",
])
def test_near_misses_are_kept(text):
    assert _red(text) == text
