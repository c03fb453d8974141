"""Reading prompt WAVs without loading the voice (workers play prompts; only the engine synthesises)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np


def read_wav(path: Path) -> np.ndarray:
    """Int16 mono samples of a 16-bit WAV."""
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), "<i2")
