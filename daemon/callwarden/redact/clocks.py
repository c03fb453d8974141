"""Clock times a caller says in groups, or as a window of two hours (safe.py's other recognisers
read single values): "around six fifteen", "at twelve oh five", "by ten to six", "5 past 8",
"from eight till six", "10 till half 2". Each keeps a number only while nothing secret is being
read out, and only alone (no other number within reach, which may be another part of one secret).
"""

from __future__ import annotations

from callwarden.redact import groups
from callwarden.redact.numvocab import DAY_PARTS, TIME_AFTER, WEAK
from callwarden.redact.spoken import TEENS, TENS, UNITS, NumberRun, Token, number_runs

# Words that may introduce a time while a phone number is being asked for: nobody gives a phone
# number "after", "before", "until" or "by" something ("call me back after six fifteen").
_NOT_BEFORE_A_PHONE_NUMBER = {"after", "before", "until", "till", "til", "by", "around", "since", "between", "gone"}
HOUR_OPENERS = _NOT_BEFORE_A_PHONE_NUMBER - {"between"} | {"at"}


def _word(tokens: list[Token], k: int) -> str:
    return tokens[k].lower if 0 <= k < len(tokens) else ""


def _value(text: str, run: NumberRun) -> int:
    return int(run.digits) if run.digits and len(run.digits) <= 12 else 10 ** 13


def cue_before(tokens: list[Token], run: NumberRun) -> str:
    """The word that introduces the run, past up to two hedges ("at about", "sometime around like")."""
    k = run.first_token - 1
    for _ in range(3):
        w = _word(tokens, k)
        if w in groups.TIME_OPENERS or w not in groups.HEDGES:
            return w
        k -= 1
    return ""


def time_after(tokens: list[Token], k: int) -> bool:
    """Words after a number that make it a time: "ish", "or so", "am", "o'clock", "in the morning",
    "tonight", "this evening", "tomorrow morning", "last night"."""
    w = _word(tokens, k)
    if w == "-":
        k, w = k + 1, _word(tokens, k + 1)
    nxt = _word(tokens, k + 1)
    return w in TIME_AFTER or w in ("p", "a") and nxt in (".", "m") or w == "or" and nxt == "so" \
        or w in ("tonight", "today", "tomorrow") or w == "in" and nxt == "the" and _word(tokens, k + 2) in DAY_PARTS \
        or w in ("this", "tomorrow", "last", "yesterday", "on") and nxt in DAY_PARTS | {"night"}


def alone(tokens: list[Token], run: NumberRun, reach: int = 3) -> bool:
    """No other digit or number word within `reach` tokens of the run (a secret read in parts)."""
    near = tokens[max(0, run.first_token - reach):run.first_token] + tokens[run.last_token:run.last_token + reach]
    return not any(any(c.isdigit() for c in t.text) or t.lower in UNITS or t.lower in TEENS or t.lower in TENS
                   for t in near)


