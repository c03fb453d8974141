"""Property: for random event bodies the chain hash is stable across the wire, and what the
receiver stores re-encodes to exactly the hashed bytes (so `verify` passes)."""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callwarden.events import CallEvent
from callwarden.receiver import ingest
from callwarden.receiver.jsonb import from_jsonb, to_jsonb
from callwarden.receiver.verify import verify
from callwarden.wire import batch as wire
from callwarden.wire import keys
from conftest import register
from rx_util import Appliance

keys_ = st.one_of(st.text(max_size=8), st.sampled_from(["$cw", "text", "a\x00b"]))
scalars = st.one_of(
    st.none(), st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.binary(max_size=8))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(keys_, inner, max_size=4)), max_leaves=20)
bodies = st.dictionaries(keys_, values, max_size=5)

with tempfile.TemporaryDirectory() as _state_dir:
    KEY = keys.load_or_create(Path(_state_dir))


def events_for(body_list: list[dict]) -> list[dict]:
    call_id = str(uuid.uuid4())
    return [CallEvent(call_id, i, 10 * i, "2025-03-14T09:30:00.000Z", "utterance.final", "caller", b).to_dict()
            for i, b in enumerate(body_list)]


@settings(max_examples=150, deadline=None)
@given(st.lists(bodies, min_size=1, max_size=4))
def test_chain_hash_is_stable_over_the_wire(body_list):
    key = KEY
    batch = wire.make_batch(key, "prop", 0, wire.GENESIS_HASH, events_for(body_list))
    again = wire.decode(wire.encode(batch))
    assert wire.verify_hash(again)
    assert wire.verify_signature(key.public_key(), again["sig"], "prop", 0, wire.GENESIS_HASH, again["content_hash"])
    assert wire.link_hash("prop", 0, again["prev_hash"], again["content_hash"]) == batch["hash"]
    # the lossless jsonb mapping, through real JSON text
    for e in again["events"]:
        back = from_jsonb(json.loads(json.dumps(to_jsonb(e["body"]))))
        assert wire.canonical_msgpack(back) == wire.canonical_msgpack(e["body"])


def test_stored_bodies_reencode_to_the_hashed_bytes(fresh_dsn, tmp_path):
    app = register(fresh_dsn, Appliance(tmp_path / "k", name="prop"))
    conn = psycopg.connect(fresh_dsn)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(bodies, min_size=1, max_size=4))
    def store_and_verify(body_list):
        batch = app.make(events_for(body_list))
        answer = ingest.store(conn, wire.decode(wire.encode(batch)))
        assert answer["hash"] == batch["hash"]
        app.accept(batch)
        report = verify(conn, "prop")
        assert report.broken == [], report.broken

    try:
        store_and_verify()
        assert app.seq >= 10
    finally:
        conn.close()
