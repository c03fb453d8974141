"""A password, a memorable word or a security answer is masked after the cue that names it
(redact/credentials.py); words about a password are not. Sentences written for this test."""

from __future__ import annotations

import pytest

from callwarden.redact.flags import flag_of
from callwarden.redact.redactor import CallRedactor


def _red(text: str):
    return CallRedactor().redact(text, 0, 0)


@pytest.mark.parametrize("text, secret", [
    ("the answer to my security question is Biscuit", "Biscuit"),
    ("my memorable word's lighthouse", "lighthouse"),
    ("the password is blue giraffe, all lower case", "giraffe"),
    ("my login is dee-jay-ninety", "dee-jay-ninety"),
    ("okay my secret answer is grandma's farm", "farm"),
])
def test_the_secret_after_its_cue_is_masked_and_raises_pii(text, secret):
    red = _red(text)
    assert secret.lower() not in red.text.lower(), red.text
    assert {flag_of(r.entity, r.rule) for r in red.records} == {"pii"}


@pytest.mark.parametrize("text", [
    "I forgot my password again",
    "my password is on a sticky note somewhere",
    "the password is case sensitive isn't it",
    "my login is the same as my email address",
    "the login screen just goes blank",
])
def test_talk_about_a_password_is_kept(text):
    red = _red(text)
    assert red.text == text and not red.records
