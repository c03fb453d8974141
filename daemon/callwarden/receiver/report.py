"""SLA report for one UTC day: rates over the calls that started that day, flags, latencies,
annotation figures, alarms and cost per resolution.

containment: calls whose last route action is auto, or that were never routed;
escalation / ticket: calls with any route to escalate / ticket (or a ticket event);
opt-out: calls with an opt_out flag; transfer: calls with a transfer whose result is ok.
Latency percentiles are nearest-rank over utterance.final / flag body.latency_ms.
escalation_accuracy: share of the day's annotated calls whose annotator answered
escalation_correct = yes; hallucination_rate: share answering hallucination = yes (each over
the calls where that question was answered; null when none was). Alarms fire when the opt-out
or transfer rate is past its threshold (config: alarm_opt_out_rate, alarm_transfer_rate).
cost.per_resolution: the day's cost (config cost_* inputs, plus the model's tokens as the
appliances priced them: agent.reply `cost`, [llm] price_per_1k_tokens) over its contained
calls; null while no cost input is set, no model turn was priced, or no call was contained.
Erased calls count as calls; their bodies and annotations are gone, so only containment
(kept in the call summary) still sees them.
"""

from __future__ import annotations

import csv
import io
import logging
import math
from collections import Counter
from datetime import date

import psycopg

from callwarden.alarms import SLA_PIVOT, alarm
from callwarden.receiver import queries
from callwarden.receiver.annotation_store import verdicts
from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.jsonb import from_jsonb

log = logging.getLogger("callwarden.receiver")

_KINDS = ("route", "flag", "utterance.final", "transfer", "ticket", "agent.reply")


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


def _share_yes(answers: list[bool]) -> float | None:
    return round(sum(answers) / len(answers), 4) if answers else None


def annotation_figures(conn: psycopg.Connection, calls: list[dict]) -> dict:
    found = verdicts(conn, calls)
    escalation = [v["escalation_correct"] for v in found.values() if "escalation_correct" in v]
    hallucination = [v["hallucination"] for v in found.values() if "hallucination" in v]
    return {"annotated_calls": len(found),
            "escalation_annotated": len(escalation), "escalation_accuracy": _share_yes(escalation),
            "hallucination_annotated": len(hallucination), "hallucination_rate": _share_yes(hallucination)}


def alarms(day: date, rates: dict[str, float | None], cfg: ReceiverConfig, announce: bool = True) -> dict:
    """announce=False: the figures only, no log line (the ops console shows them; re-raising a
    day's alarm on every page view would flood journald)."""
    out = {}
    for metric, threshold in (("opt_out_rate", cfg.alarm_opt_out_rate), ("transfer_rate", cfg.alarm_transfer_rate)):
        firing = rates[metric] is not None and rates[metric] > threshold
        if firing and announce:
            log.warning("ALARM: %s on %s is %.1f%%, past %.1f%%", metric, day.isoformat(), 100 * rates[metric],
                        100 * threshold, extra=alarm(SLA_PIVOT))
        out[metric] = {"threshold": threshold, "firing": firing}
    return out


def cost(calls: list[dict], counts: Counter, cfg: ReceiverConfig, llm_cost: float = 0.0) -> dict:
    resolutions = counts["contained"]
    if not cfg.costs_configured and not llm_cost:
        return {"currency": cfg.currency, "total": None, "per_resolution": None, "resolutions": resolutions}
    minutes = sum(c["duration_ms"] or 0 for c in calls) / 60_000
    total = (len(calls) * cfg.cost_per_call + minutes * cfg.cost_per_minute
             + counts["escalate"] * cfg.cost_per_escalation + counts["ticket"] * cfg.cost_per_ticket + llm_cost)
    return {"currency": cfg.currency, "total": round(total, 4),
            "per_resolution": round(total / resolutions, 4) if resolutions else None, "resolutions": resolutions}


