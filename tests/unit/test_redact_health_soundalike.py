"""Health terms ASR wrote as other words (redact/soundalike.py, issue 13): the sound key, the guards
that keep everyday speech, and the whole phrase masked. The words here are this file's own, not the
probes' (tests/redaction_probes/health_asr.jsonl)."""

from __future__ import annotations

import pytest

from callwarden.redact import soundalike as sa
from tests.helpers import redact_turns


def one(text: str) -> str:
    return redact_turns([("caller", text)])[0]


def heard(words: str) -> str:
    return sa.run_key([sa.word_codes(w) for w in words.split()])


# ------------------------------------------------------------------ the key
@pytest.mark.parametrize("term,said", [
    ("celebrex", "sell a brecks"), ("zyprexa", "sigh prexa"), ("depakote", "deppa coat"),
    ("risperdal", "risper doll"), ("plaquenil", "plack when ill"), ("ventolin", "vento lin"),
    ("bronchitis", "bronc eye tis"), ("gastroparesis", "gastro pa recess"), ("tegretol", "tegg ret all"),
    ("naproxen", "nap rocks in"), ("phenergan", "fenner gun"), ("xeljanz", "zell jans"),
])
def test_a_name_and_the_words_asr_heard_for_it_share_a_key(term, said):
    assert sa.sound_key(term) == heard(said)


@pytest.mark.parametrize("said,key", [
    ("F", "Af"), ("M", "Am"),                 # a lone letter is said as its name
    ("psalm", "sAlm"), ("knot", "nAt"),       # silent first letters
    ("thought", "tAt"),                       # silent gh, th as t
    ("cedar", "sAt"), ("garden", "kAtAn"),    # soft c, hard g, r only before a vowel
])
def test_the_key_says_how_a_word_sounds(said, key):
    assert heard(said) == key


def test_different_names_keep_different_keys():
    keys = {sa.sound_key(t) for t in ("prednisone", "president", "celebrex", "cerebral", "depakote", "deadpool")}
    assert len(keys) == 6


# ------------------------------------------------------------------ the guards, on a small index
EVERYDAY = {"top", "a", "max", "sell", "the", "doll", "tablets", "of", "hill", "on", "um"}
INDEX = sa.SoundIndex(["topamax", "celebrex", "risperdal", "valtrex", "multiple sclerosis", "ozone"], EVERYDAY)


def test_everyday_words_need_a_cue_before_or_a_treatment_word_after():
    words = "top a max".split()
    assert INDEX.match_at(words, 0, 0) == 0
    assert INDEX.match_at(words, 0, sa.TAKEN) == 3                # "prescribed top a max"
    short = sa.SoundIndex(["lamisil"], {"lama", "sill"})
    assert short.match_at("lama sill".split(), 0, sa.HAS) == 0    # "has lama sill": a weak cue, a short key
    assert short.match_at("lama sill".split(), 0, sa.TAKEN) == 2
    assert INDEX.match_at(words + ["tablets"], 0, 0) == 3        # "top a max tablets"


def test_an_uncommon_word_in_the_run_is_enough_when_spelled_close():
    assert INDEX.match_at("risper doll".split(), 0, 0) == 2
    assert INDEX.match_at("the risper doll".split(), 0, 0) == 0  # the name starts after "the"
    assert INDEX.match_at("the risper doll".split(), 1, 0) == 2


def test_a_single_word_needs_a_cue_and_a_close_spelling():
    assert INDEX.match_at(["valtreks"], 0, 0) == 0
    assert INDEX.match_at(["valtreks"], 0, sa.ON) == 1
    assert INDEX.match_at(["vultures"], 0, sa.TAKEN) == 0


def test_numbers_fillers_contractions_and_short_keys_are_never_a_name():
    assert INDEX.match_at("top um a max".split(), 0, sa.TAKEN) == 0
    assert INDEX.match_at("top a max".split(), 1, sa.TAKEN) == 0
    assert INDEX.match_at(["oh", "zone"], 0, sa.TAKEN) == 0            # "ozone": too few consonants to tell


def test_folding_brings_close_spellings_of_one_sound_together():
    assert sa.fold("mountjarrow") == "mountjarou" and sa.fold("xeljanz") == sa.fold("kseljans")
    assert sa.fold("phenergan") == sa.fold("fenergan")


