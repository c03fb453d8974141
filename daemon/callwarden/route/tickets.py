"""Tickets: JSON POSTed to a webhook from a queue on disk, retried with backoff until delivered.

A ticket is queued (and so safe) before the first attempt; a webhook that is
down only delays delivery. Each ticket is delivered once: it leaves the queue
only after a 2xx answer.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from callwarden.events import wall_now

log = logging.getLogger("callwarden.tickets")

DB_FILE = "tickets.sqlite3"
RETRY_MIN_S, RETRY_MAX_S = 0.5, 300.0


class TicketQueue:
    def __init__(self, state_dir: Path | str, webhook_url: str, max_queued: int = 100_000,
                 timeout_s: float = 10.0) -> None:
        self.url = webhook_url
        self.max_queued = max_queued
        self.timeout_s = timeout_s
        self._db = sqlite3.connect(Path(state_dir) / DB_FILE, timeout=10, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS tickets (id TEXT PRIMARY KEY, payload TEXT NOT NULL, "
                         "created TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                         "next_try REAL NOT NULL DEFAULT 0, delivered TEXT)")
        self.wake = asyncio.Event()

    def enqueue(self, payload: dict) -> str:
        if self.queued() >= self.max_queued:
            raise OverflowError("ticket queue full")
        ticket_id = str(uuid.uuid4())
        body = dict(payload, ticket_id=ticket_id)
        self._db.execute("INSERT INTO tickets (id, payload, created) VALUES (?, ?, ?)",
                         (ticket_id, json.dumps(body, ensure_ascii=False), wall_now()))
        self.wake.set()
        return ticket_id

    def queued(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM tickets WHERE delivered IS NULL").fetchone()[0]

    def deliver_due(self) -> int:
        """Tries every due ticket once, oldest first; returns how many were delivered."""
        due = self._db.execute("SELECT id, payload, attempts FROM tickets WHERE delivered IS NULL AND next_try <= ? "
                               "ORDER BY created", (time.time(),)).fetchall()
        delivered = 0
        for ticket_id, payload, attempts in due:
            status = self._post(payload)
            if 200 <= status < 300:
                self._db.execute("UPDATE tickets SET delivered = ?, attempts = ? WHERE id = ?",
                                 (wall_now(), attempts + 1, ticket_id))
                delivered += 1
                continue
            wait = min(RETRY_MIN_S * 2 ** attempts, RETRY_MAX_S)
            self._db.execute("UPDATE tickets SET attempts = ?, next_try = ? WHERE id = ?",
                             (attempts + 1, time.time() + wait, ticket_id))
            log.warning("ticket %s not delivered (HTTP %s), retry in %.1f s", ticket_id[:8], status, wait)
            break   # keep order: later tickets wait for this one
        return delivered

    def _post(self, payload: str) -> int:
        req = urllib.request.Request(self.url, data=payload.encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code
        except (urllib.error.URLError, OSError, TimeoutError):
            return 0

    async def run(self, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            await loop.run_in_executor(None, self.deliver_due)
            self.wake.clear()
            nxt = self._db.execute("SELECT MIN(next_try) FROM tickets WHERE delivered IS NULL").fetchone()[0]
            wait = 5.0 if nxt is None else max(0.05, min(5.0, nxt - time.time()))
            try:
                await asyncio.wait_for(_first(stop, self.wake), timeout=wait)
            except asyncio.TimeoutError:
                pass
        self._db.close()


async def _first(*events: asyncio.Event) -> None:
    waiters = [asyncio.ensure_future(e.wait()) for e in events]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waiters:
            w.cancel()
