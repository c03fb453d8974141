"""A number ASR wrote with a point and two decimals is a price ("it was 19.99 online"), except when a name
follows it: a house number said "two seventeen" comes out as "2.17" before its street."""

import pytest

from callwarden.redact.redactor import CallRedactor


def redacted(*turns: str) -> list[str]:
    r = CallRedactor()
    return [r.redact(text, 3000 * k, 3000 * k + 2000).text for k, text in enumerate(turns)]


@pytest.mark.parametrize("said, number", [
    ("It's 3.42, Birchwood, out past the school.", "3.42"),
    ("yeah it's 1.18 Kellerman, in Springfield", "1.18"),
    ("It's 6.05, Pine Hollow, over in Akron.", "6.05"),
])
def test_a_house_number_written_as_a_decimal_before_its_street_is_masked(said, number):
    [out] = redacted(said)
    assert number not in out and number.replace(".", "") not in out, out


@pytest.mark.parametrize("said, amount", [
    ("It came to 23.50 on the website.", "23.50"),
    ("They took 9.99, then another 9.99 the week after.", "9.99"),
    ("It was 14.75 Monday and 16.20 Tuesday.", "14.75"),
    ("The bill was 88.10, I think.", "88.10"),
])
def test_a_price_with_cents_is_kept(said, amount):
    [out] = redacted(said)
    assert amount in out, out
