"""Assembles numbers the way callers say them and Whisper writes them.

"four one one one", "4,111,111,111", "for 111 111", "double five",
"forty-one eleven", "eleven twenty eight", "oh" for zero: each becomes one
NumberRun with its digits and its character span in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
         "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
# Words ASR writes for digits, trusted only next to a real number ("for 111 111", "oh one").
HOMOPHONES = {"oh": "0", "o": "0", "for": "4", "fore": "4", "to": "2", "too": "2", "won": "1",
              "ate": "8", "nein": "9", "tree": "3"}
ZERO_WORDS = {"oh", "o"}
REPEATERS = {"double": 2, "triple": 3}
JOINERS = {",", "-", ".", "dash", "hyphen", "/"}

TOKEN = re.compile(r"\d+(?:[,.\-/]\d+)*|[A-Za-z]+(?:'[A-Za-z]+)?|[,.\-/@_+]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class NumberRun:
    digits: str
    start: int          # character span in the text
    end: int
    first_token: int    # token index span (end exclusive)
    last_token: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _definite(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """Digits of a number that starts at token i, and how many tokens it used."""
    w = tokens[i].lower
    if w[0].isdigit():
        return re.sub(r"\D", "", w), 1
    if w in UNITS:
        return UNITS[w], 1
    if w in TEENS:
        return TEENS[w], 1
    if w in TENS:
        j = i + 1
        if j < len(tokens) and tokens[j].text == "-":
            j += 1
        if j < len(tokens) and tokens[j].lower in UNITS and tokens[j].lower != "zero":
            return TENS[w] + UNITS[tokens[j].lower], j - i + 1
        return TENS[w] + "0", 1
    if w in REPEATERS and i + 1 < len(tokens):
        nxt = tokens[i + 1].lower
        digit = UNITS.get(nxt) or HOMOPHONES.get(nxt) or (nxt if nxt.isdigit() and len(nxt) == 1 else None)
        if digit:
            return digit * REPEATERS[w], 2
    return None


def _zeros_after_digit(tokens: list[Token], parts: list[tuple[str, int, int, bool]]) -> bool:
    k = len(parts) - 1
    while k >= 0 and not parts[k][3] and tokens[parts[k][1]].lower in ZERO_WORDS:
        k -= 1
    return k >= 0 and k < len(parts) - 1 and parts[k][3]


def number_runs(text: str, tokens: list[Token] | None = None) -> list[NumberRun]:
    tokens = tokenize(text) if tokens is None else tokens
    runs: list[NumberRun] = []
    i = 0
    while i < len(tokens):
        parts: list[tuple[str, int, int, bool]] = []   # digits, first token, end token, definite
        j = i
        while j < len(tokens):
            found = _definite(tokens, j)
            if found:
                parts.append((found[0], j, j + found[1], True))
                j += found[1]
                continue
            w = tokens[j].lower
            if w in HOMOPHONES:
                parts.append((HOMOPHONES[w], j, j + 1, False))
                j += 1
                continue
            if w in JOINERS and parts and j + 1 < len(tokens) and (
                    _definite(tokens, j + 1) or tokens[j + 1].lower in HOMOPHONES):
                j += 1
                continue
            break
        # Homophones count only inside a run that has real numbers, never at its edges alone.
        # Trailing "oh"s after a real digit are zeros ("... nine nine oh oh"); "for"/"to" are not.
        while parts and not parts[-1][3] and not _zeros_after_digit(tokens, parts):
            parts.pop()
        while parts and not parts[0][3] and not (len(parts) > 1 and parts[1][3]):
            parts.pop(0)
        if parts and any(p[3] for p in parts):
            first, last = parts[0][1], parts[-1][2]
            runs.append(NumberRun("".join(p[0] for p in parts), tokens[first].start, tokens[last - 1].end,
                                  first, last))
            i = max(j, i + 1)
        else:
            i += 1
    return runs


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0
