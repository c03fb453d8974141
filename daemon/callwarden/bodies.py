"""Typed bodies for the events whose shape other stages rely on (flag, route, utterance.final),
and the one home of the flag types and route actions.

A CallEvent keeps its body as a plain dict: that is what is stored, hashed and synced, and the
dict's key order is what `callwarden timeline` prints. These dataclasses build exactly those dicts
(same keys, same order) and read them back, so a producer cannot misspell a key and a reader can
say `Flag.from_event(e).type` instead of `e.body["type"]`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from callwarden import events as ev
from callwarden.events import CallEvent

FlagType = Literal[
    "escalation_request", "opt_out", "consent_refused", "frustration", "distress", "complaint",
    "follow_up_request", "pci", "pii", "phi", "silence", "audio_dropout", "low_confidence",
    "redaction_failed"]
FLAG_TYPES: tuple[str, ...] = get_args(FlagType)
Severity = Literal["info", "warn", "critical"]
# Least to most severe: when two routes apply, the later one in this tuple wins.
RouteAction = Literal["auto", "ticket", "end", "escalate"]
ROUTE_ACTIONS: tuple[str, ...] = get_args(RouteAction)
ROUTE_RANK = {action: rank for rank, action in enumerate(ROUTE_ACTIONS)}
SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class Evidence:
    t_start_ms: int
    t_end_ms: int
    text: str

    def to_body(self) -> dict[str, Any]:
        return {"t_start_ms": self.t_start_ms, "t_end_ms": self.t_end_ms, "text": self.text}


@dataclass(frozen=True, slots=True)
class Flag:
    type: str                 # a FlagType; plain str so an intent the config adds still passes
    severity: str             # a Severity
    confidence: float
    evidence: Evidence
    latency_ms: int           # flag raised - end of the evidence audio

    @classmethod
    def raised(cls, type_: str, severity: str, confidence: float, t_start_ms: int, t_end_ms: int,
               text: str, now_ms: int) -> "Flag":
        """A flag raised at now_ms on evidence ending at t_end_ms (its latency counted from there)."""
        return cls(type_, severity, confidence, Evidence(t_start_ms, t_end_ms, text), max(0, now_ms - t_end_ms))

    def to_body(self) -> dict[str, Any]:
        return {"type": self.type, "severity": self.severity, "confidence": self.confidence,
                "evidence": self.evidence.to_body(), "latency_ms": self.latency_ms}

    def to_event(self, call_id: str, t_ms: int) -> CallEvent:
        """Unsequenced (seq -1): the session stamps it on the call's clock when it records it."""
        return CallEvent(call_id, -1, t_ms, ev.wall_now(), ev.FLAG, SYSTEM, self.to_body())

    @classmethod
    def from_event(cls, event: CallEvent) -> "Flag":
        b = event.body
        e = b["evidence"]
        return cls(b["type"], b["severity"], b["confidence"], Evidence(e["t_start_ms"], e["t_end_ms"], e["text"]),
                   b["latency_ms"])


@dataclass(frozen=True, slots=True)
class Route:
    action: str               # a RouteAction
    reason: str
    flags: list[str] = field(default_factory=list)
    latency_ms: int = 0
    final: bool = False       # the call's closing decision (written once, at the end)

    def to_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"action": self.action, "reason": self.reason, "flags": list(self.flags)}
        if self.final:
            body["final"] = True
        body["latency_ms"] = self.latency_ms
        return body

    def to_event(self, call_id: str, t_ms: int) -> CallEvent:
        return CallEvent(call_id, -1, t_ms, ev.wall_now(), ev.ROUTE, SYSTEM, self.to_body())

    @classmethod
    def from_event(cls, event: CallEvent) -> "Route":
        b = event.body
        return cls(b["action"], b["reason"], list(b.get("flags", [])), b.get("latency_ms", 0), bool(b.get("final")))


@dataclass(frozen=True, slots=True)
class UtteranceFinal:
    text: str                 # redacted
    t_start_ms: int
    t_end_ms: int
    confidence: float
    latency_ms: int           # final stored - endpoint
    redactions: list[dict] = field(default_factory=list)
    voice: dict | None = None
    asr: dict | None = None   # the engine's evidence for the turn (engine/evidence.py)

    def to_body(self) -> dict[str, Any]:
        return {"text": self.text, "t_start_ms": self.t_start_ms, "t_end_ms": self.t_end_ms,
                "confidence": self.confidence, "latency_ms": self.latency_ms, "redactions": list(self.redactions),
                "voice": self.voice, "asr": self.asr}

    @classmethod
    def from_event(cls, event: CallEvent) -> "UtteranceFinal":
        b = event.body
        return cls(b["text"], b["t_start_ms"], b["t_end_ms"], b.get("confidence", 0.0), b.get("latency_ms", 0),
                   list(b.get("redactions", [])), b.get("voice"), b.get("asr"))
