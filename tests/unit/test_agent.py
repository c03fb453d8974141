"""The dialog: scripted intents and consent, the webhook with its fallbacks, barge-in decisions."""

from __future__ import annotations

import asyncio
import json

import pytest

from callwarden import config
from callwarden.agent.bargein import BargeInDetector
from callwarden.agent.reply import CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_UNCLEAR
from callwarden.agent.script import ScriptedAgent, consent_answer
from callwarden.agent.webhook import WebhookAgent, WebhookError, parse_answer
from callwarden_tools.harness import free_port
from helpers import DialogWebhook
import socket


def agent_cfg(**values):
    return config.from_dict({"agent": values}).agent


# ---- consent answers ----

@pytest.mark.parametrize("text", ["Yes.", "Yeah, sure.", "That's fine", "OK go ahead", "No problem.",
                                  "Of course you can", "Yes, I don't mind", "no worries"])
def test_consent_given(text):
    assert consent_answer(text) == CONSENT_GIVEN


@pytest.mark.parametrize("text", ["No.", "No, thank you.", "I'd rather not.", "Please don't.", "Nope",
                                  "I'm not okay with that", "Absolutely not", "I object"])
def test_consent_refused(text):
    assert consent_answer(text) == CONSENT_REFUSED


@pytest.mark.parametrize("text", ["What?", "I'm calling about my bill.", "Hello?"])
def test_consent_unclear(text):
    assert consent_answer(text) == CONSENT_UNCLEAR


# ---- the scripted flow ----

def test_notify_mode_asks_nothing_and_answers_intents():
    agent = ScriptedAgent(agent_cfg())
    assert agent.opening() == []
    reply = agent.reply("Hi, what time do you open on Saturday?")
    assert reply.reason == "intent opening_hours" and "Monday to Friday" in reply.say and reply.action == "none"
    bye = agent.reply("Okay, thank you, bye.")
    assert bye.reason == "intent goodbye" and bye.action == "end"


def test_unmatched_turn_gets_the_fallback():
    reply = ScriptedAgent(agent_cfg()).reply("My kitchen faucet is leaking.")
    assert reply.reason == "fallback" and reply.say.startswith("Sorry, I didn't get that")


def test_triggers_match_whole_words_only():
    agent = ScriptedAgent(agent_cfg(intents=[{"name": "bill", "triggers": ["bill"], "reply": "Billing."}]))
    assert agent.reply("Bill me later").reason == "intent bill"
    assert agent.reply("The billing address changed").reason == "fallback"


def test_first_configured_intent_wins():
    agent = ScriptedAgent(agent_cfg(intents=[
        {"name": "a", "triggers": ["refund"], "reply": "A", "action": "ticket"},
        {"name": "b", "triggers": ["refund please"], "reply": "B"}]))
    reply = agent.reply("Refund please!")
    assert (reply.say, reply.action) == ("A", "ticket")


def test_ask_mode_consent_flow():
    cfg = agent_cfg(recording_consent="ask")
    agent = ScriptedAgent(cfg)
    assert agent.opening() == [cfg.consent_question]
    assert agent.reply("Sure, go ahead.").consent == CONSENT_GIVEN
    assert not agent.awaiting_consent
    assert agent.reply("what are your opening hours").reason == "intent opening_hours"


def test_ask_mode_refusal_and_repeated_unclear_answers():
    cfg = agent_cfg(recording_consent="ask")
    refusing = ScriptedAgent(cfg)
    refusing.opening()
    reply = refusing.reply("No, I'd rather you didn't.")
    assert reply.consent == CONSENT_REFUSED and reply.say == cfg.consent_declined
    vague = ScriptedAgent(cfg)
    vague.opening()
    again = vague.reply("Hmm, what?")
    assert again.consent is None and again.say == cfg.consent_question
    last = vague.reply("I'm calling about my bill")
    assert last.consent == CONSENT_UNCLEAR and not vague.awaiting_consent   # goes on, unrecorded


# ---- barge-in ----

def feed_run(detector, pattern: str, playing: bool = True, start_ms: int = 1000):
    """pattern: one character per 20 ms frame, 's' speech, '.' silence; returns decisions by frame."""
    return [detector.feed(start_ms + 20 * i, c == "s", playing) for i, c in enumerate(pattern)]


