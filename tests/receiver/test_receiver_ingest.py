"""POST /v1/batches against a real receiver process and PostgreSQL: chain rules, status codes, atomicity."""

from __future__ import annotations

import http.client
import threading
import uuid
from urllib.parse import urlparse

import msgpack
import psycopg
import pytest

from callwarden.wire import batch as wire
from conftest import SERVER_MAX_BODY_BYTES, register
from rx_util import Appliance, call_events, get, post


def stored(dsn: str, appliance: str) -> tuple[list[tuple], int]:
    """(batch rows (seq, hash, n_events), number of event rows) of one appliance."""
    with psycopg.connect(dsn) as conn:
        batches = conn.execute("SELECT batch_seq, hash, n_events FROM batches WHERE appliance = %s "
                               "ORDER BY batch_seq", (appliance,)).fetchall()
        n = conn.execute("SELECT count(*) FROM events WHERE appliance = %s", (appliance,)).fetchone()[0]
    return batches, n


def send(server, appliance: Appliance, events: list[dict], batch: dict | None = None) -> dict:
    batch = batch or appliance.make(events)
    status, answer = post(server.url, wire.encode(batch))
    assert status == 200, answer
    appliance.accept(batch)
    return answer


def test_two_chained_batches_are_stored_and_listed(server, appliance):
    call_id = str(uuid.uuid4())
    first = call_events(call_id, texts=("I need help with my bill",))
    batch = appliance.make(first)
    answer = send(server, appliance, first, batch)
    assert answer == {"appliance": appliance.name, "batch_seq": 0, "hash": batch["hash"], "stored_events": 2}
    assert batch["hash"] == wire.link_hash(appliance.name, 0, wire.GENESIS_HASH, batch["content_hash"])
    second = call_events(call_id, first_seq=2, start=False, texts=("thanks",), route="auto", end=True)
    answer = send(server, appliance, second)
    assert answer["batch_seq"] == 1 and answer["stored_events"] == 3

    status, calls = get(server.url, f"/v1/calls?appliance={appliance.name}&day=2025-03-14")
    assert status == 200 and len(calls) == 1
    call = calls[0]
    assert call["call_id"] == call_id and call["from"] == "sip:+15550100@pbx"
    assert call["utterances"] == 2 and call["duration_ms"] == 4200 and call["end_reason"] == "caller_bye"
    assert call["last_route_action"] == "auto" and call["started"] == "2025-03-14T09:30:00.000Z"
    assert get(server.url, f"/v1/calls?appliance={appliance.name}&day=2025-03-15") == (200, [])

    status, detail = get(server.url, f"/v1/calls/{call_id}")
    assert status == 200
    assert [e["seq"] for e in detail["events"]] == [0, 1, 2, 3, 4]
    assert [e["kind"] for e in detail["events"]] == ["call.start", "utterance.final", "utterance.final", "route",
                                                     "call.end"]
    assert detail["events"][1]["body"]["text"] == "I need help with my bill"
    assert get(server.url, f"/v1/calls/{uuid.uuid4()}")[0] == 404
    log = server.log()
    assert f"stored batch 1 from '{appliance.name}' (3 events)" in log
    assert "help with my bill" not in log and "+15550100" not in log


def test_duplicate_batch_is_idempotent(server, appliance):
    events = call_events(texts=("one", "two"))
    batch = appliance.make(events)
    raw = wire.encode(batch)
    first = post(server.url, raw)
    again = post(server.url, raw)
    assert first[0] == again[0] == 200
    assert first[1] == again[1]
    assert stored(server.dsn, appliance.name) == ([(0, batch["hash"], 3)], 3)


def test_gap_is_refused_and_alarmed(server, appliance):
    send(server, appliance, call_events())
    batch = appliance.make(call_events(), seq=2)  # 1 is missing
    status, answer = post(server.url, wire.encode(batch))
    assert status == 409 and "gap" in answer["error"]
    assert stored(server.dsn, appliance.name)[0] == [(0, appliance.prev, 2)]
    assert f"ALARM: chain conflict from appliance '{appliance.name}' at batch_seq 2" in server.log()


def test_first_batch_must_be_seq_zero(server, appliance):
    status, answer = post(server.url, wire.encode(appliance.make(call_events(), seq=1)))
    assert status == 409 and "expected batch_seq 0" in answer["error"]


def test_fork_is_refused(server, appliance):
    secret = f"fork-secret-{uuid.uuid4().hex}"
    send(server, appliance, call_events())
    # same batch_seq 0, other content -> other hash
    other = appliance.make(call_events(texts=(secret,)), seq=0, prev=wire.GENESIS_HASH)
    status, answer = post(server.url, wire.encode(other))
    assert status == 409 and "fork" in answer["error"]
    # next seq, but prev_hash is not the stored batch's hash
    wrong_prev = appliance.make(call_events(texts=(secret,)), prev="ab" * 32)
    status, answer = post(server.url, wire.encode(wrong_prev))
    assert status == 409 and "prev_hash" in answer["error"]
    assert len(stored(server.dsn, appliance.name)[0]) == 1
    log = server.log()
    assert f"'{appliance.name}' at batch_seq 0: fork" in log and f"'{appliance.name}' at batch_seq 1: fork" in log
    assert secret not in log


