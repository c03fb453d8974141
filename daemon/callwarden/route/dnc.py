"""The do-not-call list: callers' numbers as keyed hashes (HMAC-SHA256), never in clear.

Numbers are normalised to E.164 first (redact/caller.py), so an opt-out given from
+1 415 555 0132 also stops calls from 4155550132. Lists written before that hashed the bare
digits; those entries still match (`_legacy_key`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sqlite3
from pathlib import Path

from callwarden.events import wall_now
from callwarden.redact.caller import CallerPrivacy, caller_key, user_part

DB_FILE = "dnc.sqlite3"


def number_of(uri: str) -> str:
    """The digits of a SIP URI's user part, as lists before E.164 normalisation hashed them."""
    user = user_part(uri)
    return re.sub(r"\D", "", user) or user.lower()


class DoNotCall:
    def __init__(self, state_dir: Path | str, region: str = "US") -> None:
        state_dir = Path(state_dir)
        self._key = caller_key(state_dir)
        self._numbers = CallerPrivacy(self._key, region=region)
        self._db = sqlite3.connect(state_dir / DB_FILE, timeout=10, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS dnc (hash TEXT PRIMARY KEY, added TEXT NOT NULL, "
                         "reason TEXT NOT NULL)")

    def key_of(self, number_or_uri: str) -> str:
        return self._numbers.number_hash(number_or_uri)

    def _legacy_key(self, number_or_uri: str) -> str:
        return hmac.new(self._key, number_of(number_or_uri).encode(), hashlib.sha256).hexdigest()

    def add(self, number_or_uri: str, reason: str) -> str:
        h = self.key_of(number_or_uri)
        self._db.execute("INSERT OR IGNORE INTO dnc VALUES (?, ?, ?)", (h, wall_now(), reason))
        return h

    def remove(self, number_or_uri: str) -> bool:
        keys = (self.key_of(number_or_uri), self._legacy_key(number_or_uri))
        return self._db.execute("DELETE FROM dnc WHERE hash IN (?, ?)", keys).rowcount > 0

    def contains(self, number_or_uri: str) -> bool:
        keys = (self.key_of(number_or_uri), self._legacy_key(number_or_uri))
        return self._db.execute("SELECT 1 FROM dnc WHERE hash IN (?, ?)", keys).fetchone() is not None

    def entries(self) -> list[tuple[str, str, str]]:
        return self._db.execute("SELECT hash, added, reason FROM dnc ORDER BY added").fetchall()

    def close(self) -> None:
        self._db.close()
