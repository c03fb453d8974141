"""Barge-in: the caller talking over a reply. A pure step fed one speech decision per 20 ms frame."""

from __future__ import annotations

from collections import deque

from callwarden.audio import FRAME_MS

GAP_MS = 60    # walking back from the decision, a pause this long marks where the speech began


class BargeInDetector:
    def __init__(self, min_speech_ms: int) -> None:
        self.min_speech_ms = min_speech_ms
        self.window_ms = min_speech_ms + 2 * FRAME_MS    # a short dip inside a word is allowed
        self._frames: deque[tuple[int, bool]] = deque(maxlen=(self.window_ms + GAP_MS) // FRAME_MS + 2)

    def feed(self, t_ms: int, is_speech: bool, reply_playing: bool) -> int | None:
        """The speech onset (call clock ms) once the caller has talked over a reply; else None."""
        if not reply_playing:
            self._frames.clear()
            return None
        self._frames.append((t_ms, is_speech))
        recent = sum(FRAME_MS for t, speech in self._frames if speech and t > t_ms - self.window_ms)
        if recent < self.min_speech_ms:
            return None
        onset, gap_ms = t_ms, 0
        for t, speech in reversed(self._frames):
            if speech:
                onset, gap_ms = t, 0
            else:
                gap_ms += FRAME_MS
                if gap_ms >= GAP_MS:
                    break
        self._frames.clear()
        return onset
