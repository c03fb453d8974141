"""Lossless event bodies in jsonb.

`verify` rebuilds each batch's canonical msgpack from the events rows, so a body must come
back from jsonb exactly as it was hashed. Plain JSON loses a few msgpack values; those, and
only those, are stored as a one-key tag map {"$cw": [type, payload]}:
- floats that are not finite (NaN payloads included), -0.0, or printed with an exponent
  (jsonb's numeric would print 1e+300 back as an integer), as the hex of their 8 bytes;
- strings with a NUL (jsonb refuses \\u0000), as base64 of the UTF-8;
- bytes, as base64;
- maps with a non-text key, a NUL in a key, or a "$cw" key (so a genuine map is never
  read back as a tag), as a list of [key, value] pairs.
Everything else, i.e. every body the appliance really sends, is stored as plain JSON, so
SQL such as body->>'text' keeps working.
"""

from __future__ import annotations

import base64
import math
import struct
from typing import Any

TAG = "$cw"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def to_jsonb(value: Any) -> Any:
    kind = type(value)
    # Fast paths for what bodies are made of (ingest runs this on every event).
    if kind is str and "\x00" not in value:
        return value
    if kind is int or kind is bool:
        return value
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        text = repr(value)
        if not math.isfinite(value) or "e" in text or (value == 0 and math.copysign(1.0, value) < 0):
            return {TAG: ["f64", struct.pack(">d", value).hex()]}
        return value
    if isinstance(value, str):
        return {TAG: ["str", _b64(value.encode("utf-8"))]} if "\x00" in value else value
    if isinstance(value, (bytes, bytearray)):
        return {TAG: ["bytes", _b64(bytes(value))]}
    if isinstance(value, (list, tuple)):
        return [to_jsonb(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and "\x00" not in k and k != TAG for k in value):
            return {k: to_jsonb(v) for k, v in value.items()}
        return {TAG: ["map", [[to_jsonb(k), to_jsonb(v)] for k, v in value.items()]]}
    raise TypeError(f"cannot store a {type(value).__name__} in an event body")


def from_jsonb(value: Any) -> Any:
    if isinstance(value, list):
        return [from_jsonb(v) for v in value]
    if not isinstance(value, dict):
        return value
    tagged = value.get(TAG) if len(value) == 1 else None
    if not (isinstance(tagged, list) and len(tagged) == 2):
        return {k: from_jsonb(v) for k, v in value.items()}
    kind, payload = tagged
    if kind == "f64":
        return struct.unpack(">d", bytes.fromhex(payload))[0]
    if kind == "str":
        return base64.b64decode(payload).decode("utf-8")
    if kind == "bytes":
        return base64.b64decode(payload)
    if kind == "map":
        return {from_jsonb(k): from_jsonb(v) for k, v in payload}
    raise ValueError(f"unknown jsonb tag {kind!r}")
