"""A tiny template language for paraphrases, and the damage tiny.en does to speech.

`<slot>` picks one entry of a named slot (entries may hold further slots);
`{a|b|}` picks one inline alternative (an empty one makes the part optional).
Everything is drawn from a seeded `random.Random`, so a seed gives one corpus.
"""

from __future__ import annotations

import random
import re

_INLINE = re.compile(r"\{([^{}]*)\}")
_SLOT = re.compile(r"<([a-z_]+)>")


def expand(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    text = template
    for _ in range(12):     # slots nest a few levels at most
        before = text
        text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), text)
        text = _INLINE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        if text == before:
            break
    return tidy(text)


def tidy(text: str) -> str:
    """Spacing and capitals as a person would write the sentence."""
    t = " ".join(text.split())
    t = re.sub(r" '(s|d|ve|ll|re|m)\b", r"'\1", t)
    t = re.sub(r"\s+([,.?!])", r"\1", t)
    t = re.sub(r"([,.?!])\1+", r"\1", t)
    t = re.sub(r",([.?!])", r"\1", t)
    t = t.strip(" ,")
    return t[:1].upper() + t[1:] if t else t


# What tiny.en tends to write for casual speech: the numbers are not measured, only plausible.
_SUBSTITUTIONS = [
    (r"\bwant to\b", ["went to", "wanna", "want"]),
    (r"\bgoing to\b", ["gonna", "going"]),
    (r"\bI'm\b", ["I am", "im", "I"]),
    (r"\bdon't\b", ["do not", "dont", "don"]),
    (r"\bcan't\b", ["cannot", "cant", "can"]),
    (r"\bwon't\b", ["will not", "wont"]),
    (r"\bI'd\b", ["I would", "id", "I"]),
    (r"\byou're\b", ["you are", "your", "youre"]),
    (r"\bto\b", ["too", "two"]),
    (r"\bokay\b", ["ok", "OK"]),
    (r"\bplease\b", ["pleas", ""]),
    (r"\bbot\b", ["but", "bought"]),
    (r"\brecorded\b", ["recording", "record"]),
    # homophones tiny.en picks between by guess
    (r"\bfor\b", ["four", "fore"]),
    (r"\bno\b", ["know"]),
    (r"\bthere\b", ["their", "they're"]),
    (r"\bright\b", ["write"]),
    (r"\byour\b", ["you're"]),
    (r"\bwould\b", ["wood"]),
]
_DROPPABLE = {"a", "an", "the", "to", "me", "my", "i", "is", "it", "of", "you", "please", "just", "and", "so"}


def asr_damage(text: str, rng: random.Random) -> str:
    t = text
    if rng.random() < 0.6:
        t = re.sub(r"[,.?!;:\"]", "", t).lower()
    for pattern, options in _SUBSTITUTIONS:
        if re.search(pattern, t, flags=re.IGNORECASE) and rng.random() < 0.25:
            t = re.sub(pattern, rng.choice(options), t, count=1, flags=re.IGNORECASE)
    if "'" in t and rng.random() < 0.3:        # every apostrophe dropped: "dont", "im", "theyre"
        t = t.replace("'", "")
    words = t.split()
    if len(words) > 3 and rng.random() < 0.35:
        droppable = [i for i, w in enumerate(words) if w.lower().strip(",.?!") in _DROPPABLE]
        if droppable:
            del words[rng.choice(droppable)]
    if len(words) > 4 and rng.random() < 0.1:
        words.insert(rng.randrange(len(words)), rng.choice(["uh", "um", "like", "so", "yeah"]))
    return " ".join(words)
