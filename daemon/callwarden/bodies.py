"""Typed bodies for the stored events and the partial (one frozen dataclass per kind, except
agent.reply, whose body is agent/llm/flow.py's ReplyReport), and the one home of the flag types and
route actions.

A CallEvent keeps its body as a plain dict: that is what is stored, hashed and synced, and the
dict's key order is what `callwarden timeline` prints. These dataclasses build exactly those dicts
(same keys, same order) and read them back, so a producer cannot misspell a key and a reader can
say `Flag.from_event(e).type` instead of `e.body["type"]`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal, get_args

from callwarden import events as ev
from callwarden.events import CallEvent

FlagType = Literal[
    "escalation_request", "opt_out", "consent_refused", "frustration", "distress", "complaint",
    "follow_up_request", "pci", "pii", "phi", "silence", "audio_dropout", "low_confidence",
    "redaction_failed"]
FLAG_TYPES: tuple[str, ...] = get_args(FlagType)
# Each name spelled once (in the Literal above): code says SILENCE, never "silence".
(ESCALATION, OPT_OUT, CONSENT_REFUSED, FRUSTRATION, DISTRESS, COMPLAINT, FOLLOW_UP, PCI, PII, PHI, SILENCE,
 AUDIO_DROPOUT, LOW_CONFIDENCE, REDACTION_FAILED) = FLAG_TYPES
Severity = Literal["info", "warn", "critical"]
# Least to most severe: when two routes apply, the later one in this tuple wins.
RouteAction = Literal["auto", "ticket", "end", "escalate"]
ROUTE_ACTIONS: tuple[str, ...] = get_args(RouteAction)
AUTO, TICKET, END, ESCALATE = ROUTE_ACTIONS
# What a dialog (script intent, webhook, model) may ask for after a turn: a route action or none.
NONE = "none"
AGENT_ACTIONS = (NONE, END, TICKET, ESCALATE)
ROUTE_RANK = {action: rank for rank, action in enumerate(ROUTE_ACTIONS)}
SYSTEM, CALLER, AGENT = "system", "caller", "agent"


@dataclass(frozen=True, slots=True)
class Body:
    """A body whose dict is its fields in order. Fields named in OPTIONAL are left out while None
    (a call.end without a recording has no recording key); KEYS renames a field on the wire."""
    KIND: ClassVar[str] = ""
    LEG: ClassVar[str] = SYSTEM
    OPTIONAL: ClassVar[tuple[str, ...]] = ()
    KEYS: ClassVar[dict[str, str]] = {}

    def to_body(self) -> dict[str, Any]:
        body = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None and f.name in self.OPTIONAL:
                continue
            body[self.KEYS.get(f.name, f.name)] = list(value) if isinstance(value, list) else value
        return body

    def to_event(self, call_id: str, t_ms: int) -> CallEvent:
        """Unsequenced (seq -1): the session stamps it on the call's clock when it records it."""
        return CallEvent(call_id, -1, t_ms, ev.wall_now(), self.KIND, self.LEG, self.to_body())

    @classmethod
    def from_event(cls, event: CallEvent):
        """Missing keys take the field's default (a body stored by an older version)."""
        b = event.body
        return cls(**{f.name: b[cls.KEYS.get(f.name, f.name)] for f in fields(cls)
                      if cls.KEYS.get(f.name, f.name) in b})


@dataclass(frozen=True, slots=True)
class Evidence:
    t_start_ms: int
    t_end_ms: int
    text: str

    def to_body(self) -> dict[str, Any]:
        return {"t_start_ms": self.t_start_ms, "t_end_ms": self.t_end_ms, "text": self.text}


@dataclass(frozen=True, slots=True)
class Flag(Body):
    KIND: ClassVar[str] = ev.FLAG
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

    @classmethod
    def from_event(cls, event: CallEvent) -> "Flag":
        b = event.body
        e = b["evidence"]
        return cls(b["type"], b["severity"], b["confidence"], Evidence(e["t_start_ms"], e["t_end_ms"], e["text"]),
                   b["latency_ms"])


@dataclass(frozen=True, slots=True)
class Route(Body):
    KIND: ClassVar[str] = ev.ROUTE
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

    @classmethod
    def from_event(cls, event: CallEvent) -> "Route":
        b = event.body
        return cls(b["action"], b["reason"], list(b.get("flags", [])), b.get("latency_ms", 0), bool(b.get("final")))


