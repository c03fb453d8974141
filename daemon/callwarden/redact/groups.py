"""The shape of a number said in groups: a clock time, a range, a price in two groups, an answer
to the agent's "how many ...?".

spoken.py joins what a caller says next to a number into one run ("ten to six" is 10, "to", 6;
"between 20 and 30" is 20, 30; "forty nine ninety nine" is 49, 99), because a secret is read out
like that too. This module only reads a run's groups back and says what shape they have; safe.py
decides, from the words around the run and what is open in the call, whether that shape is
harmless there. Every shape is strict (an hour 1-12 or 0-23, minutes 00-59, a range that goes up
within one scale), so that a card or a PIN read in pairs is rarely of any shape, and never kept
by the shape alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from callwarden.redact.numvocab import UNIT_WORDS
from callwarden.redact.spoken import HOMOPHONES, NumberRun, Token, number_at

# What introduces a time ("at six fifteen", "by ten to six") or a range ("from 5 to 10").
TIME_OPENERS = {"at", "around", "about", "by", "until", "till", "til", "since", "from", "before", "after",
                "between", "past", "gone", "circa"}
# Words a caller hedges with between the opener and the number ("at about", "around like").
HEDGES = {"about", "around", "roughly", "approximately", "like", "maybe", "just", "only", "say", "um", "uh", "er",
          "erm", "exactly", "probably", "nearly", "almost", "gone", "after", "before", "sometime", "somewhere",
          "anytime", "any", "time", "at"}
_DIGIT_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_DIGIT_RANGE = re.compile(r"^(\d{1,4})-(\d{1,4})$")


@dataclass(frozen=True, slots=True)
class Part:
    value: int
    digits: str
    first: int          # token span of the group, end exclusive
    end: int
    homophone: str = ""     # the word when the group is a word ASR writes for a digit ("to", "oh")
    cardinal: bool = True   # said as one value ("fifteen", "forty five", "250"), not "double five"


def parts(tokens: list[Token], run: NumberRun) -> list[Part]:
    """The run's groups in order; fillers and joiners between them are left out."""
    out, j = [], run.first_token
    while j < run.last_token:
        found = number_at(tokens, j)
        if found:
            digits, used, cardinal = found
            out.append(Part(int(digits) if digits else 0, digits, j, j + used, "", cardinal))
            j += used
        elif tokens[j].lower in HOMOPHONES:
            d = HOMOPHONES[tokens[j].lower]
            out.append(Part(int(d), d, j, j + 1, tokens[j].lower, False))
            j += 1
        else:
            j += 1
    return out


def joiners(tokens: list[Token], a: Part, b: Part) -> set[str]:
    return {t.lower for t in tokens[a.end:b.first]}


def _minutes(ps: list[Part]) -> int | None:
    """Minutes said after an hour: one two-digit group ("fifteen", "forty five", "15") or "oh" and a
    digit ("oh five"); never a lone digit ("six five" is two digits of something)."""
    if len(ps) == 1 and not ps[0].homophone and len(ps[0].digits) == 2 and 10 <= ps[0].value <= 59:
        return ps[0].value
    if len(ps) == 2 and ps[0].homophone in ("oh", "o") and not ps[1].homophone and len(ps[1].digits) == 1 \
            and ps[1].value >= 1:
        return ps[1].value
    return None


def clock(tokens: list[Token], run: NumberRun) -> tuple[int, int] | None:
    """(hour, minute) when the run is shaped like a time of day, else None: "6:15", "9.45",
    "6 15", "six fifteen", "nine forty five", "twelve oh five", "ten to six" (5:50)."""
    ps = parts(tokens, run)
    if len(ps) == 1 and (m := _DIGIT_CLOCK.match(tokens[run.first_token].text)) \
            and run.last_token - run.first_token == 1:
        h, mi = int(m.group(1)), int(m.group(2))
        return (h, mi) if h <= 23 and mi <= 59 else None
    return _clock_parts(tokens, ps)


