"""Frames between workers and the engine: a 4-byte big-endian length, then a msgpack map.

Requests: {id, call_id, kind: "final" | "prefix" | "partial" | "tts" | "tts_stream", audio (float32 LE bytes,
          16 kHz) | text} (a prefix: the settled part of a long turn, decoded like a final);
          {kind: "tts_cancel", stream: id of a tts_stream} (no reply).
Replies:  {id, ok, text, confidence, decode_ms, queue_ms, batch, redecoded, evidence, settled_text, settled_s}
          for ASR (evidence: a final's figures from asr/evidence.py, None for partials; settled_*: a
          prefix's text before its last segment and where that began, s, or None), {id, ok, wav} for TTS,
          for tts_stream one {id, ok, seq, pcm (int16 LE, 8 kHz), done} per sentence, the last with wav,
          {id, ok: false, shed: true, why} for a partial dropped under load, {id, ok: false, error}.
The engine greets each connection with {kind: "hello", model, device, compute_type, saturated,
partial_interval_ms} and pushes {kind: "load", saturated, partial_interval_ms} when either changes.
"""

from __future__ import annotations

import asyncio
import struct

import msgpack

MAX_FRAME_BYTES = 16 * 1024 * 1024      # 20 s of 16 kHz float32 is 1.3 MB: anything past this is garbage
_LENGTH = struct.Struct(">I")


class ProtocolError(Exception):
    pass


def encode(message: dict) -> bytes:
    body = msgpack.packb(message, use_bin_type=True)
    return _LENGTH.pack(len(body)) + body


async def read(reader: asyncio.StreamReader) -> dict:
    """The next frame; IncompleteReadError at a clean end of stream, ProtocolError on garbage."""
    (length,) = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))
    if length > MAX_FRAME_BYTES:
        raise ProtocolError(f"frame of {length} bytes is over the {MAX_FRAME_BYTES} byte limit")
    try:
        message = msgpack.unpackb(await reader.readexactly(length), raw=False)
    except (ValueError, msgpack.UnpackException) as e:
        raise ProtocolError(f"undecodable frame: {e}") from None
    if not isinstance(message, dict):
        raise ProtocolError("frame is not a map")
    return message
