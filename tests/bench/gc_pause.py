"""Garbage-collector pauses in a SIP worker's redaction path, with and without heap.settle().

    .venv/bin/python -m tests.bench.gc_pause [--turns N]

Loads what a worker loads before its first call (health vocabulary, name lists, parser), then
redacts caller turns as calls would (a fresh CallRedactor per call of ten turns), timing every
collection through gc.callbacks. Run twice in one go, in two fresh processes: as loaded, and after
heap.settle(). Prints each run's collections per generation and the longest pauses (ms)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

SENTENCES = ["hi I'm calling about my bill, it went up by 12 pounds", "my card number is 4539 1488 0343 6467",
             "I take metformin and my blood pressure tablets", "my name is Sarah Johnson and I live at 42 Elm Street",
             "can you call me back after 5 on 07700 900123", "I've got a bad chest and I'm on antibiotics",
             "the order number is 448 1902", "it's been three weeks and nobody has rung me",
             "my date of birth is the ninth of October 1979", "thanks, that's all I needed"]


def _child(settled: bool, turns: int) -> dict:
    import gc

    from callwarden import heap
    from callwarden.redact import health, namelists, syntax
    from callwarden.redact.redactor import CallRedactor
    health.vocabulary(); namelists.lists(); syntax.parser()
    frozen = heap.settle() if settled else 0
    pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    started: list[float] = []

    def timer(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            pauses[info["generation"]].append((time.perf_counter() - started.pop()) * 1000)
    gc.callbacks.append(timer)
    t0 = time.perf_counter()
    r = None
    for i in range(turns):
        if i % 10 == 0:
            r = CallRedactor()
        r.redact(SENTENCES[i % len(SENTENCES)], i * 1000, i * 1000 + 900)
    wall = time.perf_counter() - t0
    gc.callbacks.remove(timer)
    return {"settled": settled, "frozen": frozen, "turns": turns, "wall_s": round(wall, 2),
            "collections": {g: len(p) for g, p in pauses.items()},
            "gen2_max_ms": round(max(pauses[2], default=0.0), 1),
            "gen2_total_ms": round(sum(pauses[2]), 1),
            "any_max_ms": round(max((x for p in pauses.values() for x in p), default=0.0), 1)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.bench.gc_pause", description=__doc__.split("\n")[0])
    p.add_argument("--turns", type=int, default=20000)
    p.add_argument("--child", choices=["loaded", "settled"], help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child == "settled", args.turns)))
        return 0
    rows = []
    for mode in ("loaded", "settled"):
        out = subprocess.run([sys.executable, "-m", "tests.bench.gc_pause", "--child", mode, "--turns", str(args.turns)],
                             capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    for r in rows:
        print(json.dumps(r))
    a, b = rows
    print(f"longest full collection: {a['gen2_max_ms']} ms as loaded, {b['gen2_max_ms']} ms settled "
          f"({a['collections']['2']} vs {b['collections']['2']} full passes in {args.turns} turns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
