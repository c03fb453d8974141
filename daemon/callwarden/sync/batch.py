"""The batch format both ends share (DESIGN.md, Sync).

A batch is `{appliance, batch_seq, prev_hash, events, hash, sig}`:
- `events`: redacted CallEvent dicts, in outbox order;
- `hash = sha256(bytes.fromhex(prev_hash) || canonical_msgpack(events))`, hex;
- `prev_hash`: the previous batch's hash, GENESIS_HASH for batch_seq 0;
- `sig`: Ed25519 over the 32 hash bytes by the appliance key, hex.
On the wire the whole batch is one msgpack map (Content-Type application/msgpack).
"""

from __future__ import annotations

import hashlib
from typing import Any

import msgpack
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

GENESIS_HASH = "0" * 64
CONTENT_TYPE = "application/msgpack"


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


def chain_hash(prev_hash: str, events: list[dict]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical_msgpack(events)).hexdigest()


def make_batch(key: Ed25519PrivateKey, appliance: str, batch_seq: int, prev_hash: str, events: list[dict]) -> dict:
    digest = chain_hash(prev_hash, events)
    return {"appliance": appliance, "batch_seq": batch_seq, "prev_hash": prev_hash, "events": events,
            "hash": digest, "sig": key.sign(bytes.fromhex(digest)).hex()}


def encode(batch: dict) -> bytes:
    return canonical_msgpack(batch)


def decode(raw: bytes) -> dict:
    """Parses and shape-checks a batch; raises BatchError naming what is wrong."""
    try:
        batch = msgpack.unpackb(raw, raw=False, strict_map_key=True)
    except Exception as e:
        raise BatchError(f"not msgpack: {e}") from None
    if not isinstance(batch, dict):
        raise BatchError("batch is not a map")
    types = {"appliance": str, "batch_seq": int, "prev_hash": str, "events": list, "hash": str, "sig": str}
    for name, kind in types.items():
        if not isinstance(batch.get(name), kind) or isinstance(batch.get(name), bool):
            raise BatchError(f"{name}: expected {kind.__name__}")
    if batch["batch_seq"] < 0:
        raise BatchError("batch_seq: expected >= 0")
    for name in ("prev_hash", "hash"):
        if len(batch[name]) != 64 or any(c not in "0123456789abcdef" for c in batch[name]):
            raise BatchError(f"{name}: expected 64 lower-case hex digits")
    for i, e in enumerate(batch["events"]):
        if not isinstance(e, dict) or not {"call_id", "seq", "kind"} <= e.keys():
            raise BatchError(f"events[{i}]: expected a CallEvent map")
    return batch


def verify_hash(batch: dict) -> bool:
    return chain_hash(batch["prev_hash"], batch["events"]) == batch["hash"]


def verify_signature(batch: dict, public_key: Ed25519PublicKey) -> bool:
    try:
        public_key.verify(bytes.fromhex(batch["sig"]), bytes.fromhex(batch["hash"]))
        return True
    except (InvalidSignature, ValueError):
        return False
