"""Pitch (F0) of voiced frames by normalised autocorrelation, for the caller's voice trend.

Per frame, the lag in the 70-400 Hz range with the highest normalised
autocorrelation wins; a frame whose best correlation is below VOICED_MIN
(unvoiced, noise, silence) reads 0.0. Phone audio carries no energy below
~300 Hz, but the periodicity of the harmonics still shows at the F0 lag.
"""

import numba
import numpy as np

F0_MIN_HZ = 70.0
F0_MAX_HZ = 400.0
VOICED_MIN = 0.5


@numba.njit(cache=True, nogil=True)
def _frame_pitch(x, start, n, lag_min, lag_max, rate_hz):
    energy0 = 0.0
    for i in range(start, start + n):
        energy0 += x[i] * x[i]
    if energy0 <= 1e-9:
        return 0.0
    best, best_lag = 0.0, 0
    for lag in range(lag_min, lag_max + 1):
        acc, energy1 = 0.0, 0.0
        for i in range(start, start + n):
            acc += x[i] * x[i + lag]
            energy1 += x[i + lag] * x[i + lag]
        if energy1 <= 1e-9:
            continue
        r = acc / np.sqrt(energy0 * energy1)
        if r > best:
            best, best_lag = r, lag
    if best < VOICED_MIN or best_lag == 0:
        return 0.0
    return rate_hz / best_lag


@numba.njit(cache=True, nogil=True)
def _frames_pitch_kernel(x, frame_len, hop, lag_min, lag_max, rate_hz, out):
    for f in range(out.size):
        out[f] = _frame_pitch(x, f * hop, frame_len, lag_min, lag_max, rate_hz)


def frames_pitch_hz(x, rate_hz, frame_ms=30, hop_ms=20):
    """F0 in Hz per frame (0.0 where unvoiced) of float audio; each frame needs its longest lag
    of look-ahead, so frames that would run past the end are not computed."""
    arr = np.ascontiguousarray(np.asarray(x, dtype=np.float64).reshape(-1))
    frame_len = int(rate_hz * frame_ms / 1000)
    hop = int(rate_hz * hop_ms / 1000)
    lag_min = int(rate_hz / F0_MAX_HZ)
    lag_max = int(rate_hz / F0_MIN_HZ)
    usable = arr.size - frame_len - lag_max
    n_frames = usable // hop + 1 if usable >= 0 else 0
    out = np.zeros(n_frames, dtype=np.float64)
    if n_frames:
        _frames_pitch_kernel(arr, frame_len, hop, lag_min, lag_max, float(rate_hz), out)
    return out
