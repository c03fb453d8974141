"""The appliance's side of sync against the real receiver on PostgreSQL: a real call arrives
intact; an outage loses and doubles nothing; a crash between send and acknowledge resends safely."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
import uuid

import psycopg
import pytest

from callwarden.config import SyncConfig
from callwarden.events import CallClock
from callwarden_tools.harness import Daemon, free_port
from callwarden.receiver import db
from callwarden.wire import keys
from callwarden.sync.outbox import Outbox
from callwarden.sync.uploader import Uploader
from callwarden.timeline import TimelineStore
from callwarden_tools.render import CallerStyle
from helpers import all_calls, run_sipp
from rx_util import auth_headers


def fetch_call(url: str, call_id: str) -> dict:
    req = urllib.request.Request(f"{url}/v1/calls/{call_id}", headers=auth_headers())
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.loads(r.read())


def register(dsn: str, name: str, state_dir) -> None:
    with psycopg.connect(dsn) as conn:
        db.add_appliance(conn, name, keys.public_key_text(keys.load_or_create(state_dir)))


def fill_outbox(state_dir, calls: int) -> list[tuple[str, int]]:
    """`calls` short calls straight into the store (as the daemon writes them), outbox on."""
    store = TimelineStore(state_dir, outbox=True)
    written = []
    for i in range(calls):
        clock = CallClock()
        for kind, leg, body in [("call.start", "system", {"from": f"sip:+1555{i:07d}@pbx", "to": "sip:bot@x",
                                                            "sip_call_id": str(i), "headers": {}, "codec": "PCMU"}),
                                ("call.answer", "system", {"codec": "PCMU"}),
                                ("utterance.final", "caller", {"text": f"turn {i} [PCI_PAN]", "t_start_ms": 10,
                                                               "t_end_ms": 900, "confidence": 0.8,
                                                               "latency_ms": 120, "redactions": []}),
                                ("route", "system", {"action": "auto", "reason": "no flag", "flags": [],
                                                     "final": True, "latency_ms": 0}),
                                ("call.end", "system", {"reason": "caller_bye", "duration_ms": 1000})]:
            e = clock.event(kind, leg, body)
            store.append(e)
            written.append((e.call_id, e.seq))
    store.close()
    return written


def received(dsn: str, appliance: str) -> list[tuple[str, int, int]]:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT call_id, seq, batch_seq FROM events WHERE appliance = %s "
                            "ORDER BY batch_seq, call_id, seq", (appliance,)).fetchall()


def drain(uploader: Uploader, limit: int = 1000) -> None:
    for _ in range(limit):
        if uploader.step() == "idle":
            return
    raise AssertionError("the outbox did not drain")


def test_a_real_call_reaches_the_receiver_intact(server, render, tmp_path):
    name = f"box-{uuid.uuid4().hex[:6]}"
    state = tmp_path / "state"
    register(server.dsn, name, state)
    daemon = Daemon(state, extra=["--set", "sync.enabled=true", "--set", f'sync.url="{server.url}"',
                                  "--set", f'sync.appliance="{name}"']).start()
    try:
        wav = render(["My card number is 4111 1111 1111 1111."], CallerStyle(seed=61), lead_in_ms=500,
                     pause_ms=1000)
        r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav, play_ms=6500, work_dir=tmp_path)
        assert r.returncode == 0, r.stderr[-1500:]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not all_calls(state)[0][0].ended:
            time.sleep(0.1)
        while time.monotonic() < deadline:
            status = json.loads(subprocess.run(
                [sys.executable, "-m", "callwarden.cli", "sync", "status", "--state-dir", str(state)],
                capture_output=True, text=True, check=True).stdout)
            if status["backlog_events"] == 0 and not status["pending_batch"]:
                break
            time.sleep(0.2)
        assert status["backlog_events"] == 0 and status["next_batch_seq"] >= 1
        (call, local), = all_calls(state)
    finally:
        daemon.stop()
    remote = fetch_call(server.url, call.call_id)["events"]
    assert [(e["seq"], e["kind"], e["body"]) for e in remote] == [(e.seq, e.kind, e.body) for e in local]
    texts = " ".join(e["body"].get("text", "") for e in remote)
    assert "[PCI_PAN]" in texts and "4111" not in json.dumps(remote)
    assert subprocess.run([sys.executable, "-m", "callwarden.receiver.cli", "--dsn", server.dsn, "verify"],
                          capture_output=True, text=True).returncode == 0


def test_outage_of_200_calls_then_every_event_once_in_order(server, tmp_path):
    name = f"box-{uuid.uuid4().hex[:6]}"
    state = tmp_path / "state"
    register(server.dsn, name, state)
    written = fill_outbox(state, 200)
    key = keys.load_or_create(state)
    down = Uploader(SyncConfig(enabled=True, url=f"http://127.0.0.1:{free_port()}", appliance=name,
                               batch_max_events=100, timeout_s=2), state, key)
    for _ in range(3):
        assert down.step() == "retry"                       # receiver away: nothing lost
    assert Outbox(state).backlog() == len(written)
    up = Uploader(SyncConfig(enabled=True, url=server.url, appliance=name, batch_max_events=100), state, key)
    drain(up)
    got = received(server.dsn, name)
    assert len(got) == len(written) == 1000
    assert len(set((c, s) for c, s, _ in got)) == len(got)  # nothing doubled
    by_batch = [(c, s) for c, s, _ in sorted(got, key=lambda r: (r[2], written.index((r[0], r[1]))))]
    assert by_batch == written                              # in the order they were stored
    assert Outbox(state).backlog() == 0


def test_crash_between_send_and_acknowledge_resends_the_same_batch(server, tmp_path, monkeypatch):
    name = f"box-{uuid.uuid4().hex[:6]}"
    state = tmp_path / "state"
    register(server.dsn, name, state)
    written = fill_outbox(state, 10)
    key = keys.load_or_create(state)
    cfg = SyncConfig(enabled=True, url=server.url, appliance=name, batch_max_events=20)
    crashing = Uploader(cfg, state, key)

    def crash(*_a, **_k):
        raise RuntimeError("killed after the receiver stored the batch")
    monkeypatch.setattr(crashing.outbox, "acknowledge", crash)
    with pytest.raises(RuntimeError):
        crashing.step()
    assert Outbox(state).pending() is not None             # the batch is still ours to resend
    drain(Uploader(cfg, state, key))                        # "after the restart"
    got = received(server.dsn, name)
    assert sorted((c, s) for c, s, _ in got) == sorted(written)
