"""Answers to the agent's "when ...?": a clock time given as the answer to a question about when
("When can you come in?" - "eleven fifteen on thursday", "the 7 to 9 slot", "seventeen hundred").
A time said in groups with no time word around it is kept only here, where the question makes it a
time: each masked number of a short answer must be shaped like a clock time, two hours joined by
"to"/"and", an hour, or a twenty-four-hour time said with "hundred". The redactor applies it only while
nothing secret is asked for, open or carried (like the answer to "how many ...?"). Pure functions."""

from __future__ import annotations

import re

from callwarden.redact import groups
from callwarden.redact.spoken import NumberRun, Token

WHEN = "when"       # the agent's last words asked when, or for a time
_ASKS_WHEN = re.compile(r"\b(?:when(?:'s| is| are| would| can| could| do| does| will| should)?\b(?! (?:were you|was he|"
                        r"was she|did you (?:open|join|move|start)))|what time|which time|a good time|best time|"
                        r"what slot|which slot|time suits|suit you|suits you|how early|how late)", re.I)
_MAX_TOKENS = 20
_MAX_RUNS = 3


def asks_when(agent_text: str) -> bool:
    """The agent's question asks when or for a time ("When suits you?", "What time's best?")."""
    return _ASKS_WHEN.search(agent_text) is not None


def _said_hundred(tokens: list[Token], run: NumberRun) -> bool:
    """"seventeen hundred", "oh nine hundred hours": a twenty-four-hour time."""
    words = [t.lower for t in tokens[run.first_token:run.last_token]]
    if "hundred" not in words or words[-1] != "hundred" or not run.digits or len(run.digits) > 4:
        return False
    v = int(run.digits)
    return 0 <= v <= 2300 and v % 100 == 0 and (v >= 1300 or run.digits[0] == "0")


def time_shaped(tokens: list[Token], run: NumberRun) -> bool:
    if len(run.digits) <= 6 and groups.clock_pair(tokens, run) is not None:    # "10 to 12": each side a time
        return True
    if len(run.digits) > 4:
        return False
    if groups.clock(tokens, run) is not None:
        return True
    ps = groups.parts(tokens, run)
    if len(ps) == 1 and ps[0].cardinal and not ps[0].homophone and 1 <= ps[0].value <= 12 and not run.lead:
        return True
    return _said_hundred(tokens, run)


def kept_times(tokens: list[Token], runs: list[NumberRun], spans: list, number: str) -> list:
    """The spans left once the plain numbers of a short answer that are all time-shaped are kept."""
    if len(tokens) > _MAX_TOKENS or len(runs) > _MAX_RUNS:
        return spans
    by_span = {(r.start, r.end): r for r in runs}
    plain = [sp for sp in spans if sp.entity == number and (sp.start, sp.end) in by_span]
    if not plain or not all(time_shaped(tokens, by_span[(sp.start, sp.end)]) for sp in plain):
        return spans
    return [sp for sp in spans if sp not in plain]
