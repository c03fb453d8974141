"""`verify`'s second half: each calls row must be what the chain's events add up to.

The calls table is a summary ingest keeps for the read side (lists, export, SLA report);
nothing signs it, so an edited from_uri, duration or route would otherwise go unseen. Here
every call of one appliance is rebuilt from its events rows (already checked against the
chain by verify's walk), batch by batch with the same merge rules as ingest's upsert, and
compared field by field. An erased call keeps only what the tombstones still carry (kinds,
wall clocks, counts); its caller fields must be empty.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Iterator

import psycopg

from callwarden.receiver.ingest import CallDelta, call_deltas
from callwarden.receiver.jsonb import from_jsonb

FETCH_ROWS = 2000
MAX_REPORTED = 20  # per appliance: past this a summary line, not a flood
_COLUMNS = ("from_uri", "to_uri", "started", "ended", "duration_ms", "end_reason", "utterances", "flags",
            "critical_flags", "redactions", "route_action", "route_seq", "n_events")
# What a tombstone still tells: kinds and wall clocks, not bodies.
_ERASED_COLUMNS = ("started", "utterances", "flags", "n_events")


def _strip_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value


def _merge(acc: CallDelta | None, d: CallDelta) -> CallDelta:
    """What ingest's ON CONFLICT DO UPDATE makes of the stored row `acc` and a batch's delta `d`."""
    d = CallDelta(**{f.name: _strip_nul(getattr(d, f.name)) for f in fields(CallDelta)})
    if acc is None:
        return d
    take_route = acc.route_seq is None or (d.route_seq is not None and d.route_seq > acc.route_seq)
    return CallDelta(
        from_uri=d.from_uri if d.from_uri is not None else acc.from_uri,
        to_uri=d.to_uri if d.to_uri is not None else acc.to_uri,
        started=min((t for t in (acc.started, d.started) if t is not None), default=None),
        ended=d.ended if d.ended is not None else acc.ended,
        duration_ms=d.duration_ms if d.duration_ms is not None else acc.duration_ms,
        end_reason=d.end_reason if d.end_reason is not None else acc.end_reason,
        utterances=acc.utterances + d.utterances, flags=acc.flags + d.flags,
        critical_flags=acc.critical_flags + d.critical_flags, redactions=acc.redactions + d.redactions,
        route_action=(d.route_action if d.route_action is not None else acc.route_action) if take_route
        else acc.route_action,
        route_seq=max((s for s in (acc.route_seq, d.route_seq) if s is not None), default=None),
        n_events=acc.n_events + d.n_events)


def _rebuild(events: list[tuple]) -> CallDelta:
    """events: (batch_seq, event dict) in batch order; one delta per batch, merged as ingest did."""
    acc: CallDelta | None = None
    i = 0
    while i < len(events):
        j = i
        while j < len(events) and events[j][0] == events[i][0]:
            j += 1
        acc = _merge(acc, call_deltas([e for _, e in events[i:j]])[events[i][1]["call_id"]])
        i = j
    return acc or CallDelta()


def _compare(row: tuple, events: list[tuple]) -> str | None:
    call_id, erased, *stored = row
    stored_delta = dict(zip(_COLUMNS, stored))
    rebuilt = _rebuild(events)
    if erased:
        if stored_delta["from_uri"] is not None or stored_delta["to_uri"] is not None:
            return "erased call still has caller fields in its calls row"
        names = _ERASED_COLUMNS
    else:
        names = _COLUMNS
    differ = [n for n in names if getattr(rebuilt, n) != stored_delta[n]]
    if differ:
        return f"calls row differs from its events in {', '.join(differ)} (edited)"
    return None


def _grouped(cur) -> Iterator[tuple[str, list[tuple]]]:
    group: list[tuple] = []
    current = None
    for call_id, batch_seq, seq, t_ms, wall, kind, leg, body in cur:
        if call_id != current and group:
            yield current, group
            group = []
        current = call_id
        group.append((batch_seq, {"call_id": call_id, "seq": seq, "t_ms": t_ms, "wall": wall, "kind": kind,
                                  "leg": leg, "body": from_jsonb(body)}))
    if group:
        yield current, group


def check(conn: psycopg.Connection, appliance: str) -> tuple[int, list[tuple[str, str]]]:
    """(calls checked, [(call_id, problem)]) for one appliance, inside verify's snapshot."""
    # COLLATE "C" orders by code point on both sides, the order Python's str comparison uses.
    events = conn.cursor(name="verify_call_events")
    events.itersize = FETCH_ROWS
    events.execute('SELECT call_id, batch_seq, seq, t_ms, wall, kind, leg, body FROM events WHERE appliance = %s '
                   'ORDER BY call_id COLLATE "C", batch_seq, batch_idx', (appliance,))
    calls = conn.cursor(name="verify_calls")
    calls.itersize = FETCH_ROWS
    calls.execute('SELECT call_id, erased, from_uri, to_uri, started, ended, duration_ms, end_reason, utterances, '
                  'flags, critical_flags, redactions, last_route_action, last_route_seq, n_events FROM calls '
                  'WHERE appliance = %s ORDER BY call_id COLLATE "C"', (appliance,))
    problems: list[tuple[str, str]] = []
    checked = 0
    try:
        groups, rows = _grouped(events), iter(calls)
        group, row = next(groups, None), next(rows, None)
        while group is not None or row is not None:
            if row is None or (group is not None and group[0] < row[0]):
                problems.append((group[0], "events are stored but the calls row is missing (deleted)"))
                group = next(groups, None)
            elif group is None or row[0] < group[0]:
                problems.append((row[0], "calls row has no events in the chain (its batches were deleted, or the "
                                         "row was added)"))
                row = next(rows, None)
            else:
                checked += 1
                problem = _compare(row, group[1])
                if problem:
                    problems.append((row[0], problem))
                group, row = next(groups, None), next(rows, None)
    finally:
        events.close()
        calls.close()
    if len(problems) > MAX_REPORTED:
        more = len(problems) - MAX_REPORTED
        problems = problems[:MAX_REPORTED] + [("...", f"and {more} more calls rows that do not match")]
    return checked, problems
