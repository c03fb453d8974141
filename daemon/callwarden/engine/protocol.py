"""Frames between workers and the engine: a 4-byte big-endian length, then a msgpack map.

Every message is a dataclass below. A request carries an `id` (the sender adds it) and a `kind`;
its reply echoes the `id` with `ok`. EXCHANGES registers each request kind with its request and
reply classes, so both ends read one table:

  final | prefix | partial   Transcribe {call_id, audio (float32 LE bytes, 16 kHz)} -> Transcribed
                             (a prefix: the settled part of a long turn, decoded like a final)
  tts                        Tts {text} -> Synthesized {wav}
  tts_stream                 TtsStream {text} -> one SentenceAudio {seq, pcm (int16 LE, 8 kHz), done}
                             per sentence, the last with wav
  tts_cancel                 TtsCancel {stream: id of a tts_stream}; no reply
  stats                      Stats {} -> EngineStats (queue depth and counters, `callwarden status`)
  call_up | call_down        CallUp / CallDown {call_id}: a call admitted / ended (its place for a
                             talking call, engine/admission.py); no reply

Any request may instead get Failed {ok: false, error}; a partial may be dropped under load with
Shed {ok: false, shed: true, why}. The engine greets each connection with Hello and pushes Load
when saturation, the places left for calls or the partial interval change (unasked: no id).
"""

from __future__ import annotations

import asyncio
import struct
from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar, Literal, NamedTuple

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


def _from_message(cls, message: dict):
    """A message's dataclass from its map: fields with a default may be missing, others may not."""
    try:
        return cls(**{f.name: message[f.name] for f in fields(cls) if f.name in message})
    except TypeError as e:
        raise ProtocolError(f"{cls.__name__}: {e}") from None


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

    @classmethod
    def from_message(cls, message: dict) -> "Transcribe":
        if not isinstance(message.get("audio"), bytes):
            raise ProtocolError(f"bad request kind {message.get('kind')!r} or audio")
        return cls(message["kind"], str(message.get("call_id", "")), message["audio"])


@dataclass(frozen=True)
class _Simple:
    KIND: ClassVar[str] = ""

    def to_message(self) -> dict:
        return {"kind": self.KIND, **asdict(self)}

    @classmethod
    def from_message(cls, message: dict):
        return _from_message(cls, message)


@dataclass(frozen=True)
class Tts(_Simple):
    """A whole prompt; the reply names its WAV."""
    KIND: ClassVar[str] = "tts"
    text: str = ""


@dataclass(frozen=True)
class TtsStream(_Simple):
    """A prompt sentence by sentence: one reply per sentence, the last with done."""
    KIND: ClassVar[str] = "tts_stream"
    text: str = ""


@dataclass(frozen=True)
class TtsCancel(_Simple):
    """Stop the rest of a tts_stream (barge-in); no reply."""
    KIND: ClassVar[str] = "tts_cancel"
    stream: int | None = None


@dataclass(frozen=True)
class CallUp(_Simple):
    """A call was admitted: it holds a place until CallDown (or until this connection closes)."""
    KIND: ClassVar[str] = "call_up"
    call_id: str = ""


@dataclass(frozen=True)
class CallDown(_Simple):
    """A call ended: its place is free."""
    KIND: ClassVar[str] = "call_down"
    call_id: str = ""


@dataclass(frozen=True)
class Stats(_Simple):
    """The engine's queue depth and counters."""
    KIND: ClassVar[str] = "stats"


# ---- replies (engine -> worker) ----
@dataclass(frozen=True)
class _Reply:
    OK: ClassVar[bool] = True

    def to_message(self, rid: Any = None) -> dict:
        """The map to send; rid None for a reply the engine's queue addresses itself (Job.reply)."""
        head = {"ok": self.OK} if rid is None else {"id": rid, "ok": self.OK}
        return {**head, **asdict(self)}

    @classmethod
    def from_message(cls, message: dict):
        return _from_message(cls, message)


