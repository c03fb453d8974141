"""Room under the state dir: new calls are refused while it is short.

Two signals. Free space under `[storage] min_free_mb` (statvfs, cheap enough
to ask on every INVITE); and a write that failed with ENOSPC / SQLITE_FULL
(the floor may be off or too small), which holds until a probe write in the
state dir succeeds again (with the floor off, under PROBE_BYTES free counts as
full too). Either way the SIP stack answers new INVITEs 503 +
Retry-After before anything is answered, and /healthz says why.

GuardedStore is the workers' handle on the timeline: an append refused for
lack of space never corrupts what is stored (SQLite rolls the transaction
back) and never raises into the call's pipeline; the call is ended instead,
since it can no longer be recorded.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

from callwarden import events as ev

log = logging.getLogger("callwarden")

MB = 1 << 20
PROBE_BYTES = 256 * 1024     # after a failed write: this much must fit again before calls are taken
PROBE_EVERY_S = 1.0
SQLITE_FULL = 13


def is_full_error(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return (code is not None and code & 0xFF == SQLITE_FULL) or "disk is full" in str(exc)
    return False


class SpaceGuard:
    def __init__(self, path: Path | str, min_free_mb: int, log_changes: bool = True) -> None:
        self.path = Path(path)
        self.min_free_bytes = min_free_mb * MB
        # Behind the front every worker has a guard; only the master's logs, so the line comes once.
        self.log_changes = log_changes
        self._lock = threading.Lock()
        self._write_error: str | None = None
        self._next_probe = 0.0
        self._refusing: str | None = None

    def free_bytes(self) -> int | None:
        try:
            st = os.statvfs(self.path)
        except OSError:
            return None
        return st.f_bavail * st.f_frsize

    def refusal(self) -> str | None:
        """Why new calls are refused now, or None. Safe from any thread (the SIP thread asks per INVITE)."""
        with self._lock:
            free = self.free_bytes()
            if self._write_error and time.monotonic() >= self._next_probe and (
                    free is None or free >= self.min_free_bytes):
                self._probe()
            if free is not None and free < self.min_free_bytes:
                reason = (f"state dir {self.path}: {free / MB:.1f} MB free, "
                          f"under [storage] min_free_mb = {self.min_free_bytes // MB}")
            elif self._write_error:
                reason = f"state dir {self.path}: writes fail ({self._write_error})"
            elif free is not None and free < PROBE_BYTES:
                # Full with the floor off: a process that has not written yet (the master behind the
                # front) still tells, and /healthz says so.
                reason = f"state dir {self.path}: full ({free // 1024} KiB free)"
            else:
                reason = None
            self._changed(reason, free)
            return reason

    def note_full(self, exc: BaseException) -> None:
        """A write under the state dir failed for lack of space."""
        with self._lock:
            self._write_error = str(exc) or type(exc).__name__
            self._next_probe = time.monotonic() + PROBE_EVERY_S
            self._changed(f"state dir {self.path}: writes fail ({self._write_error})", self.free_bytes())

    def snapshot(self) -> dict:
        reason = self.refusal()
        free = self.free_bytes()
        return {"ok": reason is None, "path": str(self.path),
                "free_mb": round(free / MB, 1) if free is not None else None,
                "min_free_mb": self.min_free_bytes // MB, "reason": reason}

    def _probe(self) -> None:
        probe = self.path / ".space-probe"
        try:
            with open(probe, "wb") as f:
                f.write(b"\0" * PROBE_BYTES)
                f.flush()
                os.fsync(f.fileno())
            self._write_error = None
        except OSError:
            self._next_probe = time.monotonic() + PROBE_EVERY_S
        finally:
            probe.unlink(missing_ok=True)

    def _changed(self, reason: str | None, free: int | None) -> None:
        was, self._refusing = self._refusing, reason
        if not self.log_changes or bool(was) == bool(reason):
            return
        if reason:
            log.error("new calls refused with 503: %s", reason)
        else:
            log.warning("state dir %s has room again (%s MB free): new calls accepted", self.path,
                        f"{free / MB:.0f}" if free is not None else "?")


class GuardedStore:
    """A TimelineStore whose appends fail soft on a full disk: `on_lost(call_id)` ends the call,
    its later events are dropped, and its call.end is written next in order, as soon as it fits
    (tried again before every later append, so at the latest with the next call)."""

    def __init__(self, store, space: SpaceGuard, on_lost: Callable[[str], None]) -> None:
        self._store = store
        self.space = space
        self.on_lost = on_lost
        self._lost: dict[str, bool] = {}     # call id -> whether its call.start was stored
        self._ends: dict[str, ev.CallEvent] = {}     # call.end of lost calls, waiting for room

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def append(self, event: ev.CallEvent) -> None:
        if self._ends:
            self._store_ends()
        started = self._lost.get(event.call_id)
        if started is not None:
            if event.kind != ev.CALL_END:
                return
            del self._lost[event.call_id]
            if started:
                self._ends[event.call_id] = event
                self._store_ends()
            return
        try:
            self._store.append(event)
        except Exception as e:
            if not is_full_error(e):
                raise
            self.space.note_full(e)
            if event.kind == ev.CALL_END:
                self._ends[event.call_id] = event
                log.error("call %s: call.end not stored (%s); stored as soon as there is room", event.call_id, e)
                return
            self._lost[event.call_id] = event.kind != ev.CALL_START
            log.error("call %s: %s not stored (%s): ending the call", event.call_id, event.kind, e)
            self.on_lost(event.call_id)

    def _store_ends(self) -> None:
        for call_id, end in list(self._ends.items()):
            # The events dropped since the failure left a gap: the end takes the next seq stored.
            try:
                self._store.append(replace(end, seq=self._store.next_seq(call_id)))
            except Exception as e:
                if is_full_error(e):
                    self.space.note_full(e)
                    return
                log.error("call %s: call.end not stored: %s", call_id, e)
            else:
                log.warning("call %s: call.end (%s) stored now that there is room", call_id, end.body.get("reason"))
            del self._ends[call_id]
