"""The receiver's HTTP/1.1 server: a WSGI host on the standard library, TLS optional.

Why not waitress: it reads a whole request body, up to one limit for every path, before the
application sees the headers, so a 200 MiB recording upload was buffered before anything
checked who sent it. Here the application gets the headers first and `wsgi.input` reads from
the socket only when asked: Content-Length is checked against the path's own limit before a
byte of the body is read (also before authentication), and a chunked body is decoded as it
is read, never past the limit it is read with. A body the application did not read ends the
connection instead of being drained.

Each connection is served by one of `threads` worker threads (so at most that many database
connections exist); TLS handshakes happen in that thread, under the same socket timeout.
"""

from __future__ import annotations

import logging
import socket
import socketserver
import ssl
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Callable, Iterable
from urllib.parse import unquote_to_bytes

from callwarden.receiver import logsafe

log = logging.getLogger("callwarden.receiver")

SOCKET_TIMEOUT_S = 30.0     # a client silent this long (headers, body or handshake) is dropped
MAX_CHUNK_LINE = 1024
# After refusing a body early: what is read and dropped so the client sees the answer, at most.
LINGER_BYTES = 1 << 20
LINGER_S = 2.0


class BodyTooLarge(Exception):
    """A chunked body went past the limit it was being read with."""


class BadBody(Exception):
    """The body's framing is broken (chunk sizes, early end)."""


