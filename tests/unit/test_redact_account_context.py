"""A bank payment is not a card payment: "direct debit", "standing order" and the like open the account
context, so the account number read out next is a bank account (pii), not a card (pci)."""

from __future__ import annotations

from callwarden.redact.redactor import CallRedactor


def _entities(*turns: str) -> list[str]:
    r = CallRedactor()
    return sorted({x.entity for k, t in enumerate(turns) for x in r.redact(t, 1000 * k, 1000 * k + 900).records})


def test_a_direct_debit_reads_an_account_number_even_when_account_was_misheard():
    assert _entities("We'd like to pay you by direct debit.", "The one you need is 402 2881 73.") == ["bank_account"]
    assert _entities("Can I set up a standing order?", "Mine is 5512 0093.") == ["bank_account"]


def test_a_debit_card_is_still_a_card():
    assert _entities("I'll pay with my debit card.", "It's 4539 1488 0343 6467.") == ["pci_pan"]


def test_a_cvv_spelled_out_by_asr_opens_the_card_context():
    # found by the property test: "nine sixty five" after "is" was kept as a price
    assert _entities("The see vee vee is nine sixty five") == ["pci_cvv", "person"]
    r = CallRedactor()
    assert "twenty" not in r.redact("and the c v c, that's four twenty", 0, 900).text
