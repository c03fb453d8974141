"""The do-not-call list: callers' numbers as keyed hashes (HMAC-SHA256), never in clear."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import sqlite3
from pathlib import Path

from callwarden.events import wall_now

KEY_FILE = "dnc.key"
DB_FILE = "dnc.sqlite3"


def number_of(uri: str) -> str:
    """The digits of a SIP URI's user part: '"Bob" <sip:+1 (555) 0100@pbx>' -> '15550100'."""
    m = re.search(r"sips?:([^@;>]+)", uri)
    user = m.group(1) if m else uri
    return re.sub(r"\D", "", user) or user.lower()


class DoNotCall:
    def __init__(self, state_dir: Path | str) -> None:
        state_dir = Path(state_dir)
        state_dir.mkdir(parents=True, exist_ok=True)
        key_path = state_dir / KEY_FILE
        if not key_path.exists():
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(secrets.token_bytes(32))
        self._key = key_path.read_bytes()
        self._db = sqlite3.connect(state_dir / DB_FILE, timeout=10, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS dnc (hash TEXT PRIMARY KEY, added TEXT NOT NULL, "
                         "reason TEXT NOT NULL)")

    def key_of(self, number_or_uri: str) -> str:
        return hmac.new(self._key, number_of(number_or_uri).encode(), hashlib.sha256).hexdigest()

    def add(self, number_or_uri: str, reason: str) -> str:
        h = self.key_of(number_or_uri)
        self._db.execute("INSERT OR IGNORE INTO dnc VALUES (?, ?, ?)", (h, wall_now(), reason))
        return h

    def remove(self, number_or_uri: str) -> bool:
        return self._db.execute("DELETE FROM dnc WHERE hash = ?", (self.key_of(number_or_uri),)).rowcount > 0

    def contains(self, number_or_uri: str) -> bool:
        return self._db.execute("SELECT 1 FROM dnc WHERE hash = ?", (self.key_of(number_or_uri),)).fetchone() is not None

    def entries(self) -> list[tuple[str, str, str]]:
        return self._db.execute("SELECT hash, added, reason FROM dnc ORDER BY added").fetchall()

    def close(self) -> None:
        self._db.close()
