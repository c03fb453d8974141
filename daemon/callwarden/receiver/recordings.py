"""Call recordings at the receiver: accept an appliance's signed upload, find it, erase it, check it.

An upload is taken only as the recording the chain already vouches for: the appliance's
signature covers (appliance, call_id, sha256), the body must hash to that sha256, and the
call's stored call.end must carry the same `recording_sha256`. Checks, in order:
size (413, before anything else) -> signature (401) -> rate limit (429) -> call erased (410) -> call.end stored (409, not yet) -> call.end names
this sha256 (422) -> already stored (200; the body is not read, nothing is rewritten) ->
body hashes to it (400).
The file is written and fsynced under a temporary name, then renamed into place inside the
transaction that inserts its row, with the appliance row locked as ingest and erase do.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable
from urllib.parse import quote

import psycopg

from callwarden.models import sha256_file
from callwarden.receiver import logsafe
from callwarden.receiver.auth import NOBODY as _NOBODY
from callwarden.receiver.auth import UNAUTHENTICATED
from callwarden.wire import keys
from callwarden.wire import recording as wire

log = logging.getLogger("callwarden.receiver")

CHUNK = 1 << 20
MAX_SEGMENT_CHARS = 100


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Stored:
    path: Path
    sha256: str
    size: int


def _segment(name: str) -> str:
    """A file-name-safe form of an appliance name or call id, one per name."""
    quoted = quote(name, safe="")
    if len(quoted) <= MAX_SEGMENT_CHARS and not quoted.startswith("."):
        return quoted
    # quote() never emits '#', so these cannot collide with a quoted name.
    return "#" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:40]


def file_path(root: Path, appliance: str, call_id: str) -> Path:
    return root / _segment(appliance) / f"{_segment(call_id)}.wav"


def authenticate(conn: psycopg.Connection, appliance: str, call_id: str, sha256: str, sig: str) -> None:
    """One answer, and the same work, for an unknown appliance and a bad signature (as ingest)."""
    row = conn.execute("SELECT public_key FROM appliances WHERE name = %s", (appliance,)).fetchone()
    conn.rollback()
    try:
        key = keys.public_key_from_text(row[0]) if row else _NOBODY
    except ValueError:
        key = _NOBODY
    if not wire.verify(key, appliance, call_id, sha256, sig) or row is None:
        raise Refused(401, UNAUTHENTICATED)


def _check_chain(conn: psycopg.Connection, appliance: str, call_id: str, sha256: str) -> Stored | None:
    """Raises Refused unless the chain vouches for `sha256`; returns the stored file if there is one."""
    end = conn.execute("SELECT body->>'recording_sha256' FROM events WHERE appliance = %s AND call_id = %s "
                       "AND kind = 'call.end'", (appliance, call_id)).fetchone()
    erased = conn.execute("SELECT erased FROM calls WHERE appliance = %s AND call_id = %s",
                          (appliance, call_id)).fetchone()
    if erased and erased[0]:
        raise Refused(410, "the call was erased")
    if end is None:
        raise Refused(409, "the call's call.end is not stored yet: send its batch first")
    if end[0] is None:
        raise Refused(422, "the call's call.end names no recording")
    if end[0] != sha256:
        raise Refused(422, "sha256 differs from the recording_sha256 of the call's call.end")
    row = conn.execute("SELECT path, sha256, bytes FROM recordings WHERE appliance = %s AND call_id = %s",
                       (appliance, call_id)).fetchone()
    if row is None:
        return None
    if row[0] is None:
        raise Refused(410, "the recording was erased")
    return Stored(Path(row[0]), row[1], row[2])


def _receive(body: BinaryIO, length: int, directory: Path, sha256: str) -> Path:
    """Writes the body to a temporary file in `directory`, fsynced; checks it hashes to `sha256`."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".upload-", suffix=".part")
    digest, left = hashlib.sha256(), length
    try:
        with os.fdopen(fd, "wb") as out:
            while left > 0:
                chunk = body.read(min(CHUNK, left))
                if not chunk:
                    raise Refused(400, f"body ended {left} bytes short of Content-Length")
                digest.update(chunk)
                out.write(chunk)
                left -= len(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise Refused(400, f"body does not hash to its {wire.SHA256_HEADER}")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def store(conn: psycopg.Connection, root: Path, appliance: str, call_id: str, sha256: str, sig: str,
          body: BinaryIO, length: int, admit: Callable[[str], None] | None = None) -> dict:
    """Checks and stores one upload; returns the 200 result or raises Refused. `admit(appliance)`
    runs once the upload is authenticated (the rate limit)."""
    authenticate(conn, appliance, call_id, sha256, sig)
    if admit is not None:
        admit(appliance)
    result = {"appliance": appliance, "call_id": call_id, "sha256": sha256, "bytes": length}
    with conn.transaction():
        if _check_chain(conn, appliance, call_id, sha256) is not None:
            return {**result, "stored": "already"}
    final = file_path(root, appliance, call_id)
    tmp = _receive(body, length, final.parent, sha256)
    try:
        with conn.transaction():
            conn.execute("SELECT 1 FROM appliances WHERE name = %s FOR UPDATE", (appliance,))
            # Again under the lock: an erase or a twin upload may have come in while we read.
            if _check_chain(conn, appliance, call_id, sha256) is not None:
                return {**result, "stored": "already"}
            os.replace(tmp, final)
            _fsync_dir(final.parent)
            conn.execute("INSERT INTO recordings (appliance, call_id, sha256, bytes, path) VALUES (%s, %s, %s, %s, %s)",
                         (appliance, call_id, sha256, length, str(final)))
    finally:
        tmp.unlink(missing_ok=True)
    log.info("stored the recording of call %s from %s (%d bytes)", logsafe.field(call_id), logsafe.field(appliance),
             length)
    return {**result, "stored": "new"}


def find(conn: psycopg.Connection, appliance: str, call_id: str) -> Stored:
    row = conn.execute("SELECT path, sha256, bytes FROM recordings WHERE appliance = %s AND call_id = %s",
                       (appliance, call_id)).fetchone()
    conn.rollback()
    if row is None:
        raise Refused(404, "no recording of this call is stored")
    if row[0] is None:
        raise Refused(410, "the recording was erased")
    return Stored(Path(row[0]), row[1], row[2])


def erase_in_tx(conn: psycopg.Connection, appliance: str, call_ids: list[str]) -> list[Path]:
    """Inside the caller's transaction: forgets the files (sha256 and size stay) and returns their
    paths, for the caller to delete once the transaction has committed."""
    rows = conn.execute("SELECT path FROM recordings WHERE appliance = %s AND call_id = ANY(%s) "
                        "AND path IS NOT NULL FOR UPDATE", (appliance, call_ids)).fetchall()
    conn.execute("UPDATE recordings SET path = NULL, erased_at = now() WHERE appliance = %s AND call_id = ANY(%s) "
                 "AND path IS NOT NULL", (appliance, call_ids))
    return [Path(r[0]) for r in rows]


@dataclass
class BrokenRecording:
    appliance: str
    call_id: str
    problem: str

    def line(self) -> str:
        return f"BROKEN recording appliance {self.appliance} call {self.call_id}: {self.problem}"


def check(conn: psycopg.Connection, appliance: str | None = None) -> tuple[int, list[BrokenRecording]]:
    """Every kept recording against its file's sha256 and the chain's call.end; run inside verify's snapshot."""
    rows = conn.execute(
        "SELECT r.appliance, r.call_id, r.sha256, r.path, e.body->>'recording_sha256', c.erased "
        "FROM recordings r LEFT JOIN events e ON e.appliance = r.appliance AND e.call_id = r.call_id "
        "AND e.kind = 'call.end' LEFT JOIN calls c ON c.appliance = r.appliance AND c.call_id = r.call_id "
        "WHERE r.path IS NOT NULL AND (%s::text IS NULL OR r.appliance = %s) ORDER BY r.appliance, r.call_id",
        (appliance, appliance)).fetchall()
    broken = []
    for name, call_id, sha256, path, chain_sha256, erased in rows:
        if erased:
            problem = "the call is erased but its recording file is kept"
        elif chain_sha256 != sha256:
            problem = "sha256 differs from the recording_sha256 of the call's call.end"
        else:
            try:
                problem = None if sha256_file(Path(path)) == sha256 else "file does not match its sha256"
            except FileNotFoundError:
                problem = "file is missing"
            except OSError as e:
                problem = f"file cannot be read: {e.strerror}"
        if problem:
            broken.append(BrokenRecording(name, call_id, problem))
    return len(rows), broken
