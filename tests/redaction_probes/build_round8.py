"""Writes round8.jsonl: call sequences said the way callers say them, as ASR writes them down.

Written blind on 2026-12-05 by a helper that had read only tests/redaction_probes/README.md,
tests/redaction_probes/run.py (the scorer, which defines the format), the first 30 lines of
adversarial.jsonl (format examples) and build_adversarial.py (as a model of a builder script):
nothing under daemon/, the unit tests, the suites, the other probe data, and never the redactor's
output. Every line was written by hand from general knowledge of how callers speak (US, UK, Irish,
Scottish, Indian, Nigerian and Australian English; elderly, young, non-native; hesitant, rambling,
curt): lower-case text with homophones ("for", "to", "won", "ate"), glued or split words, numbers
as words, few punctuation marks, agent prompts worded in many ways. It was committed before its
first scoring run.

Kinds (the sequence's `kind`; a sequence may carry more than one secret):
  pan      card numbers in words over 1-5 caller turns (fillers, corrections, "double"/"triple",
           tens pairs, homophones at run edges, the card fetched mid-number, keyed DTMF), some with
           an expiry date and a security code after
  cvv      security codes alone;  expiry  expiry dates alone
  ssn      SSNs, last fours, UK national insurance, Irish PPS, Australian TFN, Canadian SIN,
           Aadhaar and Indian PAN numbers, in parts, often with no context word
  phone    US, UK, Irish, Australian, Indian and Nigerian numbers with "oh", "double", "triple",
           extensions, over turns
  account  account, member, policy, roll and customer numbers, sort codes, BSBs, routing numbers, IBAN
  pin      PINs and passcodes
  dob      dates of birth with damaged context words ("date a birth", "berth date", "d o b") or
           only the agent's question, ordinal and numeric, day-month-year in any order
  email    spoken e-mail addresses ("at" glued on, "dot" spelled, rare TLDs, letters spelled,
           underscores, digits in the local part, "at the rate")
  address  street addresses without a suffix, flats, house names, ZIP codes, postcodes and
           eircodes said as digits and letter groups, over turns
  name     names in identity contexts, spelled, non-Anglo, split by ASR
  health   symptoms and mental health told plainly with no earlier health in the call
  harmless (with `category` money / time / quantity / count / label / year): ordinary numbers,
           marked {{...}}, in calls that also carry a secret (said before or between) or none.
           The secrets of a harmless sequence are listed so that --check masks them, but run.py
           counts leaks only for non-harmless kinds: these sequences measure over-masking.

Ids are "r8-<kind>-NN" for secret sequences and "r8-<category>-NN" for harmless ones.
Markup as in build_adversarial.py: [[...]] a secret's surface, {{...}} a harmless number that must
come out verbatim. Turns "A:" agent, "C:" caller, "D:" keyed DTMF. `half` is "tune" when the first
byte of sha256(id) is even, else "sealed".

Run from the repository root:  .venv/bin/python -m tests.redaction_probes.build_round8
Check consistency (no redactor): .venv/bin/python -m tests.redaction_probes.run tests/redaction_probes/round8.jsonl --check
Before writing, the builder asserts that every secret would leak from the unredacted caller turns by
run.py's own reading (so a leak is detectable), that the digits read back from the [[...]] surfaces
are the secret's value (homophones mapped) unless a sequence is marked as a correction or repeat,
and that every card number passes the Luhn check.
"""
from __future__ import annotations

import re
from pathlib import Path

from tests.redaction_probes import run as scorer
from tests.redaction_probes.builder import HOMOPHONES, luhn, write
# the data modules add their sequences when imported, in this order
from tests.redaction_probes import round8_numbers  # noqa: F401  isort: skip
from tests.redaction_probes import round8_people  # noqa: F401  isort: skip
from tests.redaction_probes import round8_harmless  # noqa: F401  isort: skip
from tests.redaction_probes.round8_entries import DIGIT_SECRETS, ENTRIES

OUT = Path(__file__).with_name("round8.jsonl")

# ================================================================ checks and output
CATEGORIES = {"money", "time", "quantity", "count", "label", "year"}



def _read_digits(surface: str, months: bool) -> str:
    """The digits a surface says, homophones read as digits and (for expiry dates) month names as MM."""
    toks = []
    for t in scorer.tokens(surface):
        t = HOMOPHONES.get(t, t)
        if months and t in scorer.MONTHS:
            t = f"{scorer.MONTHS[t]:02d}"
        toks.append(t)
    return "".join(re.sub(r"\D", "", t) for t in scorer.word_numbers(toks))


def check(e: dict) -> None:
    id_ = e["id"]
    turns = [scorer.parse_turn(t) for t in e["turns"]]
    for raw, t in zip(e["turns"], turns):
        assert raw[:2] in ("A:", "C:", "D:") and raw[2:3] != " ", (id_, raw)
        assert raw.count("[[") == raw.count("]]") and raw.count("{{") == raw.count("}}"), (id_, raw)
        assert not re.search(r"[\[\]{}]", t["text"]), (id_, raw)
        if t["speaker"] == "agent":
            assert "[[" not in raw and "{{" not in raw, (id_, "markup in an agent turn")
    said = [t["text"] for t in turns if t["speaker"] != "agent"]
    for s in e["secrets"]:
        assert scorer.leaked(s, said), (id_, "undetectable unredacted", s)
        if s["kind"] == "pan":
            assert luhn(s["value"]), (id_, "luhn", s["value"])
        if s["kind"] == "dob":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", s["value"]), (id_, s)
        if s["kind"] not in DIGIT_SECRETS:
            assert s.get("terms") or s["kind"] == "dob", (id_, "needs terms", s)
    if e["secrets"] and e["_exact"] and all(s["kind"] in DIGIT_SECRETS for s in e["secrets"]):
        months = any(s["kind"] == "expiry" for s in e["secrets"])
        surfaces = [m for t in turns for m in scorer.SECRET_RE.findall(t["marked"])]
        got = "".join(_read_digits(x, months) for x in surfaces)
        want = "".join(re.sub(r"\D", "", s["value"]) for s in e["secrets"])
        assert got == want, (id_, "surfaces say", got, "values", want)
    if e["kind"] == "harmless":
        assert e["category"] in CATEGORIES, (id_, e["category"])
        assert any(t["keeps"] for t in turns), (id_, "no {{kept}} number")
    else:
        assert any(scorer.SECRET_RE.search(t["marked"]) for t in turns), (id_, "no [[secret]]")


def main() -> None:
    write(ENTRIES, check, OUT)


if __name__ == "__main__":
    main()
