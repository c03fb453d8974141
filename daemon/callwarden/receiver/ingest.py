"""Accepting one batch: authenticate, check content and chain, store it in one transaction.

Order of checks (and HTTP status): shape and format version (400, done by batch.decode) ->
appliance known and signature over (appliance, batch_seq, prev_hash, content_hash) good (401,
one answer for both) -> the appliance's rate limit (429) -> events well-formed (400) ->
content_hash matches the events' digests and hash the signed message (400) -> chain (same
seq + same hash: idempotent 200; fork or gap: 409, a WARNING alarm, and a chain_conflicts row
written after the batch's rollback).
The appliance row is locked FOR UPDATE for the whole transaction, so two concurrent posts
for one appliance are serialised and cannot both extend the chain.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import psycopg
from psycopg.types.json import Jsonb

from callwarden import alarms as alarm_ids
from callwarden.events import UTTERANCE_PARTIAL
from callwarden.receiver import logsafe
from callwarden.receiver.auth import NOBODY as _NOBODY
from callwarden.receiver.auth import UNAUTHENTICATED
from callwarden.receiver.erase import erase_in_tx
from callwarden.receiver.jsonb import to_jsonb
from callwarden.wire import batch as wire
from callwarden.wire import keys

log = logging.getLogger("callwarden.receiver")

EVENT_FIELDS = ("call_id", "seq", "t_ms", "wall", "kind", "leg", "body")
INT64_MAX = 2**63 - 1
MAX_TEXT_FIELD_CHARS = 200  # call_id, kind, leg, wall are short identifiers
# The appliance's sync User-Agent, `callwarden/<version>` (version.user_agent); anything else is not kept.
_AGENT = re.compile(r"callwarden/([0-9A-Za-z.+~_-]{1,64})(?:\s|$)")


class Rejected(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class CallDelta:
    """What one batch adds to a call's summary row."""
    from_uri: str | None = None
    to_uri: str | None = None
    started: datetime | None = None
    ended: datetime | None = None
    duration_ms: int | None = None
    end_reason: str | None = None
    utterances: int = 0
    flags: int = 0
    critical_flags: int = 0
    redactions: int = 0
    route_action: str | None = None
    route_seq: int | None = None
    n_events: int = 0


def parse_wall(text: str) -> datetime | None:
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _text(i: int, name: str, value: object) -> str:
    if not isinstance(value, str) or "\x00" in value or not (0 < len(value) <= MAX_TEXT_FIELD_CHARS):
        raise Rejected(400, f"events[{i}].{name}: expected a string of 1 to {MAX_TEXT_FIELD_CHARS} characters")
    return value


