"""The LLM dialog's pure parts: sentence splitting, action validation, the streamed JSON say field,
request building, the circuit breaker, SSE parsing and the [llm] config section. No I/O."""

from __future__ import annotations

import json

import pytest

from callwarden import config
from callwarden.agent.llm.actions import (ActionError, SayExtractor, check_action, json_reply, messages,
                                          request_body, tool_action)
from callwarden.agent.llm.breaker import CircuitBreaker
from callwarden.agent.llm.client import LlmError, sse_data
from callwarden.agent.llm.sentences import SentenceSplitter, speakable
from callwarden.config import ConfigError

SECRET = "sk-live-9f8e7d6c5b4a3210"


def split_stream(pieces: list[str]) -> list[str]:
    s = SentenceSplitter()
    out = []
    for p in pieces:
        out += s.feed(p)
    return out + s.flush()


def test_sentences_come_out_as_soon_as_they_end():
    s = SentenceSplitter()
    assert s.feed("Your bill is due on the fifth") == []
    assert s.feed(".") == []                  # a full stop counts once a space follows (3.30, e.g.)
    assert s.feed(" We also") == ["Your bill is due on the fifth."]
    assert s.feed(" send reminders by post.") == []
    assert s.flush() == ["We also send reminders by post."]


def test_abbreviations_decimals_and_short_bits_do_not_split():
    text = "Dr. Smith sees you at 3.30 today. Sure. The fee is 12.50 dollars, e.g. by card. Bye"
    assert split_stream([text[i:i + 3] for i in range(0, len(text), 3)]) == [
        "Dr. Smith sees you at 3.30 today.", "Sure. The fee is 12.50 dollars, e.g. by card.", "Bye"]


def test_run_on_text_is_cut_so_speech_can_start():
    out = split_stream(["word, " * 80])
    assert len(out) > 1 and all(len(o) <= 220 for o in out)


def test_markdown_is_not_read_out():
    assert speakable("**Open** now:\n- Monday\n# Hours [link](http://x)") == "Open now: Monday Hours"


def test_actions_are_validated():
    assert check_action("escalate", " wants  a person ").reason == "wants a person"
    for bad in ("transfer", None, 3):
        with pytest.raises(ActionError):
            check_action(bad)
    assert tool_action("route_call", '{"action": "ticket", "reason": "callback"}').action == "ticket"
    for name, args in (("route_call", "{"), ("route_call", "[]"), ("hang_up", "{}"), ("route_call", '{"action": "x"}')):
        with pytest.raises(ActionError):
            tool_action(name, args)


def test_strict_json_reply():
    say, action = json_reply('{"say": "Hello.", "action": "end"}')
    assert say == "Hello." and action.action == "end"
    for bad in ('Hello.', '{"say": 3, "action": "none"}', '{"say": "x", "action": "fly"}',
                '{"say": "x", "action": "none", "extra": 1}', '["x"]'):
        with pytest.raises(ActionError):
            json_reply(bad)


def test_say_field_streams_out_of_partial_json():
    x = SayExtractor()
    raw = '{"say": "It\\u0027s due \\"soon\\".\\nOK", "action": "none"}'
    assert "".join(x.feed(raw[i:i + 2]) for i in range(0, len(raw), 2)) == 'It\'s due "soon".\nOK'
    assert SayExtractor().feed('{"action": "none", "say": 5}') == ""


def test_request_offers_tools_or_a_json_schema_and_keeps_the_context_short():
    history = [{"role": "user", "content": f"turn {i}"} for i in range(20)]
    msgs = messages("FAQ: open 9-5.", history, "now", context_turns=2, structured="tools")
    assert msgs[0]["role"] == "system" and "FAQ" in msgs[0]["content"]
    assert [m["content"] for m in msgs[1:]] == ["turn 16", "turn 17", "turn 18", "turn 19", "now"]
    tools = request_body("m", msgs, 100, 0.2, "tools")
    assert tools["stream"] and tools["tools"][0]["function"]["name"] == "route_call" and "response_format" not in tools
    strict = request_body("m", messages("", [], "x", 0, "json"), 100, 0.2, "json")
    assert strict["response_format"]["json_schema"]["schema"]["required"] == ["say", "action"]
    assert "JSON" in strict["messages"][0]["content"] and "tools" not in strict
    assert messages("", history, "now", context_turns=0, structured="tools")[1:] == [{"role": "user", "content": "now"}]


def test_breaker_opens_cools_down_and_half_opens():
    b = CircuitBreaker(failures=2, cooldown_s=30)
    assert b.allow(0) and not b.failure(0) and b.failure(1) and b.is_open
    assert not b.allow(10)
    assert b.allow(31)                 # one trial after the cool-down
    assert b.failure(32) and not b.allow(33)      # it failed: open again at once
    assert b.allow(70)
    b.success()
    assert b.allow(71) and not b.is_open


