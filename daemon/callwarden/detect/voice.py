"""The caller's voice per turn (loudness and pitch) and its trend over the call.

A turn's voice is the mean level of its loud frames and the median pitch of its voiced
frames. Against the caller's own earlier turns (their median), a turn is *raised* when it
is RAISED_LEVEL_DB louder or RAISED_PITCH_RATIO higher: people who get angry or upset
speak up and their pitch climbs. Absolute values say little on a phone line (gain and
voices differ), the change within one call does.
"""

from __future__ import annotations

import threading

import numpy as np

import callwarden_native as native

from callwarden.audio import FRAME_MS

RAISED_LEVEL_DB = 6.0
RAISED_PITCH_RATIO = 1.2
LOUD_FRAMES_DB = 15.0        # frames within this of the turn's loudest count as its speech level


def turn_voice(audio: np.ndarray, rate_hz: int = 16000) -> dict:
    """{"level_dbfs", "pitch_hz"} of one caller turn (pitch 0.0 when nothing was voiced)."""
    return VoiceMeter(rate_hz).measure(audio)


class VoiceMeter:
    """turn_voice of one growing utterance, measuring only the audio that is new since its last call.

    Each frame's level and pitch depend on that frame's samples alone, so the turn measured piece by
    piece (at each speculative final, then at the endpoint) gives what one measure of the whole
    would, and the endpoint finds nearly all of it done. Each call must pass the utterance's audio
    from its start, as long as before or longer; shorter audio (a call ended inside the trailing pad)
    is measured whole. Called from worker threads, hence the lock.
    """

    def __init__(self, rate_hz: int = 16000) -> None:
        self._step = 2 if rate_hz == 16000 else 1
        # Phone audio has nothing above 4 kHz: every other sample keeps the periodicity at half the cost.
        self._rate = rate_hz // self._step
        self._frame = self._rate * FRAME_MS // 1000
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._seen = 0                      # input samples measured so far
        self._levels: list[np.ndarray] = []
        self._level_at = 0                  # (decimated) samples whose level frames are done
        self._f0: list[np.ndarray] = []
        self._pitch_at = 0                  # start of the first pitch frame not yet done

    def measure(self, audio: np.ndarray) -> dict:
        with self._lock:
            if audio.size < self._seen:
                self._reset()
            self._seen = audio.size
            x = audio[::self._step]
            whole = (x.size - self._level_at) // self._frame * self._frame
            self._levels.append(native.frames_dbfs(x[self._level_at:self._level_at + whole], self._frame))
            self._level_at += whole
            f0 = native.frames_pitch_hz(x[self._pitch_at:], self._rate, hop_ms=FRAME_MS)
            self._f0.append(f0)
            self._pitch_at += f0.size * self._frame      # one hop per pitch frame
            return _summary(np.concatenate(self._levels), np.concatenate(self._f0))


def _summary(levels: np.ndarray, f0: np.ndarray) -> dict:
    loud = levels[levels >= levels.max() - LOUD_FRAMES_DB] if levels.size else levels
    level = float(10 * np.log10(np.mean(10 ** (loud / 10)))) if loud.size else native.DBFS_FLOOR
    voiced = f0[f0 > 0]
    return {"level_dbfs": round(level, 1), "pitch_hz": round(float(np.median(voiced)), 1) if voiced.size else 0.0}


class VoiceTrend:
    """The caller's baseline, from the turns before; pure, fed one turn's voice at a time."""

    def __init__(self) -> None:
        self._levels: list[float] = []
        self._pitches: list[float] = []

    def raised(self, voice: dict | None) -> int:
        """0: as before; 1: louder or higher; 2: louder and higher."""
        if not voice or not self._levels:
            return 0
        louder = voice["level_dbfs"] - float(np.median(self._levels)) >= RAISED_LEVEL_DB
        higher = bool(self._pitches) and voice["pitch_hz"] > 0 and \
            voice["pitch_hz"] >= RAISED_PITCH_RATIO * float(np.median(self._pitches))
        return int(louder) + int(higher)

    def add(self, voice: dict | None) -> None:
        if not voice:
            return
        self._levels.append(voice["level_dbfs"])
        if voice["pitch_hz"] > 0:
            self._pitches.append(voice["pitch_hz"])
