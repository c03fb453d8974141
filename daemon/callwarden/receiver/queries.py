"""Read side shared by the HTTP API, export and report: call summaries and a call's events."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import psycopg

MAX_LIMIT = 1000
_SUMMARY_COLUMNS = ("appliance, call_id, from_uri, to_uri, started, ended, duration_ms, end_reason, utterances, "
                    "flags, critical_flags, redactions, last_route_action, n_events, erased")


def parse_day(text: str) -> date:
    """'YYYY-MM-DD' -> date; ValueError otherwise."""
    if len(text) != 10:
        raise ValueError("day: expected YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError("day: expected YYYY-MM-DD") from None


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Days are UTC days, as the appliances stamp `wall` in UTC."""
    start = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    return start, start + timedelta(days=1)


def _iso(t: datetime | None) -> str | None:
    return t.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z") if t else None


def _summary(row: tuple) -> dict:
    (appliance, call_id, from_uri, to_uri, started, ended, duration_ms, end_reason, utterances, flags,
     critical_flags, redactions, route, n_events, erased) = row
    return {"appliance": appliance, "call_id": call_id, "from": from_uri, "to": to_uri, "started": _iso(started),
            "ended": _iso(ended), "duration_ms": duration_ms, "end_reason": end_reason, "utterances": utterances,
            "flags": flags, "critical_flags": critical_flags, "redactions": redactions,
            "last_route_action": route, "events": n_events, "erased": erased}


def list_calls(conn: psycopg.Connection, *, appliance: str | None = None, day: date | None = None,
               limit: int = 100) -> list[dict]:
    where, args = [], []
    if appliance:
        where.append("appliance = %s")
        args.append(appliance)
    if day:
        where.append("started >= %s AND started < %s")
        args.extend(day_bounds(day))
    sql = (f"SELECT {_SUMMARY_COLUMNS} FROM calls {'WHERE ' + ' AND '.join(where) if where else ''} "
           "ORDER BY started DESC NULLS LAST, call_id LIMIT %s")
    rows = conn.execute(sql, (*args, min(limit, MAX_LIMIT))).fetchall()
    conn.rollback()
    return [_summary(r) for r in rows]


def calls_of_day(conn: psycopg.Connection, day: date | None) -> list[dict]:
    """Every call started on `day` (all days when None), oldest first, for export and report."""
    if day is None:
        rows = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM calls ORDER BY started, call_id").fetchall()
    else:
        rows = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM calls WHERE started >= %s AND started < %s "
                            "ORDER BY started, call_id", day_bounds(day)).fetchall()
    conn.rollback()
    return [_summary(r) for r in rows]


class Ambiguous(Exception):
    """A call id stored for several appliances, asked for without naming one."""

    def __init__(self, appliances: list[str]) -> None:
        super().__init__("call id stored for several appliances")
        self.appliances = appliances


def call_events(conn: psycopg.Connection, call_id: str, appliance: str | None = None) -> dict | None:
    """The call's summary and its events in seq order (bodies as stored: see jsonb.py); None if unknown.
    Call ids are each appliance's own: without `appliance`, an id two appliances share raises Ambiguous
    instead of answering with either one."""
    summaries = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM calls WHERE call_id = %s "
                             "AND (%s::text IS NULL OR appliance = %s) ORDER BY appliance LIMIT 50",
                             (call_id, appliance, appliance)).fetchall()
    if len(summaries) != 1:
        conn.rollback()
        if summaries:
            raise Ambiguous([r[0] for r in summaries])
        return None
    summary = summaries[0]
    rows = conn.execute("SELECT seq, t_ms, wall, kind, leg, body, batch_seq FROM events "
                        "WHERE appliance = %s AND call_id = %s ORDER BY seq", (summary[0], call_id)).fetchall()
    conn.rollback()
    events = [{"call_id": call_id, "seq": r[0], "t_ms": r[1], "wall": r[2], "kind": r[3], "leg": r[4],
               "body": r[5], "batch_seq": r[6]} for r in rows]
    return {"call": _summary(summary), "events": events}


def events_by_call(conn: psycopg.Connection, calls: list[dict], kinds: tuple[str, ...]) -> dict[tuple, list]:
    """{(appliance, call_id): [(seq, t_ms, kind, leg, body), ...]} for the given calls, in seq order."""
    out: dict[tuple, list] = {(c["appliance"], c["call_id"]): [] for c in calls}
    if not calls:
        return out
    apps = [c["appliance"] for c in calls]
    ids = [c["call_id"] for c in calls]
    rows = conn.execute(
        "SELECT e.appliance, e.call_id, e.seq, e.t_ms, e.kind, e.leg, e.body FROM events e "
        "JOIN unnest(%s::text[], %s::text[]) AS w(appliance, call_id) USING (appliance, call_id) "
        "WHERE e.kind = ANY(%s) ORDER BY e.appliance, e.call_id, e.seq", (apps, ids, list(kinds))).fetchall()
    conn.rollback()
    for appliance, call_id, seq, t_ms, kind, leg, body in rows:
        out[(appliance, call_id)].append((seq, t_ms, kind, leg, body))
    return out
