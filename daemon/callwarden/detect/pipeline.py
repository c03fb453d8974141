"""CallAnalysis: a call's detectors and routing policy as one pure step.

`feed(event)` takes each stored event and returns the flag and route events it
causes, in order (a flag, then the route it triggers). The call session
records them; tests replay labelled dialogs through the same object.
"""

from __future__ import annotations

from callwarden import events as ev
from callwarden.config import Config
from callwarden.detect.detectors import LowConfidenceDetector, PhraseDetector, SensitiveDataDetector
from callwarden.detect.phrases import asks_follow_up
from callwarden.detect.timing import TimingDetector
from callwarden.events import CallEvent
from callwarden.detect.policy import RoutePolicy


class CallAnalysis:
    def __init__(self, cfg: Config, call_id: str = "") -> None:
        self.phrases = PhraseDetector()
        self.sensitive = SensitiveDataDetector()
        self.detectors = [self.phrases, self.sensitive,
                          LowConfidenceDetector(cfg.detect.low_confidence_threshold)]
        self.timing = TimingDetector(call_id, int(cfg.detect.silence_s * 1000), int(cfg.detect.audio_dropout_s * 1000))
        self.policy = RoutePolicy(cfg.route.consent_refused_action)

    def with_policy(self, flags: list[CallEvent], now_ms: int) -> list[CallEvent]:
        out: list[CallEvent] = []
        for flag in flags:
            out.append(flag)
            out += self.policy.feed(flag, now_ms)
        return out

    def frame(self, t_ms: int, caller_speaking: bool, agent_speaking: bool, now_ms: int) -> list[CallEvent]:
        return self.with_policy(self.timing.frame(t_ms, caller_speaking, agent_speaking, now_ms), now_ms)

    def rtp(self, flowing: bool, since_ms: int, now_ms: int) -> list[CallEvent]:
        return self.with_policy(self.timing.rtp(flowing, since_ms, now_ms), now_ms)

    def feed(self, event: CallEvent, now_ms: int, heard: str | None = None) -> list[CallEvent]:
        """`heard`: a caller turn's unredacted text, in memory only, for the distress rules (a masked
        "overdose" must still raise distress); every stored body stays redacted."""
        out: list[CallEvent] = []
        if event.kind == ev.UTTERANCE_PARTIAL:     # words heard so far: intents and what the preview masked
            return self.with_policy(self.phrases.feed(event, now_ms, heard) + self.sensitive.feed(event, now_ms),
                                    now_ms)
        if event.kind in (ev.UTTERANCE_FINAL, ev.DTMF):
            for detector in self.detectors:
                found = detector.feed(event, now_ms, heard) if detector is self.phrases else detector.feed(event, now_ms)
                out += self.with_policy(found, now_ms)
        if event.kind == ev.UTTERANCE_FINAL:   # follow-up requests route without a flag
            out += self.policy.feed(event, now_ms, follow_up=asks_follow_up(event.body["text"]))
        return out

    def final_route(self, call_id: str, now_ms: int) -> CallEvent:
        return self.policy.final(call_id, now_ms)
