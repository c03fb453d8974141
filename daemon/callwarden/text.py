"""Word normalising shared by the live path (transcript cleanup, leak checks) and the scoring tools:
one definition, so what a call compares and what a score compares are the same words."""

from __future__ import annotations

import re

_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORD_DIGITS = {w: str(i) for i, w in enumerate(_DIGIT_WORDS)} | {"oh": "0"}
_TOKEN = re.compile(r"[a-z0-9']+")


def normalise(text: str) -> list[str]:
    """Lower case, no punctuation, "4,111" and "four one one one" both become 4 1 1 1."""
    text = text.lower().replace("-", " ")
    text = re.sub(r"(?<=\d)[,.](?=\d)", "", text)       # 4,111,111 -> 4111111
    words: list[str] = []
    for tok in _TOKEN.findall(text):
        tok = tok.strip("'")
        if not tok:
            continue
        if tok.isdigit():
            words.extend(tok)                              # one token per digit
        else:
            words.append(_WORD_DIGITS.get(tok, tok))
    return words
