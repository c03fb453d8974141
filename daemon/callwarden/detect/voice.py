"""The caller's voice per turn (loudness and pitch) and its trend over the call.

A turn's voice is the mean level of its loud frames and the median pitch of its voiced
frames. Against the caller's own earlier turns (their median), a turn is *raised* when it
is RAISED_LEVEL_DB louder or RAISED_PITCH_RATIO higher: people who get angry or upset
speak up and their pitch climbs. Absolute values say little on a phone line (gain and
voices differ), the change within one call does.
"""

from __future__ import annotations

import numpy as np

import callwarden_native as native

from callwarden.audio import FRAME_MS

RAISED_LEVEL_DB = 6.0
RAISED_PITCH_RATIO = 1.2
LOUD_FRAMES_DB = 15.0        # frames within this of the turn's loudest count as its speech level


def turn_voice(audio: np.ndarray, rate_hz: int = 16000) -> dict:
    """{"level_dbfs", "pitch_hz"} of one caller turn (pitch 0.0 when nothing was voiced)."""
    if rate_hz == 16000:
        # Phone audio has nothing above 4 kHz: every other sample keeps the periodicity at half the cost.
        audio, rate_hz = audio[::2], 8000
    levels = native.frames_dbfs(audio, rate_hz * FRAME_MS // 1000)
    loud = levels[levels >= levels.max() - LOUD_FRAMES_DB] if levels.size else levels
    level = float(10 * np.log10(np.mean(10 ** (loud / 10)))) if loud.size else native.DBFS_FLOOR
    f0 = native.frames_pitch_hz(audio, rate_hz)
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
