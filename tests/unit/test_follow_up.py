"""A callback or written follow-up needs a request: someone asked to contact the caller, or to send
something. "Later", "back" or "call" alone (opening hours, the caller's own plans) is not one, and
must not open a ticket. Phrasings are this file's own, not the patterns' or the dialogs'."""

from __future__ import annotations

import pytest

from callwarden import events as ev
from callwarden.detect.phrases import ESCALATION, FOLLOW_UP, asks_follow_up, find_intents
from callwarden.events import CallClock
from callwarden.detect.policy import RoutePolicy

REQUESTS = [
    "Could one of your team give me a ring this afternoon?",
    "I'd appreciate a call back when the engineer's booked.",
    "Please get someone to phone me on my mobile.",
    "Can you arrange for somebody to ring me back tomorrow?",
    "Have the manager call me when she's free.",
    "Could I book a callback for Monday?",
    "Would someone be able to get back to me by Friday?",
    "Drop me an email with the new dates.",
    "Ring me back once you've checked, please.",
    "I'd rather somebody called me later on.",
    "have them ring me tomorrow",
    "can someone call me back",
    "i'd like a callback",
]
# Written before the fix and first scored after it.
SEALED_REQUESTS = [
    "Can somebody ring me this evening about it?", "I'd like to request a call back, please.",
    "Please ask the engineer to phone me before he comes.", "Could you get the billing team to contact me?",
    "Give me a call when it's ready.", "I'd prefer a callback rather than holding.",
    "Can you email me a copy of the quote?",
    "Read it back to me and then text me the reference, please.",
]
NOT_REQUESTS = [
    "What time are you open till tonight?",
    "Are you open later on Sunday?",
    "what time are you open later",
    "are you open till later",
    "I'll phone back later myself, no need to do anything.",
    "I'll call back later myself",
    "Can I ring back after lunch?",
    "When's the best time to call back?",
    "Do you close later on Thursdays?",
    "I'll try calling again later.",
    "What's the callback number for the branch?",
    "Is the shop open late tonight?",
    "You called me back yesterday and it was sorted.",
    "I'll send them the photos later.",
    "I'll get back to you once I've spoken to my wife.",
    "What time do you open on Saturday? I might come in later.",
    "Why didn't anyone call me back?",
    "Please call me a taxi.",
    "You can reach me on my mobile instead.",
    "what time do you call back on saturday",         # a misheard opening-hours question
    # how contact happens, or something said again, is no request for it
    "Which number do you ring people from?",
    "Does the confirmation come by email or by post?",
    "Do you usually text before the engineer arrives?",
    "Sorry, can you say that again? And the reference too.",
    "Could you go over the dates once more for me?",
]
SEALED_NOT_REQUESTS = [
    "How late are you open this evening?", "Are you still open later, or have you closed?",
    "I'll ring back tomorrow when I've got my card.", "Should I call back on Monday?",
    "Is it better if I phone back later?", "I'll call again later in the week.",
    "Are the lines open later today?", "The callback number on the letter doesn't work.",
    "Till what time can I call you?",
]


@pytest.mark.parametrize("text", REQUESTS + SEALED_REQUESTS)
def test_a_request_to_be_contacted_is_a_follow_up(text):
    assert FOLLOW_UP in [h.intent for h in find_intents(text)]


@pytest.mark.parametrize("text", NOT_REQUESTS + SEALED_NOT_REQUESTS)
def test_later_back_or_call_alone_is_not_a_follow_up(text):
    assert FOLLOW_UP not in [h.intent for h in find_intents(text)]


def route_after(texts: list[str]) -> str:
    clock, policy = CallClock(), RoutePolicy()
    for i, text in enumerate(texts):
        final = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": text, "t_start_ms": i * 3000,
                                                           "t_end_ms": i * 3000 + 2000, "confidence": 0.7},
                            t_ms=i * 3000 + 2100)
        policy.feed(final, i * 3000 + 2100, follow_up=asks_follow_up(text))
    return policy.final(clock.call_id, 99_000).body["action"]


def test_an_opening_hours_question_stays_with_the_agent():
    assert route_after(["Hi, quick question.", "What time are you open later on Friday?", "Okay, thanks, bye."]) == "auto"
    assert route_after(["I'll call back later when I've found the letter."]) == "auto"


def test_a_callback_request_opens_a_ticket():
    assert route_after(["Hi, quick question.", "Could somebody phone me back after four?", "Thanks."]) == "ticket"


@pytest.mark.parametrize("said", [
    "I'd like to speak to the manager, but I'm busy now, can she call me back?",
    "I need a real person, could you have them ring me tomorrow?",
    "Is it possible for one of your advisers to return my call this afternoon?",
    "Not today, but I'd like somebody from your accounts team to phone me on Friday.",
])
def test_a_human_wanted_on_a_callback_is_a_ticket_not_a_transfer(said):
    intents = {h.intent for h in find_intents(said)}
    assert FOLLOW_UP in intents and ESCALATION not in intents


@pytest.mark.parametrize("said", [
    "Three times you promised to ring me back, just put me through to a supervisor.",
    "Nobody ever got back to me, I want to talk to a person right now.",
])
def test_a_human_asked_for_after_a_broken_callback_promise_is_still_a_transfer(said):
    assert ESCALATION in {h.intent for h in find_intents(said)}


@pytest.mark.parametrize("said, asks", [
    ("Sure, you can email me at [EMAIL].", False),           # a contact detail given
    ("Best to reach me on [PHONE], that's my mobile.", False),
    ("You can reach me on [PHONE] after six.", True),         # with a when, it asks for contact
    ("Could you text me the code? You can text me on [PHONE].", True),
])
def test_a_contact_detail_given_is_not_a_follow_up_asked_for(said, asks):
    assert asks_follow_up(said) is asks


@pytest.mark.parametrize("said, asks", [
    ("Good one of your engineers return my call this afternoon.", True),   # "could" misheard
    ("so one of your team ring me back after lunch", True),               # "could" dropped
    ("Did one of your engineers return my call?", False),                 # a question about the past
    ("Someone returned my call yesterday.", False),
])
def test_a_request_whose_modal_asr_lost_still_asks(said, asks):
    assert asks_follow_up(said) is asks
