"""Plain vectorised numpy references for the numba kernels (tests only).

Written independently of the kernels (different formulation where it is
practical) so a comparison test can catch a kernel bug. Design constants are
repeated here on purpose; a test checks they match the kernel modules.
"""

import math

import numpy as np

RESAMPLE_ZERO_CROSSINGS = 16
RESAMPLE_KAISER_BETA = 8.0
RESAMPLE_CUTOFF_RATIO = 0.95
HALFBAND_SIDE_TAPS = 16
HALFBAND_KAISER_BETA = 7.0
UPSAMPLE_HISTORY_SAMPLES = 2 * HALFBAND_SIDE_TAPS - 1
DBFS_FLOOR = -120.0


# --- G.711 ---------------------------------------------------------------

def ulaw_encode(pcm):
    pcm = np.asarray(pcm, dtype=np.int32)
    sign = np.where(pcm < 0, 0x80, 0)
    biased = np.minimum(np.abs(pcm), 32635) + 0x84
    # frexp gives biased = m * 2**e with m in [0.5, 1), so the top bit is e-1
    # and segment 0 starts at bit 7.
    exponent = np.frexp(biased.astype(np.float64))[1] - 8
    mantissa = (biased >> (exponent + 3)) & 0x0F
    return (0xFF - (sign | (exponent << 4) | mantissa)).astype(np.uint8)


def ulaw_decode(codes):
    inverted = 0xFF - np.asarray(codes, dtype=np.int32)
    exponent = (inverted >> 4) & 0x07
    mantissa = inverted & 0x0F
    magnitude = (mantissa * 8 + 0x84) * (2 ** exponent) - 0x84
    return np.where(inverted & 0x80, -magnitude, magnitude).astype(np.int16)


# A-law segment upper bounds on the (one's-complemented) 16-bit magnitude.
_ALAW_SEGMENT_ENDS = np.array([0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF, 0x3FFF, 0x7FFF])


def alaw_encode(pcm):
    pcm = np.asarray(pcm, dtype=np.int32)
    negative = pcm < 0
    magnitude = np.where(negative, -pcm - 1, pcm)
    segment = np.searchsorted(_ALAW_SEGMENT_ENDS, magnitude, side="left")
    shift = np.where(segment == 0, 4, segment + 3)
    code = (segment << 4) | ((magnitude >> shift) & 0x0F)
    sign_bit = np.where(negative, 0x00, 0x80)
    return ((code | sign_bit) ^ 0x55).astype(np.uint8)


def alaw_decode(codes):
    code = np.asarray(codes, dtype=np.int32) ^ 0x55
    segment = (code >> 4) & 0x07
    mantissa = code & 0x0F
    # Segment 0 and 1 share a step of 16; above that the step doubles.
    step = np.where(segment <= 1, 16, 16 * 2 ** np.maximum(segment - 1, 0))
    start = np.where(segment == 0, 0, 256 * 2 ** np.maximum(segment - 1, 0))
    magnitude = start + mantissa * step + step // 2
    return np.where(code & 0x80, magnitude, -magnitude).astype(np.int16)


# --- resampling ----------------------------------------------------------

def _kaiser(offset, half_width, beta):
    ratio = np.asarray(offset, dtype=np.float64) / half_width
    inside = np.abs(ratio) < 1.0
    arg = beta * np.sqrt(np.clip(1.0 - ratio * ratio, 0.0, None))
    return np.where(inside, np.i0(arg) / np.i0(beta), 0.0)


