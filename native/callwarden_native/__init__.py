"""Numba kernels for callwarden's audio path (pure functions on numpy arrays).

Call `warm_up()` once at start-up so JIT compilation (or loading the on-disk
cache) happens then, not inside the first 20 ms call frame.
"""

import numpy as np

from .energy import DBFS_FLOOR, frame_dbfs, frames_dbfs
from .pitch import frames_pitch_hz
from .g711 import alaw_decode, alaw_encode, ulaw_decode, ulaw_encode
from .resample import (
    UPSAMPLE_DELAY_SAMPLES,
    UPSAMPLE_HISTORY_SAMPLES,
    resample,
    upsample_8k_to_16k,
    upsample_8k_to_16k_stream,
)

__all__ = [
    "DBFS_FLOOR",
    "UPSAMPLE_DELAY_SAMPLES",
    "UPSAMPLE_HISTORY_SAMPLES",
    "alaw_decode",
    "alaw_encode",
    "frame_dbfs",
    "frames_dbfs",
    "frames_pitch_hz",
    "resample",
    "ulaw_decode",
    "ulaw_encode",
    "upsample_8k_to_16k",
    "upsample_8k_to_16k_stream",
    "warm_up",
]


def warm_up():
    """Run every kernel once on tiny inputs, for each dtype used in service."""
    pcm = np.zeros(8, dtype=np.int16)
    codes = np.zeros(8, dtype=np.uint8)
    signal = np.zeros(32, dtype=np.float32)
    ulaw_encode(pcm)
    ulaw_decode(codes)
    alaw_encode(pcm)
    alaw_decode(codes)
    resample(signal, 8000, 16000)
    upsample_8k_to_16k_stream(signal, None)
    frame_dbfs(pcm)
    frame_dbfs(signal)
    frame_dbfs(signal.astype(np.float64))
    frames_dbfs(signal, 8)
    frames_dbfs(pcm, 4)
    frames_pitch_hz(np.zeros(800, dtype=np.float32), 16000)
