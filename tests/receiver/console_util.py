"""Data and a browser for the ops console tests.

The receiver is filled two ways: real appliance syncs (today's calls: scripted caller turns through
the appliance's own redactor, detectors and router, stored in its timeline store and uploaded by its
uploader) and a generated volume (signed batches of hand-built calls over the nine days before,
posted to /v1/batches), so the SLA page has days with and without pivot alarms."""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import psycopg

from callwarden import events as ev
from callwarden.config import Config, SyncConfig
from callwarden.detect.pipeline import CallAnalysis
from callwarden.events import CallClock, CallEvent
from callwarden.receiver import db
from callwarden.redact.redactor import CallRedactor
from callwarden.wire import batch as wire
from callwarden.wire import keys
from callwarden.sync.uploader import Uploader
from callwarden.timeline import TimelineStore
from rx_util import Appliance, post

PASSWORD = "console-test-password-31"
ROLES = ("viewer", "auditor", "admin")
CALLER = "sip:h-5f1e0c9a77d24b13@pbx.example"

# Said by the test callers; none may reach a page.
CARD = "4539 1488 0343 6467"
SSN = "123-45-6789"
EMAIL = "kate.wilder@fastmail.com"
SECRETS = (CARD, CARD.replace(" ", ""), "1488 0343", SSN, SSN.replace("-", ""), EMAIL, "wilder", "fastmail")

SCRIPTS = {
    "card": [("agent", "Hello, you are through to Acme billing. How can I help?"),
             ("caller", "I'd like to pay my bill by card."),
             ("agent", "Sure, please read me the card number."),
             ("caller", f"My card number is {CARD}."),
             ("caller", "Actually I want to talk to a human agent please.")],
    "ssn": [("agent", "Hello, you are through to Acme. How can I help?"),
            ("caller", f"My social security number is {SSN} and my email is {EMAIL}."),
            ("caller", "Please stop calling me, take me off your list.")],
    "hours": [("agent", "Hello, you are through to Acme. How can I help?"),
              ("caller", "What time do you open on Sunday?"),
              ("agent", "We open at ten on Sundays.")],
}


def register(dsn: str, name: str, public_key: str) -> None:
    with psycopg.connect(dsn) as conn:
        db.add_appliance(conn, name, public_key)


def _restamp(clock: CallClock, e: CallEvent) -> CallEvent:
    return clock.event(e.kind, e.leg, e.body)


def real_call(store: TimelineStore, turns: list[tuple[str, str]]) -> str:
    """One call as the appliance stores it: finals redacted by the call's redactor, flags and the
    route from its analysis, every event stamped by the call's clock."""
    clock, redactor, analysis = CallClock(), CallRedactor(), CallAnalysis(Config())
    out = [clock.event(ev.CALL_START, "system", {"from": CALLER, "to": "sip:help@pbx.example",
                                                   "sip_call_id": uuid.uuid4().hex, "headers": {}, "codec": "PCMU"}),
           clock.event("call.answer", "system", {"codec": "PCMU"})]
    t = 0
    for speaker, text in turns:
        t += 3000
        if speaker == "agent":
            redactor.note_agent_text(text)
            out.append(clock.event("tts.start", "agent", {"text": text}, t_ms=t))
            out.append(clock.event("tts.end", "agent", {"text": text, "interrupted": False}, t_ms=t + 1500))
            continue
        red = redactor.redact(text, t, t + 2000)
        final = clock.event(ev.UTTERANCE_FINAL, "caller", {
            "text": red.text, "t_start_ms": t, "t_end_ms": t + 2000, "confidence": 0.9, "latency_ms": 140,
            "redactions": [r.to_dict() for r in red.records]}, t_ms=t + 2140)
        out.append(final)
        out += [_restamp(clock, e) for e in analysis.feed(final, t + 2200)]
    out.append(_restamp(clock, analysis.final_route(clock.call_id, t + 2300)))
    out.append(clock.event(ev.CALL_END, "system", {"reason": "caller_bye", "duration_ms": t + 3000}, t_ms=t + 3000))
    for e in out:
        store.append(e)
    return clock.call_id