def _int(i: int, name: str, value: object, lo: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not (lo <= value <= INT64_MAX):
        raise Rejected(400, f"events[{i}].{name}: expected an integer from {lo} to 2^63-1")
    return value


def event_rows(batch: dict) -> tuple[list[tuple], list[bytes]]:
    """Checks every event is exactly a CallEvent map; returns its events rows (salt and body digest
    included) and the event digests the batch's content_hash is over."""
    rows, digests, seen = [], [], set()
    for i, (e, salt) in enumerate(zip(batch["events"], batch["salts"])):
        if set(e) != set(EVENT_FIELDS):
            raise Rejected(400, f"events[{i}]: expected exactly the CallEvent fields {', '.join(EVENT_FIELDS)}")
        call_id, kind = _text(i, "call_id", e["call_id"]), _text(i, "kind", e["kind"])
        if kind == UTTERANCE_PARTIAL:
            raise Rejected(400, f"events[{i}]: {UTTERANCE_PARTIAL} is local only and never synced")
        if not isinstance(e["body"], dict):
            raise Rejected(400, f"events[{i}].body: expected a map")
        seq = _int(i, "seq", e["seq"], 0)
        if (call_id, seq) in seen:
            raise Rejected(400, f"events[{i}]: call_id/seq repeated inside the batch")
        seen.add((call_id, seq))
        try:
            body = to_jsonb(e["body"])
            body_sha = wire.body_digest(salt, e["body"])
        except TypeError as err:  # mixed key types cannot be put in canonical order, or no JSON form
            raise Rejected(400, f"events[{i}].body: {err}") from None
        t_ms, wall, leg = _int(i, "t_ms", e["t_ms"], -INT64_MAX), _text(i, "wall", e["wall"]), _text(i, "leg", e["leg"])
        digests.append(wire.event_digest(call_id, seq, t_ms, wall, kind, leg, body_sha))
        rows.append((call_id, seq, i, t_ms, wall, kind, leg, body, bytes.fromhex(salt), body_sha))
    return rows, digests


def _count_redactions(body: dict) -> int:
    found = body.get("redactions")
    return len(found) if isinstance(found, list) else 0


def call_deltas(events: list[dict]) -> dict[str, CallDelta]:
    deltas: dict[str, CallDelta] = {}
    for e in events:
        d = deltas.setdefault(e["call_id"], CallDelta())
        body, kind = e["body"], e["kind"]
        d.n_events += 1
        wall = parse_wall(e["wall"])
        if wall is not None and (d.started is None or wall < d.started):
            d.started = wall  # earliest event seen; call.start (seq 0) in practice
        if kind == "call.start":
            d.from_uri = body.get("from") if isinstance(body.get("from"), str) else None
            d.to_uri = body.get("to") if isinstance(body.get("to"), str) else None
        elif kind == "call.end":
            d.ended = wall
            dur = body.get("duration_ms")
            d.duration_ms = dur if isinstance(dur, int) and not isinstance(dur, bool) and 0 <= dur <= INT64_MAX else None
            d.end_reason = body.get("reason") if isinstance(body.get("reason"), str) else None
        elif kind == "utterance.final":
            d.utterances += 1
            d.redactions += _count_redactions(body)
        elif kind == "dtmf":
            d.redactions += _count_redactions(body)
        elif kind == "flag":
            d.flags += 1
            d.critical_flags += body.get("severity") == "critical"
        elif kind == "route" and (d.route_seq is None or e["seq"] > d.route_seq):
            action = body.get("action")
            d.route_action, d.route_seq = (action if isinstance(action, str) else None), e["seq"]
    return deltas


def _strip_nul(value: str | None) -> str | None:
    # text columns refuse NUL; the exact value is still in the event body
    return value.replace("\x00", "") if value else value


_UPSERT_CALL = """
INSERT INTO calls (appliance, call_id, from_uri, to_uri, started, ended, duration_ms, end_reason,
                   utterances, flags, critical_flags, redactions, last_route_action, last_route_seq, n_events)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (appliance, call_id) DO UPDATE SET
    from_uri = CASE WHEN calls.erased THEN NULL ELSE COALESCE(EXCLUDED.from_uri, calls.from_uri) END,
    to_uri = CASE WHEN calls.erased THEN NULL ELSE COALESCE(EXCLUDED.to_uri, calls.to_uri) END,
    started = LEAST(calls.started, EXCLUDED.started),
    ended = COALESCE(EXCLUDED.ended, calls.ended),
    duration_ms = COALESCE(EXCLUDED.duration_ms, calls.duration_ms),
    end_reason = COALESCE(EXCLUDED.end_reason, calls.end_reason),
    utterances = calls.utterances + EXCLUDED.utterances,
    flags = calls.flags + EXCLUDED.flags,
    critical_flags = calls.critical_flags + EXCLUDED.critical_flags,
    redactions = calls.redactions + EXCLUDED.redactions,
    last_route_action = CASE WHEN EXCLUDED.last_route_seq > calls.last_route_seq OR calls.last_route_seq IS NULL
                             THEN COALESCE(EXCLUDED.last_route_action, calls.last_route_action)
                             ELSE calls.last_route_action END,
    last_route_seq = GREATEST(calls.last_route_seq, EXCLUDED.last_route_seq),
    n_events = calls.n_events + EXCLUDED.n_events
"""


def result(appliance: str, batch_seq: int, digest: str, n_events: int) -> dict:
    return {"appliance": appliance, "batch_seq": batch_seq, "hash": digest, "stored_events": n_events}


def alarm(appliance: str, batch_seq: int, what: str, metrics=None) -> Rejected:
    # Names the appliance and position only: never any event content.
    log.warning("ALARM: chain conflict from appliance %s at batch_seq %d: %s", logsafe.field(appliance), batch_seq,
                what, extra=alarm_ids.alarm(alarm_ids.CHAIN_CONFLICT))
    if metrics is not None:
        kind = what.split(":", 1)[0]
        if kind in ("fork", "gap"):
            metrics.verified(kind)
        if kind == "fork":
            metrics.fork(appliance)
    return Rejected(409, what)


def agent_version(user_agent: str | None) -> str | None:
    """The version in a `callwarden/<version>` User-Agent; None for any other client."""
    found = _AGENT.match(user_agent or "")
    return found.group(1) if found else None


def _note_version(conn: psycopg.Connection, appliance: str, version: str | None) -> None:
    # Only from an authenticated batch, so nobody else can set what an appliance is said to run.
    if version is not None:
        conn.execute("UPDATE appliances SET software_version = %s, version_seen_at = now() WHERE name = %s",
                     (version, appliance))


def record_conflict(conn: psycopg.Connection, batch: dict, what: str) -> None:
    """Keeps a refused fork or gap (the batch's own transaction was rolled back): the console shows
    the forked appliance. A failure here is logged; the 409 stands either way."""
    kind = what.split(":", 1)[0]
    if kind not in ("fork", "gap"):
        return
    try:
        with conn.transaction():
            conn.execute(
                "INSERT INTO chain_conflicts (appliance, batch_seq, offered_hash, kind, detail) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (appliance, batch_seq, offered_hash) "
                "DO UPDATE SET last_at = now(), times = chain_conflicts.times + 1, detail = EXCLUDED.detail",
                (batch["appliance"], batch["batch_seq"], batch["hash"], kind, what[:500]))
    except psycopg.Error as e:
        log.error("could not record the chain conflict of %s: %s", logsafe.field(batch["appliance"]),
                  type(e).__name__)


def authenticate(conn: psycopg.Connection, batch: dict) -> None:
    """The signature over (appliance, batch_seq, prev_hash, content_hash) by that appliance's key;
    the content itself is checked against content_hash afterwards."""
    row = conn.execute("SELECT public_key FROM appliances WHERE name = %s", (batch["appliance"],)).fetchone()
    conn.rollback()
    try:
        key = keys.public_key_from_text(row[0]) if row else _NOBODY
    except ValueError:
        key = _NOBODY
    ok = wire.verify_signature(key, batch["sig"], batch["appliance"], batch["batch_seq"], batch["prev_hash"],
                               batch["content_hash"])
    if row is None or not ok:
        raise Rejected(401, UNAUTHENTICATED)


class _NoMetrics:
    def verified(self, result: str) -> None: ...
    def fork(self, appliance: str) -> None: ...
    def stored(self, appliance: str, events: list, duplicate: bool = False) -> None: ...


def store(conn: psycopg.Connection, batch: dict, admit: Callable[[str], None] | None = None,
          metrics=None, user_agent: str | None = None) -> dict:
    """Checks and stores one decoded batch; returns the 200 result or raises Rejected.
    `admit(appliance)` runs once the batch is authenticated (the rate limit: it raises Rejected(429));
    `metrics` (receiver/metrics.py) hears each check's result; the version in `user_agent` is kept
    as the appliance's once the batch is authenticated and stored (or a duplicate)."""
    metrics = metrics or _NoMetrics()
    appliance, batch_seq, digest = batch["appliance"], batch["batch_seq"], batch["hash"]
    if batch_seq > INT64_MAX:
        raise Rejected(400, "batch_seq: expected at most 2^63-1")
    try:
        authenticate(conn, batch)
    except Rejected:
        metrics.verified("bad_signature")
        raise
    if admit is not None:
        admit(appliance)
    rows, digests = event_rows(batch)
    if wire.content_hash(digests) != batch["content_hash"]:
        metrics.verified("bad_hash")
        raise Rejected(400, "content_hash does not match the events")
    if wire.link_hash(appliance, batch_seq, batch["prev_hash"], batch["content_hash"]) != digest:
        metrics.verified("bad_hash")
        raise Rejected(400, "hash does not match the signed message")
    try:
        with conn.transaction():
            conn.execute("SELECT 1 FROM appliances WHERE name = %s FOR UPDATE", (appliance,))
            same = conn.execute("SELECT hash, n_events FROM batches WHERE appliance = %s AND batch_seq = %s",
                                (appliance, batch_seq)).fetchone()
            if same is not None:
                if same[0] == digest:
                    _note_version(conn, appliance, agent_version(user_agent))
                    metrics.stored(appliance, batch["events"], duplicate=True)
                    return result(appliance, batch_seq, digest, same[1])
                raise alarm(appliance, batch_seq, f"fork: batch_seq {batch_seq} is already stored with another hash",
                            metrics)
            last = conn.execute("SELECT batch_seq, hash FROM batches WHERE appliance = %s "
                                "ORDER BY batch_seq DESC LIMIT 1", (appliance,)).fetchone()
            expected_seq, expected_prev = (0, wire.GENESIS_HASH) if last is None else (last[0] + 1, last[1])
            if batch_seq != expected_seq:
                raise alarm(appliance, batch_seq, f"gap: expected batch_seq {expected_seq}, got {batch_seq}", metrics)
            if batch["prev_hash"] != expected_prev:
                raise alarm(appliance, batch_seq, "fork: prev_hash is not the hash of the last stored batch", metrics)
            # No raw bytes: every row carries what verify needs to rebuild content_hash.
            conn.execute("INSERT INTO batches (appliance, batch_seq, prev_hash, hash, sig, raw, n_events, version, "
                         "content_hash) VALUES (%s, %s, %s, %s, %s, NULL, %s, %s, %s)",
                         (appliance, batch_seq, batch["prev_hash"], digest, batch["sig"], len(rows), wire.VERSION,
                          batch["content_hash"]))
            conn.execute("UPDATE appliances SET head_seq = %s, head_hash = %s WHERE name = %s",
                         (batch_seq, digest, appliance))
            _note_version(conn, appliance, agent_version(user_agent))
            with conn.cursor().copy("COPY events (appliance, call_id, seq, batch_seq, batch_idx, t_ms, wall, kind, "
                                    "leg, body, salt, body_digest) FROM STDIN") as copy:
                for call_id, seq, idx, t_ms, wall, kind, leg, body, salt, body_sha in rows:
                    copy.write_row((appliance, call_id, seq, batch_seq, idx, t_ms, wall, kind, leg, Jsonb(body),
                                    salt, body_sha))
            deltas = call_deltas(batch["events"])
            with conn.cursor() as cur:  # executemany pipelines: one round trip for all calls
                cur.executemany(_UPSERT_CALL, [(
                    appliance, call_id, _strip_nul(d.from_uri), _strip_nul(d.to_uri), d.started, d.ended,
                    d.duration_ms, _strip_nul(d.end_reason), d.utterances, d.flags, d.critical_flags,
                    d.redactions, _strip_nul(d.route_action), d.route_seq, d.n_events) for call_id, d in deltas.items()])
            erased = [r[0] for r in conn.execute("SELECT call_id FROM calls WHERE appliance = %s AND erased "
                                                 "AND call_id = ANY(%s)", (appliance, list(deltas)))]
            if erased:
                # Late events of an already erased call: erased on arrival (tombstones that still link).
                erase_in_tx(conn, appliance, erased)
    except psycopg.errors.UniqueViolation:
        raise alarm(appliance, batch_seq, "an event of this batch (call_id, seq) is already stored") from None
    except Rejected as e:
        if e.status == 409:
            record_conflict(conn, batch, e.message)
        raise
    log.info("stored batch %d from %s (%d events)", batch_seq, logsafe.field(appliance), len(rows))
    metrics.stored(appliance, batch["events"])
    return result(appliance, batch_seq, digest, len(rows))
