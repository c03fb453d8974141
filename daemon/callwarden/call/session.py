"""One call's pipeline on the asyncio side: frames -> endpointer -> ASR -> timeline.

Everything the call produces becomes a CallEvent stamped by the call's clock
and appended to the timeline store in order.
"""

from __future__ import annotations

import asyncio
import logging
import time

from callwarden import events as ev
from callwarden.agent.bargein import BargeInDetector
from callwarden.agent.factory import make_agent
from callwarden.agent.reply import CONSENT_REFUSED
from callwarden.audio import FRAME_MS
from callwarden.audio.endpointer import Endpointer, Utterance
from callwarden.audio.frames import FrameDecoder
from callwarden.audio.recording import CallRecorder
from callwarden import bodies
from callwarden.bodies import Body, CallAnswer, CallEnd, CallStart, Dtmf, Flag, UtteranceFinal
from callwarden.call.actions import CallActions
from callwarden.call.recognition import CallAsr
from callwarden.call.services import CallServices
from callwarden.call.speech import STREAMED, CallSpeech  # noqa: F401  (STREAMED: the worker's prompt() returns it)
from callwarden.call.turns import DialogTurns
from callwarden.detect.pipeline import CallAnalysis
from callwarden.engine.transcriber import Transcript
from callwarden.events import CallClock, CallEvent
from callwarden.models import sha256_file
from callwarden.redact.redactor import CallRedactor
from callwarden.sip import stack as sip
from callwarden.sip.playout import PromptStream

log = logging.getLogger("callwarden.call")

FRAME_BYTES = 320           # 20 ms of 16-bit PCM at 8 kHz


