"""Long turns: the settled part is decoded while the caller is still talking.

A caller reading something out for 20 s used to get the whole 20 s decoded at the
endpoint (about 2 s on two cores). Instead, once a turn has COMMIT_S (`[asr]
long_turn_commit_s`) of audio not yet decoded, the audio up to the next pause
(PAUSE_MS of quiet between words, cut in its middle so both sides keep some
silence) is committed: sent as a prefix, decoded while the caller goes on. The
endpoint then decodes only what follows the last cut, and the turn's final is the
prefixes' text followed by the tail's. A caller who never pauses that long is cut
at the quietest 20 ms of the last second once FORCE_FACTOR times COMMIT_S have
piled up: a forced cut risks a word, a 2 s decode at the endpoint is sure to
miss the budget.

Pure: sample positions and texts in, cut positions and the joined final out.
"""

from __future__ import annotations

import numpy as np

import callwarden_native as native
from callwarden.engine.evidence import compression_ratio, function_word_share

RATE_HZ = 16000
# Quiet between words this long is a phrase boundary. 160 ms (past any stop consonant) and 250 ms cut
# inside phrases too often: long turns' WER was 6.4 % and 4.1 % against 3.8 % and 2.5 % decoded whole
# (bench sipload --long-talk --compare whole). 300 ms still costs ~1.4 points (README).
PAUSE_MS = 300
CUT_PAD_MS = 100         # at most this much of the pause stays with the prefix; the rest starts the tail
FORCE_FACTOR = 2.0       # no pause for this many COMMIT_S: cut at the quietest frame anyway
QUIET_SEARCH_MS = 1000   # ... of the last second
FRAME = RATE_HZ // 50    # 20 ms


class TurnPrefix:
    """The current turn's committed cuts (sample positions in the turn's audio)."""

    def __init__(self, commit_s: float) -> None:
        self.commit_samples = int(commit_s * RATE_HZ)
        self.cuts: list[int] = [0]

    def reset(self) -> None:
        self.cuts = [0]

    @property
    def settled(self) -> int:
        """Where the tail starts: everything before is committed."""
        return self.cuts[-1]

    def at_pause(self, pause_start: int, pause_len: int) -> tuple[int, int] | None:
        """A pause of `pause_len` samples starting at `pause_start` has just ended (speech resumed):
        the (start, end) of a new prefix to decode, or None."""
        if not self.commit_samples or pause_len < PAUSE_MS * RATE_HZ // 1000:
            return None
        end = pause_start + min(pause_len // 2, CUT_PAD_MS * RATE_HZ // 1000)
        return self._cut(end)

    def unpaused(self, audio: np.ndarray) -> tuple[int, int] | None:
        """`audio`: the turn so far, the caller speaking. A forced cut at the quietest frame of the
        last second once FORCE_FACTOR x COMMIT_S went by without a usable pause, else None."""
        if not self.commit_samples or len(audio) - self.settled < FORCE_FACTOR * self.commit_samples:
            return None
        search = QUIET_SEARCH_MS * RATE_HZ // 1000
        start = len(audio) - search
        levels = native.frames_dbfs(np.ascontiguousarray(audio[start:]), FRAME)
        return self._cut(start + int(np.argmin(levels)) * FRAME + FRAME // 2)

    def _cut(self, end: int) -> tuple[int, int] | None:
        start = self.settled
        if end - start < self.commit_samples:
            return None
        self.cuts.append(end)
        return start, end


def join_texts(texts: list[str]) -> str:
    """The turn's text from its prefixes' and tail's, in order; empty pieces (a prefix of noise) left out."""
    return " ".join(t.strip() for t in texts if t and t.strip())


def merge_evidence(parts: list[dict | None], text: str) -> dict | None:
    """One final's evidence (engine/evidence.py) from its pieces': shares weighted by each piece's words,
    the text-wide figures measured on the joined text, no_speech the lowest (one piece of clear
    speech is enough to say the turn held speech)."""
    parts = [p for p in parts if p]
    if not parts:
        return None
    if len(parts) == 1:
        return dict(parts[0], compression_ratio=round(compression_ratio(text), 3),
                    function_words=function_word_share(text))
    words = sum(p.get("words", 0) for p in parts)

    def weighted(key: str) -> float:
        if not words:
            return round(sum(p.get(key, 0.0) for p in parts) / len(parts), 3)
        return round(sum(p.get(key, 0.0) * p.get("words", 0) for p in parts) / words, 3)
    return {"avg_logprob": weighted("avg_logprob"), "no_speech_prob": min(p.get("no_speech_prob", 0.0) for p in parts),
            "compression_ratio": round(compression_ratio(text), 3), "words": words,
            "low_prob_words": weighted("low_prob_words"), "oov_words": weighted("oov_words"),
            "function_words": function_word_share(text)}
