"""A health term ASR split into everyday words ("met forming") is joined back; everyday words that only
land two edits from some term when joined ("month please" and a thrombolytic's name) are not one."""

from __future__ import annotations

from callwarden.redact.redactor import CallRedactor


def _said(text: str) -> str:
    return CallRedactor().redact(text, 0, 1000).text


def test_everyday_words_joined_by_chance_are_no_health_term():
    for text in ("Starting from next month please.", "Could it come this month please?", "I'll wait for that then."):
        assert "[PHI]" not in _said(text), text


def test_a_term_split_one_edit_away_is_still_masked():
    assert _said("The doctor has me on met forming now.") == "The doctor has me on [PHI] now."
