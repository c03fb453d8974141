"""CallEvent serialisation and CallClock stamping."""

import json
import re
import time
import uuid
from dataclasses import FrozenInstanceError
from datetime import datetime, timedelta, timezone

import msgpack
import pytest

from callwarden import events as ev
from callwarden.events import CallClock, CallEvent

WALL_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def sample_event():
    return CallEvent("c-1", 7, 1234, "2024-05-01T10:11:12.345Z", ev.UTTERANCE_FINAL, "caller",
                     {"text": "café, 4111", "confidence": 0.5, "words": [1, 2], "nested": {"a": None}})


def test_msgpack_round_trip():
    e = sample_event()
    raw = e.to_msgpack()
    assert isinstance(raw, bytes)
    back = CallEvent.from_msgpack(raw)
    assert back == e
    assert back.body == {"text": "café, 4111", "confidence": 0.5, "words": [1, 2], "nested": {"a": None}}
    assert msgpack.unpackb(raw, raw=False)["kind"] == "utterance.final"


def test_json_round_trip():
    e = sample_event()
    text = e.to_json()
    assert "café" in text          # not \u-escaped
    assert ", " not in text.replace("café, 4111", "")  # compact separators
    d = json.loads(text)
    assert d == {"call_id": "c-1", "seq": 7, "t_ms": 1234, "wall": "2024-05-01T10:11:12.345Z",
                 "kind": "utterance.final", "leg": "caller", "body": e.body}
    assert CallEvent.from_dict(d) == e


def test_from_dict_defaults_missing_body_and_coerces_ints():
    e = CallEvent.from_dict({"call_id": "c", "seq": "3", "t_ms": 5.0, "wall": "w", "kind": "dtmf",
                             "leg": "caller", "body": None})
    assert (e.seq, e.t_ms, e.body) == (3, 5, {})
    assert type(e.seq) is int and type(e.t_ms) is int


def test_unknown_kind_raises():
    with pytest.raises(ValueError, match="kind"):
        CallEvent("c", 0, 0, "w", "call.bogus", "caller", {})


def test_unknown_leg_raises():
    with pytest.raises(ValueError, match="leg"):
        CallEvent("c", 0, 0, "w", ev.CALL_START, "callee", {})


def test_unknown_kind_from_msgpack_raises():
    raw = msgpack.packb({"call_id": "c", "seq": 0, "t_ms": 0, "wall": "w", "kind": "nope",
                         "leg": "caller", "body": {}})
    with pytest.raises(ValueError):
        CallEvent.from_msgpack(raw)


def test_event_is_frozen():
    e = sample_event()
    with pytest.raises(FrozenInstanceError):
        e.seq = 8


def test_stored_kinds_exclude_only_partials():
    assert ev.UTTERANCE_PARTIAL in ev.KINDS
    assert ev.STORED_KINDS == ev.KINDS - {ev.UTTERANCE_PARTIAL}


def test_clock_gives_dense_seq_and_partials_do_not_consume():
    clock = CallClock("call-x")
    a = clock.event(ev.CALL_START, "caller", {"from": "a"})
    p1 = clock.event(ev.UTTERANCE_PARTIAL, "caller", {"text": "he"})
    p2 = clock.event(ev.UTTERANCE_PARTIAL, "caller", {"text": "hel"})
    b = clock.event(ev.CALL_ANSWER, "system")
    p3 = clock.event(ev.UTTERANCE_PARTIAL, "caller")
    c = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": "hello"})
    assert [a.seq, b.seq, c.seq] == [0, 1, 2]
    assert [p1.seq, p2.seq, p3.seq] == [-1, -1, -1]
    assert {e.call_id for e in (a, p1, b, c)} == {"call-x"}
    assert b.body == {}
    assert a.body == {"from": "a"}


def test_clock_explicit_t_ms_and_monotonic_time():
    clock = CallClock()
    uuid.UUID(clock.call_id)  # a real uuid
    assert CallClock().call_id != clock.call_id
    assert clock.event(ev.DTMF, "caller", {"digit": "1"}, t_ms=987).t_ms == 987
    t0 = clock.now_ms()
    assert 0 <= t0 < 1000
    time.sleep(0.05)
    t1 = clock.event(ev.DTMF, "caller").t_ms
    assert 45 <= t1 - t0 < 1000
    m = time.monotonic()
    assert abs(clock.ms_at(m) - clock.now_ms()) <= 5
    assert 2499 <= clock.ms_at(m + 2.5) - clock.ms_at(m) <= 2501


def test_wall_is_rfc3339_utc_with_z():
    before = datetime.now(timezone.utc)
    wall = CallClock().event(ev.CALL_START, "caller").wall
    assert WALL_RE.match(wall), wall
    assert wall.endswith("Z")
    parsed = datetime.fromisoformat(wall)
    assert parsed.utcoffset() == timedelta(0)
    assert abs(parsed - before) < timedelta(seconds=5)
    assert WALL_RE.match(ev.wall_now())


def test_frames_stamped_every_40_ms_land_40_ms_apart_after_hours_of_uptime():
    # the monotonic clock of a box up for 18 hours: truncating (t - t0) * 1000 put half the frames 1 ms early
    from callwarden.events import CallClock
    clock = CallClock()
    clock._t0 = 66000.123456
    assert [clock.ms_at(clock._t0 + k * 0.04) for k in range(1, 1001)] == [40 * k for k in range(1, 1001)]
