"""Health details said in everyday words (redact/health_everyday.py) and conditions said without their
generic head or by their eponym (health.py's vocabulary). Sentences are this file's own."""

from __future__ import annotations

import pytest

from tests.helpers import stream


@pytest.mark.parametrize("said,gone", [
    ("my grandson has an ear infection so we're at the clinic", ["ear infection"]),
    ("sorry, his kidneys have been playing up since June", ["kidneys", "playing up"]),
    ("she's waiting on a new knee", ["new knee"]),
    ("the GP found a cyst on her ovaries", ["cyst", "ovaries"]),
    ("my daughter's expecting twins so the house is busy", ["expecting twins"]),
    ("I'm going through the change and I can't sleep", ["the change"]),
    ("I had my shingles jab on Friday", ["shingles jab"]),
    ("her liver function came back odd", ["liver function"]),
    ("my uncle had a TIA in the spring", ["TIA"]),
    ("my niece has sickle cell", ["sickle cell"]),
    ("I've got Graves' disease and Hashimoto's", ["Hashimoto"]),
    ("he had tennis elbow all summer", ["tennis elbow"]),
])
def test_everyday_health_phrases_are_masked_whole(said, gone):
    out = stream(said)[0]
    assert "[PHI]" in out and not any(g.lower() in out.lower() for g in gone), out


@pytest.mark.parametrize("said", [
    "I'm expecting a parcel from you today", "the new hip-hop channel won't load", "my back garden is flooded",
    "we found a lump of concrete in the delivery", "there's a shadow on the screen when I stream",
])
def test_the_same_words_about_something_else_are_kept(said):
    assert stream(said)[0] == said


def test_everyday_words_that_join_into_a_drug_name_are_not_one():
    # "my card is" joined is one edit from a drug's brand; a term ASR split starts inside a word
    assert stream("my card is 4539 1488 0343 6467")[0] == "my card is [PCI_PAN]"
    assert stream("I take met forming twice a day")[0] == "I take [PHI] twice a day"


def test_a_split_drug_name_that_starts_with_a_possessive_needs_a_medicine_around_it():
    assert stream("my card is expired")[0] == "my card is expired"
    assert stream("I take my card is every morning")[0] == "I take [PHI] every morning"
    assert stream("I take lip it or daily")[0] == "I take [PHI] daily"
