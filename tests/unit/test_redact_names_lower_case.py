"""Names in lower-case text (another ASR's, an export through `callwarden redact`): where a capitalised
word would be a name, a lower-case one is when it is a listed name that is no common word, or no everyday
word at all; any word after a title. Phrasings of this test's own."""

import pytest

from tests.helpers import last_turn


@pytest.mark.parametrize("turns, name", [
    (("A: and who am i speaking to", "im siobhan"), "siobhan"),
    (("A: who's calling please", "its tadeusz"), "tadeusz"),
    (("hiya oluwaseun here about the boiler",), "oluwaseun"),
    (("A: can i take a name", "this is mr przybylski"), "przybylski"),
    (("A: what name is the booking under", "kowalczyk for six on friday"), "kowalczyk"),
    (("A: how should i address you", "call me bronwen everyone does"), "bronwen"),
    (("A: whose name is the policy in", "my wifes bernadette o sullivan"), "sullivan"),
    (("A: and your name", "its vaughan, pronounced von"), "von"),
])
def test_a_lower_case_name_where_a_name_goes_is_masked(turns, name):
    out = last_turn(*turns)
    assert f" {name} " not in f" {out} ", out


@pytest.mark.parametrize("turns, kept", [
    (("A: and your name", "its not on the account yet"), "its not on the account yet"),
    (("im knackered to be honest",), "im knackered to be honest"),
    (("its broken again and i want a refund",), "its broken again and i want a refund"),
    (("hi yes here is fine",), "hi yes here is fine"),
    (("A: can i call you back on this number", "yes that's fine"), "yes that's fine"),
])
def test_lower_case_everyday_words_after_the_same_cues_stay(turns, kept):
    assert last_turn(*turns) == kept
