"""The full-window second decode of a final whose first decode still ran away: off the hot path.

The first decode stops loops itself (engine/transcriber.py), so this fires rarely; when it
does, it must not hold up other calls' finals. It therefore runs on its own thread with
its own replica of the model (tiny.en int8 is ~40 MB; the main replica stays free for
the next batch), one compute thread, at a low CPU priority: Linux keeps niceness per
thread and a thread inherits its creator's, so the replica's worker threads, created
from this thread after it lowered its own priority, stay low too. On a busy box the
looping final waits longer; nobody else does.

`fired` counts second decodes asked for since start (the bench reports it; the daemon's
own counter is callwarden_asr_redecoded_total, from the `redecoded` flag of each final).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("callwarden.asr")

NICE = 10        # below the batch thread's share of the CPU, above nothing else that matters here


class FallbackDecoder:
    def __init__(self, load: Callable[[], Any], decode: Callable[[Any, list], list], nice: int = NICE) -> None:
        self._load = load              # builds the replica (called on the fallback thread)
        self._decode = decode          # (replica, audios) -> transcripts on the full window
        self._nice = nice
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self.fired = 0
        self.nice_applied: int | None = None     # the thread's niceness after lowering it (tests read it)

    def start(self) -> None:
        """Starts the thread and loads the replica (idempotent); the engine calls it at warm-up so
        the first looping final does not pay the load."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="asr-fallback", daemon=True)
                self._thread.start()
        self._ready.wait()

    def submit(self, audios: list, done: Callable[[Any], None]) -> None:
        """Queues a second decode of these audios; `done` gets the transcripts, or the exception,
        on the fallback thread."""
        with self._lock:
            self.fired += len(audios)
        self.start()
        self._jobs.put((audios, done))

    def decode(self, audios: list) -> list:
        """The same, waited for (the bench and the single-utterance path)."""
        finished = threading.Event()
        box: list = []

        def done(result: Any) -> None:
            box.append(result)
            finished.set()
        self.submit(audios, done)
        finished.wait()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def _run(self) -> None:
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self._nice)
        except OSError as e:       # a sandbox without setpriority: still off the batch thread
            log.warning("fallback decoder keeps normal priority: %s", e)
        self.nice_applied = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        try:
            replica = self._load()
        except BaseException as e:
            log.exception("fallback decoder could not load its replica")
            replica, failure = None, e
        else:
            failure = None
        self._ready.set()
        while True:
            audios, done = self._jobs.get()
            try:
                if failure is not None:
                    raise RuntimeError(f"fallback replica unavailable: {failure!r}")
                result = self._decode(replica, audios)
            except Exception as e:        # answered, never raised on this thread: it must live on
                result = e
            done(result)
