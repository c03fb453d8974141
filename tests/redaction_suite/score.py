"""Run `callwarden redact` over the generated calls and count leaks and over-masks per kind.

    python -m tests.redaction_suite.score [--half tune|sealed|both] [--json] [--show-leaks]

The redactor runs once over one file holding every selected call (call id = sequence id). Examples are
printed for the tune half only: the sealed half is for measuring, never for reading (--unseal to
override, which spends it)."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from . import grammar, leak

REPO = Path(__file__).resolve().parents[2]
HALVES = ("tune", "sealed")


class RedactorError(RuntimeError):
    pass


def cli_command() -> list[str]:
    """$CALLWARDEN_REDACT (a command line) or the project's venv `callwarden redact --json`."""
    if os.environ.get("CALLWARDEN_REDACT"):
        return shlex.split(os.environ["CALLWARDEN_REDACT"])
    exe = REPO / ".venv" / "bin" / "callwarden"
    if not exe.exists():
        exe = Path(shutil.which("callwarden") or exe)
    return [str(exe), "redact", "--json"]


def run_cli(lines: list[str], cmd: list[str] | None = None, timeout: float = 600) -> list[dict]:
    """Every input line through the CLI in one process; output lines back in order, parsed."""
    cmd = cmd or cli_command()
    with tempfile.TemporaryDirectory(prefix="redaction_suite.") as tmp:
        path = Path(tmp) / "input.jsonl"
        path.write_text("\n".join(lines) + "\n")
        proc = subprocess.run(cmd + [str(path)], capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RedactorError(f"{shlex.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[-2000:]}")
    return [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]


def identity(lines: list[str]) -> list[dict]:
    """A redactor that redacts nothing (every secret must then leak)."""
    return [json.loads(x) for x in lines]


def mask_everything(lines: list[str]) -> list[dict]:
    """A redactor that masks every word and digit of the caller (nothing can leak, all is over-masked)."""
    out = []
    for x in lines:
        d = json.loads(x)
        if "dtmf" in d:
            d["dtmf"] = "*" * len(d["dtmf"])
        elif d.get("speaker") == "caller":
            d["text"] = leak.TOKEN.sub("[X]", d["text"])
        out.append(d)
    return out


Redactor = Callable[[list[str]], list[dict]]


def redact(seqs: list[dict], redactor: Redactor | None = None) -> dict[str, list[dict]]:
    """Output lines per sequence id, matched to the input by order within each call."""
    lines = grammar.input_lines(seqs)
    outs = (redactor or (lambda ls: run_cli(ls)))(lines)
    if len(outs) != len(lines):
        raise RedactorError(f"{len(lines)} lines in, {len(outs)} out")
    by_call: dict[str, list[dict]] = {}
    for line_in, out in zip(lines, outs):
        call = out.get("call", json.loads(line_in)["call"])
        by_call.setdefault(call, []).append(out)
    for s in seqs:
        if len(by_call.get(s["id"], [])) != len(s["turns"]):
            raise RedactorError(f"call {s['id']}: {len(s['turns'])} turns in, {len(by_call.get(s['id'], []))} out")
    return by_call


def score(seqs: list[dict], redactor: Redactor | None = None) -> list[dict]:
    """One result per sequence: its leaks and over-masks."""
    outputs = redact(seqs, redactor)
    results = []
    for s in seqs:
        leaks, over = leak.check(s, outputs[s["id"]])
        results.append({"id": s["id"], "kind": s["kind"], "half": s["half"], "leaks": leaks, "overmasks": over,
                        "seq": s, "out": outputs[s["id"]]})
    return results


def summary(results: list[dict]) -> dict:
    """Per half: secrets per kind (n, leaks), harmless numbers per kind (n, over), sequences per kind."""
    out: dict = {}
    for r in results:
        half = out.setdefault(r["half"], {"secrets": {}, "harmless": {}, "sequences": {}})
        s = r["seq"]
        leaked = {(x["kind"], x["value"]) for x in r["leaks"]}
        for sec in s["secrets"]:
            row = half["secrets"].setdefault(sec["kind"], {"n": 0, "leaks": 0})
            row["n"] += 1
            row["leaks"] += (sec["kind"], sec["value"]) in leaked
        over = {(x["turn"], x["text"]) for x in r["overmasks"]}
        for h in s["harmless"]:
            row = half["harmless"].setdefault(h["kind"], {"n": 0, "over": 0})
            row["n"] += 1
            row["over"] += (h["turn"], h["text"]) in over
        row = half["sequences"].setdefault(r["kind"], {"n": 0, "leaky": 0, "overmasked": 0})
        row["n"] += 1
        row["leaky"] += bool(r["leaks"])
        row["overmasked"] += bool(r["overmasks"])
    return out


def _table(title: str, cols: tuple[str, str], summ: dict, section: str) -> list[str]:
    n_key, bad_key = cols
    kinds = sorted({k for h in summ.values() for k in h[section]})
    halves = [h for h in HALVES if h in summ]
    head = f"{title:<12}" + "".join(f"{h:>26}" for h in halves)
    sub = f"{'kind':<12}" + "".join(f"{n_key:>8}{bad_key:>10}{'rate':>8}" for _ in halves)
    lines = [head, sub]
    for k in kinds:
        row = f"{k:<12}"
        for h in halves:
            c = summ[h][section].get(k)
            if c is None:
                row += f"{'-':>8}{'-':>10}{'-':>8}"
            else:
                rate = f"{100 * c[bad_key] / c['n']:.0f}%" if c["n"] else "-"
                row += f"{c['n']:>8}{c[bad_key]:>10}{rate:>8}"
        lines.append(row)
    return lines


def format_summary(summ: dict) -> str:
    parts = _table("SECRETS", ("n", "leaks"), summ, "secrets") + [""]
    parts += _table("HARMLESS", ("n", "over"), summ, "harmless") + [""]
    parts += _table("SEQUENCES", ("n", "leaky"), summ, "sequences")
    return "\n".join(parts)


def format_example(r: dict) -> str:
    s, out = r["seq"], r["out"]
    lines = [f"--- {r['id']}  leaks: {[(x['kind'], x['value'], x['why']) for x in r['leaks']]}  "
             f"over-masked: {[(x['kind'], x['text']) for x in r['overmasks']]}"]
    for t, o in zip(s["turns"], out):
        who = "dtmf" if "dtmf" in t else t["speaker"]
        src = t.get("dtmf", t.get("text"))
        dst = o.get("dtmf", o.get("text"))
        lines.append(f"  {who:6} in : {src}")
        if who != "agent":
            lines.append(f"  {'':6} out: {dst}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.redaction_suite.score")
    ap.add_argument("--half", choices=["tune", "sealed", "both"], default="tune")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--show-leaks", action="store_true", help="print leaking and over-masked tune calls")
    ap.add_argument("--limit", type=int, default=40, help="examples to print at most")
    ap.add_argument("--unseal", action="store_true", help="also print sealed-half examples (spends the half)")
    ap.add_argument("--seed", type=int, default=grammar.DEFAULT_SEED)
    ap.add_argument("--per-half", type=int, default=grammar.DEFAULT_PER_HALF)
    ap.add_argument("--cmd", help="redactor command line (default: .venv/bin/callwarden redact --json)")
    args = ap.parse_args(argv)

    seqs = grammar.select(grammar.generate(args.seed, args.per_half), args.half)
    cmd = shlex.split(args.cmd) if args.cmd else None
    try:
        results = score(seqs, (lambda ls: run_cli(ls, cmd)) if cmd else None)
    except (RedactorError, OSError, subprocess.TimeoutExpired) as e:
        print(f"redactor failed: {e}", file=sys.stderr)
        return 1
    summ = summary(results)
    shown = [r for r in results if (r["leaks"] or r["overmasks"]) and (r["half"] == "tune" or args.unseal)]
    if args.json:
        doc = {"summary": summ}
        if args.show_leaks:
            doc["examples"] = [{k: r[k] for k in ("id", "kind", "half", "leaks", "overmasks", "out")}
                               | {"turns": r["seq"]["turns"]} for r in shown[:args.limit]]
        print(json.dumps(doc, indent=1))
    else:
        print(format_summary(summ))
        if args.show_leaks:
            print()
            for r in shown[:args.limit]:
                print(format_example(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
