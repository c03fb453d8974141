"""The call's detectors. Each is fed every stored CallEvent and returns flag events.

Returned events are unsequenced (seq -1): the call session stamps them on
its clock when it records them.
"""

from __future__ import annotations

from callwarden import events as ev
from callwarden.bodies import LOW_CONFIDENCE, PCI, Flag
from callwarden.detect import phrases, understood
from callwarden.detect.voice import VoiceTrend
from callwarden.redact.flags import flag_of
from callwarden.events import CallEvent

def _flag_type(redaction: dict) -> str | None:
    return flag_of(redaction["entity"], redaction.get("rule"))


def flag(source: CallEvent, now_ms: int, type_: str, severity: str, confidence: float,
         t_start_ms: int, t_end_ms: int, text: str) -> CallEvent:
    return Flag.raised(type_, severity, round(confidence, 3), t_start_ms, t_end_ms, text, now_ms).to_event(
        source.call_id, now_ms)


# Frustration is words plus voice: the classifier alone (no phrase rule behind it) must be this
# sure, unless the caller's voice is raised against their own earlier turns.
FRUSTRATION_WORDS_ALONE_P = 0.7
VOICE_ALONE_CONFIDENCE = 0.6


class PhraseDetector:
    """Intent flags from caller turns; one flag per episode (consecutive turns with the intent).

    Partials fire early (the flag's evidence is the words heard so far); the turn's final then
    adds only what the partials missed, never the same intent twice. Finals carry the turn's
    voice (level, pitch), which the frustration decision weighs.
    """

    FLAG_TYPES = (phrases.ESCALATION, phrases.OPT_OUT, phrases.CONSENT_REFUSED, phrases.COMPLAINT,
                  phrases.DISTRESS, phrases.FRUSTRATION)

    # An ask for a human heard in a partial may be the start of a callback request ("I'd like to speak
    # to a manager about it, but I'm at work, could she phone me back after five?"). It is held until
    # the caller has said this much more with no callback in it (a partial decodes only the turn's last
    # seconds, so the callback is looked for in the partials that follow), or the turn's final decides.
    ESCALATION_HOLD_MS = 3000

    def __init__(self) -> None:
        self._previous_turn: set[str] = set()
        self._fired_this_turn: set[str] = set()     # by partials of the turn still being spoken
        # this turn's partial escalation on hold: (the partial, its hit), or "dropped" once a callback followed
        self._held: tuple[CallEvent, phrases.IntentHit] | str | None = None
        self.voice = VoiceTrend()

    def feed(self, event: CallEvent, now_ms: int, heard: str | None = None) -> list[CallEvent]:
        """`heard`: the turn as transcribed, held in memory only. The stored text is judged by rules and
        model (the model was tuned on redacted text); the rules also read what was heard, since a mask
        is for storage, not for understanding: "overdose" masked as health is still distress, and in a
        call that has told health the redactor may mask the words of an ask ("[PHI] me from the list").
        The flag's evidence is always the stored, redacted text."""
        if event.kind not in (ev.UTTERANCE_FINAL, ev.UTTERANCE_PARTIAL):
            return []
        b = event.body
        partial = event.kind == ev.UTTERANCE_PARTIAL
        hits = phrases.find_intents(b["text"], rules_only=partial)
        found = {h.intent: h for h in hits if h.intent in self.FLAG_TYPES}
        if heard is not None and heard != b["text"]:
            for h in phrases.find_intents(heard, rules_only=True):
                if h.intent in self.FLAG_TYPES and h.intent not in found:
                    found[h.intent] = h
        if not partial:
            raised = self.voice.raised(b.get("voice"))
            self.voice.add(b.get("voice"))
            hit = found.get(phrases.FRUSTRATION)
            if hit and not hit.by_rule and hit.confidence < FRUSTRATION_WORDS_ALONE_P and not raised:
                del found[phrases.FRUSTRATION]
            elif not hit and raised == 2:       # the voice alone: both louder and higher than before
                found[phrases.FRUSTRATION] = phrases.IntentHit(phrases.FRUSTRATION, VOICE_ALONE_CONFIDENCE, 0,
                                                               len(b["text"]), by_rule=False)
        already = self._previous_turn | self._fired_this_turn
        out = []
        if partial:
            out = self._hold_escalation(event, now_ms, hits, found, already)
        else:
            self._held = None
        out += [flag(event, now_ms, intent, phrases.SEVERITY[intent], hit.confidence, b["t_start_ms"],
                     b["t_end_ms"], b["text"])
                for intent, hit in found.items() if intent not in already]
        if partial:
            self._fired_this_turn |= set(found)
        else:
            self._previous_turn = set(found) | self._fired_this_turn
            self._fired_this_turn = set()
        return out

    def _hold_escalation(self, event: CallEvent, now_ms: int, hits: list, found: dict,
                         already: set[str]) -> list[CallEvent]:
        """A partial's escalation goes on hold (taken out of `found`); the held one is raised, with the
        words it was heard in, once ESCALATION_HOLD_MS more of the turn held no callback. A callback heard
        meanwhile drops it, and the turn's final judges the whole turn."""
        hit = found.pop(phrases.ESCALATION, None)
        if phrases.ESCALATION in already or self._held == "dropped":
            return []
        if self._held is None:
            self._held = (event, hit) if hit is not None else None
            return []
        if any(h.intent == phrases.FOLLOW_UP for h in hits):
            self._held = "dropped"
            return []
        held, held_hit = self._held
        if event.body["t_end_ms"] - held.body["t_end_ms"] < self.ESCALATION_HOLD_MS:
            return []
        self._held = None
        self._fired_this_turn.add(phrases.ESCALATION)
        hb = held.body
        return [flag(held, now_ms, phrases.ESCALATION, phrases.SEVERITY[phrases.ESCALATION], held_hit.confidence,
                     hb["t_start_ms"], hb["t_end_ms"], hb["text"])]


