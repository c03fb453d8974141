"""A word said and then spelled letter by letter, or spelled and then said ("smith, s m i t h",
"k e l l y, kelly"): the word is the same secret as its letters, whatever its case. The
capitalised neighbours of a spelling are found by people.beside_spelled; this finds the lower-case
word that ASR wrote next to the letters, by comparing its letters with the spelling (one letter
may differ: ASR mishears a letter or the word). Pure functions over tokens."""

from __future__ import annotations

import re

from callwarden.redact.spoken import NATO, Token

# words between a name and its spelling: "smith, that's s m i t h", "kelly, spelled k e l l y"
_BETWEEN = {",", ".", "-", ":", "that's", "thats", "it's", "its", "is", "spelled", "spelt", "spelling",
            "like", "so", "um", "uh", "er", "erm", "as", "in", "with", "a"}
_LOOK = 6   # tokens looked at on each side of the spelling


def _spelling(tokens: list[Token]) -> str:
    """The letters the tokens spell ("double l" is two)."""
    out, repeat = [], 1
    for t in tokens:
        w = t.lower
        if w in ("double", "triple"):
            repeat = 2 if w == "double" else 3
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w * repeat)
        elif w in NATO:
            out.append(w[0] * repeat)
        repeat = 1
    return "".join(out)


def _near(word: str, spelled: str) -> bool:
    """Same letters, or one substituted, added or dropped (in a word of four letters or more)."""
    if word == spelled:
        return True
    if min(len(word), len(spelled)) < 4 or abs(len(word) - len(spelled)) > 1:
        return False
    if len(word) == len(spelled):
        return sum(a != b for a, b in zip(word, spelled)) <= 1
    short, long_ = sorted((word, spelled), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _letter_named(w: str) -> bool:
    return len(w) in (2, 3) and w[0].isalpha() and w[1:] in ("s", "'s")


def word_of_spelling(tokens: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words beside a spelled span (a few words of linking between) whose letters are the spelling."""
    out = []
    for a, b in spans:
        inside = [t for t in tokens if t.start >= a and t.end <= b]
        if not inside:
            continue
        spelled = _spelling(inside)
        if len(spelled) < 3:
            continue
        first = tokens.index(inside[0])
        last = tokens.index(inside[-1])
        for step, k in ((-1, first - 1), (1, last + 1)):
            seen = 0
            while 0 <= k < len(tokens) and seen < _LOOK:
                t = tokens[k]
                letters = "".join(c for c in t.lower if c.isalpha())
                if len(letters) >= 3 and _near(letters, spelled):
                    out.append((t.start, t.end))
                    break
                # "brennan with two n's, b r e n n a n": the doubled letter named between
                if t.lower not in _BETWEEN and t.lower not in ("two", "double") and not _letter_named(t.lower):
                    break
                k += step
                seen += 1
    return out


# "o apostrophe neill", "d apostrophe souza": a name spelled with its apostrophe said as a word;
# the written form ("o'neill") in the same turn is the same name ("o'clock" alone is not one).
_SAID_APOSTROPHE = re.compile(r"\b([a-z])\s*,?\s+apostrophe\s+([a-z]{2,})\b", re.I)


def apostrophe_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SAID_APOSTROPHE.finditer(text):
        out.append((m.start(), m.end()))
        written = re.compile(rf"\b{m.group(1)}'{m.group(2)}\b", re.I)
        out += [(w.start(), w.end()) for w in written.finditer(text)]
    return out
