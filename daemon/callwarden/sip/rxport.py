"""Caller audio from pjmedia to asyncio, in batches.

Per call and per 20 ms frame the old path made pjmedia's clock thread call into
Python, copy the frame, and wake the event loop (a write to its self-pipe, a
thread switch) to handle that one frame. Now:
- each call's receiving port is created with RX_FRAME_MS frames: the conference
  bridge, in C, gathers two 20 ms frames and calls Python once for both;
- frames of every call go into one mailbox that the event loop empties every
  DRAIN_MS (Worker._drain_frames): the clock thread never wakes the loop. Waking
  it (call_soon_threadsafe: a write to its self-pipe, a thread switch, the GIL
  handed over) was most of what a frame cost the worker (py-spy: _write_to_self
  was the busiest line of a worker with four calls).
CALLWARDEN_MEDIA=per-frame brings back the old path (20 ms ports, one hand-over per
frame): `callwarden bench sipload --media per-frame` compares the two in one run.
Batching delays caller audio by at most RX_FRAME_MS - 20 ms plus DRAIN_MS; the
endpoint's time is the frame's own arrival, so that delay is inside the measured
endpoint -> final latency.
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
DRAIN_MS = 20


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
