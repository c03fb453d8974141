"""Folds a turn's text to the plain form the finders read, keeping a map back to the original.

Chat clients, pasted text and some ASR front ends write what a reader sees as "4111" or
"marco@gmail.com" with other code points: full-width forms ("４１１１", "ｍａｒｃｏ＠ｇｍａｉｌ"),
other scripts' digits ("٤١١١", "४१११"), mathematical or circled digits, superscripts, emoji keycaps
("4️⃣"), zero-width spaces, soft hyphens and bidi marks inside a run, curly apostrophes ("I’m",
"O’Neill"), Unicode hyphens. The finders' patterns are written for the plain form, so a secret in
any of these would pass them. Each character is folded on its own (NFKC, digits to ASCII, format
characters dropped), so every folded character still points at the original character it came
from, and a mask found in the folded text covers exactly the original characters.
"""

from __future__ import annotations

import unicodedata

# Characters a reader does not see, or sees as nothing: they hide inside a digit run or an address.
_DROP_CATEGORIES = {"Cf", "Me"}          # format (ZWSP, soft hyphen, bidi, ZWJ), enclosing (keycap)
_VARIATION = range(0xFE00, 0xFE10)       # emoji/text presentation selectors
_FIXED = {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
          "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-"}


def _fold_char(ch: str) -> str:
    if ch in _FIXED:
        return _FIXED[ch]
    if unicodedata.category(ch) in _DROP_CATEGORIES or ord(ch) in _VARIATION:
        return ""
    d = unicodedata.decimal(ch, None)
    if d is not None:
        return str(d)
    # "½" folds to "1⁄2", which would read as the digits 1 and 2: a fraction is left as it is
    num = unicodedata.numeric(ch, None)
    if num is not None and num != int(num):
        return ch
    return unicodedata.normalize("NFKC", ch)


def fold(text: str) -> tuple[str, list[int] | None]:
    """(folded text, origin) where origin[j] is the index in `text` of folded character j
    (origin[len(folded)] == len(text)); origin is None when nothing changed (plain ASCII)."""
    if text.isascii():
        return text, None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = ch if ch.isascii() else _fold_char(ch)
        out.append(f)
        origin.extend([i] * len(f))
    folded = "".join(out)
    if folded == text:
        return text, None
    origin.append(len(text))
    return folded, origin


def span_back(origin: list[int] | None, start: int, end: int, length: int) -> tuple[int, int]:
    """A span of the folded text as a span of the original (`length` is the original's length).
    Characters the fold dropped inside the span are covered by it (a zero-width space between two
    masked digits)."""
    if origin is None:
        return start, end
    a = origin[start] if start < len(origin) else length
    # up to the next character kept by the fold: invisible ones right after the span (a keycap's
    # marks after its digit) go with it, and a character the fold expanded is covered whole
    b = max(origin[end - 1] + 1, origin[end]) if 0 < end < len(origin) else a
    return a, max(a, b)
