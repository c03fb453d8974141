"""Sends the outbox to the receiver: one signed batch at a time, strictly in order.

A failed send is retried with exponential backoff (never dropped, never
reordered); the backlog on disk is bounded by `max_backlog_events`, with an
alarm in the log and on /metrics past 80 %.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import socket
import ssl
import urllib.error
import urllib.request
from pathlib import Path

import msgpack
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from callwarden.alarms import SYNC_BACKLOG, alarm
from callwarden.config import SyncConfig
from callwarden.events import wall_now
from callwarden.wire import batch as wire
from callwarden.sync import recording_queue
from callwarden.sync.outbox import Outbox
from callwarden.version import user_agent

log = logging.getLogger("callwarden.sync")

ALARM_RATIO = 0.8
RETRY_MIN_S = 0.5
IDLE_POLL_S = 0.5


def appliance_name(cfg: SyncConfig) -> str:
    return cfg.appliance or socket.gethostname()


class Uploader:
    def __init__(self, cfg: SyncConfig, state_dir: Path, key: Ed25519PrivateKey, metrics=None, *,
                 sync_recordings: bool = False) -> None:
        self.cfg = cfg
        # [recording] sync: queue each acknowledged call.end's recording for RecordingUploader.
        self.sync_recordings = sync_recordings
        self.appliance = appliance_name(cfg)
        self.key = key
        self.outbox = Outbox(state_dir)
        self.metrics = metrics
        self.alarm = False
        self._ssl = ssl.create_default_context(cafile=cfg.ca_file or None)
        if cfg.insecure_transport and cfg.url.startswith("http://"):
            log.warning("sync.insecure_transport = true: batches go to %s without TLS", cfg.url)

    def step(self) -> str:
        """One attempt: 'idle' (nothing to send), 'sent', or 'retry' (the receiver said no or is away)."""
        self._check_backlog()
        pending = self.outbox.pending()
        if pending is None:
            rows = self.outbox.peek(self.cfg.batch_max_events)
            if not rows:
                return "idle"
            next_seq, prev_hash = self.outbox.chain()
            batch = wire.make_batch(self.key, self.appliance, next_seq, prev_hash, [e for _, e in rows])
            pending = (wire.encode(batch), rows[-1][0])
            self.outbox.set_pending(*pending)
        raw, last_id = pending
        try:
            batch = wire.decode(raw)
        except wire.BatchError:
            raw, batch = self._remake(raw, last_id)
        status, answer = self._post(raw)
        if status == 200:
            recordings = recording_queue.from_events(batch["events"]) if self.sync_recordings else []
            self.outbox.acknowledge(batch["batch_seq"], batch["hash"], last_id, wall_now(), recordings)
            self._count("sync_batches", 1)
            self._count("sync_events", len(batch["events"]))
            log.info("batch %d stored by the receiver (%d events)", batch["batch_seq"], len(batch["events"]))
            return "sent"
        self.outbox.put(last_error=f"{wall_now()} HTTP {status}: {answer[:200]}")
        self._count("sync_errors", 1)
        hint = {401: "is this appliance registered? (`callwarden sync pubkey`)",
                409: "the receiver's chain differs from ours: ALARM, needs an operator",
                429: "the receiver asks us to slow down",
                0: "receiver unreachable"}.get(status, "")
        log.warning("batch %d not stored: HTTP %s %s %s", batch["batch_seq"], status, answer[:120], hint)
        return "retry"

    def _remake(self, raw: bytes, last_id: int) -> tuple[bytes, dict]:
        """A pending batch written by an older version (sync format 1) that no receiver took yet:
        the same events at the same position, signed again in the current format."""
        old = msgpack.unpackb(raw, raw=False)
        batch = wire.make_batch(self.key, self.appliance, old["batch_seq"], old["prev_hash"], old["events"])
        raw = wire.encode(batch)
        self.outbox.set_pending(raw, last_id)
        log.warning("batch %d was made in an older sync format: signed again in format %d",
                    batch["batch_seq"], wire.VERSION)
        return raw, batch

    def _post(self, raw: bytes) -> tuple[int, str]:
        req = urllib.request.Request(self.cfg.url.rstrip("/") + "/v1/batches", data=raw, method="POST",
                                     headers={"Content-Type": wire.CONTENT_TYPE, "User-Agent": user_agent()})
        try:
            with urllib.request.urlopen(req, timeout=self.cfg.timeout_s, context=self._ssl) as r:
                return r.status, r.read().decode(errors="replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode(errors="replace")
        except (urllib.error.URLError, OSError, TimeoutError) as e:
            return 0, str(getattr(e, "reason", e))

    def _check_backlog(self) -> None:
        backlog = self.outbox.backlog()
        ratio = backlog / self.cfg.max_backlog_events
        if self.metrics:
            self.metrics.sync_backlog.set(backlog)
            self.metrics.sync_backlog_alarm.set(1 if ratio >= ALARM_RATIO else 0)
        if ratio >= ALARM_RATIO and not self.alarm:
            log.error("ALARM: sync backlog at %d %% of max_backlog_events (%d events waiting)",
                      int(ratio * 100), backlog, extra=alarm(SYNC_BACKLOG))
        elif ratio < ALARM_RATIO and self.alarm:
            log.warning("sync backlog back under %d %%", int(ALARM_RATIO * 100))
        self.alarm = ratio >= ALARM_RATIO

    def _count(self, name: str, n: int) -> None:
        if self.metrics:
            getattr(self.metrics, name).inc(n)

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        delay = RETRY_MIN_S
        while not stop.is_set():
            try:
                result = await loop.run_in_executor(None, self.step)
            except Exception:
                log.exception("sync step failed")
                result = "retry"
            if result == "sent":
                delay = RETRY_MIN_S
                continue
            wait = IDLE_POLL_S if result == "idle" else delay * random.uniform(0.8, 1.2)
            if result == "retry":
                delay = min(delay * 2, self.cfg.retry_max_s)
            try:
                await asyncio.wait_for(stop.wait(), timeout=wait)
            except asyncio.TimeoutError:
                pass
        self.outbox.close()


def status_lines(state_dir: Path, cfg: SyncConfig) -> str:
    outbox = Outbox(state_dir)
    try:
        st = outbox.status()
    finally:
        outbox.close()
    st.update(enabled=cfg.enabled, url=cfg.url, appliance=appliance_name(cfg),
              backlog_ratio=round(st["backlog_events"] / cfg.max_backlog_events, 4))
    return json.dumps(st, indent=2)
