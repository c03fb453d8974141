"""Assembles numbers the way callers say them and Whisper writes them.

"four one one one", "4,111,111,111", "for 111 111", "double five",
"forty-one eleven", "eleven twenty eight", "oh" for zero, "two hundred and
forty", "nine um one four", "four one one one and one one one one": each
becomes one NumberRun with its digits and its character span in the text.
Fillers and "and" between two numbers are bridged, so a run's length is the
length the caller meant, whatever hesitation ASR kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {"zero": "0", "nought": "0", "niner": "9", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
         "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_CARDINAL_STARTS = set(UNITS) | set(TEENS) | set(TENS) | {"a"}
# Words ASR writes for digits, trusted only next to a real number ("for 111 111", "oh one").
HOMOPHONES = {"oh": "0", "o": "0", "for": "4", "fore": "4", "to": "2", "too": "2", "won": "1",
              "ate": "8", "nein": "9", "tree": "3", "nil": "0"}
ZERO_WORDS = {"oh", "o", "nil"}
# The radio alphabet a caller may spell a code or a postcode with ("alpha bravo seven niner").
NATO = {"alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
        "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "whisky", "xray", "x-ray", "yankee", "zulu"}
# Heard for a digit only right after "double"/"triple" ("triple mine"): everyday words elsewhere.
REPEATED_ONLY = {"mine": "9", "nigh": "9", "fine": "5", "free": "3", "sex": "6", "sicks": "6", "tree": "3",
                 "won": "1", "ate": "8", "for": "4", "to": "2", "too": "2"}
REPEATERS = {"double": 2, "triple": 3}
JOINERS = {",", "-", ".", "dash", "hyphen", "/", "space"}
# Hesitations and links a caller puts between the groups of one number: bridged when a number
# follows ("nine um one four", "four one one one and then one one one one"), at most three in a row.
FILLERS = {"um", "umm", "uh", "uhh", "er", "erm", "ah", "uhm", "hmm", "hm", "mm", "mhm", "like", "sorry",
           "wait", "and", "then", "so", "okay", "ok", "yeah", "let", "me", "see", "hang", "on", "actually"}
MAX_BRIDGE = 3

# Letters of any script: "Allée", "Nguyễn".
TOKEN = re.compile(r"\d+(?:[,.\-/:]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?|[,.\-/@_+$£€%:]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str = ""       # filled by tokenize (read hundreds of times per turn)


@dataclass(frozen=True, slots=True)
class NumberRun:
    digits: str
    start: int          # character span in the text
    end: int
    first_token: int    # token index span (end exclusive)
    last_token: int
    groups: int = 1     # number expressions in the run (1: one cardinal such as "two hundred")
    cardinal: bool = False   # a single number word expression or numeral ("twelve", "250", "1,200")
    lead: int = 0            # leading homophone tokens ("to" in "came to forty nine ninety nine")


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.group().lower()) for m in TOKEN.finditer(text)]


def _small(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A number below 100 said in words at token i: (value, tokens used)."""
    w = tokens[i].lower
    if w in UNITS:
        return int(UNITS[w]), 1
    if w in TEENS:
        return int(TEENS[w]), 1
    if w in TENS:
        j = i + 1
        if j < len(tokens) and tokens[j].text == "-":
            j += 1
        if j < len(tokens) and tokens[j].lower in UNITS and tokens[j].lower != "zero":
            return int(TENS[w]) * 10 + int(UNITS[tokens[j].lower]), j - i + 1
        return int(TENS[w]) * 10, 1
    return None


