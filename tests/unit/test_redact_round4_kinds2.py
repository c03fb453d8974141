"""Round 4 kinds, continued (see test_redact_round4_kinds.py): grave or lasting states told plainly,
care by who gives it, an address said around its number, the eyes, memory going, the mouth, feeding,
the body in plaster. Near misses stay. Sentences written for this test, not taken from any probe set."""

from __future__ import annotations

import pytest

from callwarden.redact.redactor import CallRedactor


def _red(text: str) -> str:
    return CallRedactor().redact(text, 0, 0).text


@pytest.mark.parametrize("text, gone", [
    # grave or lasting states told plainly
    ("she was in a coma over the holidays so the bill slipped", "coma"),
    ("my dad's just been given a few months", "few months"),
    ("I'm losing my hearing so please speak up", "hearing"),
    ("he's going blind in his left eye", "blind"),
    ("his lungs are packing in, the nurse says", "packing in"),
    ("I'm having my baby in March so set it up before", "baby"),
    ("my daughter was born with a hole in her heart", "hole"),
    ("my ears keep ringing at night", "ringing"),
    ("he's walked with a limp since the accident", "limp"),
    ("my son has a gambling problem so block the card", "gambling"),
    ("I've had flashbacks since the robbery", "flashbacks"),
    ("we're moving dad into a nursing home next week", "nursing home"),
    # care by who gives it or what is watched
    ("I've got to see the kidney doctor on Friday", "kidney doctor"),
    ("my surgeon says six weeks off", "surgeon"),
    ("it's my twenty week scan on Thursday", "week scan"),
    ("they kept her in for observation", "observation"),
    ("he was stapled after the fall", "stapled"),
    ("she's got a drain in after the surgery", "drain"),
])
def test_round4_own_list3_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "I was given six months to pay the arrears",
    "we've been given three months free",
    "I'm losing my mind with this router",
    "the phone battery is packing in",
    "we're having our baby shower on Saturday",
    "I work in a care home on nights",
    "the tree surgeon came to cut the hedge",
    "keep me in the loop please",
    "a limp handshake from the salesman",
    "I ran a virus scan on the laptop",
])
def test_round4_own_list3_near_miss_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    # a house known by its name, said just before its street
    ("it's the Old Vicarage, Church Lane", "Vicarage"),
    ("I'm at the Laurels, Park Road", "Laurels"),
    ("it's the Granary, 4 Mill Lane", "Granary"),
    # the street or close said after a house number and a comma, with a head no suffix list has
    ("we're number twelve, Sunnyside Grove", "Sunnyside"),
    ("I live at fifty Foxhill, Foxhill Park", "Foxhill Park"),
    ("I'm at number six, Brookside View", "Brookside"),
    ("we're number forty, the Maltings", "Maltings"),
])
def test_round4_address_said_around_its_number_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "I was number forty, the Council said",
    "I owe forty, the Council says",
    "it's number two on the list, the Bluebell one",
])
def test_round4_words_after_a_number_that_are_no_address_stay(text: str) -> None:
    out = _red(text)
    assert "Council" in out or "Bluebell" in out


def test_round4_a_firm_before_an_address_stays():
    assert "the Bank" in _red("I rang the Bank, 4 Kings Road branch")


@pytest.mark.parametrize("text, gone", [
    # the eyes' state, memory going, services and dependencies by name
    ("his eyes are all itchy and bloodshot", "itchy"),
    ("gran doesn't know who we are some days", "who we are"),
    ("grandad keeps wandering off at night", "wandering"),
    ("dad's got early onset so mum handles the bills", "early onset"),
    ("she's been referred to CAMHS", "CAMHS"),
    ("he's got a drug dependency and owes everyone", "dependency"),
    # the mouth, a birth condition, feeding, the bladder, the body in plaster
    ("I had all of my teeth out last spring", "teeth"),
    ("my wisdom teeth are impacted", "impacted"),
    ("the lad needed stitches after the match", "stitches"),
    ("our son was born with Down's", "Down's"),
    ("my dad has a peg tube now", "peg tube"),
    ("the baby has silent reflux", "reflux"),
    ("I'm up to wee every hour at night", "every hour"),
    ("I'm breastfeeding so I can't come in", "breastfeeding"),
    ("the kids have got nits again", "nits"),
    ("my father had a brain bleed last year", "bleed"),
    ("my back went on Monday so I'm lying down", "back went"),
    ("my wrist is in a cast till March", "cast"),
    ("he's in a neck brace for six weeks", "neck brace"),
])
def test_round4_own_list4_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "the website doesn't recognise me anymore",
    "the app doesn't remember me now",
    "we need a cast for the school play",
    "my back went up when they said that",
    "I put it in a boot for the car boot sale",
    "I was expressing my concerns",
    "my eyes are glued to the screen",
    "he keeps wandering around the shop",
])
def test_round4_own_list4_near_miss_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    # a part or faculty given as the reason, an operation as "my op", illness as "poorly"
    ("sorry I missed it, I've been laid up with my chest", "chest"),
    ("I can't manage the stairs because of my knees", "knees"),
    ("my husband will call due to my hearing", "hearing"),
    ("they've booked me in for my op on the ninth", "op"),
    ("she was too poorly to come to the phone", "poorly"),
    ("I've been under the weather all week", "weather"),
])
def test_round4_reason_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert f" {gone}" not in out, out


@pytest.mark.parametrize("text", [
    "can you help me with my back payments",
    "I'll do it with my eyes closed",
    "the launch was poorly handled",
    "the form is very poorly worded",
    "I keep my phone in my back pocket",
    "the weather was bad so the engineer didn't come",
])
def test_round4_reason_near_miss_stays(text: str) -> None:
    assert _red(text) == text


@pytest.mark.parametrize("text, gone", [
    # the mouth said plainly
    ("the hygienist says I've got gum disease", "gum disease"),
    ("I need a root filling on the back tooth", "root filling"),
    ("his front tooth cracked on a bottle", "cracked"),
    ("my jaw keeps locking when I eat", "locking"),
    ("she's having her baby teeth pulled out tomorrow", "baby teeth"),
    # the eyes, what runs in a family
    ("I see halos around the lights when I drive at night", "halos"),
    ("my mum carries the BRCA2 gene", "gene"),
    # distress said plainly
    ("I can't stop crying at the moment", "crying"),
    ("I don't see the point in living", "point"),
    ("I get really panicky around people", "panicky"),
    # a baby's or a child's care
    ("my little one isn't feeding properly", "feeding"),
    ("she's teething so we've had no sleep", "teething"),
    ("my grandson was born eight weeks early", "early"),
    ("the twins were in special care for a month", "special care"),
    ("my nephew is on the spectrum", "spectrum"),
])
def test_round4_plain_kind_is_masked(text: str, gone: str) -> None:
    out = _red(text)
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "there were some teething problems with the new system",
    "I was born early in the morning",
    "I'm struggling to cope with these bills",
    "I get anxious waiting for the engineer",
    "the filling station was closed",
    "my jaw dropped when I saw the price",
    "the washing has special care instructions",
    "I carry the same gene of stubbornness as my dad",
])
def test_round4_plain_near_miss_stays(text: str) -> None:
    assert _red(text) == text
