"""The appliance's recording uploads against a real receiver process on PostgreSQL, driven from a
prepared timeline (no SIP): queued only once the call.end's batch is stored, delivered once
across an outage and a restart, dropped (once, counted) when expired or altered, and never
sent while [recording] sync is off."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import uuid

import psycopg
import pytest

from callwarden.admin.metrics import Metrics, total
from callwarden.config import RecordingConfig, SyncConfig
from callwarden.events import CallClock
from callwarden.models import sha256_file
from callwarden.wire import keys
from callwarden.sync import recording_uploader
from callwarden.sync.outbox import Outbox
from callwarden.sync.recording_queue import RecordingQueue
from callwarden.sync.recording_uploader import RecordingUploader
from callwarden.sync.uploader import Uploader
from callwarden.timeline import TimelineStore
from callwarden.receiver import db as receiver_db
from conftest import TEMPLATE_DB, run_cli, start_server, stop_server
from receiver_pg import free_port
from recording_util import MAX_RECORDING_BYTES, server_config, wav_bytes

ON = RecordingConfig(enabled=True, sync=True)
OFF = RecordingConfig(enabled=True, sync=False)


@pytest.fixture(scope="module")
def rec_server(pg, tmp_path_factory):
    work = tmp_path_factory.mktemp("rec-sync-receiver")
    running = start_server(pg.create_db(f"cw_rsync_{uuid.uuid4().hex[:8]}", template=TEMPLATE_DB), work,
                           server_config(work / "recordings"))
    yield running
    stop_server(running)


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(recording_uploader, "RETRY_MIN_S", 0.05)


class Box:
    """An appliance state dir registered at the receiver, with calls written as the daemon writes them."""

    def __init__(self, server, state) -> None:
        self.server, self.state = server, state
        self.name = f"box-{uuid.uuid4().hex[:6]}"
        self.key = keys.load_or_create(state)
        with psycopg.connect(server.dsn) as conn:
            receiver_db.add_appliance(conn, self.name, keys.public_key_text(self.key))

    def sync_cfg(self, url: str | None = None) -> SyncConfig:
        return SyncConfig(enabled=True, url=url or self.server.url, appliance=self.name, timeout_s=2)

    def call(self, seed: int = 1, recording: bool = True) -> str:
        """One call; with `recording`, its WAV under recordings/ and named in call.end as call_session does."""
        store = TimelineStore(self.state, outbox=True)
        clock = CallClock()
        body = {"reason": "caller_bye", "duration_ms": 1000, "recording_consent": "notified"}
        if recording:
            path = self.state / "recordings" / f"{clock.call_id}.wav"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(wav_bytes(seed=seed))
            body.update(recording=path.name, recording_sha256=sha256_file(path))
        for kind, leg, b in [("call.start", "system", {"from": "sip:+15550100@pbx", "to": "sip:bot@x",
                                                        "sip_call_id": "1", "headers": {}, "codec": "PCMU"}),
                             ("utterance.final", "caller", {"text": "hello", "t_start_ms": 10, "t_end_ms": 900,
                                                            "confidence": 0.8, "latency_ms": 120, "redactions": []}),
                             ("call.end", "system", body)]:
            store.append(clock.event(kind, leg, b))
        store.close()
        return clock.call_id

    def sync_batches(self, sync_recordings: bool = True) -> None:
        uploader = Uploader(self.sync_cfg(), self.state, self.key, sync_recordings=sync_recordings)
        for _ in range(100):
            if uploader.step() == "idle":
                return
        raise AssertionError("the outbox did not drain")

    def uploader(self, recording: RecordingConfig = ON, url: str | None = None, metrics=None) -> RecordingUploader:
        return RecordingUploader(self.sync_cfg(url), recording, self.state, self.key, metrics)

    def waiting(self) -> int:
        return RecordingQueue(self.state).count()

    def received(self) -> list[tuple[str, str]]:
        with psycopg.connect(self.server.dsn) as conn:
            return conn.execute("SELECT call_id, sha256 FROM recordings WHERE appliance = %s ORDER BY call_id",
                                (self.name,)).fetchall()


@pytest.fixture
def box(rec_server, tmp_path):
    return Box(rec_server, tmp_path / "state")


def drain(uploader: RecordingUploader, limit: int = 200) -> list[str]:
    """Steps until nothing is left; waits out per-recording backoff."""
    results = []
    for _ in range(limit):
        result = uploader.step()
        results.append(result)
        if result == "idle" and uploader.queue.count() == 0:
            return results
        if result in ("idle", "retry"):
            asyncio.run(asyncio.sleep(0.05))
    raise AssertionError(f"recordings did not drain: {results[-5:]}")


def stored_lines(server, call_id: str) -> int:
    return server.log().count(f"stored the recording of call '{call_id}'")


def test_queued_only_after_its_call_end_batch_is_stored(box):
    call_id = box.call()
    assert box.waiting() == 0                               # call.end not yet at the receiver
    box.sync_batches()
    assert box.waiting() == 1
    assert Outbox(box.state).status()["recordings_waiting"] == 1
    metrics = Metrics()
    assert drain(box.uploader(metrics=metrics))[0] == "sent"
    path = box.state / "recordings" / f"{call_id}.wav"
    assert box.received() == [(call_id, sha256_file(path))]
    assert total(metrics.recordings_uploaded) == 1 and box.waiting() == 0


def test_receiver_down_then_up_delivers_each_recording_once(box, rec_server):
    calls = [box.call(seed=s) for s in (1, 2, 3)]
    box.sync_batches()
    metrics = Metrics()
    down = box.uploader(url=f"http://127.0.0.1:{free_port()}", metrics=metrics)
    for _ in range(3):
        assert down.step() == "retry"                       # receiver away: kept, with backoff
    assert total(metrics.recording_errors) == 3 and box.waiting() == 3 and box.received() == []
    with sqlite3.connect(box.state / "timeline.sqlite3") as db:
        assert db.execute("SELECT MIN(attempts) FROM recording_uploads").fetchone()[0] >= 1
    down.queue.close()
    up = box.uploader(metrics=metrics)                      # "after the restart": same state dir
    assert drain(up).count("sent") == 3
    assert sorted(c for c, _ in box.received()) == sorted(calls)
    assert all(stored_lines(rec_server, c) == 1 for c in calls)  # one PUT stored each, none twice
    assert total(metrics.recordings_uploaded) == 3 and box.waiting() == 0


def test_crash_after_the_receiver_stored_it_resends_and_gets_200(box, rec_server, monkeypatch):
    call_id = box.call()
    box.sync_batches()
    crashing = box.uploader()

    def crash(*_a, **_k):
        raise RuntimeError("killed after the receiver answered")
    monkeypatch.setattr(crashing.queue, "remove", crash)
    with pytest.raises(RuntimeError):
        crashing.step()
    assert box.waiting() == 1 and len(box.received()) == 1
    assert drain(box.uploader())[0] == "sent"               # the receiver already has it: 200
    assert box.waiting() == 0 and len(box.received()) == 1 and stored_lines(rec_server, call_id) == 1


def test_nothing_leaves_while_recording_sync_is_off(box, rec_server):
    box.call()
    box.sync_batches(sync_recordings=False)                 # the daemon's Uploader with [recording] sync off
    assert box.waiting() == 0
    off = box.uploader(OFF)
    assert off.step() == "off"
    # Even with something queued earlier, an uploader with sync off sends nothing, and its loop ends at once.
    box.call(seed=2)
    box.sync_batches(sync_recordings=True)
    assert box.waiting() == 1
    assert box.uploader(OFF).step() == "off"
    asyncio.run(asyncio.wait_for(box.uploader(OFF).run(asyncio.Event()), timeout=5))
    no_sync = RecordingUploader(SyncConfig(enabled=False, url=rec_server.url, appliance=box.name), ON, box.state,
                                box.key)
    assert no_sync.step() == "off"
    assert box.received() == [] and box.waiting() == 1


def test_expired_by_retention_is_reported_once_and_dropped(box, caplog):
    call_id = box.call()
    box.sync_batches()
    (box.state / "recordings" / f"{call_id}.wav").unlink()  # what expire() does past retention_days
    metrics = Metrics()
    uploader = box.uploader(metrics=metrics)
    with caplog.at_level(logging.WARNING, logger="callwarden.sync"):
        assert uploader.step() == "dropped"
        assert uploader.step() == "idle"
    assert [r.getMessage() for r in caplog.records if call_id in r.getMessage()] == [
        f"recording of call {call_id} was deleted (retention) before it could be uploaded: dropped"]
    assert total(metrics.recordings_missing) == 1 and box.waiting() == 0 and box.received() == []


def test_file_other_than_its_call_end_is_never_uploaded(box, caplog):
    call_id = box.call()
    box.sync_batches()
    (box.state / "recordings" / f"{call_id}.wav").write_bytes(wav_bytes(seed=9))
    metrics = Metrics()
    with caplog.at_level(logging.ERROR, logger="callwarden.sync"):
        assert box.uploader(metrics=metrics).step() == "dropped"
    assert any("no longer matches" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)
    assert total(metrics.recordings_mismatch) == 1 and box.waiting() == 0 and box.received() == []


def test_refused_for_good_by_the_receiver_is_dropped(box, rec_server):
    call_id = box.call()
    box.sync_batches()
    assert run_cli("erase", call_id, dsn=rec_server.dsn).returncode == 0
    metrics = Metrics()
    assert box.uploader(metrics=metrics).step() == "dropped"       # 410: the call was erased centrally
    assert total(metrics.recordings_refused) == 1 and box.waiting() == 0


def test_run_loop_delivers_and_stops(box):
    box.call()
    box.sync_batches()

    async def go():
        stop = asyncio.Event()
        task = asyncio.ensure_future(box.uploader().run(stop))
        for _ in range(200):
            if box.waiting() == 0:
                break
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(task, timeout=5)
    asyncio.run(go())
    assert box.waiting() == 0 and len(box.received()) == 1


@pytest.fixture
def roomy_rec_server(pg, tmp_path):
    """A receiver that takes recordings of real length (rec_server's limit is small, for the 413 test)."""
    work = tmp_path / "roomy-receiver"
    work.mkdir()
    config = server_config(work / "recordings").replace(f"max_recording_bytes = {MAX_RECORDING_BYTES}",
                                                         "max_recording_bytes = 16777216")
    running = start_server(pg.create_db(f"cw_rsync_{uuid.uuid4().hex[:8]}", template=TEMPLATE_DB), work, config)
    yield running
    stop_server(running)


def test_a_real_call_syncs_its_recording_through_the_daemon(roomy_rec_server, render, tmp_path):
    """The daemon as shipped: a real SIP call, recording and recording sync on, the receiver holds the
    very WAV the call.end names, fetched back with the read token."""
    import hashlib
    import time
    import urllib.request

    from callwarden_tools.harness import Daemon
    from callwarden_tools.render import CallerStyle
    from helpers import all_calls, run_sipp
    from rx_util import auth_headers

    rec_server = roomy_rec_server
    state = tmp_path / "state"
    box = Box(rec_server, state)
    daemon = Daemon(state, extra=["--set", "sync.enabled=true", "--set", f'sync.url="{rec_server.url}"',
                                  "--set", f'sync.appliance="{box.name}"', "--set", "recording.enabled=true",
                                  "--set", "recording.sync=true"]).start()
    try:
        wav = render(["My card number is 4111 1111 1111 1111."], CallerStyle(seed=62), lead_in_ms=500,
                     pause_ms=1000)
        r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav, play_ms=6500, work_dir=tmp_path)
        assert r.returncode == 0, r.stderr[-1500:]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all_calls(state)[0][0].ended:
            time.sleep(0.1)
        (call, events), = all_calls(state)
        end = events[-1].body
        url = f"{rec_server.url}/v1/recordings/{box.name}/{call.call_id}"
        got = None
        while time.monotonic() < deadline and got is None:
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=auth_headers()), timeout=5) as resp:
                    got = resp.read()
            except OSError:
                time.sleep(0.3)
        log = daemon.log_tail(60)
    finally:
        daemon.stop()
    assert got is not None, "the recording never reached the receiver\n" + log
    assert hashlib.sha256(got).hexdigest() == end["recording_sha256"]
    assert got == (state / "recordings" / end["recording"]).read_bytes()
