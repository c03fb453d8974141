"""Property: a card number, however it is spelled, never survives redaction in a payment context."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from callwarden.redact.leaks import leaks
from callwarden.redact.redactor import CallRedactor

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def luhn_complete(body: str) -> str:
    total = 0
    for k, ch in enumerate(reversed(body + "0")):
        d = int(ch)
        if k % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


@st.composite
def spoken_card(draw):
    # Issued card numbers never start with 0 (ISO/IEC 7812 major industry identifier 1-9).
    digits = luhn_complete(draw(st.sampled_from("123456789")) + draw(st.text("0123456789", min_size=11, max_size=17)))
    style = draw(st.sampled_from(["words", "groups", "commas", "dashes", "oh", "mixed"]))
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    if style == "words":
        text = ", ".join(" ".join(WORDS[int(c)] for c in g) for g in groups)
    elif style == "groups":
        text = " ".join(groups)
    elif style == "commas":
        head = len(digits) % 3 or 3
        text = ",".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])
    elif style == "dashes":
        text = "-".join(groups)
    elif style == "oh":
        text = " ".join("oh" if c == "0" else WORDS[int(c)] for c in digits)
    else:
        text = " ".join(g if i % 2 else " ".join(WORDS[int(c)] for c in g) for i, g in enumerate(groups))
    return digits, text


@settings(max_examples=300, deadline=None)
@given(card=spoken_card(), lead=st.sampled_from(["The card number is", "It's", "Sure,", "Okay so"]))
def test_card_in_any_spelling_is_masked(card, lead):
    digits, spoken = card
    r = CallRedactor()
    r.redact("I'd like to pay by credit card.", 0, 1000)
    stored = r.redact(f"{lead} {spoken}.", 1000, 9000).text
    assert not leaks(digits, stored), (spoken, stored)
    assert "[PCI_PAN]" in stored


@settings(max_examples=200, deadline=None)
@given(card=spoken_card())
def test_luhn_valid_card_is_masked_even_without_context(card):
    digits, spoken = card
    stored = CallRedactor().redact(f"here you go {spoken} thanks", 0, 1000).text
    assert not leaks(digits, stored), (spoken, stored)
