"""Seeded generator of labelled call sequences, split into a tune half and a sealed half.

    python -m tests.redaction_suite.grammar [--seed N] [--per-half N] [--out DIR]

writes DIR/tune.jsonl and DIR/sealed.jsonl (one sequence a line) and DIR/{half}.input.jsonl (the
lines `callwarden redact` reads). Every sequence is checked when made: the scorer must find each of
its secrets in the unredacted text and none in the ideal redaction (only the secret spans masked)."""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

from . import kinds_digits as kd
from . import kinds_words as kw
from . import leak
from .seq import Seq

DEFAULT_SEED = 20250611
DEFAULT_PER_HALF = 34
KINDS = {
    "pan": kd.build_pan, "cvv": kd.build_cvv, "expiry": kd.build_expiry, "payment": kd.build_payment,
    "ssn": kd.build_ssn, "pin": kd.build_pin, "bank": kd.build_bank, "phone": kd.build_phone,
    "zip": kd.build_zip, "dtmf": kd.build_dtmf, "dob": kw.build_dob, "email": kw.build_email,
    "address": kw.build_address, "name": kw.build_name, "health": kw.build_health,
    "harmless": kw.build_harmless,
}
# Calls without secrets are weighted up: they carry most of the over-masking checks.
WEIGHT = {"harmless": 3}


class GrammarError(AssertionError):
    """The generator made a sequence its own scorer cannot read: a bug in the grammar or the reader."""


def half_of(seq_id: str) -> str:
    return "sealed" if hashlib.sha256(seq_id.encode()).digest()[0] & 1 else "tune"


def as_dict(seq: Seq, half: str) -> dict:
    return {"id": seq.id, "kind": seq.kind, "half": half, "turns": seq.turns, "ideal": seq.ideal,
            "secrets": seq.secrets, "harmless": seq.harmless}


def validate(d: dict) -> str | None:
    """None when the labels hold; else why not ('collision' means regenerate, anything else is a bug)."""
    leaks, over = leak.check(d, None)
    missed = {(s["kind"], s["value"]) for s in d["secrets"]} - {(x["kind"], x["value"]) for x in leaks}
    if missed:
        return f"unreadable secret {sorted(missed)}"
    if over:
        return f"harmless surface missing {over}"
    leaks, over = leak.check(d, d["ideal"])
    if leaks or over:
        return f"collision {leaks} {over}"
    return None


def build(kind: str, seq_id: str, seed: int = DEFAULT_SEED) -> dict:
    for attempt in range(20):
        seq = Seq(seq_id, kind, random.Random(f"{seed}:{seq_id}:{attempt}"))
        KINDS[kind](seq)
        d = as_dict(seq, half_of(seq_id))
        why = validate(d)
        if why is None:
            return d
        if not why.startswith("collision"):
            raise GrammarError(f"{seq_id}: {why}: {json.dumps(seq.turns)}")
    raise GrammarError(f"{seq_id}: no collision-free draw in 20 attempts")


def generate(seed: int = DEFAULT_SEED, per_half: int = DEFAULT_PER_HALF, kinds: list[str] | None = None) -> list[dict]:
    """At least per_half sequences of each kind in each half (the half is a hash of the id, so adding
    kinds or raising per_half never moves an existing sequence to the other half)."""
    out = []
    for kind in kinds or list(KINDS):
        target = per_half * WEIGHT.get(kind, 1)
        counts = {"tune": 0, "sealed": 0}
        i = 0
        while min(counts.values()) < target:
            seq_id = f"{kind}-{i:04d}"
            half = half_of(seq_id)
            if counts[half] < target:
                out.append(build(kind, seq_id, seed))
                counts[half] += 1
            i += 1
    return out


def select(seqs: list[dict], half: str) -> list[dict]:
    return seqs if half == "both" else [s for s in seqs if s["half"] == half]


def input_lines(seqs: list[dict]) -> list[str]:
    """The CLI's input: one JSON line per turn, the call id being the sequence id."""
    lines = []
    for s in seqs:
        for t in s["turns"]:
            lines.append(json.dumps({"call": s["id"], **t}, ensure_ascii=False))
    return lines


def write(seqs: list[dict], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for half in ("tune", "sealed"):
        part = select(seqs, half)
        p = out / f"{half}.jsonl"
        p.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in part))
        (out / f"{half}.input.jsonl").write_text("\n".join(input_lines(part)) + "\n")
        paths[half] = p
    return paths


def counts(seqs: list[dict]) -> dict[str, dict[str, int]]:
    """Sequences per generator kind per half."""
    table: dict[str, dict[str, int]] = {}
    for s in seqs:
        row = table.setdefault(s["kind"], {"tune": 0, "sealed": 0})
        row[s["half"]] += 1
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.redaction_suite.grammar")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--per-half", type=int, default=DEFAULT_PER_HALF)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    seqs = generate(args.seed, args.per_half)
    write(seqs, args.out)
    for kind, row in counts(seqs).items():
        print(f"{kind:10s} tune {row['tune']:4d}  sealed {row['sealed']:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
