"""A complaint said as reporting the company to an authority or handing the matter to a lawyer, in the caller's
own words and as tiny.en writes them; and the same words in errands that are no complaint.

Written for issue 13 (complaint recall through ASR): the lost turns were of these kinds by their totals."""

from __future__ import annotations

import pytest

from callwarden.detect.phrases import COMPLAINT, find_intents

REPORTS = [
    "I'm reporting this to Ofgem.",
    "im going to report this to the energy regulator",
    "I'll be reporting your company to trading standards",
    "right, I'm passing this on to my solicitor",
    "i'm going to get legal advice about this",
    "I intend to report this to the financial watchdog",
    "I'll hand the whole thing over to my lawyer then",
    "i am going straight to trading standards with this",
    "I shall be seeking legal advice",
    "we're going to instruct a solicitor",
    "I want to report your driver, he was so rude",
    "i am going to report this company",
    "you lot will be reported",
]
NOT_COMPLAINTS = [
    "I'd like to report a fault on my line",
    "my card was stolen and I reported it to the police yesterday",
    "I want to report a change of address",
    "my lawyer friend said I should check the contract",
    "I've got court tomorrow so can the engineer come Thursday?",
    "my solicitor is handling the house sale, can you send the letter to her",
    "I report to my manager at work, so I'll have to ask her first",
    "can you report the fault to your engineers",
    "I'd like to report a missed collection",
]


@pytest.mark.parametrize("text", REPORTS)
def test_reporting_the_company_or_going_legal_is_a_complaint(text):
    assert COMPLAINT in {h.intent for h in find_intents(text)}


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_reporting_errands_are_not(text):
    assert COMPLAINT not in {h.intent for h in find_intents(text)}
