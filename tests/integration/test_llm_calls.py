"""[agent] mode = "llm" on real SIP calls, against a real model server started here on loopback
(tests/model_server/server.py: llama.cpp via ik-llama-cpp-python serving SmolLM2-135M-Instruct): the
answer is streamed into speech before the model has finished, a barge-in closes the model's
stream, a server killed mid-answer is stood in for by the built-in flow within timeout_ms, and
a card number the caller says never reaches the model. Quality is not asserted: the plumbing is.
The escalate action, which this model cannot be made to produce on cue, is in
test_llm_calls_fake.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest

from callwarden_tools.harness import place_calls
from callwarden_tools.render import CallerStyle
from helpers import all_calls, metric_value

STYLE = CallerStyle(rate_wpm=165, noise_snr_db=30, seed=23)
GREETING = "Hello, this call is recorded."
LEAD_IN_MS = 3500
API_KEY = "sk-test-Zq8vN3xW1pLr7TkE"
TIMEOUT_MS = 12000
SERVER = Path(__file__).resolve().parents[1] / "model_server" / "server.py"


class ModelServer:
    def __init__(self, log: Path) -> None:
        self.log = log
        self.proc = subprocess.Popen([sys.executable, str(SERVER), "--log", str(log)], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line.startswith("port "), self.proc.stderr.read()[-2000:]
        self.url = f"http://127.0.0.1:{int(line.split()[1])}/v1"

    def entries(self) -> list[dict]:
        return [json.loads(line) for line in self.log.read_text().splitlines()] if self.log.exists() else []

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def model_server(tmp_path):
    server = ModelServer(tmp_path / "model.jsonl")
    yield server
    server.kill()


def llm_daemon(daemon_factory, server: ModelServer, *extra: str):
    # The key in a config file, as a site keeps it (a --set would put it on the master's command line).
    conf = server.log.with_name("callwarden.toml")
    conf.write_text(f'[llm]\napi_key = "{API_KEY}"\n')
    conf.chmod(0o600)
    return daemon_factory("--config", str(conf), "--set", 'agent.mode="llm"',
                          "--set", f'llm.base_url="{server.url}"',
                          "--set", 'llm.model="smollm2-135m"',
                          "--set", 'llm.system_prompt="You are the phone agent of Acme Energy. Be brief."',
                          "--set", "llm.temperature=0.0", "--set", f'tts.greeting="{GREETING}"', *extra)


def kinds(events, kind):
    return [e for e in events if e.kind == kind]


def wall_s(event) -> float:
    return datetime.fromisoformat(event.wall.replace("Z", "+00:00")).timestamp()


def test_streamed_answer_barge_in_secrets_then_server_killed(daemon_factory, render, model_server):
    """One daemon (its start is most of the cost here), two calls. The first: the answer is spoken
    before the model has finished; the caller talking over it closes the model's stream (the server
    sees the connection go) and only what was heard is kept as said; the card number in the
    question never reaches the model. The second: the server is killed at its first token, and the
    built-in flow answers that turn and the next (server gone) within timeout_ms; the call goes on."""
    # Long answers (up to 300 tokens, about ten seconds of generation here): the caller talks
    # over the first seconds of speech while the model is still writing.
    wav = render(["My card number is 4111 1111 1111 1111. Can you explain how my gas bill is calculated?",
                  "Stop, stop. Thank you."], STYLE, lead_in_ms=LEAD_IN_MS, pause_ms=2800, tail_ms=3000)
    daemon = llm_daemon(daemon_factory, model_server, "--set", "llm.max_tokens=300",
                        "--set", f"llm.timeout_ms={TIMEOUT_MS}", "--set", "llm.first_token_timeout_ms=2500")
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    metrics = daemon.get("/metrics")
    (call, events), = all_calls(daemon.state_dir)
    log = model_server.entries()
    requests = [e for e in log if e["event"] == "request"]
    assert requests, "the model was never asked"

    # The caller's words reached the model redacted only: no digit run of the card anywhere.
    sent = json.dumps([r["body"] for r in requests])
    assert "[PCI_PAN]" in sent, sent
    assert not re.search(r"4111|1111", sent), sent
    assert all(r["auth"] for r in requests)          # the key was sent ...
    # ... and is nowhere in the timeline or the daemon's log.
    assert API_KEY not in json.dumps([e.to_dict() for e in events])
    assert API_KEY not in (daemon.state_dir / "daemon.log").read_text(errors="replace")
    # ... nor on any process's command line (the workers get it from their environment).
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            assert API_KEY.encode() not in cmdline.read_bytes(), cmdline
        except OSError:
            pass

    # Streamed: the first sentence went to TTS well before the model's last token.
    reply = kinds(events, "agent.reply")[0]
    assert reply.body["source"] == "llm" and reply.body["completion_tokens"] > 0
    assert reply.body["prompt_tokens"] > 0 and 0 < reply.body["first_token_ms"] <= reply.body["model_ms"]
    start = [e for e in kinds(events, "tts.start") if e.body["prompt_id"] > 1][0]
    assert start.body["streamed"] is True
    rid = requests[0]["id"]
    last_token = max(e["t"] for e in log if e["event"] == "token" and e["id"] == rid)
    assert wall_s(start) < last_token - 0.2, (wall_s(start), last_token)

    assert metric_value(metrics, "callwarden_llm_first_token_seconds_count") >= 1, metrics
    assert metric_value(metrics, "callwarden_llm_tokens_total", kind="completion") > 0
    assert metric_value(metrics, "callwarden_llm_replies_total", source="llm") >= 1

    # Barge-in: the stream was closed, early, soon after the caller started talking.
    bargein = kinds(events, "bargein")[0]
    assert bargein.body["prompt_id"] == start.body["prompt_id"]
    assert reply.body["interrupted"] is True and reply.body["closed_early"] is True
    closed = [e for e in log if e["event"] == "closed" and e["id"] == rid]
    assert closed, "the model's server never saw the connection closed"
    assert closed[0]["tokens"] < 300 and closed[0]["t"] - wall_s(bargein) < 1.5
    end, = [e for e in kinds(events, "tts.end") if e.body["prompt_id"] == start.body["prompt_id"]]
    assert end.body["interrupted"] is True and end.body["text"] == reply.body["said"]
    # What was not spoken is not kept as said: the next request's context holds only what was heard.
    if len(requests) > 1:
        said = [m["content"] for m in requests[1]["body"]["messages"] if m["role"] == "assistant"]
        assert said == ([reply.body["said"]] if reply.body["said"] else []), said

    # Second call: the model server dies at the first token of this call's first answer.
    asked_before = {r["id"] for r in requests} | {e["id"] for e in model_server.entries() if e["event"] == "request"}

    def kill_at_first_token():
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if any(e["event"] == "token" and e["id"] not in asked_before for e in model_server.entries()):
                model_server.kill()
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_at_first_token, daemon=True)
    killer.start()
    wav = render(["Hi, I am calling about the internet service at my house.", "Are you open on Saturday?"],
                 STYLE, lead_in_ms=LEAD_IN_MS, pause_ms=4000, tail_ms=4000)
    place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=60)
    killer.join(1)
    (call, events), = [c for c in all_calls(daemon.state_dir) if c[0].call_id != call.call_id]
    finals = kinds(events, "utterance.final")
    replies = kinds(events, "agent.reply")
    # (Two turns; a loaded box may hear one of them as two.)
    assert len(finals) == len(replies) >= 2, [e.kind for e in events]
    for final, reply in zip(finals, replies):
        assert reply.body["source"] == "builtin", json.dumps([r.body for r in replies])
        spoken = [e for e in kinds(events, "tts.start") if e.t_ms >= reply.t_ms]
        assert spoken and spoken[0].t_ms - final.t_ms < TIMEOUT_MS
    assert "connection closed mid-answer" in replies[0].body["reason"], replies[0].body
    for final, reply in zip(finals[1:], replies[1:]):
        assert "unreachable" in reply.body["reason"], reply.body
        # The dead server cost no wait: a refused connection is answered for at once.
        assert reply.t_ms - final.t_ms < 1000
    assert call.end_reason == "caller_bye"      # the call went on
