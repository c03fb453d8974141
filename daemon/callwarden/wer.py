"""Word error rate after normalising case, punctuation and number formatting."""

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


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def wer(reference: str, hypothesis: str) -> float:
    ref, hyp = normalise(reference), normalise(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return edit_distance(ref, hyp) / len(ref)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return float(ordered[rank - 1])
