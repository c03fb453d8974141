"""Health read by meaning once a call has told it (redact/health_context.py, redact/health_sense.py):
the caller's later noun phrases and predicates that sit nearer health than a call's business are
masked, with the real MiniLM model and spaCy parser; the call's business stays."""

import pytest

from callwarden.redact import health_context, health_sense, syntax
from tests.helpers import stream


def _call(*turns: str) -> str:
    """One call's caller turns as stored, joined by " | "; a turn starting with "A:" is the agent's."""
    return " | ".join(stream(*turns))


@pytest.mark.parametrize("turns, gone", [
    (("i had my gallbladder out last month", "A: Okay.", "my ankle is puffy and the dressing keeps slipping"),
     ["ankle", "dressing"]),
    (("i am on chemotherapy", "A: Right.", "the latest bloods came back fine, but i get tingly fingers"),
     ["bloods", "fingers"]),
    (("i have diabetes", "A: Ok.", "the little white tablets are fine"), ["white tablets"]),
    # what is said of a health detail is health, whatever it is: "came back clear", "puffy and warm"
    (("i am waiting on a biopsy", "A: Okay.", "well the first biopsy came back clear so it's a formality"),
     ["clear"]),
    (("i have cellulitis", "A: Okay.", "the shin is puffy and warm again so no hiking"), ["shin", "puffy", "warm"]),
    # what the caller's body does, said with a verb
    (("i had a smear test", "A: Right.", "they said i might bleed a bit after the next bit"), ["bleed"]),
    (("i have crohn's", "A: Okay.", "some days i keep throwing up so i can't make the class"), ["throwing up"]),
])
def test_details_nobody_listed_are_masked_after_health_was_told(turns, gone):
    out = _call(*turns).split(" | ")[-1]
    assert not [g for g in gone if g in out], out


@pytest.mark.parametrize("turns, kept", [
    (("i have asthma", "A: Okay.", "can you swap my booking to saturday and send the refund to my landlord"),
     ["my booking to saturday", "the refund to my landlord"]),
    (("i have asthma", "A: Okay.", "the bluetooth speaker and the phone case, the refund was twenty pounds"),
     ["the bluetooth speaker", "the phone case", "twenty pounds"]),
])
def test_the_business_after_health_stays(turns, kept):
    out = _call(*turns)
    assert all(k in out for k in kept), out


def test_what_the_business_does_after_health_stays():
    out = _call("i have asthma", "A: Okay.", "can i pay by card and book the later train, then i will drive home")
    assert "pay by card" in out and "book the later train" in out and "drive home" in out, out
    # what things do is no one's body: "it keeps crashing"
    assert "crashing" in _call("i have asthma", "A: Okay.", "the app keeps crashing when i log in")


def test_without_health_told_nothing_is_read_by_meaning():
    assert _call("the stitching on the bag came out", "A: Okay.", "the handle is loose too") == \
        "the stitching on the bag came out | the handle is loose too"


# Health words in an everyday use, once the call has told health, sit near the tie: masked (fail closed).
@pytest.mark.parametrize("turns, gone", [
    (("i have epilepsy", "A: Ok.", "i had a fit of giggles at the hold music"), "fit of giggles"),
    (("my son has asthma", "the results of the survey came back"), "the results of the survey"),
    (("i'm diabetic", "A: Okay.", "what a pain, the courier came at six"), "what a pain"),
    (("i'm diabetic", "A: Okay.", "is there alcohol gel by the door"), "alcohol gel"),
    (("i've got shingles", "A: Okay.", "and the bleeding website logged me out"), "the bleeding website"),
    # no health told before, but a person's own ears in a state: told now, however it came about
    (("my ears are ringing from the concert last night",), "ears"),
])
def test_near_ties_in_a_health_call_are_masked(turns, gone):
    assert gone not in _call(*turns)


def test_margins_put_the_body_above_the_bill():
    body, bill = health_sense.margins(["my swollen elbow", "the invoice for the sofa"])
    assert body > health_context.LEAST > bill


def test_pronouns_numbers_times_and_roles_are_never_candidates():
    said = "my husband and i paid forty pounds and the thirty dollar charge on tuesday morning, thanks"
    things_only = lambda phrases, kinds: [1.0 if k == health_sense.THINGS else -1.0 for k in kinds]
    assert health_context.spans(said, margins=things_only) == []


def test_without_the_model_every_phrase_is_masked():
    said = "the parcel came with the leaflet"
    spans = health_context.spans(said, margins=lambda phrases, kinds: None)
    assert [said[a:b] for a, b in spans] == ["parcel", "leaflet"]


def test_without_the_parser_long_words_are_masked(monkeypatch):
    monkeypatch.setattr(syntax, "parse", lambda text: None)
    said = "my husband said the leaflet was wrong"
    assert [said[a:b] for a, b in health_context.spans(said)] == ["leaflet", "wrong"]


# A call that has told no health yet: a person's own body or care said with their possessive is the
# telling ("my left knee is killing me"); a thing of theirs, another's, or an idiom is not.
@pytest.mark.parametrize("said, gone", [
    ("my left knee is killing me so i cant do the hike", "left knee"),
    ("me knee's been bad since the fall so can someone else carry it", "knee"),
    ("the doctor said my kidney's swollen and scarred", "scarred"),
    # a number before the possessive counts the parts: "half my bowel" is no sum of money
    ("they took out half my bowel last year", "bowel"),
    ("her womb was removed last year", "womb"),
    ("my son's tonsils are huge again", "tonsils"),
    ("i get my prescription on monday", "prescription"),
])
def test_a_persons_own_body_tells_health(said, gone):
    assert gone not in _call(said)


@pytest.mark.parametrize("said", [
    "my order has not arrived and my account says delivered",
    "let me talk to your supervisor",
    "great, thanks for your health advice",
    "the shop's roof is leaking",
    "my heart's not in it today, to be honest",
    "we lost, it broke my heart",
    "that offer is a pain in the neck to claim",
])
def test_a_persons_things_and_idioms_stay(said):
    assert _call(said) == said


def test_a_body_told_so_makes_the_call_a_health_call():
    assert "bloods" not in _call("my left knee is killing me", "A: Okay.", "the bloods are due next week")
