"""Energy VAD and endpointing: a pure step fed 16 kHz chunks, returning finished utterances.

Speech is a frame whose level is `speech_margin_db` above the noise floor
and above `speech_floor_dbfs`. The floor is the quietest frame of the last
few seconds (minimum statistics): speech always has quieter frames between
words, so the floor follows line noise without being dragged up by speech. An utterance starts once `min_speech_ms`
of a short window is speech; its onset is then found by walking back across
short gaps, and `preroll_ms` of audio before the onset is kept and ends
when the caller has been quiet for `endpoint_silence_ms`: that moment is the
endpoint, the clock from which final latency is measured.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from dataclasses import dataclass

import numpy as np

import callwarden_native as native
from callwarden.audio.frames import AudioChunk
from callwarden.config import AudioConfig

TRAILING_PAD_MS = 200    # silence kept after the last speech frame: Whisper ends words better
FLOOR_WINDOW_FRAMES = 150  # 3 s of 20 ms frames
LOOKBACK_MS = 1000         # audio kept before a trigger, to find where speech really began
ONSET_WINDOW_MS = 300      # speech must fill min_speech_ms of this window to start an utterance
ONSET_GAP_MS = 300         # walking back from the trigger, a pause this long marks the onset
NO_SIGNAL_DBFS = -90.0     # digital silence (no RTP yet, PLC): says nothing about line noise
FIRST_BUFFER_S = 8         # an utterance's audio buffer starts this long and doubles as needed


@dataclass(frozen=True, slots=True)
class Utterance:
    audio: np.ndarray        # 16 kHz float32
    t_start_ms: int          # first speech (after preroll) on the call clock
    t_end_ms: int            # end of the last speech frame
    t_endpoint_ms: int       # when the endpoint was decided
    forced: bool = False     # cut by max_utterance_s or end of call, not by silence


class Endpointer:
    def __init__(self, cfg: AudioConfig) -> None:
        self.cfg = cfg
        self._levels: deque[float] = deque(maxlen=FLOOR_WINDOW_FRAMES)
        self._pre: deque[tuple[AudioChunk, bool]] = deque()
        # The utterance's audio in one growing buffer (appended, never rewritten: views handed out
        # stay valid) and where each chunk starts in it: a partial, a prefix or the final is a
        # slice, not a concatenation of hundreds of 20 ms pieces.
        self._buf = np.zeros(0, np.float32)
        self._n = 0
        self._chunk_t: list[int] = []
        self._chunk_at: list[int] = []
        self._in_speech = False
        self._silence_ms = 0
        self._last_speech_end_ms = 0
        self._t_start_ms = 0
        self.level_dbfs = -120.0
        self.last_is_speech = False     # the latest frame's decision (barge-in reads it)

    @property
    def floor_dbfs(self) -> float:
        return min(self._levels) if self._levels else -120.0

    @property
    def in_speech(self) -> bool:
        return self._in_speech

    def feed(self, chunk: AudioChunk) -> list[Utterance]:
        level = native.frame_dbfs(chunk.samples)
        self.level_dbfs = level
        if level > NO_SIGNAL_DBFS:
            self._levels.append(level)
        is_speech = level > max(self.floor_dbfs + self.cfg.speech_margin_db, self.cfg.speech_floor_dbfs)
        self.last_is_speech = is_speech
        end_ms = chunk.t_ms + chunk.duration_ms
        if not self._in_speech:
            return self._before_speech(chunk, is_speech, end_ms)
        self._append(chunk)
        if is_speech:
            self._silence_ms = 0
            self._last_speech_end_ms = end_ms
        else:
            self._silence_ms += chunk.duration_ms
        if self._silence_ms >= self.cfg.endpoint_silence_ms:
            return [self._finish(end_ms, forced=False)]
        if end_ms - self._t_start_ms >= self.cfg.max_utterance_s * 1000:
            return [self._finish(end_ms, forced=True)]
        return []

    @property
    def utterance_ms(self) -> int:
        """Speech so far in the current utterance (0 outside one)."""
        return self._last_speech_end_ms - self._t_start_ms if self._in_speech else 0

    def current_audio(self) -> np.ndarray:
        """The current utterance's audio so far (a partial decode's input; a view, never changed)."""
        return self._buf[:self._n]

    @property
    def samples(self) -> int:
        """Samples of the current utterance so far."""
        return self._n

    def sample_at(self, t_ms: int) -> int:
        """Where, in the current utterance's audio, the first chunk starting at or after t_ms begins."""
        i = bisect_left(self._chunk_t, t_ms)
        return self._chunk_at[i] if i < len(self._chunk_at) else self._n

    def _append(self, chunk: AudioChunk) -> None:
        n = len(chunk.samples)
        if self._n + n > len(self._buf):
            grown = np.zeros(max(2 * len(self._buf), FIRST_BUFFER_S * chunk.rate_hz, self._n + n), np.float32)
            grown[:self._n] = self._buf[:self._n]
            self._buf = grown
        self._buf[self._n:self._n + n] = chunk.samples
        self._chunk_t.append(chunk.t_ms)
        self._chunk_at.append(self._n)
        self._n += n

    def _restart_audio(self) -> None:
        """A new buffer (not the old one cleared): audio handed out for the last utterance stays as it was."""
        self._buf, self._n, self._chunk_t, self._chunk_at = np.zeros(0, np.float32), 0, [], []

    @property
    def utterance_start_ms(self) -> int:
        return self._t_start_ms

    @property
    def silence_ms(self) -> int:
        """Quiet since the last speech frame of the current utterance."""
        return self._silence_ms if self._in_speech else 0

    @property
    def last_speech_end_ms(self) -> int:
        return self._last_speech_end_ms

    def audio_if_ended_now(self) -> np.ndarray:
        """Exactly the audio the utterance would carry were the endpoint declared now
        (speech plus TRAILING_PAD_MS): a speculative final decodes it early."""
        return self._buf[:self.sample_at(self._last_speech_end_ms + TRAILING_PAD_MS)]

    def flush(self, t_ms: int) -> list[Utterance]:
        """End of call: whatever speech is pending becomes an utterance."""
        return [self._finish(t_ms, forced=True)] if self._in_speech else []

    def _before_speech(self, chunk: AudioChunk, is_speech: bool, end_ms: int) -> list[Utterance]:
        self._pre.append((chunk, is_speech))
        keep_ms = self.cfg.preroll_ms + LOOKBACK_MS
        while self._pre and self._pre[-1][0].t_ms - self._pre[0][0].t_ms > keep_ms:
            self._pre.popleft()
        # Trigger on speech density, not on a consecutive run: a short first word
        # ("My ...") with stop-consonant gaps would otherwise never reach it.
        recent = [c.duration_ms for c, speech in self._pre if speech and c.t_ms >= end_ms - ONSET_WINDOW_MS]
        if sum(recent) < self.cfg.min_speech_ms:
            return []
        onset = self._onset_index()
        first = onset
        while first > 0 and self._pre[onset][0].t_ms - self._pre[first - 1][0].t_ms <= self.cfg.preroll_ms:
            first -= 1
        chunks = [c for c, _ in self._pre]
        self._restart_audio()
        for c in chunks[first:]:
            self._append(c)
        self._t_start_ms = chunks[onset].t_ms
        self._in_speech = True
        self._pre.clear()
        self._last_speech_end_ms = end_ms
        self._silence_ms = 0
        return []

    def _onset_index(self) -> int:
        """Earliest speech chunk reachable from now without crossing ONSET_GAP_MS of non-speech."""
        onset, gap_ms = len(self._pre) - 1, 0
        for i in range(len(self._pre) - 1, -1, -1):
            chunk, speech = self._pre[i]
            if speech:
                onset, gap_ms = i, 0
            else:
                gap_ms += chunk.duration_ms
                if gap_ms >= ONSET_GAP_MS:
                    break
        return onset

    def _finish(self, now_ms: int, forced: bool) -> Utterance:
        audio = self._buf[:self.sample_at(self._last_speech_end_ms + TRAILING_PAD_MS)]
        utt = Utterance(audio, self._t_start_ms, self._last_speech_end_ms, now_ms, forced)
        self._restart_audio()
        self._in_speech = False
        self._silence_ms = 0
        return utt
