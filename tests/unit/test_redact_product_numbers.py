"""A product's model or generation and a size said as dimensions are kept (redact/product_numbers.py);
the same digits in a secret's place are still masked. Sentences written for this test."""

from __future__ import annotations

import pytest

from callwarden.redact.leaks import leaks
from callwarden.redact.redactor import CallRedactor


def _said(text: str) -> str:
    r = CallRedactor()
    r.note_agent_text("How can I help today?")
    return r.redact(text, 0, 0).text


@pytest.mark.parametrize("text, kept", [
    ("my daughter's iPad 9 keeps dropping the wifi", "iPad 9"),
    ("it's an iPhone 14 Pro Max", "iPhone 14"),
    ("since the Windows 10 update the printer won't work", "Windows 10"),
    ("is the 4G signal down in my area", "4G"),
    ("we bought the 4K box last month", "4K"),
    ("the Galaxy 23 won't charge", "Galaxy 23"),
    ("I've got the model 3 router", "model 3"),
    ("the parcel was 40 by 30 by 20 centimetres", "40 by 30 by 20"),
    ("the rug is 6 x 4 feet", "6 x 4"),
])
def test_a_model_or_a_size_is_kept(text, kept):
    assert kept in _said(text)


@pytest.mark.parametrize("text, secret", [
    ("the code is iPhone 482", "482"),                 # a number asked for, whatever comes before it
    ("my PIN for the iPhone is 4821", "4821"),
    ("it's flat 12 Oakwood Road", "12"),
    ("this is Mark 482, that's the code on my letter", "482"),
    ("the card on my iPad is 4539 1488 0343 6467", "4539148803436467"),
])
def test_the_same_digits_as_a_secret_are_masked(text, secret):
    assert not leaks(secret, _said(text))
