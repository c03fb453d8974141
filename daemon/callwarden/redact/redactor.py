"""CallRedactor: one per call; redacts each final turn and DTMF digit before anything is stored.

Contexts (payment, PIN, SSN ...) opened by a caller turn, or by what the agent
just asked, stay open for the next few turns: "I'd like to pay by card" makes
the following "five five five five, ..." a card number. Each redaction is
recorded (entity, span on the call clock, rule), never the value.
"""

from __future__ import annotations

import copy

from dataclasses import asdict, dataclass

from callwarden.redact import finders as f

CONTEXT_TURNS = 3           # a context stays open for this many caller turns after it was heard
DTMF_CONTEXTS = {f.PAYMENT: f.PCI_PAN, f.PIN: f.PIN, f.SSN: f.SSN, f.BANK_ACCOUNT: f.BANK_ACCOUNT,
                 f.DOB: f.DOB, f.PHONE: f.PHONE}
FAILED = "[REDACTION_FAILED]"


@dataclass(frozen=True, slots=True)
class RedactionRecord:
    entity: str
    t_start_ms: int
    t_end_ms: int
    rule: str
    confidence: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Redacted:
    text: str
    records: tuple[RedactionRecord, ...]
    failed: bool = False

    @property
    def entities(self) -> set[str]:
        return {r.entity for r in self.records}


class CallRedactor:
    def __init__(self) -> None:
        self._turn = 0
        self._open: dict[str, int] = {}    # context -> last turn it applies to
        self._opened: dict[str, int] = {}  # context -> turn it was last heard in

    def note_agent_text(self, text: str) -> None:
        """What the agent asks opens contexts too ("Please say your card number")."""
        for ctx in f.contexts_in(text):
            self._open[ctx] = self._turn + CONTEXT_TURNS - 1
            self._opened[ctx] = self._turn

    def active(self) -> set[str]:
        return {ctx for ctx, until in self._open.items() if until >= self._turn}

    def preview(self, text: str, t_start_ms: int, t_end_ms: int) -> Redacted:
        """Redacts a partial hypothesis with the call's context, leaving that context as it was."""
        return copy.deepcopy(self).redact(text, t_start_ms, t_end_ms)

    def redact(self, text: str, t_start_ms: int, t_end_ms: int) -> Redacted:
        """Never raises: any failure gives FAILED text (fail closed)."""
        try:
            return self._redact(text, t_start_ms, t_end_ms)
        except Exception:
            self._turn += 1
            return Redacted(FAILED, (RedactionRecord("unknown", t_start_ms, t_end_ms, "redaction_failed", 1.0),),
                            failed=True)

    def _redact(self, text: str, t_start_ms: int, t_end_ms: int) -> Redacted:
        for ctx in f.contexts_in(text):
            self._open[ctx] = self._turn + CONTEXT_TURNS
            self._opened[ctx] = self._turn
        spans = f.find_spans(text, self.active())
        self._turn += 1
        out, records, pos = [], [], 0
        length = max(len(text), 1)
        for span in spans:
            out += [text[pos:span.start], f.PLACEHOLDER[span.entity]]
            pos = span.end
            records.append(RedactionRecord(
                span.entity, t_start_ms + (t_end_ms - t_start_ms) * span.start // length,
                t_start_ms + (t_end_ms - t_start_ms) * span.end // length, span.rule, span.confidence))
        out.append(text[pos:])
        return Redacted("".join(out), tuple(records))

    def dtmf(self, digit: str, t_ms: int) -> tuple[str, RedactionRecord | None]:
        """A keyed digit inside a payment or identity context is stored as '*'.

        The most recently opened context names it: "pay by card ... I'll type my PIN" keys a PIN."""
        candidates = [ctx for ctx in self.active() if ctx in DTMF_CONTEXTS]
        if not candidates:
            return digit, None
        ctx = max(candidates, key=lambda c: (self._opened.get(c, -1), c))
        return "*", RedactionRecord(DTMF_CONTEXTS[ctx], t_ms, t_ms, f"dtmf_in_{ctx}_context", 0.9)
