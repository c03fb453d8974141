"""In a call that has told health, a word everyday English does not know is masked too: it may be a
brand no list has, a drug as ASR spelt it, a clinic's name. Everyday words, inflected or not, stay."""

import pytest

from callwarden.redact import everyday
from callwarden.redact.redactor import CallRedactor


def redacted(*turns: str) -> list[str]:
    r = CallRedactor()
    return [r.redact(text, 3000 * k, 3000 * k + 2000).text for k, text in enumerate(turns)]


@pytest.mark.parametrize("word", ["giggled", "studies", "hoping", "she's", "well-known", "quickly", "Thursday's",
                                  "kindness", "tickets"])
def test_inflected_and_joined_everyday_words_are_known(word):
    assert everyday.is_everyday(word, everyday.words())


@pytest.mark.parametrize("word", ["zorvexa", "plenthamine", "Kelvadrone", "brimtolix"])
def test_made_up_names_are_not(word):
    assert not everyday.is_everyday(word, everyday.words())


@pytest.mark.parametrize("turns, gone, kept", [
    (("i've got type two diabetes", "they've moved me onto zorvexa since march"), "zorvexa", "moved me onto"),
    (("my son has asthma", "the doctor wants him on plenthamine as well"), "plenthamine", "the doctor wants him on"),
    (("I was diagnosed with epilepsy last year", "I see Dr Brimtolix at the Kelvadrone unit"), "Kelvadrone",
     "at the"),
])
def test_an_unknown_word_after_health_was_told_is_masked(turns, gone, kept):
    out = redacted(*turns)[-1]
    assert gone not in out and "[PHI]" in out and kept in out, out


def test_without_health_told_an_unknown_word_stays():
    out = redacted("hi, I'd like to upgrade to the Zorvexa plan", "and add the Plenthamine bundle")
    assert "Zorvexa" in out[0] and "Plenthamine" in out[1], out
