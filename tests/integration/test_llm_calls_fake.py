"""[agent] mode = "llm" against a scripted OpenAI-compatible server (tests/model_server/server_fake.py), for
what the real test model cannot be made to do on cue: a route_call tool asking for a human (a
REFER on a real call), an endpoint refusing tools (strict JSON from then on), malformed output,
a first token that never comes, and the circuit breaker. Real HTTP on loopback; no model."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

import pytest

from callwarden.agent.llm.breaker import CircuitBreaker
from callwarden.agent.llm.flow import LlmAgent, LlmTurn
from callwarden.agent.script import ScriptedAgent
from callwarden.config import AgentConfig
from callwarden.config.llm import parse_llm
from callwarden_tools.harness import free_port, place_calls
from callwarden_tools.render import CallerStyle
from helpers import all_calls

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from model_server.server_fake import ScriptedLlm  # noqa: E402
from test_call_control import start_queue  # noqa: E402

STYLE = CallerStyle(rate_wpm=160, noise_snr_db=30, seed=47)
ESCALATE = {"content": ["Of course. ", "Let me find a colleague who can look at your contract."],
            "tool": {"name": "route_call",
                     "arguments": json.dumps({"action": "escalate", "reason": "contract change"})}}


def agent(fake: ScriptedLlm, **cfg) -> LlmAgent:
    llm = parse_llm({"base_url": fake.url, "model": "fake", **cfg}, "llm")
    return LlmAgent(llm, "call-1", CircuitBreaker(llm.breaker_failures, llm.breaker_cooldown_s),
                    ScriptedAgent(AgentConfig()))


def run_turn(a: LlmAgent, text: str) -> tuple[LlmTurn, list[str]]:
    async def go():
        turn = a.begin(text)
        return turn, [s async for s in turn.sentences()]
    return asyncio.run(go())


def test_model_escalate_action_is_a_refer_to_the_human_queue(daemon_factory, render, tmp_path):
    fake = ScriptedLlm([ESCALATE, {"content": ["Okay."]}])
    queue_port = free_port()
    queue = start_queue("uas_queue_answer.xml", queue_port, tmp_path)
    # No words a detector takes for a request for a human: the model alone asks for the hand-off.
    wav = render(["Hello, I would like to change the terms of my contract."], STYLE, lead_in_ms=3000,
                 tail_ms=1000)
    try:
        daemon = daemon_factory("--set", 'agent.mode="llm"', "--set", f'llm.base_url="{fake.url}"',
                                "--set", 'llm.model="fake"', "--set", 'tts.greeting="Hello, this call is recorded."',
                                "--set", f'route.escalate_uri="sip:queue@127.0.0.1:{queue_port}"')
        place_calls(daemon.uri, [wav], tail_s=10.0, timeout_s=60)
        out, err = queue.communicate(timeout=60)
    finally:
        fake.close()
    assert queue.returncode == 0, out[-1500:] + err[-1500:]
    (call, events), = all_calls(daemon.state_dir)
    assert not [e for e in events if e.kind == "flag" and e.body["type"] == "escalation_request"]
    reply, = [e.body for e in events if e.kind == "agent.reply"]
    assert reply["action"] == "escalate" and reply["structured"] == "tools" and reply["prompt_tokens"] == 50
    route = [e.body for e in events if e.kind == "route"][0]
    assert route["action"] == "escalate" and route["reason"] == "llm: contract change"
    transfer, = [e.body for e in events if e.kind == "transfer"]
    assert transfer["result"] == "ok" and call.end_reason == "transferred"
    # The tool was offered, with the action's schema.
    assert fake.received[0]["tools"][0]["function"]["name"] == "route_call"


def test_tools_refused_then_strict_json_streams_the_say_field():
    answer = {"content": ['{"say": "Your bill is due', ' on the fifth. I can send', ' a copy too.", ',
                          '"action": "ticket"}']}
    fake = ScriptedLlm([{"status": 400}, answer, answer])
    try:
        a = agent(fake)
        turn, sentences = run_turn(a, "When is my bill due?")
        assert not turn.error and sentences == ["Your bill is due on the fifth.", "I can send a copy too."]
        assert turn.action.action == "ticket" and a.structured == "json"
        assert "tools" in fake.received[0] and "response_format" in fake.received[1]
        turn, _ = run_turn(a, "Thanks.")                 # the call remembers: JSON straight away
        assert "tools" not in fake.received[2]
        # The context: each caller turn once, this one last.
        users = [m["content"] for m in fake.received[2]["messages"] if m["role"] == "user"]
        assert users == ["When is my bill due?", "Thanks."]
    finally:
        fake.close()


@pytest.mark.parametrize("answer,why", [
    ({"raw": "this is not json"}, "malformed stream"),
    ({"content": ["Sure."], "tool": {"name": "route_call", "arguments": '{"action": "dance"}'}}, "malformed answer"),
    ({"content": ["Hi."], "tool": {"name": "delete_account", "arguments": "{}"}}, "malformed answer"),
    ({"status": 500}, "HTTP 500"),
])
def test_bad_answers_fall_back_to_the_built_in_flow(answer, why):
    fake = ScriptedLlm([answer])
    try:
        turn, sentences = run_turn(agent(fake), "What are your opening hours?")
    finally:
        fake.close()
    assert sentences == [] and why in turn.error
    reply = turn.fallback()
    assert reply.say.startswith("We are open") and reply.reason.startswith(f"llm {turn.error}")
    assert turn.report.source == "builtin"


def test_slow_first_token_falls_back_in_time_and_the_breaker_opens():
    fake = ScriptedLlm([{"first_delay_s": 3, "content": ["Too late."]}])
    try:
        a = agent(fake, first_token_timeout_ms=300, timeout_ms=2000, breaker_failures=2, breaker_cooldown_s=60)
        t0 = time.monotonic()
        turn, sentences = run_turn(a, "Hello?")
        assert turn.error == "first token timeout" and time.monotonic() - t0 < 0.8
        run_turn(a, "Hello?")
        assert a.breaker.is_open and len(fake.received) == 2
        turn, _ = run_turn(a, "Hello?")                  # not asked while the circuit is open
        assert turn.error == "circuit open" and len(fake.received) == 2
    finally:
        fake.close()
