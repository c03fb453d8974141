"""`callwarden-receiver verify` and `erase`: a good chain passes, tampering is named, erasure keeps it verifiable."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb

from callwarden.receiver import ingest
from callwarden.wire import batch as wire
from conftest import register, run_cli
from rx_util import Appliance, call_events


def fill(dsn: str, appliance: Appliance, batches: list[list[dict]]) -> None:
    with psycopg.connect(dsn) as conn:
        for events in batches:
            batch = appliance.make(events)
            ingest.store(conn, wire.decode(wire.encode(batch)))
            appliance.accept(batch)


@pytest.fixture
def chain(fresh_dsn, tmp_path):
    """Two appliances; `a` has 4 batches over two calls, `b` has 2 batches."""
    a = register(fresh_dsn, Appliance(tmp_path / "a", name="alpha"))
    b = register(fresh_dsn, Appliance(tmp_path / "b", name="bravo"))
    c1, c2 = str(uuid.uuid4()), str(uuid.uuid4())
    fill(fresh_dsn, a, [call_events(c1, texts=("first",)), call_events(c2, texts=("second",)),
                        call_events(c1, first_seq=2, start=False, texts=("third",), end=True),
                        call_events(c2, first_seq=2, start=False, texts=("fourth",), end=True)])
    fill(fresh_dsn, b, [call_events(), call_events()])
    return fresh_dsn, c1, c2


def sql(dsn: str, statement: str, args: tuple = ()) -> None:
    with psycopg.connect(dsn) as conn:
        conn.execute(statement, args)


def verify_lines(dsn: str) -> list[str]:
    """The problems, or the chain ok line (the verdict and the per-appliance lines are checked by
    test_verify_prints_a_line_per_appliance_and_a_verdict)."""
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == (1 if done.stdout.startswith("BROKEN") else 0), done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if not line.startswith(("  ", "chain BROKEN: "))]


def test_good_chain_verifies(chain):
    dsn, _, _ = chain
    assert verify_lines(dsn) == ["chain ok: 2 appliances, 6 batches, 12 events (0 erased, checked by their kept "
                                 "digests), 4 calls match their events"]


def test_edited_event_body_is_named_without_any_raw_bytes(chain):
    dsn, c1, _ = chain
    with psycopg.connect(dsn) as conn:  # format 2 keeps no raw bytes at all: rows are checked by digest
        assert conn.execute("SELECT count(*) FROM batches WHERE raw IS NOT NULL").fetchone()[0] == 0
    sql(dsn, "UPDATE events SET body = jsonb_set(body, '{text}', '\"edited\"') WHERE call_id = %s AND seq = 1",
        (c1,))
    assert verify_lines(dsn) == [f"BROKEN appliance 'alpha' batch_seq 0: event {c1!r} seq 1: body does not "
                                 "match its digest (edited)"]


def test_edited_body_with_its_digest_recomputed_breaks_the_content_hash(chain):
    dsn, c1, _ = chain
    with psycopg.connect(dsn) as conn:
        salt, body = conn.execute("SELECT salt, body FROM events WHERE call_id = %s AND seq = 1", (c1,)).fetchone()
        body["text"] = "edited"
        conn.execute("UPDATE events SET body = %s, body_digest = %s WHERE call_id = %s AND seq = 1",
                     (Jsonb(body), wire.body_digest(bytes(salt).hex(), body), c1))
    assert verify_lines(dsn) == ["BROKEN appliance 'alpha' batch_seq 0: events rows do not add up to the batch's "
                                 "content_hash (a row was edited, added or removed)"]


def test_edited_event_fields_are_named(chain):
    dsn, c1, _ = chain
    sql(dsn, "UPDATE events SET t_ms = t_ms + 1 WHERE call_id = %s AND seq = 2", (c1,))
    assert verify_lines(dsn) == ["BROKEN appliance 'alpha' batch_seq 2: events rows do not add up to the batch's "
                                 "content_hash (a row was edited, added or removed)"]


def test_edited_call_row_is_named(chain):
    dsn, c1, c2 = chain
    sql(dsn, "UPDATE calls SET from_uri = 'sip:+15559999@pbx' WHERE call_id = %s", (c1,))
    sql(dsn, "UPDATE calls SET duration_ms = 1 WHERE call_id = %s", (c2,))
    assert sorted(verify_lines(dsn)) == sorted([
        f"BROKEN appliance 'alpha' call {c1!r}: calls row differs from its events in from_uri (edited)",
        f"BROKEN appliance 'alpha' call {c2!r}: calls row differs from its events in duration_ms (edited)"])


def test_deleted_batch_is_named(chain):
    dsn, _, _ = chain
    sql(dsn, "DELETE FROM batches WHERE appliance = 'alpha' AND batch_seq = 1")
    assert verify_lines(dsn)[0] == "BROKEN appliance 'alpha' batch_seq 1: batch missing (next stored batch_seq is 2)"


def test_deleted_last_batch_is_named(chain):
    # The appliance's head (the last batch ingest stored) shows a truncated tail.
    dsn, _, _ = chain
    sql(dsn, "DELETE FROM batches WHERE appliance = 'bravo' AND batch_seq = 1")
    assert verify_lines(dsn)[0] == ("BROKEN appliance 'bravo' batch_seq 1: the chain ends at batch_seq 0, but "
                                    "batch_seq 1 was the last one received (batches deleted or replaced)")


def test_deleted_chain_is_named(chain):
    dsn, _, _ = chain
    sql(dsn, "DELETE FROM batches WHERE appliance = 'bravo'")  # events go with them (ON DELETE CASCADE)
    lines = verify_lines(dsn)
    assert lines[0] == ("BROKEN appliance 'bravo' batch_seq 1: no batch is stored, but batch_seq 1 was the last one "
                        "received (batches deleted or replaced)")
    assert len(lines) == 3 and all("calls row has no events in the chain" in line for line in lines[1:])


def test_deleted_chain_and_calls_with_a_cleared_head_still_leave_no_clean_report_for_its_calls(chain):
    # Clearing the head too: the calls rows still have no chain behind them.
    dsn, _, _ = chain
    sql(dsn, "DELETE FROM batches WHERE appliance = 'bravo'")
    sql(dsn, "UPDATE appliances SET head_seq = NULL, head_hash = NULL WHERE name = 'bravo'")
    assert {line.split(":")[1].strip() for line in verify_lines(dsn)} == {"calls row has no events in the chain "
                                                                          "(its batches were deleted, or the row was "
                                                                          "added)"}


def test_missing_appliance_is_named(chain):
    dsn, _, _ = chain
    with psycopg.connect(dsn) as conn:
        conn.execute("SET session_replication_role = replica")  # what it takes to get past the foreign keys
        conn.execute("DELETE FROM appliances WHERE name = 'bravo'")
    assert verify_lines(dsn) == ["BROKEN appliance 'bravo': rows in batches, calls, events belong to an appliance "
                                 "that is not registered (its registration was deleted)"]


def test_swapped_batch_seqs_are_named(chain):
    dsn, _, _ = chain
    with psycopg.connect(dsn) as conn:
        conn.execute("UPDATE batches SET batch_seq = 1000 WHERE appliance = 'alpha' AND batch_seq = 1")
        conn.execute("UPDATE batches SET batch_seq = 1 WHERE appliance = 'alpha' AND batch_seq = 2")
        conn.execute("UPDATE batches SET batch_seq = 2 WHERE appliance = 'alpha' AND batch_seq = 1000")
    assert verify_lines(dsn)[0] == "BROKEN appliance 'alpha' batch_seq 1: prev_hash does not link to the previous " \
                                   "batch's hash"


def test_forged_signature_is_named(chain):
    dsn, _, _ = chain
    sql(dsn, "UPDATE batches SET sig = repeat('00', 64) WHERE appliance = 'bravo' AND batch_seq = 0")
    assert verify_lines(dsn) == ["BROKEN appliance 'bravo' batch_seq 0: signature does not verify over (appliance, "
                                 "batch_seq, prev_hash, content_hash)"]


def test_forged_tombstone_on_a_call_not_erased_is_named(chain):
    dsn, c1, _ = chain
    sql(dsn, "UPDATE events SET body = '{\"erased\": true}', salt = NULL WHERE call_id = %s AND seq = 1", (c1,))
    assert verify_lines(dsn)[0] == (f"BROKEN appliance 'alpha' batch_seq 0: event {c1!r} seq 1 has no salt but is no "
                                    "erased call's tombstone")


def test_each_appliance_reports_its_first_break(chain):
    dsn, _, _ = chain
    sql(dsn, "UPDATE batches SET content_hash = repeat('1', 64) WHERE appliance = 'alpha' AND batch_seq IN (1, 3)")
    sql(dsn, "UPDATE batches SET prev_hash = repeat('1', 64) WHERE appliance = 'bravo' AND batch_seq = 0")
    assert verify_lines(dsn) == [
        "BROKEN appliance 'alpha' batch_seq 1: events rows do not add up to the batch's content_hash (a row was "
        "edited, added or removed)",
        "BROKEN appliance 'bravo' batch_seq 0: prev_hash of the first batch is not the genesis hash"]


def test_verify_prints_a_line_per_appliance_and_a_verdict(chain):
    dsn, c1, _ = chain
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "chain ok: 2 appliances, 6 batches, 12 events (0 erased, checked by their kept digests), 4 calls match "
        "their events",
        "  alpha: 4 batches, 8 events, 2 calls checked; ok",
        "  bravo: 2 batches, 4 events, 2 calls checked; ok"]
    sql(dsn, "UPDATE batches SET content_hash = repeat('1', 64) WHERE appliance = 'alpha' AND batch_seq IN (1, 3)")
    sql(dsn, "UPDATE calls SET duration_ms = 1 WHERE call_id = %s", (c1,))
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("BROKEN appliance 'alpha' batch_seq 1: ")
    assert lines[-3:] == [
        "chain BROKEN: 2 problems; 1 of 2 appliances broken",
        "  alpha: 1 batches, 2 events, 2 calls checked; BROKEN at batch_seq 1: events rows do not add up to the "
        "batch's content_hash (a row was edited, added or removed) (+1 more)",
        "  bravo: 2 batches, 4 events, 2 calls checked; ok"]


def test_verify_json(chain):
    import json
    dsn, _, _ = chain
    sql(dsn, "UPDATE batches SET prev_hash = repeat('1', 64) WHERE appliance = 'bravo' AND batch_seq = 0")
    done = run_cli("verify", "--json", "--no-record", dsn=dsn)
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert out["ok"] is False and out["totals"]["appliances"] == 2 and out["totals"]["batches"] == 4
    alpha, bravo = out["appliances"]
    assert alpha == {"name": "alpha", "ok": True, "batches": 4, "events": 8, "calls": 2, "problems": 0,
                     "first_broken": None}
    assert bravo["ok"] is False and bravo["batches"] == 0 and bravo["first_broken"]["batch_seq"] == 0
    assert bravo["first_broken"]["problem"] == "prev_hash of the first batch is not the genesis hash"
    assert out["problems"] == [bravo["first_broken"]["line"]]
    # The option after the subcommand or before it.
    again = run_cli("--dsn", dsn, "verify", "--json")
    assert again.returncode == 1 and json.loads(again.stdout)["ok"] is False


def _rows_mentioning(dsn: str, needle: str) -> list[str]:
    """Tables with a row whose text form, or any bytea column's bytes, contain `needle`."""
    found = []
    with psycopg.connect(dsn) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                             "ORDER BY tablename")]
        for table in tables:
            binary = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND data_type = 'bytea'",
                (table,))]
            tests = ["t::text LIKE %s"] + [f"position(convert_to(%s, 'UTF8') in t.{c}) > 0" for c in binary]
            args = [f"%{needle}%"] + [needle] * len(binary)
            if conn.execute(f"SELECT count(*) FROM {table} t WHERE {' OR '.join(tests)}", args).fetchone()[0]:
                found.append(table)
    return found


