"""The batch format both ends share (DESIGN.md, Sync), format version 2.

A batch is `{v, appliance, batch_seq, prev_hash, events, salts, content_hash, hash, sig}`:
- `events`: redacted CallEvent dicts, in outbox order; `salts`: one random 16-byte hex per event;
- each event has a digest over its fields and the digest of its body:
  `body_digest = sha256(salt || canonical_msgpack(body))`,
  `event_digest = sha256(canonical_msgpack([call_id, seq, t_ms, wall, kind, leg, body_digest]))`;
- `content_hash = sha256(event_digest_0 || event_digest_1 || ...)`, hex;
- the signed message is `canonical_msgpack(["callwarden-batch", 2, appliance, batch_seq,
  prev_hash, content_hash])`; `hash = sha256(signed message)`, hex, is the chain link
  (the next batch's `prev_hash`; GENESIS_HASH before batch_seq 0); `sig` is Ed25519 over the
  signed message by the appliance key, hex.
Why digests per event: the receiver keeps each event's body digest, so an erased body (its
salt gone too, so the digest confirms no guess) still links, and every stored row can be
checked against the signed chain without the batch's bytes. Why name and number in the
signed message: a batch cannot be replayed as another appliance's or at another position.
On the wire the whole batch is one msgpack map (Content-Type application/msgpack).
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

import msgpack
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VERSION = 2
GENESIS_HASH = "0" * 64
CONTENT_TYPE = "application/msgpack"
SALT_BYTES = 16
_SIGNED_TAG = "callwarden-batch"
_HEX = frozenset("0123456789abcdef")


class BatchError(ValueError):
    """The batch is malformed (HTTP 400)."""


def _canonical(value: Any) -> Any:
    """Maps with sorted keys all the way down, so both ends hash identical bytes."""
    if isinstance(value, dict):
        return {k: _canonical(value[k]) for k in sorted(value)}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


def canonical_msgpack(value: Any) -> bytes:
    return msgpack.packb(_canonical(value), use_bin_type=True)


def body_digest(salt_hex: str, body: dict) -> bytes:
    return hashlib.sha256(bytes.fromhex(salt_hex) + canonical_msgpack(body)).digest()


def event_digest(call_id: str, seq: int, t_ms: int, wall: str, kind: str, leg: str, body_sha: bytes) -> bytes:
    return hashlib.sha256(canonical_msgpack([call_id, seq, t_ms, wall, kind, leg, body_sha])).digest()


def digest_of(event: dict, salt_hex: str) -> bytes:
    return event_digest(event["call_id"], event["seq"], event["t_ms"], event["wall"], event["kind"], event["leg"],
                        body_digest(salt_hex, event["body"]))


def content_hash(event_digests: list[bytes]) -> str:
    return hashlib.sha256(b"".join(event_digests)).hexdigest()


def signed_message(appliance: str, batch_seq: int, prev_hash: str, content: str) -> bytes:
    return canonical_msgpack([_SIGNED_TAG, VERSION, appliance, batch_seq, prev_hash, content])


def link_hash(appliance: str, batch_seq: int, prev_hash: str, content: str) -> str:
    return hashlib.sha256(signed_message(appliance, batch_seq, prev_hash, content)).hexdigest()


def make_batch(key: Ed25519PrivateKey, appliance: str, batch_seq: int, prev_hash: str, events: list[dict],
               salts: list[str] | None = None) -> dict:
    salts = salts if salts is not None else [os.urandom(SALT_BYTES).hex() for _ in events]
    content = content_hash([digest_of(e, s) for e, s in zip(events, salts)])
    message = signed_message(appliance, batch_seq, prev_hash, content)
    return {"v": VERSION, "appliance": appliance, "batch_seq": batch_seq, "prev_hash": prev_hash, "events": events,
            "salts": salts, "content_hash": content, "hash": hashlib.sha256(message).hexdigest(),
            "sig": key.sign(message).hex()}


def encode(batch: dict) -> bytes:
    return canonical_msgpack(batch)


def is_hex(text: object, n_chars: int) -> bool:
    return isinstance(text, str) and len(text) == n_chars and set(text) <= _HEX


def decode(raw: bytes) -> dict:
    """Parses and shape-checks a batch; raises BatchError naming what is wrong."""
    try:
        batch = msgpack.unpackb(raw, raw=False, strict_map_key=True)
    except Exception as e:
        raise BatchError(f"not msgpack: {e}") from None
    if not isinstance(batch, dict):
        raise BatchError("batch is not a map")
    if batch.get("v") != VERSION:
        raise BatchError(f"v: expected sync format version {VERSION} (update the appliance)")
    types = {"appliance": str, "batch_seq": int, "prev_hash": str, "events": list, "salts": list,
             "content_hash": str, "hash": str, "sig": str}
    for name, kind in types.items():
        if not isinstance(batch.get(name), kind) or isinstance(batch.get(name), bool):
            raise BatchError(f"{name}: expected {kind.__name__}")
    if batch["batch_seq"] < 0:
        raise BatchError("batch_seq: expected >= 0")
    for name in ("prev_hash", "content_hash", "hash"):
        if not is_hex(batch[name], 64):
            raise BatchError(f"{name}: expected 64 lower-case hex digits")
    if len(batch["salts"]) != len(batch["events"]) or not all(is_hex(s, 2 * SALT_BYTES) for s in batch["salts"]):
        raise BatchError(f"salts: expected one {2 * SALT_BYTES}-hex-digit salt per event")
    for i, e in enumerate(batch["events"]):
        if not isinstance(e, dict) or not {"call_id", "seq", "kind"} <= e.keys():
            raise BatchError(f"events[{i}]: expected a CallEvent map")
    return batch


def verify_hash(batch: dict) -> bool:
    """content_hash over the events as sent and hash over the signed message both hold."""
    try:
        content = content_hash([digest_of(e, s) for e, s in zip(batch["events"], batch["salts"])])
    except (KeyError, TypeError, ValueError):
        return False
    return content == batch["content_hash"] and batch["hash"] == link_hash(
        batch["appliance"], batch["batch_seq"], batch["prev_hash"], content)


def verify_signature(public_key: Ed25519PublicKey, sig_hex: str, appliance: str, batch_seq: int, prev_hash: str,
                     content: str) -> bool:
    try:
        public_key.verify(bytes.fromhex(sig_hex), signed_message(appliance, batch_seq, prev_hash, content))
        return True
    except (InvalidSignature, ValueError):
        return False
