"""The recording upload format both ends share.

`PUT /v1/recordings/{appliance}/{call_id}` with the WAV bytes as the body and two headers:
- `X-Callwarden-Sha256`: sha256 of the body, hex;
- `X-Callwarden-Signature`: Ed25519 by the appliance key over `signed_text(...)`, hex.
The receiver also requires that sha256 to be the `recording_sha256` of the call's call.end,
which is itself in the signed chain: a recording is accepted only as the one made on the call.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

CONTENT_TYPE = "audio/wav"
SHA256_HEADER = "X-Callwarden-Sha256"
SIGNATURE_HEADER = "X-Callwarden-Signature"
PATH_PREFIX = "/v1/recordings/"
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def is_sha256_hex(text: object) -> bool:
    return isinstance(text, str) and _SHA256_HEX.fullmatch(text) is not None


def signed_text(appliance: str, call_id: str, sha256: str) -> bytes:
    # Names what is signed, so this signature can never pass as a batch signature or vice versa.
    return f"callwarden-recording\n{appliance}\n{call_id}\n{sha256}".encode("utf-8")


def sign(key: Ed25519PrivateKey, appliance: str, call_id: str, sha256: str) -> str:
    return key.sign(signed_text(appliance, call_id, sha256)).hex()


def verify(public_key: Ed25519PublicKey, appliance: str, call_id: str, sha256: str, sig_hex: str) -> bool:
    try:
        public_key.verify(bytes.fromhex(sig_hex), signed_text(appliance, call_id, sha256))
        return True
    except (InvalidSignature, ValueError):
        return False


def url_path(appliance: str, call_id: str) -> str:
    # Each name is one path segment, whatever characters it has.
    return f"{PATH_PREFIX}{quote(appliance, safe='')}/{quote(call_id, safe='')}"
