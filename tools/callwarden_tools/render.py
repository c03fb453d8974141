"""Renders a scripted caller as a phone line carries it: Piper voice with rate,
pitch and noise varied, then 8 kHz G.711 µ-law. Used by the demo, tests and eval."""

from __future__ import annotations

import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import callwarden_native as native
from callwarden.tts.voice import CALL_RATE_HZ, Voice, to_pcm16, write_wav

NORMAL_RATE_WPM = 165.0   # Piper's length_scale 1.0 speaks at about this rate


@dataclass(frozen=True)
class CallerStyle:
    rate_wpm: float = NORMAL_RATE_WPM
    pitch_cents: int = 0
    noise_snr_db: float | None = None
    seed: int = 0


def shift_pitch(x: np.ndarray, rate_hz: int, cents: int) -> np.ndarray:
    """sox's `pitch` effect (tempo kept) on a float signal."""
    if cents == 0:
        return x
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.wav"), Path(tmp, "out.wav")
        write_wav(src, to_pcm16(x * 0.9), rate_hz)
        subprocess.run(["sox", "-R", str(src), str(dst), "pitch", str(cents)], check=True, capture_output=True)
        import wave
        with wave.open(str(dst)) as w:
            return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768.0


def add_noise(x: np.ndarray, snr_db: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    speech_power = float(np.mean(x[np.abs(x) > 0.01] ** 2)) if np.any(np.abs(x) > 0.01) else 1e-6
    noise = rng.standard_normal(len(x)).astype(np.float32)
    noise *= np.sqrt(speech_power / (10 ** (snr_db / 10)))
    return x + noise


def render_seed(text: str, style: CallerStyle) -> int:
    """The same sentence in the same style renders the same everywhere, so a test, eval or bench
    result can be reproduced on another run or machine."""
    return zlib.crc32(f"{style.seed}|{text}".encode()) & 0x7FFFFFFF


def render_speech(voice: Voice, text: str, style: CallerStyle = CallerStyle()) -> np.ndarray:
    """Int16 samples at 8 kHz, already through µ-law (what the far end really receives)."""
    x = voice.synthesize(text, length_scale=NORMAL_RATE_WPM / style.rate_wpm, seed=render_seed(text, style))
    x = shift_pitch(x, voice.rate_hz, style.pitch_cents)
    x = native.resample(x, voice.rate_hz, CALL_RATE_HZ)
    peak = float(np.max(np.abs(x))) if len(x) else 1.0
    x = x * (0.5 / max(peak, 1e-6))      # a typical line level, leaves room for noise
    if style.noise_snr_db is not None:
        x = add_noise(x, style.noise_snr_db, style.seed)
    return native.ulaw_decode(native.ulaw_encode(to_pcm16(x)))


def silence(ms: int, noise_snr_db: float | None = None, seed: int = 0) -> np.ndarray:
    n = CALL_RATE_HZ * ms // 1000
    if noise_snr_db is None:
        return np.zeros(n, np.int16)
    rng = np.random.default_rng(seed)
    level = 0.5 * 0.3 / (10 ** (noise_snr_db / 20))   # noise as it would sit under speech
    return to_pcm16(rng.standard_normal(n).astype(np.float32) * level)


def save_caller_audio(pcm16: np.ndarray, wav_path: Path) -> Path:
    """Writes the WAV the pjsua2 caller plays and the raw .ul (µ-law) and .al (A-law) sipp plays."""
    write_wav(wav_path, pcm16, CALL_RATE_HZ)
    wav_path.with_suffix(".al").write_bytes(native.alaw_encode(pcm16).tobytes())
    ul_path = wav_path.with_suffix(".ul")
    ul_path.write_bytes(native.ulaw_encode(pcm16).tobytes())
    return ul_path
