"""Would the call raise the right flag? The suite's sequences through `callwarden redact`, read by the
flag each mask raises (the CLI's `entities[].flag`), as the call's sensitive-data detector reads them.

    python -m tests.redaction_suite.flags [--asr] [--json]

A sequence carrying a card, CVV or expiry wants pci; a health detail phi; an SSN, PIN, bank number,
phone, ZIP, keyed digits, date of birth, e-mail or address pii; a harmless one no flag at all (names
raise none by design and are left out). Per kind and half: sequences, and how many raised the flag
wanted (for harmless ones: raised none). `--asr` reads the caller turns as tiny.en wrote them
(asr_cache.jsonl; only the rendered share). The sealed half is reported as figures only.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import asr, grammar
from .score import RedactorError, run_cli

WANTED = {"pan": "pci", "cvv": "pci", "expiry": "pci", "payment": "pci", "health": "phi", "ssn": "pii",
          "pin": "pii", "bank": "pii", "phone": "pii", "zip": "pii", "dtmf": "pii", "dob": "pii", "email": "pii",
          "address": "pii", "harmless": None}


def score(seqs: list[dict], redactor=None) -> dict:
    seqs = [s for s in seqs if s["kind"] in WANTED]
    lines = grammar.input_lines(seqs)
    outs = (redactor or run_cli)(lines)
    if len(outs) != len(lines):
        raise RedactorError(f"{len(lines)} lines in, {len(outs)} out")
    raised: dict[str, set] = {}
    for out in outs:
        raised.setdefault(str(out["call"]), set()).update(e.get("flag") for e in out.get("entities", []))
    table: dict = {}
    for s in seqs:
        got = raised.get(s["id"], set()) - {None}
        want = WANTED[s["kind"]]
        row = table.setdefault(s["half"], {}).setdefault(s["kind"], {"n": 0, "right": 0})
        row["n"] += 1
        row["right"] += (want in got) if want else not got
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.redaction_suite.flags", description=__doc__.split("\n")[0])
    ap.add_argument("--asr", action="store_true", help="the caller turns as tiny.en wrote them")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    seqs = grammar.generate()
    if args.asr:
        cache = asr.read_cache()
        seqs = [h for s in asr.chosen(seqs) if (h := asr.as_heard(s, cache)) is not None]
    try:
        table = score(seqs)
    except (RedactorError, OSError) as e:
        print(f"redactor failed: {e}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    for half in ("tune", "sealed"):
        rows = table.get(half, {})
        n, right = sum(r["n"] for r in rows.values()), sum(r["right"] for r in rows.values())
        print(f"{half}: {right} of {n} sequences raised the flag wanted ({right / max(1, n):.3f})")
        for kind, r in sorted(rows.items()):
            print(f"   {kind:10} {r['right']:3} of {r['n']:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
