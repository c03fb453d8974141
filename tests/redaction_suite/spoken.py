"""How a caller says a digit string, and how Whisper-style ASR writes it down.

Written independently of the scorer's reader (leak.py): the generator checks that the reader finds
every secret it renders, so a form the reader cannot read is a bug caught at generation time."""

from __future__ import annotations

import random

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
# ASR homophones; only used at the edge of a run of digit words (where Whisper produces them).
HOMOPHONE = {"0": ["oh", "O"], "1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}
AMBIGUOUS = {w for ws in HOMOPHONE.values() for w in ws}
INNER_FILLERS = ["um", "uh", "hmm", "sorry", "let me see", "uh, sorry", "erm"]
FILLER_TOKENS = {t.strip(",") for f in INNER_FILLERS for t in f.split()}
JOINERS = [" ", " ", " ", ", ", ", ", ", ", " - ", " and ", "... ", " then "]
FILLER_JOINERS = [" um ", ", uh, ", ", sorry, ", ", let me see, ", " hmm "]

STYLES = ["digits", "words", "oh", "double", "pairs", "mixed", "comma", "fillers"]
ORD_UNIT = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEEN = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def digit_word(d: str, rng: random.Random, zero_oh: float = 0.5) -> str:
    if d == "0":
        return "oh" if rng.random() < zero_oh else "zero"
    return UNIT[int(d)]


def two_digit_words(n: int, rng: random.Random) -> str:
    """10..99 as one number ('forty five', 'forty-five', 'twelve'); round tens are never produced here
    because 'twenty' followed by a digit word reads as 21..29."""
    if 10 <= n < 20:
        return TEEN[n - 10]
    tens, unit = divmod(n, 10)
    assert unit, n
    return f"{TENS[tens]}{rng.choice([' ', '-'])}{UNIT[unit]}"


def ordinal(n: int) -> str:
    if n < 10:
        return ORD_UNIT[n]
    if n < 20:
        return ORD_TEEN[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]}-{ORD_UNIT[unit]}"


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 < 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _words(group: str, rng: random.Random, zero_oh: float) -> list[str]:
    return [digit_word(d, rng, zero_oh) for d in group]


def _double(group: str, rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(group):
        j = i
        while j < len(group) and group[j] == group[i]:
            j += 1
        run = j - i
        while run >= 2:
            take = 3 if run >= 3 and rng.random() < 0.8 else 2
            take = min(take, run)
            if run - take == 1 and take == 3 and rng.random() < 0.5:
                take = 2
            out.append(f"{'double' if take == 2 else 'triple'} {digit_word(group[i], rng)}")
            run -= take
        if run == 1:
            out.append(digit_word(group[i], rng))
        i = j
    return out


def _pairs(group: str, rng: random.Random) -> list[str]:
    out = []
    if len(group) % 2:
        out.append(digit_word(group[0], rng))
        group = group[1:]
    for k in range(0, len(group), 2):
        a, b = group[k], group[k + 1]
        if a == "0":
            out.append(f"{digit_word('0', rng, 0.9)} {digit_word(b, rng)}")
        elif b == "0" and a != "1":
            out.append(f"{UNIT[int(a)]} {digit_word('0', rng)}")
        else:
            out.append(two_digit_words(int(a + b), rng))
    return out


def render_group(group: str, rng: random.Random, style: str | None = None, edges: bool = True,
                 fillers: bool = True) -> str:
    """One run of digits as a caller says it."""
    style = style or rng.choice(STYLES)
    if style == "digits":
        return group
    if style == "comma" and len(group) >= 4 and group[0] != "0":
        head = len(group) % 3 or 3
        parts = [group[:head]] + [group[i:i + 3] for i in range(head, len(group), 3)]
        return ",".join(parts)
    if style == "comma":
        return group
    if style == "mixed":
        words = [d if rng.random() < 0.5 else digit_word(d, rng) for d in group]
    elif style == "double":
        words = _double(group, rng)
    elif style == "pairs":
        words = _pairs(group, rng)
    else:
        words = _words(group, rng, 0.9 if style == "oh" else 0.2)
    if edges and len(words) >= 2 and rng.random() < 0.3:
        # a homophone at the start or the end of the run, where ASR makes them
        side = rng.choice([0, -1])
        d = group[side]
        if d in HOMOPHONE and words[side] in (UNIT[int(d)], "oh", "zero", d):
            words[side] = rng.choice(HOMOPHONE[d])
    if fillers and len(words) >= 2 and (style == "fillers" or (len(words) >= 3 and rng.random() < 0.12)):
        for _ in range(1 if style != "fillers" else rng.randint(1, max(1, len(words) // 2))):
            words.insert(rng.randrange(1, len(words)), rng.choice(INNER_FILLERS))
    if all(t.strip(",") in AMBIGUOUS | FILLER_TOKENS for w in words for t in w.split()):
        return group    # 'oh ate' alone is not a number to anyone (nor to ASR, which would write 08)
    sep = " " if rng.random() < 0.85 else ", "
    return sep.join(words)


def chunk(digits: str, rng: random.Random, sizes: list[int] | None = None) -> list[str]:
    """Split a digit string the way people read it out: given sizes or random runs of 2-5."""
    if sizes and sum(sizes) == len(digits):
        out, i = [], 0
        for s in sizes:
            out.append(digits[i:i + s])
            i += s
        return out
    out, i = [], 0
    while i < len(digits):
        s = rng.choice([2, 3, 3, 4, 4, 4, 5])
        if len(digits) - i - s == 1:
            s += 1
        out.append(digits[i:i + s])
        i += s
    return out


def joiner(rng: random.Random) -> str:
    return rng.choice(FILLER_JOINERS if rng.random() < 0.25 else JOINERS)


def speak(digits: str, rng: random.Random, sizes: list[int] | None = None, style: str | None = None,
          dashes: bool = False) -> str:
    """A whole digit string in one breath: groups joined by spaces, commas, fillers, 'and', dashes."""
    groups = chunk(digits, rng, sizes) if (sizes or len(digits) > 5) else [digits]
    if dashes or (style is None and rng.random() < 0.12):
        return "-".join(groups)
    one_style = style or (rng.choice(STYLES) if rng.random() < 0.6 else None)
    parts = [render_group(g, rng, one_style) for g in groups]
    out = parts[0]
    for p in parts[1:]:
        out += joiner(rng) + p
    return out


def split_digits(digits: str, n: int, rng: random.Random, min_len: int = 1) -> list[str]:
    """Cut a digit string into n consecutive pieces of at least min_len (n clipped to fit)."""
    n = max(1, min(n, len(digits) // min_len))
    if n == 1:
        return [digits]
    while True:
        cuts = sorted(rng.sample(range(1, len(digits)), n - 1))
        edges = [0] + cuts + [len(digits)]
        if all(b - a >= min_len for a, b in zip(edges, edges[1:])):
            break
    bounds = [0] + cuts + [len(digits)]
    return [digits[bounds[i]:bounds[i + 1]] for i in range(n)]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def routing_number(rng: random.Random) -> str:
    """A 9-digit ABA routing number with a correct check digit."""
    head = f"{rng.choice(['0', '1', '2', '3'])}{rng.randint(1, 9)}" + "".join(rng.choice("0123456789")
                                                                          for _ in range(6))
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(d) * w[i] for i, d in enumerate(head))
    return head + str((10 - s % 10) % 10)