def resample(x, src_rate_hz, dst_rate_hz):
    x = np.asarray(x, dtype=np.float64)
    if src_rate_hz == dst_rate_hz:
        return x.astype(np.float32)
    common = math.gcd(src_rate_hz, dst_rate_hz)
    up, down = dst_rate_hz // common, src_rate_hz // common
    cutoff_cycles = RESAMPLE_CUTOFF_RATIO * 0.5 * min(src_rate_hz, dst_rate_hz) / src_rate_hz
    half_width = RESAMPLE_ZERO_CROSSINGS / (2.0 * cutoff_cycles)
    side = int(math.ceil(half_width))
    n_out = (x.size * up) // down
    times = np.arange(n_out, dtype=np.float64) * down / up  # in input samples
    k = np.floor(times).astype(np.int64)[:, None] + np.arange(-side, side + 1)[None, :]
    offset = times[:, None] - k
    weights = 2 * cutoff_cycles * np.sinc(2 * cutoff_cycles * offset)
    weights *= _kaiser(offset, half_width, RESAMPLE_KAISER_BETA)
    valid = (k >= 0) & (k < x.size)
    samples = np.where(valid, x[np.clip(k, 0, max(x.size - 1, 0))] if x.size else 0.0, 0.0)
    return (weights * samples).sum(axis=1).astype(np.float32)


def halfband_filter():
    """Full 2x interpolation FIR (zero-stuffed form), length 4*SIDE+1."""
    side = HALFBAND_SIDE_TAPS
    offsets_out = np.arange(-2 * side, 2 * side + 1)  # in 16 kHz samples
    taps = np.sinc(offsets_out / 2.0) * np.kaiser(4 * side + 1, HALFBAND_KAISER_BETA)
    odd = offsets_out % 2 == 1
    taps[odd] /= taps[odd].sum()  # unit DC gain on the interpolated phase
    taps[~odd] = np.where(offsets_out[~odd] == 0, 1.0, 0.0)
    return taps


def upsample_8k_to_16k_stream(x, history):
    full = np.concatenate([np.asarray(history, np.float64), np.asarray(x, np.float64)])
    stuffed = np.zeros(2 * full.size)
    stuffed[::2] = full
    filtered = np.convolve(stuffed, halfband_filter())[: stuffed.size]
    n_hist = UPSAMPLE_HISTORY_SAMPLES
    return filtered[2 * n_hist:].astype(np.float32), full[full.size - n_hist:].astype(np.float32)


def upsample_8k_to_16k(x):
    return upsample_8k_to_16k_stream(x, np.zeros(UPSAMPLE_HISTORY_SAMPLES))[0]


# --- levels --------------------------------------------------------------

def _normalise(pcm):
    arr = np.asarray(pcm)
    if arr.dtype == np.int16:
        return arr.astype(np.float64) / 32768.0
    return arr.astype(np.float64)


def _dbfs_from_mean_square(mean_square):
    with np.errstate(divide="ignore"):
        level = 10.0 * np.log10(mean_square)
    return np.where(mean_square <= 1e-12, DBFS_FLOOR, level)


def frame_dbfs(pcm):
    arr = _normalise(pcm).ravel()
    if arr.size == 0:
        return DBFS_FLOOR
    return float(_dbfs_from_mean_square(np.mean(arr * arr)))


def frames_dbfs(x, frame_len):
    arr = _normalise(x).ravel()
    n_frames = arr.size // frame_len
    frames = arr[: n_frames * frame_len].reshape(n_frames, frame_len)
    return _dbfs_from_mean_square(np.mean(frames * frames, axis=1)).astype(np.float32)


# --- pitch ---------------------------------------------------------------

def frames_pitch_hz(x, rate_hz, frame_ms=30, hop_ms=20, f0_min_hz=70.0, f0_max_hz=400.0, voiced_min=0.5):
    arr = np.asarray(x, dtype=np.float64).ravel()
    frame_len, hop = int(rate_hz * frame_ms / 1000), int(rate_hz * hop_ms / 1000)
    lag_min, lag_max = int(rate_hz / f0_max_hz), int(rate_hz / f0_min_hz)
    out = []
    start = 0
    while start + frame_len + lag_max <= arr.size:
        frame = arr[start:start + frame_len]
        e0 = float(frame @ frame)
        best, best_lag = 0.0, 0
        if e0 > 1e-9:
            for lag in range(lag_min, lag_max + 1):
                other = arr[start + lag:start + lag + frame_len]
                e1 = float(other @ other)
                if e1 > 1e-9:
                    r = float(frame @ other) / np.sqrt(e0 * e1)
                    if r > best:
                        best, best_lag = r, lag
        out.append(rate_hz / best_lag if best >= voiced_min and best_lag else 0.0)
        start += hop
    return np.array(out)
