"""CallEvent: the one vocabulary every stage speaks (see DESIGN.md)."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

import msgpack

# Event kinds. A new kind is added to DESIGN.md first, then here.
CALL_START = "call.start"
CALL_ANSWER = "call.answer"
CALL_END = "call.end"
DTMF = "dtmf"
UTTERANCE_PARTIAL = "utterance.partial"  # local only: never stored, never synced
UTTERANCE_FINAL = "utterance.final"
FLAG = "flag"
ROUTE = "route"
TTS_START = "tts.start"
TTS_END = "tts.end"
BARGEIN = "bargein"
TRANSFER = "transfer"
TICKET = "ticket"
AGENT_REPLY = "agent.reply"      # llm mode: where a turn's answer came from, its tokens and model latency

KINDS = frozenset({CALL_START, CALL_ANSWER, CALL_END, DTMF, UTTERANCE_PARTIAL, UTTERANCE_FINAL,
                   FLAG, ROUTE, TTS_START, TTS_END, BARGEIN, TRANSFER, TICKET, AGENT_REPLY})
STORED_KINDS = KINDS - {UTTERANCE_PARTIAL}
LEGS = frozenset({"caller", "agent", "system"})

# call.end reasons
END_BYE = "caller_bye"          # caller hung up
END_CANCEL = "caller_cancel"    # caller gave up before answer
END_RTP_TIMEOUT = "rtp_timeout"
END_MAX_DURATION = "max_duration"
END_SHUTDOWN = "shutdown"       # daemon stopped while the call was up
END_INTERRUPTED = "daemon_lost"  # found open after a crash/kill of the daemon
END_LOCAL = "local_hangup"
END_AGENT = "agent_end"          # the routing policy ended the call (opt-out, consent refused)
END_TRANSFERRED = "transferred"  # handed to a human (REFER accepted by the target)
END_STORAGE_FULL = "storage_full"  # the state dir filled up: the call could no longer be recorded


def new_call_id() -> str:
    return str(uuid.uuid4())


def wall_now() -> str:
    """RFC 3339 UTC with milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class CallEvent:
    call_id: str
    seq: int
    t_ms: int
    wall: str
    kind: str
    leg: str
    body: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown event kind {self.kind!r}")
        if self.leg not in LEGS:
            raise ValueError(f"unknown leg {self.leg!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=False)

    def to_msgpack(self) -> bytes:
        return msgpack.packb(self.to_dict(), use_bin_type=True)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "CallEvent":
        return cls(call_id=d["call_id"], seq=int(d["seq"]), t_ms=int(d["t_ms"]), wall=d["wall"],
                   kind=d["kind"], leg=d["leg"], body=dict(d.get("body") or {}))

    @classmethod
    def from_msgpack(cls, raw: bytes) -> "CallEvent":
        return cls.from_dict(msgpack.unpackb(raw, raw=False))


class CallClock:
    """Stamps events of one call: dense seq from 0, t_ms on the monotonic clock since start."""

    def __init__(self, call_id: str | None = None) -> None:
        self.call_id = call_id or new_call_id()
        self._t0 = time.monotonic()
        self._seq = 0

    def now_ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    def ms_at(self, monotonic_s: float) -> int:
        # rounded, not truncated: frames stamped every 40 ms must land 40 ms apart, whatever the float
        # error of a large monotonic clock (truncating turned 39.999... into 39 after hours of uptime)
        return round((monotonic_s - self._t0) * 1000)

    def event(self, kind: str, leg: str, body: dict[str, Any] | None = None,
              t_ms: int | None = None) -> CallEvent:
        # Partials never consume a seq: seq stays dense over what is stored.
        seq = -1 if kind == UTTERANCE_PARTIAL else self._seq
        ev = CallEvent(self.call_id, seq, self.now_ms() if t_ms is None else t_ms, wall_now(),
                       kind, leg, body or {})
        if kind != UTTERANCE_PARTIAL:
            self._seq += 1
        return ev
