"""A receiver upgraded from sync format 1: the old batches stay verifiable, the chain goes on in
format 2 from the last old hash, and the appliance's head is filled in by the migration."""

from __future__ import annotations

import hashlib
import uuid

import psycopg
from psycopg.types.json import Jsonb

from callwarden.receiver import db, ingest
from callwarden.receiver.jsonb import to_jsonb
from callwarden.wire import batch as wire
from conftest import run_cli
from rx_util import Appliance, call_events


def _store_v1(conn: psycopg.Connection, app: Appliance, events: list[dict]) -> None:
    """What format 1's ingest wrote: raw bytes hashed with prev_hash, the signature over the hash."""
    raw = wire.canonical_msgpack(events)
    digest = hashlib.sha256(bytes.fromhex(app.prev) + raw).hexdigest()
    conn.execute("INSERT INTO batches (appliance, batch_seq, prev_hash, hash, sig, raw, n_events) "
                 "VALUES (%s, %s, %s, %s, %s, %s, %s)", (app.name, app.seq, app.prev, digest,
                                                          app.key.sign(bytes.fromhex(digest)).hex(), raw, len(events)))
    for i, e in enumerate(events):
        conn.execute("INSERT INTO events (appliance, call_id, seq, batch_seq, batch_idx, t_ms, wall, kind, leg, body) "
                     "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                     (app.name, e["call_id"], e["seq"], app.seq, i, e["t_ms"], e["wall"], e["kind"], e["leg"],
                      Jsonb(to_jsonb(e["body"]))))
    with conn.cursor() as cur:  # the summary as ingest's upsert keeps it
        cur.executemany(ingest._UPSERT_CALL, [
            (app.name, call_id, d.from_uri, d.to_uri, d.started, d.ended, d.duration_ms, d.end_reason, d.utterances,
             d.flags, d.critical_flags, d.redactions, d.route_action, d.route_seq, d.n_events)
            for call_id, d in ingest.call_deltas(events).items()])
    app.seq, app.prev = app.seq + 1, digest


def test_format_1_chain_upgrades_and_goes_on_in_format_2(pg, tmp_path):
    dsn = pg.create_db(f"t_{uuid.uuid4().hex[:12]}")
    app = Appliance(tmp_path / "a", name="old-box")
    c1 = str(uuid.uuid4())
    with psycopg.connect(dsn) as conn:  # the schema before format 2
        conn.execute("CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz "
                     "NOT NULL DEFAULT now())")
        for version, sql in db.migration_files()[:3]:
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
        conn.execute("INSERT INTO appliances (name, public_key) VALUES (%s, %s)", (app.name, app.public_key))
        _store_v1(conn, app, call_events(c1, texts=("old one",)))
        _store_v1(conn, app, call_events(c1, first_seq=2, start=False, texts=("old two",)))
    assert run_cli("migrate", dsn=dsn).returncode == 0
    with psycopg.connect(dsn) as conn:
        assert conn.execute("SELECT head_seq, head_hash FROM appliances").fetchone() == (1, app.prev)
        batch = app.make(call_events(c1, first_seq=3, start=False, texts=("new",), end=True))
        ingest.store(conn, wire.decode(wire.encode(batch)))
        app.accept(batch)
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 0, done.stdout
    assert "3 batches, 5 events" in done.stdout and "1 calls match" in done.stdout

    # Format 1 content is still checked against its raw bytes while they exist.
    with psycopg.connect(dsn) as conn:
        conn.execute("UPDATE events SET body = jsonb_set(body, '{text}', '\"edited\"') WHERE call_id = %s "
                     "AND seq = 1", (c1,))
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == ("BROKEN appliance 'old-box' batch_seq 0: events rows differ from the "
                                           "hashed raw content")


def test_a_batch_pending_in_format_1_is_signed_again_and_delivered(server, tmp_path):
    from callwarden.config import SyncConfig
    from callwarden.wire import keys
    from callwarden.sync.outbox import Outbox
    from callwarden.sync.uploader import Uploader
    from callwarden.timeline import TimelineStore
    from conftest import register

    state = tmp_path / "state"
    app = register(server.dsn, Appliance(state, name=f"up-{uuid.uuid4().hex[:6]}"))
    TimelineStore(state, outbox=True).close()
    events = call_events(texts=("queued before the upgrade",), end=True)
    old = {"appliance": app.name, "batch_seq": 0, "prev_hash": wire.GENESIS_HASH, "events": events,
           "hash": "ab" * 32, "sig": "cd" * 64}  # format 1's shape: no v, no salts, no content_hash
    outbox = Outbox(state)
    outbox.set_pending(wire.canonical_msgpack(old), 0)
    outbox.close()
    uploader = Uploader(SyncConfig(enabled=True, url=server.url, appliance=app.name), state, keys.load_or_create(state))
    assert uploader.step() == "sent"
    uploader.outbox.close()
    with psycopg.connect(server.dsn) as conn:
        texts = [r[0] for r in conn.execute("SELECT body->>'text' FROM events WHERE appliance = %s AND "
                                            "kind = 'utterance.final'", (app.name,))]
    assert texts == ["queued before the upgrade"]
