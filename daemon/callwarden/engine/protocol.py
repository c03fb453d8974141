"""Frames between workers and the engine: a 4-byte big-endian length, then a msgpack map.

Requests: {id, call_id, kind: "final" | "prefix" | "partial" | "tts" | "tts_stream", audio (float32 LE bytes,
          16 kHz) | text} (a prefix: the settled part of a long turn, decoded like a final);
          {kind: "tts_cancel", stream: id of a tts_stream} (no reply);
          {id, kind: "stats"}: the engine's queue depth and counters (`callwarden status`).
Replies:  {id, ok, text, confidence, decode_ms, queue_ms, batch, redecoded, evidence, settled_text, settled_s}
          for ASR (evidence: a final's figures from engine/evidence.py, None for partials; settled_*: a
          prefix's text before its last segment and where that began, s, or None), {id, ok, wav} for TTS,
          for tts_stream one {id, ok, seq, pcm (int16 LE, 8 kHz), done} per sentence, the last with wav,
          {id, ok: false, shed: true, why} for a partial dropped under load, {id, ok: false, error},
          {id, ok, queue, batches, jobs, redecoded, saturated, lanes, partial_*} for stats.
The engine greets each connection with {kind: "hello", model, device, compute_type, saturated,
partial_interval_ms} and pushes {kind: "load", saturated, partial_interval_ms} when either changes.

Each request is a dataclass below, registered by its kind in REQUESTS; senders build the map with
`to_message()` (the caller adds the `id`), so a request's keys are written in one place.
"""

from __future__ import annotations

import asyncio
import struct
from dataclasses import asdict, dataclass
from typing import ClassVar, Literal

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


# ---- requests (worker -> engine) ----
@dataclass(frozen=True)
class Transcribe:
    """Audio to text. final: a whole turn; prefix: the settled part of a long turn (decoded like a
    final); partial: the turn so far, which the engine may shed under load."""
    kind: Literal["final", "prefix", "partial"]
    call_id: str
    audio: bytes              # float32 little-endian, 16 kHz

    def to_message(self) -> dict:
        return {"kind": self.kind, "call_id": self.call_id, "audio": self.audio}


@dataclass(frozen=True)
class _Simple:
    KIND: ClassVar[str] = ""

    def to_message(self) -> dict:
        return {"kind": self.KIND, **asdict(self)}


@dataclass(frozen=True)
class Tts(_Simple):
    """A whole prompt; the reply names its WAV."""
    KIND: ClassVar[str] = "tts"
    text: str


@dataclass(frozen=True)
class TtsStream(_Simple):
    """A prompt sentence by sentence: one reply per sentence, the last with done."""
    KIND: ClassVar[str] = "tts_stream"
    text: str


@dataclass(frozen=True)
class TtsCancel(_Simple):
    """Stop the rest of a tts_stream (barge-in); no reply."""
    KIND: ClassVar[str] = "tts_cancel"
    stream: int


@dataclass(frozen=True)
class Stats(_Simple):
    """The engine's queue depth and counters."""
    KIND: ClassVar[str] = "stats"


REQUESTS: dict[str, type] = {"final": Transcribe, "prefix": Transcribe, "partial": Transcribe,
                             Tts.KIND: Tts, TtsStream.KIND: TtsStream, TtsCancel.KIND: TtsCancel,
                             Stats.KIND: Stats}
# Maps the engine sends unasked (no id): its greeting and changes of load.
PUSHED = ("hello", "load")

