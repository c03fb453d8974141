"""HTML building: every value goes through esc(); pages are strings joined in order."""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from typing import Iterable

from callwarden.receiver.console import PREFIX
from callwarden.receiver.console.users import allows

# (path, label, least role)
NAV = (("/appliances", "Appliances", "viewer"), ("/calls", "Calls", "viewer"), ("/sla", "SLA", "viewer"),
       ("/annotation", "Annotation", "viewer"), ("/audit", "Audit", "auditor"), ("/users", "Users", "admin"))


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def when(t: datetime | None) -> str:
    return t.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC") if t else "-"


def ago(seconds: float | None) -> str:
    if seconds is None:
        return "never"
    s = int(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if s >= size:
            return f"{s // size} {unit} ago"
    return f"{s} s ago"


def num(value: object, digits: int = 1, pct: bool = False) -> str:
    if value is None:
        return "n/a"
    if pct:
        return f"{100 * float(value):.{digits}f} %"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(headers: Iterable[str], rows: Iterable[Iterable[str]], cls: str = "") -> str:
    """`rows` cells are HTML already (escape values with esc() first)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{esc(cls)}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def link(path: str, label: str, query: str = "") -> str:
    return f'<a href="{esc(PREFIX + path + ("?" + query if query else ""))}">{esc(label)}</a>'


def csrf_field(token: str) -> str:
    return f'<input type="hidden" name="csrf" value="{esc(token)}">'


def page(title: str, body: str, *, user: str = "", role: str = "", csrf: str = "", active: str = "") -> bytes:
    nav = ""
    if user:
        on = ' class="on"'
        items = "".join(f'<a href="{esc(PREFIX + path)}"{on if path == active else ""}>{esc(label)}</a>'
                        for path, label, needed in NAV if allows(role, needed))
        nav = (f'<nav>{items}<span class="who">{esc(user)} ({esc(role)})</span>'
               f'<form method="post" action="{PREFIX}/logout" class="inline">{csrf_field(csrf)}'
               '<button type="submit">Log out</button></form></nav>')
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} · callwarden</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="stylesheet" href="{PREFIX}/static/console.css"></head>'
            f'<body><header><b>callwarden</b> ops console</header>{nav}<main><h1>{esc(title)}</h1>{body}</main>'
            '</body></html>').encode("utf-8")
