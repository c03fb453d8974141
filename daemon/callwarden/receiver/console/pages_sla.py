"""SLA trends: daily and weekly charts, each with its numbers in a table and a CSV link."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable

from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console import PREFIX, sla_data, svg
from callwarden.receiver.console.markup import esc, num, table
from callwarden.receiver.console.web import Refused, Request, Response, query_string
from callwarden.receiver.queries import parse_day


def _pct(v: float) -> str:
    return num(v, 1, pct=True)


def _ms(v: float) -> str:
    return f"{v:.0f} ms"


def _plain(v: float) -> str:
    return f"{v:.2f}"


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    fmt: Callable[[float], str]
    daily_only: bool = False


CHARTS = (Chart("containment", "Containment (calls the automated agent kept)", _pct),
          Chart("escalation", "Escalation rate, and escalation accuracy from annotations", _pct),
          Chart("pivots", "Opt-out and transfer rates against the pivot thresholds", _pct),
          Chart("flags", "Flags per 100 calls, by type", _plain),
          Chart("latency", "Latency reported by the appliances (endpoint to final, flag)", _ms, daily_only=True),
          Chart("cost", "Cost per resolution", _plain))


def series(chart: Chart, points: list[dict], cfg: ReceiverConfig) -> tuple[list, list, list]:
    """(series [(name, values)], thresholds [(label, value)], alarms [(series, point)])."""
    col = lambda k: [p[k] for p in points]  # noqa: E731
    if chart.key == "containment":
        return [("containment", col("containment_rate"))], [], []
    if chart.key == "escalation":
        return [("escalation rate", col("escalation_rate")), ("escalation accuracy", col("escalation_accuracy"))], [], []
    if chart.key == "pivots":
        alarms = [(0, i) for i, p in enumerate(points) if p["alarm_opt_out"]]
        alarms += [(1, i) for i, p in enumerate(points) if p["alarm_transfer"]]
        return ([("opt-out rate", col("opt_out_rate")), ("transfer rate", col("transfer_rate"))],
                [("opt-out alarm", cfg.alarm_opt_out_rate), ("transfer alarm", cfg.alarm_transfer_rate)], alarms)
    if chart.key == "flags":
        types = sorted({t for p in points for t in p["flags_per_100"]})
        return [(t, [p["flags_per_100"].get(t, 0.0 if p["calls"] else None) for p in points]) for t in types], [], []
    if chart.key == "latency":
        return [("ASR p50", col("asr_p50")), ("ASR p99", col("asr_p99")), ("flag p50", col("flag_p50")),
                ("flag p99", col("flag_p99"))], [], []
    return [(f"cost per resolution ({cfg.currency})", col("cost_per_resolution"))], [], []


def _range(req: Request, conn, cfg: ReceiverConfig) -> tuple[date, date]:
    try:
        first = parse_day(req.arg("from")) if req.arg("from") else None
        last = parse_day(req.arg("to")) if req.arg("to") else None
    except ValueError as e:
        raise Refused(400, str(e)) from None
    if first is None or last is None:
        d_first, d_last = sla_data.default_range(conn, cfg, datetime.now(timezone.utc).date())
        last = last or d_last
        first = first or last - (d_last - d_first)
    if first > last or (last - first).days >= sla_data.MAX_DAYS:
        raise Refused(400, f"from/to: expected from <= to and at most {sla_data.MAX_DAYS} days")
    return first, last


def _points(req: Request, conn, cfg: ReceiverConfig, period: str) -> tuple[date, date, list[dict]]:
    first, last = _range(req, conn, cfg)
    reports = sla_data.daily_reports(conn, cfg, first, last)
    points = sla_data.week_points(reports, cfg) if period == "week" else [sla_data.day_point(r) for r in reports]
    return first, last, points


def _block(chart: Chart, period: str, points: list[dict], cfg: ReceiverConfig, q: str) -> str:
    lines, thresholds, alarms = series(chart, points, cfg)
    labels = [p["label"] for p in points]
    cid = f"chart-{chart.key}-{period}"
    drawn = svg.line_chart(cid, labels, lines, fmt=chart.fmt, thresholds=thresholds, alarms=alarms,
                           y_max=1.0 if chart.fmt is _pct else None)
    alarm_at = {(s, i) for s, i in alarms}
    headers = [period, "calls", *[name for name, _ in lines]]
    rows = []
    for i, p in enumerate(points):
        cells = [esc(p["label"]), esc(p["calls"])]
        for s, (_, vs) in enumerate(lines):
            text = esc(chart.fmt(vs[i]) if vs[i] is not None else "n/a")
            cells.append(f'<span class="bad">{text} ALARM</span>' if (s, i) in alarm_at else text)
        rows.append(cells)
    csv_link = f'{PREFIX}/sla.csv?{query_string(chart=chart.key, period=period)}&{q}'
    return (f'<section><h3>{esc(chart.title)} ({"daily" if period == "day" else "weekly"})</h3>{drawn}'
            f'{table(headers, rows, "numbers " + cid)}<p><a href="{esc(csv_link)}">CSV</a></p></section>')


def page(req: Request, conn, cfg: ReceiverConfig) -> tuple[str, str]:
    first, last, days = _points(req, conn, cfg, "day")
    weeks = sla_data.week_points(sla_data.daily_reports(conn, cfg, first, last), cfg)
    q = query_string(**{"from": first.isoformat(), "to": last.isoformat()})
    firing = [p["label"] for p in days if p["alarm_opt_out"] or p["alarm_transfer"]]
    this_week = [w for w in weeks[-1:] if w["alarm_opt_out"] or w["alarm_transfer"]]
    summary = (f'<p>{esc(first.isoformat())} to {esc(last.isoformat())} (UTC days). '
               f'Pivot thresholds: opt-out {esc(_pct(cfg.alarm_opt_out_rate))}, transfer '
               f'{esc(_pct(cfg.alarm_transfer_rate))}.</p>'
               f'<form class="filters" method="get"><label>from<input type="date" name="from" '
               f'value="{esc(first.isoformat())}"></label><label>to<input type="date" name="to" '
               f'value="{esc(last.isoformat())}"></label><button type="submit">Show</button></form>')
    if firing:
        summary += (f'<p class="bad" id="alarms">Pivot alarms on {len(firing)} days: {esc(", ".join(firing))}'
                    f'{" (also the latest week, " + esc(this_week[0]["label"]) + ")" if this_week else ""}</p>')
    else:
        summary += '<p class="ok" id="alarms">No pivot alarm in this range.</p>'
    body = [summary]
    for chart in CHARTS:
        if chart.key == "cost" and not cfg.costs_configured:
            body.append("<p>Cost per resolution: no cost inputs are configured (cost_* in the receiver's config).</p>")
            continue
        body.append(_block(chart, "day", days, cfg, q))
        if not chart.daily_only:
            body.append(_block(chart, "week", weeks, cfg, q))
    return "SLA trends", "".join(body)


def csv_export(req: Request, conn, cfg: ReceiverConfig) -> Response:
    chart = next((c for c in CHARTS if c.key == req.arg("chart")), None)
    period = req.arg("period", "day")
    if chart is None or period not in ("day", "week") or (period == "week" and chart.daily_only):
        raise Refused(400, "chart/period: expected one of the page's CSV links")
    first, last, points = _points(req, conn, cfg, period)
    lines, thresholds, alarms = series(chart, points, cfg)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    alarm_cols = [f"{name} alarm" for name, _ in lines] if chart.key == "pivots" else []
    w.writerow([period, "calls", *[name for name, _ in lines], *alarm_cols])
    for i, p in enumerate(points):
        row = [p["label"], p["calls"], *["" if vs[i] is None else vs[i] for _, vs in lines]]
        row += ["true" if (s, i) in set(alarms) else "false" for s in range(len(alarm_cols))]
        w.writerow(row)
    name = f"callwarden-{chart.key}-{period}-{first.isoformat()}-{last.isoformat()}.csv"
    return Response(200, out.getvalue().encode("utf-8"), "text/csv; charset=utf-8",
                    [("Content-Disposition", f'attachment; filename="{name}"')])


