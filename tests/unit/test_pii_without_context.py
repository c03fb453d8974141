"""Personal data whose context word ASR lost: a ZIP heard as "This is 45409", "date of birth" garbled
before a date with an old year. Masked either way; these raise the pii flag a context would have."""

from callwarden import events as ev
from callwarden.detect.detectors import SensitiveDataDetector
from callwarden.events import CallClock
from callwarden.redact.redactor import CallRedactor

CLOCK = CallClock("call-pii")


def _final(redactor: CallRedactor, text: str) -> ev.CallEvent:
    red = redactor.redact(text, 1000, 2000)
    return CLOCK.event(ev.UTTERANCE_FINAL, "caller", {"text": red.text, "t_start_ms": 1000, "t_end_ms": 2000,
                                                      "confidence": 0.8, "redactions": [x.to_dict() for x in red.records]})


def _flags(*turns: str) -> list[tuple[str, str]]:
    r, d = CallRedactor(), SensitiveDataDetector()
    return [(f.body["type"], f.body["evidence"]["text"]) for t in turns for f in d.feed(_final(r, t), 3000)]


def test_a_long_number_nothing_names_is_masked_and_flags_pii():
    assert _flags("I need to update my mail in the draft.", "This is four five four zero nine.") == \
        [("pii", "This is [NUMBER].")]
    assert _flags("The one I have is 7730218.") == [("pii", "The one I have is [NUMBER].")]


def test_short_or_harmless_numbers_raise_nothing():
    assert _flags("It's on the 3rd floor, flat 12.") == []
    assert _flags("I paid $1,299 for it and ordered 3 more boxes.") == []
    assert _flags("My order number is 448190.") == []


def test_a_date_with_a_year_long_past_is_a_birth_date():
    r = CallRedactor()
    red = r.redact("Sure, it's the 4th of July 1982.", 0, 1000)
    assert red.text == "Sure, it's [DOB]." and [x.entity for x in red.records] == ["dob"]
    assert _flags("Sure, it's the 4th of July 1982.") == [("pii", "Sure, it's [DOB].")]
    # this year's or next year's date is an appointment: masked, no flag
    soon = CallRedactor().redact("Can you come on the 4th of July 2027?", 0, 1000)
    assert soon.text == "Can you come on [DATE]?" and _flags("Can you come on the 4th of July 2027?") == []
