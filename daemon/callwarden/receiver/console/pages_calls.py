"""The calls list: filters by appliance, day, route, flag type, duration and end reason, with counts."""

from __future__ import annotations

from urllib.parse import quote

from callwarden.receiver import queries
from callwarden.receiver.console import PREFIX
from callwarden.receiver.console.markup import esc, table, when
from callwarden.receiver.console.web import Refused, Request, query_string
from callwarden.receiver.labels import FLAG_TYPES, ROUTES

PAGE_SIZE = 100
MAX_PAGE = 500
_COLUMNS = ("c.appliance, c.call_id, c.from_uri, c.started, c.duration_ms, c.end_reason, c.last_route_action, "
            "c.flags, c.critical_flags, c.redactions, c.erased")
FILTERS = ("appliance", "day", "route", "flag", "min_s", "max_s", "end_reason")


def call_path(appliance: str, call_id: str) -> str:
    return f"{PREFIX}/calls/{quote(appliance, safe='')}/{quote(call_id, safe='')}"


def where(req: Request) -> tuple[str, list]:
    """The filters as SQL over calls c (parameters only, never spliced text)."""
    clauses, args = [], []
    if req.arg("appliance"):
        clauses.append("c.appliance = %s")
        args.append(req.arg("appliance"))
    if req.arg("day"):
        try:
            clauses.append("c.started >= %s AND c.started < %s")
            args.extend(queries.day_bounds(queries.parse_day(req.arg("day"))))
        except ValueError as e:
            raise Refused(400, str(e)) from None
    route = req.arg("route")
    if route == "none":
        clauses.append("c.last_route_action IS NULL")
    elif route:
        clauses.append("c.last_route_action = %s")
        args.append(route)
    if req.arg("flag"):
        clauses.append("EXISTS (SELECT 1 FROM events e WHERE e.kind = 'flag' AND e.body->>'type' = %s "
                       "AND e.appliance = c.appliance AND e.call_id = c.call_id)")
        args.append(req.arg("flag"))
    for name, op in (("min_s", ">="), ("max_s", "<=")):
        text = req.arg(name)
        if text:
            if not text.isdigit() or int(text) > 10**7:
                raise Refused(400, f"{name}: expected a whole number of seconds")
            clauses.append(f"c.duration_ms {op} %s")
            args.append(int(text) * 1000)
    if req.arg("end_reason"):
        clauses.append("c.end_reason = %s")
        args.append(req.arg("end_reason"))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def fetch(conn, req: Request, page_no: int) -> tuple[list[tuple], dict[str, int]]:
    sql_where, args = where(req)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM calls c {sql_where} ORDER BY c.started DESC NULLS LAST, "
                        "c.appliance, c.call_id LIMIT %s OFFSET %s",
                        (*args, PAGE_SIZE, PAGE_SIZE * page_no)).fetchall()
    counts = dict(conn.execute(f"SELECT coalesce(c.last_route_action, 'none'), count(*) FROM calls c {sql_where} "
                               "GROUP BY 1 ORDER BY 1", args).fetchall())
    conn.rollback()
    return rows, counts


def _select(name: str, label: str, current: str, options: list[str]) -> str:
    opts = "".join(f'<option value="{esc(o)}"{" selected" if o == current else ""}>{esc(o or "any")}</option>'
                   for o in ["", *options])
    return f'<label>{esc(label)}<select name="{name}">{opts}</select></label>'


def _text(name: str, label: str, current: str, kind: str = "text") -> str:
    return f'<label>{esc(label)}<input type="{kind}" name="{name}" value="{esc(current)}"></label>'


def page(req: Request, conn) -> tuple[str, str]:
    page_arg = req.arg("page", "0")
    if not page_arg.isdigit() or int(page_arg) > MAX_PAGE:
        raise Refused(400, "page: expected a small whole number")
    page_no = int(page_arg)
    appliances = [r[0] for r in conn.execute("SELECT name FROM appliances ORDER BY name")]
    rows, counts = fetch(conn, req, page_no)
    form = ('<form class="filters" method="get">'
            + _select("appliance", "appliance", req.arg("appliance"), appliances)
            + _text("day", "day (UTC)", req.arg("day"), "date")
            + _select("route", "route", req.arg("route"), [*ROUTES, "none"])
            + _select("flag", "flag type", req.arg("flag"), list(FLAG_TYPES))
            + _text("min_s", "min duration s", req.arg("min_s"), "number")
            + _text("max_s", "max duration s", req.arg("max_s"), "number")
            + _text("end_reason", "end reason", req.arg("end_reason"))
            + '<button type="submit">Filter</button></form>')
    total = sum(counts.values())
    summary = (f'<p class="counts" id="counts"><b>{total} calls</b> match: '
               + "".join(f'<span>{esc(route)}: {n}</span>' for route, n in counts.items()) + "</p>")
    out = []
    for appliance, call_id, from_uri, started, duration_ms, end_reason, route, flags, critical, redactions, erased \
            in rows:
        label = call_id if not erased else call_id + " (erased)"
        out.append([esc(when(started)), esc(appliance), f'<a class="call" href="{esc(call_path(appliance, call_id))}">'
                    f'{esc(label)}</a>', esc(from_uri or "-"),
                    esc("-" if duration_ms is None else f"{duration_ms / 1000:.0f} s"), esc(end_reason or "-"),
                    esc(route or "none"), esc(flags) + (f' <span class="bad">{critical} critical</span>' if critical
                                                        else ""), esc(redactions)])
    kept = {k: req.arg(k) for k in FILTERS}
    nav = []
    if page_no > 0:
        nav.append(f'<a href="{esc(PREFIX + "/calls?" + query_string(**kept, page=str(page_no - 1)))}">newer</a>')
    if len(rows) == PAGE_SIZE and page_no < MAX_PAGE:
        nav.append(f'<a href="{esc(PREFIX + "/calls?" + query_string(**kept, page=str(page_no + 1)))}">older</a>')
    listing = table(["started", "appliance", "call", "from", "duration", "end reason", "route", "flags",
                     "redactions"], out, "calls")
    return "Calls", form + summary + listing + "<p>" + " · ".join(nav) + "</p>"
