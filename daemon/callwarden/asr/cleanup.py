"""Text-level guards on a decoded utterance (pure functions, no model)."""

from __future__ import annotations

import re

from callwarden.wer import normalise

_SENTENCE_END = re.compile(r"[.?!]\s+")
_CLAUSE_END = re.compile(r"[.?!,;]\s+")
MIN_CLAUSE_REPEAT_WORDS = 2   # after a comma, "okay, okay" is speech; "it expires X, it expires" is not


def trim_restart(text: str) -> str:
    """Drops a trailing restart of the utterance: "I need X. I need" -> "I need X."

    A remainder after the last sentence end whose words are all a prefix of the
    opening sentence is Whisper starting over, not speech: a real next
    sentence does not stop exactly partway through a repeat of the first.
    """
    while True:
        cut = _restart_at(text, _SENTENCE_END, 1)
        if cut is None:
            cut = _restart_at(text, _CLAUSE_END, MIN_CLAUSE_REPEAT_WORDS)
        if cut is None:
            return text
        text = text[:cut].rstrip()


def _restart_at(text: str, boundary: re.Pattern, min_words: int) -> int | None:
    ends = list(boundary.finditer(text))
    if not ends:
        return None
    opening = normalise(text[:ends[0].end()])
    tail = normalise(text[ends[-1].end():])
    if len(tail) >= min_words and tail == opening[: len(tail)]:
        return ends[-1].end()
    return None
