"""Frame levels in dBFS (RMS relative to a full-scale square wave).

A full-scale sine reads about -3.01 dBFS. Silence (and empty input) is
floored at DBFS_FLOOR so callers never see -inf.
"""

import math

import numba
import numpy as np

DBFS_FLOOR = -120.0
# Mean square at the floor: 10 * log10(1e-12) = -120 dB.
_FLOOR_MEAN_SQUARE = 1e-12
# int16 full scale; dividing by 32768 maps the codec range onto [-1, 1).
PCM16_FULL_SCALE = 32768.0


@numba.njit(cache=True, nogil=True)
def _mean_square_dbfs(x, start, stop, scale):
    # Accumulate in float64: float32 sums over long frames lose precision.
    count = stop - start
    if count <= 0:
        return DBFS_FLOOR
    acc = 0.0
    for i in range(start, stop):
        value = x[i] * scale
        acc += value * value
    mean_square = acc / count
    if mean_square <= _FLOOR_MEAN_SQUARE:
        return DBFS_FLOOR
    return 10.0 * math.log10(mean_square)


@numba.njit(cache=True, nogil=True)
def _frames_dbfs_kernel(x, frame_len, scale, out):
    for f in range(out.size):
        out[f] = _mean_square_dbfs(x, f * frame_len, (f + 1) * frame_len, scale)


def _as_level_input(pcm):
    # Returns a contiguous 1-D array plus the factor mapping it to [-1, 1].
    arr = np.asarray(pcm)
    if arr.dtype == np.int16:
        return np.ascontiguousarray(arr).reshape(-1), 1.0 / PCM16_FULL_SCALE
    if arr.dtype == np.float32 or arr.dtype == np.float64:
        return np.ascontiguousarray(arr).reshape(-1), 1.0
    raise TypeError(f"expected int16 or float PCM, got {arr.dtype}")


def frame_dbfs(pcm):
    """RMS level of one frame in dBFS (int16 or float in [-1, 1])."""
    arr, scale = _as_level_input(pcm)
    return float(_mean_square_dbfs(arr, 0, arr.size, scale))


def frames_dbfs(x, frame_len):
    """Per-frame levels in dBFS; a trailing partial frame is dropped."""
    frame_len = int(frame_len)
    if frame_len <= 0:
        raise ValueError("frame_len must be positive")
    arr, scale = _as_level_input(x)
    out = np.empty(arr.size // frame_len, dtype=np.float32)
    _frames_dbfs_kernel(arr, frame_len, scale, out)
    return out
