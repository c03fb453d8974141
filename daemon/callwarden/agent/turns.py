"""The dialog side of a call: what the agent answers a caller's final turn, and recording consent.

A mixin of CallSession (call_session.py), kept apart so that the session stays
about audio, transcription and the timeline.
"""

from __future__ import annotations

import time

from callwarden.agent.reply import CONSENT_GIVEN, CONSENT_REFUSED, END, NONE
from callwarden.agent.webhook import WebhookAgent
from callwarden.detect.detectors import flag as flag_event
from callwarden.events import CallEvent


class DialogTurns:
    async def _agent_turn(self, final: CallEvent) -> None:
        if isinstance(self.agent, WebhookAgent):
            reply = await self.agent.reply(final.body, list(self.analysis.policy.flags))
        else:
            reply = self.agent.reply(final.body["text"])
        if self.ended or self.handed_off:
            return
        if reply.consent:
            self._consent(reply.consent, final)
            if self.handed_off:          # the refusal was routed (goodbye or a human)
                return
        text = reply.say
        # A reply that is not a fixed prompt is synthesised while it plays (STREAMED).
        wav = self.worker.reply_audio(text) if text else None
        if text:
            self._reply_known = (text, time.monotonic())
        if reply.action == END:
            self._goodbye(text or self.worker.cfg.route.goodbye_prompt, wav)
        elif reply.action != NONE:
            routes = self.analysis.policy.agent_action(final, self.clock.now_ms(), reply.action,
                                                       f"dialog: {reply.reason}")
            for route in routes:
                self._store(route.kind, route.leg, route.body, route.t_ms)
                self.act(route.body, prompt=text or None, prompt_wav=wav)
            if not routes and text:
                self.say(text, wav)
        elif text:
            self.say(text, wav)

    def _consent(self, answer: str, final: CallEvent) -> None:
        self.recording_consent = answer
        if answer != CONSENT_GIVEN:
            self.recorder = None         # no recording without a yes
        if answer == CONSENT_REFUSED and "consent_refused" not in self.analysis.policy.flags:
            b = final.body
            flag = flag_event(final, self.clock.now_ms(), "consent_refused", "warn", 0.95,
                              b["t_start_ms"], b["t_end_ms"], b["text"])
            self._record_all(self.analysis.with_policy([flag], self.clock.now_ms()))
