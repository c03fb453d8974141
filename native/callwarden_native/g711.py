"""ITU-T G.711 mu-law and A-law codecs on 16-bit linear PCM.

The kernels follow the classic 16-bit formulation (Sun / spandsp style):
mu-law adds a bias of 0x84 and clips the magnitude at 32635; A-law works on
the one's complement of negative samples and XORs even bits with 0x55.
The public wrappers only check dtypes and keep the caller's array shape.
"""

import numba
import numpy as np

ULAW_BIAS = 0x84  # 132: makes the segment boundaries powers of two
ULAW_CLIP = 32635  # largest magnitude that still fits after adding the bias
ALAW_XOR = 0x55  # G.711 inverts even bits to keep line activity on silence


@numba.njit(cache=True, nogil=True)
def _top_bit(value):
    # Index of the highest set bit; value is always > 0 here.
    bit = -1
    while value > 0:
        value >>= 1
        bit += 1
    return bit


@numba.njit(cache=True, nogil=True)
def _ulaw_encode_kernel(pcm, out):
    for i in range(pcm.size):
        sample = np.int32(pcm[i])
        sign = 0
        if sample < 0:
            # Negate in int32 so -32768 does not overflow before clipping.
            sample = -sample
            sign = 0x80
        if sample > ULAW_CLIP:
            sample = ULAW_CLIP
        sample += ULAW_BIAS
        exponent = _top_bit(sample) - 7
        mantissa = (sample >> (exponent + 3)) & 0x0F
        out[i] = np.uint8(~(sign | (exponent << 4) | mantissa) & 0xFF)


@numba.njit(cache=True, nogil=True)
def _ulaw_decode_kernel(codes, out):
    for i in range(codes.size):
        code = ~np.int32(codes[i]) & 0xFF
        exponent = (code >> 4) & 0x07
        mantissa = code & 0x0F
        # Reconstruct at the middle of the quantisation interval.
        magnitude = (((mantissa << 3) + ULAW_BIAS) << exponent) - ULAW_BIAS
        if code & 0x80:
            out[i] = np.int16(-magnitude)
        else:
            out[i] = np.int16(magnitude)


@numba.njit(cache=True, nogil=True)
def _alaw_encode_kernel(pcm, out):
    for i in range(pcm.size):
        sample = np.int32(pcm[i])
        if sample >= 0:
            mask = ALAW_XOR | 0x80
        else:
            mask = ALAW_XOR
            # One's complement keeps -1..-8 in the first step, like +0..+7.
            sample = -sample - 1
        # Segments 0 and 1 share the same step, hence the OR with 0xFF.
        segment = _top_bit(sample | 0xFF) - 7
        if segment == 0:
            shift = 4
        else:
            shift = segment + 3
        code = (segment << 4) | ((sample >> shift) & 0x0F)
        out[i] = np.uint8((code ^ mask) & 0xFF)


@numba.njit(cache=True, nogil=True)
def _alaw_decode_kernel(codes, out):
    for i in range(codes.size):
        code = np.int32(codes[i]) ^ ALAW_XOR
        magnitude = (code & 0x0F) << 4
        segment = (code & 0x70) >> 4
        if segment == 0:
            magnitude += 8
        else:
            magnitude += 0x108
            if segment > 1:
                magnitude <<= segment - 1
        if code & 0x80:
            out[i] = np.int16(magnitude)
        else:
            out[i] = np.int16(-magnitude)


def _as_pcm16(pcm):
    arr = np.asarray(pcm)
    if arr.dtype == np.int16:
        return np.ascontiguousarray(arr)
    if not np.issubdtype(arr.dtype, np.integer):
        raise TypeError(f"expected int16 PCM, got {arr.dtype}")
    # Wider integer input saturates rather than wrapping around.
    return np.clip(arr, -32768, 32767).astype(np.int16)


def _as_codes(codes):
    arr = np.asarray(codes)
    if arr.dtype == np.uint8:
        return np.ascontiguousarray(arr)
    if not np.issubdtype(arr.dtype, np.integer):
        raise TypeError(f"expected uint8 G.711 codes, got {arr.dtype}")
    if arr.size and (arr.min() < 0 or arr.max() > 255):
        raise ValueError("G.711 codes must lie in 0..255")
    return arr.astype(np.uint8)


def _run(kernel, arr, out_dtype):
    out = np.empty(arr.shape, dtype=out_dtype)
    kernel(arr.reshape(-1), out.reshape(-1))
    return out


def ulaw_encode(pcm):
    """int16 PCM -> uint8 mu-law codes (same shape)."""
    return _run(_ulaw_encode_kernel, _as_pcm16(pcm), np.uint8)


def ulaw_decode(codes):
    """uint8 mu-law codes -> int16 PCM (same shape)."""
    return _run(_ulaw_decode_kernel, _as_codes(codes), np.int16)


def alaw_encode(pcm):
    """int16 PCM -> uint8 A-law codes (same shape)."""
    return _run(_alaw_encode_kernel, _as_pcm16(pcm), np.uint8)


def alaw_decode(codes):
    """uint8 A-law codes -> int16 PCM (same shape)."""
    return _run(_alaw_decode_kernel, _as_codes(codes), np.int16)
