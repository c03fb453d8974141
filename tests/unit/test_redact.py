"""Redaction on the labelled dialogs, in the spellings Whisper really produces."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from callwarden.redact import finders
from callwarden.redact.leaks import leaks
from callwarden.redact.redactor import FAILED, CallRedactor
from callwarden.redact.spoken import luhn_ok, number_runs

DIALOGS = sorted((Path(__file__).resolve().parents[3] / "shared" / "data" / "dialogs" / "dev").glob("*.json"))
DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}


def digits_written(text: str) -> str:
    """'four one one one, one one one one' -> '4111, 1111' (how Whisper often writes it)."""
    return re.sub(r"\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ -]?)+\b",
                  lambda m: "".join(DIGIT[w] for w in re.findall(r"[a-z]+", m.group())) + " ", text).replace(" ,", ",")


def comma_grouped(text: str) -> str:
    """'4111 1111 1111 1111' -> '4,111,111,111,111,111' (Whisper's thousands separators)."""
    def group(m):
        d = re.sub(r"\D", "", m.group())
        head = len(d) % 3 or 3
        return ",".join([d[:head]] + [d[i:i + 3] for i in range(head, len(d), 3)])
    return re.sub(r"\d[\d ,]*\d", group, digits_written(text))


def damaged(text: str) -> str:
    """'four one one one ...' -> 'for 111 111 111 ...': homophones and a wrong digit count."""
    t = digits_written(text)
    return re.sub(r"\b4(\d{3})", r"for \1", t)


SPELLINGS = {"script": lambda t: t, "digits": digits_written, "commas": comma_grouped, "damaged": damaged}
CASES = [(p, name) for p in DIALOGS for name in SPELLINGS
         if any(s for t in json.loads(p.read_text())["turns"] for s in t.get("secrets", []))]


def play(dialog: dict, spell) -> tuple[list[str], list[str], CallRedactor]:
    r = CallRedactor()
    stored, entities = [], []
    for turn in dialog["turns"]:
        if "say" in turn:
            red = r.redact(spell(turn["say"]), 0, 1000)
            stored.append(red.text)
            entities += [rec.entity for rec in red.records]
        elif "dtmf" in turn:
            stored.append("".join(r.dtmf(d, 0)[0] for d in turn["dtmf"]))
    return stored, entities, r


@pytest.mark.skipif(not DIALOGS, reason="../shared/data/dialogs is not beside this checkout")
@pytest.mark.parametrize("path,spelling", CASES, ids=[f"{p.stem}-{s}" for p, s in CASES])
def test_no_secret_survives(path, spelling):
    dialog = json.loads(path.read_text())
    stored, entities, _ = play(dialog, SPELLINGS[spelling])
    everything = "\n".join(stored)
    for turn in dialog["turns"]:
        for secret in turn.get("secrets", []):
            assert not leaks(secret["text"], everything), (secret, stored)
            assert not leaks(SPELLINGS[spelling](secret["text"]), everything), (secret, stored)
    assert FAILED not in everything


@pytest.mark.skipif(not DIALOGS, reason="../shared/data/dialogs is not beside this checkout")
def test_turns_without_secrets_are_left_alone():
    for path in DIALOGS:
        dialog = json.loads(path.read_text())
        r = CallRedactor()
        for turn in dialog["turns"]:
            if "say" in turn:
                red = r.redact(turn["say"], 0, 1000)
                if not turn.get("secrets"):
                    assert red.text == turn["say"], (path.name, turn["say"], red.text)


def test_entities_are_typed():
    r = CallRedactor()
    assert r.redact("I'd like to pay by card.", 0, 1000).records == ()
    red = r.redact("It's 4111 1111 1111 1111 and it expires 11/28.", 1000, 5000)
    assert red.text == "It's [PCI_PAN] and it expires [PCI_EXPIRY]."
    red = r.redact("The security code is 659.", 5000, 6000)
    assert red.text == "The security code is [PCI_CVV]."
    red = r.redact("It's 4111 1111 1111 1111 and it expires 11/28.", 1000, 5000)
    rec = red.records[0]
    assert 1000 <= rec.t_start_ms < rec.t_end_ms <= 5000 and rec.rule == "payment_context"
    assert "value" not in rec.to_dict() and "4111" not in json.dumps(rec.to_dict())


def test_card_number_outside_payment_context_by_luhn_and_length():
    r = CallRedactor()
    assert r.redact("number 4111111111111111 please", 0, 100).records[0].rule == "luhn"
    assert r.redact("number 4111111111111112 please", 0, 100).records[0].rule == "pan_length"
    assert r.redact("order 472918 please", 0, 100).text == "order 472918 please"


def test_payment_context_masks_short_runs_and_expires():
    r = CallRedactor()
    r.redact("I want to pay my bill with my credit card.", 0, 100)
    # Whatever its length: even "four" is masked while the caller reads out a card.
    assert r.redact("The first four are for one one one.", 0, 100).text == "The first [PCI_PAN] are [PCI_PAN]."
    for _ in range(3):
        r.redact("Okay.", 0, 100)
    assert r.redact("My order is 472918.", 0, 100).text == "My order is 472918."   # the context closed


def test_agent_question_opens_a_context_for_dtmf():
    r = CallRedactor()
    digit, record = r.dtmf("1", 0)        # a lone key could start a PIN: masked, but raises no flag
    assert digit == "*" and record.entity == "dtmf"
    r.note_agent_text("Please key in your PIN followed by hash.")
    digit, record = r.dtmf("7", 10)
    assert digit == "*" and record.entity == "pin"


def test_email_phone_address_ssn_phi():
    r = CallRedactor()
    assert r.redact("you can write to jane.miller@example.com", 0, 1).text == "you can write to [EMAIL]"
    assert r.redact("My email is jane dot miller at example dot com.", 0, 1).text == "My email is [EMAIL]."
    assert r.redact("call me back at 555-213-8840 please", 0, 1).text == "call me back at [PHONE] please"
    assert r.redact("I live at 42 Elm Street now", 0, 1).text == "I live at [ADDRESS] now"
    assert r.redact("it is 631-75-1488", 0, 1).text == "it is [SSN]"
    assert r.redact("I take metformin for my type two diabetes", 0, 1).text == "I take [PHI]"
    assert r.redact("I'm at the office", 0, 1).text == "I'm at the office"


def test_fails_closed(monkeypatch):
    def broken(*_):
        raise RuntimeError("finder bug")
    monkeypatch.setattr(finders, "find_spans", broken)
    red = CallRedactor().redact("My card is 4111 1111 1111 1111", 0, 100)
    assert red.failed and red.text == FAILED and red.records[0].rule == "redaction_failed"


def test_spoken_number_assembly():
    def digits(text):
        return [r.digits for r in number_runs(text)]
    assert digits("four one one one, one one one one") == ["41111111"]
    assert digits("4,111,111,111,111,111") == ["4111111111111111"]
    assert digits("for 111 111") == ["4111111"]
    assert digits("I called for help") == []
    assert digits("double five, triple two") == ["55222"]
    assert digits("forty-one eleven") == ["4111"]
    assert digits("eleven twenty eight") == ["1128"]
    assert digits("four oh one two") == ["4012"]
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


def test_leak_checker_sees_every_spelling():
    secret = "four one one one, one one one one, one one one one, one one one one"
    for stored in ["4111 1111 1111 1111", "4,111,111,111,111,111", "for 111 111 111", "card 4-1-1-1"]:
        assert leaks(secret, stored), stored
    assert not leaks(secret, "the card number is [PCI_PAN]")
    assert leaks("jane dot miller at example dot com", "it is Jane dot Miller at example dot com")
    assert not leaks("jane dot miller at example dot com", "it is [EMAIL]")


def test_dtmf_takes_the_latest_context():
    r = CallRedactor()
    r.redact("I'd like to pay my bill by card.", 0, 1)
    assert r.dtmf("4", 0)[1].entity == "pci_pan"
    r.redact("Okay, I'll type my PIN now.", 0, 1)
    assert r.dtmf("2", 0)[1].entity == "pin"


def test_pin_context_survives_asr_damage():
    for heard in ["Okay, I'll cut my p. I am now", "Okay, I'll type my p in now.", "I need to verify my identity."]:
        r = CallRedactor()
        r.redact(heard, 0, 1)
        assert r.dtmf("2", 0)[1].entity == "pin", heard


def test_names_under_someone_elses_name_beside_a_spelling_and_after_a_card_question():
    r = CallRedactor()
    assert r.redact("It's booked under my husband's name, Anselm Kowalczyk.", 0, 1).text == \
        "It's booked under my husband's name, [NAME]."
    assert r.redact("Just put me down as Rahel, R A H E L, Tesfaye please.", 0, 1).text == \
        "Just put me down as [NAME], [NAME], [NAME] please."
    r.note_agent_text("And the cardholder's name?")
    assert r.redact("Ines Carvalho.", 0, 1).text == "[NAME]."
    # a spelled abbreviation next to ordinary words names nobody
    assert CallRedactor().redact("The app says E R R, then it closes.", 0, 1).text.startswith("The app says")


def test_postcodes_lose_their_letters_too():
    r = CallRedactor()
    for text in ["Deliver it to B15 3TN.", "It's N1 9GU by the station.", "My code is H3Z 2Y7."]:
        out = r.redact(text, 0, 1).text
        assert "[ADDRESS]" in out and not re.search(r"\b[A-Z]{1,2}\d|\d[A-Z]{2}\b", out), out


@pytest.mark.parametrize("text,expected", [
    ("Morning, Ottilie Brandt here, about my order.", "Morning, [NAME] here, about my order."),
    ("my names oskar lindqvist", "my names [NAME]"),
    ("You've got Mrs Achterberg on the phone.", "You've got [NAME] on the phone."),
    ("Our address is Rose Cottage, Mill Road, Upper Slaughter.", "Our address is [ADDRESS]."),
    ("We moved to 14 Allée Jean-Jaurès in June.", "We moved to [ADDRESS] in June."),
    ("try orders at little green grocer dot shop", "try [EMAIL]"),
    ("She's getting her tonsils removed on Friday.", "She's getting her [PHI] on Friday."),
])
def test_identity_address_email_and_health_in_other_forms(text, expected):
    assert CallRedactor().redact(text, 0, 1).text == expected


def test_an_address_cue_without_an_address_masks_nothing():
    assert CallRedactor().redact("My address is the same as before.", 0, 1).text == "My address is the same as before."


@pytest.mark.parametrize("text,secret", [
    ("My licence number is HARRI 804127 JK4LM.", ["HARRI", "804127", "JK4LM"]),
    ("The NI number is A B 9 8 7 6 5 4 D.", ["9 8 7", "A B", " D."]),
    ("Member ID 7HT2-QX9-PL55 on the card.", ["7HT2", "QX9", "PL55"]),
    ("IBAN DE44 5001 0517 5407 3249 31", ["DE44", "5001", "3249"]),
    ("My date of birth is the thirty-first of the twelfth, ninety-one.", ["first", "twelfth", "ninety"]),
])
def test_identifiers_of_letters_and_digits_and_dates_in_ordinals(text, secret):
    out = CallRedactor().redact(text, 0, 1).text
    assert not [s for s in secret if s in out], out


def test_letters_and_digits_that_are_units_times_and_sizes_stay():
    text = "The 21st at 4pm, a 500ml bottle, a 1080p screen and 64GB."
    assert CallRedactor().redact(text, 0, 1).text == text


@pytest.mark.parametrize("text,secret", [
    ("my account number? it's, hang on, nought four, seven seven, one two, nine nine", ["nought"]),
    ("the verification code is alpha bravo seven niner", ["alpha", "bravo", "niner"]),
    ("Postcode is sierra whiskey one alpha, one alpha alpha.", ["sierra", "whiskey", "alpha"]),
])
def test_british_zeros_and_the_radio_alphabet(text, secret):
    out = CallRedactor().redact(text, 0, 1).text
    assert not [s for s in secret if s in out.lower()], out


def test_radio_words_in_ordinary_talk_stay():
    for text in ["My golf club membership is due.", "I'm in the hotel lobby now.", "The echo dot stopped working."]:
        assert CallRedactor().redact(text, 0, 1).text == text


@pytest.mark.parametrize("text,secret", [
    ("I take co-codamol for my back.", "codamol"), ("I've been signed off with stress.", "stress"),
    ("He had a cardiac arrest last spring.", "cardiac"), ("I'm 28 weeks along now.", "weeks along"),
    ("I'm waiting on my smear results.", "smear"), ("They referred me to a neurologist.", "neurologist"),
    ("I'm on the list for a knee op.", "knee op"), ("She gets panic attacks in queues.", "panic"),
])
def test_health_details_in_everyday_words(text, secret):
    out = CallRedactor().redact(text, 0, 1).text
    assert secret not in out and "[PHI]" in out, out


def test_everyday_words_near_health_ones_stay():
    for text in ["My car had a breakdown on the motorway.", "I'm taking a follow-up call at two.",
                 "The photo op went well."]:
        out = CallRedactor().redact(text, 0, 1).text
        assert "[PHI]" not in out, out


@pytest.mark.parametrize("text,secret", [
    ("The physio thinks it's a trapped nerve in my neck.", ["trapped nerve"]),
    ("She's had her gall bladder taken out.", ["gall", "bladder"]),
    ("Bloods came back and I've got raised potassium.", ["potassium"]),
    ("My white cell count was very low last week.", ["white cell"]),
    ("He has a shellfish allergy, keep it off the menu.", ["shellfish"]),
    ("I'm lactose intolerant.", ["lactose"]),
    ("my brother's on crutches since the head injury", ["crutches", "head injury"]),
    ("Her mental health has been bad since the divorce.", ["mental health"]),
    ("They found lumps on his neck.", ["lumps"]),
    ("She's three years sober now.", ["sober"]),
    ("I've an overactive bladder.", ["overactive"]),
])
def test_conditions_said_as_a_part_a_result_or_a_qualifier(text, secret):
    out = CallRedactor().redact(text, 0, 1).text
    assert not [s for s in secret if s in out.lower()] and "[PHI]" in out, out


def test_the_same_words_about_things_stay():
    for text in ["The gutter is blocked and the downpipe is leaking.", "Have you got the low sugar cordial?",
                 "I had my passport out on the desk.", "The router has a weak signal in the loft.",
                 "The high iron cereal is out of stock.", "I'm seeing a customer at noon."]:
        out = CallRedactor().redact(text, 0, 1).text
        assert "[PHI]" not in out, out


@pytest.mark.parametrize("text,secret", [
    ("i'm on lisa no pril for it", ["lisa no pril"]),            # ASR split a drug into words it knows
    ("she takes sertra lean every night", ["sertra"]),
    ("My mother suffers from her nerves.", ["nerves"]),
    ("he's had kidney trouble since the op", ["kidney trouble"]),
    ("Her blood sugar keeps dropping at night.", ["sugar keeps dropping"]),
    ("He had a gastric bypass in 2019.", ["gastric", "bypass"]),
    ("My grandson is on the autism spectrum.", ["spectrum"]),
    ("She's got an insulin pump now.", ["pump"]),
])
def test_health_split_by_asr_or_said_around_the_term(text, secret):
    out = CallRedactor().redact(text, 0, 1).text
    assert not [s for s in secret if s in out.lower()], out


def test_words_that_join_into_nothing_medical_stay():
    for text in ["We met forty people at the fair.", "The bypass road was closed, so I'm late.",
                 "Can you pump up the volume on the hold music?", "My memory of the call is vague."]:
        out = CallRedactor().redact(text, 0, 1).text
        assert "[PHI]" not in out, out
