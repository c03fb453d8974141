"""A worker's connection to the engine: requests by id, replies as futures, reconnects by itself.

When the engine restarts, finals and TTS requests in flight are sent again
once it is back; partials in flight are simply dropped (a newer one follows).
Calls stay up meanwhile: their transcripts arrive late, not never.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from pathlib import Path

import numpy as np

from callwarden.asr import protocol
from callwarden.asr.batching import FINAL, PARTIAL
from callwarden.asr.transcriber import Transcript

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
        self.reconnects = 0
        self._ids = itertools.count(1)
        self._waiting: dict[int, tuple[dict, asyncio.Future]] = {}
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
            for request, _ in self._waiting.values():    # finals and TTS asked while it was away
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

    async def _read_replies(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                reply = await protocol.read(reader)
                request_future = self._waiting.pop(reply.get("id"), None)
                if "queue" in reply:
                    self.queue_depth = reply["queue"]
                if request_future and not request_future[1].done():
                    request_future[1].set_result(reply)
        except (asyncio.IncompleteReadError, ConnectionError, protocol.ProtocolError):
            return

    def _drop_partials(self) -> None:
        for rid, (request, future) in list(self._waiting.items()):
            if request["kind"] == PARTIAL:
                del self._waiting[rid]
                future.set_result({"ok": False, "shed": True})

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
        reply = await self._ask({"kind": kind, "call_id": call_id,
                                 "audio": np.ascontiguousarray(audio, dtype="<f4").tobytes()},
                                self.final_timeout_s)
        if reply.get("shed"):
            return None
        if not reply.get("ok"):
            raise EngineUnavailable(reply.get("error", "engine error"))
        return Transcript(reply["text"], reply["confidence"], reply["decode_ms"], reply.get("queue_ms", 0.0),
                          reply.get("batch", 1))

    async def synthesize(self, text: str, timeout_s: float = 30.0) -> str:
        reply = await self._ask({"kind": "tts", "text": text}, timeout_s)
        if not reply.get("ok"):
            raise EngineUnavailable(reply.get("error", "engine error"))
        return reply["wav"]


async def _sleep_or_stop(stopping: asyncio.Event, delay_s: float) -> None:
    try:
        await asyncio.wait_for(stopping.wait(), delay_s)
    except asyncio.TimeoutError:
        pass