class SensitiveDataDetector:
    """pci / pii / phi flags from what the redactor masked (turns, partial previews, keyed digits).

    A preview masked by a context or a card's checksum flags before the turn ends; the final then
    adds only what the preview missed. Masks by length alone wait for the final."""

    CONFIDENT = 0.85        # rule confidence a preview's mask needs to flag
    FLAG_FLOOR = 0.6        # below this a mask is too weak to flag at all (one digit in a card context)
    # A preview is unstable ("385" before the "$" arrives): only numbers read out in a card, SSN,
    # PIN, account or birth-date context, or passing a card's checksum, flag from it.
    PREVIEW_RULES = ("payment_context", "ssn_context", "pin_context", "bank_account_context", "dob_context",
                     "luhn", "ssn_pattern", "continued_from_previous_turn")

    def __init__(self) -> None:
        self._previous: set[str] = set()
        self._fired_this_turn: set[str] = set()

    def feed(self, event: CallEvent, now_ms: int) -> list[CallEvent]:
        if event.kind not in (ev.UTTERANCE_FINAL, ev.UTTERANCE_PARTIAL, ev.DTMF):
            return []
        b = event.body
        partial = event.kind == ev.UTTERANCE_PARTIAL
        types = {t for r in b.get("redactions", []) if (t := _flag_type(r))
                 and r.get("confidence", 1.0) >= self.FLAG_FLOOR
                 and (not partial or r.get("confidence", 0) >= self.CONFIDENT and r.get("rule") in self.PREVIEW_RULES)}
        if event.kind == ev.DTMF:
            start = end = event.t_ms
            text = "[DTMF]"
        else:
            start, end, text = b["t_start_ms"], b["t_end_ms"], b["text"]
        out = [flag(event, now_ms, t, "warn" if t == PCI else "info", 0.95, start, end, text)
               for t in sorted(types) if t not in self._previous | self._fired_this_turn]
        if partial:
            self._fired_this_turn |= types
        elif event.kind == ev.UTTERANCE_FINAL:
            self._previous = types | self._fired_this_turn
            self._fired_this_turn = set()
        elif types:
            self._previous |= types
        return out


class LowConfidenceDetector:
    """Two consecutive caller turns not understood, judged on the ASR's evidence (detect/understood.py)."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._run = 0

    def feed(self, event: CallEvent, now_ms: int) -> list[CallEvent]:
        if event.kind != ev.UTTERANCE_FINAL:
            return []
        b = event.body
        unsure, confidence = understood.unsure(b, self.threshold)
        self._run = self._run + 1 if unsure else 0
        if self._run == 2:
            return [flag(event, now_ms, LOW_CONFIDENCE, "warn", confidence, b["t_start_ms"], b["t_end_ms"],
                         b["text"])]
        return []