def test_sse_events_are_parsed_across_reads():
    buf = bytearray(b'data: {"a": 1}\r\n\r\ndata: {"b"')
    assert sse_data(buf) == ['{"a": 1}']
    buf += b': 2}\n\n: comment\n\ndata: [DONE]\n\n'
    assert sse_data(buf) == ['{"b": 2}', "[DONE]"]
    with pytest.raises(LlmError):
        sse_data(bytearray(b"data: " + b"x" * 300_000))


# ---- the [llm] section ----

def load(tmp_path, text):
    path = tmp_path / "cw.toml"
    path.write_text(text, encoding="utf-8")
    return config.load(path)


def error(tmp_path, text) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load(tmp_path, text)
    return info.value


LLM = '[agent]\nmode = "llm"\n[llm]\nmodel = "qwen"\n'


def test_llm_mode_needs_an_endpoint_and_a_model(tmp_path):
    assert error(tmp_path, '[agent]\nmode = "llm"\n').key_path == "llm.base_url"
    assert error(tmp_path, '[agent]\nmode = "llm"\n[llm]\nbase_url = "http://127.0.0.1:8080/v1"\n').key_path \
        == "llm.model"
    cfg = load(tmp_path, LLM + 'base_url = "http://127.0.0.1:8080/v1"\n')
    assert cfg.agent.mode == "llm" and cfg.llm.model == "qwen"


@pytest.mark.parametrize("url", ["http://10.0.0.7:8000/v1", "http://gpu-box.lan:11434/v1", "http://[2001:db8::1]/v1"])
def test_plain_http_off_the_box_is_refused_unless_opted_in(tmp_path, url):
    e = error(tmp_path, LLM + f'base_url = "{url}"\n')
    assert e.key_path == "llm.base_url" and "insecure_transport" in e.message
    assert load(tmp_path, LLM + f'base_url = "{url}"\ninsecure_transport = true\n').llm.base_url == url


@pytest.mark.parametrize("url", ["https://api.example.com/v1", "http://127.0.0.1:8080/v1", "http://localhost:11434/v1",
                                 "http://[::1]:8000/v1"])
def test_https_and_loopback_are_fine(tmp_path, url):
    assert load(tmp_path, LLM + f'base_url = "{url}"\n').llm.base_url == url


@pytest.mark.parametrize("line,key", [
    ("temperature = 3.0", "llm.temperature"), ("max_tokens = 0", "llm.max_tokens"),
    ("timeout_ms = 'soon'", "llm.timeout_ms"), ("structured = 'xml'", "llm.structured"),
    ("first_token_timeout_ms = 9000", "llm.first_token_timeout_ms"), ("colour = 'red'", "llm.colour"),
    ("base_url = 'ftp://x'", "llm.base_url"), ("base_url = 'https://u:p@x/v1'", "llm.base_url"),
    ("system_prompt = '/nonexistent/faq.txt'", "llm.system_prompt"),
])
def test_bad_values_name_the_key(tmp_path, line, key):
    url = "" if line.startswith("base_url") else 'base_url = "http://127.0.0.1:1/v1"\n'
    assert error(tmp_path, LLM + f'{url}{line}\n').key_path == key


def test_api_key_stays_out_of_repr_and_errors(tmp_path):
    cfg = load(tmp_path, LLM + f'base_url = "https://x.example/v1"\napi_key = "{SECRET}"\n')
    assert cfg.llm.api_key == SECRET and SECRET not in repr(cfg) and SECRET not in repr(cfg.llm)
    e = error(tmp_path, LLM + 'base_url = "https://x.example/v1"\napi_key = 12345678901\n')
    assert e.key_path == "llm.api_key" and "12345678901" not in str(e)


def test_system_prompt_from_a_file(tmp_path):
    faq = tmp_path / "faq.txt"
    faq.write_text("We are Acme Energy.\nOpen 9 to 5.\n")
    cfg = load(tmp_path, LLM + f'base_url = "https://x.example/v1"\nsystem_prompt = "{faq}"\n')
    assert cfg.llm.system_text() == "We are Acme Energy.\nOpen 9 to 5."


def test_round_trips_through_to_dict(tmp_path):
    cfg = load(tmp_path, LLM + 'base_url = "https://x.example/v1"\ncontext_turns = 2\n')
    assert config.from_dict(json.loads(json.dumps(config.to_dict(cfg)))) == cfg


# ---- the built-in flow by meaning (item 5) ----

def scripted():
    from callwarden.agent.script import ScriptedAgent
    return ScriptedAgent(config.AgentConfig())


@pytest.mark.parametrize("text,reason", [
    ("Are you guys open on Saturday?", "intent opening_hours"),                 # the literal trigger
    ("Do you open on Sundays?", "intent opening_hours (by meaning"),
    ("What time does the office close today?", "intent opening_hours (by meaning"),
    ("Hi, I am calling about the internet service at my house.", "errand"),
    ("This is regarding my gas bill.", "errand"),
    ("I'm not sure how to open the app.", "fallback"),
    ("Okay, that is everything, thanks.", "fallback"),   # ending a call needs a closer match than that
])
def test_built_in_flow_understands_ordinary_requests(text, reason):
    assert scripted().reply(text).reason.startswith(reason)


