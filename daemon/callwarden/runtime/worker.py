"""The SIP worker: one pjsua2 stack (at most 4 calls) and the calls' pipelines.

Messages from the SIP thread arrive through `dispatch` (already on the event
loop). Transcription and synthesis are the engine process's work: the worker
asks over its socket and carries on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Callable

import numpy as np

from callwarden import events as ev
from callwarden.admin.metrics import Metrics
from callwarden.call.services import CallServices
from callwarden.call.session import FRAME_BYTES, STREAMED, CallSession
from callwarden.config import Config
from callwarden.engine.client import EngineClient
from callwarden.engine.transcriber import Transcript
from callwarden.events import CallEvent
from callwarden.redact import everyday as redact_everyday
from callwarden.redact import health as redact_health
from callwarden.redact import health_sense as redact_health_sense
from callwarden.redact import namelists as redact_namelists
from callwarden.redact import syntax as redact_syntax
from callwarden.redact.caller import CallerPrivacy, caller_key
from callwarden.redact.redactor import RedactRules
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue
from callwarden.runtime.disk_room import GuardedStore, SpaceGuard
from callwarden.sip import rxport
from callwarden.sip import stack as sip
from callwarden.timeline import TimelineStore
from callwarden.tts.wav import read_wav

log = logging.getLogger("callwarden.worker")

LATE_FRAME_S = 1.0


class Worker:
    def __init__(self, cfg: Config, store: TimelineStore, engine: EngineClient,
                 prompts: dict[str, str] | None, metrics: Metrics, dnc: DoNotCall, tickets: TicketQueue,
                 on_change: Callable[[], None] = lambda: None, space: SpaceGuard | None = None) -> None:
        self.cfg = cfg
        self.space = space or SpaceGuard(cfg.state_path, cfg.storage.min_free_mb, log_changes=False)
        self.store = GuardedStore(store, self.space, on_lost=self._storage_lost)
        self.engine = engine
        self.prompts = prompts          # fixed prompt text -> WAV, synthesised at start-up; None: TTS off
        self.greeting_path = self.prompt(cfg.tts.greeting) if prompts else None
        self.dnc = dnc
        self.tickets = tickets
        self.metrics = metrics
        self.on_change = on_change
        self.sessions: dict[int, CallSession] = {}
        self._pcm: dict[str, bytes] = {}          # fixed prompt WAV -> its samples
        self._finals_in_flight = 0      # partials are asked for only while this is zero
        self.partials_shed_budget = 0   # the engine's count of partials shed for their CPU budget, last seen
        self._loop: asyncio.AbstractEventLoop | None = None
        self._endings: set[asyncio.Task] = set()
        self.stack: sip.SipStack | None = None
        self._stopped = False
        self.redact_rules = RedactRules.from_config(cfg.redact.keep, cfg.redact.extra_terms)
        self.privacy = CallerPrivacy(caller_key(cfg.state_path), cfg.privacy.caller_number, cfg.privacy.default_region)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        loop = self._loop
        # The health vocabulary, the name lists, the parser and the embedding model take a second or
        # two to build: before the first call, not in it.
        await loop.run_in_executor(None, redact_health.vocabulary)
        await loop.run_in_executor(None, redact_namelists.lists)
        await loop.run_in_executor(None, redact_syntax.parser)
        await loop.run_in_executor(None, redact_everyday.words)
        await loop.run_in_executor(None, redact_health_sense.embedder)
        self.stack = sip.SipStack(self.cfg.sip, lambda msg: loop.call_soon_threadsafe(self.dispatch, msg),
                                  dropout_s=self.cfg.detect.audio_dropout_s, refuse=self.refusal)
        await loop.run_in_executor(None, self.stack.start)
        if not rxport.LEGACY:
            loop.call_later(rxport.DRAIN_MS / 1000, self._drain_frames)

    def _drain_frames(self) -> None:
        """Every call's frames since the last drain (sip/rxport.py): the loop fetches them on its own
        clock instead of being woken by the media thread for each."""
        if self.stack is None or self._stopped:
            return
        self._loop.call_later(rxport.DRAIN_MS / 1000, self._drain_frames)
        frames = self.stack.take_frames()
        if frames:
            now = time.monotonic()
            self.metrics.frame_batches.inc()
            for frame in frames:
                self._frame(frame, now)

    def refusal(self) -> str | None:
        """Why a new INVITE gets 503 + Retry-After now: no room to store it, or an ASR engine that
        cannot serve another call within budget (restarting or saturated). None: take it."""
        return self.space.refusal() or self.engine.refusal()

    async def stop(self, drain_s: float = 5.0) -> None:
        """Hangs up every call (reason shutdown), waits for their timelines to close."""
        if self.stack is None:
            return
        for key in list(self.sessions):
            self.stack.hangup(key, ev.END_SHUTDOWN)
        deadline = time.monotonic() + drain_s
        while (self.sessions or self._endings) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for key, session in list(self.sessions.items()):  # the stack never reported these
            await session.end(ev.END_SHUTDOWN)
            self.sessions.pop(key, None)
        self._stopped = True
        await self._loop.run_in_executor(None, self.stack.stop)

    def prompt(self, text: str) -> str | None:
        """The WAV of a fixed prompt; None when TTS is off (or the prompt could not be made)."""
        if self.prompts is None:
            return None
        path = self.prompts.get(text)
        if path is None:
            log.warning("prompt %r was not synthesised at start-up: not played", text[:40])
        return path

    def reply_audio(self, text: str) -> str | None:
        """A fixed prompt's WAV; STREAMED for other text (synthesised while it plays); None: TTS off."""
        if self.prompts is None:
            return None
        return self.prompts.get(text) or STREAMED

    def prompt_pcm(self, wav_path: str) -> bytes:
        """A cached prompt's samples, read once: fixed prompts are few and played on every call."""
        pcm = self._pcm.get(wav_path)
        if pcm is None:
            pcm = self._pcm[wav_path] = read_wav(Path(wav_path)).tobytes()
        return pcm

    @property
    def asr_idle(self) -> bool:
        return self._finals_in_flight == 0

    async def transcribe(self, audio: np.ndarray, kind: str = "final", call_id: str = "") -> Transcript | None:
        """A final's transcript; for a partial, None when the engine shed it under load."""
        if kind == "final":
            self._finals_in_flight += 1
        try:
            transcript = await self.engine.transcribe(audio, kind, call_id)
        finally:
            if kind == "final":
                self._finals_in_flight -= 1
        self.metrics.engine_queue.set(self.engine.queue_depth)
        self.metrics.partial_interval.set(max(self.cfg.asr.partial_interval_ms, self.engine.partial_interval_ms)
                                          / 1000)
        if transcript is None:
            self.metrics.partials_shed.inc()
            # The engine's own count (all workers' partials), for this worker's status file (bench sipload).
            self.partials_shed_budget = self.engine.shed.get("budget", 0)
        elif kind == "final":
            self.metrics.asr_queue.observe(transcript.queue_ms / 1000)
            if transcript.redecoded:
                self.metrics.asr_redecoded.inc()
        return transcript

    def _frame(self, msg: sip.Frame, now: float) -> None:
        session = self.sessions.get(msg.key)
        if session is None or session.ended:
            self.metrics.frames_after_end.inc()
            return
        if now - msg.t_monotonic > LATE_FRAME_S:
            self.metrics.frames_late.inc()
            return
        self.metrics.frames.inc(len(msg.pcm) // FRAME_BYTES)
        session.frame(msg.pcm, msg.t_monotonic)

    def call_services(self) -> CallServices:
        """What a new call gets from this worker (built per call from the worker's current parts)."""
        return CallServices(
            cfg=self.cfg, store=self.store, stack=self.stack, engine=self.engine, metrics=self.metrics,
            dnc=self.dnc, tickets=self.tickets, privacy=self.privacy, redact_rules=self.redact_rules,
            greeting_path=self.greeting_path, prompt=self.prompt, reply_audio=self.reply_audio,
            prompt_pcm=self.prompt_pcm, transcribe=self.transcribe, asr_idle=lambda: self.asr_idle,
            on_event=self.on_event)

    def dispatch(self, msg: object) -> None:
        if isinstance(msg, sip.Frame):              # the per-frame path (rxport.LEGACY)
            self.metrics.frame_batches.inc()
            self._frame(msg, time.monotonic())
        elif isinstance(msg, sip.Incoming):
            session = self.sessions[msg.key] = CallSession(self.call_services(), msg)
            self.engine.call_up(session.call_id)     # its place is held from now on, spoken or not
            self.metrics.calls_total.inc()
            self._changed()
        elif isinstance(msg, sip.Rejected):
            self.metrics.refused(msg.status_code, msg.reason)
            log.warning("INVITE from %s refused with %d: %s", self.privacy.uri(msg.from_uri), msg.status_code,
                        msg.reason)
        elif isinstance(msg, sip.Answered):
            if msg.key in self.sessions:
                self.sessions[msg.key].answered(msg.codec)
        elif isinstance(msg, sip.Dtmf):
            if msg.key in self.sessions:
                self.sessions[msg.key].dtmf(msg.digit)
                self.metrics.dtmf.inc()
        elif isinstance(msg, sip.RtpState):
            if msg.key in self.sessions:
                self.sessions[msg.key].rtp_state(msg.flowing, msg.since_monotonic)
        elif isinstance(msg, sip.ReferSent):
            if msg.key in self.sessions:
                self.sessions[msg.key].refer_sent(msg.t_monotonic)
        elif isinstance(msg, sip.TransferStatus):
            if msg.key in self.sessions:
                self.sessions[msg.key].transfer_status(msg.status_code, msg.reason, msg.final)
        elif isinstance(msg, sip.PromptDone):
            if msg.key in self.sessions:
                self.sessions[msg.key].prompt_done(msg.prompt_id)
        elif isinstance(msg, sip.Ended):
            session = self.sessions.get(msg.key)
            if session is not None:
                task = asyncio.ensure_future(self._end(session, msg))
                self._endings.add(task)
                task.add_done_callback(self._endings.discard)

    async def _end(self, session: CallSession, msg: sip.Ended) -> None:
        try:
            await session.end(msg.reason, msg.status_code)
        finally:
            self.engine.call_down(session.call_id)
            # pjsua2 reuses call slots: the key is free only once this session is gone.
            if self.sessions.get(msg.key) is session:
                del self.sessions[msg.key]
            self._changed()

    def on_event(self, session: CallSession, event: CallEvent) -> None:
        """Metrics read from the call's stored events, outside the call logic."""
        if event.kind == ev.UTTERANCE_FINAL:
            self.metrics.utterances.inc()
            self.metrics.final_latency.observe(event.body["latency_ms"] / 1000)
        elif event.kind == ev.TTS_END and "tts_first_frame_ms" in event.body:
            self.metrics.tts_first_frame.observe(event.body["tts_first_frame_ms"] / 1000)
        elif event.kind == ev.FLAG:
            self.metrics.flags.labels(str(event.body.get("type", ""))).inc()
        elif event.kind == ev.ROUTE:
            self.metrics.routes.labels(str(event.body.get("action", ""))).inc()
        elif event.kind == ev.TRANSFER:
            self.metrics.transfers.labels(str(event.body.get("result", ""))).inc()
        elif event.kind == ev.TICKET:
            self.metrics.tickets.labels(str(event.body.get("result", ""))).inc()

    def _changed(self) -> None:
        self.metrics.calls_active.set(len(self.sessions))
        self.on_change()

    def _storage_lost(self, call_id: str) -> None:
        """The call's events no longer fit in the state dir: hang it up rather than carry it on unrecorded.
        Deferred: a failed call.start comes from inside the session's constructor."""
        def hang_up() -> None:
            for key, session in self.sessions.items():
                if session.call_id == call_id and self.stack is not None:
                    self.stack.hangup(key, ev.END_STORAGE_FULL)
        self._loop.call_soon(hang_up)

    def calls(self) -> list[dict]:
        return [s.summary() for s in self.sessions.values()]