def test_bargein_fires_after_min_speech_with_the_onset():
    out = feed_run(BargeInDetector(80), "....ssss....")
    fired = [(i, o) for i, o in enumerate(out) if o is not None]
    assert fired == [(7, 1000 + 4 * 20)]


def test_bargein_tolerates_a_dip_inside_a_word():
    out = feed_run(BargeInDetector(80), "...ss.ss...")
    assert [o for o in out if o is not None] == [1000 + 3 * 20]


def test_a_click_is_not_a_bargein():
    assert all(o is None for o in feed_run(BargeInDetector(80), "..s....s...ss....s"))


def test_no_bargein_while_nothing_interruptible_plays():
    assert all(o is None for o in feed_run(BargeInDetector(80), "ssssssssss", playing=False))


# ---- the webhook ----

def test_parse_answer_accepts_say_and_action():
    reply = parse_answer(b'{"say": " Your order ships Monday. ", "action": "ticket"}')
    assert (reply.say, reply.action, reply.reason) == ("Your order ships Monday.", "ticket", "webhook")


@pytest.mark.parametrize("raw", [b"<html>", b"[1]", b'{"say": 3}', b'{"say": "x", "action": "dance"}',
                                 json.dumps({"say": "x" * 5000}).encode()])
def test_parse_answer_rejects_nonsense(raw):
    with pytest.raises(WebhookError):
        parse_answer(raw)


TURN = {"text": "What time do you open?", "t_start_ms": 1000, "t_end_ms": 2500, "confidence": 0.9}


def run_reply(cfg, turn=TURN, flags=()):
    agent = WebhookAgent(cfg, "call-1", "sip:alice@example.net")
    agent.heard_agent("Hello, how can I help?")
    return agent, asyncio.run(agent.reply(turn, list(flags)))


def test_webhook_gets_the_turn_with_history_and_token():
    hook = DialogWebhook(free_port(socket.SOCK_STREAM), lambda r: (200, b'{"say": "We open at nine.", "action": "none"}'))
    try:
        cfg = agent_cfg(mode="webhook", webhook_url=hook.url, webhook_token="s3cret")
        agent, reply = run_reply(cfg, flags=["pii"])
    finally:
        hook.close()
    assert (reply.say, reply.reason) == ("We open at nine.", "webhook")
    request, = hook.received
    assert request["text"] == TURN["text"] and request["turn"] == 1 and request["flags"] == ["pii"]
    assert request["history"] == [{"role": "agent", "text": "Hello, how can I help?"}]
    assert hook.headers[0]["Authorization"] == "Bearer s3cret"


def test_slow_webhook_falls_back_to_the_script_in_time():
    hook = DialogWebhook(free_port(socket.SOCK_STREAM), lambda r: (200, b'{"say": "late"}'), delay_s=2.0)
    try:
        cfg = agent_cfg(mode="webhook", webhook_url=hook.url, webhook_timeout_ms=300)
        _, reply = run_reply(cfg)
    finally:
        hook.close()
    assert reply.reason == "webhook timeout" and "Monday to Friday" in reply.say   # the scripted intent


@pytest.mark.parametrize("status,body,why", [(500, b"{}", "webhook failed: HTTP 500"),
                                             (200, b"not json", "webhook failed: answer is not JSON")])
def test_failing_webhook_falls_back_and_says_why(status, body, why):
    hook = DialogWebhook(free_port(socket.SOCK_STREAM), lambda r: (status, body))
    try:
        _, reply = run_reply(agent_cfg(mode="webhook", webhook_url=hook.url))
    finally:
        hook.close()
    assert reply.reason == why and reply.say


def test_unreachable_webhook_falls_back():
    cfg = agent_cfg(mode="webhook", webhook_url=f"http://127.0.0.1:{free_port(socket.SOCK_STREAM)}/x")
    _, reply = run_reply(cfg)
    assert reply.reason.startswith("webhook failed: unreachable") and "Monday" in reply.say


def test_webhook_mode_keeps_consent_on_the_box():
    hook = DialogWebhook(free_port(socket.SOCK_STREAM), lambda r: (200, b'{"say": "x"}'))
    try:
        cfg = agent_cfg(mode="webhook", webhook_url=hook.url, recording_consent="ask")
        agent = WebhookAgent(cfg, "call-1", "sip:a@b")
        agent.opening()
        reply = asyncio.run(agent.reply({**TURN, "text": "No thanks."}, []))
    finally:
        hook.close()
    assert reply.consent == CONSENT_REFUSED and hook.received == []
