"""Writes round9.jsonl: call sequences said the way callers say them, as ASR writes them down.

Written blind on 2026-12-06 by a helper that had read only tests/redaction_probes/README.md,
tests/redaction_probes/run.py (the scorer, which defines the format and what counts as a leak),
tests/redaction_probes/build_round8.py (as a model of a builder script: its docstring, its `half`
rule, how it writes the JSONL) and the first 5 lines of round8.jsonl (format): nothing under
daemon/, tests/unit/ or tests/redaction_suite/, none of round 8's data modules or other probe data,
and the redactor was never run (no `callwarden redact`, no import of `callwarden`). The only scoring
run was `python -m tests.redaction_probes.run tests/redaction_probes/round9.jsonl --check`, which
scores an ideal redaction built from the markup. Every line was written by hand from general
knowledge of how callers speak (US, UK, Irish, Scottish, Welsh, Indian, Nigerian, Ghanaian, South
African, Australian, New Zealand and Caribbean English; elderly, teenage, non-native; hesitant,
curt, rambling): lower-case text with homophones ("for", "to", "ate"), glued or split words,
numbers as words, little punctuation, fillers, corrections, agent prompts worded many ways, 1-6 turns.

Kinds (the sequence's `kind`; a sequence may carry more than one secret):
  health   (80, round9_health_a.py, round9_health_b.py) a health detail told plainly with no health
           word earlier in the call: symptoms in everyday words, mental health (low mood, panic,
           intrusive thoughts, eating problems, self-harm, addiction and recovery), pregnancy and
           fertility, sexual health, drugs by brand, slang or ASR split ("oh zempic"), procedures and
           appointments that tell the condition (biopsy, colonoscopy prep, dialysis days, physio after
           a fall), disabilities, a relative's health; many as the reason for a delay, a cancellation or
           a request. Terms are the revealing words inside the [[...]] span, never "doctor" alone.
  address  (50, round9_places.py) streets without a usual suffix, bare street names answering "and the
           street?", rural routes, house names, flats, units and tenement positions, PO boxes,
           postcodes, ZIPs, pincodes and eircodes in words, directions-style addresses whose road,
           townland or pub name is the secret, split over turns. Terms are the street, house or place
           words, the PO box digits or a postcode's inward part; ZIPs are separate `zip` digit secrets.
  name     (45, round9_people.py) full names and surnames in identity contexts, spelled (plain letters,
           NATO, "as in"), nicknames, non-Anglo names as ASR hears them, split or merged, a relative's
           or account holder's name, "put it under ...".
  email    (25) and dob (20) (round9_contact.py) spoken e-mails (terms: the local part's words) and
           dates of birth in any order, numeric or in words, over turns, with corrections.
  pan / ssn / phone / account / pin  (40, round9_digits.py) odd groupings: tens pairs, "double"/"triple",
           "hundred", homophones, letters mixed in, over turns, half keyed as DTMF, corrections.
  Seven secret sequences also carry a {{kept}} number unrelated to the secret ("table for {{eight}}",
  "after {{two o'clock}}"); run.py reports those as in-secret-seq.
  harmless (100 with `category` money/time/quantity/count/label/year, round9_harmless_a.py and
           round9_harmless_b.py): ordinary numbers marked {{...}}, 28 of them in calls that also read
           out a secret first, many in the shapes secrets take (a price in digit groups, a time like a
           security code, a 24-hour time like a year, an appointment date after a date of birth, a
           count or a size right after a number was read out, a shop's street number, a bus route).
           (15 with `category` words, round9_words.py): no numbers, an idiom that looks like health, a
           name or an address ("sick of waiting", "robbing peter to pay paul", "easy street"), the
           idiom marked {{...}}; run.py checks any kept string, so these count as over-masks and are
           reported beside the numeric categories. The secrets of a harmless sequence are listed so
           that --check masks them, but run.py counts leaks only for non-harmless kinds.

Ids are "r9-<kind>-NN" for secret sequences and "r9-<category>-NN" for harmless ones. Markup:
[[...]] a secret's surface, {{...}} a harmless string that must come out verbatim. Turns "A:" agent,
"C:" caller, "D:" keyed DTMF. `half` is "tune" when the first byte of sha256(id) is even, else "sealed".

Run from the repository root:  python3 tests/redaction_probes/build_round9.py
Check consistency (no redactor): .venv/bin/python -m tests.redaction_probes.run tests/redaction_probes/round9.jsonl --check
Before writing, the builder asserts that every secret, and every single term of it, would leak from the
unredacted caller turns by run.py's own reading (so a leak is detectable), that the digits read back
from the [[...]] surfaces are the secrets' values (homophones mapped) unless a sequence is marked as a
correction, that no secret of a non-harmless sequence survives the ideal redaction (every [[...]]
masked, as --check does), that every card number passes the Luhn check, that no {{kept}} string overlaps a secret,
and that no agent turn carries markup.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.redaction_probes import run as scorer  # noqa: E402
from tests.redaction_probes.builder import HOMOPHONES, luhn, write  # noqa: E402
# the data modules add their sequences when imported, in this order
from tests.redaction_probes import round9_health_a  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_health_b  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_places  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_people  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_contact  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_digits  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_harmless_a  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_harmless_b  # noqa: E402,F401  isort: skip
from tests.redaction_probes import round9_words  # noqa: E402,F401  isort: skip
from tests.redaction_probes.round9_entries import DIGIT_SECRETS, ENTRIES  # noqa: E402

OUT = Path(__file__).with_name("round9.jsonl")

CATEGORIES = {"money", "time", "quantity", "count", "label", "year", "words"}



def _read_digits(surface: str) -> str:
    """The digits a surface says, homophones read as digits."""
    toks = [HOMOPHONES.get(t, t) for t in scorer.tokens(surface)]
    return "".join(re.sub(r"\D", "", t) for t in scorer.word_numbers(toks))


def check(e: dict) -> None:
    id_ = e["id"]
    assert re.fullmatch(r"r9-[a-z]+-\d\d", id_), id_
    assert 1 <= len(e["turns"]) <= 6, (id_, "turns")
    turns = [scorer.parse_turn(t) for t in e["turns"]]
    for raw, t in zip(e["turns"], turns):
        assert raw[:2] in ("A:", "C:", "D:") and raw[2:3] != " ", (id_, raw)
        assert raw.count("[[") == raw.count("]]") and raw.count("{{") == raw.count("}}"), (id_, raw)
        assert not re.search(r"[\[\]{}]", t["text"]), (id_, raw)
        assert raw[2:] == raw[2:].lower(), (id_, "upper case", raw)
        if t["speaker"] == "agent":
            assert "[[" not in raw and "{{" not in raw, (id_, "markup in an agent turn")
        for k in t["keeps"]:
            assert k.strip() and "[[" not in k and "]]" not in k, (id_, "kept string overlaps a secret", k)
        # a kept string must not sit inside a secret's span either
        for m in scorer.SECRET_RE.finditer(raw):
            assert "{{" not in m.group(1) and "}}" not in m.group(1), (id_, "keep inside a secret", raw)
    said = [t["text"] for t in turns if t["speaker"] != "agent"]
    for s in e["secrets"]:
        assert scorer.leaked(s, said), (id_, "undetectable unredacted", s)
        for term in s.get("terms") or ():
            assert scorer.leaked(dict(s, terms=[term]), said), (id_, "term undetectable unredacted", term)
        if s["kind"] == "pan":
            assert luhn(s["value"]), (id_, "luhn", s["value"])
        if s["kind"] == "dob":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", s["value"]), (id_, s)
        if s["kind"] not in DIGIT_SECRETS:
            assert s.get("terms") or s["kind"] == "dob", (id_, "needs terms", s)
    masked = scorer.redact_ideal([e])[id_]
    masked_said = [x for t, x in zip(turns, masked) if t["speaker"] != "agent"]
    if e["kind"] != "harmless":
        for s in e["secrets"]:
            for term in s.get("terms") or [None]:
                one = dict(s, terms=[term]) if term else s
                assert not scorer.leaked(one, masked_said), (id_, "survives its own masking", term or s["value"])
    if e["secrets"] and e["_exact"] and all(s["kind"] in DIGIT_SECRETS for s in e["secrets"]):
        surfaces = [m for t in turns for m in scorer.SECRET_RE.findall(t["marked"])]
        got = "".join(_read_digits(x) for x in surfaces)
        want = "".join(re.sub(r"\D", "", s["value"]) for s in e["secrets"])
        assert got == want, (id_, "surfaces say", got, "values", want)
    if e["kind"] == "harmless":
        assert e["category"] in CATEGORIES, (id_, e["category"])
        assert any(t["keeps"] for t in turns), (id_, "no {{kept}} string")
        if e["category"] == "words":
            assert not e["secrets"] and not re.search(r"\d", " ".join(e["turns"])), (id_, "words with numbers")
    else:
        assert any(scorer.SECRET_RE.search(t["marked"]) for t in turns), (id_, "no [[secret]]")


def main() -> None:
    write(ENTRIES, check, OUT)


if __name__ == "__main__":
    main()
