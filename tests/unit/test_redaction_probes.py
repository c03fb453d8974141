"""The tune half of the blind adversarial probe set (tests/redaction_probes) through the installed
`callwarden redact`: no secret readable, at most 10 % of harmless money/time/quantity/count numbers
masked. The sealed half is measured with `python -m tests.redaction_probes.run`, never asserted on
here (its failures are not read, so it stays a fair measure)."""

from __future__ import annotations

import pytest

from tests.redaction_probes import run as probes

FILES = sorted(probes.HERE.glob("*.jsonl"))


def test_the_probes_are_consistent():
    seqs = probes.load(FILES)
    rows = probes.score(seqs, probes.redact_ideal(seqs))
    assert not [r["id"] for r in rows if r["leaks"] or r["lost"]]
    unredacted = {s["id"]: [probes.parse_turn(t)["text"] for t in s["turns"]] for s in seqs}
    rows = probes.score(seqs, unredacted)
    # and the scorer sees every secret left in place
    assert sum(bool(r["leaks"]) for r in rows if r["kind"] != "harmless") == sum(
        1 for s in seqs if s["kind"] != "harmless")


# Round 8's tune half (written blind, issue 13) still leaks these: plain symptoms and mental health told in a
# call that has told no health before, with no term, possessive or cue ("sick every morning", "off me food and
# crying all the time", "the waterworks", "drinking again", "wandering at night"). Reading such turns by
# meaning was tried and left out (README, "Redaction"): it masked near-misses ("I drink a lot of water") and
# symptoms of a caller in distress that staff must read. The list may only shrink.
KNOWN_LEAKS = {"r8-health-16", "r8-health-19", "r8-health-20", "r8-health-21", "r8-health-25",
               # Round 9's tune half (written blind, 2026-12-06) after its fixes by kind: what a condition
               # does to a life, not the condition ("the nurse changes it tuesdays", "the doctor took my
               # licence", "supervised like", "frozen peas on the couch"); an address's place said after
               # more words ("moored at ...", "on the road out of ...") or where no address was asked; a
               # name ASR split into words ("fee on"), re-said as it sounds; an e-mail said in pieces.
               "r9-health-06", "r9-health-15", "r9-health-34", "r9-health-37", "r9-health-40", "r9-health-62",
               "r9-health-64", "r9-address-19", "r9-address-44", "r9-address-47", "r9-name-20", "r9-name-43",
               "r9-email-19"}


@pytest.mark.skipif(not probes.CLI.exists(), reason="needs the installed callwarden (scripts/setup)")
def test_tune_half_leaks_nothing_and_keeps_harmless_numbers():
    seqs = [s for s in probes.load(FILES) if s["half"] == "tune"]
    rows = probes.score(seqs, probes.redact_cli(seqs))
    s = probes.summary(rows)
    assert [(r["id"], [x["kind"] for x in r["leaks"]]) for r in rows
            if r["leaks"] and r["id"] not in KNOWN_LEAKS] == []
    assert s["core_overmask_rate"] <= 0.10, [(r["id"], r["lost"]) for r in rows if r["lost"]]


def test_everyday_health_phrasings_of_the_tune_list_are_masked():
    from tests.redaction_probes import health_phrasings
    # "ME" (the condition, also the pronoun in capitals) is masked after what someone has
    # (health_stories); the sealed list is counted only
    assert [t for t, _ in health_phrasings.leaks(health_phrasings.TUNE)] == []


def test_harmless_numbers_of_my_own_tune_half_survive():
    from tests.redaction_probes import harmless_own
    n, lost = harmless_own.over_masked("tune")
    # two known: an amount over 999 answering "how much", an error code on a screen
    assert [said for said, _ in lost] == ["it was 1,250 in the end", "it says 404 on the screen"] and n == 30