class CallSession(CallAsr, DialogTurns, CallSpeech, CallActions):
    def __init__(self, services: CallServices, incoming: sip.Incoming) -> None:
        self.services = services
        self.key = incoming.key
        self.clock = CallClock()
        self.call_id = self.clock.call_id
        self.from_uri, self._caller_number = services.privacy.uri(incoming.from_uri), incoming.from_uri  # kept; DNC only
        self.decoder = FrameDecoder()
        self.endpointer = Endpointer(services.cfg.audio)
        self.redactor = CallRedactor(services.redact_rules)
        rec_cfg = services.cfg.recording
        self.recorder = CallRecorder(rec_cfg.max_s) if rec_cfg.enabled else None
        self.muted_ms: list[tuple[int, int]] = []
        self.checked_ms: list[tuple[int, int]] = []    # clean caller turns: all the caller audio kept
        self.analysis = CallAnalysis(services.cfg, self.call_id)
        agent_cfg = services.cfg.agent
        self.agent = make_agent(services.cfg, self.call_id, self.from_uri)
        self.bargein = BargeInDetector(agent_cfg.bargein_min_speech_ms) if agent_cfg.bargein else None
        self.recording_consent = "notified" if agent_cfg.recording_consent == "notify" else "not asked"
        self.pending: list[asyncio.Task] = []
        self._init_asr()
        self.prompts: dict[int, str] = {}
        self._streams: dict[int, tuple[PromptStream, float, asyncio.Task | None]] = {}  # id -> (audio, asked, feed)
        self._reply_known: tuple[str, float] | None = None   # the dialog's reply text and when it was known
        self._then: dict[int, object] = {}         # prompt id -> what to do once it has played
        self._more: dict[int, object] = {}         # prompt id -> the rest of a streamed answer (call/turns.py)
        self._interruptible: set[int] = set()      # prompts the caller may talk over (not the disclosure)
        self._queued: list[tuple] = []             # prompts waiting for one that must not be cut
        self._prompt_seq = 0
        self._asked_if_there = False               # dead air once: asked; twice in a row: ticket and end
        self.handed_off = False                    # the call is leaving the agent (transfer, goodbye)
        self._route_spoke = False                  # a route already answered the current caller turn
        self.transcript: list[dict] = []          # redacted finals, for tickets
        self.transfer_target = ""
        self._keys_waiting: list[tuple[str, int]] = []   # keyed digits waiting for the turn being spoken
        self._escalation_flag_ms: int | None = None    # the flag that started the transfer
        self._refer_sent_ms: int | None = None
        self._transfer_progress: tuple[int, str] | None = None   # last REFER answer / NOTIFY, not final
        self._transfer_recorded = False
        self.answered_at_ms: int | None = None
        self.ended = False
        self.utterances = 0
        self.emit(CallStart(self.from_uri, incoming.to_uri, incoming.sip_call_id,
                            services.privacy.headers(incoming.headers), incoming.codec))

    @property
    def log_extra(self) -> dict:
        return {"CALL_ID": self.call_id}

    def record(self, kind: str, leg: str, body: dict, t_ms: int | None = None, heard: str | None = None) -> CallEvent:
        """Stores an event and what it causes; `heard` (a caller turn's unredacted text) reaches
        the intent rules in memory and is never stored."""
        event = self._store(kind, leg, body, t_ms)
        self._record_all(self.analysis.feed(event, self.clock.now_ms(), heard))
        return event

    def emit(self, body: Body, t_ms: int | None = None, heard: str | None = None) -> CallEvent:
        """record() for a typed body: its kind and leg come with it."""
        return self.record(body.KIND, body.LEG, body.to_body(), t_ms, heard)

    def _record_all(self, produced_events: list[CallEvent]) -> None:
        """Stores flags and routes the analysis produced, and carries out new routes."""
        for produced in produced_events:
            self._store(produced.kind, produced.leg, produced.body, produced.t_ms)
            if produced.kind == ev.FLAG and produced.body["type"] == bodies.CONSENT_REFUSED:
                self.recording_consent, self.recorder = CONSENT_REFUSED, None
            if produced.kind == ev.FLAG and produced.body["type"] == bodies.SILENCE and not self.ended:
                self._dead_air()
            if produced.kind == ev.ROUTE:
                log.info("route: %s (%s)%s", produced.body["action"], produced.body["reason"],
                         " after the caller hung up" if self.ended else "", extra=self.log_extra)
                if self.ended:
                    # The caller's last turn is often transcribed after the BYE (end() waits for
                    # it): what its route decides still counts, less what needs the line.
                    self.act_after_hangup(produced.body)
                else:
                    self.act(produced.body)

    def _store(self, kind: str, leg: str, body: dict, t_ms: int | None = None) -> CallEvent:
        event = self.clock.event(kind, leg, body, t_ms)
        self.services.store.append(event)
        self.services.on_event(self, event)
        return event

    def answered(self, codec: str) -> None:
        self.answered_at_ms = self.emit(CallAnswer(codec)).t_ms
        log.info("call answered (%s)", codec, extra=self.log_extra)
        greeting = self.services.greeting_path
        # The disclosure is never cut short: the caller hears all of it.
        self.say(self.services.cfg.tts.greeting, str(greeting) if greeting else None, then=self._opening,
                 interruptible=False)

    def _opening(self) -> None:
        for text in self.agent.opening():
            if self.services.cfg.agent.recording_consent == "ask":
                self.recording_consent = "asked"
            self.say(text, self.services.prompt(text))

    def frame(self, pcm: bytes, t_monotonic: float) -> None:
        """One or more 20 ms frames of caller audio (the stack hands them over in batches), the last
        of which arrived at t_monotonic: decoded and measured in one go, then judged 20 ms at a time."""
        frames = len(pcm) // FRAME_BYTES
        t_ms = self.clock.ms_at(t_monotonic) - FRAME_MS * frames
        if self.recorder:
            self.recorder.caller_frame(pcm, t_ms)
        ep = self.endpointer
        reply_playing = any(p in self._interruptible for p in self.prompts)
        for chunk in self.decoder.decode_frames(pcm, t_ms):
            silence_ms, speech_end_ms = ep.silence_ms, ep.last_speech_end_ms
            for utt in ep.feed(chunk):
                self._utterance_done(utt)
            self._watch_pause(silence_ms, speech_end_ms)
            if self.bargein is not None:
                onset_ms = self.bargein.feed(chunk.t_ms, ep.last_is_speech, reply_playing)
                if onset_ms is not None:
                    self._barge_in(onset_ms)
                    reply_playing = False
            if self.answered_at_ms is not None:
                self._record_all(self.analysis.frame(chunk.t_ms, ep.in_speech, bool(self.prompts),
                                                     self.clock.now_ms()))
        self._keys_paused(self.clock.now_ms())
        self._asr_step()

    def rtp_state(self, flowing: bool, since_monotonic: float) -> None:
        self._record_all(self.analysis.rtp(flowing, self.clock.ms_at(since_monotonic), self.clock.now_ms()))

    def dtmf(self, digit: str) -> None:
        """A keyed digit. While the caller's turn is still being spoken or transcribed ("I'll type my
        PIN now"), keys wait for it: that turn's context names what they are."""
        t_ms = self.clock.now_ms()
        if self._keys_waiting or not self.ended and self._turn_in_flight():
            self._keys_waiting.append((digit, t_ms))
            if len(self._keys_waiting) == 1:
                self.pending.append(asyncio.ensure_future(self._keys_after_turn()))
            return
        self._record_key(digit, t_ms)

    async def _keys_after_turn(self) -> None:
        await self._after_turn()
        waiting, self._keys_waiting = self._keys_waiting, []
        for digit, t_ms in waiting:
            self._record_key(digit, t_ms)

    def _keys_paused(self, now_ms: int | None) -> None:
        """Keys that paused (or a call that ended) end their entry: one that nothing named is stored as
        a keyless DTMF event carrying the entry's mask, so the call's pii flag is raised
        (redact/redactor.py, entry_ended). Keys still waiting for a turn are not an entry yet."""
        if self._keys_waiting:
            return
        record = self.redactor.entry_ended(now_ms)
        if record:
            self.emit(Dtmf("", [record.to_dict()]), t_ms=record.t_start_ms)

    def _record_key(self, digit: str, t_ms: int) -> None:
        shown, record = self.redactor.dtmf(digit, t_ms)
        if record:
            self.muted_ms.append((t_ms - FRAME_MS * 5, t_ms + FRAME_MS * 5))
        self.emit(Dtmf(shown, [record.to_dict()] if record else []), t_ms=t_ms)

    async def _finished_turn(self, utt: Utterance, transcript: Transcript, voice: dict,
                             timing: dict | None = None) -> None:
        """A caller turn's final transcript (call/recognition.py made it): redacted, stored, answered."""
        # The unredacted text goes no further than this line: only the redacted one is stored.
        redacted = self.redactor.redact(transcript.text, utt.t_start_ms, utt.t_end_ms)
        self.transcript.append({"t_ms": utt.t_start_ms, "text": redacted.text})
        if redacted.records:
            # Word timings inside a turn are estimates: the whole turn is muted in the recording.
            self.muted_ms.append((utt.t_start_ms, utt.t_end_ms))
        else:
            self.checked_ms.append((utt.t_start_ms, utt.t_end_ms))     # audible in the recording
        latency_ms = max(0, self.clock.now_ms() - utt.t_endpoint_ms)
        self.utterances += 1
        self._route_spoke = self._asked_if_there = False
        final = self.emit(UtteranceFinal(
            redacted.text, utt.t_start_ms, utt.t_end_ms, round(transcript.confidence, 3), latency_ms,
            [r.to_dict() for r in redacted.records], voice, transcript.evidence, timing), heard=transcript.text)
        if redacted.failed:
            self.emit(Flag.raised(bodies.REDACTION_FAILED, "critical", 1.0, utt.t_start_ms, utt.t_end_ms,
                                  redacted.text, self.clock.now_ms()))
            log.error("redaction failed; the turn was stored as %s", redacted.text, extra=self.log_extra)
        self.services.metrics.asr_decode.observe(transcript.decode_ms / 1000)
        # Transcript text stays out of logs (and out of journald's CODE_ARGS).
        log.debug("final after %d ms (%d characters)", latency_ms, len(transcript.text), extra=self.log_extra)
        if not (self.ended or self.handed_off or self._route_spoke or redacted.failed):
            await self._agent_turn(final)

    async def end(self, reason: str, status_code: int = 0) -> None:
        """The call is gone: transcribe what the caller said last, then close the timeline."""
        if self.ended:
            return
        self.ended = True
        for utt in self.endpointer.flush(self.clock.now_ms()):
            self._utterance_done(utt)
        for task in self.pending:
            try:
                await task
            except Exception:
                log.exception("transcription failed", extra=self.log_extra)
        self._keys_paused(None)
        for prompt_id in list(self.prompts):
            self.prompt_done(prompt_id, interrupted=True)
        self._transfer_left_open()
        if self.answered_at_ms is not None:       # a call never answered was never routed
            final_route = self.analysis.final_route(self.call_id, self.clock.now_ms())
            self.record(final_route.kind, final_route.leg, final_route.body)
        duration_ms = self.clock.now_ms()
        recording = recording_sha256 = None
        if self.recorder:
            path = self.services.cfg.state_path / "recordings" / f"{self.call_id}.wav"
            try:
                self.recorder.write(path, self.muted_ms, duration_ms, self.checked_ms)
                recording = path.name
                # In the signed chain: a recording synced later proves it is the one made here.
                recording_sha256 = sha256_file(path)
            except OSError as e:
                log.error("recording not written: %s", e.strerror, extra=self.log_extra)
        self.emit(CallEnd(reason, duration_ms, self.recording_consent, recording, recording_sha256,
                          status_code or None))
        log.info("call ended: %s after %d ms, %d utterances", reason, duration_ms, self.utterances,
                 extra=self.log_extra)

    def summary(self) -> dict:
        return {"call_id": self.call_id, "from": self.from_uri, "t_ms": self.clock.now_ms(),
                "utterances": self.utterances, "in_speech": self.endpointer.in_speech}
