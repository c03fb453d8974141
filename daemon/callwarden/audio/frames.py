"""AudioChunk and the per-call decoder from 8 kHz PCM frames to 16 kHz float audio."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

import callwarden_native as native
from callwarden.audio import FRAME_MS

CALL_RATE_HZ = 8000
ASR_RATE_HZ = 16000


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """A piece of mono float32 audio in [-1, 1]; t_ms is its start on the call clock."""
    samples: np.ndarray
    rate_hz: int
    t_ms: int

    @property
    def duration_ms(self) -> int:
        return len(self.samples) * 1000 // self.rate_hz


class FrameDecoder:
    """16-bit 8 kHz frames (as pjmedia delivers them) -> 16 kHz float chunks, filter state carried."""

    def __init__(self) -> None:
        self._history: np.ndarray | None = None

    def decode(self, pcm: bytes, t_ms: int) -> AudioChunk:
        x = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        y, self._history = native.upsample_8k_to_16k_stream(x, self._history)
        return AudioChunk(y, ASR_RATE_HZ, t_ms)

    def decode_frames(self, pcm: bytes, t_ms: int, frame_ms: int = FRAME_MS) -> list[AudioChunk]:
        """Several frames at once (t_ms: the first's start): one conversion and one resampler call
        for the lot, then a 20 ms chunk each (views of one array), as the endpointer judges them."""
        whole = self.decode(pcm, t_ms).samples
        step = ASR_RATE_HZ * frame_ms // 1000
        return [AudioChunk(whole[i:i + step], ASR_RATE_HZ, t_ms + i * 1000 // ASR_RATE_HZ)
                for i in range(0, len(whole), step)]
