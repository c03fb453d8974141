"""Call recordings: a stereo WAV (left caller, right agent) written once, at call end,
with every redacted span muted, and caller speech outside the turns found clean muted too. Raw audio never touches the disk: the caller
side is held in memory during the call and muted before the file is written."""

from __future__ import annotations

import logging
import os
import time
import wave
from pathlib import Path

import numpy as np

log = logging.getLogger("callwarden.recording")

RATE_HZ = 8000
GUARD_MS = 250          # muted on each side of a redacted span: word timings are approximate


class CallRecorder:
    def __init__(self, max_s: float) -> None:
        self._caller = bytearray()
        self._max_bytes = int(max_s * RATE_HZ) * 2
        self._prompts: list[tuple[int, Path]] = []   # (t_ms, 8 kHz mono WAV played then)
        self._t0_ms: int | None = None

    def caller_frame(self, pcm: bytes, t_ms: int) -> None:
        if self._t0_ms is None:
            self._t0_ms = t_ms
        # Place the frame at its time on the call clock (RTP gaps stay silent, not squeezed out).
        offset = (t_ms - self._t0_ms) * RATE_HZ // 1000 * 2
        if offset + len(pcm) > self._max_bytes:
            return
        if offset > len(self._caller):
            self._caller.extend(b"\0" * (offset - len(self._caller)))
        self._caller[offset:offset + len(pcm)] = pcm

    def agent_prompt(self, audio: "Path | np.ndarray", t_ms: int) -> None:
        """A prompt as played from t_ms: an 8 kHz WAV, or its int16 samples (what actually went out)."""
        self._prompts.append((t_ms, audio))

    def write(self, path: Path, muted_spans_ms: list[tuple[int, int]], end_ms: int,
              checked_spans_ms: list[tuple[int, int]] | None = None) -> Path:
        """`checked_spans_ms`: the caller turns the redactor read and found clean. Given, the caller
        side is silent everywhere else too (fail closed): speech that never became a turn (a short
        burst, a turn cut off by the hang-up, a decode that failed) was never checked for secrets."""
        t0 = self._t0_ms or 0
        n = max(len(self._caller) // 2, (end_ms - t0) * RATE_HZ // 1000)
        caller = np.zeros(n, np.int16)
        got = np.frombuffer(bytes(self._caller), "<i2")
        caller[: len(got)] = got[:n]
        agent = np.zeros(n, np.int16)
        for t_ms, audio in self._prompts:
            if isinstance(audio, np.ndarray):
                x = audio
            else:
                with wave.open(str(audio)) as w:
                    x = np.frombuffer(w.readframes(w.getnframes()), "<i2")
            start = max(0, (t_ms - t0) * RATE_HZ // 1000)
            x = x[: max(0, n - start)]
            agent[start:start + len(x)] = x
        if checked_spans_ms is not None:
            heard = np.zeros(n, bool)
            for a_ms, b_ms in checked_spans_ms:
                a = max(0, (a_ms - GUARD_MS - t0) * RATE_HZ // 1000)
                heard[a:max(a, min(n, (b_ms + GUARD_MS - t0) * RATE_HZ // 1000))] = True
            caller[~heard] = 0
        for a_ms, b_ms in muted_spans_ms:
            a = max(0, (a_ms - GUARD_MS - t0) * RATE_HZ // 1000)
            b = min(n, (b_ms + GUARD_MS - t0) * RATE_HZ // 1000)
            if b > a:
                caller[a:b] = 0
                agent[a:b] = 0
        stereo = np.stack([caller, agent], axis=1)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        with wave.open(str(tmp), "wb") as w:
            w.setnchannels(2)
            w.setsampwidth(2)
            w.setframerate(RATE_HZ)
            w.writeframes(stereo.astype("<i2").tobytes())
        os.chmod(tmp, 0o640)
        os.replace(tmp, path)
        self._caller = bytearray()
        return path


def expire(directory: Path, retention_days: float) -> int:
    """Deletes recordings older than the retention; also leftovers of an interrupted write."""
    if not directory.exists():
        return 0
    cutoff = time.time() - retention_days * 86400
    removed = 0
    for f in directory.iterdir():
        if f.suffix == ".partial" or (f.suffix == ".wav" and f.stat().st_mtime < cutoff):
            f.unlink(missing_ok=True)
            removed += 1
    return removed
