"""The key probe: is this appliance's key registered at the receiver, and under which name?

`POST /v1/probe` with a msgpack map {v, appliance, public_key, sig}; `sig` is Ed25519 by that
key over `signed_message(appliance, public_key)`, so only the key's holder can ask about it
and the answer tells nothing about any other key. The receiver answers 200 when the key is
registered to `appliance`, 409 "key registered to another appliance" when it is registered
under another name (a cloned disk image: two boxes signing as one), 404 when it is not
registered, 401 when the signature does not verify.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from callwarden.wire import batch as wire
from callwarden.wire import keys

PATH = "/v1/probe"
_TAG = "callwarden-probe"
OTHER_APPLIANCE = "key registered to another appliance"


def signed_message(appliance: str, public_key: str) -> bytes:
    # Its own tag: a probe signature can never pass as a batch or recording signature.
    return wire.canonical_msgpack([_TAG, wire.VERSION, appliance, public_key])


def make(key: Ed25519PrivateKey, appliance: str) -> bytes:
    public_key = keys.public_key_text(key)
    return wire.canonical_msgpack({"v": wire.VERSION, "appliance": appliance, "public_key": public_key,
                                   "sig": key.sign(signed_message(appliance, public_key)).hex()})


def check(probe: dict) -> bool:
    """The probe's signature verifies with the key it names."""
    try:
        public = keys.public_key_from_text(probe["public_key"])
        public.verify(bytes.fromhex(probe["sig"]), signed_message(probe["appliance"], probe["public_key"]))
        return True
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False