class RequestBody:
    """wsgi.input: exactly the request's body, read from the socket on demand."""

    def __init__(self, rfile, length: int | None, chunked: bool, send_continue: Callable[[], None] | None) -> None:
        self._rfile = rfile
        self._left = length or 0          # bytes left of a Content-Length body or of the current chunk
        self._chunked = chunked
        self._done = not chunked and not length
        self._send_continue = send_continue
        self.read_total = 0

    @property
    def finished(self) -> bool:
        return self._done

    def _start(self) -> None:
        if self._send_continue is not None:  # "Expect: 100-continue": the client waits for this
            self._send_continue()
            self._send_continue = None

    def _next_chunk(self) -> None:
        line = self._rfile.readline(MAX_CHUNK_LINE + 1)
        size_text = line.split(b";", 1)[0].strip()
        if len(line) > MAX_CHUNK_LINE or not line.endswith(b"\n") or not size_text:
            raise BadBody("bad chunk size line")
        try:
            self._left = int(size_text, 16)
        except ValueError:
            raise BadBody("bad chunk size") from None
        if self._left < 0:
            raise BadBody("bad chunk size")
        if self._left == 0:
            while True:  # trailers, up to the empty line
                trailer = self._rfile.readline(MAX_CHUNK_LINE + 1)
                if not trailer.endswith(b"\n") or len(trailer) > MAX_CHUNK_LINE:
                    raise BadBody("bad chunk trailer")
                if trailer in (b"\r\n", b"\n"):
                    break
            self._done = True

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes (all that is left when negative); b"" at the end."""
        if self._done:
            return b""
        self._start()
        out = bytearray()
        while not self._done and (size < 0 or len(out) < size):
            if self._chunked and self._left == 0:
                self._next_chunk()
                continue
            want = self._left if size < 0 else min(self._left, size - len(out))
            data = self._rfile.read(want)
            if not data:
                raise BadBody("body ended early")
            out += data
            self._left -= len(data)
            if self._left == 0:
                if self._chunked:
                    if self._rfile.readline(3) not in (b"\r\n", b"\n"):
                        raise BadBody("chunk not followed by CRLF")
                else:
                    self._done = True
        self.read_total += len(out)
        return bytes(out)

    def read_capped(self, limit: int) -> bytes:
        """The whole body, or BodyTooLarge as soon as more than `limit` bytes have come."""
        data = self.read(limit + 1)
        if len(data) > limit:
            raise BodyTooLarge(limit)
        return data

    def readline(self, size: int = -1) -> bytes:  # WSGI asks for it; nothing here reads lines
        return self.read(size)

    def __iter__(self):
        return iter(lambda: self.read(1 << 16), b"")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT_S
    server: "ReceiverServer"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        # The base class writes request lines to stderr as they came; here every field is escaped.
        log.debug("http %s: %s", self.address_string(), logsafe.field(format % args))

    def _serve(self) -> None:
        te = (self.headers.get("Transfer-Encoding") or "").strip().lower()
        cl = self.headers.get("Content-Length")
        if te and (te != "chunked" or cl is not None):
            # Both framings, or one we do not speak: a smuggling attempt or a broken client.
            self.close_connection = True
            self.send_error(400 if cl is not None else 501, "unsupported Transfer-Encoding")
            return
        if cl is not None and not cl.strip().isdigit():
            self.close_connection = True
            self.send_error(400, "bad Content-Length")
            return
        expect = (self.headers.get("Expect") or "").lower() == "100-continue"
        body = RequestBody(self.rfile, int(cl) if cl is not None else None, te == "chunked",
                           self._send_continue if expect else None)
        path, _, query = self.path.partition("?")
        environ = {
            "REQUEST_METHOD": self.command, "SCRIPT_NAME": "", "REQUEST_URI": self.path,
            "PATH_INFO": unquote_to_bytes(path).decode("latin-1"), "QUERY_STRING": query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""), "CONTENT_LENGTH": cl.strip() if cl else "",
            "SERVER_NAME": self.server.server_address[0], "SERVER_PORT": str(self.server.server_address[1]),
            "SERVER_PROTOCOL": self.request_version, "REMOTE_ADDR": self.client_address[0],
            "wsgi.version": (1, 0), "wsgi.url_scheme": "https" if self.server.tls else "http",
            "wsgi.input": body, "wsgi.errors": sys.stderr, "wsgi.multithread": True,
            "wsgi.multiprocess": False, "wsgi.run_once": False, "callwarden.chunked": te == "chunked",
        }
        for name, value in self.headers.items():
            key = "HTTP_" + name.upper().replace("-", "_")
            if key not in ("HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH"):
                environ[key] = f"{environ[key]},{value}" if key in environ else value
        started: list = []

        def start_response(status: str, headers: list[tuple[str, str]], exc_info=None):
            started[:] = [status, headers]
            return lambda data: None  # the legacy write() callable; the app never uses it

        result: Iterable[bytes] = self.server.app(environ, start_response)
        try:
            status, headers = started
            if not body.finished:
                # The app answered without reading all of the body: what is left is never read.
                self.close_connection = True
                headers = [*headers, ("Connection", "close")]
            elif self.close_connection:
                headers = [*headers, ("Connection", "close")]
            head = f"{self.request_version if self.request_version == 'HTTP/1.0' else 'HTTP/1.1'} {status}\r\n"
            head += "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
            self.wfile.write(head.encode("latin-1"))
            if self.command != "HEAD":
                for chunk in result:
                    self.wfile.write(chunk)
            self.wfile.flush()
        finally:
            close = getattr(result, "close", None)
            if close:
                close()
        if not body.finished:
            self._linger()

    def _send_continue(self) -> None:
        self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        self.wfile.flush()

    def _linger(self) -> None:
        """Half-close, then drop what the client is still sending, for a short while: closing a
        socket with unread data resets it, and a client still writing its body (as it may: it
        has not read our early answer yet) would lose the answer and see a broken pipe. Bounded
        in time and bytes, so a client that never stops cannot hold the thread."""
        deadline = time.monotonic() + LINGER_S
        drained = 0
        try:
            self.connection.shutdown(socket.SHUT_WR) if not self.server.tls else None
            while drained < LINGER_BYTES and time.monotonic() < deadline and hasattr(self.rfile, "read1"):
                self.connection.settimeout(max(0.05, deadline - time.monotonic()))
                data = self.rfile.read1(65536)
                if not data:
                    break
                drained += len(data)
        except (OSError, ValueError):
            pass

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _serve


class ReceiverServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, app: Callable, host: str, port: int, threads: int, tls: ssl.SSLContext | None) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.app = app
        self.tls = tls
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="receiver-http")
        super().__init__((host, port), _Handler)

    def get_request(self):
        sock, addr = self.socket.accept()
        # The head and the body go out in separate writes: without this, Nagle holds the body
        # until the client's delayed ACK of the head, 40 ms on every small answer.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.tls is not None:
            # The handshake runs on the first read, in the worker thread, under its timeout.
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def process_request(self, request, client_address) -> None:
        self._pool.submit(self.process_request_thread, request, client_address)

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ssl.SSLError, ConnectionError, TimeoutError, socket.timeout, BadBody)):
            log.debug("connection from %s dropped: %s", client_address[0], type(exc).__name__)
            return
        log.error("connection from %s failed", client_address[0], exc_info=True)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)


def tls_context(cert_file: str, key_file: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert_file, key_file)
    return ctx
