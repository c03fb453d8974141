"""A call's speech to text: partials while the caller talks, a speculative final from the first
silence, prefixes of long turns, and the final at the endpoint.

Mixed into CallSession (call/session.py), whose frames drive it. What goes to the engine:
- partials: the last PARTIAL_TAIL_S of the turn, every partial interval of new speech
  (the configured one, or the engine's longer one while partials are over their CPU
  budget), one at a time per call, none while the worker waits for a final;
- prefixes (engine/prefix.py): once a turn has `[asr] long_turn_commit_s` not yet decoded,
  its audio up to a pause, decoded while the caller goes on;
- the final: only the turn's tail after the last prefix, decoded early from the first
  TRAILING_PAD_MS of silence (speculatively) and confirmed at the endpoint; the final's
  text is the prefixes' text followed by the tail's.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from callwarden.audio.endpointer import TRAILING_PAD_MS, Utterance
from callwarden.bodies import UtterancePartial
from callwarden.detect.voice import VoiceMeter
from callwarden.engine.prefix import LongTurnCutter, join_pieces, merge_evidence
from callwarden.engine.transcriber import Transcript

log = logging.getLogger("callwarden.call")

RATE_HZ = 16000
PARTIAL_TAIL_S = 4        # a partial decodes at most the last 4 s of the utterance
MIN_UTTERANCE_MS = 250      # shorter bursts (clicks, coughs) are not worth a decode


@dataclass
class _Guess:
    """A speculative final: the utterance as it would end at `speech_end_ms`, decoded from `cut`."""
    serial: int
    speech_end_ms: int
    cut: int
    decode: asyncio.Future


class CallAsr:
    """State and steps of one call's transcription (self is the CallSession)."""

    def _init_asr(self) -> None:
        self._finals: list[asyncio.Task] = []       # transcriptions of finished utterances
        self._partial_due_ms = 0                   # utterance_ms at which the next partial is due
        self._partial_running = False
        self._speculative: _Guess | None = None
        self._voice = VoiceMeter()                 # the current utterance's loudness and pitch, so far
        self._utterance_serial = 0                 # tells a late partial from the current utterance
        self._cutter = LongTurnCutter(self.services.cfg.asr.long_turn_commit_s)
        self._prefixes: list[asyncio.Future] = []  # decodes of the current turn's prefixes, in order
        self._settled: set[asyncio.Future] = set()  # those whose last segment went back to the next piece

    def _watch_pause(self, silence_ms: int, speech_end_ms: int) -> None:
        """Called after each 20 ms chunk with what the endpointer said before it: a pause inside the
        turn that speech just ended is where a long turn can be cut."""
        self._cutter.watch(self.endpointer, silence_ms, speech_end_ms)

    def _asr_step(self) -> None:
        """Once per batch of frames: partial, prefix and speculative decodes as they fall due."""
        if not self.endpointer.in_speech:
            self._cutter.due(self.endpointer)       # forgets a pause: the turn is over
            return
        if self.services.cfg.asr.partials:
            self._maybe_partial()
        self._maybe_commit()
        self._maybe_speculate()

    def _utterance_done(self, utt: Utterance) -> None:
        self._utterance_serial += 1
        self._partial_due_ms = 0
        cut, prefixes = self._cutter.prefix.settled, self._prefixes
        settled = [f in self._settled for f in prefixes]
        self._cutter.reset()
        self._prefixes, self._settled = [], set()
        voice, self._voice = self._voice, VoiceMeter()
        self._transcribe(utt, voice, cut, prefixes, settled)

    # ---- partials ----
    def _maybe_partial(self) -> None:
        """A partial decode every partial interval of new speech, only while the decoder is idle:
        finals are never queued behind partials, and under load partials are the ones shed."""
        speech_ms = self.endpointer.utterance_ms
        interval_ms = max(self.services.cfg.asr.partial_interval_ms, self.services.engine.partial_interval_ms)
        if self._partial_due_ms == 0:
            self._partial_due_ms = interval_ms
        if speech_ms < self._partial_due_ms or self._partial_running or not self.services.asr_idle():
            return
        self._partial_due_ms = speech_ms + interval_ms
        self._partial_running = True
        t_start_ms = self.endpointer.utterance_start_ms
        # The last few seconds only: earlier words were in earlier partials, and a partial's
        # cost grows with its length while finals may be waiting behind it.
        audio = self.endpointer.current_audio()[-PARTIAL_TAIL_S * RATE_HZ:]
        window_start_ms = max(t_start_ms, t_start_ms + speech_ms - PARTIAL_TAIL_S * 1000)
        task = asyncio.ensure_future(self._partial(audio, window_start_ms, t_start_ms + speech_ms,
                                                   self._utterance_serial))
        task.add_done_callback(lambda _: setattr(self, "_partial_running", False))

    async def _partial(self, audio, t_start_ms: int, t_end_ms: int, serial: int) -> None:
        try:
            transcript = await self.services.transcribe(audio, "partial", self.call_id)
        except Exception as e:
            log.warning("partial transcription failed: %s", e, extra=self.log_extra)
            return
        if transcript is None or self.ended or serial != self._utterance_serial or not transcript.text:
            return      # the utterance's final is already on its way: this hypothesis is stale
        # Partials stay in memory: only flags they cause are stored, with redacted evidence.
        redacted = self.redactor.preview(transcript.text, t_start_ms, t_end_ms)
        body = UtterancePartial(redacted.text, t_start_ms, t_end_ms, round(transcript.confidence, 3),
                                [r.to_dict() for r in redacted.records])
        partial = self.clock.event(body.KIND, body.LEG, body.to_body())
        self.services.metrics.partials.inc()
        if not redacted.failed:
            self._record_all(self.analysis.feed(partial, self.clock.now_ms(), heard=transcript.text))

    # ---- long turns ----
    def _maybe_commit(self) -> None:
        """A long turn's settled part goes to the engine at a pause (or, failing one, at the quietest
        moment of the last second), while the caller keeps talking."""
        ep = self.endpointer
        cut = self._cutter.due(ep)
        if cut is None:
            return
        audio = ep.current_audio()[cut[0]:cut[1]]
        future = asyncio.ensure_future(self.services.transcribe(audio, "prefix", self.call_id))
        serial = self._utterance_serial

        def settle(f: asyncio.Future) -> None:
            """The prefix's last segment goes back to the next piece, if nothing was cut after it yet."""
            if f.cancelled() or f.exception() or serial != self._utterance_serial:
                return          # a failed prefix is read (and handled) at the final
            t = f.result()
            if t.settled_s is not None and self._cutter.prefix.settle(cut[0], cut[1], int(t.settled_s * RATE_HZ)):
                self._settled.add(f)
        future.add_done_callback(settle)
        self._prefixes.append(future)
        self.services.metrics.long_turn_prefixes.inc()

    # ---- finals ----
    def _maybe_speculate(self) -> None:
        """Once the trailing pad of silence is in, decode the utterance as it would end now: if the
        caller stays quiet until the endpoint, that decode is the final, ready or nearly so."""
        ep = self.endpointer
        if ep.silence_ms < TRAILING_PAD_MS or ep.silence_ms >= self.services.cfg.audio.endpoint_silence_ms:
            return
        spec = self._speculative
        if spec and spec.serial == self._utterance_serial and spec.speech_end_ms == ep.last_speech_end_ms:
            return                      # already decoding this very audio
        cut = self._cutter.prefix.settled
        audio = ep.audio_if_ended_now()
        decode = asyncio.ensure_future(self.services.transcribe(audio[cut:], "final", self.call_id))
        decode.add_done_callback(lambda f: f.cancelled() or f.exception())  # a discarded guess's error is nobody's
        # Loudness and pitch (the frustration detector weighs them) of the turn so far, so the final
        # finds them nearly measured.
        measured = asyncio.get_running_loop().run_in_executor(None, self._voice.measure, audio)
        measured.add_done_callback(lambda f: f.cancelled() or f.exception())  # the final measures again
        self._speculative = _Guess(self._utterance_serial, ep.last_speech_end_ms, cut, decode)

    def _transcribe(self, utt: Utterance, voice: VoiceMeter, cut: int = 0, prefixes: list | None = None,
                    settled: list[bool] | None = None) -> None:
        if utt.t_end_ms - utt.t_start_ms < MIN_UTTERANCE_MS:
            return
        spec, self._speculative = self._speculative, None
        guess = (spec if spec and spec.serial == self._utterance_serial - 1 and spec.speech_end_ms == utt.t_end_ms
                 and spec.cut == cut else None)
        task = asyncio.ensure_future(self._final(utt, voice, guess, cut, prefixes or [], settled or []))
        self.pending.append(task)
        self._finals.append(task)

    async def _decode_turn(self, utt: Utterance, guess: _Guess | None, cut: int,
                           prefixes: list, settled: list[bool]) -> tuple[Transcript | None, bool]:
        """The turn's transcript and whether the speculative decode gave it: its prefixes' decodes (a
        settled one's text up to its last segment, which the next piece decoded again) and its tail's;
        the whole turn again should a prefix have failed (an engine restart answers a prefix with an
        error, not a text)."""
        tail_audio = utt.audio[cut:] if prefixes else utt.audio
        transcript = None
        if guess is not None:
            try:
                transcript = await guess.decode
                self.services.metrics.speculative_used.inc()
            except Exception:
                transcript = None
        speculative = transcript is not None
        if transcript is None:
            transcript = await self.services.transcribe(tail_audio, "final", self.call_id)
        if not prefixes:
            return transcript, speculative
        try:
            parts = [await p for p in prefixes]
        except Exception as e:
            log.warning("a long turn's prefix failed (%s): decoding the whole turn", e, extra=self.log_extra)
            return await self.services.transcribe(utt.audio, "final", self.call_id), False
        moved = [m and p.settled_text is not None for p, m in zip(parts, settled + [False] * len(parts))]
        text = join_pieces([p.settled_text if m else p.text for p, m in zip(parts, moved)] + [transcript.text], moved)
        pieces = parts + [transcript]
        evidence = merge_evidence([p.evidence for p in pieces], text)
        if evidence is not None:
            evidence["prefixes"] = len(parts)
        confidence = min(p.confidence for p in pieces if p.text.strip()) if text else transcript.confidence
        self.services.metrics.long_turn_finals.inc()
        return Transcript(text, confidence, transcript.decode_ms, queue_ms=transcript.queue_ms, batch=transcript.batch,
                          redecoded=any(p.redecoded for p in pieces), evidence=evidence), speculative

    async def _final(self, utt: Utterance, meter: VoiceMeter, guess: _Guess | None = None, cut: int = 0,
                     prefixes: list | None = None, settled: list[bool] | None = None) -> None:
        since_endpoint = lambda: max(0, self.clock.now_ms() - utt.t_endpoint_ms)   # noqa: E731 (as latency_ms)
        started_ms = since_endpoint()

        async def decode() -> tuple[Transcript | None, bool, int]:
            transcript, speculative = await self._decode_turn(utt, guess, cut, prefixes or [], settled or [])
            return transcript, speculative, since_endpoint()

        turn = asyncio.ensure_future(decode())
        # Loudness and pitch: what the speculative finals left unmeasured, measured beside the decode.
        voice = await asyncio.to_thread(meter.measure, utt.audio)
        voice_ms = since_endpoint()
        transcript, speculative, ready_ms = await turn
        if transcript is None or not transcript.text:
            return
        timing = final_timing(transcript, speculative, started_ms, ready_ms, voice_ms, len(prefixes or []))
        await self._finished_turn(utt, transcript, voice, timing)


def final_timing(transcript: Transcript, speculative: bool, started_ms: int, ready_ms: int, voice_ms: int,
                 prefixes: int) -> dict:
    """Where a final's latency went, for finding a tail's cause from the stored timeline (figures only,
    so it is stored and synced with the turn). Times are ms after the endpoint: the final's task started
    (frames are handled in batches, so a little late), its transcript was in hand, its voice measure
    was; queue and decode are the engine's for the decode that gave the tail (a speculative one may
    have run before the endpoint)."""
    return {"started_ms": started_ms, "ready_ms": ready_ms, "voice_ms": voice_ms,
            "queue_ms": round(transcript.queue_ms), "decode_ms": round(transcript.decode_ms),
            "batch": transcript.batch, "speculative": speculative, "redecoded": transcript.redecoded,
            "prefixes": prefixes}
