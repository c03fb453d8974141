"""Health probe round 3 (tests/redaction_probes/health_round3.py): the tune half is held at no leak and
no harmless damage; the sealed half, never tuned on, only at the counts it had when the fixes were made
(ceilings, so a change that makes it worse fails). Plus the kinds fixed, in sentences of this file's own."""

from __future__ import annotations

import pytest

from callwarden.redact.redactor import CallRedactor
from tests.redaction_probes import health_round3 as r3

# the sealed half's counts after the tune fixes (2026-12-05): 22 of 71 leak, 3 of 31 damaged
SEALED_LEAKS_AT_MOST = 22
SEALED_DAMAGE_AT_MOST = 3


def _said(text: str) -> str:
    return CallRedactor().redact(text, 0, 0).text


def test_tune_half_has_no_leak_and_no_harmless_damage():
    leaks, damage = r3.score(r3.TUNE_HEALTH, r3.TUNE_HARMLESS)
    assert not leaks and not damage, (leaks, damage)


def test_sealed_half_gets_no_worse():
    leaks, damage = r3.score(r3.SEALED_HEALTH, r3.SEALED_HARMLESS)
    # counts only: the sealed turns are never printed
    assert len(leaks) <= SEALED_LEAKS_AT_MOST and len(damage) <= SEALED_DAMAGE_AT_MOST, (len(leaks), len(damage))


@pytest.mark.parametrize("said,gone", [
    ("he had a psychotic episode at Christmas", "psychotic episode"),
    ("sorry, I'm on my period and can't think straight", "period"),
    ("my son has learning difficulties so I deal with his phone", "learning difficulties"),
    ("mum's got a zimmer frame so she's slow to the door", "zimmer"),
    ("I keep my insulin pen in the fridge", "insulin pen"),
    ("she's had her bottom surgery now", "bottom surgery"),
    ("I've got to drop off a urine sample first", "urine sample"),
    ("he's put his neck out again", "put his neck out"),
    ("I'm three years clean off crack cocaine", "cocaine"),
    ("my nan's got sugar diabetes", "sugar diabetes"),
    ("he's got a dodgy ticker", "ticker"),
    ("she's a bag of nerves since the burglary", "nerves"),
    ("my husband has fluid on the knee", "fluid on the knee"),
    ("i got diagnosed with a dvt last month", "dvt"),
])
def test_health_kinds_said_in_everyday_words_are_masked(said, gone):
    out = _said(said)
    assert "[PHI]" in out and gone not in out.lower(), out


@pytest.mark.parametrize("said", [
    "it's that time of the month when the bill comes out",
    "I missed the period for returns",
    "is there a flat with disability access",
    "it's been manic at work this week",
    "we've done the back in oak",
    "keep the screen clean from dust",
    "I almost had a stroke when I opened the bill",
    "you gave me a heart attack ringing that late",
    "the printer keeps coughing out blank pages",
    "I finished it at a stroke",
    "the old stock ticker on the telly",
])
def test_the_same_words_said_figuratively_or_about_things_are_kept(said):
    assert _said(said) == said


def test_a_real_heart_attack_is_still_masked():
    assert "heart attack" not in _said("my dad had a heart attack when he was sixty")