@dataclass(frozen=True, slots=True)
class UtteranceFinal(Body):
    KIND: ClassVar[str] = ev.UTTERANCE_FINAL
    LEG: ClassVar[str] = CALLER
    text: str                 # redacted
    t_start_ms: int
    t_end_ms: int
    confidence: float
    latency_ms: int           # final stored - endpoint
    redactions: list[dict] = field(default_factory=list)
    voice: dict | None = None
    asr: dict | None = None   # the engine's evidence for the turn (engine/evidence.py)
    timing: dict | None = None    # where latency_ms went (call/recognition.py, final_timing)

    def to_body(self) -> dict[str, Any]:
        return {"text": self.text, "t_start_ms": self.t_start_ms, "t_end_ms": self.t_end_ms,
                "confidence": self.confidence, "latency_ms": self.latency_ms, "redactions": list(self.redactions),
                "voice": self.voice, "asr": self.asr, "timing": self.timing}

    @classmethod
    def from_event(cls, event: CallEvent) -> "UtteranceFinal":
        b = event.body
        return cls(b["text"], b["t_start_ms"], b["t_end_ms"], b.get("confidence", 0.0), b.get("latency_ms", 0),
                   list(b.get("redactions", [])), b.get("voice"), b.get("asr"), b.get("timing"))


# ---- the other kinds: their dicts are the fields in order (Body.to_body) ----
@dataclass(frozen=True, slots=True)
class UtterancePartial(Body):
    """The turn so far: kept in memory, never stored (events.UTTERANCE_PARTIAL)."""
    KIND: ClassVar[str] = ev.UTTERANCE_PARTIAL
    LEG: ClassVar[str] = CALLER
    text: str                 # redacted (a preview)
    t_start_ms: int
    t_end_ms: int
    confidence: float
    redactions: list[dict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CallStart(Body):
    KIND: ClassVar[str] = ev.CALL_START
    KEYS: ClassVar[dict[str, str]] = {"from_uri": "from", "to_uri": "to"}
    from_uri: str             # as [privacy] keeps it
    to_uri: str
    sip_call_id: str = ""
    headers: dict = field(default_factory=dict)
    codec: str = ""


@dataclass(frozen=True, slots=True)
class CallAnswer(Body):
    KIND: ClassVar[str] = ev.CALL_ANSWER
    codec: str


@dataclass(frozen=True, slots=True)
class CallEnd(Body):
    KIND: ClassVar[str] = ev.CALL_END
    OPTIONAL: ClassVar[tuple[str, ...]] = ("recording_consent", "recording", "recording_sha256", "sip_status")
    reason: str               # an events.END_* reason
    duration_ms: int
    recording_consent: str | None = None   # None: closed for the call (a lost worker, a crash)
    recording: str | None = None           # the WAV's name under state_dir/recordings
    recording_sha256: str | None = None    # in the signed chain: proves a recording synced later
    sip_status: int | None = None


@dataclass(frozen=True, slots=True)
class Dtmf(Body):
    KIND: ClassVar[str] = ev.DTMF
    LEG: ClassVar[str] = CALLER
    digit: str                # redacted: "*" when masked; "" ends an entry and carries its mask (redactor.entry_ended)
    redactions: list[dict] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TtsStart(Body):
    KIND: ClassVar[str] = ev.TTS_START
    LEG: ClassVar[str] = AGENT
    text: str
    prompt_id: int
    streamed: bool = False


@dataclass(frozen=True, slots=True)
class TtsEnd(Body):
    KIND: ClassVar[str] = ev.TTS_END
    LEG: ClassVar[str] = AGENT
    OPTIONAL: ClassVar[tuple[str, ...]] = ("tts_first_frame_ms",)
    text: str                 # what the caller heard
    prompt_id: int
    interrupted: bool = False
    tts_first_frame_ms: float | None = None   # reply text known -> its first frame played


@dataclass(frozen=True, slots=True)
class BargeIn(Body):
    KIND: ClassVar[str] = ev.BARGEIN
    LEG: ClassVar[str] = CALLER
    prompt_id: int
    onset_ms: int             # when the caller's speech began
    latency_ms: int           # onset -> prompt stopped


@dataclass(frozen=True, slots=True)
class Transfer(Body):
    KIND: ClassVar[str] = ev.TRANSFER
    OPTIONAL: ClassVar[tuple[str, ...]] = ("refer_sent_ms", "flag_to_refer_ms")
    target: str
    result: str               # ok, failed, unconfirmed
    sip_status: int
    reason: str
    refer_sent_ms: int | None = None
    flag_to_refer_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Ticket(Body):
    KIND: ClassVar[str] = ev.TICKET
    id: str                   # "" when not queued
    result: str               # queued, or "not queued: why"
    reason: str
