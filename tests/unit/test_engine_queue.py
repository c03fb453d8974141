"""The engine's queue and wire format: finals first, partials shed oldest-first, frames bounded."""

from __future__ import annotations

import asyncio
import struct

import msgpack
import pytest

from callwarden.engine import protocol
from callwarden.engine.batching import FINAL, PARTIAL, BatchQueue, Job


def job(kind, n):
    return Job(kind, n, float(n))


def test_finals_go_first_and_alone_each_kind_in_order():
    q = BatchQueue(max_partials=8)
    for j in (job(PARTIAL, 1), job(FINAL, 2), job(PARTIAL, 3), job(FINAL, 4), job(PARTIAL, 5)):
        q.put(j)
    assert [j.audio for j in q.take(4)] == [2, 4]          # finals are never padded to a partial
    assert [j.audio for j in q.take(8)] == [1, 3]          # partials: a quarter batch at most
    assert [j.audio for j in q.take(8)] == [5]
    assert not len(q)


def test_partials_are_shed_oldest_first_finals_never():
    q = BatchQueue(max_partials=2)
    assert q.put(job(PARTIAL, 1)) == [] and q.put(job(PARTIAL, 2)) == []
    shed = q.put(job(PARTIAL, 3))
    assert [j.audio for j in shed] == [1]
    for n in range(10, 30):
        assert q.put(job(FINAL, n)) == []
    assert len(q.finals) == 20 and q.oldest_final_s() == 10.0
    assert len(q.take(64)) == 20 and [j.audio for j in q.take(64)] == [2, 3]


def test_zero_partial_room_sheds_every_partial():
    q = BatchQueue(max_partials=0)
    assert [j.audio for j in q.put(job(PARTIAL, 1))] == [1]
    assert not len(q)


def read_frame(raw: bytes):
    async def go():
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        return await protocol.read(reader)
    return asyncio.run(go())


def test_frames_round_trip_with_bytes():
    message = {"id": 7, "kind": "final", "audio": b"\x00\x01" * 100}
    assert read_frame(protocol.encode(message)) == message


def test_oversized_frame_is_refused_before_reading_it():
    with pytest.raises(protocol.ProtocolError, match="over the"):
        read_frame(struct.pack(">I", protocol.MAX_FRAME_BYTES + 1))


@pytest.mark.parametrize("body", [b"\xc1\xc1\xc1", msgpack.packb([1, 2])])
def test_garbage_frames_are_protocol_errors(body):
    with pytest.raises(protocol.ProtocolError):
        read_frame(struct.pack(">I", len(body)) + body)


def test_truncated_stream_is_an_incomplete_read():
    with pytest.raises(asyncio.IncompleteReadError):
        read_frame(protocol.encode({"id": 1})[:-2])
