"""Appliance health: software version, last batch, lag, events in the last hour, sync format, refused
forks and gaps, chain status (auditors), key fingerprint (admins). A stale, forked or broken appliance
is marked in red."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime, timezone

from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console import PREFIX
from callwarden.receiver.console.markup import ago, csrf_field, esc, table, when
from callwarden.receiver.console.users import allows

_SQL = """
SELECT a.name, a.public_key, a.added_at, a.head_seq, b.received_at, b.version,
       (SELECT coalesce(sum(x.n_events), 0) FROM batches x
         WHERE x.appliance = a.name AND x.received_at > now() - interval '1 hour') AS events_1h,
       k.checked_at, k.ok, k.first_broken, k.checked_by, k.batches,
       a.software_version, a.version_seen_at, f.forks, f.last_fork, f.fork_seq, g.gaps
FROM appliances a
LEFT JOIN batches b ON b.appliance = a.name AND b.batch_seq = a.head_seq
LEFT JOIN LATERAL (SELECT checked_at, ok, first_broken, checked_by, batches FROM console_chain_checks c
                    WHERE c.appliance = a.name ORDER BY checked_at DESC LIMIT 1) k ON true
LEFT JOIN LATERAL (SELECT sum(times) AS forks, max(last_at) AS last_fork,
                          (array_agg(batch_seq ORDER BY last_at DESC))[1] AS fork_seq
                     FROM chain_conflicts x WHERE x.appliance = a.name AND x.kind = 'fork') f ON true
LEFT JOIN LATERAL (SELECT sum(times) AS gaps FROM chain_conflicts x
                    WHERE x.appliance = a.name AND x.kind = 'gap') g ON true
ORDER BY a.name
"""


def fingerprint(public_key: str) -> str:
    """SHA256:<base64> of the raw key, as ssh-keygen -l shows keys."""
    try:
        raw = base64.b64decode(public_key, validate=True)
    except ValueError:
        return "unreadable key"
    return "SHA256:" + base64.b64encode(hashlib.sha256(raw).digest()).decode().rstrip("=")


def rows(conn) -> list[tuple]:
    found = conn.execute(_SQL).fetchall()
    calls = dict(conn.execute("SELECT appliance, count(*) FROM calls GROUP BY appliance").fetchall())
    conn.rollback()
    return [(*r, calls.get(r[0], 0)) for r in found]


def chain_cell(checked_at, ok, first_broken, checked_by, batches) -> str:
    if checked_at is None:
        return '<span class="warn">never verified</span>'
    if ok:
        return f'<span class="ok">ok</span>, {esc(batches)} batches, verified {esc(when(checked_at))} by {esc(checked_by)}'
    return (f'<span class="bad">BROKEN</span> (verified {esc(when(checked_at))} by {esc(checked_by)}): '
            f'{esc(first_broken)}')


def verify_form(name: str, csrf: str) -> str:
    return (f'<form method="post" action="{PREFIX}/audit/verify" class="inline">{csrf_field(csrf)}'
            f'<input type="hidden" name="appliance" value="{esc(name)}"><button type="submit">Verify now</button></form>')


def fork_cell(forks, last_fork, fork_seq, gaps) -> str:
    if not forks and not gaps:
        return "none"
    parts = []
    if forks:
        parts.append(f'<span class="bad">{esc(forks)} forks</span> (last at batch_seq {esc(fork_seq)}, '
                     f'{esc(when(last_fork))})')
    if gaps:
        parts.append(f"{esc(gaps)} gaps")
    return "; ".join(parts)


def page(conn, cfg: ReceiverConfig, role: str, csrf: str) -> tuple[str, str]:
    now = datetime.now(timezone.utc)
    auditor, admin = allows(role, "auditor"), allows(role, "admin")
    headers = ["appliance", "status", "version", "last batch", "lag", "events last hour", "calls stored",
               "sync format", "refused batches"]
    headers += ["chain"] if auditor else []
    headers += ["key fingerprint", "registered"] if admin else []
    out = []
    stale_n = broken_n = forked_n = 0
    for (name, key, added, head_seq, last_at, version, events_1h, checked_at, ok, first_broken, checked_by,
         batches, software, software_at, forks, last_fork, fork_seq, gaps, calls) in rows(conn):
        lag_s = (now - last_at).total_seconds() if last_at else None
        problems = []
        if lag_s is None or lag_s > cfg.console_stale_after_s:
            problems.append("STALE")
            stale_n += 1
        # A refused fork means two chains under one key (a cloned box, a restored backup): it stays
        # marked for console_fork_alert_s even while the other chain goes on growing.
        if last_fork is not None and (now - last_fork).total_seconds() <= cfg.console_fork_alert_s:
            problems.append("FORKED")
            forked_n += 1
        if checked_at is not None and not ok:
            problems.append("BROKEN CHAIN")
            broken_n += 1
        status = (f'<span class="bad">{esc(", ".join(problems))}</span>' if problems else '<span class="ok">ok</span>')
        seen = f' title="reported {esc(when(software_at))}"' if software_at else ""
        cells = [esc(name), status, f'<span class="version"{seen}>{esc(software or "unknown")}</span>',
                 esc("-" if head_seq is None else f"#{head_seq} at {when(last_at)}"), esc(ago(lag_s)),
                 esc(events_1h), esc(calls), esc(version if version is not None else "-"),
                 fork_cell(forks, last_fork, fork_seq, gaps)]
        if auditor:
            cells.append(chain_cell(checked_at, ok, first_broken, checked_by, batches) + " " + verify_form(name, csrf))
        if admin:
            cells += [f"<code>{esc(fingerprint(key))}</code>", esc(when(added))]
        out.append(cells)
    note = (f"<p>{len(out)} appliances; {stale_n} stale (no batch for more than {cfg.console_stale_after_s} s); "
            f"{forked_n} forked (a batch refused as a fork of its chain in the last "
            f"{ago(cfg.console_fork_alert_s).removesuffix(' ago')}); "
            f"{broken_n} with a broken chain at their last verification. A fork or gap an appliance sends is "
            "refused (409), alarmed in the receiver's log and counted here; verification (from the console or "
            "<code>callwarden-receiver verify</code>) shows what is stored. The version is the one the "
            "appliance's last batch named.</p>")
    if not auditor:
        note += "<p>Chain verification results are shown to auditors.</p>"
    return "Appliances", note + table(headers, out, "appliances")
