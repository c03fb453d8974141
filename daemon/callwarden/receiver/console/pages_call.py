"""One call as a readable conversation: who said what, flags inline with their evidence, the route
and its latency, transfers and tickets; masked spans shown as masks; the muted recording's player.
Every view is written to the access log first (access.py)."""

from __future__ import annotations

import re
from urllib.parse import quote

from callwarden.receiver import queries
from callwarden.receiver.console import PREFIX
from callwarden.receiver.console.markup import esc, table, when
from callwarden.receiver.console.web import Refused
from callwarden.receiver.jsonb import from_jsonb

# What the redactor writes in place of a secret: [PCI_PAN], [SSN], [REDACTION_FAILED] ...
_MASK = re.compile(r"\[([A-Z][A-Z0-9_]{1,40})\]")


def masked(text: object) -> str:
    """Escaped text with each redaction mask drawn as a mask."""
    if not isinstance(text, str):
        return ""
    return _MASK.sub(lambda m: f'<span class="mask" title="masked: {m.group(1)}">{m.group(1)}</span>', esc(text))


def _clock(t_ms: object) -> str:
    if not isinstance(t_ms, int):
        return ""
    return f"{t_ms // 60000:02d}:{t_ms // 1000 % 60:02d}.{t_ms % 1000 // 100}"


def _item(cls: str, who: str, t_ms: object, text: str) -> str:
    return (f'<li class="{cls}"><span class="t">{esc(_clock(t_ms))}</span><span class="who">{esc(who)}</span>'
            f'{text}</li>')


def render_event(kind: str, leg: str, t_ms: object, body: dict) -> str:
    g = body.get
    if kind == "utterance.final":
        extra = f' <small>(confidence {esc(g("confidence"))}, final after {esc(g("latency_ms"))} ms)</small>'
        return _item("caller" if leg == "caller" else leg, leg, t_ms, masked(g("text")) + extra)
    if kind == "tts.start":
        return _item("agent", "agent", t_ms, masked(g("text")))
    if kind == "tts.end":
        return _item("system", "", t_ms, "agent interrupted by the caller") if g("interrupted") else ""
    if kind == "flag":
        ev = g("evidence") if isinstance(g("evidence"), dict) else {}
        sev = g("severity") if g("severity") in ("info", "warn", "critical") else "warn"
        return _item(f"flag {sev}", f"flag {g('type')}", t_ms,
                     f'{esc(sev)}, confidence {esc(g("confidence"))}, raised {esc(g("latency_ms"))} ms after its '
                     f'evidence: “{masked(ev.get("text"))}”')
    if kind == "route":
        return _item("system route", "route", t_ms, f'<b>{esc(g("action"))}</b>: {esc(g("reason"))} '
                                                     f'(decided in {esc(g("latency_ms"))} ms)')
    if kind == "transfer":
        return _item("system", "transfer", t_ms, f'to {masked(g("target"))}: {esc(g("result"))}')
    if kind == "ticket":
        return _item("system", "ticket", t_ms, f'{esc(g("id"))}: {esc(g("result"))}')
    if kind == "dtmf":
        return _item("caller", "keyed", t_ms, masked(g("digit")))
    if kind == "call.start":
        return _item("system", "call", t_ms, f'from {esc(g("from"))} to {esc(g("to"))}, codec {esc(g("codec"))}')
    if kind == "call.end":
        return _item("system", "end", t_ms, f'{esc(g("reason"))} after {esc(g("duration_ms"))} ms')
    if kind in ("call.answer", "bargein"):
        return _item("system", kind, t_ms, "")
    return _item("system", kind, t_ms, "")


def summary_table(call: dict) -> str:
    fields = [("appliance", call["appliance"]), ("call id", call["call_id"]), ("from", call["from"]),
              ("to", call["to"]), ("started", call["started"]), ("ended", call["ended"]),
              ("duration", None if call["duration_ms"] is None else f'{call["duration_ms"] / 1000:.1f} s'),
              ("end reason", call["end_reason"]), ("route", call["last_route_action"] or "none"),
              ("flags", f'{call["flags"]} ({call["critical_flags"]} critical)'), ("redactions", call["redactions"])]
    return table(["", ""], [[esc(k), esc(v if v is not None else "-")] for k, v in fields], "summary")


def page(conn, appliance: str, call_id: str) -> tuple[str, str]:
    try:
        found = queries.call_events(conn, call_id, appliance)
    except queries.Ambiguous:  # cannot happen with an appliance named; kept for safety
        found = None
    if found is None:
        raise Refused(404, "no such call")
    call = found["call"]
    rec = conn.execute("SELECT path, erased_at FROM recordings WHERE appliance = %s AND call_id = %s",
                       (appliance, call_id)).fetchone()
    erased_at = conn.execute("SELECT erased_at FROM calls WHERE appliance = %s AND call_id = %s",
                             (appliance, call_id)).fetchone()[0]
    conn.rollback()
    parts = [summary_table(call)]
    if rec and rec[0]:
        src = f"{PREFIX}/recordings/{quote(appliance, safe='')}/{quote(call_id, safe='')}"
        parts.append(f'<h3>Recording (redacted spans muted)</h3><audio controls preload="none" src="{esc(src)}">'
                     f'</audio><p><a href="{esc(src)}">download WAV</a></p>')
    elif rec:
        parts.append(f"<p>The recording was erased {esc(when(rec[1]))}.</p>")
    if call["erased"]:
        parts.append(f'<p class="bad">This call was erased {esc(when(erased_at))}: its content is gone, its digests '
                     "are kept so the chain still verifies.</p>")
    else:
        items = [render_event(e["kind"], e["leg"], e["t_ms"], from_jsonb(e["body"]))
                 for e in found["events"] if e["kind"] != "utterance.partial"]
        parts.append('<h3>Conversation</h3><ol class="conv">' + "".join(i for i in items if i) + "</ol>")
    return f"Call {call_id}", "".join(parts)