def grouped_time(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """A clock time said in groups, introduced by a time word or followed by one: "around six
    fifteen", "at twelve oh five", "by ten to six", "at 12.05", "nine forty five ish". Only while
    nothing secret is being read out (then "six fifteen" may be a security code), and alone."""
    if guarded not in (False, WEAK) or run.lead or len(run.digits) > 4 or groups.clock(tokens, run) is None:
        return False
    if not alone(tokens, run):
        return False
    cue = cue_before(tokens, run)
    if guarded == WEAK:      # a phone number is asked for: "at six fifteen" may be its area code
        return cue in _NOT_BEFORE_A_PHONE_NUMBER or time_after(tokens, run.last_token)
    return cue in groups.TIME_OPENERS or time_after(tokens, run.last_token)


def for_a_value(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"booked for six fifteen", "got it for twelve fifty": after "for", a clock time or an amount and
    its cents said in groups is one of the two, both harmless. Nothing open, and alone."""
    if guarded or run.lead or run.groups < 2 or _word(tokens, run.first_token - 1) != "for" or not alone(tokens, run):
        return False
    return groups.clock(tokens, run) is not None or groups.price(tokens, run)


def clock_span(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"from 2 30 to 3 15", "between six fifteen and seven": two clock times said as one run, after
    "from" or "between". Nothing open, and alone."""
    if guarded or run.lead or cue_before(tokens, run) not in ("from", "between") or not alone(tokens, run, 2):
        return False
    return groups.clock_pair(tokens, run) is not None


def minutes_past(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"5 past 8", "twenty past nine": the minutes before "past" and an hour (the hour is clock_time's)."""
    if guarded or not run.cardinal or _word(tokens, run.last_token) not in ("past", "after"):
        return False
    nxt = number_runs(text, tokens)
    hour = next((r for r in nxt if r.first_token == run.last_token + 1), None)
    return hour is not None and hour.cardinal and 1 <= _value(text, hour) <= 12 and 1 <= _value(text, run) <= 30


_WINDOW_ENDS = {"till", "til", "until", "to", "and", "-"}
_TILL = {"till", "til", "until"}


def _hour(text: str, tokens: list[Token], run: NumberRun | None) -> bool:
    return run is not None and (run.cardinal and 1 <= _value(text, run) <= 12 and tokens[run.first_token].text[0] != "0"
                                or groups.clock(tokens, run) is not None)


def hour_window(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"from eight till six", "between 9:30 and 11": two hours, each its own run, the first after
    "from"/"between", the second after "till"/"until"/"and". Nothing open."""
    if guarded or run.lead or not _hour(text, tokens, run):
        return False
    runs = number_runs(text, tokens)
    k = runs.index(run) if run in runs else -1
    if k < 0:
        return False
    nxt = runs[k + 1] if k + 1 < len(runs) else None
    prev = runs[k - 1] if k >= 1 else None
    # "from 8 to 6"; "10 till 2", "7 till half 9" ("till" and "until" join times, with or without "from")
    if nxt is not None and _joined(tokens, run, nxt) and _hour(text, tokens, nxt) and (
            cue_before(tokens, run) in ("from", "between") and _word(tokens, run.last_token) in _WINDOW_ENDS
            or _word(tokens, run.last_token) in _TILL):
        return True
    return prev is not None and _joined(tokens, prev, run) and _hour(text, tokens, prev) and (
        _word(tokens, prev.last_token) in _WINDOW_ENDS and cue_before(tokens, prev) in ("from", "between")
        or _word(tokens, prev.last_token) in _TILL)


_BEFORE_AN_HOUR = {"half", "quarter", "gone", "about", "around", "like", "past"}


def _joined(tokens: list[Token], a: NumberRun, b: NumberRun) -> bool:
    """b follows a after one joining word, and at most "half"/"quarter past"/"gone" ("7 till half 9")."""
    between = [t.lower for t in tokens[a.last_token + 1:b.first_token]]
    return b.first_token > a.last_token and len(between) <= 2 and set(between) <= _BEFORE_AN_HOUR


def time_alternative(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"at noon or 1", "around midnight or 1": an hour offered after "or" beside a named time of day."""
    if guarded or not run.cardinal or not 1 <= _value(text, run) <= 12 or _word(tokens, run.first_token - 1) != "or":
        return False
    return _word(tokens, run.first_token - 2) in ("noon", "midday", "midnight", "lunchtime", "teatime")


def hundred_hours(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"I finish at seventeen hundred", "from oh nine hundred hours": a twenty-four-hour time said with
    "hundred" after a time word or before "hours". Only while nothing secret is read out, and alone."""
    if guarded or not groups.said_hundred(tokens, run) or not alone(tokens, run):
        return False
    return cue_before(tokens, run) in HOUR_OPENERS | {"from"} or _word(tokens, run.last_token) in ("hours", "hrs")


RECOGNISERS = (("grouped_time", grouped_time), ("minutes_past", minutes_past), ("hour_window", hour_window),
               ("clock_span", clock_span), ("time_alternative", time_alternative), ("for_a_value", for_a_value),
               ("hundred_hours", hundred_hours))