def clock_pair(tokens: list[Token], run: NumberRun) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two times said as one run, split at "to" or "and": "2 30 to 3 15", "six fifteen and seven"."""
    ps = parts(tokens, run)
    for k in range(1, len(ps)):
        cut = ps[k].homophone == "to"
        left, right = ps[:k], ps[k + 1:] if cut else ps[k:]
        if not right or not cut and not joiners(tokens, ps[k - 1], ps[k]) & {"and"}:
            continue
        a, b = _clock_or_hour(tokens, left), _clock_or_hour(tokens, right)
        if a and b:
            return a, b
    return None


def _clock_or_hour(tokens: list[Token], ps: list[Part]) -> tuple[int, int] | None:
    if len(ps) == 1 and ps[0].cardinal and not ps[0].homophone and 1 <= ps[0].value <= 12:
        return ps[0].value, 0
    return _clock_parts(tokens, ps) if len(ps) >= 2 else None


def _clock_parts(tokens: list[Token], ps: list[Part]) -> tuple[int, int] | None:
    if len(ps) < 2 or ps[0].homophone or not ps[0].cardinal:
        return None
    hour = ps[0].value
    if len(ps) == 3 and ps[1].homophone == "to" and not ps[2].homophone and ps[2].cardinal:
        # "ten to six", "twenty five to four": minutes before an hour
        if 1 <= hour <= 30 and 1 <= ps[2].value <= 12:
            return (ps[2].value - 1 or 12, 60 - hour)
        return None
    said = tokens[ps[0].first].text[0].isalpha()
    if not said and len(ps[0].digits) > 2 or (said and not 1 <= hour <= 12) or hour > 23:
        return None
    if any(joiners(tokens, a, b) - {"-"} for a, b in zip(ps, ps[1:])):
        return None         # "six and fifteen", "six um fifteen": not how a time is said
    mi = _minutes(ps[1:])
    return (hour, mi) if mi is not None else None


def span(tokens: list[Token], run: NumberRun) -> tuple[int, int] | None:
    """(low, high) when the run is a range going up within one scale: "5 to 10", "20 and 30",
    "5-10", "ten, fifteen"; never "1 to 1000" or "30 to 20"."""
    ps = parts(tokens, run)
    if len(ps) == 1 and (m := _DIGIT_RANGE.match(tokens[run.first_token].text)) \
            and run.last_token - run.first_token == 1:
        lo, hi = int(m.group(1)), int(m.group(2))
    elif len(ps) == 3 and ps[1].homophone == "to" and not ps[0].homophone and not ps[2].homophone:
        lo, hi = ps[0].value, ps[2].value
        if not (ps[0].cardinal and ps[2].cardinal):
            return None
    elif len(ps) == 2 and not ps[0].homophone and not ps[1].homophone and ps[0].cardinal and ps[1].cardinal \
            and joiners(tokens, ps[0], ps[1]) & {"and", ",", "-", "or"}:
        lo, hi = ps[0].value, ps[1].value
    else:
        return None
    if not 0 < lo < hi or hi > 9999 or hi > 10 * lo:
        return None
    return lo, hi


def price(tokens: list[Token], run: NumberRun) -> bool:
    """Two groups said as an amount and its cents: "forty nine ninety nine", "a hundred and twenty
    nine ninety nine", "twelve fifty", "49 99" (never digit by digit, never "oh five" for the cents)."""
    ps = _without_trailing_words(parts(tokens, run))
    return len(ps) == 2 and all(p.cardinal and not p.homophone for p in ps) and 1 <= ps[0].value <= 9999 \
        and ps[0].digits[0] != "0" and len(ps[1].digits) == 2 and 10 <= ps[1].value <= 99 \
        and not joiners(tokens, ps[0], ps[1])