@dataclass(frozen=True)
class Transcribed(_Reply):
    text: str
    confidence: float
    decode_ms: float
    queue_ms: float = 0.0
    batch: int = 1
    queue: int = 0                 # the engine's queue depth when the batch started
    redecoded: bool = False
    evidence: dict | None = None   # a final's figures (engine/evidence.py); None for partials
    settled_text: str | None = None   # a prefix's text before its last segment
    settled_s: float | None = None    # where that last segment began, s


@dataclass(frozen=True)
class Synthesized(_Reply):
    wav: str                       # the prompt cache's WAV of the whole prompt


@dataclass(frozen=True)
class SentenceAudio(_Reply):
    seq: int
    pcm: bytes                     # int16 little-endian, 8 kHz
    done: bool
    wav: str | None = None         # on the last: the cached WAV of the whole prompt
    cached: bool = False           # the whole prompt came from the cache in this one message

    def to_message(self, rid: Any = None) -> dict:
        # Only the last sentence names a WAV, only a cache hit says cached: keys absent otherwise.
        message = super().to_message(rid)
        if self.wav is None:
            del message["wav"]
        if not self.cached:
            del message["cached"]
        return message


@dataclass(frozen=True)
class EngineStats(_Reply):
    queue: int
    batches: int
    jobs: int
    redecoded: int
    saturated: str | None
    lanes: int
    partial_share: float           # these five: engine/budget.py's PartialBudget.stats()
    partial_budget: float
    partial_interval_ms: int
    partials_decoded: int
    partials_shed: dict
    talking_calls: int = 0         # calls holding a place (engine/admission.py)
    talking_capacity: int = 0      # places; 0: no limit
    outside_cores: float = 0.0     # cores other work on the box kept busy lately ("auto" places)


@dataclass(frozen=True)
class Shed(_Reply):
    """A partial dropped under load (stale, budget, queue, replaced), or lost with the connection."""
    OK: ClassVar[bool] = False
    shed: bool = True
    why: str = ""


@dataclass(frozen=True)
class Failed(_Reply):
    OK: ClassVar[bool] = False
    error: str = "engine error"


# ---- pushed by the engine, unasked (no id) ----
@dataclass(frozen=True)
class Load(_Simple):
    """Saturation, the places left or the partial interval changed."""
    KIND: ClassVar[str] = "load"
    saturated: str | None = None   # why new calls should be refused now
    partial_interval_ms: int = 0   # ask partials no more often than this (0: no word)
    room: int | None = None        # places left for talking calls; None: no limit


@dataclass(frozen=True)
class Hello(_Simple):
    """The greeting on each new connection."""
    KIND: ClassVar[str] = "hello"
    model: str = ""
    device: str = ""
    compute_type: str = ""
    tts: bool = False
    pid: int | None = None
    saturated: str | None = None
    partial_interval_ms: int = 0
    room: int | None = None
    places: int = 0                # the most calls the engine ever admits at once; 0: no limit


class Exchange(NamedTuple):
    request: type
    reply: type | None             # None: the request gets no reply


EXCHANGES: dict[str, Exchange] = {
    "final": Exchange(Transcribe, Transcribed), "prefix": Exchange(Transcribe, Transcribed),
    "partial": Exchange(Transcribe, Transcribed), Tts.KIND: Exchange(Tts, Synthesized),
    TtsStream.KIND: Exchange(TtsStream, SentenceAudio), TtsCancel.KIND: Exchange(TtsCancel, None),
    Stats.KIND: Exchange(Stats, EngineStats), CallUp.KIND: Exchange(CallUp, None),
    CallDown.KIND: Exchange(CallDown, None)}
PUSHED: dict[str, type] = {Hello.KIND: Hello, Load.KIND: Load}


def parse_request(message: dict):
    """The request dataclass of a received map; ProtocolError for an unknown kind or a bad field."""
    exchange = EXCHANGES.get(message.get("kind"))
    if exchange is None:
        raise ProtocolError(f"bad request kind {message.get('kind')!r} or audio")
    return exchange.request.from_message(message)


def parse_reply(kind: str, message: dict):
    """The reply to a request of `kind`: Shed or Failed when it says so, else the kind's reply class."""
    if message.get("shed"):
        return Shed.from_message(message)
    if not message.get("ok"):
        return Failed.from_message(message)
    return EXCHANGES[kind].reply.from_message(message)
