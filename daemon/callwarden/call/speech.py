"""What the agent says on a call: prompts played one at a time (a newer one replaces an
interruptible one, a goodbye or the disclosure waits its turn), replies synthesised sentence by
sentence while they play, and barge-in stopping them. A mixin of CallSession: it shares the
session's state (prompts, recorder, clock) and records through session.record."""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import aclosing

import numpy as np

from callwarden.agent.webhook import WebhookAgent
from callwarden.bodies import BargeIn, TtsEnd, TtsStart
from callwarden.sip.playout import PromptStream

log = logging.getLogger("callwarden.call")

STREAMED = "<streamed>"     # say(): synthesise the text sentence by sentence while it plays


class CallSpeech:
    def say(self, text: str, wav_path: str | None, then=None, interruptible: bool = True, more=None) -> None:
        """Plays a prompt, then runs `then`. A newer prompt replaces one still playing, unless
        that one must not be cut (the disclosure, a goodbye): then it waits its turn."""
        # First-frame latency counts from the reply's text, or for a prompt that had to wait,
        # from when it was free to start.
        known, self._reply_known = self._reply_known, None
        if any(p not in self._interruptible for p in self.prompts):
            self._queued.append((text, wav_path, then, interruptible, more))
            return
        for old in list(self.prompts):
            self._stop_audio(old)
            self.prompt_done(old, interrupted=True)
        if isinstance(self.agent, WebhookAgent):
            self.agent.heard_agent(text)
        if wav_path is None:        # TTS off: act at once
            if then:
                then()
            return
        self._prompt_seq += 1
        prompt_id = self._prompt_seq
        self.prompts[prompt_id] = text
        if interruptible:
            self._interruptible.add(prompt_id)
        if then:
            self._then[prompt_id] = then
        if more is not None:
            self._more[prompt_id] = more
        self.redactor.note_agent_text(text)
        asked = known[1] if known and known[0] == text else time.monotonic()
        self.emit(TtsStart(text, prompt_id, wav_path == STREAMED))
        stream = PromptStream(prompt_id)
        feed = None
        if wav_path == STREAMED:
            feed = asyncio.ensure_future(self._feed(stream, text, more))
        else:
            stream.push(self.services.prompt_pcm(wav_path))
            stream.finish()
        self._streams[prompt_id] = (stream, asked, feed)
        self.services.stack.play(self.key, stream)

    async def _feed(self, stream: PromptStream, text: str, more=None) -> None:
        """Synthesised sentence by sentence: each plays as soon as it exists, the next is made meanwhile.
        `more`: the rest of an answer still being written (a model's, call/turns.py SpokenReply)."""
        try:
            async with aclosing(self.services.engine.synthesize_stream(text)) as sentences:
                async for pcm in sentences:
                    if stream.stopped:
                        break        # closing the stream cancels the rest in the engine
                    stream.push(pcm)
            if more is not None and not stream.stopped:
                await more.rest(stream)
        except Exception as e:
            log.error("reply not synthesised: %s", e, extra=self.log_extra)
        finally:
            stream.finish()

    def _stop_audio(self, prompt_id: int) -> None:
        """Silence from the next 20 ms frame; sentences not synthesised yet never will be."""
        entry = self._streams.get(prompt_id)
        if entry:
            entry[0].stop()
            if entry[2] is not None and not entry[2].done():
                entry[2].cancel()
        self.services.stack.stop_prompt(self.key, prompt_id)

    def prompt_done(self, prompt_id: int, interrupted: bool = False) -> None:
        text = self.prompts.pop(prompt_id, None)
        self._interruptible.discard(prompt_id)
        stream, asked, feed = self._streams.pop(prompt_id, (None, 0.0, None))
        if feed is not None and not feed.done():
            feed.cancel()
        more = self._more.pop(prompt_id, None)
        if more is not None and text is not None:
            text = more.ended(stream, interrupted)     # only what the caller heard counts as said
        if text is not None:
            first_frame_ms = None
            if stream is not None and stream.first_frame_monotonic is not None:
                # Reply text known (or the prompt free to start) -> its first frame handed to the media port.
                first_frame_ms = round((stream.first_frame_monotonic - asked) * 1000, 1)
                if self.recorder:
                    played = np.frombuffer(bytes(stream.audio[:stream.played_bytes]), "<i2")
                    self.recorder.agent_prompt(played, self.clock.ms_at(stream.first_frame_monotonic))
            self.emit(TtsEnd(text, prompt_id, interrupted, first_frame_ms))
        then = self._then.pop(prompt_id, None)
        if then and not interrupted and not self.ended:
            then()
        if self._queued and not self.prompts and not self.ended:
            # Replies that a later one would replace at once are dropped unheard.
            queued, self._queued = self._queued, []
            kept = [q for i, q in enumerate(queued) if i == len(queued) - 1 or not q[3]]
            for q in queued:
                if q not in kept and q[4] is not None:
                    q[4].ended(None, True)     # a model's answer dropped unheard: its stream is closed
            self._queued = kept[1:]
            self.say(*kept[0])

    def _barge_in(self, onset_ms: int) -> None:
        """The caller talks over a reply: stop it now and say so in the timeline."""
        now_ms = self.clock.now_ms()
        for prompt_id in [p for p in self.prompts if p in self._interruptible]:
            self._stop_audio(prompt_id)
            self.emit(BargeIn(prompt_id, onset_ms, max(0, now_ms - onset_ms)))
            self.prompt_done(prompt_id, interrupted=True)
