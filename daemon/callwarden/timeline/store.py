"""SQLite WAL store: one row per CallEvent plus a per-call summary row.

Each append is its own transaction, so a kill -9 of the daemon loses nothing
that was appended. Readers (the CLI, `--follow`) open the same file
concurrently; WAL lets them read while the daemon writes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from callwarden import events as ev
from callwarden.bodies import CallEnd
from callwarden.events import CallEvent

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    call_id TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    t_ms    INTEGER NOT NULL,
    wall    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    leg     TEXT NOT NULL,
    body    TEXT NOT NULL,
    PRIMARY KEY (call_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS calls (
    call_id     TEXT PRIMARY KEY,
    from_uri    TEXT NOT NULL,
    to_uri      TEXT NOT NULL,
    started     TEXT NOT NULL,
    ended       TEXT,
    duration_ms INTEGER,
    end_reason  TEXT,
    utterances  INTEGER NOT NULL DEFAULT 0,
    next_seq    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS calls_started ON calls (started);
-- Events waiting to be synced, in the order they were stored; filled in the same
-- transaction as `events` when sync is on, emptied by the uploader as batches land.
CREATE TABLE IF NOT EXISTS outbox (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT NOT NULL,
    seq     INTEGER NOT NULL,
    event   BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_state (
    key   TEXT PRIMARY KEY,
    value BLOB
);
-- Recordings still to upload ([recording] sync): added in the same transaction that
-- acknowledges the batch holding the call's call.end, removed once the receiver has the file.
CREATE TABLE IF NOT EXISTS recording_uploads (
    call_id  TEXT PRIMARY KEY,
    file     TEXT NOT NULL,               -- name under STATE_DIR/recordings
    sha256   TEXT NOT NULL,               -- as signed into the chain by call.end
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL DEFAULT 0,     -- unix time: per-recording backoff survives restarts
    last_error TEXT
);
"""

DB_NAME = "timeline.sqlite3"


@dataclass(frozen=True)
class CallSummary:
    call_id: str
    from_uri: str
    to_uri: str
    started: str
    ended: str | None
    duration_ms: int | None
    end_reason: str | None
    utterances: int


class TimelineStore:
    def __init__(self, state_dir: Path | str, *, readonly: bool = False, outbox: bool = False) -> None:
        self.path = Path(state_dir) / DB_NAME
        self.outbox = outbox
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no timeline database at {self.path}")
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=10)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def append(self, event: CallEvent) -> None:
        """Stores one event. Partials are refused: they never outlive the call."""
        if event.kind not in ev.STORED_KINDS:
            raise ValueError(f"{event.kind} events are not stored")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            if event.kind == ev.CALL_START:
                db.execute("INSERT INTO calls (call_id, from_uri, to_uri, started) VALUES (?,?,?,?)",
                           (event.call_id, event.body.get("from", ""), event.body.get("to", ""), event.wall))
            row = db.execute("SELECT next_seq FROM calls WHERE call_id=?", (event.call_id,)).fetchone()
            if row is None:
                raise ValueError(f"call {event.call_id} has no call.start")
            if event.seq != row[0]:
                raise ValueError(f"call {event.call_id}: seq {event.seq} breaks the dense order (expected {row[0]})")
            db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?)",
                       (event.call_id, event.seq, event.t_ms, event.wall, event.kind, event.leg,
                        json.dumps(event.body, separators=(",", ":"), ensure_ascii=False)))
            if self.outbox:
                db.execute("INSERT INTO outbox (call_id, seq, event) VALUES (?,?,?)",
                           (event.call_id, event.seq, event.to_msgpack()))
            updates = "next_seq = next_seq + 1"
            params: list = []
            if event.kind == ev.UTTERANCE_FINAL:
                updates += ", utterances = utterances + 1"
            elif event.kind == ev.CALL_END:
                updates += ", ended = ?, duration_ms = ?, end_reason = ?"
                params += [event.wall, event.body.get("duration_ms"), event.body.get("reason")]
            db.execute(f"UPDATE calls SET {updates} WHERE call_id = ?", (*params, event.call_id))
            db.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk): a second ROLLBACK would hide the cause.
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def next_seq(self, call_id: str) -> int:
        row = self._db.execute("SELECT next_seq FROM calls WHERE call_id=?", (call_id,)).fetchone()
        return row[0] if row else 0

    def close_open_calls(self, reason: str) -> list[str]:
        """Ends every call left open by a daemon that died; returns their ids."""
        open_ids = [r[0] for r in self._db.execute("SELECT call_id FROM calls WHERE ended IS NULL")]
        for call_id in open_ids:
            seq, last_t = self._db.execute(
                "SELECT c.next_seq, COALESCE(MAX(e.t_ms), 0) FROM calls c LEFT JOIN events e "
                "ON e.call_id = c.call_id WHERE c.call_id = ?", (call_id,)).fetchone()
            end = CallEnd(reason, last_t)
            self.append(CallEvent(call_id, seq, last_t, ev.wall_now(), end.KIND, end.LEG, end.to_body()))
        return open_ids

    def calls(self, limit: int = 50) -> list[CallSummary]:
        rows = self._db.execute(
            "SELECT call_id, from_uri, to_uri, started, ended, duration_ms, end_reason, utterances "
            "FROM calls ORDER BY started DESC LIMIT ?", (limit,))
        return [CallSummary(*r) for r in rows]

    def find_call(self, prefix: str) -> str | None:
        """Full call id from a unique prefix (people type the first 8 characters)."""
        rows = self._db.execute("SELECT call_id FROM calls WHERE substr(call_id, 1, ?) = ? LIMIT 2",
                                (len(prefix), prefix)).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def events(self, call_id: str, after_seq: int = -1) -> list[CallEvent]:
        rows = self._db.execute(
            "SELECT call_id, seq, t_ms, wall, kind, leg, body FROM events WHERE call_id=? AND seq>? ORDER BY seq",
            (call_id, after_seq))
        return [CallEvent(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]

    def is_ended(self, call_id: str) -> bool:
        row = self._db.execute("SELECT ended FROM calls WHERE call_id=?", (call_id,)).fetchone()
        return bool(row and row[0])

    def iter_all(self) -> Iterator[CallEvent]:
        for (call_id,) in self._db.execute("SELECT call_id FROM calls ORDER BY started").fetchall():
            yield from self.events(call_id)
