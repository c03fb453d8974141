"""SpaceGuard and GuardedStore on a real small filesystem (a tmpfs; needs root to mount)."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import subprocess

import pytest

from callwarden import events as ev
from callwarden.runtime import disk_room as storage
from callwarden.events import CallClock
from callwarden.runtime.disk_room import GuardedStore, SpaceGuard, is_full_error
from callwarden.timeline import TimelineStore


@pytest.fixture
def tiny_fs(tmp_path):
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {out.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def fill(path, leave_bytes: int = 0) -> None:
    with open(path, "ab") as f:
        try:
            while True:
                st = os.statvfs(path.parent)
                room = st.f_bavail * st.f_frsize - leave_bytes
                if leave_bytes and room <= 0:
                    return
                f.write(b"\0" * (min(room, 1 << 20) if leave_bytes else 1 << 20))
                f.flush()
        except OSError as e:
            assert e.errno == errno.ENOSPC


def test_full_errors_are_recognised():
    assert is_full_error(OSError(errno.ENOSPC, "No space left on device"))
    assert is_full_error(sqlite3.OperationalError("database or disk is full"))
    assert not is_full_error(OSError(errno.EACCES, "Permission denied"))
    assert not is_full_error(ValueError("seq breaks the dense order"))


def test_floor_refuses_and_recovers_logging_each_change_once(tiny_fs, caplog):
    guard = SpaceGuard(tiny_fs, min_free_mb=2)
    assert guard.refusal() is None
    caplog.set_level(logging.WARNING, logger="callwarden")
    fill(tiny_fs / "filler", leave_bytes=1 << 20)
    reasons = [guard.refusal() for _ in range(50)]
    assert all(r and "min_free_mb = 2" in r for r in reasons), reasons[0]
    assert guard.snapshot()["ok"] is False
    (tiny_fs / "filler").unlink()
    assert guard.refusal() is None and guard.refusal() is None
    lines = [r.getMessage() for r in caplog.records]
    assert sum("new calls refused with 503" in m for m in lines) == 1, lines
    assert sum("has room again" in m for m in lines) == 1, lines


def test_a_full_disk_ends_the_call_keeps_what_was_stored_and_recovers(tiny_fs, monkeypatch):
    monkeypatch.setattr(storage, "PROBE_EVERY_S", 0.0)
    guard = SpaceGuard(tiny_fs, min_free_mb=0)       # no floor: only the failed write tells
    lost: list[str] = []
    raw = TimelineStore(tiny_fs)
    store = GuardedStore(raw, guard, on_lost=lost.append)
    clock = CallClock()
    store.append(clock.event(ev.CALL_START, "system", {"from": "sip:a@x", "to": "sip:b@y"}))
    for i in range(3):
        store.append(clock.event(ev.UTTERANCE_FINAL, "caller", {"text": f"turn {i}"}))
    stored = raw.events(clock.call_id)

    fill(tiny_fs / "filler")
    for i in range(3):          # refused by SQLite; never raised into the caller
        store.append(clock.event(ev.UTTERANCE_FINAL, "caller", {"text": f"late {i}"}))
    assert lost == [clock.call_id]
    assert guard.refusal() and "writes fail" in guard.refusal()
    assert raw.events(clock.call_id) == stored

    store.append(clock.event(ev.CALL_END, "system", {"reason": ev.END_STORAGE_FULL, "duration_ms": 1}))
    assert raw.events(clock.call_id) == stored and not raw.is_ended(clock.call_id)

    (tiny_fs / "filler").unlink()
    assert guard.refusal() is None          # the probe write fits again
    other = CallClock()                     # the next call's first write brings the waiting end in first
    store.append(other.event(ev.CALL_START, "system", {"from": "sip:c@x", "to": "sip:b@y"}))
    assert [e.kind for e in raw.events(other.call_id)] == [ev.CALL_START]
    events = raw.events(clock.call_id)
    assert events[:4] == stored and [e.seq for e in events] == [0, 1, 2, 3, 4]
    assert events[-1].kind == ev.CALL_END and events[-1].body["reason"] == ev.END_STORAGE_FULL
    raw.close()
    assert sqlite3.connect(tiny_fs / "timeline.sqlite3").execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_doctor_fails_the_disk_check_under_the_floor(tiny_fs):
    from callwarden import doctor
    from callwarden.config import from_dict
    cfg = from_dict({"daemon": {"state_dir": str(tiny_fs)}, "storage": {"min_free_mb": 2}})
    assert doctor.check_disk(cfg).status != doctor.FAIL
    fill(tiny_fs / "filler", leave_bytes=1 << 20)
    check = doctor.check_disk(cfg)
    assert check.status == doctor.FAIL and "min_free_mb = 2" in check.line()


def test_with_the_floor_off_a_full_filesystem_still_refuses(tiny_fs):
    guard = SpaceGuard(tiny_fs, min_free_mb=0)
    assert guard.refusal() is None
    fill(tiny_fs / "filler")
    assert "full" in guard.refusal()
    (tiny_fs / "filler").unlink()
    assert guard.refusal() is None
