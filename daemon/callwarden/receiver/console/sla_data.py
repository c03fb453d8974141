"""The SLA page's numbers: the receiver's own daily report (report.sla_report's numbers, as
/v1/report/sla serves them, summed from per-call facts: sla_facts.py), cached per day in
console_report_cache while the day's calls, events and annotations are unchanged, and weeks
summed from the days' counts."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import psycopg
from psycopg.types.json import Jsonb

from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console.sla_facts import day_report
from callwarden.receiver.queries import day_bounds

MAX_DAYS = 92


def default_range(conn: psycopg.Connection, cfg: ReceiverConfig, today: date) -> tuple[date, date]:
    """The configured number of days up to the last day with a call (today when there is none)."""
    row = conn.execute("SELECT max(started) FROM calls").fetchone()
    conn.rollback()
    last = row[0].date() if row and row[0] else today
    return last - timedelta(days=cfg.console_trend_days - 1), last


def _config_fingerprint(cfg: ReceiverConfig) -> str:
    inputs = [cfg.alarm_opt_out_rate, cfg.alarm_transfer_rate, cfg.currency, cfg.cost_per_call,
              cfg.cost_per_minute, cfg.cost_per_escalation, cfg.cost_per_ticket]
    return hashlib.sha256(json.dumps(inputs).encode()).hexdigest()[:16]


def fingerprints(conn: psycopg.Connection, first: date, last: date) -> dict[date, str]:
    """Per day: what its report is made of. Events only ever arrive (n_events grows), erasure
    flips `erased`, a (re-)import moves imported_at."""
    lo, hi = day_bounds(first)[0], day_bounds(last)[1]
    found: dict[date, list] = {}
    for d, n, events, erased in conn.execute(
            "SELECT (started AT TIME ZONE 'UTC')::date, count(*), sum(n_events), count(*) FILTER (WHERE erased) "
            "FROM calls WHERE started >= %s AND started < %s GROUP BY 1", (lo, hi)):
        found[d] = [n, events, erased, 0, None]
    for d, n, latest in conn.execute(
            "SELECT (c.started AT TIME ZONE 'UTC')::date, count(*), max(a.imported_at) FROM annotations a "
            "JOIN calls c USING (appliance, call_id) WHERE c.started >= %s AND c.started < %s GROUP BY 1", (lo, hi)):
        found.setdefault(d, [0, 0, 0, 0, None])[3:] = [n, latest.isoformat() if latest else None]
    conn.rollback()
    return {d: json.dumps(v, default=str) for d, v in found.items()}


def daily_reports(conn: psycopg.Connection, cfg: ReceiverConfig, first: date, last: date) -> list[dict]:
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    fps = fingerprints(conn, first, last)
    salt = _config_fingerprint(cfg)
    cached = {d: (fp, rep) for d, fp, rep in conn.execute(
        "SELECT day, fingerprint, report FROM console_report_cache WHERE day >= %s AND day <= %s", (first, last))}
    conn.rollback()
    out = []
    for d in days:
        fp = salt + ":" + fps.get(d, "none")
        hit = cached.get(d)
        if hit and hit[0] == fp:
            out.append(hit[1])
            continue
        rep = day_report(conn, d, cfg)
        with conn.transaction():
            conn.execute("INSERT INTO console_report_cache (day, fingerprint, report) VALUES (%s, %s, %s) "
                         "ON CONFLICT (day) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, "
                         "report = EXCLUDED.report, computed_at = now()", (d, fp, Jsonb(rep)))
        out.append(rep)
    return out


def _per100(n: int, calls: int) -> float | None:
    return round(100 * n / calls, 2) if calls else None


def day_point(rep: dict) -> dict:
    """One chart point from a daily report: its own figures, unchanged."""
    calls = rep["calls"]
    return {"label": rep["day"], "calls": calls, "containment_rate": rep["containment_rate"],
            "escalation_rate": rep["escalation_rate"], "escalation_accuracy": rep["escalation_accuracy"],
            "opt_out_rate": rep["opt_out_rate"], "transfer_rate": rep["transfer_rate"],
            "flags_per_100": {t: _per100(n, calls) for t, n in rep["flags"].items()},
            "asr_p50": rep["asr_latency_ms"]["p50"], "asr_p99": rep["asr_latency_ms"]["p99"],
            "flag_p50": rep["flag_latency_ms"]["p50"], "flag_p99": rep["flag_latency_ms"]["p99"],
            "cost_per_resolution": rep["cost"]["per_resolution"],
            "alarm_opt_out": rep["alarms"]["opt_out_rate"]["firing"],
            "alarm_transfer": rep["alarms"]["transfer_rate"]["firing"]}


def _rate(n: float, d: float) -> float | None:
    return round(n / d, 4) if d else None


def week_points(reports: list[dict], cfg: ReceiverConfig) -> list[dict]:
    """ISO weeks (Monday first) summed from the days' counts; latency percentiles cannot be
    summed, so weeks have none."""
    weeks: dict[str, dict] = {}
    for rep in reports:
        y, w, _ = date.fromisoformat(rep["day"]).isocalendar()
        acc = weeks.setdefault(f"{y}-W{w:02d}", {"calls": 0, "contained": 0, "escalated": 0, "opt_outs": 0,
                                                "transfers": 0, "esc_n": 0, "esc_yes": 0.0, "flags": {},
                                                "cost": 0.0, "resolutions": 0})
        acc["calls"] += rep["calls"]
        for k in ("contained", "escalated", "opt_outs", "transfers"):
            acc[k] += rep[k]
        if rep["escalation_accuracy"] is not None:
            acc["esc_n"] += rep["escalation_annotated"]
            acc["esc_yes"] += round(rep["escalation_accuracy"] * rep["escalation_annotated"])
        for t, n in rep["flags"].items():
            acc["flags"][t] = acc["flags"].get(t, 0) + n
        acc["cost"] += rep["cost"]["total"] or 0.0
        acc["resolutions"] += rep["cost"]["resolutions"]
    out = []
    for label, a in weeks.items():
        opt, tr = _rate(a["opt_outs"], a["calls"]), _rate(a["transfers"], a["calls"])
        out.append({"label": label, "calls": a["calls"], "containment_rate": _rate(a["contained"], a["calls"]),
                    "escalation_rate": _rate(a["escalated"], a["calls"]),
                    "escalation_accuracy": _rate(a["esc_yes"], a["esc_n"]), "opt_out_rate": opt,
                    "transfer_rate": tr,
                    "flags_per_100": {t: _per100(n, a["calls"]) for t, n in sorted(a["flags"].items())},
                    "asr_p50": None, "asr_p99": None, "flag_p50": None, "flag_p99": None,
                    "cost_per_resolution": (round(a["cost"] / a["resolutions"], 4)
                                            if cfg.costs_configured and a["resolutions"] else None),
                    "alarm_opt_out": opt is not None and opt > cfg.alarm_opt_out_rate,
                    "alarm_transfer": tr is not None and tr > cfg.alarm_transfer_rate})
    return out
