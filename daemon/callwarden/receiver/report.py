"""SLA report for one UTC day: rates over the calls that started that day, flags, latencies.

containment: calls whose last route action is auto, or that were never routed;
escalation / ticket: calls with any route to escalate / ticket (or a ticket event);
opt-out: calls with an opt_out flag; transfer: calls with a transfer whose result is ok.
Latency percentiles are nearest-rank over utterance.final / flag body.latency_ms.
Erased calls count as calls; their bodies are gone, so only containment (kept in the call
summary) still sees them.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter
from datetime import date

import psycopg

from callwarden.receiver import queries
from callwarden.receiver.jsonb import from_jsonb

_KINDS = ("route", "flag", "utterance.final", "transfer", "ticket")


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100.0 * len(ordered)) - 1)]


def _latency(body: dict) -> float | None:
    v = body.get("latency_ms")
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) else None


def _rate(n: int, calls: int) -> float | None:
    return round(n / calls, 4) if calls else None


def sla_report(conn: psycopg.Connection, day: date) -> dict:
    calls = queries.calls_of_day(conn, day)
    events = queries.events_by_call(conn, calls, _KINDS)
    counts = Counter()
    flags_by_type: Counter[str] = Counter()
    asr_ms: list[float] = []
    flag_ms: list[float] = []
    for call in calls:
        seen = set()
        for _seq, _t, kind, _leg, raw_body in events[(call["appliance"], call["call_id"])]:
            body = from_jsonb(raw_body)
            if kind == "route" and body.get("action") in ("escalate", "ticket"):
                seen.add(body["action"])
            elif kind == "ticket":
                seen.add("ticket")
            elif kind == "transfer" and body.get("result") == "ok":
                seen.add("transfer")
            elif kind == "flag":
                flag_type = body.get("type") if isinstance(body.get("type"), str) else "unknown"
                flags_by_type[flag_type] += 1
                if flag_type == "opt_out":
                    seen.add("opt_out")
                if _latency(body) is not None:
                    flag_ms.append(_latency(body))
            elif kind == "utterance.final" and _latency(body) is not None:
                asr_ms.append(_latency(body))
        counts.update(seen)
        counts["contained"] += call["last_route_action"] in (None, "auto")
        counts["erased"] += call["erased"]
    n = len(calls)
    return {
        "day": day.isoformat(), "calls": n, "erased_calls": counts["erased"],
        "contained": counts["contained"], "containment_rate": _rate(counts["contained"], n),
        "escalated": counts["escalate"], "escalation_rate": _rate(counts["escalate"], n),
        "tickets": counts["ticket"], "ticket_rate": _rate(counts["ticket"], n),
        "opt_outs": counts["opt_out"], "opt_out_rate": _rate(counts["opt_out"], n),
        "transfers": counts["transfer"], "transfer_rate": _rate(counts["transfer"], n),
        "flags": dict(sorted(flags_by_type.items())),
        "asr_latency_ms": {"n": len(asr_ms), "p50": percentile(asr_ms, 50), "p99": percentile(asr_ms, 99)},
        "flag_latency_ms": {"n": len(flag_ms), "p50": percentile(flag_ms, 50), "p99": percentile(flag_ms, 99)},
    }


def to_csv(report: dict) -> str:
    """metric,value rows; nested maps flattened as parent.child."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["metric", "value"])
    for key, value in report.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                writer.writerow([f"{key}.{sub}", "" if v is None else v])
        else:
            writer.writerow([key, "" if value is None else value])
    return out.getvalue()
