"""A deliberately small HTTP/1.1 server on asyncio for the admin endpoints.

GET only, one request per connection, loopback only (config refuses anything else).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Awaitable, Callable

log = logging.getLogger("callwarden.admin")

MAX_REQUEST_BYTES = 8192
REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 400: "Bad Request",
           503: "Service Unavailable"}


class AdminServer:
    def __init__(self, host: str, port: int, health: Callable[[], dict], metrics: Callable[[], str],
                 calls: Callable[[], list], status: Callable[[], Awaitable[dict]] | None = None) -> None:
        self.host, self.port = host, port
        self._health, self._metrics, self._calls = health, metrics, calls
        self._status = status       # /status: processes, calls per worker, engine queue (`callwarden status`)
        self._server: asyncio.base_events.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.host, self.port)

    async def stop(self) -> None:
        if self._server:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=5)
            status, ctype, body = self._route(head[:MAX_REQUEST_BYTES].decode("latin-1"))
            if body is None:        # /status: gathered asynchronously (it asks the engine)
                status, ctype, body = 200, "application/json", json.dumps(await self._status()) + "\n"
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError, ConnectionError):
            status, ctype, body = 400, "text/plain", "bad request\n"
        except Exception:
            log.exception("admin request failed")
            status, ctype, body = 503, "text/plain", "error\n"
        data = body.encode()
        writer.write(f"HTTP/1.1 {status} {REASONS.get(status, '')}\r\nContent-Type: {ctype}\r\n"
                     f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data)
        try:
            await writer.drain()
        finally:
            writer.close()

    def _route(self, head: str) -> tuple[int, str, str | None]:
        method, _, rest = head.partition(" ")
        path = rest.partition(" ")[0].partition("?")[0]
        if method != "GET":
            return 405, "text/plain", "GET only\n"
        if path == "/healthz":
            health = self._health()
            return (200 if health["ok"] else 503), "application/json", json.dumps(health) + "\n"
        if path == "/metrics":
            return 200, "text/plain; version=0.0.4", self._metrics()
        if path == "/calls":
            return 200, "application/json", json.dumps(self._calls()) + "\n"
        if path == "/status" and self._status is not None:
            return 200, "application/json", None
        return 404, "text/plain", "not found\n"