def test_bad_signature_is_401(server, appliance, tmp_path):
    impostor = Appliance(tmp_path / "impostor", name=appliance.name)  # same name, other key
    status, answer = post(server.url, wire.encode(impostor.make(call_events())))
    assert (status, answer) == (401, {"error": "appliance unknown or signature invalid"})
    batch = appliance.make(call_events())
    batch["sig"] = "00" * 64
    assert post(server.url, wire.encode(batch))[0] == 401
    assert stored(server.dsn, appliance.name) == ([], 0)


def test_unknown_appliance_is_401(server, tmp_path):
    stranger = Appliance(tmp_path / "stranger")
    assert post(server.url, wire.encode(stranger.make(call_events()))) == (401, {"error": "appliance unknown or "
                                                                                        "signature invalid"})


def test_oversized_body_is_413(server, appliance):
    big = call_events(texts=("x" * (SERVER_MAX_BODY_BYTES + 10),))
    status, _ = post(server.url, wire.encode(appliance.make(big)))
    assert status == 413
    # The declared length alone is enough: the server answers without waiting for the body.
    u = urlparse(server.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
    conn.putrequest("POST", "/v1/batches")
    conn.putheader("Content-Type", wire.CONTENT_TYPE)
    conn.putheader("Content-Length", str(100 * 1024 * 1024))
    conn.endheaders()
    assert conn.getresponse().status == 413
    conn.close()
    assert stored(server.dsn, appliance.name) == ([], 0)


@pytest.mark.parametrize("body", [b"", b"\xc1garbage", msgpack.packb([1, 2, 3]), msgpack.packb({"appliance": "x"})])
def test_garbage_body_is_400(server, body):
    status, answer = post(server.url, body)
    assert status == 400 and answer["error"]


def test_wrong_content_type_is_415(server, appliance):
    assert post(server.url, wire.encode(appliance.make(call_events())), content_type="application/json")[0] == 415


def test_hash_not_matching_content_is_400(server, appliance):
    batch = appliance.make(call_events(texts=("original",)))
    batch["events"][1]["body"]["text"] = "tampered"  # hash and signature still those of "original"
    status, answer = post(server.url, wire.encode(batch))
    assert (status, answer) == (400, {"error": "content_hash does not match the events"})
    assert stored(server.dsn, appliance.name) == ([], 0)


def test_partials_and_odd_events_are_400(server, appliance):
    ev = call_events()
    partial = dict(ev[1], kind="utterance.partial")
    assert post(server.url, wire.encode(appliance.make([ev[0], partial])))[0] == 400
    extra = dict(ev[1], extra_field=1)
    assert post(server.url, wire.encode(appliance.make([ev[0], extra])))[0] == 400
    assert post(server.url, wire.encode(appliance.make([ev[0], ev[0]])))[0] == 400
    assert stored(server.dsn, appliance.name) == ([], 0)


def test_event_already_stored_by_earlier_batch_is_409_and_nothing_half_written(server, appliance):
    events = call_events()
    send(server, appliance, events)
    status, answer = post(server.url, wire.encode(appliance.make(events + call_events())))
    assert status == 409 and "already stored" in answer["error"]
    assert stored(server.dsn, appliance.name) == ([(0, appliance.prev, 2)], 2)


def _race(server, raws: list[bytes]) -> list[tuple[int, dict]]:
    barrier = threading.Barrier(len(raws))
    results: list = [None] * len(raws)

    def worker(i: int) -> None:
        barrier.wait()
        results[i] = post(server.url, raws[i])
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(raws))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_concurrent_posts_of_the_same_next_batch_store_it_once(server, appliance):
    for round_no in range(6):
        batch = appliance.make(call_events(texts=tuple(f"turn {i}" for i in range(20))))
        raw = wire.encode(batch)
        results = _race(server, [raw, raw])
        statuses = sorted(s for s, _ in results)
        assert statuses in ([200, 200], [200, 409]), results
        assert all(a == results[0][1] for s, a in results if s == 200)
        appliance.accept(batch)
        batches, n_events = stored(server.dsn, appliance.name)
        assert [b[0] for b in batches] == list(range(round_no + 1))
        assert n_events == 21 * (round_no + 1)


def test_concurrent_fork_race_exactly_one_wins(server, appliance):
    a = appliance.make(call_events(texts=("left",)))
    b = appliance.make(call_events(texts=("right",)))
    results = _race(server, [wire.encode(a), wire.encode(b)])
    assert sorted(s for s, _ in results) == [200, 409]
    batches, n_events = stored(server.dsn, appliance.name)
    assert len(batches) == 1 and n_events == 2


def test_healthz_and_query_errors(server):
    assert get(server.url, "/healthz") == (200, {"ok": True})
    assert get(server.url, "/v1/calls?day=2025-13-40")[0] == 400
    assert get(server.url, "/v1/calls?limit=0")[0] == 400
    assert get(server.url, "/nope")[0] == 404


def test_appliances_are_isolated_chains(server, tmp_path):
    one = register(server.dsn, Appliance(tmp_path / "one"))
    two = register(server.dsn, Appliance(tmp_path / "two"))
    send(server, one, call_events())
    send(server, two, call_events())  # its own seq 0, its own genesis
    send(server, one, call_events())
    assert len(stored(server.dsn, one.name)[0]) == 2 and len(stored(server.dsn, two.name)[0]) == 1