def test_erase_removes_content_and_verify_still_passes(fresh_dsn, tmp_path):
    app = register(fresh_dsn, Appliance(tmp_path / "a", name="alpha"))
    secret, kept = f"secret-{uuid.uuid4().hex}", f"kept-{uuid.uuid4().hex}"
    gone, other = str(uuid.uuid4()), str(uuid.uuid4())
    fill(fresh_dsn, app, [call_events(gone, texts=(secret,)) + call_events(other, texts=(kept,)),
                          call_events(other, first_seq=2, start=False, texts=(kept,)),
                          call_events(gone, first_seq=2, start=False, texts=(secret,), end=True)])
    assert _rows_mentioning(fresh_dsn, secret) == ["events"]
    assert _rows_mentioning(fresh_dsn, "+15550100") == ["calls", "events"]

    done = run_cli("erase", gone, dsn=fresh_dsn)
    assert done.returncode == 0, done.stderr
    assert "erased call" in done.stdout and "2 batches" in done.stdout

    assert _rows_mentioning(fresh_dsn, secret) == []
    assert _rows_mentioning(fresh_dsn, kept) == ["events"]
    with psycopg.connect(fresh_dsn) as conn:
        rows = conn.execute("SELECT seq, kind, body FROM events WHERE call_id = %s ORDER BY seq", (gone,)).fetchall()
        assert [(s, k) for s, k, _ in rows] == [(0, "call.start"), (1, "utterance.final"), (2, "utterance.final"),
                                               (3, "call.end")]
        assert all(body == {"erased": True} for _, _, body in rows)
        # Tombstones keep the body's digest and lose its salt: the digest still links, but confirms no guess.
        kept_digests = conn.execute("SELECT count(*) FROM events WHERE call_id = %s AND salt IS NULL "
                                    "AND body_digest IS NOT NULL", (gone,)).fetchone()[0]
        assert kept_digests == 4
        call = conn.execute("SELECT erased, from_uri FROM calls WHERE call_id = %s", (gone,)).fetchone()
        assert call == (True, None)
        kept_body = conn.execute("SELECT body->>'text' FROM events WHERE call_id = %s AND seq = 1",
                                 (other,)).fetchone()[0]
        assert kept_body == kept

    done = run_cli("verify", dsn=fresh_dsn)
    assert done.returncode == 0, done.stdout
    assert "3 batches, 7 events (4 erased, checked by their kept digests), 2 calls" in done.stdout

    # A late batch of the erased call is erased on arrival; the chain still verifies.
    fill(fresh_dsn, app, [call_events(gone, first_seq=4, start=False, texts=(secret,))])
    assert _rows_mentioning(fresh_dsn, secret) == []
    assert run_cli("verify", dsn=fresh_dsn).returncode == 0

    # The other call shares batch 0 with the erased one and is still checked in full.
    sql(fresh_dsn, "UPDATE events SET body = jsonb_set(body, '{text}', '\"edited\"') WHERE call_id = %s AND seq = 1",
        (other,))
    done = run_cli("verify", dsn=fresh_dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == (f"BROKEN appliance 'alpha' batch_seq 0: event {other!r} seq 1: body does "
                                           "not match its digest (edited)")


def test_tampering_around_an_erased_call_is_named(fresh_dsn, tmp_path):
    app = register(fresh_dsn, Appliance(tmp_path / "a", name="alpha"))
    gone, other = str(uuid.uuid4()), str(uuid.uuid4())
    fill(fresh_dsn, app, [call_events(gone, end=True) + call_events(other, end=True)])
    assert run_cli("erase", gone, dsn=fresh_dsn).returncode == 0
    assert verify_lines(fresh_dsn)[0].startswith("chain ok: 1 appliances, 1 batches, 6 events (3 erased")
    # A tombstone's kept fields are still covered: its kind cannot be changed.
    sql(fresh_dsn, "UPDATE events SET kind = 'flag' WHERE call_id = %s AND seq = 1", (gone,))
    assert verify_lines(fresh_dsn)[0] == ("BROKEN appliance 'alpha' batch_seq 0: events rows do not add up to the "
                                          "batch's content_hash (a row was edited, added or removed)")
    sql(fresh_dsn, "UPDATE events SET kind = 'utterance.final' WHERE call_id = %s AND seq = 1", (gone,))
    # The erased call's row may not get a caller back.
    sql(fresh_dsn, "UPDATE calls SET from_uri = 'sip:+15550100@pbx' WHERE call_id = %s", (gone,))
    assert verify_lines(fresh_dsn) == [f"BROKEN appliance 'alpha' call {gone!r}: erased call still has caller "
                                       "fields in its calls row"]


def test_erase_unknown_call_fails_in_one_line(fresh_dsn):
    done = run_cli("erase", str(uuid.uuid4()), dsn=fresh_dsn)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1 and "no call" in done.stderr
