"""Answers to the agent's "when ...?": a clock time given as the answer to a question about when
("When can you come in?" - "eleven fifteen on thursday", "the 7 to 9 slot", "seventeen hundred").
A time said in groups with no time word around it is kept only here, where the question makes it a
time: each masked number of a short answer must be shaped like a clock time, two hours joined by
"to"/"and", an hour, or a twenty-four-hour time said with "hundred". The redactor applies it only while
nothing secret is asked for, open or carried (like the answer to "how many ...?"). Pure functions."""

from __future__ import annotations

import re

from callwarden.redact import groups
from callwarden.redact.numvocab import DAY_ORDINALS
from callwarden.redact.spoken import NumberRun, Token

WHEN = "when"       # the agent's last words asked when, or for a time
_ASKS_WHEN = re.compile(r"\b(?:when(?:'s| is| are| would| can| could| do| does| will| should)?\b(?! (?:were you|was he|"
                        r"was she|did you (?:open|join|move|start)))|what time|which time|a good time|best time|"
                        r"what slot|which slot|time suits|suit you|suits you|how early|how late)", re.I)
_MAX_TOKENS = 20
_MAX_RUNS = 3


YEAR = "year"       # ... or when something was, or which year ("when was the house built?"), not a birth
_ASKS_YEAR = re.compile(r"\b(?:when|what year|which year)\b", re.I)
_ABOUT_BIRTH = re.compile(r"\b(?:born|birth|birthday|dob|d o b)\b", re.I)


def asks_year(agent_text: str) -> bool:
    """The agent's question asks when something was or which year, and nothing of a birth."""
    return _ASKS_YEAR.search(agent_text) is not None and _ABOUT_BIRTH.search(agent_text) is None


def year_shaped(tokens: list[Token], run: NumberRun) -> bool:
    """"nineteen ninety", "two thousand and six", "1887": a year of the last two centuries, said as one;
    or its last two digits after "in" or "since" ("back in ninety six", "since oh four")."""
    if run.lead and not (len(run.digits) == 2 and tokens[run.first_token].lower in ("oh", "o")):   # "in oh nine"
        return False
    if len(run.digits) == 2:
        return run.first_token > 0 and tokens[run.first_token - 1].lower in _YEAR_BEFORE
    return len(run.digits) == 4 and 1800 <= int(run.digits) <= 2099


_YEAR_BEFORE = {"in", "since", "around", "circa"}


def day_shaped(tokens: list[Token], run: NumberRun) -> bool:
    """A day of the month said as tens and an ordinal: "the twenty first", "on the thirty first"."""
    k = run.last_token       # the token after the run (last_token is exclusive)
    return (len(run.digits) == 2 and run.digits in ("20", "30") and k < len(tokens)
            and tokens[k].lower in DAY_ORDINALS and run.first_token > 0 and tokens[run.first_token - 1].lower == "the")



def asks_when(agent_text: str) -> bool:
    """The agent's question asks when or for a time ("When suits you?", "What time's best?")."""
    return _ASKS_WHEN.search(agent_text) is not None


def time_shaped(tokens: list[Token], run: NumberRun) -> bool:
    if len(run.digits) <= 6 and groups.clock_pair(tokens, run) is not None:    # "10 to 12": each side a time
        return True
    if len(run.digits) > 4:
        return False
    if groups.clock(tokens, run) is not None:
        return True
    if day_shaped(tokens, run):
        return True
    ps = groups.parts(tokens, run)
    if len(ps) == 1 and ps[0].cardinal and not ps[0].homophone and 1 <= ps[0].value <= 12 and not run.lead:
        return True
    return groups.said_hundred(tokens, run)


def kept_times(tokens: list[Token], runs: list[NumberRun], spans: list, number: str, shaped=time_shaped) -> list:
    """The spans left once the plain numbers of a short answer that are all time-shaped (or `shaped`:
    year_shaped) are kept."""
    if len(tokens) > _MAX_TOKENS or len(runs) > _MAX_RUNS:
        return spans
    by_span = {(r.start, r.end): r for r in runs}
    plain = [sp for sp in spans if sp.entity == number and (sp.start, sp.end) in by_span]
    if not plain or not all(shaped(tokens, by_span[(sp.start, sp.end)]) for sp in plain):
        return spans
    return [sp for sp in spans if sp not in plain]