def test_a_consonant_asr_added_at_the_end_or_inside_a_long_name():
    assert INDEX.match_at(["valtrext"], 0, sa.MEDICAL) == 1
    assert INDEX.match_at(["valtrext"], 0, 0) == 0
    assert INDEX.match_at("sell a brinks tablets".split(), 0, 0) == 3    # one consonant added inside
    assert INDEX.match_at("sell a brinks".split(), 0, 0) == 0


def test_a_name_ends_with_a_small_word_only_after_a_cue():
    index = sa.SoundIndex(["mastitis"], {"mass", "tight", "is", "she's", "got"})
    assert index.match_at("mass tight is".split(), 0, sa.HAS) == 3     # "she's got mass tight is"
    assert index.match_at("mass tight is".split(), 0, 0) == 0


def test_a_split_word_is_no_contraction():
    assert sa._plain("d'arcy") and sa._plain("mum's")
    assert not sa._plain("i've") and not sa._plain("don't") and not sa._plain("we'll")


def test_a_phrase_term_is_found_by_sound_too():
    assert INDEX.match_at("multiple sclair osis".split(), 0, sa.HAS) == 3


def test_the_cues_and_their_strength():
    text = "they started me on deppa coat, she has brecks and I'm on the night shift"
    from callwarden.redact.spoken import tokenize
    toks = tokenize(text)
    cue = {toks[k].lower: v for k, v in sa.cued_at(text, toks).items()}
    assert cue == {"deppa": sa.TAKEN, "brecks": sa.HAS, "night": sa.ON}
    text = "the chemist sent the wrong box"
    assert set(sa.cued_at(text, tokenize(text)).values()) == {sa.MEDICAL}     # a turn about medicine


# ------------------------------------------------------------------ through the redactor
@pytest.mark.parametrize("text,gone", [
    ("the chemist gave me deppa coat instead of my usual", ["deppa", "coat"]),
    ("I've been on risper doll since the spring", ["risper", "doll"]),
    ("she was diagnosed with gastro pa recess last year", ["gastro", "recess"]),
    ("my plack when ill tablets are in the parcel", ["plack", "ill"]),
    ("the sigh prexa tablets never turned up", ["sigh", "prexa"]),
])
def test_the_whole_misheard_phrase_is_masked(text, gone):
    out = one(text).lower()
    assert "[phi]" in out and not [w for w in gone if f" {w} " in f" {out} "], out


@pytest.mark.parametrize("text", [
    "we walked to the top of the hill and lost signal",
    "I'd like to sell a brick of a phone back to you",
    "I'm on the same plan as my wife",
    "she has a spare charger in the car",
    "my son plays the bass guitar in a band",
    "the engineer came on a Tuesday and left at noon",
])
def test_everyday_speech_is_left_alone(text):
    assert one(text) == text


@pytest.mark.parametrize("text", [
    # "on the back" of a card or a form is no body (dev calls dv-025 and dv-027 masked "security code")
    "The security code on the back is six five nine.",
    "the security number on the side of the box",
    "the serial code in the back of the manual",
    "I'll say it on the face of it",
])
def test_a_things_back_or_side_is_no_body(text):
    assert "[PHI]" not in one(text), one(text)


@pytest.mark.parametrize("text", [
    "sigh attica all down my leg",
    "sigh attica down the leg",
    "sigh attica on the back of my leg",
    "sigh attica on the back of his leg",
])
def test_a_body_named_after_a_misheard_term_still_counts(text):
    assert one(text).startswith("[PHI]"), one(text)


@pytest.mark.parametrize("text, gone, kept", [
    # what someone is on or takes for a condition is its treatment, however ASR spelled it (dev calls dv-034
    # and dv-057 over real SIP stored "I'm on listen up or [PHI]" for "I'm on lisinopril for ...")
    ("I'm on listen up or high blood pressure and I need a refill.", ["listen", "up"], "refill"),
    ("my dad's been on vast a tin for his cholesterol", ["vast", "tin"], "dad's"),
    ("she's taking grow a tab for her epilepsy", ["grow", "tab"], "she's"),
    ("I'm on the phone for my mum's dementia appointment", [], "phone"),
    ("I'm on hold for my dad's diabetes review", [], "hold"),
    ("I take two for my arthritis", [], "two"),
])
def test_what_is_taken_for_a_condition_is_masked_with_it(text, gone, kept):
    out = one(text)
    assert "[PHI]" in out and not [w for w in gone if f" {w} " in f" {out} "] and kept in out, out