def test_errands_are_read_back_in_the_agents_words():
    from callwarden.agent.meaning import errand_topic
    reply = scripted().reply("Hi, I am calling about the internet service at my house.")
    assert "calling about the internet service at your house." in reply.say and reply.action == "none"
    assert errand_topic("This is regarding my gas bill") == "your gas bill"
    assert errand_topic("I have a question about my contract, can you help?") == "your contract"
    assert errand_topic("Hello. Regarding my account [ACCOUNT].") is None     # a redacted value is not read back
    assert errand_topic("What are your hours?") is None


def test_meaning_can_be_switched_off():
    from dataclasses import replace
    from callwarden.agent.script import ScriptedAgent
    agent = ScriptedAgent(replace(config.AgentConfig(), intent_similarity=0.0, errand_reply=""))
    assert agent.reply("Do you open on Sundays?").reason == "fallback"
    assert agent.reply("This is regarding my gas bill.").reason == "fallback"


def test_the_model_cannot_end_or_downgrade_a_hand_off_the_policy_decided():
    # The model's action goes through RoutePolicy.agent_action (call/turns.py _llm_action).
    from callwarden import events as ev
    from callwarden.detect.detectors import flag
    from callwarden.events import CallClock
    from callwarden.detect.policy import RoutePolicy
    clock, policy = CallClock(), RoutePolicy()
    final = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": "Get me a person.", "t_start_ms": 0,
                                                       "t_end_ms": 2000, "confidence": 0.9}, t_ms=2100)
    escalated = policy.feed(flag(final, 2100, "escalation_request", "warn", 0.9, 0, 2000, "Get me a person."), 2100)
    assert [r.body["action"] for r in escalated] == ["escalate"]
    assert policy.agent_action(final, 2200, "end", "llm") == []
    assert policy.agent_action(final, 2200, "ticket", "llm") == []
    assert policy.final(clock.call_id, 3000).body["action"] == "escalate"


def test_sla_cost_per_resolution_adds_the_model_turns_as_the_appliance_priced_them():
    from collections import Counter
    from callwarden.receiver import report
    from callwarden.receiver.config import ReceiverConfig
    events = [(1, 10, "agent.reply", "agent", {"source": "llm", "cost": 0.004}),
              (2, 20, "agent.reply", "agent", {"source": "builtin", "reason": "unreachable"}),
              (3, 30, "agent.reply", "agent", {"source": "llm", "cost": "lots"}),      # not a number: ignored
              (4, 40, "route", "system", {"action": "auto"})]
    facts = report.call_facts(events)
    assert facts["llm_cost"] == 0.004
    calls = [{"duration_ms": 60_000}, {"duration_ms": 30_000}]
    priced = report.cost(calls, Counter(contained=2), ReceiverConfig(), facts["llm_cost"])
    assert priced["total"] == 0.004 and priced["per_resolution"] == 0.002
    assert report.cost(calls, Counter(contained=2), ReceiverConfig())["total"] is None     # nothing priced


def test_exports_show_a_streamed_answer_as_the_caller_heard_it():
    from callwarden.receiver.export import turns
    events = [(1, 100, "utterance.final", "caller", {"text": "How is my bill worked out?", "t_start_ms": 0,
                                                    "t_end_ms": 90}),
              (2, 600, "tts.start", "agent", {"text": "It has two parts.", "prompt_id": 2, "streamed": True}),
              (3, 700, "bargein", "caller", {"prompt_id": 2}),
              (4, 710, "tts.end", "agent", {"text": "It has two parts. First the standing charge.",
                                            "prompt_id": 2, "interrupted": True})]
    assert [t["text"] for t in turns(events)] == ["How is my bill worked out?",
                                                  "It has two parts. First the standing charge."]


def test_timeline_line_for_an_agent_reply():
    from callwarden.events import CallClock
    from callwarden.timeline.render import describe
    e = CallClock().event("agent.reply", "agent", {"source": "builtin", "reason": "first token timeout",
                                                   "action": "none", "prompt_tokens": 0, "completion_tokens": 0})
    assert describe(e) == "builtin answer (first token timeout), action none, 0+0 tokens"
    e = CallClock().event("agent.reply", "agent", {"source": "llm", "action": "ticket", "prompt_tokens": 210,
                                                   "completion_tokens": 31, "first_token_ms": 412.3})
    assert describe(e) == "llm answer, action ticket, 210+31 tokens, first token 412 ms"


def test_the_key_goes_to_child_processes_by_environment_not_command_line(tmp_path, monkeypatch):
    from callwarden.config.llm import KEY_ENV
    monkeypatch.setenv(KEY_ENV, "unset")      # (restored after the test: to_dict sets it for real)
    cfg = load(tmp_path, LLM + f'base_url = "https://x.example/v1"\napi_key = "{SECRET}"\n')
    handed = config.to_dict(cfg)
    assert SECRET not in json.dumps(handed)           # what goes on the children's command lines
    import os
    assert os.environ[KEY_ENV] == SECRET              # what they inherit
    child = config.from_dict(json.loads(json.dumps(handed)))
    assert child.llm.api_key == "" and child.llm.key() == SECRET