def _without_trailing_words(ps: list[Part]) -> list[Part]:
    """"two fifty for nothing", "300 to them": the word after an amount is a word, not a digit."""
    while len(ps) > 1 and ps[-1].homophone and ps[-1].homophone not in ("oh", "o", "nil"):
        ps = ps[:-1]
    return ps


def amount(tokens: list[Token], run: NumberRun) -> bool:
    """Said as an amount: one value of at most four digits ("300", "twelve hundred") or an amount and
    its cents ("forty nine ninety nine"), a word such as "for" after it aside."""
    ps = _without_trailing_words(parts(tokens, run))
    return len(ps) == 1 and ps[0].cardinal and not ps[0].homophone and len(ps[0].digits) <= 4 or price(tokens, run)


def hour_span(tokens: list[Token], run: NumberRun) -> tuple[int, int] | None:
    """Two hours said as one run, either order ("8 and 1", "ten to four", "9-5"): (first, second)."""
    ps = parts(tokens, run)
    if len(ps) == 1 and (m := _DIGIT_RANGE.match(tokens[run.first_token].text)):
        a, b = int(m.group(1)), int(m.group(2))
    elif len(ps) == 3 and ps[1].homophone == "to" and ps[0].cardinal and ps[2].cardinal:
        a, b = ps[0].value, ps[2].value
    elif len(ps) == 2 and ps[0].cardinal and ps[1].cardinal and joiners(tokens, ps[0], ps[1]) & {"and", "-"}:
        a, b = ps[0].value, ps[1].value
    else:
        return None
    return (a, b) if 1 <= a <= 12 and 1 <= b <= 12 and a != b else None


def said_hundred(tokens: list[Token], run: NumberRun) -> bool:
    """"seventeen hundred", "oh nine hundred hours": a twenty-four-hour time."""
    words = [t.lower for t in tokens[run.first_token:run.last_token]]
    if "hundred" not in words or words[-1] != "hundred" or not run.digits or len(run.digits) > 4:
        return False
    v = int(run.digits)
    return 0 <= v <= 2300 and v % 100 == 0 and (v >= 1300 or run.digits[0] == "0")


# ------------------------------------------------------------------ answers to "how many ...?"
# What may come before the count in an answer: "just two", "I think about five", "we have 3".
ANSWER_OPENERS = {"just", "only", "about", "around", "roughly", "like", "maybe", "um", "uh", "er", "erm", "oh",
                  "well", "so", "i", "we", "think", "have", "had", "got", "ve", "it's", "its", "it", "was", "were",
                  "there", "there's", "is", "are", "probably", "nearly", "almost", "over", "under", "exactly",
                  "i've", "we've", "i'd", "say", "yeah", "yes", "no", ",", ".", "-", "a", "the"}
# What may follow it: "four of them", "six, I think", "two out of the four".
ANSWER_TAIL = {"of", "them", "i", "think", "maybe", "or", "so", "in", "total", "all", "altogether", "out", "the",
               "at", "least", "most", "ish", "roughly", "probably", "now", "times", "and", "that's", "it",
               "guess", "reckon", "yeah", ",", ".", "!", "?", "-", "ago",
               # how it is said to do: "one or two should be fine", "three is plenty, thanks"
               "should", "would", "will", "be", "do", "is", "fine", "enough", "plenty", "great", "good", "ok", "okay",
               "please", "thanks", "cheers", "then", "now"}
# "how far / long / heavy ...?" asks for a measure: its number answers with a unit, never an identifier
_ASKS_COUNT = re.compile(r"\bhow (?:many|much|far|long|big|heavy|tall|wide|deep|high|old|fast)\b|\bwhat size\b|"
                         r"\bwhat(?:'s|s| is| are| was| were| will)? (?:\w+ )?"
                         r"(?:paying|pay|spend|spending|budget|price|cost|costs|total|amount|owe|charging)\b", re.I)
