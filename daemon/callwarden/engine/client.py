"""A worker's connection to the engine: requests by id, replies as futures, reconnects by itself.

When the engine restarts, finals, prefixes and TTS requests in flight are sent
again once it is back; partials in flight are simply dropped (a newer one follows).
Calls stay up meanwhile: their transcripts arrive late, not never.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from pathlib import Path

import numpy as np

from callwarden.engine import protocol
from callwarden.engine.batching import FINAL, PARTIAL
from callwarden.engine.transcriber import Transcript

log = logging.getLogger("callwarden.engine")

RECONNECT_MIN_S, RECONNECT_MAX_S = 0.1, 2.0


class EngineUnavailable(Exception):
    pass


class EngineClient:
    def __init__(self, socket_path: Path, final_timeout_s: float = 60.0) -> None:
        self.socket_path = Path(socket_path)
        self.final_timeout_s = final_timeout_s
        self.info: dict = {}                       # the engine's hello: model, device, compute_type
        self.connected = asyncio.Event()
        self.queue_depth = 0
        self.saturated: str | None = None          # the engine's word: why new calls should be refused
        # The engine's word on the places left for talking calls (None: no limit), less the calls this
        # worker admitted since: two INVITEs here between its words cannot both take the last place.
        self.room: int | None = None
        self._calls: set[str] = set()              # this worker's calls up, told to the engine
        self.partial_interval_ms = 0               # the engine's word: ask partials no more often (0: no word)
        self.reconnects = 0
        self.shed: dict[str, int] = {}             # partials the engine shed, by its reason
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[dict, asyncio.Future]] = {}
        self._streams: dict[int, tuple[dict, asyncio.Queue]] = {}   # streamed syntheses in flight
        self._writer: asyncio.StreamWriter | None = None

    async def run(self, stopping: asyncio.Event) -> None:
        """Keeps a connection up until `stopping` is set."""
        delay_s = RECONNECT_MIN_S
        while not stopping.is_set():
            try:
                reader, writer = await asyncio.open_unix_connection(str(self.socket_path))
                hello = await asyncio.wait_for(protocol.read(reader), 10)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, protocol.ProtocolError):
                await _sleep_or_stop(stopping, delay_s)
                delay_s = min(RECONNECT_MAX_S, delay_s * 2)
                continue
            delay_s = RECONNECT_MIN_S
            self.info, self._writer = hello, writer
            self._load(protocol.Hello.from_message(hello))
            # The engine (a new one, or one that let this connection's calls go) holds no place for
            # the calls still up here: they take theirs again.
            for call_id in self._calls:
                writer.write(protocol.encode(protocol.CallUp(call_id).to_message()))
                self._took_place()
            for request, _ in self._waiting.values():    # finals and TTS asked while it was away
                writer.write(protocol.encode(request))
            for request, replies in self._streams.values():
                writer.write(protocol.encode(request))
            self.connected.set()
            try:
                reading = asyncio.ensure_future(self._read_replies(reader))
                stop_wait = asyncio.ensure_future(stopping.wait())
                await asyncio.wait([reading, stop_wait], return_when=asyncio.FIRST_COMPLETED)
                reading.cancel()
                stop_wait.cancel()
            finally:
                self.connected.clear()
                self._writer = None
                writer.close()
            if not stopping.is_set():
                self.reconnects += 1
                log.error("lost the ASR engine; reconnecting (finals in flight are kept)")
                self._drop_partials()
                self._drop_streams()

    async def _read_replies(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                reply = await protocol.read(reader)
                if reply.get("kind") == protocol.Load.KIND:     # pushed by the engine when saturation changes
                    self._load(protocol.Load.from_message(reply))
                    continue
                if reply.get("id") in self._streams:
                    self._streams[reply["id"]][1].put_nowait(reply)
                    if reply.get("done") or not reply.get("ok"):
                        del self._streams[reply["id"]]
                    continue
                request_future = self._waiting.pop(reply.get("id"), None)
                if "queue" in reply:
                    self.queue_depth = reply["queue"]
                if request_future and not request_future[1].done():
                    request_future[1].set_result(reply)
        except (asyncio.IncompleteReadError, ConnectionError, protocol.ProtocolError):
            return

    def _load(self, word: "protocol.Hello | protocol.Load") -> None:
        self.saturated = word.saturated
        self.partial_interval_ms = int(word.partial_interval_ms or 0)
        self.room = word.room

    def refusal(self) -> str | None:
        """Why a new call should be refused now, or None. Read from the SIP thread: plain attributes only."""
        if not self.connected.is_set():
            return "the ASR engine is restarting"
        if self.saturated:
            return self.saturated
        if self.room is not None and self.room <= 0:
            return "no place left for another talking call ([asr] max_talking_calls)"
        return None

    def _took_place(self) -> None:
        if self.room is not None:
            self.room = max(0, self.room - 1)

    def call_up(self, call_id: str) -> None:
        """A call was admitted here: it holds one of the engine's places until call_down."""
        self._calls.add(call_id)
        self._took_place()
        if self._writer is not None:
            self._writer.write(protocol.encode(protocol.CallUp(call_id).to_message()))

    def call_down(self, call_id: str) -> None:
        """A call ended: its place is free (the engine says so to every worker)."""
        if call_id not in self._calls:
            return
        self._calls.discard(call_id)
        if self._writer is not None:
            self._writer.write(protocol.encode(protocol.CallDown(call_id).to_message()))

    def _drop_partials(self) -> None:
        for rid, (request, future) in list(self._waiting.items()):
            if request["kind"] == PARTIAL:
                del self._waiting[rid]
                future.set_result(protocol.Shed().to_message(rid))

    def _drop_streams(self) -> None:
        """A stream cut by an engine restart ends here: half a prompt is not sent twice."""
        for rid, (_, replies) in list(self._streams.items()):
            if replies.qsize() or replies.started:
                del self._streams[rid]
                replies.put_nowait(protocol.Failed("engine restarted mid-prompt").to_message(rid))

    async def _ask(self, request: dict, timeout_s: float) -> dict:
        rid = next(self._ids)
        request = {"id": rid, **request}
        future = asyncio.get_running_loop().create_future()
        self._waiting[rid] = (request, future)
        if self._writer is not None:
            self._writer.write(protocol.encode(request))
        try:
            return await asyncio.wait_for(future, timeout_s)
        except asyncio.TimeoutError:
            raise EngineUnavailable(f"no answer from the ASR engine within {timeout_s:.0f} s") from None
        finally:
            self._waiting.pop(rid, None)

    async def transcribe(self, audio: np.ndarray, kind: str = FINAL, call_id: str = "") -> Transcript | None:
        """The transcript; None when a partial was shed (or the engine is away)."""
        if kind == PARTIAL and not self.connected.is_set():
            return None
        request = protocol.Transcribe(kind, call_id, np.ascontiguousarray(audio, dtype="<f4").tobytes())
        reply = protocol.parse_reply(kind, await self._ask(request.to_message(), self.final_timeout_s))
        if isinstance(reply, protocol.Shed):
            why = reply.why or "queue"
            self.shed[why] = self.shed.get(why, 0) + 1
            return None
        if isinstance(reply, protocol.Failed):
            raise EngineUnavailable(reply.error)
        return Transcript(reply.text, reply.confidence, reply.decode_ms, reply.queue_ms, reply.batch, reply.redecoded,
                          evidence=reply.evidence, settled_text=reply.settled_text, settled_s=reply.settled_s)

    async def synthesize(self, text: str, timeout_s: float = 30.0) -> str:
        reply = protocol.parse_reply(protocol.Tts.KIND, await self._ask(protocol.Tts(text).to_message(), timeout_s))
        if isinstance(reply, protocol.Failed):
            raise EngineUnavailable(reply.error)
        return reply.wav

    async def synthesize_stream(self, text: str, timeout_s: float = 30.0):
        """Yields the prompt's audio (int16 8 kHz bytes) sentence by sentence as the engine makes it.
        Leaving the loop early (barge-in) tells the engine to stop synthesising the rest."""
        rid = next(self._ids)
        request = {"id": rid, **protocol.TtsStream(text).to_message()}
        replies = _Replies()
        self._streams[rid] = (request, replies)
        if self._writer is not None:
            self._writer.write(protocol.encode(request))
        done = False
        try:
            while not done:
                try:
                    reply = await asyncio.wait_for(replies.get(), timeout_s)
                except asyncio.TimeoutError:
                    raise EngineUnavailable(f"no audio from the engine within {timeout_s:.0f} s") from None
                replies.started = True
                sentence = protocol.parse_reply(protocol.TtsStream.KIND, reply)
                if isinstance(sentence, protocol.Failed):
                    raise EngineUnavailable(sentence.error)
                done = bool(sentence.done)
                yield sentence.pcm
        finally:
            if self._streams.pop(rid, None) is not None and self._writer is not None and not done:
                self._writer.write(protocol.encode(protocol.TtsCancel(rid).to_message()))


class _Replies(asyncio.Queue):
    started = False      # a reply has been taken: the stream cannot be asked again from the start


async def _sleep_or_stop(stopping: asyncio.Event, delay_s: float) -> None:
    try:
        await asyncio.wait_for(stopping.wait(), delay_s)
    except asyncio.TimeoutError:
        pass
