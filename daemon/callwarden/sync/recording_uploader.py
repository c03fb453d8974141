"""Uploads queued recordings ([recording] sync) to the receiver, one file at a time.

Runs beside the batch Uploader, with its own backoff, so a long WAV never holds up the
timeline. A recording is sent only if its file still hashes to the sha256 its call.end
put into the signed chain; one deleted by retention before it got through is reported
once and dropped. The receiver answers an upload it already has with 200, so a crash
between its answer and our bookkeeping only means one more PUT of the same bytes.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
import urllib.error
import urllib.request
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from callwarden.config import RecordingConfig, SyncConfig
from callwarden.models import sha256_file
from callwarden.wire import recording as wire
from callwarden.sync.recording_queue import Pending, RecordingQueue
from callwarden.sync.uploader import appliance_name
from callwarden.version import user_agent

log = logging.getLogger("callwarden.sync")

RETRY_MIN_S = 1.0
IDLE_POLL_S = 1.0
# The receiver will not take this recording, ever: the erased call (410), too big (413), or
# a chain whose call.end names other bytes (422). Retrying would only repeat the answer.
REFUSED_FOR_GOOD = {410: "the call was erased at the receiver", 413: "larger than the receiver accepts",
                    422: "the receiver's call.end names another recording"}
RECORDINGS_DIR = "recordings"


class RecordingUploader:
    def __init__(self, cfg: SyncConfig, recording: RecordingConfig, state_dir: Path, key: Ed25519PrivateKey,
                 metrics=None) -> None:
        self.cfg = cfg
        # Both switches, checked here too: with either off, no recording leaves the box.
        self.enabled = cfg.enabled and recording.sync
        self.appliance = appliance_name(cfg)
        self.key = key
        self.directory = Path(state_dir) / RECORDINGS_DIR
        self.queue = RecordingQueue(state_dir)
        self.metrics = metrics
        self._ssl = ssl.create_default_context(cafile=cfg.ca_file or None)

    def step(self) -> str:
        """One recording: 'off', 'idle' (none due), 'sent', 'dropped' (never to be sent) or 'retry'."""
        if not self.enabled:
            return "off"
        now = time.time()
        self._gauge(self.queue.count())
        item = self.queue.next_due(now)
        if item is None:
            return "idle"
        path = self.directory / item.file
        try:
            digest = sha256_file(path)
        except FileNotFoundError:
            log.warning("recording of call %s was deleted (retention) before it could be uploaded: dropped",
                        item.call_id)
            self._finish(item, "recordings_missing")
            return "dropped"
        except OSError as e:
            return self._retry(item, now, f"cannot read {path.name}: {e.strerror}")
        if digest != item.sha256:
            log.error("recording of call %s no longer matches the sha256 in its call.end: not uploaded",
                      item.call_id)
            self._finish(item, "recordings_mismatch")
            return "dropped"
        status, answer = self._put(path, item)
        if status == 200:
            log.info("recording of call %s stored by the receiver", item.call_id)
            self._finish(item, "recordings_uploaded")
            return "sent"
        if status in REFUSED_FOR_GOOD:
            log.error("recording of call %s refused by the receiver (HTTP %d, %s): dropped",
                      item.call_id, status, REFUSED_FOR_GOOD[status])
            self._finish(item, "recordings_refused")
            return "dropped"
        return self._retry(item, now, f"HTTP {status}: {answer[:200]}" if status else answer[:200])

    def _put(self, path: Path, item: Pending) -> tuple[int, str]:
        url = self.cfg.url.rstrip("/") + wire.url_path(self.appliance, item.call_id)
        try:
            with open(path, "rb") as body:
                size = path.stat().st_size
                req = urllib.request.Request(url, data=body, method="PUT", headers={
                    "Content-Type": wire.CONTENT_TYPE, "Content-Length": str(size), "User-Agent": user_agent(),
                    wire.SHA256_HEADER: item.sha256,
                    wire.SIGNATURE_HEADER: wire.sign(self.key, self.appliance, item.call_id, item.sha256)})
                with urllib.request.urlopen(req, timeout=self.cfg.timeout_s, context=self._ssl) as r:
                    return r.status, r.read().decode(errors="replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")
        except (urllib.error.URLError, OSError, TimeoutError) as e:
            return 0, f"receiver unreachable: {getattr(e, 'reason', e)}"

    def _finish(self, item: Pending, counter: str) -> None:
        """Off the queue for good (delivered or never to be sent), counted once."""
        self.queue.remove(item.call_id)
        self._count(counter)

    def _retry(self, item: Pending, now: float, error: str) -> str:
        # Per recording, kept in the database: one that keeps failing waits longer, also after a restart.
        delay = min(RETRY_MIN_S * 2 ** min(item.attempts, 20), self.cfg.retry_max_s) * random.uniform(0.8, 1.2)
        self.queue.postpone(item.call_id, now + delay, error)
        self._count("recording_errors")
        log.warning("recording of call %s not uploaded (%s); next try in %.0f s", item.call_id, error, delay)
        return "retry"

    def _count(self, name: str) -> None:
        if self.metrics:
            getattr(self.metrics, name).inc()

    def _gauge(self, waiting: int) -> None:
        if self.metrics:
            self.metrics.recordings_waiting.set(waiting)

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        delay = RETRY_MIN_S
        try:
            while self.enabled and not stop.is_set():
                try:
                    result = await loop.run_in_executor(None, self.step)
                except Exception:
                    log.exception("recording upload step failed")
                    result = "retry"
                if result in ("sent", "dropped"):
                    delay = RETRY_MIN_S
                    continue
                if result == "retry":
                    # The receiver is away or refusing: pause all uploads, not just this one.
                    wait = delay
                    delay = min(delay * 2, self.cfg.retry_max_s)
                else:
                    wait = min(IDLE_POLL_S, self.queue.seconds_to_next(time.time()) or IDLE_POLL_S)
                try:
                    await asyncio.wait_for(stop.wait(), timeout=max(wait, 0.05))
                except asyncio.TimeoutError:
                    pass
        finally:
            self.queue.close()
