"""The console's queries use indexes on a generated volume (10 appliances, 6,000 calls and batches,
120,000 events over 30 days, ANALYZEd): every statement a page runs is captured and EXPLAINed; none may
scan events or batches sequentially, nor calls when it filters them (a whole-table count may)."""

from __future__ import annotations

import json
import re
from datetime import date

import psycopg
import pytest

from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console import (logins, pages_annotation, pages_appliances, pages_audit, pages_call,
                                         pages_calls, pages_sla)
from callwarden.receiver.console.web import Request
from conftest import TEMPLATE_DB

CALLS_PER_APPLIANCE = 600
EVENTS_PER_CALL = 20
FIRST_DAY = date(2026, 1, 1)

FILL = f"""
INSERT INTO appliances (name, public_key, head_seq)
SELECT 'gen-' || a, encode(sha256(('k' || a)::bytea), 'base64'), {CALLS_PER_APPLIANCE - 1}
FROM generate_series(0, 9) a;
INSERT INTO batches (appliance, batch_seq, prev_hash, hash, sig, n_events, version, content_hash, received_at)
SELECT 'gen-' || a, b, 'p', 'h', 's', {EVENTS_PER_CALL}, 2, 'c', now() - ({CALLS_PER_APPLIANCE - 1} - b) * interval '10 minutes'
FROM generate_series(0, 9) a, generate_series(0, {CALLS_PER_APPLIANCE - 1}) b;
INSERT INTO calls (appliance, call_id, from_uri, to_uri, started, ended, duration_ms, end_reason, utterances, flags,
                   critical_flags, redactions, last_route_action, last_route_seq, n_events)
SELECT 'gen-' || a, 'c-' || a || '-' || c, 'sip:h-00@x', 'sip:help@x',
       timestamptz '{FIRST_DAY}T00:00:00Z' + (c * interval '72 minutes'),
       timestamptz '{FIRST_DAY}T00:01:00Z' + (c * interval '72 minutes'), 30000 + 100 * (c % 300),
       (ARRAY['caller_bye', 'agent_end', 'transfer'])[1 + c % 3], 10, 1, c % 50 / 49, c % 7,
       (ARRAY['auto', 'auto', 'escalate', 'ticket', 'end'])[1 + c % 5], 18, {EVENTS_PER_CALL}
FROM generate_series(0, 9) a, generate_series(0, {CALLS_PER_APPLIANCE - 1}) c;
INSERT INTO events (appliance, call_id, seq, batch_seq, batch_idx, t_ms, wall, kind, leg, body)
SELECT 'gen-' || a, 'c-' || a || '-' || c, s, c, s, 1000 * s, '2026-01-01T00:00:00Z',
       CASE WHEN s = 0 THEN 'call.start' WHEN s = 19 THEN 'call.end' WHEN s = 18 THEN 'route' WHEN s = 9 THEN 'flag'
            WHEN s % 2 = 0 THEN 'tts.start' ELSE 'utterance.final' END,
       CASE WHEN s % 2 = 1 THEN 'caller' ELSE 'system' END,
       CASE WHEN s = 9 THEN jsonb_build_object('type', (ARRAY['frustration', 'opt_out', 'pci', 'escalation_request',
                                                             'distress'])[1 + c % 5], 'latency_ms', 200 + c % 97,
                                               'severity', 'warn', 'evidence', jsonb_build_object('text', 'x'))
            WHEN s = 18 THEN jsonb_build_object('action', (ARRAY['auto', 'auto', 'escalate', 'ticket', 'end'])[1 + c % 5])
            ELSE jsonb_build_object('text', 'turn ' || s, 'latency_ms', 100 + (c + s) % 80) END
FROM generate_series(0, 9) a, generate_series(0, {CALLS_PER_APPLIANCE - 1}) c,
     generate_series(0, {EVENTS_PER_CALL - 1}) s;
"""


class Recorder:
    """A connection that notes every statement run through it."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.seen: list[tuple[str, object]] = []

    def execute(self, sql, args=None):
        self.seen.append((sql, args))
        return self.conn.execute(sql, args)

    def __getattr__(self, name):
        return getattr(self.conn, name)


def req(path: str, **query: str) -> Request:
    return Request("GET", path, {k: [v] for k, v in query.items()}, {}, {"REMOTE_ADDR": "127.0.0.1"})


def scans(plan: dict) -> list[tuple[str, str | None, str | None]]:
    found = [(plan["Node Type"], plan.get("Relation Name"), plan.get("Index Name"))]
    for child in plan.get("Plans", []):
        found += scans(child)
    return found


@pytest.fixture(scope="module")
def volume(pg):
    dsn = pg.create_db("console_explain", template=TEMPLATE_DB)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(FILL)
        conn.execute("VACUUM ANALYZE")
    return dsn


def test_the_console_queries_use_indexes(volume):
    cfg = ReceiverConfig(console_trend_days=7)
    day = "2026-01-10"
    with psycopg.connect(volume) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 10 * CALLS_PER_APPLIANCE * EVENTS_PER_CALL
        rec = Recorder(conn)
        pages_appliances.page(rec, cfg, "admin", "t")
        for query in ({}, {"appliance": "gen-3"}, {"day": day}, {"day": day, "route": "escalate"},
                      {"flag": "opt_out"}, {"appliance": "gen-2", "day": day, "flag": "distress", "min_s": "40"},
                      {"end_reason": "transfer", "day": day}):
            pages_calls.page(req("/console/calls", **query), rec)
        pages_call.page(rec, "gen-4", "c-4-123")
        pages_sla.page(req("/console/sla", **{"from": "2026-01-08", "to": "2026-01-12"}), rec, cfg)
        pages_annotation.page(req("/console/annotation", to="2026-01-12"), rec, cfg)
        pages_audit.page(req("/console/audit"), rec, "t", cfg)
        logins.lockout_s(rec, "someone", "192.0.2.1", cfg)
        checked, indexes = 0, set()
        for sql, args in rec.seen:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            plan = conn.execute(f"EXPLAIN (FORMAT JSON) {sql}", args).fetchone()[0]
            conn.rollback()
            nodes = scans(plan[0]["Plan"] if isinstance(plan, list) else json.loads(plan)[0]["Plan"])
            seq = {rel for node, rel, _ in nodes if node == "Seq Scan"}
            indexes |= {index for _, _, index in nodes if index}
            assert not seq & {"events", "batches"}, (sql, nodes)
            if re.search(r"\bWHERE\b", sql) and "FROM calls" in sql:
                assert "calls" not in seq, (sql, nodes)
            checked += 1
        assert checked >= 20
    # The console's own indexes (migration 005) are among those the plans use.
    assert {"events_flag_type", "calls_started", "calls_appliance_started", "batches_received"} <= indexes, indexes
