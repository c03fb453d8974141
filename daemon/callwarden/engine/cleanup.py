"""Text-level guards on a decoded utterance (pure functions, no model)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from callwarden.text import normalise

_SENTENCE_END = re.compile(r"[.?!]\s+")
_WORD = re.compile(r"[a-z0-9']+")
_CLAUSE_END = re.compile(r"[.?!,;]\s+")
MIN_CLAUSE_REPEAT_WORDS = 2   # after a comma, "okay, okay" is speech; "it expires X, it expires" is not
LOOP_REPEATS = 4              # a run of 1-3 words said this many times in a row
LOOP_UNIT_WORDS = 3
# Said twice: more words than the audio can hold (the fastest bench renders are 4.46 words/s over the
# whole turn, the recorded speaker 3.96), of which a run after a sentence end repeats the opening.
TWICE_WORDS_PER_S = 4.5
TWICE_MIN_WORDS = 5
TWICE_SIMILARITY = 0.8        # "payment" heard as "payments" the second time is still the same sentence


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


def loops(text: str, repeats: int = LOOP_REPEATS) -> bool:
    """True when a run of one to three words repeats `repeats` times in a row.

    That is how a decode caught in a loop reads ("for 111 111 111 111 111 …",
    "111-11, 111-11, 111-11, 111-11"), mostly on digit strings. Words are
    compared as written ("111" is one word here), so a real number with a
    repeated group now and then rarely matches; when one does, the only cost
    is a second decode.
    """
    words = _WORD.findall(text.lower())
    for size in range(1, LOOP_UNIT_WORDS + 1):
        for start in range(len(words) - size * repeats + 1):
            unit = words[start:start + size]
            if all(words[start + k * size:start + (k + 1) * size] == unit for k in range(1, repeats)):
                return True
    return False


def trim_said_twice(text: str, duration_s: float) -> str:
    """Drops a restart that is not word for word: "A. B. A'. B'." -> "A. B." when A'B' is close to AB.

    A short window tempts Whisper to start over once it has heard everything; the n-gram block
    and a second hearing make the repeat differ by a word or two, so `trim_restart` (exact) misses
    it. Only when the text has more words than `duration_s` of speech can hold: a caller who does
    repeat a sentence keeps it, their words fit the audio."""
    words = text.split()
    while (cut := _said_twice_at(words, duration_s)) is not None:    # three times: twice over
        words = words[:cut]
        text = " ".join(words)
    return text


def _said_twice_at(words: list[str], duration_s: float) -> int | None:
    if not words or _fit(len(words), duration_s):
        return None
    plain = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in words]
    for j in range(TWICE_MIN_WORDS, len(words) - TWICE_MIN_WORDS + 1):
        if words[j - 1][-1] not in ".?!,":
            continue
        tail = plain[j:]
        # Letters, not words: "find" heard as "bind" is one letter of a word
        if SequenceMatcher(None, " ".join(plain[:len(tail)]), " ".join(tail), autojunk=False).ratio() >= TWICE_SIMILARITY:
            return j
    return None


def fits(text: str, duration_s: float) -> bool:
    """Whether the words could all have been said in `duration_s`."""
    return duration_s > 0 and _fit(len(text.split()), duration_s)


def _fit(n_words: int, duration_s: float) -> bool:
    """No more words than `duration_s` of speech can hold (a duration of 0 holds none to judge)."""
    return duration_s <= 0 or n_words / duration_s < TWICE_WORDS_PER_S
