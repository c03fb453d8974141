"""Re-walks every appliance's stored chain and reports the first broken link of each.

Per batch, in batch_seq order: no missing seq, prev_hash links to the previous batch's hash
(GENESIS_HASH for 0), the signature over the hash verifies with the appliance key, and,
where raw is still there (not erased): sha256(prev_hash || raw) == hash and the events rows
of the batch, re-encoded with the shared canonical msgpack, are byte-for-byte raw.
Then every kept recording: its file hashes to its sha256, which is the recording_sha256 of
the call's call.end in the chain (recordings.check).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterator

import psycopg

from callwarden.receiver import recordings
from callwarden.receiver.jsonb import from_jsonb
from callwarden.sync import batch as wire
from callwarden.sync import keys

FETCH_ROWS = 2000  # server-side cursor page: keeps memory flat on big chains


@dataclass
class Broken:
    appliance: str
    batch_seq: int
    problem: str

    def line(self) -> str:
        return f"BROKEN appliance {self.appliance} batch_seq {self.batch_seq}: {self.problem}"


@dataclass
class Report:
    appliances: int = 0
    batches: int = 0
    events: int = 0
    erased_batches: int = 0
    recordings: int = 0
    broken: list[Broken | recordings.BrokenRecording] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"chain ok: {self.appliances} appliances, {self.batches} batches, {self.events} events "
                f"({self.erased_batches} erased batches checked by hash and signature only)")
        if self.recordings:
            text += f"; {self.recordings} recordings match their files and call.end"
        return text


class _Peek:
    def __init__(self, rows: Iterator[tuple]) -> None:
        self._rows = rows
        self.head = next(rows, None)

    def take_while(self, batch_seq: int) -> list[tuple]:
        out = []
        while self.head is not None and self.head[0] == batch_seq:
            out.append(self.head)
            self.head = next(self._rows, None)
        return out


def _rebuild(rows: list[tuple]) -> bytes:
    events = [{"call_id": r[2], "seq": r[3], "t_ms": r[4], "wall": r[5], "kind": r[6], "leg": r[7],
               "body": from_jsonb(r[8])} for r in rows]
    return wire.canonical_msgpack(events)


def _walk(conn: psycopg.Connection, appliance: str, public_key_text: str, report: Report) -> Broken | None:
    try:
        public_key = keys.public_key_from_text(public_key_text)
    except ValueError:
        return Broken(appliance, 0, "the registered public key is not a valid Ed25519 key")
    batches = conn.cursor(name=f"verify_batches_{report.appliances}")
    batches.itersize = FETCH_ROWS
    batches.execute("SELECT batch_seq, prev_hash, hash, sig, raw, n_events FROM batches WHERE appliance = %s "
                    "ORDER BY batch_seq", (appliance,))
    events = conn.cursor(name=f"verify_events_{report.appliances}")
    events.itersize = FETCH_ROWS
    events.execute("SELECT batch_seq, batch_idx, call_id, seq, t_ms, wall, kind, leg, body FROM events "
                   "WHERE appliance = %s ORDER BY batch_seq, batch_idx", (appliance,))
    rows = _Peek(iter(events))
    expected_seq, prev_hash = 0, wire.GENESIS_HASH
    try:
        for batch_seq, stored_prev, digest, sig, raw, n_events in batches:
            if rows.head is not None and rows.head[0] < batch_seq:
                return Broken(appliance, rows.head[0], "events rows belong to no stored batch")
            mine = rows.take_while(batch_seq)
            if batch_seq != expected_seq:
                return Broken(appliance, expected_seq, f"batch missing (next stored batch_seq is {batch_seq})")
            if stored_prev != prev_hash:
                return Broken(appliance, batch_seq, "prev_hash does not link to the previous batch's hash"
                              if batch_seq else "prev_hash of the first batch is not the genesis hash")
            if not wire.verify_signature({"hash": digest, "sig": sig}, public_key):
                return Broken(appliance, batch_seq, "signature does not verify over the hash")
            if len(mine) != n_events:
                return Broken(appliance, batch_seq, f"{len(mine)} events rows stored, the batch had {n_events}")
            if raw is None:
                report.erased_batches += 1
            else:
                if hashlib.sha256(bytes.fromhex(stored_prev) + bytes(raw)).hexdigest() != digest:
                    return Broken(appliance, batch_seq, "raw content does not match the hash")
                if _rebuild(mine) != bytes(raw):
                    return Broken(appliance, batch_seq, "events rows differ from the hashed raw content")
            report.batches += 1
            report.events += n_events
            expected_seq, prev_hash = batch_seq + 1, digest
        if rows.head is not None:
            return Broken(appliance, rows.head[0], "events rows belong to no stored batch")
        return None
    finally:
        batches.close()
        events.close()


def verify(conn: psycopg.Connection, appliance: str | None = None) -> Report:
    """One consistent snapshot (REPEATABLE READ) over all appliances, or just `appliance`."""
    report = Report()
    conn.rollback()  # SET TRANSACTION must open a fresh transaction
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        names = conn.execute("SELECT name, public_key FROM appliances WHERE %s::text IS NULL OR name = %s "
                             "ORDER BY name", (appliance, appliance)).fetchall()
        for name, public_key in names:
            broken = _walk(conn, name, public_key, report)
            report.appliances += 1
            if broken:
                report.broken.append(broken)
        report.recordings, bad = recordings.check(conn, appliance)
        report.broken += bad
    return report
