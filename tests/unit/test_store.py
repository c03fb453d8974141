"""TimelineStore: dense seq, WAL, crash recovery, concurrent readers."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from callwarden import events as ev
from callwarden.events import CallClock, CallEvent
from callwarden.timeline import TimelineStore
from callwarden.timeline.store import DB_NAME


@pytest.fixture
def store(tmp_path):
    s = TimelineStore(tmp_path)
    yield s
    s.close()


def start(clock, from_uri="sip:alice@example.com"):
    return clock.event(ev.CALL_START, "caller", {"from": from_uri, "to": "sip:desk@pbx"}, t_ms=0)


def whole_call(call_id):
    clock = CallClock(call_id)
    return [
        start(clock),
        clock.event(ev.CALL_ANSWER, "system", {}, t_ms=40),
        clock.event(ev.UTTERANCE_FINAL, "caller", {"text": "héllo", "t_start_ms": 900}, t_ms=2100),
        clock.event(ev.CALL_END, "caller", {"reason": ev.END_BYE, "duration_ms": 4321}, t_ms=4321),
    ]


def test_round_trip_and_summary(store):
    written = whole_call("call-1")
    for e in written:
        store.append(e)
    read = store.events("call-1")
    assert read == written
    assert [(e.kind, e.seq, e.body) for e in read] == [(e.kind, e.seq, e.body) for e in written]
    assert [e.seq for e in read] == [0, 1, 2, 3]
    assert store.events("call-1", after_seq=1) == written[2:]
    assert store.is_ended("call-1")
    [summary] = store.calls()
    assert summary.call_id == "call-1"
    assert summary.from_uri == "sip:alice@example.com"
    assert summary.to_uri == "sip:desk@pbx"
    assert summary.started == written[0].wall
    assert summary.ended == written[3].wall
    assert summary.utterances == 1
    assert summary.end_reason == ev.END_BYE
    assert summary.duration_ms == 4321


def test_open_call_summary_is_active(store):
    clock = CallClock("call-open")
    store.append(start(clock))
    [summary] = store.calls()
    assert (summary.ended, summary.duration_ms, summary.end_reason, summary.utterances) == (None, None, None, 0)
    assert not store.is_ended("call-open")


def test_seq_gap_is_refused_and_stores_nothing(store):
    clock = CallClock("call-gap")
    store.append(start(clock))
    store.append(clock.event(ev.CALL_ANSWER, "system", t_ms=10))
    gap = CallEvent("call-gap", 5, 20, ev.wall_now(), ev.UTTERANCE_FINAL, "caller", {"text": "x"})
    with pytest.raises(ValueError, match="dense"):
        store.append(gap)
    assert [e.seq for e in store.events("call-gap")] == [0, 1]
    assert store.calls()[0].utterances == 0
    # the expected seq is still free
    store.append(CallEvent("call-gap", 2, 20, ev.wall_now(), ev.UTTERANCE_FINAL, "caller", {"text": "x"}))
    assert [e.seq for e in store.events("call-gap")] == [0, 1, 2]
    assert store.calls()[0].utterances == 1


def test_repeated_seq_is_refused(store):
    clock = CallClock("call-rep")
    store.append(start(clock))
    with pytest.raises(ValueError):
        store.append(CallEvent("call-rep", 0, 5, ev.wall_now(), ev.DTMF, "caller", {"digit": "1"}))
    assert len(store.events("call-rep")) == 1


def test_partial_is_refused(store):
    clock = CallClock("call-p")
    store.append(start(clock))
    partial = clock.event(ev.UTTERANCE_PARTIAL, "caller", {"text": "hel"})
    with pytest.raises(ValueError, match="not stored"):
        store.append(partial)
    partial_with_seq = CallEvent("call-p", 1, 5, ev.wall_now(), ev.UTTERANCE_PARTIAL, "caller", {})
    with pytest.raises(ValueError):
        store.append(partial_with_seq)
    assert [e.kind for e in store.events("call-p")] == [ev.CALL_START]


def test_event_without_call_start_is_refused(store):
    orphan = CallEvent("nobody", 0, 0, ev.wall_now(), ev.CALL_ANSWER, "system", {})
    with pytest.raises(ValueError, match="no call.start"):
        store.append(orphan)
    assert store.events("nobody") == []
    assert store.calls() == []
    assert store.find_call("nobody") is None


def test_call_start_must_have_seq_0(store):
    bad = CallEvent("late", 3, 0, ev.wall_now(), ev.CALL_START, "caller", {"from": "a", "to": "b"})
    with pytest.raises(ValueError):
        store.append(bad)
    assert store.calls() == []


def test_journal_mode_is_wal(store, tmp_path):
    db = sqlite3.connect(tmp_path / DB_NAME)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_close_open_calls(store):
    for e in whole_call("ended"):
        store.append(e)
    clock = CallClock("open")
    store.append(start(clock))
    store.append(clock.event(ev.CALL_ANSWER, "system", t_ms=30))
    store.append(clock.event(ev.DTMF, "caller", {"digit": "5"}, t_ms=1234))
    ended_before = store.events("ended")

    assert store.close_open_calls(ev.END_INTERRUPTED) == ["open"]

    assert store.events("ended") == ended_before
    last = store.events("open")[-1]
    assert (last.seq, last.kind, last.leg, last.t_ms) == (3, ev.CALL_END, "system", 1234)
    assert last.body == {"reason": ev.END_INTERRUPTED, "duration_ms": 1234}
    summaries = {c.call_id: c for c in store.calls()}
    assert summaries["open"].end_reason == ev.END_INTERRUPTED
    assert summaries["open"].duration_ms == 1234
    assert summaries["ended"].end_reason == ev.END_BYE
    assert store.close_open_calls(ev.END_INTERRUPTED) == []
    assert len(store.events("open")) == 4


def test_readonly_reader_sees_appends_while_writer_is_open(tmp_path):
    writer = TimelineStore(tmp_path)
    try:
        events = whole_call("live")
        writer.append(events[0])
        reader = TimelineStore(tmp_path, readonly=True)
        try:
            assert reader.events("live") == events[:1]
            assert not reader.is_ended("live")
            for e in events[1:]:
                writer.append(e)
            assert reader.events("live") == events
            assert reader.is_ended("live")
            assert [c.call_id for c in reader.calls()] == ["live"]
        finally:
            reader.close()
    finally:
        writer.close()


def test_readonly_without_database_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        TimelineStore(tmp_path / "empty", readonly=True)


def test_find_call_by_prefix(store):
    ids = ["abc12345-0000-4000-8000-000000000001", "abc12399-0000-4000-8000-000000000002",
           "def00000-0000-4000-8000-000000000003"]
    for call_id in ids:
        store.append(start(CallClock(call_id)))
    assert store.find_call("abc1234") == ids[0]
    assert store.find_call("abc12399") == ids[1]
    assert store.find_call("d") == ids[2]
    assert store.find_call(ids[2]) == ids[2]
    assert store.find_call("abc123") is None   # ambiguous
    assert store.find_call("abc") is None
    assert store.find_call("zzz") is None      # unknown
    assert store.find_call("%") is None


def test_survives_sigkill(tmp_path):
    script = textwrap.dedent(f"""
        import os, signal
        from callwarden import events as ev
        from callwarden.events import CallClock
        from callwarden.timeline import TimelineStore
        store = TimelineStore({str(tmp_path)!r})
        clock = CallClock("killed")
        store.append(clock.event(ev.CALL_START, "caller", {{"from": "sip:k@x", "to": "sip:d@y"}}, t_ms=0))
        store.append(clock.event(ev.CALL_ANSWER, "system", t_ms=10))
        for i in range(20):
            store.append(clock.event(ev.UTTERANCE_FINAL, "caller", {{"text": f"u{{i}}"}}, t_ms=100 + i))
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr

    reader = TimelineStore(tmp_path, readonly=True)
    try:
        got = reader.events("killed")
        assert [e.seq for e in got] == list(range(22))
        assert got[-1].body == {"text": "u19"}
    finally:
        reader.close()

    store = TimelineStore(tmp_path)
    try:
        [summary] = store.calls()
        assert summary.utterances == 20
        assert summary.ended is None
        assert store.close_open_calls(ev.END_INTERRUPTED) == ["killed"]
        assert store.events("killed", after_seq=21)[0].kind == ev.CALL_END
    finally:
        store.close()
