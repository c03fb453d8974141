"""Re-walks every appliance's stored chain and checks every stored row against it.

Per batch, in batch_seq order: no missing seq, prev_hash links to the previous batch's hash
(GENESIS_HASH for 0). Format 2 (callwarden.wire.batch): each events row's digest is rebuilt
from its fields and body (an erased row, a tombstone, brings its kept body digest, and only
where its call is marked erased), the batch's content_hash from those digests, the hash from
the signed message, and the signature over it with the appliance's key: an edited row
anywhere breaks its batch, with or without raw bytes. Format 1 batches (before digests) are
checked as before: signature over the hash, and raw bytes against the rows while they exist.
Then the chain must reach the appliance's head (the last batch ingest stored), so deleted
batches are found even when nothing after them is left; every calls row must be what the
chain's events add up to (verify_calls); rows of an appliance that is not registered are
reported; and every kept recording must match its file and its call.end (recordings.check).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterator

import psycopg
from cryptography.exceptions import InvalidSignature

from callwarden.receiver import recordings, verify_calls
from callwarden.receiver.erase import ERASED_BODY
from callwarden.receiver.jsonb import from_jsonb
from callwarden.wire import batch as wire
from callwarden.wire import keys

FETCH_ROWS = 2000  # server-side cursor page: keeps memory flat on big chains
# Tables that name an appliance: a row of an unregistered one cannot be checked against any key.
_APPLIANCE_TABLES = ("batches", "events", "calls", "recordings", "annotations")


@dataclass
class Broken:
    appliance: str
    batch_seq: int | None
    problem: str
    call_id: str | None = None

    def line(self) -> str:
        where = (f" call {self.call_id!r}" if self.call_id is not None
                 else f" batch_seq {self.batch_seq}" if self.batch_seq is not None else "")
        return f"BROKEN appliance {self.appliance!r}{where}: {self.problem}"


@dataclass
class Report:
    appliances: int = 0
    batches: int = 0
    events: int = 0
    erased_events: int = 0
    calls: int = 0
    v1_unchecked_batches: int = 0
    recordings: int = 0
    broken: list[Broken | recordings.BrokenRecording] = field(default_factory=list)
    # Per registered appliance checked: [its batches checked, the line of its first broken link or None].
    per_appliance: dict[str, list] = field(default_factory=dict)
    # Per registered appliance checked, for the CLI's summary: batches, events, calls, first broken link.
    detail: dict[str, dict] = field(default_factory=dict)

    def summary(self) -> str:
        text = (f"chain ok: {self.appliances} appliances, {self.batches} batches, {self.events} events "
                f"({self.erased_events} erased, checked by their kept digests), {self.calls} calls match their events")
        if self.v1_unchecked_batches:
            text += (f"; {self.v1_unchecked_batches} erased batches of sync format 1 checked by hash and "
                     "signature only")
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


def _row_digest(row: tuple, report: Report) -> bytes | str:
    """The event digest of one events row, or a problem."""
    _, _, call_id, seq, t_ms, wall, kind, leg, body, salt, body_sha, erased = row
    if salt is None:
        # A tombstone: only an erased call may have one, and only the erased body.
        if not erased or body != ERASED_BODY or body_sha is None:
            return f"event {call_id!r} seq {seq} has no salt but is no erased call's tombstone"
        report.erased_events += 1
        return wire.event_digest(call_id, seq, t_ms, wall, kind, leg, bytes(body_sha))
    try:
        computed = wire.body_digest(bytes(salt).hex(), from_jsonb(body))
    except (TypeError, ValueError):
        return f"event {call_id!r} seq {seq}: body cannot be canonically encoded"
    if body_sha is None or computed != bytes(body_sha):
        return f"event {call_id!r} seq {seq}: body does not match its digest (edited)"
    return wire.event_digest(call_id, seq, t_ms, wall, kind, leg, computed)


def _check_v2(appliance: str, public_key, batch: tuple, mine: list[tuple], report: Report) -> str | None:
    batch_seq, prev, digest, sig, _raw, n_events, _version, content = batch
    digests = []
    for row in mine:
        found = _row_digest(row, report)
        if isinstance(found, str):
            return found
        digests.append(found)
    if content is None or wire.content_hash(digests) != content:
        return "events rows do not add up to the batch's content_hash (a row was edited, added or removed)"
    if wire.link_hash(appliance, batch_seq, prev, content) != digest:
        return "hash is not the hash of the signed message"
    if not wire.verify_signature(public_key, sig, appliance, batch_seq, prev, content):
        return "signature does not verify over (appliance, batch_seq, prev_hash, content_hash)"
    return None


def _check_v1(public_key, batch: tuple, mine: list[tuple], report: Report) -> str | None:
    """Format 1: the signature covered only the hash; content is checkable only while raw is kept."""
    _, prev, digest, sig, raw, _, _, _ = batch
    try:
        public_key.verify(bytes.fromhex(sig), bytes.fromhex(digest))
    except (InvalidSignature, ValueError):
        return "signature does not verify over the hash"
    if raw is None:
        report.v1_unchecked_batches += 1
        return None
    if hashlib.sha256(bytes.fromhex(prev) + bytes(raw)).hexdigest() != digest:
        return "raw content does not match the hash"
    events = [{"call_id": r[2], "seq": r[3], "t_ms": r[4], "wall": r[5], "kind": r[6], "leg": r[7],
               "body": from_jsonb(r[8])} for r in mine]
    if wire.canonical_msgpack(events) != bytes(raw):
        return "events rows differ from the hashed raw content"
    return None


def _walk(conn: psycopg.Connection, appliance: str, public_key_text: str, head: tuple, report: Report
          ) -> Broken | None:
    try:
        public_key = keys.public_key_from_text(public_key_text)
    except ValueError:
        return Broken(appliance, None, "the registered public key is not a valid Ed25519 key")
    batches = conn.cursor(name=f"verify_batches_{report.appliances}")
    batches.itersize = FETCH_ROWS
    batches.execute("SELECT batch_seq, prev_hash, hash, sig, raw, n_events, version, content_hash FROM batches "
                    "WHERE appliance = %s ORDER BY batch_seq", (appliance,))
    events = conn.cursor(name=f"verify_events_{report.appliances}")
    events.itersize = FETCH_ROWS
    events.execute("SELECT e.batch_seq, e.batch_idx, e.call_id, e.seq, e.t_ms, e.wall, e.kind, e.leg, e.body, "
                   "e.salt, e.body_digest, COALESCE(c.erased, false) FROM events e "
                   "LEFT JOIN calls c ON c.appliance = e.appliance AND c.call_id = e.call_id "
                   "WHERE e.appliance = %s ORDER BY e.batch_seq, e.batch_idx", (appliance,))
    rows = _Peek(iter(events))
    expected_seq, prev_hash = 0, wire.GENESIS_HASH
    try:
        for batch in batches:
            batch_seq, stored_prev, digest, _, _, n_events, version, _ = batch
            if rows.head is not None and rows.head[0] < batch_seq:
                return Broken(appliance, rows.head[0], "events rows belong to no stored batch")
            mine = rows.take_while(batch_seq)
            if batch_seq != expected_seq:
                return Broken(appliance, expected_seq, f"batch missing (next stored batch_seq is {batch_seq})")
            if stored_prev != prev_hash:
                return Broken(appliance, batch_seq, "prev_hash does not link to the previous batch's hash"
                              if batch_seq else "prev_hash of the first batch is not the genesis hash")
            if [r[1] for r in mine] != list(range(n_events)):
                return Broken(appliance, batch_seq, f"{len(mine)} events rows stored, the batch had {n_events}")
            problem = (_check_v2(appliance, public_key, batch, mine, report) if version >= 2
                       else _check_v1(public_key, batch, mine, report))
            if problem:
                return Broken(appliance, batch_seq, problem)
            report.batches += 1
            report.events += n_events
            expected_seq, prev_hash = batch_seq + 1, digest
        if rows.head is not None:
            return Broken(appliance, rows.head[0], "events rows belong to no stored batch")
        return _check_head(appliance, head, expected_seq, prev_hash)
    finally:
        batches.close()
        events.close()


def _check_head(appliance: str, head: tuple, next_seq: int, last_hash: str) -> Broken | None:
    head_seq, head_hash = head
    if head_seq is None:
        if next_seq:
            return Broken(appliance, None, f"{next_seq} batches are stored but the appliance has no head "
                                           "(its head was cleared)")
        return None
    if next_seq - 1 != head_seq or last_hash != head_hash:
        stored = f"the chain ends at batch_seq {next_seq - 1}" if next_seq else "no batch is stored"
        return Broken(appliance, head_seq, f"{stored}, but batch_seq {head_seq} was the last one received "
                                           "(batches deleted or replaced)")
    return None


def _unregistered(conn: psycopg.Connection, appliance: str | None) -> list[Broken]:
    union = " UNION ".join(f"SELECT appliance, '{t}' AS tbl FROM {t}" for t in _APPLIANCE_TABLES)
    rows = conn.execute(f"SELECT x.appliance, string_agg(DISTINCT x.tbl, ', ' ORDER BY x.tbl) FROM ({union}) x "
                        "LEFT JOIN appliances a ON a.name = x.appliance WHERE a.name IS NULL "
                        "AND (%s::text IS NULL OR x.appliance = %s) GROUP BY x.appliance ORDER BY x.appliance",
                        (appliance, appliance)).fetchall()
    return [Broken(name, None, f"rows in {tables} belong to an appliance that is not registered "
                               "(its registration was deleted)") for name, tables in rows]


def verify(conn: psycopg.Connection, appliance: str | None = None) -> Report:
    """One consistent snapshot (REPEATABLE READ) over all appliances, or just `appliance`."""
    report = Report()
    conn.rollback()  # SET TRANSACTION must open a fresh transaction
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        names = conn.execute("SELECT name, public_key, head_seq, head_hash FROM appliances "
                             "WHERE %s::text IS NULL OR name = %s ORDER BY name", (appliance, appliance)).fetchall()
        for name, public_key, head_seq, head_hash in names:
            batches_before, events_before, calls_before = report.batches, report.events, report.calls
            broken = _walk(conn, name, public_key, (head_seq, head_hash), report)
            report.appliances += 1
            found = [broken] if broken else []
            calls, bad_calls = verify_calls.check(conn, name)
            report.calls += calls
            found += [Broken(name, None, problem, call_id) for call_id, problem in bad_calls]
            report.broken += found
            report.per_appliance[name] = [report.batches - batches_before, found[0].line() if found else None]
            report.detail[name] = {"batches": report.batches - batches_before,
                                   "events": report.events - events_before, "calls": report.calls - calls_before,
                                   "problems": len(found), "first_broken": _first(found[0]) if found else None}
        report.broken += _unregistered(conn, appliance)
        report.recordings, bad = recordings.check(conn, appliance)
        report.broken += bad
        for b in bad:
            mine = report.per_appliance.get(b.appliance)
            if mine is not None and mine[1] is None:
                mine[1] = b.line()
            if b.appliance in report.detail:
                report.detail[b.appliance]["problems"] += 1
                report.detail[b.appliance]["first_broken"] = report.detail[b.appliance]["first_broken"] or _first(b)
    return report


def _first(b: Broken | recordings.BrokenRecording) -> dict:
    return {"batch_seq": getattr(b, "batch_seq", None), "call_id": b.call_id, "problem": b.problem, "line": b.line()}


def record(conn: psycopg.Connection, report: Report, checked_by: str) -> None:
    """Keeps each checked appliance's result in console_chain_checks, where the console's chain
    status reads it: a run from the CLI or a timer counts as much as one from the console."""
    with conn.transaction():
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO console_chain_checks (appliance, checked_by, ok, batches, first_broken) "
                            "VALUES (%s, %s, %s, %s, %s)",
                            [(name, checked_by, first is None, batches, first)
                             for name, (batches, first) in report.per_appliance.items()])
