"""The receiver's HTTP API: a plain WSGI application, served by server.py (TLS optional).

POST /v1/batches                  one msgpack batch (callwarden.wire.batch) -> JSON result
POST /v1/probe                    a signed key probe (callwarden.wire.probe): is this key registered, and as whom
POST /v1/annotations              a Label Studio JSON export of our tasks -> JSON counts
PUT  /v1/recordings/{appliance}/{call_id}   a call's WAV, signed by the appliance (recordings.py)
GET  /v1/recordings/{appliance}/{call_id}   that WAV back
GET  /v1/calls?appliance=&day=&limit=   call summaries, newest first
GET  /v1/appliances/{appliance}/calls/{call_id}   the call's summary and events in seq order
GET  /v1/calls/{call_id}[?appliance=]   the same; 409 naming the appliances when the id is not unique
GET  /v1/export/label-studio?day=&percent=   Label Studio tasks (stratified sample)
GET  /v1/export/label-studio/config          the labeling config (XML) those tasks are made for
GET  /v1/export/preference-pairs?day=        RLHF pairs as JSON lines (TRL preference format)
GET  /v1/report/sla?day=YYYY-MM-DD[&format=csv]   SLA report
GET  /healthz                     200 when PostgreSQL answers
GET  /metrics                     Prometheus (metrics.py; who may scrape: [receiver] metrics_access)
GET  /  and  /console/...         the ops console (console/): HTML pages behind its own login
Batches, recording uploads and probes are authenticated by their appliance's signature (one
401 answer for an unknown name and a bad signature), then rate-limited per appliance (429 with
Retry-After); a body over its path's limit is refused (413) from its Content-Length, before it
is read or authenticated, or while a chunked one is read. /healthz needs nothing; everything else needs `Authorization: Bearer TOKEN` (auth.py; 403 while no token is configured).
Errors are JSON {"error": "..."}; event content and tokens never go to the log.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable
from urllib.parse import parse_qs, unquote

import msgpack
import psycopg

from callwarden import alarms
from callwarden.receiver import (annotation_store, annotations, auth, db, export, ingest, labels, logsafe, pairs,
                                 queries, recordings, report, server)
from callwarden.receiver.config import ReceiverConfig, require_dsn
from callwarden.receiver.metrics import ReceiverMetrics, local_peer
from callwarden.receiver.console import owns as console_owns
from callwarden.receiver.console.app import ConsoleApp
from callwarden.receiver.console.warm import start as warm_console
from callwarden.receiver.ratelimit import Limited, RateLimiter
from callwarden.wire import batch as wire
from callwarden.wire import probe as probe_wire
from callwarden.wire import recording as recording_wire

log = logging.getLogger("callwarden.receiver")

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 409: "Conflict", 410: "Gone", 411: "Length Required", 413: "Content Too Large",
           415: "Unsupported Media Type", 422: "Unprocessable Content", 429: "Too Many Requests",
           500: "Internal Server Error", 503: "Service Unavailable"}
APPLIANCES_PREFIX = "/v1/appliances/"
MAX_PROBE_BYTES = 4096
JSONL = "application/x-ndjson; charset=utf-8"
FILE_CHUNK = 1 << 16


@dataclass
class FileBody:
    """A response body streamed from an open file instead of held in memory."""
    file: BinaryIO
    size: int
    headers: list[tuple[str, str]]


class HttpError(Exception):
    def __init__(self, status: int, message: str, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra  # more JSON fields for the error body


def _json(status: int, payload: object) -> tuple[int, str, bytes]:
    return status, "application/json", json.dumps(payload, ensure_ascii=False).encode("utf-8")


def _param(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _int_param(query: dict, name: str, default: int, lo: int, hi: int) -> int:
    text = _param(query, name)
    if text is None or text == "":
        return default
    if not text.isdigit() or not (lo <= int(text) <= hi):
        raise HttpError(400, f"{name}: expected an integer from {lo} to {hi}")
    return int(text)


def _day_param(query: dict, required: bool):
    text = _param(query, "day")
    if not text:
        if required:
            raise HttpError(400, "day: expected YYYY-MM-DD")
        return None
    try:
        return queries.parse_day(text)
    except ValueError as e:
        raise HttpError(400, str(e)) from None


class ReceiverApp:
    def __init__(self, cfg: ReceiverConfig, pool: db.Pool) -> None:
        self.cfg = cfg
        self.pool = pool
        self.limiter = RateLimiter(cfg.rate_limit_per_s, cfg.rate_limit_burst)
        self.metrics = ReceiverMetrics()
        self.console = ConsoleApp(cfg, pool)

    def admit(self, appliance: str) -> None:
        try:
            self.limiter.admit(appliance)
        except Limited as e:
            log.info("appliance %s over its rate limit", logsafe.field(appliance))
            raise HttpError(429, "rate limit: slow down", retry_after_s=e.retry_after_s) from None

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if console_owns(environ.get("PATH_INFO", "")):
            return self.console(environ, start_response)
        headers: list[tuple[str, str]] = []
        try:
            status, ctype, body = self.route(environ)
        except HttpError as e:
            self._note_refusal(environ, e.status, e.message)
            status, ctype, body = _json(e.status, {"error": e.message, **e.extra})
            if status == 401:
                headers.append(("WWW-Authenticate", 'Bearer realm="callwarden-receiver"'))
            if status == 429:
                headers.append(("Retry-After", str(e.extra["retry_after_s"])))
        except (db.DbError, psycopg.OperationalError) as e:
            log.error("database unavailable: %s", type(e).__name__)
            self._note_refusal(environ, 503, "database unavailable")
            status, ctype, body = _json(503, {"error": "database unavailable"})
        except Exception:
            log.exception("request failed: %s %s", logsafe.field(environ.get("REQUEST_METHOD")),
                          logsafe.field(environ.get("PATH_INFO")))
            status, ctype, body = _json(500, {"error": "internal error"})
        if isinstance(body, FileBody):
            start_response(f"{status} {REASONS.get(status, '')}",
                           [("Content-Type", ctype), ("Content-Length", str(body.size)), *body.headers])
            wrapper = environ.get("wsgi.file_wrapper")
            return wrapper(body.file, FILE_CHUNK) if wrapper else _chunks(body.file)
        start_response(f"{status} {REASONS.get(status, '')}",
                       [("Content-Type", ctype), ("Content-Length", str(len(body))), *headers])
        return [body]

    def _note_refusal(self, environ: dict, status: int, message: str) -> None:
        """Refused uploads by reason, for /metrics (reads and the console are not counted)."""
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO", "")
        if method == "POST" and path == "/v1/batches":
            self.metrics.refused("batch", status, message)
        elif method == "PUT" and path.startswith(recording_wire.PATH_PREFIX):
            self.metrics.refused("recording", status, message)

    def get_metrics(self, environ: dict) -> tuple[int, str, bytes]:
        access = self.cfg.metrics_access
        if access == "token" or (access == "loopback" and not local_peer(environ)):
            try:
                auth.check(environ.get("HTTP_AUTHORIZATION"), self.cfg.api_token_sha256)
            except auth.Denied as e:
                raise HttpError(e.status, e.message) from None
        return 200, "text/plain; version=0.0.4; charset=utf-8", self.metrics.page(self.pool)

    def route(self, environ: dict) -> tuple[int, str, bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        # WSGI hands PATH_INFO over as latin-1-decoded bytes
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        query = parse_qs(environ.get("QUERY_STRING", ""))
        if path == "/v1/batches":
            if method != "POST":
                raise HttpError(405, "use POST")
            return self.post_batch(environ)
        if path == probe_wire.PATH:
            if method != "POST":
                raise HttpError(405, "use POST")
            return self.post_probe(environ)
        if path == "/healthz":
            if method != "GET":
                raise HttpError(405, "use GET")
            return self.healthz()
        if path.startswith(recording_wire.PATH_PREFIX) and method == "PUT":
            return self.put_recording(environ)
        if path == "/metrics":
            if method != "GET":
                raise HttpError(405, "use GET")
            return self.get_metrics(environ)
        try:
            auth.check(environ.get("HTTP_AUTHORIZATION"), self.cfg.api_token_sha256)
        except auth.Denied as e:
            raise HttpError(e.status, e.message) from None
        if path == "/v1/annotations":
            if method != "POST":
                raise HttpError(405, "use POST")
            return self.post_annotations(environ)
        if method != "GET":
            raise HttpError(405, "use GET")
        if path == "/v1/calls":
            return self.get_calls(query)
        if path.startswith("/v1/calls/") and len(path) > len("/v1/calls/"):
            return self.get_call(unquote(path[len("/v1/calls/"):]), _param(query, "appliance"))
        if path.startswith(APPLIANCES_PREFIX):
            appliance, what, call_id = _path_names(environ, APPLIANCES_PREFIX, 3)
            if what != "calls":
                raise HttpError(404, "expected /v1/appliances/APPLIANCE/calls/CALL_ID")
            return self.get_call(call_id, appliance)
        if path.startswith(recording_wire.PATH_PREFIX):
            return self.get_recording(environ)
        if path == "/v1/export/label-studio":
            return self.get_export(query)
        if path == "/v1/export/label-studio/config":
            return 200, "application/xml; charset=utf-8", labels.label_config(self.cfg.intents).encode("utf-8")
        if path == "/v1/export/preference-pairs":
            return self.get_pairs(query)
        if path == "/v1/report/sla":
            return self.get_report(query)
        raise HttpError(404, "no such endpoint")

    def healthz(self) -> tuple[int, str, bytes]:
        with self.pool.connection() as conn:
            conn.execute("SELECT 1")
        return _json(200, {"ok": True})

    @staticmethod
    def _length(environ: dict, content_type: str, limit: int, chunked_ok: bool = False) -> int | None:
        """The body's declared length, checked against `limit` before anything reads the body
        or looks at who sent it; None for a chunked body (capped while it is read)."""
        ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if ctype != content_type:
            raise HttpError(415, f"expected Content-Type {content_type}")
        length_text = environ.get("CONTENT_LENGTH") or ""
        if length_text.isdigit() and int(length_text) > limit:
            raise HttpError(413, f"body over {limit} bytes")
        if not length_text.isdigit() and not (chunked_ok and environ.get("callwarden.chunked")):
            raise HttpError(411, "Content-Length required")
        return int(length_text) if length_text.isdigit() else None

    def _body(self, environ: dict, content_type: str, limit: int) -> bytes:
        length = self._length(environ, content_type, limit, chunked_ok=True)
        body = environ["wsgi.input"]
        try:
            if length is None:
                return body.read_capped(limit) if hasattr(body, "read_capped") else body.read(limit)
            data = body.read(length)
        except server.BodyTooLarge:
            raise HttpError(413, f"body over {limit} bytes") from None
        except (server.BadBody, OSError) as e:
            raise HttpError(400, f"body not received: {type(e).__name__}") from None
        if len(data) != length:
            raise HttpError(400, "body shorter than its Content-Length")
        return data

    def post_batch(self, environ: dict) -> tuple[int, str, bytes]:
        raw = self._body(environ, wire.CONTENT_TYPE, self.cfg.max_body_bytes)
        try:
            decoded = wire.decode(raw)
        except wire.BatchError as e:
            raise HttpError(400, str(e)) from None
        with self.pool.connection() as conn:
            try:
                return _json(200, ingest.store(conn, decoded, self.admit, self.metrics,
                                               environ.get("HTTP_USER_AGENT")))
            except ingest.Rejected as e:
                if e.status != 409:  # 409s are already logged as alarms
                    log.info("batch %d from %s refused: %d %s", decoded["batch_seq"],
                             logsafe.field(decoded["appliance"]), e.status, e.message)
                raise HttpError(e.status, e.message) from None

    def post_probe(self, environ: dict) -> tuple[int, str, bytes]:
        raw = self._body(environ, wire.CONTENT_TYPE, MAX_PROBE_BYTES)
        try:
            found = msgpack.unpackb(raw, raw=False)
        except Exception:
            found = None
        if not isinstance(found, dict) or not all(isinstance(found.get(k), str)
                                                  for k in ("appliance", "public_key", "sig")):
            raise HttpError(400, "expected a msgpack map with appliance, public_key and sig")
        if not probe_wire.check(found):
            raise HttpError(401, auth.UNAUTHENTICATED)
        self.admit(found["appliance"])
        with self.pool.connection() as conn:
            row = conn.execute("SELECT name FROM appliances WHERE public_key = %s",
                               (found["public_key"].strip(),)).fetchone()
        if row is None:
            raise HttpError(404, "key not registered")
        if row[0] != found["appliance"]:
            log.warning("ALARM: a key probe as %s used the key registered to another appliance (a cloned box?)",
                        logsafe.field(found["appliance"]), extra=alarms.alarm(alarms.CLONED_KEY))
            raise HttpError(409, probe_wire.OTHER_APPLIANCE)
        return _json(200, {"registered": True, "appliance": row[0]})

    def put_recording(self, environ: dict) -> tuple[int, str, bytes]:
        if not self.cfg.recordings_dir:
            raise HttpError(503, "this receiver keeps no recordings (recordings_dir is not configured)")
        # Size first: a body over the limit is refused before its headers are even looked at.
        length = self._length(environ, recording_wire.CONTENT_TYPE, self.cfg.max_recording_bytes)
        appliance, call_id = _recording_names(environ)
        sha256 = environ.get("HTTP_X_CALLWARDEN_SHA256", "")
        if not recording_wire.is_sha256_hex(sha256):
            raise HttpError(400, f"{recording_wire.SHA256_HEADER}: expected 64 lower-case hex digits")
        sig = environ.get("HTTP_X_CALLWARDEN_SIGNATURE", "")
        if not sig:
            raise HttpError(401, f"{recording_wire.SIGNATURE_HEADER} required")
        with self.pool.connection() as conn:
            try:
                return _json(200, recordings.store(conn, Path(self.cfg.recordings_dir), appliance, call_id, sha256,
                                                   sig, environ["wsgi.input"], length, self.admit))
            except recordings.Refused as e:
                log.info("recording of call %s from %s refused: %d %s", logsafe.field(call_id),
                         logsafe.field(appliance), e.status, e.message)
                raise HttpError(e.status, e.message) from None

    def get_recording(self, environ: dict) -> tuple[int, str, FileBody]:
        appliance, call_id = _recording_names(environ)
        with self.pool.connection() as conn:
            try:
                found = recordings.find(conn, appliance, call_id)
            except recordings.Refused as e:
                raise HttpError(e.status, e.message) from None
        try:
            f = open(found.path, "rb")
        except FileNotFoundError:
            log.error("the recording file of call %s from %s is missing", logsafe.field(call_id),
                      logsafe.field(appliance))
            raise HttpError(500, "the recording file is missing (run verify)") from None
        size = os.fstat(f.fileno()).st_size  # the file's own size: Content-Length must be what is sent
        return 200, recording_wire.CONTENT_TYPE, FileBody(f, size, [(recording_wire.SHA256_HEADER, found.sha256)])

    def post_annotations(self, environ: dict) -> tuple[int, str, bytes]:
        raw = self._body(environ, "application/json", self.cfg.max_import_bytes)
        try:
            parsed = annotations.parse(raw)
            with self.pool.connection() as conn:
                counts = annotation_store.import_annotations(conn, parsed)
        except annotations.Malformed as e:
            raise HttpError(400, str(e)) from None
        except annotation_store.UnknownCalls as e:
            raise HttpError(422, "annotations name calls this receiver does not store; nothing was imported",
                            unknown_calls=[{"appliance": a, "call_id": c} for a, c in e.calls]) from None
        log.info("imported annotations: %s", counts)
        return _json(200, counts)

    def get_pairs(self, query: dict) -> tuple[int, str, bytes]:
        day = _day_param(query, required=False)
        with self.pool.connection() as conn:
            found = pairs.preference_pairs(conn, day)
        return 200, JSONL, pairs.to_jsonl(found).encode("utf-8")

    def get_calls(self, query: dict) -> tuple[int, str, bytes]:
        limit = _int_param(query, "limit", 100, 1, queries.MAX_LIMIT)
        day = _day_param(query, required=False)
        with self.pool.connection() as conn:
            return _json(200, queries.list_calls(conn, appliance=_param(query, "appliance"), day=day, limit=limit))

    def get_call(self, call_id: str, appliance: str | None) -> tuple[int, str, bytes]:
        with self.pool.connection() as conn:
            try:
                found = queries.call_events(conn, call_id, appliance)
            except queries.Ambiguous as e:
                raise HttpError(409, "this call id is stored for several appliances: ask "
                                     "/v1/appliances/APPLIANCE/calls/CALL_ID", appliances=e.appliances) from None
        if found is None:
            raise HttpError(404, "no such call")
        return _json(200, found)

    def get_export(self, query: dict) -> tuple[int, str, bytes]:
        day = _day_param(query, required=False)
        percent_text = _param(query, "percent")
        try:
            percent = self.cfg.sample_percent if not percent_text else float(percent_text)
        except ValueError:
            percent = -1.0
        if not (0.0 <= percent <= 100.0):
            raise HttpError(400, "percent: expected a number from 0 to 100")
        with self.pool.connection() as conn:
            tasks = export.label_studio_tasks(conn, day=day, percent=percent)
            export.record_export(conn, tasks)
            return _json(200, tasks)

    def get_report(self, query: dict) -> tuple[int, str, bytes]:
        day = _day_param(query, required=True)
        fmt = _param(query, "format") or "json"
        if fmt not in ("json", "csv"):
            raise HttpError(400, "format: expected json or csv")
        with self.pool.connection() as conn:
            result = report.sla_report(conn, day, self.cfg)
        if fmt == "csv":
            return 200, "text/csv; charset=utf-8", report.to_csv(result).encode("utf-8")
        return _json(200, result)


def _chunks(f: BinaryIO) -> Iterable[bytes]:
    with f:
        yield from iter(lambda: f.read(FILE_CHUNK), b"")


def _path_names(environ: dict, prefix: str, count: int) -> list[str]:
    """The `count` segments after `prefix`, split before percent-decoding (the server keeps the raw
    path in REQUEST_URI), so a name may hold any character, '/' included."""
    raw = environ.get("REQUEST_URI", "").split("?", 1)[0]
    if not raw.startswith(prefix):
        raw = environ.get("PATH_INFO", "")
    parts = raw[len(prefix):].split("/")
    names = [unquote(p, encoding="utf-8", errors="replace") for p in parts]
    if len(names) != count or not all(names):
        raise HttpError(404, f"expected {prefix}" + "/".join(["NAME"] * count))
    return names


def _recording_names(environ: dict) -> tuple[str, str]:
    appliance, call_id = _path_names(environ, recording_wire.PATH_PREFIX, 2)
    return appliance, call_id


def serve(cfg: ReceiverConfig) -> int:
    """Runs until SIGTERM/SIGINT. Refuses to start on a database that still needs `migrate`."""
    dsn = require_dsn(cfg)
    with db.connect(dsn) as conn:
        pending = db.pending_migrations(conn)
    if pending:
        raise db.DbError(f"database schema is not current (pending: {', '.join(pending)}): "
                         "run `callwarden-receiver migrate` first")
    tls = server.tls_context(cfg.tls_cert_file, cfg.tls_key_file) if cfg.tls_cert_file else None
    pool = db.Pool(dsn, cfg.pool_size)
    httpd = server.ReceiverServer(ReceiverApp(cfg, pool), cfg.host, cfg.port, cfg.threads, tls)
    warm_console(cfg, pool)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    log.info("callwarden-receiver listening on %s://%s:%d", "https" if tls else "http", cfg.host, cfg.port)
    if tls is None:
        log.warning("no tls_cert_file configured: serving plain HTTP (fine behind a TLS proxy on this host, "
                    "not on a network)")
    if not cfg.api_token_sha256:
        log.warning("no api_token_sha256 configured: reads and annotation imports get 403 "
                    "(`callwarden-receiver token` makes one)")
    try:
        httpd.serve_forever(poll_interval=0.5)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        httpd.server_close()
        pool.close()
    return 0
