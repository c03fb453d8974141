"""Secrets in unusual written forms and harmless numbers the redactor over-masked, found with the
blind probe set tests/redaction_probes (tune half). Phrasings here are this file's own, not the probes'."""

from __future__ import annotations

import pytest

from callwarden.redact import textnorm
from tests.helpers import redact_turns

play = redact_turns


def one(text: str) -> str:
    return play([("caller", text)])[0]


# ------------------------------------------------------------------ folding (textnorm)
def test_fold_maps_every_folded_character_back_to_what_was_said():
    said = "pin ８\u200b３٣\u00ad1 ok"
    folded, origin = textnorm.fold(said)
    assert folded == "pin 8331 ok"
    a = folded.index("8331")
    assert textnorm.span_back(origin, a, a + 4, len(said)) == (said.index("８"), said.index("1") + 1)


def test_fold_leaves_plain_text_and_fractions_alone():
    assert textnorm.fold("card 4111 1111") == ("card 4111 1111", None)
    assert textnorm.fold("1½ hours")[0] == "1½ hours"
    assert textnorm.fold("it’s O’Neill")[0] == "it's O'Neill"


@pytest.mark.parametrize("text,gone", [
    ("write to ｈｅｌｇａ．ｂｒｕｕｎ＠ｍａｉｌ．ｄｅ please", "ｈｅｌｇａ"),          # full-width e-mail
    ("my email is nils\u200b.\u200beriksen@posteo.se", "eriksen"),             # zero-width inside
    ("card ٥٤٢٥ ٢٣٣٤ ٣٠١٠ ٩٩٠٣", "٥٤٢٥"),                                       # Arabic-Indic digits
    ("the card is 4\u200b5\u200b3\u200b9 5787 6362 1486", "1486"),
    ("my pin is 7️⃣0️⃣9️⃣1️⃣", "7"),                                              # emoji keycaps
])
def test_a_secret_in_another_code_point_form_is_masked(text, gone):
    out = one(text)
    assert gone not in out, out
    assert "\u200b" not in out and "\u20e3" not in out, repr(out)


def test_a_mask_over_folded_text_keeps_the_rest_as_said():
    out = one("ｏｋ, my email is ｈｅｌｇａ＠ｍａｉｌ．ｄｅ, thanks")
    assert out.startswith("ｏｋ, my email is [EMAIL]") and out.endswith(", thanks"), out


# ------------------------------------------------------------------ streets without a house number
@pytest.mark.parametrize("turns,gone", [
    ([("caller", "please send it to the mill house, ferry lane, upper swell")], ["mill", "ferry", "swell"]),
    ([("caller", "deliver to rose cottage, 4 station road please")], ["rose", "station"]),
    ([("caller", "we're on Wickham Park Road now")], ["Wickham"]),
    ([("agent", "And which street is that?"), ("caller", "Tolland"), ("agent", "Tolland what?"),
      ("caller", "tolland crescent, by the school")], ["Tolland", "tolland"]),
])
def test_a_street_said_without_a_number_is_masked(turns, gone):
    out = " | ".join(play(turns))
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("text", ["send it to my work email instead", "it's saved in Google Drive",
                                  "no way, that can't be right", "ship it to me when it's ready"])
def test_everyday_phrases_with_street_words_stay(text):
    assert one(text) == text


# ------------------------------------------------------------------ harmless numbers
@pytest.mark.parametrize("text,kept", [
    ("the house sold for 1.2 million", "1.2 million"),
    ("a 10k bonus was promised", "10k"),
    ("I'd give it 4 out of 10", "4 out of 10"),
    ("we asked for 6 chairs and got 4", "4"),
    ("it has about 3 billion users", "3 billion"),
    ("the invoice's 1,480.25 and it should be less", "1,480.25"),
    ("it showed 7.99 at the till", "7.99"),
    ("no signal from 11 this morning", "11"),
    ("it's been down since 6 yesterday evening", "6"),
    ("the estimate was four hundred", "four hundred"),
    ("two and a half hours on hold", "two and a half"),
    ("only 1 engineer turned up", "1 engineer"),
    ("I got nine unanswered texts", "nine"),
])
def test_amounts_scores_and_elided_counts_are_kept(text, kept):
    out = one(text)
    assert kept in out, out


@pytest.mark.parametrize("turns,gone", [
    ([("agent", "What's your PIN?"), ("caller", "it's 4 thousand and 7")], "4"),
    ([("agent", "The last four of your card?"), ("caller", "6 out of")], "6"),
    ([("agent", "Your PIN please"), ("caller", "I bought 2 phones, it's 9")], "9"),
    ([("agent", "Expiry date?"), ("caller", "it's 11.27")], "11.27"),
    ([("caller", "I was born on 10.12 in the spring")], "10.12"),     # a day and a month, not cents
    ([("agent", "What's your PIN?"), ("caller", "4 this morning")], "4"),
    ([("agent", "And the security code?"), ("caller", "1 digit is 7 and a half")], "7"),
    ([("agent", "Your PIN?"), ("caller", "8 wrong tries")], "8"),
])
def test_a_number_being_read_out_is_still_masked(turns, gone):
    out = play(turns)[-1]
    assert gone not in out.replace("[", " ").split(), out
