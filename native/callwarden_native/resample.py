"""Band-limited resampling of float32 audio.

`resample` handles any pair of integer rates with a Kaiser-windowed sinc.
`upsample_8k_to_16k_stream` is the per-frame 8 kHz -> 16 kHz path: a fixed
half-band interpolator whose state is just the last few input samples, so
feeding 20 ms frames one by one gives exactly the whole-signal output.
"""

import functools
import math

import numba
import numpy as np

# General resampler design: zero crossings of the sinc on each side of the
# centre, Kaiser beta (~80 dB stopband) and cutoff as a fraction of the
# lower Nyquist frequency (a little below it so the transition band does not
# reach far past the new Nyquist).
RESAMPLE_ZERO_CROSSINGS = 16
RESAMPLE_KAISER_BETA = 8.0
RESAMPLE_CUTOFF_RATIO = 0.95

# Half-band 2x interpolator: 2 * HALFBAND_SIDE_TAPS taps on the odd phase.
HALFBAND_SIDE_TAPS = 16
HALFBAND_KAISER_BETA = 7.0
# Output lags input by this many 8 kHz samples (2 ms); even outputs are
# exact copies of the input delayed by this amount.
UPSAMPLE_DELAY_SAMPLES = HALFBAND_SIDE_TAPS
# Input samples (at 8 kHz) carried between frames.
UPSAMPLE_HISTORY_SAMPLES = 2 * HALFBAND_SIDE_TAPS - 1


@numba.njit(cache=True, nogil=True)
def _bessel_i0(x):
    # Power series of the modified Bessel function I0; converges fast for
    # the small arguments (< 20) a Kaiser window uses.
    total = 1.0
    term = 1.0
    half_x = 0.5 * x
    k = 1
    while True:
        term *= (half_x / k) * (half_x / k)
        total += term
        if term < 1e-17 * total:
            break
        k += 1
    return total


@numba.njit(cache=True, nogil=True)
def _kaiser(offset, half_width, beta):
    ratio = offset / half_width
    if ratio <= -1.0 or ratio >= 1.0:
        return 0.0
    return _bessel_i0(beta * math.sqrt(1.0 - ratio * ratio)) / _bessel_i0(beta)


@numba.njit(cache=True, nogil=True)
def _sinc(x):
    if x == 0.0:
        return 1.0
    return math.sin(math.pi * x) / (math.pi * x)


@numba.njit(cache=True, nogil=True)
def _resample_kernel(x, up, down, cutoff_cycles, half_width, side_taps, out):
    # Output n sits at input time n * down / up. With coprime up/down the
    # fractional part depends only on n % up, so taps are tabulated per
    # phase (and only for phases that the output actually reaches).
    n_out = out.size
    n_phases = min(up, n_out)
    n_taps = 2 * side_taps + 1
    table = np.zeros((n_phases, n_taps))
    for phase in range(n_phases):
        frac = ((phase * down) % up) / up
        for j in range(n_taps):
            offset = frac - (j - side_taps)
            table[phase, j] = (
                2.0 * cutoff_cycles
                * _sinc(2.0 * cutoff_cycles * offset)
                * _kaiser(offset, half_width, RESAMPLE_KAISER_BETA)
            )
    n_in = x.size
    for n in range(n_out):
        base = (np.int64(n) * down) // up
        phase = n % up
        acc = 0.0
        for j in range(n_taps):
            k = base + j - side_taps
            if 0 <= k < n_in:
                acc += table[phase, j] * x[k]
        out[n] = acc


@numba.njit(cache=True, nogil=True)
def _halfband_odd_taps(side_taps, beta):
    # Taps for the sample half-way between input samples; sinc at cutoff
    # 4 kHz (half-band), normalised so DC passes with unit gain.
    n_taps = 2 * side_taps
    taps = np.empty(n_taps)
    total = 0.0
    for j in range(n_taps):
        offset = side_taps - 0.5 - j
        taps[j] = _sinc(offset) * _kaiser(offset, float(side_taps), beta)
        total += taps[j]
    for j in range(n_taps):
        taps[j] /= total
    return taps


@numba.njit(cache=True, nogil=True)
def _upsample2_kernel(x, history, odd_taps, out):
    n_hist = history.size
    side_taps = odd_taps.size // 2
    padded = np.empty(n_hist + x.size, dtype=np.float32)
    padded[:n_hist] = history
    padded[n_hist:] = x
    for n in range(x.size):
        newest = n_hist + n
        out[2 * n] = padded[newest - side_taps]
        acc = 0.0
        for j in range(odd_taps.size):
            acc += odd_taps[j] * padded[newest - j]
        out[2 * n + 1] = acc
    return padded[padded.size - n_hist:].copy()


@functools.cache
def _odd_taps():
    # Designed on first use (not at import) so importing never triggers JIT.
    return _halfband_odd_taps(HALFBAND_SIDE_TAPS, HALFBAND_KAISER_BETA)


def _as_signal(x):
    arr = np.ascontiguousarray(x, dtype=np.float32)
    if arr.ndim != 1:
        raise ValueError("expected a 1-D signal")
    return arr


def resample(x, src_rate_hz, dst_rate_hz):
    """Resample a 1-D float32 signal; len(out) = floor(len(x) * dst / src)."""
    src_rate_hz = int(src_rate_hz)
    dst_rate_hz = int(dst_rate_hz)
    if src_rate_hz <= 0 or dst_rate_hz <= 0:
        raise ValueError("sample rates must be positive")
    x = _as_signal(x)
    if src_rate_hz == dst_rate_hz:
        return x.copy()
    common = math.gcd(src_rate_hz, dst_rate_hz)
    up = dst_rate_hz // common
    down = src_rate_hz // common
    cutoff_hz = RESAMPLE_CUTOFF_RATIO * 0.5 * min(src_rate_hz, dst_rate_hz)
    cutoff_cycles = cutoff_hz / src_rate_hz  # cycles per input sample
    half_width = RESAMPLE_ZERO_CROSSINGS / (2.0 * cutoff_cycles)
    side_taps = int(math.ceil(half_width))
    out = np.zeros((x.size * up) // down, dtype=np.float32)
    if out.size:
        _resample_kernel(x, up, down, cutoff_cycles, half_width, side_taps, out)
    return out


def upsample_8k_to_16k_stream(x, history=None):
    """Upsample one 8 kHz frame to 16 kHz, carrying filter state.

    `history` is the `new_history` returned for the previous frame (None or
    zeros at call start). Returns (out, new_history) with len(out) = 2*len(x)
    and len(new_history) = UPSAMPLE_HISTORY_SAMPLES. Output is delayed by
    UPSAMPLE_DELAY_SAMPLES input samples.
    """
    x = _as_signal(x)
    if history is None:
        history = np.zeros(UPSAMPLE_HISTORY_SAMPLES, dtype=np.float32)
    history = _as_signal(history)
    if history.size != UPSAMPLE_HISTORY_SAMPLES:
        raise ValueError(f"history must hold {UPSAMPLE_HISTORY_SAMPLES} samples")
    out = np.empty(2 * x.size, dtype=np.float32)
    new_history = _upsample2_kernel(x, history, _odd_taps(), out)
    return out, new_history


def upsample_8k_to_16k(x):
    """Whole-signal 2x upsampling (the stream path from zero history)."""
    return upsample_8k_to_16k_stream(x, None)[0]
