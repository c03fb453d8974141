"""The uploader's view of the timeline database: the outbox queue and the chain state.

A batch is written to `sync_state` as `pending` before it is first sent and
only cleared, together with its outbox rows, once the receiver has stored it.
A crash in between resends the identical batch, which the receiver answers
idempotently: every event arrives exactly once, in order.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import msgpack

from callwarden.sync import recording_queue
from callwarden.wire.batch import GENESIS_HASH
from callwarden.timeline.store import DB_NAME, TimelineStore


class Outbox:
    def __init__(self, state_dir: Path | str) -> None:
        TimelineStore(state_dir).close()          # makes sure the schema exists
        self._db = sqlite3.connect(Path(state_dir) / DB_NAME, timeout=10, isolation_level=None,
                                   check_same_thread=False)

    def close(self) -> None:
        self._db.close()

    def backlog(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]

    def peek(self, limit: int) -> list[tuple[int, dict]]:
        rows = self._db.execute("SELECT id, event FROM outbox ORDER BY id LIMIT ?", (limit,)).fetchall()
        return [(row_id, msgpack.unpackb(raw, raw=False)) for row_id, raw in rows]

    def get(self, key: str, default=None):
        row = self._db.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def put(self, **values) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        for key, value in values.items():
            self._db.execute("INSERT OR REPLACE INTO sync_state VALUES (?, ?)", (key, value))
        self._db.execute("COMMIT")

    def chain(self) -> tuple[int, str]:
        """(next batch_seq, prev_hash)."""
        return int(self.get("next_seq", 0)), str(self.get("prev_hash", GENESIS_HASH))

    def pending(self) -> tuple[bytes, int] | None:
        raw = self.get("pending")
        return (bytes(raw), int(self.get("pending_last_id"))) if raw else None

    def set_pending(self, raw: bytes, last_id: int) -> None:
        self.put(pending=raw, pending_last_id=last_id)

    def acknowledge(self, batch_seq: int, batch_hash: str, last_id: int, wall: str,
                    recordings: list[tuple[str, str, str]] = ()) -> None:
        """The receiver stored the pending batch: drop its events, move the chain on and queue the
        `recordings` (call_id, file, sha256) its call.end events name, atomically."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM outbox WHERE id <= ?", (last_id,))
            recording_queue.insert(db, list(recordings))
            for key, value in (("next_seq", batch_seq + 1), ("prev_hash", batch_hash), ("last_ok", wall)):
                db.execute("INSERT OR REPLACE INTO sync_state VALUES (?, ?)", (key, value))
            db.execute("DELETE FROM sync_state WHERE key IN ('pending', 'pending_last_id', 'last_error')")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def status(self) -> dict:
        next_seq, prev_hash = self.chain()
        return {"backlog_events": self.backlog(), "next_batch_seq": next_seq, "last_hash": prev_hash,
                "pending_batch": self.pending() is not None, "last_ok": self.get("last_ok"),
                "last_error": self.get("last_error"),
                "recordings_waiting": self._db.execute("SELECT COUNT(*) FROM recording_uploads").fetchone()[0]}
