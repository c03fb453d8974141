"""The independent redaction corpus (tests/redaction_suite): the tune half through `callwarden redact`,
the suite's own scorer checked on its own, and a property test over random digit secrets.

The corpus and scorer were written without reading the redactor or its tests. Only the tune half runs
here; the sealed half is for `python -m tests.redaction_suite.score --half sealed`."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.redaction_suite import grammar, leak, score, spoken  # noqa: E402
from tests.redaction_suite import kinds_digits as kd  # noqa: E402
from tests.redaction_suite.seq import Seq  # noqa: E402

OVERMASK_BOUND = {"money": 0.10, "time": 0.10, "quantity": 0.10, "count": 0.10}


@pytest.fixture(scope="module")
def tune() -> list[dict]:
    return grammar.select(grammar.generate(), "tune")


@pytest.fixture(scope="module")
def tune_results(tune) -> list[dict]:
    return score.score(tune)


def _examples(results: list[dict], key: str, limit: int = 12) -> str:
    return "\n".join(score.format_example(r) for r in [r for r in results if r[key]][:limit])


# ---- the corpus through the real CLI (tune half only) ----

def test_tune_half_leaks_nothing(tune_results):
    leaky = [r for r in tune_results if r["leaks"]]
    by_kind = score.summary(tune_results)["tune"]["secrets"]
    assert not leaky, (f"{len(leaky)} of {len(tune_results)} tune calls leak; per kind "
                       f"{ {k: v['leaks'] for k, v in by_kind.items() if v['leaks']} }\n"
                       + _examples(tune_results, "leaks"))


def test_tune_half_leaves_harmless_numbers(tune_results):
    rows = score.summary(tune_results)["tune"]["harmless"]
    rates = {k: rows[k]["over"] / rows[k]["n"] for k in OVERMASK_BOUND}
    bad = {k: f"{rates[k]:.0%}" for k in OVERMASK_BOUND if rates[k] > OVERMASK_BOUND[k]}
    assert all(rows[k]["n"] >= 30 for k in OVERMASK_BOUND), rows
    assert not bad, f"over-masked beyond 10 %: {bad}\n" + _examples(
        [r for r in tune_results if any(o["kind"] in bad for o in r["overmasks"])], "overmasks")


# ---- the scorer on its own: it must be able to fail ----

def test_corpus_is_large_enough(tune):
    every = grammar.generate()
    table = grammar.counts(every)
    assert len(every) >= 400
    assert all(row["tune"] >= 30 and row["sealed"] >= 30 for row in table.values()), table
    assert all(s["half"] == "tune" for s in tune)
    assert {s["id"] for s in tune}.isdisjoint(s["id"] for s in grammar.select(every, "sealed"))


def test_unredacted_text_leaks_every_secret_and_full_masking_none(tune):
    for r in score.score(tune, score.identity):
        assert {(x["kind"], x["value"]) for x in r["leaks"]} == {(s["kind"], s["value"]) for s in r["seq"]["secrets"]}
        assert not r["overmasks"]
    for r in score.score(tune, score.mask_everything):
        assert not r["leaks"], r["id"]
        assert len(r["overmasks"]) == len(r["seq"]["harmless"]), r["id"]
    for r in score.score(tune, lambda lines: [t | {"call": s["id"]} for s in tune for t in s["ideal"]]):
        assert not r["leaks"] and not r["overmasks"], r["id"]


def _seq(secret: dict, turns: list[str]) -> dict:
    return {"id": "x", "kind": secret["kind"], "half": "tune", "secrets": [secret], "harmless": [],
            "turns": [{"speaker": "caller" if i % 2 == 0 else "agent", "text": t} for i, t in enumerate(turns)]}


PAN = {"kind": "pan", "value": "4539148803436467", "digits": "4539148803436467"}
LEAKED_PAN = [
    ["4539148803436467"], ["4539-1488-0343-6467"], ["4,539,148,803,436,467"],
    ["forty five thirty nine, fourteen eighty-eight, oh three forty three, sixty four sixty seven"],
    ["four five three nine um one four double eight zero three four three six four six seven"],
    ["for five three nine and one four eight eight, sorry, oh three four three... six four six seven"],
    ["four five three nine", "go on", "one four eight eight", "okay", "0343", "and", "six four six seven"],
    ["[PCI_PAN] and then 6467"], ["my card is [NUMBER] six four six seven"],
    ["four five", "mm-hm", "three nine [NUMBER]"],
]
MASKED_PAN = [["[PCI_PAN]"], ["45[X]39[X]14[X]88"], ["453[X]914[X]"], ["four five [NUMBER] nine one"],
              ["[X] 6 [X] 4 [X] 6 [X] 7"], ["the card is *****"]]


@pytest.mark.parametrize("turns", LEAKED_PAN)
def test_scorer_reads_a_left_card_number_in_any_spelling(turns):
    assert leak.check(_seq(PAN, turns), None)[0]


@pytest.mark.parametrize("turns", MASKED_PAN)
def test_scorer_passes_a_masked_card_number(turns):
    assert not leak.check(_seq(PAN, turns), None)[0]


@pytest.mark.parametrize("secret, leaked, masked", [
    ({"kind": "cvv", "value": "372", "digits": "372"},
     ["three seven two", "3 7 2", "thirty-seven two", "three seven to"],
     ["[CVV]", "three [X] two", "37[X]"]),
    ({"kind": "name", "value": "Kowalczyk", "words": ["kowalczyk"]},
     ["K O W A L C Z Y K", "Kowalczyk's account", "it's kowalczyk"], ["[NAME]", "K O W [NAME]"]),
    ({"kind": "name", "value": "Cunningham", "words": ["cunningham"]}, ["C U double N I N G H A M"], ["C U [X]"]),
    ({"kind": "email", "value": "jane.doe@example.org", "squash": ["janedoe", "jane"]},
     ["janeat example dot org", "j a n e dot d o e at example", "jane.doe@example.org", "jane dot doe at [X]"],
     ["[EMAIL]", "[X] at example dot org"]),
    ({"kind": "dob", "value": "the third of May eighty-six", "phrases": ["third of May"]},
     ["the third of may eighty-six", "born the third of May [X]"], ["the [DOB]", "the [X] of May eighty-six"]),
    ({"kind": "health", "value": "kidney stones", "words": ["kidney", "stones"]},
     ["I have kidney [PHI]", "kidney stones"], ["I have [PHI]"]),
])
def test_scorer_on_word_and_short_secrets(secret, leaked, masked):
    for text in leaked:
        assert leak.check(_seq(secret, [text]), None)[0], text
    for text in masked:
        assert not leak.check(_seq(secret, [text]), None)[0], text


def test_scorer_counts_an_overmasked_harmless_number():
    seq = {"id": "x", "kind": "harmless", "half": "tune", "secrets": [],
           "turns": [{"speaker": "caller", "text": "It came to $1,299, at 3:30."}],
           "harmless": [{"kind": "money", "text": "$1,299", "turn": 0}, {"kind": "time", "text": "3:30", "turn": 0}]}
    _, over = leak.check(seq, [{"speaker": "caller", "text": "It came to $[NUMBER], at 3:30."}])
    assert [o["kind"] for o in over] == ["money"]
    assert not leak.check(seq, None)[1]


# ---- property: random digit secrets, random spoken forms, random splits, one CLI run for all ----

CONTEXTS = [  # (shortest, longest, kind, caller leads, agent prompts)
    (3, 4, "cvv", kd.CVV_LEADS, kd.CVV_PROMPTS), (4, 6, "pin", kd.PIN_LEADS, kd.PIN_PROMPTS),
    (4, 4, "ssn", ["the last four of my social are "], ["Can you verify the last four of your social?"]),
    (5, 5, "zip", kd.ZIP_LEADS, kd.ZIP_PROMPTS), (6, 12, "bank", kd.ACCT_LEADS, kd.ACCT_PROMPTS),
    (9, 9, "ssn", kd.SSN_LEADS, kd.SSN_PROMPTS), (9, 9, "bank", kd.ROUTING_LEADS, kd.ROUTING_PROMPTS),
    (10, 11, "phone", kd.PHONE_LEADS, kd.PHONE_PROMPTS), (13, 19, "pan", kd.PAN_LEADS, kd.PAN_PROMPTS),
]
SCENARIO = st.fixed_dictionaries({
    "digits": st.text("0123456789", min_size=3, max_size=19), "parts": st.integers(1, 5),
    "style": st.sampled_from(spoken.STYLES + [None]), "context": st.integers(0, 99), "by_agent": st.booleans(),
    "hang_on": st.booleans(), "go_on": st.floats(0, 1), "seed": st.integers(0, 2**31),
})
N_SCENARIOS = 200


def _property_seq(i: int, sc: dict) -> dict:
    """One call: a context (none only for 9+ digits, where the shape alone marks a secret), then the digits."""
    d = sc["digits"]
    options = [c for c in CONTEXTS if c[0] <= len(d) <= c[1]] + ([None] if len(d) >= 9 else [])
    ctx = options[sc["context"] % len(options)]
    seq = Seq(f"prop-{i:04d}", "property", random.Random(sc["seed"]))
    lead, prompt = "", None
    if ctx is not None:
        if sc["by_agent"]:
            prompt, lead = seq.pick(ctx[4]), seq.pick(["", "it's ", "sure, ", "okay "])
        else:
            lead = seq.pick(ctx[3])
    sec = seq.secret(ctx[2] if ctx else "bare", d, digits=d)
    seq.say_digits(sec, d, lead=lead, prompt=prompt, parts=sc["parts"], style=sc["style"],
                   hang_on=sc["hang_on"] and ctx is not None, go_on=sc["go_on"])
    out = grammar.as_dict(seq, "tune")
    assert grammar.validate(out) is None, out["turns"]      # the scorer reads what the grammar says
    return out


def test_random_digit_secrets_do_not_leak():
    drawn: list[dict] = []

    @settings(max_examples=N_SCENARIOS, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(SCENARIO)
    def draw(sc):
        drawn.append(sc)

    draw()   # hypothesis picks the scenarios; they go through the CLI together (it costs seconds to start)
    seqs, seen = [], set()
    for i, sc in enumerate(drawn):      # hypothesis mutates its draws: drop calls already made
        s = _property_seq(i, sc)
        key = repr(s["turns"])
        if key not in seen:
            seen.add(key)
            seqs.append(s)
    results = score.score(seqs)
    leaky = sorted((r for r in results if r["leaks"]), key=lambda r: len(r["seq"]["secrets"][0]["value"]))
    assert not leaky, (f"{len(leaky)} of {len(seqs)} random secrets leak; shortest first:\n"
                       + "\n".join(score.format_example(r) for r in leaky[:8]))
