"""Helpers for the receiver tests: signed chains of real CallEvents and plain urllib requests."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from callwarden.events import CallEvent
from callwarden.wire import batch as wire
from callwarden.wire import keys

TOKEN = "test-token-7c1d0e55b6a54f7f9a1e"  # the shared test server's API token (conftest.SERVER_CONFIG)


def call_events(call_id: str | None = None, *, first_seq: int = 0, texts: tuple[str, ...] = ("hello",),
                start: bool = True, end: bool = False, wall: str = "2025-03-14T09:30:00.000Z",
                flags: tuple[dict, ...] = (), route: str | None = None, redactions: int = 0) -> list[dict]:
    """A slice of one call's timeline as CallEvent dicts (what the outbox holds)."""
    call_id = call_id or str(uuid.uuid4())
    out: list[CallEvent] = []

    def add(kind: str, leg: str, body: dict) -> None:
        out.append(CallEvent(call_id, first_seq + len(out), 100 * (first_seq + len(out)), wall, kind, leg, body))

    if start:
        add("call.start", "system", {"from": "sip:+15550100@pbx", "to": "sip:help@pbx", "sip_call_id": "x1",
                                      "headers": {}, "codec": "PCMU"})
    for i, text in enumerate(texts):
        add("utterance.final", "caller", {
            "text": text, "t_start_ms": 1000 * i, "t_end_ms": 1000 * i + 800, "confidence": 0.91,
            "latency_ms": 120 + 10 * i,
            "redactions": [{"entity": "pci_pan", "start": 0, "end": 4, "rule": "luhn"}] * redactions})
    for body in flags:
        add("flag", "system", {"severity": "warn", "confidence": 0.8, "latency_ms": 300,
                               "evidence": {"t_start_ms": 0, "t_end_ms": 800, "text": "..."}, **body})
    if route:
        add("route", "system", {"action": route, "reason": "test", "flags": [], "latency_ms": 5})
    if end:
        add("call.end", "system", {"reason": "caller_bye", "duration_ms": 4200})
    return [e.to_dict() for e in out]


def dialog_events(call_id: str, turns: list[tuple[str, str]], *, wall: str, route: str | None = "auto",
                  flags: tuple[dict, ...] = (), duration_ms: int = 60_000) -> list[dict]:
    """A whole call with bot turns: ("agent", text) is a tts.start/tts.end pair, ("caller", text)
    an utterance.final; then flags, the route and call.end."""
    out: list[CallEvent] = []

    def add(kind: str, leg: str, body: dict) -> None:
        out.append(CallEvent(call_id, len(out), 1000 * len(out), wall, kind, leg, body))

    add("call.start", "system", {"from": "sip:+15550100@pbx", "to": "sip:help@pbx", "sip_call_id": call_id,
                                  "headers": {}, "codec": "PCMU"})
    for i, (speaker, text) in enumerate(turns):
        if speaker == "agent":
            add("tts.start", "agent", {"text": text, "prompt_id": i})
            add("tts.end", "agent", {"text": text, "prompt_id": i, "interrupted": False})
        else:
            add("utterance.final", "caller", {"text": text, "t_start_ms": 1000 * len(out), "t_end_ms": 1000 * len(out)
                                              + 700, "confidence": 0.9, "latency_ms": 150, "redactions": []})
    for body in flags:
        add("flag", "system", {"severity": "warn", "confidence": 0.8, "latency_ms": 300,
                               "evidence": {"t_start_ms": 0, "t_end_ms": 800, "text": "..."}, **body})
    if route:
        add("route", "system", {"action": route, "reason": "test", "flags": [], "latency_ms": 5})
    add("call.end", "system", {"reason": "caller_bye", "duration_ms": duration_ms})
    return [e.to_dict() for e in out]


class Appliance:
    """An appliance's side of the chain: key in a temp dir, next seq and previous hash."""

    def __init__(self, state_dir: Path, name: str | None = None) -> None:
        self.key = keys.load_or_create(state_dir)
        self.name = name or f"app-{uuid.uuid4().hex[:10]}"
        self.seq = 0
        self.prev = wire.GENESIS_HASH

    @property
    def public_key(self) -> str:
        return keys.public_key_text(self.key)

    def make(self, events: list[dict], *, seq: int | None = None, prev: str | None = None) -> dict:
        """The next batch (not yet accepted: call accept() once it is stored)."""
        return wire.make_batch(self.key, self.name, self.seq if seq is None else seq,
                               self.prev if prev is None else prev, events)

    def accept(self, batch: dict) -> None:
        self.seq, self.prev = batch["batch_seq"] + 1, batch["hash"]


def post(url: str, body: bytes, content_type: str = wire.CONTENT_TYPE, timeout_s: float = 10) -> tuple[int, dict]:
    req = urllib.request.Request(url + "/v1/batches", data=body, method="POST",
                                 headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        text = e.read()
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, {"error": text.decode(errors="replace")}


def auth_headers(token: str | None = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token is not None else {}


def get(url: str, path: str, timeout_s: float = 10, token: str | None = TOKEN) -> tuple[int, object]:
    """GET with the test token (None: no Authorization header); JSON bodies decoded, others as text."""
    req = urllib.request.Request(url + path, headers=auth_headers(token))
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as r:
            raw = r.read()
            ctype = r.headers.get("Content-Type", "")
            return r.status, (json.loads(raw) if ctype.startswith("application/json") else raw.decode())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def post_json(url: str, path: str, body: bytes, token: str | None = TOKEN, content_type: str = "application/json",
              timeout_s: float = 30) -> tuple[int, dict]:
    headers = {"Content-Type": content_type, **auth_headers(token)}
    req = urllib.request.Request(url + path, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout_s) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        text = e.read()
        try:
            return e.code, json.loads(text)
        except ValueError:
            return e.code, {"error": text.decode(errors="replace")}
