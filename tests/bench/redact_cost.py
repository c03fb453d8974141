"""What reading health by meaning costs the redactor per caller turn, on health-heavy calls.

    .venv/bin/python -m tests.bench.redact_cost [--rounds 2]

`callwarden bench detect` times the dev dialogs, whose turns are mostly not health and repeat round
after round (its caches stay warm). Here every caller turn of the redaction probe rounds 6 and 7 (call
sequences weighted to health) is redacted by a fresh CallRedactor per sequence, with the parse and
margin caches emptied before each round, once with `redact/health_context` as shipped and once with it
answering nothing (the redactor before it), rounds interleaved in one process. Figures, never asserted.
"""

from __future__ import annotations

import argparse
import json
import time
from unittest import mock

from callwarden.redact import health_context, health_sense, syntax
from callwarden.redact.redactor import CallRedactor
from tests.redaction_probes import round6, round7


def _turn_ms(items) -> list[float]:
    syntax.parse.cache_clear()
    health_sense._seen.clear()
    out = []
    for turns, _, _ in items:
        r = CallRedactor()
        for who, text in turns:
            if who == "A":
                r.note_agent_text(text)
                continue
            t0 = time.perf_counter()
            r.redact(text, 0, 1000)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def _pct(values: list[float]) -> dict:
    v = sorted(values)
    at = lambda p: round(v[min(len(v) - 1, int(p / 100 * len(v)))], 2)
    return {"turns": len(v), "p50_ms": at(50), "p95_ms": at(95), "p99_ms": at(99), "max_ms": round(v[-1], 2)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    items = round7.SECRET + round7.HARMLESS + round6.SECRET + round6.HARMLESS
    _turn_ms(items[:20])          # load the parser, the model and the vocabularies first
    shipped, without = [], []
    for _ in range(args.rounds):
        shipped += _turn_ms(items)
        with mock.patch.object(health_context, "spans", lambda *a, **k: []), \
                mock.patch.object(health_context, "owned", lambda *a, **k: []):
            without += _turn_ms(items)
    report = {"shipped": _pct(shipped), "without_meaning": _pct(without),
              "p99_ratio": round(_pct(shipped)["p99_ms"] / _pct(without)["p99_ms"], 2)}
    print(json.dumps(report) if args.json else
          "\n".join(f"{k:16} {v}" for k, v in report.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
