"""Carrying out a call's route: hand-off by REFER (and what happens when nobody takes it), the
goodbye, dead air, tickets queued once the turn in flight is transcribed. A mixin of CallSession,
sharing its state and speaking through CallSpeech.say."""

from __future__ import annotations

import asyncio
import logging

from callwarden import events as ev
from callwarden.bodies import END, ESCALATE, OPT_OUT, TICKET, Ticket, Transfer

log = logging.getLogger("callwarden.call")

TICKET_WAIT_MS = 10_000     # a ticket or keyed digits wait at most this long for the caller to finish the turn


class CallActions:
    def act(self, route: dict, prompt: str | None = None, prompt_wav: str | None = None) -> None:
        """Carries out a route; `prompt` (with its WAV) replaces the configured one (a dialog's own words)."""
        cfg = self.services.cfg.route
        action = route["action"]
        if action == END:
            if OPT_OUT in route["flags"]:
                self.services.dnc.add(self._caller_number, OPT_OUT)
            self._goodbye(prompt or cfg.goodbye_prompt, prompt_wav)
        elif action == ESCALATE:
            if not cfg.escalate_uri:
                self._escalation_failed(route["reason"], "no human queue configured ([route] escalate_uri)")
                return
            headers = {"X-Callwarden-Call-Id": self.call_id, "X-Callwarden-Reason": route["reason"][:120]}
            self.transfer_target = cfg.escalate_uri
            self._escalation_flag_ms = self.clock.now_ms() - route["latency_ms"]
            self.handed_off = self._route_spoke = True
            # REFER at once, the hand-off prompt plays while the PBX takes the call: a caller in
            # distress waits for nobody's sentence to end.
            self.services.stack.transfer(self.key, cfg.escalate_uri, headers)
            text = prompt or cfg.handoff_prompt
            self.say(text, prompt_wav if prompt else self.services.prompt(text))
        elif action == TICKET and route["reason"] == "silence flag":
            pass        # dead air is handled by _dead_air: ask first, ticket only if it goes on
        elif action == TICKET:
            self.open_ticket(route["reason"], route["flags"])
            text = prompt or self.services.cfg.agent.ticket_reply
            self._route_spoke = True
            self.say(text, prompt_wav if prompt else self.services.prompt(text))

    def act_after_hangup(self, route: dict) -> None:
        """A route decided once the call was gone (its turn transcribed after the caller's BYE, as
        a last "stop calling me" said just before hanging up is): nothing can be said or transferred
        any more, but an opt-out still goes on the do-not-call list and a hand-off or ticket still
        becomes a ticket, so that a person follows up."""
        action = route["action"]
        if action == END and OPT_OUT in route["flags"]:
            self.services.dnc.add(self._caller_number, OPT_OUT)
        elif action == ESCALATE or action == TICKET and route["reason"] != "silence flag":
            self.open_ticket(f"{route['reason']}; the caller hung up before it could be carried out",
                             route["flags"])

    def _dead_air(self) -> None:
        if self.handed_off:
            return
        if not self._asked_if_there:
            self._asked_if_there = True
            text = self.services.cfg.agent.silence_prompt
            self.say(text, self.services.prompt(text))
            return
        self.open_ticket("caller silent", list(self.analysis.policy.flags))
        self._goodbye(self.services.cfg.route.goodbye_prompt)

    def _goodbye(self, text: str, wav: str | None = None) -> None:
        self.handed_off = self._route_spoke = True
        self.say(text, wav or self.services.prompt(text), then=lambda: self.services.stack.hangup(self.key, ev.END_AGENT),
                 interruptible=False)

    def refer_sent(self, t_monotonic: float) -> None:
        self._refer_sent_ms = self.clock.ms_at(t_monotonic)

    def transfer_status(self, status_code: int, reason: str, final: bool) -> None:
        if not final:
            self._transfer_progress = (status_code, reason)
            return
        ok = 200 <= status_code < 300
        self._record_transfer("ok" if ok else "failed", status_code, reason)
        if ok:
            self.services.stack.hangup(self.key, ev.END_TRANSFERRED)
        else:
            self._escalation_failed("escalation", f"transfer failed: {status_code} {reason}")

    def _record_transfer(self, result: str, status_code: int, reason: str) -> None:
        refer_sent_ms = flag_to_refer_ms = None
        if self._refer_sent_ms is not None and self._escalation_flag_ms is not None:
            refer_sent_ms = self._refer_sent_ms
            flag_to_refer_ms = max(0, self._refer_sent_ms - self._escalation_flag_ms)
        self._transfer_recorded = True
        self.emit(Transfer(self.transfer_target, result, status_code, reason, refer_sent_ms, flag_to_refer_ms))

    def _transfer_left_open(self) -> None:
        """The caller's side ended the call after accepting the REFER but before its final NOTIFY
        (some PBXs hang up the first leg at once): the transfer's outcome is unknown, not absent."""
        if self._transfer_recorded or not self.transfer_target or self._refer_sent_ms is None:
            return
        if self._transfer_progress is None:
            self._record_transfer("failed", 0, "the call ended before the REFER was answered")
            return
        status_code, reason = self._transfer_progress
        if status_code < 300:
            self._record_transfer("unconfirmed", status_code,
                                  f"the call ended after {status_code} {reason}, before the target answered")
        else:
            self._record_transfer("failed", status_code, reason)

    def _escalation_failed(self, why: str, detail: str) -> None:
        cfg = self.services.cfg.route
        self.handed_off = False        # nobody took the call: the agent keeps it
        self._route_spoke = True
        self.open_ticket(f"{why}; {detail}", list(self.analysis.policy.flags))
        self.say(cfg.fallback_prompt, self.services.prompt(cfg.fallback_prompt))

    def open_ticket(self, reason: str, flags: list[str]) -> None:
        """Queues a ticket once the turn being spoken or transcribed is in its transcript (a flag
        raised from a partial gets here before that turn's final)."""
        if self.ended or not self._turn_in_flight():
            self._enqueue_ticket(reason, flags)
            return
        self.pending.append(asyncio.ensure_future(self._ticket_after_turn(reason, flags)))

    async def _ticket_after_turn(self, reason: str, flags: list[str]) -> None:
        await self._after_turn()
        self._enqueue_ticket(reason, flags)

    def _turn_in_flight(self) -> bool:
        """The caller is speaking a turn, or one is still being transcribed."""
        return self.endpointer.in_speech or any(not t.done() for t in self._finals)

    async def _after_turn(self) -> None:
        """Returns once the turn in flight is in the transcript (at most TICKET_WAIT_MS of speech)."""
        deadline = self.clock.now_ms() + TICKET_WAIT_MS
        while self.clock.now_ms() < deadline and not self.ended and self.endpointer.in_speech:
            await asyncio.sleep(0.05)
        await asyncio.gather(*[t for t in self._finals if not t.done()], return_exceptions=True)

    def _enqueue_ticket(self, reason: str, flags: list[str]) -> None:
        payload = {"call_id": self.call_id, "from": self.from_uri, "reason": reason, "flags": flags,
                   "transcript": list(self.transcript), "created": ev.wall_now()}
        try:
            ticket_id, result = self.services.tickets.enqueue(payload), "queued"
        except (OverflowError, OSError) as e:
            ticket_id, result = "", f"not queued: {e}"
            log.error("ticket not queued: %s", e, extra=self.log_extra)
        self.emit(Ticket(ticket_id, result, reason))
