"""The dialog side of a call: what the agent answers a caller's final turn, and recording consent.

A mixin of CallSession (call/session.py), kept apart so that the session stays
about audio, transcription and the timeline.
"""

from __future__ import annotations

import logging
import time
from contextlib import aclosing

from callwarden import events as ev
from callwarden.agent.llm.flow import LlmAgent, LlmTurn
from callwarden.agent.llm.metrics import llm_metrics
from callwarden.agent.reply import CONSENT_GIVEN, CONSENT_REFUSED, Reply
from callwarden.agent.webhook import WebhookAgent
from callwarden.bodies import END, NONE
from callwarden.detect.detectors import flag as flag_event
from callwarden.events import CallEvent

log = logging.getLogger("callwarden.agent")


class DialogTurns:
    async def _agent_turn(self, final: CallEvent) -> None:
        if isinstance(self.agent, LlmAgent):
            begun = self.agent.begin(final.body["text"])
            if isinstance(begun, LlmTurn):
                await self._llm_turn(final, begun)
                return
            reply = begun
        elif isinstance(self.agent, WebhookAgent):
            reply = await self.agent.reply(final.body, list(self.analysis.policy.flags))
        else:
            reply = self.agent.reply(final.body["text"])
        if self.ended or self.handed_off:
            return
        self._answer(reply, final)

    def _answer(self, reply: Reply, final: CallEvent) -> None:
        """Speaks a whole reply and carries out its action."""
        if reply.consent:
            self._consent(reply.consent, final)
            if self.handed_off:          # the refusal was routed (goodbye or a human)
                return
        text = reply.say
        if text and isinstance(self.agent, LlmAgent):
            self.agent.heard_agent(text)
        # A reply that is not a fixed prompt is synthesised while it plays (STREAMED).
        wav = self.services.reply_audio(text) if text else None
        if text:
            self._reply_known = (text, time.monotonic())
        if reply.action == END:
            self._goodbye(text or self.services.cfg.route.goodbye_prompt, wav)
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

    # ---- llm mode ----
    async def _llm_turn(self, final: CallEvent, turn: LlmTurn) -> None:
        """The model's answer, spoken sentence by sentence as it streams; the built-in flow when it fails."""
        previous, self._llm_pending = getattr(self, "_llm_pending", None), turn
        if previous is not None:
            previous.close(interrupted=True)     # a newer caller turn: the older answer is moot
        sentences = turn.sentences()
        first = await anext(sentences, None)
        if turn.report.interrupted or self.ended or self.handed_off:
            await sentences.aclose()
            turn.close(interrupted=True)
            self._agent_reply(turn)
            return
        if first is None:
            if turn.error:
                log.warning("dialog llm %s; the built-in flow answers this turn", turn.error, extra=self.log_extra)
                reply = turn.fallback()
                turn.report.said = reply.say
                self._agent_reply(turn)
                self._answer(reply, final)
            else:                # only an action, no words: the route's own prompt speaks
                self._agent_reply(turn)
                self._llm_action(final, turn, "")
            return
        wav = self.services.reply_audio(first)
        if wav is None:          # TTS off: nothing to stream into; the whole answer is "said"
            rest = [s async for s in sentences]
            turn.report.said = " ".join([first] + rest)
            self.agent.heard_agent(turn.report.said)
            self._agent_reply(turn)
            self._llm_action(final, turn, turn.report.said)
            return
        self._reply_known = (first, time.monotonic())
        self.say(first, wav, more=SpokenReply(self, final, turn, first, sentences))

    def _llm_action(self, final: CallEvent, turn: LlmTurn, said: str) -> None:
        """The model's proposed action, through the route policy (which may overrule it)."""
        action = turn.action.action
        if action == NONE or self.ended or self.handed_off:
            return
        reason = f"llm: {turn.action.reason}" if turn.action.reason else "llm"
        routes = self.analysis.policy.agent_action(final, self.clock.now_ms(), action, reason)
        for route in routes:
            self._store(route.kind, route.leg, route.body, route.t_ms)
            self.act(route.body)

    def _agent_reply(self, turn: LlmTurn) -> None:
        if getattr(self, "_llm_pending", None) is turn:
            self._llm_pending = None
        body = turn.report.body()
        self.record(ev.AGENT_REPLY, "agent", body)
        metrics = llm_metrics(self.services.metrics)
        if metrics is not None:
            metrics.observe(body)

    def _consent(self, answer: str, final: CallEvent) -> None:
        self.recording_consent = answer
        if answer != CONSENT_GIVEN:
            self.recorder = None         # no recording without a yes
        if answer == CONSENT_REFUSED and "consent_refused" not in self.analysis.policy.flags:
            b = final.body
            flag = flag_event(final, self.clock.now_ms(), "consent_refused", "warn", 0.95,
                              b["t_start_ms"], b["t_end_ms"], b["text"])
            self._record_all(self.analysis.with_policy([flag], self.clock.now_ms()))


class SpokenReply:
    """A model's answer being spoken: its later sentences are synthesised as the model writes them.

    The call session hands this to say(..., more=); `rest()` runs inside the prompt's feed task
    and `ended()` when the prompt stops (played out, barged in, replaced, call gone)."""

    def __init__(self, session: DialogTurns, final: CallEvent, turn: LlmTurn, first: str, sentences) -> None:
        self.session = session
        self.final = final
        self.turn = turn
        self._sentences = sentences
        self._marks: list[tuple[int, str]] = [(0, first)]    # (byte offset in the prompt's audio, sentence)
        self.said = ""

    async def rest(self, stream) -> None:
        """Synthesises each further sentence into `stream` as it arrives; closing ends the model's stream."""
        s = self.session
        try:
            async for sentence in self._sentences:
                if stream.stopped:
                    break
                self._marks.append((len(stream.audio), sentence))
                s.redactor.note_agent_text(sentence)     # the model may ask for a number: payment context
                async with aclosing(s.services.engine.synthesize_stream(sentence)) as pcms:
                    async for pcm in pcms:
                        if stream.stopped:
                            break
                        stream.push(pcm)
        finally:
            await self._sentences.aclose()
            self.turn.close(interrupted=stream.stopped)
            if not stream.stopped and self.turn.action.action != NONE:
                # The action follows the answer once the caller has heard it (not if cut short).
                s._then[stream.prompt_id] = lambda: s._llm_action(self.final, self.turn, self.said)

    def ended(self, stream, interrupted: bool) -> str:
        """What the caller heard: every sentence whose audio began to play. The rest is not kept as said."""
        self.turn.close(interrupted=interrupted)
        played = stream.played_bytes if stream is not None else 0
        heard = [text for offset, text in self._marks if not interrupted or offset < played]
        self.said = " ".join(heard)
        self.turn.report.said = self.said
        self.session.agent.heard_agent(self.said)
        self.session._agent_reply(self.turn)
        return self.said
