"""The caller's identity as the appliance keeps it: numbers and CRM headers under `[privacy]`.

A caller's number is personal data the moment it is stored, synced, served or logged. By default
(`caller_number = "hash"`) every place shows a keyed hash of the number in E.164 form, keyed with
the same per-appliance secret as the do-not-call list, so a number matches its opt-out and the
same caller's calls match each other on this box, while the hash says nothing off it. "last4"
keeps the last four digits for a human to recognise; "clear" keeps everything (a site's choice).
Numbers are normalised first (`phonenumbers`, `[privacy] default_region`), so +1 415 555 0132,
(415) 555-0132 and 4155550132 are one caller.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

KEY_FILE = "dnc.key"          # the do-not-call list's key, older than this module: kept, shared
HASH, LAST4, CLEAR = "hash", "last4", "clear"
SHOWN_HASH_HEX = 16           # 64 bits: a caller's calls correlate, with no collision in practice

# A sip: URI's user part comes before "@" (sip:10.0.0.1 has none: it names a host, not a
# person); a tel: URI is all number.
_URI_USER = re.compile(r"(sips?:)([^@;>]+)(?=@)|(tel:)([^;>]+)")


def caller_key(state_dir: Path | str) -> bytes:
    """The appliance's secret for caller hashes, made once (0600) in the state dir."""
    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    path = state_dir / KEY_FILE
    if not path.exists():
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:     # another process of this appliance made it a moment ago
            return path.read_bytes()
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
    return path.read_bytes()


def user_part(uri: str) -> str:
    """'"Bob" <sip:+1 (555) 0100@pbx>;tag=x' -> '+1 (555) 0100'; a bare number is its own user part."""
    m = _URI_USER.search(uri)
    if m:
        return m.group(2) or m.group(4)
    return "" if re.search(r"sips?:", uri) else uri.strip()


def normalised(number_or_uri: str, region: str) -> str:
    """The number in E.164 when it parses as a possible phone number; otherwise its digits (an
    extension, a short code), or the lower-cased user part when it has none (sip:alice@pbx)."""
    user = user_part(number_or_uri).split(";", 1)[0]
    try:
        parsed = phonenumbers.parse(user, region or None)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return re.sub(r"\D", "", user) or user.lower()


@dataclass(frozen=True)
class CallerPrivacy:
    key: bytes
    mode: str = HASH
    region: str = "US"

    def _hash(self, text: str) -> str:
        return hmac.new(self.key, text.encode(), hashlib.sha256).hexdigest()

    def number_hash(self, number_or_uri: str) -> str:
        """The full keyed hash (hex) of a normalised number: the do-not-call list's key."""
        return self._hash(normalised(number_or_uri, self.region))

    def shown(self, value: str, number: bool = True) -> str:
        """A number (or, number=False, another identifier) as stored, synced, served and logged."""
        if self.mode == CLEAR or not value:
            return value
        if self.mode == LAST4:
            chars = re.sub(r"\W", "", value)
            return "****" + chars[-4:] if len(chars) > 4 else "****"
        return "h-" + (self.number_hash(value) if number else self._hash(value.strip()))[:SHOWN_HASH_HEX]

    def uri(self, uri: str) -> str:
        """The From URI with its user part shown as `mode` says and the display name dropped (a
        name is personal too); the host stays (it says which trunk the call came in on)."""
        if self.mode == CLEAR:
            return uri
        m = _URI_USER.search(uri)
        if m is None:
            host = re.search(r"sips?:[^;>\s]*", uri)
            return host.group(0) if host else self.shown(uri)     # no user part: the host is kept
        if m.group(3):
            return m.group(3) + self.shown(m.group(4))
        host = re.match(r"@[^;>\s]*", uri[m.end():])
        return f"{m.group(1)}{self.shown(m.group(2))}{host.group(0) if host else ''}"

    def headers(self, headers: dict[str, str]) -> dict[str, str]:
        """Kept CRM headers (X-Account-Id ...): values identify a customer as a number does."""
        return {name: self.shown(value, number=False) for name, value in headers.items()}
