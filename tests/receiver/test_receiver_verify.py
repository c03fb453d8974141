"""`callwarden-receiver verify` and `erase`: a good chain passes, tampering is named, erasure keeps it verifiable."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from callwarden.receiver import ingest
from callwarden.sync import batch as wire
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


def test_good_chain_verifies(chain):
    dsn, _, _ = chain
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ("chain ok: 2 appliances, 6 batches, 12 events "
                                   "(0 erased batches checked by hash and signature only)")


def test_flipped_byte_in_raw_is_named(chain):
    dsn, _, _ = chain
    sql(dsn, "UPDATE batches SET raw = set_byte(raw, 20, get_byte(raw, 20) # 1) "
             "WHERE appliance = 'alpha' AND batch_seq = 2")
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["BROKEN appliance alpha batch_seq 2: raw content does not match the hash"]


def test_edited_event_row_is_named(chain):
    dsn, c1, _ = chain
    sql(dsn, "UPDATE events SET body = jsonb_set(body, '{text}', '\"edited\"') WHERE call_id = %s AND seq = 1",
        (c1,))
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["BROKEN appliance alpha batch_seq 0: events rows differ from the hashed "
                                        "raw content"]


def test_deleted_batch_is_named(chain):
    dsn, _, _ = chain
    sql(dsn, "DELETE FROM batches WHERE appliance = 'alpha' AND batch_seq = 1")
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["BROKEN appliance alpha batch_seq 1: batch missing (next stored "
                                        "batch_seq is 2)"]


def test_deleted_last_batch_leaves_a_valid_prefix(chain):
    # Truncating the tail cannot be seen from the chain alone; the appliance's next batch
    # then fails as a gap (409), which is where that shows.
    dsn, _, _ = chain
    sql(dsn, "DELETE FROM batches WHERE appliance = 'bravo' AND batch_seq = 1")
    assert run_cli("verify", dsn=dsn).returncode == 0


def test_swapped_batch_seqs_are_named(chain):
    dsn, _, _ = chain
    with psycopg.connect(dsn) as conn:
        conn.execute("UPDATE batches SET batch_seq = 1000 WHERE appliance = 'alpha' AND batch_seq = 1")
        conn.execute("UPDATE batches SET batch_seq = 1 WHERE appliance = 'alpha' AND batch_seq = 2")
        conn.execute("UPDATE batches SET batch_seq = 2 WHERE appliance = 'alpha' AND batch_seq = 1000")
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["BROKEN appliance alpha batch_seq 1: prev_hash does not link to the "
                                        "previous batch's hash"]


def test_forged_signature_is_named(chain):
    dsn, _, _ = chain
    sql(dsn, "UPDATE batches SET sig = repeat('00', 64) WHERE appliance = 'bravo' AND batch_seq = 0")
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["BROKEN appliance bravo batch_seq 0: signature does not verify over the hash"]


def test_each_appliance_reports_its_first_break(chain):
    dsn, _, _ = chain
    sql(dsn, "UPDATE batches SET raw = set_byte(raw, 5, 0) WHERE appliance = 'alpha' AND batch_seq IN (1, 3)")
    sql(dsn, "UPDATE batches SET prev_hash = repeat('1', 64) WHERE appliance = 'bravo' AND batch_seq = 0")
    done = run_cli("verify", dsn=dsn)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "BROKEN appliance alpha batch_seq 1: raw content does not match the hash",
        "BROKEN appliance bravo batch_seq 0: prev_hash of the first batch is not the genesis hash"]


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
    assert _rows_mentioning(fresh_dsn, secret) == ["batches", "events"]
    assert _rows_mentioning(fresh_dsn, "+15550100") == ["batches", "calls", "events"]

    done = run_cli("erase", gone, dsn=fresh_dsn)
    assert done.returncode == 0, done.stderr
    assert "erased call" in done.stdout and "2 batches" in done.stdout

    assert _rows_mentioning(fresh_dsn, secret) == []
    assert _rows_mentioning(fresh_dsn, kept) == ["batches", "events"]  # batch 1 held only the other call
    with psycopg.connect(fresh_dsn) as conn:
        rows = conn.execute("SELECT seq, kind, body FROM events WHERE call_id = %s ORDER BY seq", (gone,)).fetchall()
        assert [(s, k) for s, k, _ in rows] == [(0, "call.start"), (1, "utterance.final"), (2, "utterance.final"),
                                               (3, "call.end")]
        assert all(body == {"erased": True} for _, _, body in rows)
        call = conn.execute("SELECT erased, from_uri FROM calls WHERE call_id = %s", (gone,)).fetchone()
        assert call == (True, None)
        raws = conn.execute("SELECT batch_seq, raw IS NULL, hash FROM batches ORDER BY batch_seq").fetchall()
        assert [(s, null) for s, null, _ in raws] == [(0, True), (1, False), (2, True)]
        kept_body = conn.execute("SELECT body->>'text' FROM events WHERE call_id = %s AND seq = 1",
                                 (other,)).fetchone()[0]
        assert kept_body == kept

    done = run_cli("verify", dsn=fresh_dsn)
    assert done.returncode == 0, done.stdout
    assert "3 batches" in done.stdout and "2 erased batches" in done.stdout

    # A late batch of the erased call is erased on arrival; the chain still verifies.
    fill(fresh_dsn, app, [call_events(gone, first_seq=4, start=False, texts=(secret,))])
    assert _rows_mentioning(fresh_dsn, secret) == []
    assert run_cli("verify", dsn=fresh_dsn).returncode == 0

    # Tampering with an erased batch's hash is still caught by the signature.
    sql(fresh_dsn, "UPDATE batches SET hash = repeat('a', 64) WHERE batch_seq = 2")
    done = run_cli("verify", dsn=fresh_dsn)
    assert done.returncode == 1 and "batch_seq 2: signature does not verify" in done.stdout


def test_erase_unknown_call_fails_in_one_line(fresh_dsn):
    done = run_cli("erase", str(uuid.uuid4()), dsn=fresh_dsn)
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1 and "no call" in done.stderr
