"""Caller audio from pjmedia to asyncio, in batches.

Per call and per 20 ms frame the old path made pjmedia's clock thread call into
Python, copy the frame, and wake the event loop (a write to its self-pipe, a
thread switch) to handle that one frame. Now:
- each call's receiving port is created with RX_FRAME_MS frames: the conference
  bridge, in C, gathers two 20 ms frames and calls Python once for both;
- frames of every call go into one mailbox: the first frame into an empty mailbox
  wakes the event loop, the others put before it runs ride along, so a tick that
  delivers four calls' frames costs one wake-up, not four.
CALLWARDEN_MEDIA=per-frame brings back the old path (20 ms ports, one hand-over per
frame): `callwarden bench sipload --media per-frame` compares the two in one run.
Batching delays caller audio by at most RX_FRAME_MS - 20 ms; the endpoint's time is
the frame's own, so that delay is inside the measured endpoint -> final latency.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Callable

import pjsua2 as pj

from callwarden.sip.framebuf import frame_bytes
from callwarden.sip.messages import Frame

LEGACY = os.environ.get("CALLWARDEN_MEDIA", "") == "per-frame"
RX_FRAME_MS = 20 if LEGACY else 40


class FrameBatch:
    """A wake-up of the event loop for the frames in `mailbox` (taken with take())."""

    def __init__(self, mailbox: "FrameMailbox") -> None:
        self.mailbox = mailbox

    def take(self) -> list[Frame]:
        return self.mailbox.take()


class FrameMailbox:
    def __init__(self, emit: Callable[[object], None]) -> None:
        self._emit = emit
        self._lock = threading.Lock()
        self._frames: list[Frame] = []

    def put(self, frame: Frame) -> None:   # pjmedia clock thread
        if LEGACY:
            self._emit(frame)
            return
        with self._lock:
            self._frames.append(frame)
            if len(self._frames) > 1:
                return          # a wake-up is already on its way and will take this one too
        self._emit(FrameBatch(self))

    def take(self) -> list[Frame]:          # event loop
        with self._lock:
            frames, self._frames = self._frames, []
        return frames


class FramePort(pj.AudioMediaPort):
    """A call slot's receiving port: hands the caller's audio to the mailbox."""

    def __init__(self, mailbox: FrameMailbox, key: int) -> None:
        super().__init__()
        self._mailbox, self._key = mailbox, key

    def onFrameReceived(self, frame: "pj.MediaFrame") -> None:  # pjmedia clock thread
        if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size:
            self._mailbox.put(Frame(self._key, frame_bytes(frame.buf), time.monotonic()))


def port_format(frame_ms: int) -> "pj.MediaFormatAudio":
    fmt = pj.MediaFormatAudio()
    fmt.type = pj.PJMEDIA_TYPE_AUDIO
    fmt.clockRate, fmt.channelCount = 8000, 1
    fmt.bitsPerSample, fmt.frameTimeUsec = 16, frame_ms * 1000
    return fmt