def call_facts(events: list[tuple]) -> dict:
    """One call's share of its day's report, from its _KINDS events in seq order: the outcomes it
    saw, its flags by type, its latencies. The ops console keeps these per call (console/sla_facts.py)."""
    seen = set()
    flags: Counter[str] = Counter()
    asr_ms: list[float] = []
    flag_ms: list[float] = []
    llm_cost = 0.0
    for _seq, _t, kind, _leg, raw_body in events:
        body = from_jsonb(raw_body)
        if kind == "agent.reply":
            c = body.get("cost")
            llm_cost += c if isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c) else 0.0
        elif kind == "route" and body.get("action") in ("escalate", "ticket"):
            seen.add(body["action"])
        elif kind == "ticket":
            seen.add("ticket")
        # "unconfirmed": the PBX accepted the REFER and hung up the first leg before the final NOTIFY.
        elif kind == "transfer" and body.get("result") in ("ok", "unconfirmed"):
            seen.add("transfer")
        elif kind == "flag":
            flag_type = body.get("type") if isinstance(body.get("type"), str) else "unknown"
            flags[flag_type] += 1
            if flag_type == "opt_out":
                seen.add("opt_out")
            if _latency(body) is not None:
                flag_ms.append(_latency(body))
        elif kind == "utterance.final" and _latency(body) is not None:
            asr_ms.append(_latency(body))
    return {"seen": sorted(seen), "flags": dict(flags), "asr_ms": asr_ms, "flag_ms": flag_ms, "llm_cost": llm_cost}


def summarise(conn: psycopg.Connection, day: date, calls: list[dict], facts: list[dict], cfg: ReceiverConfig,
              announce: bool = True) -> dict:
    """The day's report from its calls and each call's call_facts, in the same order."""
    counts = Counter()
    flags_by_type: Counter[str] = Counter()
    asr_ms: list[float] = []
    flag_ms: list[float] = []
    llm_cost = 0.0
    for call, f in zip(calls, facts):
        llm_cost += f.get("llm_cost", 0.0)       # (facts a console kept before model costs: none)
        counts.update(f["seen"])
        flags_by_type.update(f["flags"])
        asr_ms += f["asr_ms"]
        flag_ms += f["flag_ms"]
        counts["contained"] += call["last_route_action"] in (None, "auto")
        counts["erased"] += call["erased"]
    n = len(calls)
    rates = {"opt_out_rate": _rate(counts["opt_out"], n), "transfer_rate": _rate(counts["transfer"], n)}
    return {
        "day": day.isoformat(), "calls": n, "erased_calls": counts["erased"],
        "contained": counts["contained"], "containment_rate": _rate(counts["contained"], n),
        "escalated": counts["escalate"], "escalation_rate": _rate(counts["escalate"], n),
        "tickets": counts["ticket"], "ticket_rate": _rate(counts["ticket"], n),
        "opt_outs": counts["opt_out"], "opt_out_rate": rates["opt_out_rate"],
        "transfers": counts["transfer"], "transfer_rate": rates["transfer_rate"],
        **annotation_figures(conn, calls),
        "flags": dict(sorted(flags_by_type.items())),
        "asr_latency_ms": {"n": len(asr_ms), "p50": percentile(asr_ms, 50), "p99": percentile(asr_ms, 99)},
        "flag_latency_ms": {"n": len(flag_ms), "p50": percentile(flag_ms, 50), "p99": percentile(flag_ms, 99)},
        "alarms": alarms(day, rates, cfg, announce),
        "cost": cost(calls, counts, cfg, llm_cost),
    }


def sla_report(conn: psycopg.Connection, day: date, cfg: ReceiverConfig) -> dict:
    calls = queries.calls_of_day(conn, day)
    events = queries.events_by_call(conn, calls, _KINDS)
    return summarise(conn, day, calls, [call_facts(events[(c["appliance"], c["call_id"])]) for c in calls], cfg)


def _csv_rows(prefix: str, value: object) -> list[list[str]]:
    if isinstance(value, dict):
        return [row for key, v in value.items() for row in _csv_rows(f"{prefix}.{key}" if prefix else key, v)]
    if value is None:
        return [[prefix, "n/a"]]  # no calls, no annotations, no cost inputs: not applicable
    if isinstance(value, bool):
        return [[prefix, "true" if value else "false"]]
    return [[prefix, str(value)]]


def to_csv(report: dict) -> str:
    """metric,value rows; nested maps flattened as parent.child; null as n/a."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["metric", "value"])
    writer.writerows(_csv_rows("", report))
    return out.getvalue()