# The agent asks for something a number names ("what's the code on the letter?", "read me the
# digits"): whatever the caller says next may be it, though no context word was heard.
_NAMES_A_NUMBER = re.compile(r"\b(?:numbers?|codes?|digits?|pin|passcode|password|reference|id|serial|last four)\b",
                             re.I)
NAMED_NUMBER = "named_number"
COUNT = "count"     # the agent's last words asked "how many ...?" / "how much ...?"


def names_a_number(agent_text: str) -> bool:
    return _NAMES_A_NUMBER.search(agent_text) is not None


def asks_count(agent_text: str) -> bool:
    """The agent's question asks for a count or an amount ("How many boxes came?", "how much was it?")."""
    return _ASKS_COUNT.search(agent_text) is not None


def answers_count(tokens: list[Token], runs: list[NumberRun], run: NumberRun) -> bool:
    """The run is the answer to a "how many"/"how much" question: a short turn of hedges around one
    or two small values said as numbers ("Three.", "like 5 or 6", "about twelve", "8, 9 maybe",
    "two out of the four"), nothing else a number could belong to."""
    if len(runs) > 2 or len(tokens) > 12 or run.lead:
        return False
    for r in runs:
        ps = _without_trailing_words(parts(tokens, r))      # "six hundred and forty nine for the laptop"
        # "1,200": written with a thousands comma, ASR heard an amount, not digits read out
        grouped = r.last_token - r.first_token == 1 and _THOUSANDS.fullmatch(tokens[r.first_token].text)
        # "a thousand two hundred": an amount said in thousands, not digits read out
        thousands = len(ps) == 1 and any(t.lower in ("thousand", "grand") for t in tokens[r.first_token:r.last_token])
        if not ps or any(p.homophone or not p.cardinal or p.value > 999 and not (grouped or thousands) for p in ps) \
                or len(ps) > 2:
            return False
        if len(ps) == 2 and span(tokens, r) is None and not price(tokens, r):
            return False     # "8, 9" goes up like a hedge, "nineteen ninety nine" is a price; "9, 4" is neither
    first, last = runs[0], runs[-1]
    if len(runs) == 2:
        between = {t.lower for t in tokens[first.last_token:last.first_token]}
        if not between <= {"or", "to", "out", "of", "the", ",", "maybe", "-"}:
            return False
    words_before = {t.lower for t in tokens[:first.first_token]}
    # the tail starts at a word the run took for a digit ("... forty nine for the laptop")
    end = _without_trailing_words(parts(tokens, last))[-1].end
    tail = [t.lower for t in tokens[end:]]
    # closed by a comma, the count is said: what follows is another clause ("three, the youngest is a baby")
    closed = bool(tail) and tail[0] in (",", ".") and len(runs) == 1 and len(tail) <= _CLAUSE_WORDS
    return words_before <= ANSWER_OPENERS and (_tail_ok(tail) or closed)


# What the count is for or who it takes in, after it: "for the whole class", "with the telly", "plus
# the dog". The turn holds no other number (answers_count counts its runs), so these words are no part of one.
_FOR_WHAT = {"for", "with", "including", "plus", "counting", "not", "between", "across", "if", "without",
             # what it is made of or where it was read: "thirty, mostly family", "about 900 according to the bill"
             "mostly", "mainly", "largely", "partly", "according", "apparently", "going", "give",
             # how it was paid: "twelve hundred, by bank transfer"
             "by", "via", "on", "cash"}
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_FOR_WHAT_WORDS = 5
_CLAUSE_WORDS = 10


def _tail_ok(words: list[str]) -> bool:
    k = 0
    while k < len(words) and (words[k] in ANSWER_TAIL or words[k] in UNIT_WORDS or words[k] == "k"):   # "320 k"
        k += 1
    rest = words[k:]
    return not rest or rest[0] in _FOR_WHAT and len(rest) <= _FOR_WHAT_WORDS + 1