def sync_real_calls(url: str, dsn: str, state: Path, name: str) -> dict[str, str]:
    """{script name: call id} of calls made and uploaded by a real appliance's store and uploader."""
    key = keys.load_or_create(state)
    register(dsn, name, keys.public_key_text(key))
    store = TimelineStore(state, outbox=True)
    made = {label: real_call(store, turns) for label, turns in SCRIPTS.items()}
    store.close()
    up = Uploader(SyncConfig(enabled=True, url=url, appliance=name, batch_max_events=50), state, key)
    for _ in range(100):
        if up.step() == "idle":
            return made
    raise AssertionError("the outbox did not drain")


def gen_call(day: date, i: int, *, route: str = "auto", flags: tuple[str, ...] = (), transfer: bool = False,
             recording_sha256: str | None = None) -> list[dict]:
    """A short generated call on `day` (no secrets in it: its text is already masked)."""
    cid = f"gen-{day.isoformat()}-{i:03d}-{uuid.uuid4().hex[:6]}"
    wall = f"{day.isoformat()}T{(i * 3) % 24:02d}:15:00.000Z"
    out: list[CallEvent] = []

    def add(kind: str, leg: str, body: dict) -> None:
        out.append(CallEvent(cid, len(out), 1000 * len(out), wall, kind, leg, body))

    add("call.start", "system", {"from": CALLER, "to": "sip:help@pbx.example", "sip_call_id": cid, "headers": {},
                                  "codec": "PCMU"})
    add("tts.start", "agent", {"text": "Hello, how can I help?"})
    add("utterance.final", "caller", {"text": "my account is [BANK_ACCOUNT] and I need help", "t_start_ms": 1000,
                                      "t_end_ms": 2000, "confidence": 0.9, "latency_ms": 100 + 10 * (i % 7),
                                      "redactions": [{"entity": "bank_account", "t_start_ms": 1200, "t_end_ms": 1900,
                                                      "rule": "context", "confidence": 1.0}]})
    for n, flag in enumerate(flags):
        add("flag", "system", {"type": flag, "severity": "critical" if flag == "distress" else "warn",
                               "confidence": 0.8, "latency_ms": 200 + 50 * n + i % 5,
                               "evidence": {"t_start_ms": 1000, "t_end_ms": 2000, "text": "please [BANK_ACCOUNT]"}})
    add("route", "system", {"action": route, "reason": "generated", "flags": list(flags), "latency_ms": 4})
    if transfer:
        add("transfer", "system", {"target": "sip:queue@pbx.example", "result": "ok"})
    end = {"reason": "caller_bye", "duration_ms": 30_000 + 1000 * i}
    if recording_sha256:
        end["recording_sha256"] = recording_sha256
    add("call.end", "system", end)
    return [e.to_dict() for e in out]


def post_calls(url: str, app: Appliance, calls: list[list[dict]]) -> None:
    pending = [e for c in calls for e in c]
    for k in range(0, len(pending), 400):
        batch = app.make(pending[k:k + 400])
        status, body = post(url, wire.encode(batch))
        assert status == 200, body
        app.accept(batch)


def days_before(today: date, n: int) -> list[date]:
    return [today - timedelta(days=k) for k in range(n, 0, -1)]


def today_utc() -> date:
    return datetime.now(timezone.utc).date()


def artefacts_dir(tmp_path_factory) -> Path:
    root = os.environ.get("CALLWARDEN_ARTEFACTS")
    path = Path(root) / "console" if root else tmp_path_factory.mktemp("console-artefacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


def browser():
    """Headless Debian chromium driven through chromium-driver."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--disable-extensions", "--no-first-run"):
        opts.add_argument(arg)
    return webdriver.Chrome(options=opts, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))


def get_json(url: str, token: str) -> object:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read())
