"""The routing policy: the most severe applicable route wins (escalate > end > ticket > auto).

Fed flag events (and, from the detectors, a caller's request for a follow-up); returns a `route`
event whenever the decision changes, and `final()` gives the call's closing decision (auto if
nothing applied). It decides from what the detectors found and never reads the words itself.
"""

from __future__ import annotations

from callwarden import events as ev
from callwarden.bodies import (AUTO, COMPLAINT, CONSENT_REFUSED, DISTRESS, END, ESCALATE, ESCALATION, FRUSTRATION,
                               LOW_CONFIDENCE, OPT_OUT, ROUTE_RANK, SILENCE, TICKET, Route)
from callwarden.events import CallEvent

RANK = ROUTE_RANK     # escalate > end > ticket > auto (bodies.py holds the actions)
FRUSTRATION_WINDOW_MS = 120_000


class RoutePolicy:
    def __init__(self, consent_refused_action: str = END) -> None:
        self.routes = {ESCALATION: ESCALATE, OPT_OUT: END, CONSENT_REFUSED: consent_refused_action,
                       DISTRESS: ESCALATE, COMPLAINT: ESCALATE, LOW_CONFIDENCE: ESCALATE, SILENCE: TICKET}
        self.action = AUTO
        self.reason = "no flag"
        self.flags: list[str] = []
        self._frustration_ms: list[int] = []

    def feed(self, event: CallEvent, now_ms: int, follow_up: bool = False) -> list[CallEvent]:
        """`follow_up`: the detectors found caller turn `event` asking to be called back (a ticket,
        no flag); the policy takes that as given rather than reading the words again."""
        if event.kind == ev.FLAG:
            type_ = event.body["type"]
            action = self.routes.get(type_)
            if type_ == FRUSTRATION:
                self._frustration_ms = [t for t in self._frustration_ms
                                        if event.t_ms - t <= FRUSTRATION_WINDOW_MS] + [event.t_ms]
                if len(self._frustration_ms) >= 2:
                    action = ESCALATE
            if action is None:
                return []
            reason = f"{type_} flag" if type_ != FRUSTRATION else "frustration twice within 120 s"
            if type_ == DISTRESS:
                reason = "distress: priority hand-off"
            return self._decide(event, now_ms, action, reason, type_)
        if event.kind == ev.UTTERANCE_FINAL and follow_up:
            return self._decide(event, now_ms, TICKET, "caller asked for a follow-up", None)
        return []

    def agent_action(self, event: CallEvent, now_ms: int, action: str, reason: str) -> list[CallEvent]:
        """The dialog (script or webhook) asked for a ticket or a human after caller turn `event`."""
        return self._decide(event, now_ms, action, reason, None)

    def _decide(self, event: CallEvent, now_ms: int, action: str, reason: str, flag_type: str | None
                ) -> list[CallEvent]:
        if flag_type:
            self.flags.append(flag_type)
        distress_first = flag_type == DISTRESS and self.reason != "distress: priority hand-off"
        if RANK[action] < RANK[self.action] or (RANK[action] == RANK[self.action] and not distress_first):
            return []
        self.action, self.reason = action, reason
        return [Route(action, reason, list(self.flags), max(0, now_ms - event.t_ms)).to_event(event.call_id, now_ms)]

    def final(self, call_id: str, now_ms: int) -> CallEvent:
        return Route(self.action, self.reason, list(self.flags), 0, final=True).to_event(call_id, now_ms)
