"""Test helpers: sipp runs and timeline reads."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from callwarden.timeline import TimelineStore

SCENARIOS = Path(__file__).parent / "integration" / "scenarios"


def run_sipp(scenario: str, port: int, *, audio: Path | None = None, play_ms: int = 0, transport: str = "u1",
             calls: int = 1, timeout_s: float = 60, work_dir: Path, extra: list[str] | None = None
             ) -> subprocess.CompletedProcess:
    """Runs a scenario from tests/integration/scenarios against 127.0.0.1:port.

    @AUDIO@ / @AUDIO_ALAW@ in the scenario become the raw µ-law / A-law files beside `audio`,
    @PLAY_MS@ becomes `play_ms`."""
    text = (SCENARIOS / scenario).read_text()
    if audio is not None:
        text = text.replace("@AUDIO@", str(audio.with_suffix(".ul")))
        text = text.replace("@AUDIO_ALAW@", str(audio.with_suffix(".al")))
    text = text.replace("@PLAY_MS@", str(play_ms))
    xml = work_dir / scenario
    xml.write_text(text)
    args = ["sipp", "-sf", str(xml), "-m", str(calls), "-i", "127.0.0.1", "-mi", "127.0.0.1",
            "-t", transport, "-nostdin", "-timeout", f"{int(timeout_s)}s", "-timeout_error",
            "-trace_err", "-error_file", str(work_dir / f"{scenario}.errors.log"),
            f"127.0.0.1:{port}", *(extra or [])]
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout_s + 30, cwd=work_dir)


def all_calls(state_dir: Path):
    store = TimelineStore(state_dir, readonly=True)
    try:
        return [(c, store.events(c.call_id)) for c in reversed(store.calls(1000))]
    finally:
        store.close()


def finals_text(events) -> str:
    return " ".join(e.body["text"] for e in events if e.kind == "utterance.final")


class Webhook:
    """A real HTTP server on loopback that records what it is sent. Port 0 (the default): the OS
    picks one as it binds, so nothing can take it in between; `port` says which."""

    def __init__(self, port: int = 0, status: int = 200) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *a):
                pass
        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class DialogWebhook:
    """A real HTTP dialog webhook on loopback: `answer(request) -> (status, body bytes)`; records requests.
    Port 0: the OS picks one as it binds (see `port`, `url`)."""

    def __init__(self, port: int, answer, delay_s: float = 0.0) -> None:
        received = self.received = []
        self.headers: list[dict] = []
        headers = self.headers

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                received.append(request)
                headers.append(dict(self.headers))
                time.sleep(delay_s)
                status, body = answer(request)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *a):
                pass
        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/dialog"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def metric_value(text: str, name: str, **labels: str) -> float:
    """A sample's value in a /metrics page (the sum over label values not named), 0 when absent."""
    from prometheus_client.parser import text_string_to_metric_families
    return sum(s.value for family in text_string_to_metric_families(text) for s in family.samples
               if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()))


def redact_turns(turns: list[tuple[str, str]]) -> list[str]:
    """The caller turns of a call as one CallRedactor stores them; agent turns only open contexts."""
    from callwarden.redact.redactor import CallRedactor
    r, out = CallRedactor(), []
    for who, text in turns:
        if who == "agent":
            r.note_agent_text(text)
        else:
            out.append(r.redact(text, 0, 1).text)
    return out


def stream(*turns: str) -> list[str]:
    """Caller turns out as one call's redactor stores them; a turn starting with "A:" is the agent's."""
    return redact_turns([("agent", t[2:]) if t.startswith("A:") else ("caller", t) for t in turns])


def last_turn(*turns: str) -> str:
    """The caller's last turn of `stream(*turns)`, as stored."""
    return stream(*turns)[-1]


class FakeStack:
    """A SIP stack that does nothing: for a Worker driven without pjsua2 (no call is really up)."""
    bound = ["udp"]

    def play(self, *a):
        pass

    def stop_prompt(self, *a):
        pass

    def hangup(self, *a):
        pass

    def transfer(self, *a):
        pass


async def until(predicate, what):
    """Waits (30 s at most) for predicate() on a running loop; fails the test naming `what`."""
    import asyncio

    import pytest
    for _ in range(3000):
        if predicate():
            return
        await asyncio.sleep(0.01)
    pytest.fail(what)
