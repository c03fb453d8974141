"""Secrets said in pieces over several caller turns (redact/pieces.py). Phrasings are this file's own."""

from __future__ import annotations

import pytest

from tests.helpers import redact_turns

play = redact_turns


@pytest.mark.parametrize("turns,secrets", [
    ([("agent", "Which email should we use?"), ("caller", "ok so it's ravi"), ("caller", "underscore menon at"),
      ("caller", "posteo dot de")], ["ravi", "menon", "posteo"]),
    ([("agent", "How do you spell the surname?"), ("caller", "D."), ("caller", "U, B, O, I."), ("caller", "S, E.")],
     ["D", "U", "B", "O", "I", "S", "E"]),
    ([("agent", "What's your address?"), ("caller", "Sixty one"), ("caller", "Larchmere Gardens")],
     ["Larchmere"]),
    ([("caller", "the booking is under my name which is teodora"), ("caller", "teodora vasquez")],
     ["teodora", "vasquez"]),
    ([("agent", "Can you confirm your date of birth?"), ("caller", "It's October."), ("caller", "The ninth."),
      ("caller", "Nineteen seventy.")], ["October", "ninth", "Nineteen"]),
])
def test_a_secret_said_over_several_turns_is_masked_in_each(turns, secrets):
    out = " | ".join(play(turns))
    words = out.replace(",", " ").replace(".", " ").replace("|", " ").split()
    assert not [s for s in secrets if s in words], out


def test_the_turn_after_a_finished_piece_is_left_alone():
    out = play([("agent", "Which email should we use?"), ("caller", "it's li dot wen at mailbox dot org"),
                ("agent", "Thanks."), ("caller", "The engineer said he would come tomorrow."),
                ("agent", "And your address?"), ("caller", "Fourteen"), ("caller", "Birch Avenue"),
                ("caller", "The parcel was left outside.")])
    assert out[1] == "The engineer said he would come tomorrow." and out[-1] == "The parcel was left outside.", out


def test_a_zip_code_is_not_followed_by_a_street():
    out = play([("agent", "And the billing zip code?"), ("caller", "Six oh six one one."),
                ("caller", "My plan is 45 dollars a month.")])
    assert out[-1] == "My plan is 45 dollars a month.", out


def test_a_full_stop_is_not_an_address_mark():
    out = play([("caller", "My new email address is lena dot fox at quill dot io"), ("caller", "Perfect. Cheers!")])
    assert out[-1] == "Perfect. Cheers!", out


def test_the_agent_saying_email_without_asking_opens_no_piece():
    out = play([("agent", "I've updated the email on your account."), ("caller", "Brilliant, thanks")])
    assert out[-1] == "Brilliant, thanks", out


@pytest.mark.parametrize("said, kept", [
    # the cue's "is" as tiny.en hears it (redaction call rd-044 over real SIP: "my address to Sam Under School
    # of Raisethotnope.com" was stored whole)
    ("my address to Sam Under School of Raisethotnope.com", None),
    ("my email to jo underscore king at gmail dot com", None),
    ("my email address was kit dot moran at proton dot me", None),
    ("I moved my address to the new flat last week", "I moved my address to the new flat last week"),
    ("I sent an email to amazon.com about it", "I sent an email to amazon.com about it"),
])
def test_an_email_after_a_misheard_cue(said, kept):
    out = play([("caller", said)])[0]
    if kept is None:
        assert "[EMAIL]" in out and "." not in out.split("[EMAIL]")[-1], out
    else:
        assert out == kept, out
