"""The annotation loop: per shift, the calls the Label Studio export samples, how many were exported,
came back annotated and were imported (label_studio_progress, annotations); where annotators and
the detectors disagree, per flag type; the RLHF pairs made."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

from callwarden.receiver import export, pairs, queries
from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console.markup import esc, num, table
from callwarden.receiver.console.web import Refused, Request
from callwarden.receiver.jsonb import from_jsonb
from callwarden.receiver.labels import FLAGS

SHIFTS = ((0, "00-08"), (8, "08-16"), (16, "16-24"))   # UTC hours
MAX_DAYS = 14


def _shift(started: str | None) -> str:
    hour = int(started[11:13]) if started else 0
    return [label for h, label in SHIFTS if hour >= h][-1]


def annotator_flags(conn, calls: list[dict]) -> dict[tuple, set[str]]:
    """The flag choices annotators left on each call (the export pre-fills the detectors' flags;
    an annotator who corrects them leaves another set). Calls without that answer are absent."""
    if not calls:
        return {}
    rows = conn.execute(
        "SELECT a.appliance, a.call_id, r->'value'->'choices' FROM annotations a "
        "JOIN unnest(%s::text[], %s::text[]) AS w(appliance, call_id) USING (appliance, call_id) "
        "CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(a.result) WHEN 'array' THEN a.result "
        "ELSE '[]'::jsonb END) r WHERE r->>'from_name' = %s "
        "ORDER BY a.ground_truth DESC, a.annotated_at DESC NULLS LAST",
        ([c["appliance"] for c in calls], [c["call_id"] for c in calls], FLAGS)).fetchall()
    conn.rollback()
    out: dict[tuple, set[str]] = {}
    for appliance, call_id, choices in rows:
        out.setdefault((appliance, call_id), {c for c in (choices or []) if isinstance(c, str)})
    return out


def page(req: Request, conn, cfg: ReceiverConfig) -> tuple[str, str]:
    try:
        last = queries.parse_day(req.arg("to")) if req.arg("to") else None
    except ValueError as e:
        raise Refused(400, str(e)) from None
    if last is None:
        row = conn.execute("SELECT max(started) FROM calls").fetchone()
        last = row[0].date() if row[0] else datetime.now(timezone.utc).date()
    first = last - timedelta(days=6)
    lo, hi = queries.day_bounds(first)[0], queries.day_bounds(last)[1]
    calls = [c for d in range(7) for c in queries.calls_of_day(conn, first + timedelta(days=d))]
    annotated = dict(((a, c), n) for a, c, n in conn.execute(
        "SELECT a.appliance, a.call_id, count(*) FROM annotations a JOIN calls c "
        "USING (appliance, call_id) WHERE c.started >= %s AND c.started < %s GROUP BY 1, 2", (lo, hi)))
    loop = dict(((a, c), (e, r)) for a, c, e, r in conn.execute(
        "SELECT p.appliance, p.call_id, p.exports, p.returned_annotations FROM label_studio_progress p JOIN calls c "
        "USING (appliance, call_id) WHERE c.started >= %s AND c.started < %s", (lo, hi)))
    conn.rollback()
    shifts: dict[tuple[str, str], Counter] = {}
    for c in calls:
        key = (c["started"][:10] if c["started"] else "-", _shift(c["started"]))
        n = shifts.setdefault(key, Counter())
        n["calls"] += 1
        n["sampled"] += not c["erased"] and bool(export.strata(c, cfg.sample_percent))
        exports, returned = loop.get((c["appliance"], c["call_id"]), (0, 0))
        n["exported"] += exports > 0
        n["returned"] += returned > 0
        got = annotated.get((c["appliance"], c["call_id"]), 0)
        n["imported"] += got > 0
        n["annotations"] += got
    rows = [[esc(d), esc(s), esc(n["calls"]), esc(n["sampled"]), esc(n["exported"]), esc(n["returned"]),
             esc(n["imported"]), esc(num(n["imported"] / n["exported"] if n["exported"] else None, 0, pct=True)),
             esc(n["annotations"])]
            for (d, s), n in sorted(shifts.items())]
    body = [f"<p>{esc(first.isoformat())} to {esc(last.isoformat())} (UTC). <i>In sample</i>: the calls "
            "<code>export</code> picks (sample_percent "
            f"{esc(cfg.sample_percent)} % at random, plus every call with a critical flag or a redaction); "
            "<i>exported</i>: calls an export (CLI or <code>/v1/export/label-studio</code>) has handed to "
            "Label Studio; <i>annotated</i>: calls an annotation import brought back with an annotation "
            "(submitted or skipped); <i>imported</i>: calls whose annotation is stored and counts in the SLA "
            "report (skipped ones and erased calls are not); <i>progress</i>: imported of exported.</p>",
            table(["day", "shift (UTC)", "calls", "in sample", "exported", "annotated (Label Studio)", "imported",
                   "progress", "annotations"], rows, "shifts")]
    # Detector against annotator, per flag type, over the calls whose annotation answers the flags question.
    judged = annotator_flags(conn, calls)
    judged_calls = [c for c in calls if (c["appliance"], c["call_id"]) in judged]
    detected = queries.events_by_call(conn, judged_calls, ("flag",))
    agree, det_only, ann_only = Counter(), Counter(), Counter()
    for c in judged_calls:
        key = (c["appliance"], c["call_id"])
        mine = {from_jsonb(e[4]).get("type") for e in detected[key]}
        theirs = judged[key]
        for t in mine | theirs:
            (agree if t in mine and t in theirs else det_only if t in mine else ann_only)[t] += 1
    types = sorted(set(agree) | set(det_only) | set(ann_only))
    body.append(f"<h3>Detector and annotator, per flag type</h3><p>{len(judged_calls)} annotated calls answer "
                "the flags question.</p>")
    body.append(table(["flag type", "both", "detector only (annotator removed it)", "annotator only (missed)",
                       "disagreement"],
                      [[esc(t), esc(agree[t]), esc(det_only[t]), esc(ann_only[t]),
                        esc(num((det_only[t] + ann_only[t]) / (agree[t] + det_only[t] + ann_only[t]), 0, pct=True))]
                       for t in types], "disagreements"))
    per_day = [(first + timedelta(days=d)) for d in range(7)]
    counts = [(d, len(pairs.preference_pairs(conn, d))) for d in per_day]
    body.append("<h3>Preference pairs produced (RLHF)</h3>")
    body.append(table(["day", "pairs"], [[esc(d.isoformat()), esc(n)] for d, n in counts], "pairs"))
    body.append("<p>Export them with <code>callwarden-receiver export --preference-pairs --day DAY</code>.</p>")
    return "Annotation loop", "".join(body)


