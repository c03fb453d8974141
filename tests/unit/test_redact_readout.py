"""A number read out in pieces, a birth year said a turn late and keyed entries raise the flag of
what they make together (redact/readout.py), though no piece alone names anything."""

from __future__ import annotations

from callwarden.redact.flags import flag_of
from callwarden.redact.redactor import ENTRY_PAUSE_MS, CallRedactor


def _flags(turns: list[str], keys: str = "", agent_first: str = "") -> set[str]:
    """The flags the call's masks raise; agent lines start with 'A:'."""
    r = CallRedactor()
    if agent_first:
        r.note_agent_text(agent_first)
    found = set()
    for t in turns:
        if t.startswith("A:"):
            r.note_agent_text(t[2:])
            continue
        red = r.redact(t, 0, 0)
        assert not any(ch.isdigit() for ch in red.text), red.text
        found |= {x for rec in red.records if (x := flag_of(rec.entity, rec.rule))}
    for i, k in enumerate(keys):
        _, rec = r.dtmf(k, 1000 * i)
        if rec and (x := flag_of(rec.entity, rec.rule)):
            found.add(x)
    if keys and (rec := r.entry_ended()) and (x := flag_of(rec.entity, rec.rule)):
        found.add(x)
    return found


def test_a_card_read_in_short_pieces_over_turns_raises_pci():
    # 4539 1488 0343 6467 passes Luhn; each piece is too short to name alone (pii is raised on the way,
    # once eight digits are out and nothing says a card is coming)
    assert "pci" in _flags(["ok so four five three nine, hang on", "one four eight eight", "A:Mm-hm.",
                            "oh three four three, and", "six four six seven"])
    assert _flags(["ok so four five three nine, hang on", "one four eight eight"]) == {"pii"}


def test_pieces_in_one_turn_with_words_between_them_are_one_number():
    assert _flags(["it's 4539, sorry, 1488 let me see 0343 6467"]) == {"pci"}


def test_a_long_number_in_pieces_that_is_no_card_raises_pii():
    assert _flags(["my one is three one seven", "then two two nine eight"]) == {"pii"}


def test_short_numbers_far_apart_stay_unflagged():
    # two three-digit numbers with a whole sentence between them are no one number
    assert _flags(["we looked at 317, the one near the station with the blue door, and then 229"]) == set()


def test_a_birth_year_said_at_the_start_of_the_next_turn_makes_the_date_a_birth_date():
    assert _flags(["yes it's the ninth of October,", "1979."]) == {"pii"}
    assert _flags(["the engineer comes on the ninth of October,", "2027 I hope."]) == set()


def test_keys_the_agent_asked_for_by_naming_a_number_are_personal_data():
    assert _flags([], keys="4821", agent_first="Can you give me the code from the letter we sent?") == {"pii"}
    # an order number keyed is the business's own; an entry nobody named is personal data once it ends
    # (a card would have passed Luhn by then), three keys a choice or an extension
    assert _flags([], keys="4821", agent_first="What's your order number?") == set()
    assert _flags([], keys="4821") == {"pii"}
    assert _flags([], keys="482") == set()
    assert _flags(["hang on, I'll tap in the code off my letter"], keys="4821") == {"pii"}
    assert _flags(["hang on, I'll tap in the code off my letter", "A:Okay, go ahead."], keys="4821") == {"pii"}
    assert _flags(["I'll tap in my order number"], keys="4821") == set()
    # keying announced without naming what: the keys are a PIN's kind of secret
    assert _flags(["okay hang on I'll key them in now"], keys="4821") == {"pii"}
    assert _flags(["right, doing it on the dial pad"], keys="4821") == {"pii"}


def test_an_entry_ended_by_hash_is_personal_data_and_a_card_keyed_after_a_menu_is_a_card():
    assert _flags([], keys="482137#") == {"pii"}
    assert _flags([], keys="4821#") == {"pii"}
    assert _flags([], keys="482#") == set()         # three keys: an extension, a choice
    assert _flags([], keys="4539148803436467#") == {"pci"}
    assert _flags([], keys="24539148803436467", agent_first="For sales press 1, for billing press 2.") == {"pci"}


def test_an_account_named_by_its_kind_or_its_ending_raises_pii():
    assert _flags(["it's the joint account, the one that ends four four one nine"]) == {"pii"}
    assert _flags(["the account ending in two seven seven one"]) == {"pii"}


def test_a_house_number_before_a_street_is_an_address_though_a_card_was_named():
    assert _flags(["A:Which address should the new card go to?", "4471 Larchmont Avenue please"]) == {"pii"}


def test_a_security_code_named_with_b_for_v_is_a_card_code():
    assert _flags(["and the CBB is 318"]) == {"pci"}


def test_keys_nothing_named_are_personal_data_once_they_pause_and_a_card_keyed_is_only_a_card():
    r = CallRedactor()
    r.note_agent_text("Thanks, go ahead whenever you're ready.")
    for i, k in enumerate("4821"):
        r.dtmf(k, 1000 + 250 * i)
    assert r.entry_ended(1800) is None                       # keys still coming: may yet be a card
    ended = r.entry_ended(1750 + ENTRY_PAUSE_MS)
    assert ended and flag_of(ended.entity, ended.rule) == "pii"
    assert r.entry_ended(9000) is None                       # raised once
    # a card keyed at a keypad's pace with no prompt: pci at its last key and no pii beside it
    r = CallRedactor()
    rules = [rec.rule for i, k in enumerate("4539148803436467") if (rec := r.dtmf(k, 250 * i)[1])]
    assert rules[-1] == "dtmf_luhn" and r.entry_ended(60_000) is None
    # "I'll tap in my order number": the keys are the business's own number
    r = CallRedactor()
    r.redact("I'll tap in my order number", 0, 1000)
    for i, k in enumerate("552318"):
        r.dtmf(k, 2000 + 250 * i)
    assert r.entry_ended(60_000) is None
