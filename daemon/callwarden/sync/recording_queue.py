"""Recordings waiting to be uploaded: the `recording_uploads` table of the timeline database.

Rows are added by the batch uploader in the transaction that acknowledges the batch holding
the call's call.end (Outbox.acknowledge), so a recording is queued exactly when the receiver
can accept it, and the queue survives restarts. Each row carries its own backoff.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from callwarden import events as ev
from callwarden.wire.recording import is_sha256_hex
from callwarden.timeline.store import DB_NAME, TimelineStore


@dataclass(frozen=True)
class Pending:
    call_id: str
    file: str
    sha256: str
    attempts: int


def from_events(events: list[dict]) -> list[tuple[str, str, str]]:
    """(call_id, file, sha256) of every call.end in `events` that names a recording."""
    found = []
    for e in events:
        body = e.get("body") or {}
        name = body.get("recording")
        if e.get("kind") != ev.CALL_END or not isinstance(name, str):
            continue
        # A bare file name only: the queue must never point outside the recordings directory.
        if not name or Path(name).name != name or name in (".", ".."):
            continue
        if is_sha256_hex(body.get("recording_sha256")):
            found.append((e["call_id"], name, body["recording_sha256"]))
    return found


def insert(db: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> None:
    """Inside the caller's transaction. A batch resent after a crash queues nothing twice."""
    db.executemany("INSERT OR IGNORE INTO recording_uploads (call_id, file, sha256) VALUES (?, ?, ?)", rows)


class RecordingQueue:
    def __init__(self, state_dir: Path | str) -> None:
        TimelineStore(state_dir).close()          # makes sure the schema exists
        self._db = sqlite3.connect(Path(state_dir) / DB_NAME, timeout=10, isolation_level=None,
                                   check_same_thread=False)

    def close(self) -> None:
        self._db.close()

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM recording_uploads").fetchone()[0]

    def next_due(self, now: float) -> Pending | None:
        row = self._db.execute("SELECT call_id, file, sha256, attempts FROM recording_uploads WHERE next_try <= ? "
                               "ORDER BY next_try, rowid LIMIT 1", (now,)).fetchone()
        return Pending(*row) if row else None

    def seconds_to_next(self, now: float) -> float | None:
        row = self._db.execute("SELECT MIN(next_try) FROM recording_uploads").fetchone()
        return None if row[0] is None else max(0.0, row[0] - now)

    def postpone(self, call_id: str, next_try: float, error: str) -> None:
        self._db.execute("UPDATE recording_uploads SET attempts = attempts + 1, next_try = ?, last_error = ? "
                         "WHERE call_id = ?", (next_try, error[:300], call_id))

    def remove(self, call_id: str) -> None:
        self._db.execute("DELETE FROM recording_uploads WHERE call_id = ?", (call_id,))