def _cardinal(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """"two hundred and forty", "a thousand", "one thousand two hundred ninety nine"."""
    if tokens[i].lower not in _CARDINAL_STARTS:
        return None
    total, current, j, used, last = 0, 0, i, False, None
    if tokens[i].lower == "a" and i + 1 < len(tokens) and tokens[i + 1].lower in MULTIPLIERS:
        current, j, last = 1, i + 1, "small"
    while j < len(tokens):
        w = tokens[j].lower
        if w in MULTIPLIERS and last == "small":
            if MULTIPLIERS[w] == 100:
                current *= 100
            else:
                total, current = total + current * MULTIPLIERS[w], 0
            used, last = True, "multiplier"
            j += 1
            # "two hundred and forty": the "and" belongs to the number only when one follows
            if j + 1 < len(tokens) and tokens[j].lower == "and" and _small(tokens, j + 1):
                j += 1
            continue
        small = _small(tokens, j) if last != "small" else None
        if small:
            current += small[0]
            last = "small"
            j += small[1]
            continue
        break
    return (str(total + current), j - i) if used else None


def _definite(tokens: list[Token], i: int) -> tuple[str, int, bool] | None:
    """Digits of a number that starts at token i, how many tokens it used, and whether it is a
    cardinal (a value said as one number) rather than a digit group."""
    w = tokens[i].lower
    if w[0].isdigit():
        return re.sub(r"\D", "", w), 1, True
    card = _cardinal(tokens, i)
    if card:
        return card[0], card[1], True
    if w in UNITS:
        return UNITS[w], 1, True
    if w in TEENS:
        return TEENS[w], 1, True
    if w in TENS:
        small = _small(tokens, i)
        return str(small[0]), small[1], True
    if w in REPEATERS and i + 1 < len(tokens):
        nxt = tokens[i + 1].lower
        digit = UNITS.get(nxt) or HOMOPHONES.get(nxt) or REPEATED_ONLY.get(nxt) or (
            nxt if nxt.isdigit() and len(nxt) == 1 else None)
        if digit:
            return digit * REPEATERS[w], 2, False
    return None


def _starts_number(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and (_definite(tokens, j) is not None or
                                (tokens[j].lower in HOMOPHONES and j + 1 < len(tokens)
                                 and _definite(tokens, j + 1) is not None))


def _bridge(tokens: list[Token], j: int) -> int:
    """How many filler/joiner tokens from j lead to another number (0: none)."""
    k = j
    while k < len(tokens) and k - j < MAX_BRIDGE and (tokens[k].lower in FILLERS or tokens[k].lower in JOINERS):
        k += 1
        if _starts_number(tokens, k):
            return k - j
    return 0


def number_runs(text: str, tokens: list[Token] | None = None) -> list[NumberRun]:
    tokens = tokenize(text) if tokens is None else tokens
    runs: list[NumberRun] = []
    i = 0
    while i < len(tokens):
        parts: list[tuple[str, int, int, bool]] = []   # digits, first token, end token, definite
        cardinals = 0
        j = i
        while j < len(tokens):
            found = _definite(tokens, j)
            if found:
                parts.append((found[0], j, j + found[1], True))
                cardinals += found[2]
                j += found[1]
                continue
            w = tokens[j].lower
            if w in HOMOPHONES:
                parts.append((HOMOPHONES[w], j, j + 1, False))
                j += 1
                continue
            if parts and (skip := _bridge(tokens, j)):
                j += skip
                continue
            break
        core = [p for p in parts if p[3]]
        core_digits = sum(len(p[0]) for p in core)
        # Homophones at a run's edges count only beside a real digit string (three digits or more):
        # "... one two won" is a digit, "I paid for 3 boxes" is not. Trailing "oh"s are zeros.
        while parts and not parts[-1][3] and not (core_digits >= 2 and core[0][2] < parts[-1][1]
                                                    or _zeros_after_digit(tokens, parts)):
            parts.pop()
        while parts and not parts[0][3] and not (core_digits >= 3 or _zero_leads(tokens, parts)):
            parts.pop(0)
        if parts and core:
            first, last = parts[0][1], parts[-1][2]
            definite = [p for p in parts if p[3]]
            lead = next(k for k, p in enumerate(parts) if p[3])
            runs.append(NumberRun("".join(p[0] for p in parts), tokens[first].start, tokens[last - 1].end,
                                  first, last, groups=len(parts),
                                  cardinal=len(parts) == 1 and len(definite) == 1 and cardinals == 1, lead=lead))
            i = max(parts[-1][2], i + 1)
        else:
            i += 1
    return runs


def _zero_leads(tokens: list[Token], parts: list[tuple[str, int, int, bool]]) -> bool:
    """"oh one": a zero word right before a digit (no comma between) is a digit."""
    return (len(parts) > 1 and parts[1][3] and parts[1][1] == parts[0][2]
            and tokens[parts[0][1]].lower in ZERO_WORDS)


def _zeros_after_digit(tokens: list[Token], parts: list[tuple[str, int, int, bool]]) -> bool:
    k = len(parts) - 1
    while k >= 0 and not parts[k][3] and tokens[parts[k][1]].lower in ZERO_WORDS:
        k -= 1
    return k >= 0 and k < len(parts) - 1 and parts[k][3]


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


def without_lead(run: NumberRun, tokens: list[Token]) -> NumberRun:
    """The run without its leading homophones ("to 49.99" -> "49.99"), to test it for a safe form."""
    rest = run.digits[run.lead:]
    first = run.first_token + run.lead
    return NumberRun(rest, tokens[first].start, run.end, first, run.last_token, groups=run.groups - run.lead,
                     cardinal=run.groups - run.lead == 1 and (rest.isdigit() and _definite(tokens, first) is not None
                                                              and _definite(tokens, first)[2]))


def number_at(tokens: list[Token], i: int) -> tuple[str, int, bool] | None:
    """The number that starts at token i: (digits, tokens used, said as one value), or None."""
    return _definite(tokens, i)
