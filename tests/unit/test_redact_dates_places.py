"""Dates and addresses in the forms a held-out call set showed the redactor missing: hyphenated ordinal
days, years said in words, a month that is also a first name, possessive street names, an e-mail given
after "my address is"; and health cues as tiny.en wrote them. Written in other words than the calls."""

from __future__ import annotations

from callwarden.redact.redactor import CallRedactor


def _caller(*turns: str) -> list:
    r = CallRedactor()
    return [r.redact(t, 1000 * k, 1000 * k + 900) for k, t in enumerate(turns)]


def _types(red) -> list[str]:
    return [x.entity for x in red.records]


def test_hyphenated_day_and_a_month_that_is_a_name_are_one_birth_date():
    red = _caller("That was the twenty-ninth of April, nineteen eighty two.")[-1]
    assert "April" not in red.text and "twenty" not in red.text and "eighty" not in red.text
    assert _types(red) == ["dob"]


def test_a_year_said_in_words_decides_birth_date_or_appointment():
    assert _types(_caller("the 1st of July two thousand and four")[-1]) == ["dob"]
    assert "four" not in _caller("the 1st of July two thousand and four")[-1].text
    assert _types(_caller("the 1st of July two thousand and twenty six")[-1]) == ["date"]
    assert _types(_caller("on the 8th of March nineteen oh seven")[-1]) == ["dob"]


def test_a_possessive_street_name_is_masked_whole():
    red = _caller("You'll find us at 32 Saint Peter's Road.")[-1]
    assert "Peter" not in red.text and "Road" not in red.text
    assert "address" in _types(red)


def test_a_number_before_a_possessive_that_is_no_street_is_no_address():
    red = _caller("We bought 3 Jack's pies for the party.")[-1]
    assert "address" not in _types(red)


def test_an_email_given_after_my_address_is():
    # ASR heard the "at" and the "dot" as other words: only the cue and the written domain are left
    red = _caller("my address is at Dee Underscore Marsh of Fromthepost.net")[-1]
    assert "Dee" not in red.text and "Marsh" not in red.text and _types(red) == ["email"]
    street = _caller("My address is at 4 Kings Road.")[-1]
    assert _types(street) == ["address"]


def test_a_house_number_shaped_like_a_clock_time_after_an_address_cue():
    # "nine oh four" after "at" reads as 9:04; after "I live at" it is a house number
    red = _caller("We live at ten fifteen Alder Gardens, Bath.")[-1]
    assert "ten" not in red.text and "fifteen" not in red.text and "Alder" not in red.text
    assert "address" in _types(red)
    assert _caller("The surgery opens at ten fifteen.")[-1].text == "The surgery opens at ten fifteen."


def test_an_email_whose_at_asr_glued_or_lost_is_masked_as_written():
    """tiny.en's own transcripts of spoken probes (Piper, G.711): "my email is j dot smith at gmail dot
    com" came back as "Mymail is j.smithagmail.com" (the cue glued to "my", "at" glued to the name)."""
    assert _types(_caller("Mymail is j.smithagmail.com")[-1]) == ["email"]
    for said in ("It's dana.whitfield.co.uk, all lower case.", "you can try rbrennanhotmail.com",
                 "it's kline77.net"):
        red = _caller(said)[-1]
        assert _types(red) == ["email"] and "." not in red.text.split("[EMAIL]")[0][-3:], red.text
    # a bare site, a provider alone or a price are no one's address
    for kept in ("I ordered it on amazon.co.uk last week.", "Your site, riversideclinic.org, was down.",
                 "I paid 12.99 for it.", "It went up 3.5 percent."):
        assert _caller(kept)[-1].text == kept


def test_a_uk_postcode_missing_its_last_letter_is_an_address():
    """"post code S W one A, one A A" heard as "My post go to SW1A 1A." (cue damaged, letter lost)."""
    red = _caller("My post go to SW1A 1A.")[-1]
    assert _types(red) == ["address"] and "SW1A" not in red.text and "1A" not in red.text
    assert _types(_caller("It's LS6 2Q, near the park.")[-1]) == ["address"]


def test_health_cues_as_tiny_en_wrote_them():
    """tiny.en's own transcripts of spoken probes: a drug taken by someone else and what it is for, a
    clinician's guess, a therapy and what it treats, are masked whole whatever ASR made of the terms."""
    red = _caller("My daughter takes mental inundate for her attention problem.")[-1]
    assert _types(red) == ["phi"] and "inundate" not in red.text and "attention" not in red.text
    red = _caller("The doctor thinks it might be jingle.")[-1]
    assert _types(red) == ["phi"] and "jingle" not in red.text
    red = _caller("I'm having physical therapy for a porn rotator cuff.")[-1]
    assert _types(red) == ["phi"] and "therapy" not in red.text and "rotator" not in red.text
    # everyday objects of the same verbs, and a duration after a drug, are kept
    for kept in ("She takes the bus to work.", "He's on the phone.", "They're on their way."):
        assert _caller(kept)[-1].text == kept
    assert _caller("I've been taking zolpidem for two weeks.")[-1].text.endswith("for two weeks.")
