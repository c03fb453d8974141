"""A streaming chat-completions client: one POST, server-sent events back, closable at any moment.

Written on asyncio streams rather than a blocking HTTP library in a thread: a
caller barging in must close the connection at once (the server then stops
generating), and closing a socket from the event loop does exactly that. No
error text carries the URL, the key or the response body (they may hold a
secret or a caller's words).
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

from callwarden.version import user_agent

MAX_HEADER_BYTES = 16 * 1024
MAX_EVENT_BYTES = 256 * 1024


class LlmError(Exception):
    """Why the endpoint gave no usable answer, in words fit for an event."""


class HttpStatusError(LlmError):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


def sse_data(buffer: bytearray) -> list[str]:
    """Complete `data:` payloads of server-sent events in `buffer` (consumed); partial events stay."""
    out = []
    while True:
        buffer[:] = buffer.replace(b"\r\n", b"\n")
        end = buffer.find(b"\n\n")
        if end < 0:
            if len(buffer) > MAX_EVENT_BYTES:
                raise LlmError("server-sent event too long")
            return out
        event, buffer[:] = bytes(buffer[:end]), buffer[end + 2:]
        data = [line[5:].lstrip(b" ") for line in event.split(b"\n") if line.startswith(b"data:")]
        if data:
            out.append(b"\n".join(data).decode("utf-8", "replace"))


class ChatStream:
    """One streamed completion. Iterate `chunks()` for the decoded JSON chunks; `close()` ends it."""

    def __init__(self, base_url: str, api_key: str, body: dict) -> None:
        self._url = urlsplit(base_url.rstrip("/") + "/chat/completions")
        self._api_key = api_key
        self._body = json.dumps(body).encode()
        self._writer: asyncio.StreamWriter | None = None

    async def chunks(self) -> AsyncIterator[dict]:
        reader = await self._open()
        chunked = await self._headers(reader)
        buffer = bytearray()
        finished = False
        async for block in (_dechunk(reader) if chunked else _until_close(reader)):
            buffer += block
            for data in sse_data(buffer):
                if data.strip() == "[DONE]":
                    return
                try:
                    chunk = json.loads(data)
                except ValueError:
                    raise LlmError("malformed stream (an event is not JSON)") from None
                if not isinstance(chunk, dict):
                    raise LlmError("malformed stream (an event is not a JSON object)")
                if "error" in chunk:
                    raise LlmError("the endpoint reported an error mid-stream")
                finished = finished or any(isinstance(c, dict) and c.get("finish_reason")
                                           for c in chunk.get("choices") or [])
                yield chunk
        if not finished:
            # The connection ended with neither [DONE] nor a finish_reason: the server went away
            # mid-answer, and what came so far is a fragment, not an answer.
            raise LlmError("connection closed mid-answer")

    async def _open(self) -> asyncio.StreamReader:
        u = self._url
        tls = u.scheme == "https"
        port = u.port or (443 if tls else 80)
        try:
            reader, writer = await asyncio.open_connection(u.hostname, port, ssl=ssl.create_default_context()
                                                           if tls else None, limit=MAX_EVENT_BYTES)
        except (OSError, ssl.SSLError) as e:
            raise LlmError(f"unreachable ({type(e).__name__})") from None
        self._writer = writer
        path = u.path + (f"?{u.query}" if u.query else "")
        host = u.hostname if u.port is None else f"{u.hostname}:{u.port}"
        headers = [f"POST {path} HTTP/1.1", f"Host: {host}", f"User-Agent: {user_agent()}",
                   "Content-Type: application/json", "Accept: text/event-stream", "Connection: close",
                   f"Content-Length: {len(self._body)}"]
        if self._api_key:
            headers.append(f"Authorization: Bearer {self._api_key}")
        writer.write(("\r\n".join(headers) + "\r\n\r\n").encode() + self._body)
        try:
            await writer.drain()
        except OSError as e:
            raise LlmError(f"connection lost ({type(e).__name__})") from None
        return reader

    async def _headers(self, reader: asyncio.StreamReader) -> bool:
        """Reads the status line and headers; True when the body is chunked."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            raise LlmError("connection closed before an answer") from None
        except asyncio.LimitOverrunError:
            raise LlmError("answer headers too long") from None
        except OSError as e:
            raise LlmError(f"connection lost ({type(e).__name__})") from None
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[1].isdigit():
            raise LlmError("not an HTTP answer")
        if parts[1] != "200":
            raise HttpStatusError(int(parts[1]))
        fields = {k.strip().lower(): v.strip().lower() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        return "chunked" in fields.get("transfer-encoding", "")

    def close(self) -> None:
        """Closes the connection now: the server sees it gone and stops generating."""
        if self._writer is not None:
            self._writer.transport.abort()
            self._writer = None


async def _until_close(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    while True:
        try:
            block = await reader.read(4096)
        except OSError as e:
            raise LlmError(f"connection lost ({type(e).__name__})") from None
        if not block:
            return
        yield block


async def _dechunk(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    try:
        while True:
            size_line = await reader.readuntil(b"\r\n")
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                return
            yield await reader.readexactly(size)
            await reader.readexactly(2)
    except (asyncio.IncompleteReadError, ValueError):
        raise LlmError("connection cut mid-answer") from None
    except OSError as e:
        raise LlmError(f"connection lost ({type(e).__name__})") from None
