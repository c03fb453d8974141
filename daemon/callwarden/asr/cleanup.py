"""Text-level guards on a decoded utterance (pure functions, no model)."""

from __future__ import annotations

import re

from callwarden.wer import normalise

_SENTENCE_END = re.compile(r"[.?!]\s+")


def trim_restart(text: str) -> str:
    """Drops a trailing restart of the utterance: "I need X. I need" -> "I need X."

    A remainder after the last sentence end whose words are all a prefix of the
    opening sentence is Whisper starting over, not speech: a real next
    sentence does not stop exactly partway through a repeat of the first.
    """
    while True:
        ends = list(_SENTENCE_END.finditer(text))
        if not ends:
            return text
        first_end = ends[0].end()
        last_end = ends[-1].end()
        opening = normalise(text[:first_end])
        tail = normalise(text[last_end:])
        if not tail or tail != opening[: len(tail)]:
            return text
        text = text[:last_end].rstrip()
