"""What a turn looks like after a phone line and a small ASR model: the suite's own guess.

Each transform is one kind of damage seen in tiny.en transcripts of callers; a turn gets none,
one or two of them, drawn from its own seeded generator.
"""

from __future__ import annotations

import random
import re

from .vocab import FILLERS, HOMOPHONES, MERGES


def no_apostrophes(text: str, rng: random.Random) -> str:
    return text.replace("'", "")


def plain_case(text: str, rng: random.Random) -> str:
    """Lower case, no punctuation: how a stream of partials reads."""
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


def filler(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 3:
        return text
    at = rng.randrange(1, len(words))
    return " ".join(words[:at] + [rng.choice(FILLERS) + ","] + words[at:])


def restart(text: str, rng: random.Random) -> str:
    """The caller starts, stops and starts again: the first two or three words said twice."""
    words = text.split()
    n = min(len(words), rng.choice([2, 3]))
    return " ".join(words[:n] + ["-"] + words)


def _swap(text: str, pairs: list[tuple[str, str]], rng: random.Random) -> str:
    found = [(a, b) for a, b in pairs if re.search(rf"\b{re.escape(a)}\b", text, re.I)]
    if not found:
        return text
    a, b = rng.choice(found)
    return re.sub(rf"\b{re.escape(a)}\b", b, text, count=1, flags=re.I)


def homophone(text: str, rng: random.Random) -> str:
    return _swap(text, HOMOPHONES, rng)


def merged(text: str, rng: random.Random) -> str:
    return _swap(text, MERGES, rng)


def dropped_word(text: str, rng: random.Random) -> str:
    """A short function word lost in the line noise."""
    words = text.split()
    small = [i for i, w in enumerate(words) if w.lower().strip(",.") in {"a", "the", "to", "is", "me", "it", "i"}]
    if not small or len(words) < 4:
        return text
    del words[rng.choice(small)]
    return " ".join(words)


TRANSFORMS = {"no_apostrophes": no_apostrophes, "plain_case": plain_case, "filler": filler, "restart": restart,
              "homophone": homophone, "merged": merged, "dropped_word": dropped_word}


def damage(text: str, rng: random.Random) -> tuple[str, list[str]]:
    """The damaged text and the names of the transforms applied (kept with the turn for reading)."""
    n = rng.choices([0, 1, 2], weights=[4, 4, 2])[0]
    names = rng.sample(sorted(TRANSFORMS), n)
    for name in names:
        text = TRANSFORMS[name](text, rng)
    return text, names
