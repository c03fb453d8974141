"""A deliberately small HTTP/1.1 server on asyncio for the admin endpoints.

GET only, one request per connection, loopback only (config refuses anything else). Loopback is
not enough on its own: a page in a browser on this box can resolve its own name to 127.0.0.1
(DNS rebinding) and read the answers, so a request must name a loopback host in `Host`. An
optional bearer token guards everything but /healthz.

`[admin] metrics_address` adds a second listener for a Prometheus on another host: it serves
/metrics and /healthz only (counts and readiness, never calls or transcripts), under any Host
name, with the same token on /metrics.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Awaitable, Callable

log = logging.getLogger("callwarden.admin")

MAX_REQUEST_BYTES = 8192
REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 400: "Bad Request",
           401: "Unauthorized", 403: "Forbidden", 503: "Service Unavailable"}
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]", "::1")
OPEN_PATHS = ("/healthz",)
SCRAPE_PATHS = ("/metrics", "/healthz")     # all the metrics listener serves


def _headers(head: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in head.split("\r\n")[1:]:
        name, sep, value = line.partition(":")
        if sep:
            out.setdefault(name.strip().lower(), value.strip())
    return out


def loopback_host(host: str | None) -> bool:
    """Host names this listener answers to: a loopback name, with or without a port."""
    if not host:
        return False
    name = host.lower()
    if name.startswith("["):
        name = name[:name.find("]") + 1] if "]" in name else name
    elif name.count(":") == 1:
        name = name.partition(":")[0]
    return name in LOOPBACK_NAMES or name.startswith("127.") and name.replace(".", "").isdigit()


class AdminServer:
    def __init__(self, host: str, port: int, health: Callable[[], dict], metrics: Callable[[], str],
                 calls: Callable[[], list], status: Callable[[], Awaitable[dict]] | None = None,
                 token: str = "", metrics_address: tuple[str, int] | None = None) -> None:
        self.host, self.port = host, port
        self.metrics_address = metrics_address
        self._token = token
        self._health, self._metrics, self._calls = health, metrics, calls
        self._status = status       # /status: processes, calls per worker, engine queue (`callwarden status`)
        self._servers: list[asyncio.base_events.Server] = []

    async def start(self) -> None:
        """Binds the admin listener, then the metrics one (OSError, nothing left bound, if either fails)."""
        self._servers.append(await asyncio.start_server(self._handle, self.host, self.port))
        if self.metrics_address:
            try:
                self._servers.append(await asyncio.start_server(
                    lambda r, w: self._handle(r, w, scrape_only=True), *self.metrics_address))
            except OSError:
                await self.stop()
                raise

    @property
    def ports(self) -> list[int]:
        """The bound ports: the admin listener's, then the metrics listener's (if any)."""
        return [server.sockets[0].getsockname()[1] for server in self._servers]

    async def stop(self) -> None:
        for server in self._servers:
            server.close()
            await server.wait_closed()
        self._servers = []

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                      scrape_only: bool = False) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=5)
            status, ctype, body = self._route(head[:MAX_REQUEST_BYTES].decode("latin-1"), scrape_only)
            if body is None:        # /status: gathered asynchronously (it asks the engine)
                status, ctype, body = 200, "application/json", json.dumps(await self._status()) + "\n"
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError, ConnectionError):
            status, ctype, body = 400, "text/plain", "bad request\n"
        except Exception:
            log.exception("admin request failed")
            status, ctype, body = 503, "text/plain", "error\n"
        data = body.encode()
        auth = 'WWW-Authenticate: Bearer realm="callwarden"\r\n' if status == 401 else ""
        writer.write(f"HTTP/1.1 {status} {REASONS.get(status, '')}\r\nContent-Type: {ctype}\r\n{auth}"
                     f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data)
        try:
            await writer.drain()
        finally:
            writer.close()

    def _route(self, head: str, scrape_only: bool = False) -> tuple[int, str, str | None]:
        method, _, rest = head.partition(" ")
        path = rest.partition(" ")[0].partition("?")[0]
        headers = _headers(head)
        if scrape_only and path not in SCRAPE_PATHS:
            return 404, "text/plain", "only /metrics and /healthz here\n"
        if not scrape_only and not loopback_host(headers.get("host")):
            return 403, "text/plain", "Host must name this host's loopback (localhost, 127.0.0.1, [::1])\n"
        if method != "GET":
            return 405, "text/plain", "GET only\n"
        if self._token and path not in OPEN_PATHS:
            scheme, _, given = headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self._token.encode()):
                return 401, "text/plain", "bearer token required ([admin] token_file)\n"
        if path == "/healthz":
            health = self._health()
            return (200 if health["ok"] else 503), "application/json", json.dumps(health) + "\n"
        if path == "/metrics":
            return 200, "text/plain; version=0.0.4; charset=utf-8", self._metrics()
        if path == "/calls":
            return 200, "application/json", json.dumps(self._calls()) + "\n"
        if path == "/status" and self._status is not None:
            return 200, "application/json", None
        return 404, "text/plain", "not found\n"
