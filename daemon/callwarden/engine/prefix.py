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
miss the budget. Words at a cut are not lost to it: the engine gives a prefix's last
segment back (engine/transcriber.py, `settled_s`) and the cut moves to the gap before it,
so the next piece hears those words whole (`TurnPrefix.settle`).

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
OVERLAP_WORDS = 4        # at most this many words are heard by both pieces around a settled cut


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

    def settle(self, start: int, end: int, settled_samples: int) -> bool:
        """The prefix (start, end) came back settled `settled_samples` into its audio: its last segment
        goes to the next piece. Only while that prefix is still the last cut (nothing was committed
        after it); True when the cut moved."""
        if self.cuts[-1] != end or self.cuts[-2:-1] != [start] or not 0 < settled_samples < end - start:
            return False
        self.cuts[-1] = start + settled_samples
        return True

    def _cut(self, end: int) -> tuple[int, int] | None:
        start = self.settled
        if end - start < self.commit_samples:
            return None
        self.cuts.append(end)
        return start, end


class LongTurnCutter:
    """When a long turn is cut, from the endpointer's view after each 20 ms chunk: the call's
    transcription (call/recognition.py) and the bench's replay of a turn (bench/asr.py) share it."""

    def __init__(self, commit_s: float) -> None:
        self.prefix = TurnPrefix(commit_s)
        self._pause: tuple[int, int] | None = None    # (speech end ms, quiet ms) of a pause that just ended

    def reset(self) -> None:
        self.prefix.reset()
        self._pause = None

    def watch(self, ep, silence_before_ms: int, speech_end_before_ms: int) -> None:
        """After a chunk, with what the endpointer said before it: a pause inside the turn that speech
        just ended is where the turn can be cut."""
        if ep.in_speech and ep.last_is_speech and silence_before_ms:
            self._pause = (speech_end_before_ms, silence_before_ms)

    def due(self, ep) -> tuple[int, int] | None:
        """The (start, end) samples of a prefix to commit now, or None: at the pause that just ended or,
        failing one, at the quietest moment of the last second."""
        if not ep.in_speech:
            self._pause = None
            return None
        cut = None
        if self._pause is not None:
            speech_end_ms, quiet_ms = self._pause
            self._pause = None
            start = ep.sample_at(speech_end_ms)
            cut = self.prefix.at_pause(start, ep.sample_at(speech_end_ms + quiet_ms) - start)
        if cut is None and ep.last_is_speech:
            cut = self.prefix.unpaused(ep.current_audio())
        return cut


def join_texts(texts: list[str]) -> str:
    """The turn's text from its prefixes' and tail's, in order; empty pieces (a prefix of noise) left out."""
    return " ".join(t.strip() for t in texts if t and t.strip())


def join_pieces(texts: list[str], overlapped: list[bool], most: int = OVERLAP_WORDS) -> str:
    """The turn's text from its pieces where a piece may begin with the last words of the one before
    (`overlapped[i]`: piece i was settled, and segment timestamps are loose, so piece i+1 may hear
    again what piece i kept): the longest run of up to `most` words that ends piece i and begins
    piece i+1 (compared as plain words) is said once. Elsewhere a repeat is what the caller said."""
    out: list[str] = []
    for i, text in enumerate(texts):
        words = text.split()
        if i and overlapped[i - 1] and out and words:
            tail = [_plain(w) for w in out[-most:]]
            for k in range(min(most, len(words), len(tail)), 0, -1):
                if tail[-k:] == [_plain(w) for w in words[:k]]:
                    words = words[k:]
                    break
        out.extend(words)
    return " ".join(out)


def _plain(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalnum())


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
