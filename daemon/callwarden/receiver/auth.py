"""Bearer token for the receiver's reads and the annotation import.

The config holds only sha256(token) in hex; a request's token is hashed and compared with
hmac.compare_digest, so the comparison takes the same time whatever the guess and the
token itself is never stored or logged. POST /v1/batches does not come here: batches are
authenticated by their appliance's Ed25519 signature.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

TOKEN_BYTES = 32
# Appliance signatures (batches, recordings): one answer for "no such appliance" and "signature
# does not verify", so names cannot be probed; an unknown name is verified against NOBODY so
# that answer takes as long as a bad signature.
UNAUTHENTICATED = "appliance unknown or signature invalid"
NOBODY = Ed25519PrivateKey.from_private_bytes(bytes(32)).public_key()
NO_TOKEN_MESSAGE = ("this receiver has no API token configured, so reads and imports are refused: run "
                    "`callwarden-receiver token` and put the api_token_sha256 line it prints in the [receiver] "
                    "table of the file given with --config, then restart `serve`")


class Denied(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> tuple[str, str]:
    """(token, its sha256 hex) for `callwarden-receiver token`."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, token_sha256(token)


def check(authorization: str | None, configured_sha256: str) -> None:
    """Raises Denied(403) when no token is configured (fail closed), Denied(401) when the
    Authorization header is missing or carries another token."""
    if not configured_sha256:
        raise Denied(403, NO_TOKEN_MESSAGE)
    scheme, _, presented = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        raise Denied(401, "expected Authorization: Bearer TOKEN")
    if not hmac.compare_digest(token_sha256(presented.strip()), configured_sha256):
        raise Denied(401, "wrong token")
