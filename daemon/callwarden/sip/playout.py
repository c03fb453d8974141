"""Prompt audio into a call, 20 ms at a time, through one media port per call.

A PromptStream is filled from asyncio (a cached prompt at once, a synthesised
one sentence by sentence) and drained by pjmedia's clock thread asking the
port for its next frame. Neither side blocks the other: a short lock guards a
byte buffer. The first frame handed over is timestamped, which is the
"first audio on the wire" moment of a prompt.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Callable

import pjsua2 as pj

from callwarden.sip.framebuf import fill_frame

FRAME_BYTES = 320        # 20 ms of 16-bit mono at 8 kHz


class PromptStream:
    def __init__(self, prompt_id: int) -> None:
        self.prompt_id = prompt_id
        self._lock = threading.Lock()
        self._pcm = bytearray()
        self._complete = False
        self.stopped = False
        self.first_frame_monotonic: float | None = None
        self.played_bytes = 0
        self.audio = bytearray()      # everything pushed, kept for the call recording

    def push(self, pcm: bytes) -> None:
        with self._lock:
            if not self.stopped:
                self._pcm += pcm
                self.audio += pcm

    def finish(self) -> None:
        """No more audio will come: the prompt ends once what is buffered has played."""
        with self._lock:
            self._complete = True

    def stop(self) -> None:
        """Silence from the next frame on; what was not played yet is dropped."""
        with self._lock:
            self.stopped = True
            self._pcm.clear()

    def next_frame(self) -> tuple[bytes | None, bool]:
        """(a frame or None while waiting for audio, whether the prompt is over)."""
        with self._lock:
            if self.stopped:
                return None, True
            if len(self._pcm) >= FRAME_BYTES or (self._complete and self._pcm):
                frame = bytes(self._pcm[:FRAME_BYTES]).ljust(FRAME_BYTES, b"\0")
                del self._pcm[:FRAME_BYTES]
                if self.first_frame_monotonic is None:
                    self.first_frame_monotonic = time.monotonic()
                self.played_bytes += FRAME_BYTES
                return frame, False
            return None, self._complete


class PromptPort(pj.AudioMediaPort):
    """Transmits the call's prompts in order; reports each one that played out or was stopped."""

    def __init__(self, on_over: Callable[[PromptStream], None]) -> None:
        super().__init__()
        self._on_over = on_over
        self._lock = threading.Lock()
        self._queue: deque[PromptStream] = deque()

    def add(self, stream: PromptStream) -> None:
        with self._lock:
            self._queue.append(stream)

    def clear(self) -> None:
        """Forgets every queued prompt: the port is handed to the slot's next call."""
        with self._lock:
            self._queue.clear()

    def onFrameRequested(self, frame: "pj.MediaFrame") -> None:  # pjmedia clock thread: never blocks
        while True:
            with self._lock:
                stream = self._queue[0] if self._queue else None
            if stream is None:
                frame.type = pj.PJMEDIA_FRAME_TYPE_NONE
                frame.size = 0
                return
            pcm, over = stream.next_frame()
            if pcm is not None:
                frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
                fill_frame(frame, pcm)
                frame.size = len(pcm)
                return
            if not over:             # the next sentence is still being synthesised
                frame.type = pj.PJMEDIA_FRAME_TYPE_NONE
                frame.size = 0
                return
            with self._lock:
                if self._queue and self._queue[0] is stream:
                    self._queue.popleft()
            self._on_over(stream)
