"""The bytes of a pjsua2 ByteVector (a media frame's buffer), copied fast, both ways.

`bytes(frame.buf)` walks SWIG's iterator one byte at a time: about 0.7 ms for
a 20 ms frame, most of what a call cost its worker (measured with py-spy under
load). A SWIG ByteVector wraps a libstdc++ std::vector<unsigned char>, whose
first two words are its begin and end pointers, so the bytes can be copied in
one go with ctypes (about 20 µs). The layout is checked against the slow path
once, and each copy checks its length against size(); if either ever
disagrees, the slow path is used.
"""

from __future__ import annotations

import ctypes
import logging

import pjsua2 as pj

log = logging.getLogger("callwarden.sip")

_WORD = ctypes.sizeof(ctypes.c_void_p)


def _span(vector) -> tuple[int, int]:
    """Where the vector's bytes start, and how many its begin and end pointers say there are."""
    address = int(vector.this)
    begin = ctypes.c_size_t.from_address(address).value
    return begin, ctypes.c_size_t.from_address(address + _WORD).value - begin


def _fast(vector) -> bytes:
    begin, size = _span(vector)
    if size != vector.size():
        return bytes(vector)        # not the layout we know: never read past it
    return ctypes.string_at(begin, size)


def _fast_fill(frame, pcm: bytes) -> None:
    """frame.buf = pcm, without building a ByteVector from Python one byte at a time."""
    buf = frame.buf
    buf.resize(len(pcm))
    begin, size = _span(buf)
    if size != len(pcm) or buf.size() != len(pcm):
        frame.buf = pj.ByteVector(pcm)
        return
    ctypes.memmove(begin, pcm, size)


def _slow_fill(frame, pcm: bytes) -> None:
    frame.buf = pj.ByteVector(pcm)


def _layout_is_known() -> bool:
    probe = pj.ByteVector(320)
    for i in range(320):
        probe[i] = (i * 7 + 3) % 256
    try:
        frame = pj.MediaFrame()
        _fast_fill(frame, bytes(range(256)))
        return (_fast(probe) == bytes(probe) and _fast(pj.ByteVector()) == b""
                and bytes(frame.buf) == bytes(range(256)))
    except (ValueError, OSError, TypeError, AttributeError):
        return False


if _layout_is_known():
    frame_bytes, fill_frame = _fast, _fast_fill
else:       # pragma: no cover - another C++ library's vector layout
    log.warning("pjsua2's ByteVector layout is not the one expected: copying frames byte by byte (slow)")
    frame_bytes, fill_frame = bytes, _slow_fill
