"""The redactor as a per-call stream: numbers fail closed across fillers and turns, harmless
numbers are kept, and the other kinds (dates, e-mail, addresses, names, health) are masked.
Phrasings here are this file's own; the independent suite is tests/redaction_suite/."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from callwarden.redact.leaks import leaks
from callwarden.redact.redactor import CallRedactor, RedactRules


def stream(*turns: str, agent: dict[int, str] | None = None, rules: RedactRules | None = None) -> list[str]:
    r = CallRedactor(rules)
    out = []
    for i, t in enumerate(turns):
        if agent and i in agent:
            r.note_agent_text(agent[i])
        out.append(r.redact(t, 0, 1000).text)
    return out


@pytest.mark.parametrize("said,secret", [
    ("it's five four one two um three three eight eight", "5412 3388"),
    ("seven seven one two and then four four nine nine", "7712 4499"),
    ("sixty two eighteen forty four", "6218 44"),
    ("four oh double seven triple two", "4077 222"),
    ("three two won won", "3211"),
    ("the code is ate six too", "862"),
    ("hmm, nine, let me see, one, four, four", "9144"),
])
def test_digits_said_any_way_are_masked_without_a_context(said, secret):
    stored, = stream(said)
    assert not leaks(secret, stored), stored


def test_a_number_split_over_turns_is_masked_in_each_part_and_keeps_its_kind():
    r = CallRedactor()
    r.note_agent_text("Can I take the long number on the front of your card?")
    parts = ["hang on, let me grab it", "okay it's five five five five", "five five five five",
             "uh four four four four", "and the last bit is four four four four"]
    stored = [r.redact(p, 0, 1).text for p in parts]
    assert all(not leaks("5555", s) and not leaks("4444", s) for s in stored), stored
    # the context outlived the turn spent fetching the card
    assert stored[1:] == ["okay it's [PCI_PAN]", "[PCI_PAN]", "uh [PCI_PAN]", "and the last bit is [PCI_PAN]"]


def test_without_any_context_a_continued_number_inherits_its_kind():
    stored = stream("my social is", "six three one", "seven five", "one four eight eight")
    assert stored[1:] == ["[SSN]", "[SSN]", "[SSN]"], stored


@pytest.mark.parametrize("said", [
    "I've called three times this week", "I have two cards with you", "it was $1,299 on the invoice",
    "the total came to forty nine ninety nine", "I ordered 3 more boxes", "we're a party of six",
    "can you call me at half past two", "any time after 5 pm", "it's about twelve miles from here",
    "I've been with you since 2015", "which one do I press", "give me one second", "twenty percent off",
    "I paid two hundred and fifty dollars", "my order number is 55231", "the tracking number is 1Z 999 AA1",
    "it's on the 5th floor", "I picked option 3", "can you call me back at three",
])
def test_harmless_numbers_are_kept(said):
    stored, = stream(said)
    assert stored == said


def test_a_count_is_not_safe_once_a_card_is_being_read():
    stored = stream("I want to pay by card", "it's four two", "two cards")
    assert stored[1] == "it's [PCI_PAN]"
    assert stored[2] == "two cards"      # a count of things stays one


@pytest.mark.parametrize("said,gone", [
    ("I was born on the fourth of March nineteen seventy", "fourth of march"),
    ("my day to birth is June 9th, 1984", "june 9th"),
    ("I called them on April 2nd", "april 2nd"),
])
def test_dates_with_a_day_and_a_month_are_masked(said, gone):
    stored, = stream(said)
    assert gone not in stored.lower() and not leaks("1970", stored) and not leaks("1984", stored), stored


@pytest.mark.parametrize("said,gone", [
    ("sure it's tomasz dot w at proton dot me", "tomasz"),
    ("my email is rgonzalez at yahoo dot com", "rgonzalez"),
    ("it's kellyat hotmail dot co dot uk", "kelly"),
    ("k e v at example dot museum", "k e v"),
    ("send it to ana_lopez@firm.xyz please", "ana_lopez"),
])
def test_email_addresses_however_asr_writes_them(said, gone):
    stored, = stream(said)
    assert gone not in stored.lower() and "[EMAIL]" in stored, stored


def test_addresses_names_and_health_phrases():
    assert stream("I live at 2210 Cedar Hollow")[0] == "I live at [ADDRESS]"
    assert stream("it's 88 Whitmore, near the park")[0] == "it's [ADDRESS], near the park"
    assert stream("ship it to 17 Quarry Road, apartment 4")[0] == "ship it to [ADDRESS]"
    assert stream("the zip is nine four one one oh")[0] == "the zip is [ADDRESS]"
    assert stream("Hi, my name is Oluwaseun Adeyemi and I need help")[0] == "Hi, my name is [NAME] and I need help"
    assert stream("Morning, this is Carla Ruiz speaking")[0] == "Morning, this is [NAME] speaking"
    asked = stream("It's Bartholomew Quinn.", agent={0: "May I have your full name please?"})
    assert asked == ["It's [NAME]."]
    assert stream("This is ridiculous, I've waited an hour")[0] == "This is ridiculous, I've waited an hour"
    assert stream("I'm on Xarelto since my stroke")[0] == "I'm on [PHI] since my [PHI]"
    assert stream("they diagnosed me with, uh, diagnosed with sarcoidosis")[0].endswith("[PHI]")
    assert "lisinipril" not in stream("my lisinipril prescription ran out")[0]
    assert stream("my wife had breast cancer")[0] == "my wife had [PHI]"
    assert stream("I'm on hold again")[0] == "I'm on hold again"


def test_site_rules_keep_formats_and_add_terms():
    rules = RedactRules.from_config([r"\bRMA ?\d{6}\b"], ["Zentrivex"])
    assert stream("the return is RMA 448210", rules=rules)[0] == "the return is RMA 448210"
    assert stream("the return is RMA 448210")[0] == "the return is RMA [NUMBER]"
    assert stream("I take zentrivacks daily", rules=rules)[0] == "I take [PHI] daily"


def test_partial_previews_mask_what_the_final_would():
    r = CallRedactor()
    shown = r.preview("so it's four four one two seven", 0, 1000)
    assert "4412" not in shown.text and "four four" not in shown.text


def test_every_keyed_digit_is_masked():
    r = CallRedactor()
    assert [r.dtmf(d, 0)[0] for d in "2468"] == ["*"] * 4


def test_the_key_a_menu_offered_is_kept_and_nothing_after_it():
    r = CallRedactor()
    r.note_agent_text("To pay a bill press two, to report a fault press three.")
    assert [r.dtmf(d, 0)[0] for d in "3417"] == ["3", "*", "*", "*"]
    r.note_agent_text("Press one to hear that again.")
    assert r.dtmf("5", 9000)[0] == "*"          # not one the menu offered


def test_a_menu_key_is_masked_once_a_number_is_asked_for_or_the_caller_spoke():
    r = CallRedactor()
    r.note_agent_text("Press 1 for sales, or key in your account PIN.")
    assert r.dtmf("1", 0)[0] == "*"
    r = CallRedactor()
    r.note_agent_text("For sales, press 1.")
    r.redact("Hang on, I'll find it.", 0, 1000)
    assert r.dtmf("1", 2000)[0] == "*"


def test_a_year_looking_back_stays_while_a_code_is_expected_and_a_birth_year_does_not():
    r = CallRedactor()
    r.note_agent_text("What's the three-digit code on the back of the card?")
    assert "[" in r.redact("Four four one.", 0, 1000).text
    assert r.redact("I joined back in 2011 actually.", 2000, 3000).text == "I joined back in 2011 actually."
    r = CallRedactor()
    r.note_agent_text("Can I take your date of birth?")
    assert "1985" not in r.redact("I was born back in 1985, March.", 0, 1000).text


def run_cli(lines: list[str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "callwarden.cli", "redact", *args], input="\n".join(lines),
                          capture_output=True, text=True, timeout=120)


def test_cli_redacts_with_the_live_stream_state():
    lines = [json.dumps(x) for x in [
        {"call": "a", "speaker": "agent", "text": "What is your date of birth?"},
        {"call": "b", "speaker": "caller", "text": "I have two kids"},
        {"call": "a", "speaker": "caller", "text": "it's the third of May"},
        {"call": "a", "dtmf": "12#"},
    ]]
    proc = run_cli(lines)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert out[1]["text"] == "I have two kids" and out[1]["entities"] == []
    assert out[2]["text"] == "it's [DOB]"
    assert out[2]["entities"] == [{"type": "dob", "start": 5, "end": 10, "flag": "pii"}]
    assert out[3]["dtmf"] == "**#" and [e["type"] for e in out[3]["entities"]] == ["dob", "dob"]


@pytest.mark.parametrize("bad,where", [
    ('{"call": "a", "speaker": "caller", "text": "ok"}\n{"call": "a", "text": "no speaker"}', "line 2"),
    ('{"call": "a", "speaker": "caller", "text": "ok"}\n\n{oops', "line 3"),
    ('{"call": "a", "dtmf": "12x"}', "line 1"),
])
def test_cli_malformed_input_exits_2_naming_the_line_and_writes_nothing(bad, where):
    proc = run_cli([bad])
    assert proc.returncode == 2 and where in proc.stderr and proc.stdout == "", (proc.stderr, proc.stdout)


def test_an_order_number_said_earlier_makes_no_later_number_safe():
    stored = stream("I'm looking at order #772301 right now.", "SS number four one seven", "uh twenty two, ninety")
    assert stored[0] == "I'm looking at order #772301 right now."
    assert stored[1] == "SS number [SSN]" and stored[2] == "uh [SSN]", stored
    asked = stream("it's 448 1902", "and 5521", agent={0: "What's the order number?"})
    assert asked == ["it's 448 1902", "and [NUMBER]"], asked


def test_a_fresh_context_guards_numbers_an_old_one_only_names_them():
    stored = stream("my PIN is four four one two", "okay", "I'm on the 3rd floor, room 12",
                    "I've had the account since 2011")
    assert stored[0] == "my PIN is [PIN]"
    assert stored[2:] == ["I'm on the 3rd floor, room 12", "I've had the account since 2011"], stored


@pytest.mark.parametrize("said,gone", [
    ("The account is under Marisol Fenwick.", "fenwick"),
    ("the name on the card is Ravi K. Subramanian", "subramanian"),
    ("I'm calling for my father, Anselm Okafor, he's right here.", "okafor"),
    ("Surname's Gallagher-Wu, G A L L A G H E R", "gallagher"),
    ("that's spelled W I double L O U G H B Y", "w i"),
])
def test_names_in_other_identity_phrasings_and_spelled_out(said, gone):
    stored, = stream(said)
    assert gone not in stored.lower() and ("[NAME]" in stored), stored


def test_an_email_read_then_restated_letter_by_letter_is_masked_whole():
    stored, = stream("send it to quill seven seven, that's Q U I L L seven seven, at hey dot com")
    assert "quill" not in stored.lower() and "Q U I" not in stored and stored.endswith("[EMAIL]"), stored
    assert stream("you can mail me at D-O-V-E at north dash star dot net")[0] == "you can mail me at [EMAIL]"


@pytest.mark.parametrize("said,gone", [
    ("I'm on warfarin for atrial fibrolation", "fibrolation"),     # two edits from the term
    ("they found a trial fibrillation", "fibrillation"),
    ("I had a colonoscopy last month", "colonoscopy"),
    ("my hysterectomy is on Friday", "hysterectomy"),
    ("My email is Kate Dot Wilder at fast mail dot com.", "wilder"),
])
def test_health_words_and_addresses_asr_wrote_oddly(said, gone):
    stored, = stream(said)
    assert gone not in stored.lower(), stored


def test_a_spoken_time_is_not_an_email_domain():
    assert stream("the appointment is at 6 a.m. sharp")[0] == "the appointment is at 6 a.m. sharp"


def test_a_card_keyed_without_any_context_is_named_a_card_at_its_last_key():
    r = CallRedactor()
    records = [r.dtmf(d, 100 * i)[1] for i, d in enumerate("4539148803436467")]
    assert [x.entity for x in records[:12]] == ["dtmf"] * 12 and records[-1].entity == "pci_pan"
    later = [r.dtmf(d, 60_000 + 100 * i)[1].entity for i, d in enumerate("8306")]
    assert later == ["dtmf"] * 4      # a new run after a pause, too short to be anything named


def test_an_order_cue_in_an_earlier_turn_keeps_no_address():
    stored = stream("I'm calling about a part I ordered.", "Please deliver it to 561 Juniper Lane. The code 83702")
    assert stored[1] == "Please deliver it [ADDRESS]. The code [ADDRESS]", stored
    assert stream("it's 3 rooms on the 3rd floor, 482 square feet")[0] == "it's 3 rooms on the 3rd floor, 482 square feet"


def test_keys_that_are_not_digits_are_stored_as_keyed():
    r = CallRedactor()
    assert [r.dtmf(k, 0)[0] for k in "12#*A"] == ["*", "*", "#", "*", "A"]
    assert r.dtmf("#", 0)[1] is None


def test_a_name_said_twice_in_one_turn_is_masked_both_times_with_its_surname():
    r = CallRedactor()
    r.note_agent_text("Can I take your name please?")
    out = r.redact("Yes it's Aoife, Aoife O'Sullivan-Byrne.", 0, 1000).text
    assert "Aoife" not in out and "Sullivan" not in out, out


def test_a_date_with_the_month_as_a_numbered_ordinal_is_masked_and_a_count_is_not():
    out = CallRedactor().redact("It was delivered on the 9th of the 4th, but 2 of the 3 boxes were empty.", 0, 1).text
    assert "9th" not in out and "4th" not in out and "2 of the 3 boxes" in out, out


def test_letters_spelled_as_words_beside_a_postcode_are_part_of_it():
    r = CallRedactor()
    r.note_agent_text("And the postcode there?")
    out = r.redact("ess ee one, four tee zed", 0, 1000).text
    assert not {"ess", "tee", "zed"} & set(out.lower().replace(",", " ").split()), out


def test_a_context_waits_while_the_caller_fetches_the_card():
    r = CallRedactor()
    r.note_agent_text("What's the long number on the front of the card?")
    for filler in ["Bear with me, it's in the car.", "Sorry, the kettle.", "Right, got it.", "Erm, okay.",
                   "Nearly there.", "Yes, here we go."]:
        assert r.redact(filler, 0, 1).records == ()
    assert {rec.entity for rec in r.redact("five one nine two, three three", 0, 1).records} == {"pci_pan"}


def test_fetching_talk_keeps_a_context_open_only_so_long():
    r = CallRedactor()
    r.note_agent_text("What's the long number on the front of the card?")
    for _ in range(20):
        r.redact("Hang on.", 0, 1)
    assert "pci_pan" not in {rec.entity for rec in r.redact("seven one two two", 0, 1).records}
