"""Who a batch belongs to, against the real receiver on PostgreSQL: replays under another name
or at another position are refused, a key belongs to one appliance, a call id two appliances
share is never answered with one of them, and the signed key probe behind `callwarden doctor`."""

from __future__ import annotations

import urllib.error
import urllib.request
import uuid

import psycopg
import pytest

from callwarden import config as config_mod
from callwarden import doctor
from callwarden.receiver import db
from callwarden.wire import batch as wire
from callwarden.wire import keys
from callwarden.sync import probe
from conftest import register, run_cli
from rx_util import Appliance, call_events, get, post

UNAUTHENTICATED = {"error": "appliance unknown or signature invalid"}


def stored_batches(dsn: str, appliance: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT count(*) FROM batches WHERE appliance = %s", (appliance,)).fetchone()[0]


def test_batch_replayed_under_another_name_is_refused(server, appliance, tmp_path):
    other = register(server.dsn, Appliance(tmp_path / "other"))
    batch = appliance.make(call_events())
    assert post(server.url, wire.encode(batch))[0] == 200
    # The same bytes, relabelled: the hash and signature are untouched, the name is not theirs.
    replay = dict(batch, appliance=other.name)
    assert post(server.url, wire.encode(replay)) == (401, UNAUTHENTICATED)
    # Relabelled with the hash made to match the new name: the signature still names the old one.
    replay["hash"] = wire.link_hash(other.name, 0, wire.GENESIS_HASH, batch["content_hash"])
    assert post(server.url, wire.encode(replay)) == (401, UNAUTHENTICATED)
    assert stored_batches(server.dsn, other.name) == 0
    # Even under the same key (what a cloned box would have), the signature names its appliance.
    public = appliance.key.public_key()
    assert wire.verify_signature(public, batch["sig"], appliance.name, 0, wire.GENESIS_HASH, batch["content_hash"])
    assert not wire.verify_signature(public, batch["sig"], other.name, 0, wire.GENESIS_HASH, batch["content_hash"])


def test_batch_replayed_at_another_position_is_refused(server, appliance):
    first = appliance.make(call_events())
    assert post(server.url, wire.encode(first))[0] == 200
    appliance.accept(first)
    # batch 0's events and signature, offered as batch 1 after itself
    moved = dict(first, batch_seq=1, prev_hash=first["hash"])
    assert post(server.url, wire.encode(moved)) == (401, UNAUTHENTICATED)
    assert stored_batches(server.dsn, appliance.name) == 1


def test_a_key_belongs_to_one_appliance(fresh_dsn, tmp_path):
    first = register(fresh_dsn, Appliance(tmp_path / "k", name="edge-1"))
    done = run_cli("appliances", "add", "edge-2", first.public_key, dsn=fresh_dsn)
    assert done.returncode != 0
    assert "already registered to appliance 'edge-1'" in done.stderr and len(done.stderr.splitlines()) == 1
    # Nor by --replace onto another name, nor past the CLI straight into the table.
    assert run_cli("appliances", "add", "edge-2", first.public_key, "--replace", dsn=fresh_dsn).returncode != 0
    with psycopg.connect(fresh_dsn) as conn, pytest.raises(psycopg.errors.UniqueViolation):
        conn.execute("INSERT INTO appliances (name, public_key) VALUES ('edge-3', %s)", (first.public_key,))
    with psycopg.connect(fresh_dsn) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM appliances")] == ["edge-1"]
        # The same key again under its own name is no change, and allowed.
        db.add_appliance(conn, "edge-1", first.public_key)


def test_migration_refuses_a_database_where_two_appliances_share_a_key(pg, tmp_path):
    dsn = pg.create_db(f"t_{uuid.uuid4().hex[:12]}")
    with psycopg.connect(dsn) as conn:  # the tables as the first three migrations made them
        conn.execute("CREATE TABLE schema_migrations (version text PRIMARY KEY, applied_at timestamptz "
                     "NOT NULL DEFAULT now())")
        for version, sql in db.migration_files()[:3]:
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
        key = Appliance(tmp_path / "k").public_key
        conn.execute("INSERT INTO appliances (name, public_key) VALUES ('a', %s), ('b', %s)", (key, key))
    done = run_cli("migrate", dsn=dsn)
    assert done.returncode != 0 and "two appliances share a public key" in done.stderr


def test_ambiguous_call_id_is_never_answered_with_one_of_them(server, tmp_path):
    one = register(server.dsn, Appliance(tmp_path / "one"))
    two = register(server.dsn, Appliance(tmp_path / "two"))
    call_id = str(uuid.uuid4())
    for app, text in ((one, "from one"), (two, "from two")):
        batch = app.make(call_events(call_id, texts=(text,)))
        assert post(server.url, wire.encode(batch))[0] == 200
    status, answer = get(server.url, f"/v1/calls/{call_id}")
    assert status == 409 and sorted(answer["appliances"]) == sorted([one.name, two.name])
    assert "events" not in answer
    for app, text in ((one, "from one"), (two, "from two")):
        for path in (f"/v1/appliances/{app.name}/calls/{call_id}", f"/v1/calls/{call_id}?appliance={app.name}"):
            status, found = get(server.url, path)
            assert status == 200 and found["call"]["appliance"] == app.name, path
            assert found["events"][1]["body"]["text"] == text
    assert get(server.url, f"/v1/appliances/{one.name}/calls/{uuid.uuid4()}")[0] == 404
    # Erasure too names the appliance when the id is shared, and then erases only that one's call.
    done = run_cli("erase", call_id, dsn=server.dsn)
    assert done.returncode == 1 and "--appliance" in done.stderr
    assert run_cli("erase", call_id, "--appliance", one.name, dsn=server.dsn).returncode == 0
    assert get(server.url, f"/v1/appliances/{one.name}/calls/{call_id}")[1]["call"]["erased"] is True
    assert get(server.url, f"/v1/appliances/{two.name}/calls/{call_id}")[1]["call"]["erased"] is False


def _probe(url: str, key, name: str) -> tuple[int, str]:
    return probe.ask(url, key, name, timeout_s=10)


def test_key_probe_tells_a_cloned_key_from_a_registered_one(server, appliance, tmp_path):
    assert _probe(server.url, appliance.key, appliance.name) == (200, "ok")
    # A clone of the box: same key, its own host name.
    assert _probe(server.url, appliance.key, f"clone-of-{appliance.name}") == (409, probe.OTHER_APPLIANCE)
    stranger = keys.load_or_create(tmp_path / "stranger")
    assert _probe(server.url, stranger, appliance.name) == (404, "key not registered")
    # Someone without the key cannot ask about it.
    forged = probe.make(stranger, appliance.name).replace(keys.public_key_text(stranger).encode(),
                                                         appliance.public_key.encode())
    req = urllib.request.Request(server.url + probe.PATH, data=forged, method="POST",
                                 headers={"Content-Type": wire.CONTENT_TYPE})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(req, timeout=10)
    assert refused.value.code == 401


def test_doctor_warns_when_the_receiver_knows_the_key_under_another_name(server, appliance, tmp_path):
    state = tmp_path / "clone"
    state.mkdir()
    (state / keys.KEY_FILE).write_bytes((tmp_path / "key" / keys.KEY_FILE).read_bytes())

    def cfg(name: str):
        return config_mod.load(None, {"daemon": {"state_dir": str(state)},
                                      "sync": {"enabled": True, "url": server.url, "appliance": name}})

    check = doctor.check_receiver_key(cfg(f"clone-{uuid.uuid4().hex[:6]}"))
    assert check.status == doctor.WARN and "another appliance's name" in check.detail and "cloned" in check.hint
    assert doctor.check_receiver_key(cfg(appliance.name)).status == doctor.PASS
