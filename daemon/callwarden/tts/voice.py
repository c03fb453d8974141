"""Piper synthesis and the prompt cache (8 kHz WAV files the SIP stack plays)."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import threading
import wave
from pathlib import Path

import numpy as np
import onnxruntime
from piper import PiperVoice, SynthesisConfig

import callwarden_native as native
from callwarden.models import sha256_file
from callwarden.tts.wav import read_wav

log = logging.getLogger("callwarden.tts")

CALL_RATE_HZ = 8000
JOIN_THRESHOLD = 650          # |sample| above this is speech (about -34 dBFS)
JOIN_LEAD_MS, JOIN_TAIL_MS = 20, 80   # silence kept either side of a cut inside a sentence


def write_wav(path: Path, pcm16: np.ndarray, rate_hz: int) -> None:
    """Writes atomically: a reader never sees half a file."""
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate_hz)
        w.writeframes(pcm16.astype("<i2").tobytes())
    os.replace(tmp, path)


def to_pcm16(x: np.ndarray) -> np.ndarray:
    return (np.clip(x, -1.0, 1.0) * 32767.0).astype(np.int16)


class Voice:
    def __init__(self, onnx_path: Path) -> None:
        self.onnx_path = Path(onnx_path)
        self._voice = PiperVoice.load(str(self.onnx_path))
        self.rate_hz: int = self._voice.config.sample_rate
        self._lock = threading.Lock()  # one ONNX session; synthesis calls are serialised
        self._model_bytes: bytes | None = None
        self.fingerprint = sha256_file(self.onnx_path)[:16]

    def synthesize(self, text: str, length_scale: float = 1.0, noise_scale: float | None = None,
                   noise_w_scale: float | None = None, seed: int | None = None) -> np.ndarray:
        """Float32 audio at the voice's own rate (22050 Hz for joe-medium). With a seed the
        rendering is reproducible: the same text, scales and seed give the same samples in any
        process, whatever was synthesised before."""
        cfg = SynthesisConfig(length_scale=length_scale, noise_scale=noise_scale, noise_w_scale=noise_w_scale)
        with self._lock:
            voice = self._voice if seed is None else self._seeded_voice(seed)
            chunks = [c.audio_float_array for c in voice.synthesize(text, cfg)]
        return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)

    def _seeded_voice(self, seed: int) -> PiperVoice:
        # The model's noise comes from ONNX random ops whose generator is seeded once, when the
        # session is built, and advances with every run: a reproducible rendering needs a session
        # of its own. Unoptimised, one builds in about 0.1 s instead of 0.3 s.
        if self._model_bytes is None:
            self._model_bytes = self.onnx_path.read_bytes()
        onnxruntime.set_seed(seed)
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
        session = onnxruntime.InferenceSession(self._model_bytes, sess_options=options,
                                               providers=["CPUExecutionProvider"])
        return dataclasses.replace(self._voice, session=session)

    def synthesize_8k(self, text: str, length_scale: float = 1.0) -> np.ndarray:
        return native.resample(self.synthesize(text, length_scale), self.rate_hz, CALL_RATE_HZ)


class PromptCache:
    """Phone-rate WAVs of prompts, keyed by voice, rate and text: synthesised once, reused."""

    def __init__(self, voice: Voice, cache_dir: Path, length_scale: float = 1.0) -> None:
        self.voice = voice
        self.dir = Path(cache_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.length_scale = length_scale

    def path_for(self, text: str) -> Path:
        key = hashlib.sha256(f"{self.voice.fingerprint}|{self.length_scale}|{text}".encode()).hexdigest()[:24]
        return self.dir / f"{key}.wav"

    def get(self, text: str) -> Path:
        path = self.path_for(text)
        if not path.exists():
            self.store(text, to_pcm16(self.voice.synthesize_8k(text, self.length_scale)))
        return path

    def store(self, text: str, pcm16: np.ndarray) -> Path:
        path = self.path_for(text)
        # Written aside and renamed: a call reading the cache never sees half a file.
        partial = path.with_suffix(f".{threading.get_ident()}.part")
        write_wav(partial, pcm16, CALL_RATE_HZ)
        os.replace(partial, path)
        log.debug("prompt cached: %s", path.name)
        return path

    def cached(self, text: str) -> tuple[Path, np.ndarray] | None:
        """The cached WAV and its samples, or None when this text was never synthesised whole."""
        path = self.path_for(text)
        try:
            return path, read_wav(path)
        except FileNotFoundError:
            return None

    def synthesize_part(self, text: str, mid_sentence_before: bool = False,
                        mid_sentence_after: bool = False) -> np.ndarray:
        """One sentence (or part of one) of a streamed prompt, int16 at the call's rate. Where the
        cut was inside a sentence, Piper's end-of-utterance silence is shortened on that side so
        the two parts join like one phrase, not two sentences."""
        pcm = to_pcm16(self.voice.synthesize_8k(text, self.length_scale))
        loud = np.nonzero(np.abs(pcm.astype(np.int32)) > JOIN_THRESHOLD)[0]
        if not len(loud):
            return pcm
        start = max(0, loud[0] - JOIN_LEAD_MS * CALL_RATE_HZ // 1000) if mid_sentence_before else 0
        end = min(len(pcm), loud[-1] + JOIN_TAIL_MS * CALL_RATE_HZ // 1000) if mid_sentence_after else len(pcm)
        return pcm[start:end]
