"""Auditors: chain verification (run from here or the CLI, recorded), erasure records, the access log,
console logins.
Admins: the console's users."""

from __future__ import annotations

from callwarden.receiver.config import ReceiverConfig
from callwarden.receiver.console import access, logins, users
from callwarden.receiver.console.markup import esc, table, when
from callwarden.receiver.console.pages_appliances import chain_cell, verify_form
from callwarden.receiver.console.pages_calls import call_path
from callwarden.receiver.console.web import Refused, Request


def run_verify(conn, appliance: str, user: str) -> bool:
    """Verifies one appliance's chain (verify.py, a consistent snapshot) and records the result."""
    from callwarden.receiver.verify import record, verify
    if conn.execute("SELECT 1 FROM appliances WHERE name = %s", (appliance,)).fetchone() is None:
        conn.rollback()
        raise Refused(404, "no such appliance")
    found = verify(conn, appliance)
    record(conn, found, user)
    return not found.broken


def page(req: Request, conn, csrf: str, cfg: ReceiverConfig) -> tuple[str, str]:
    chains = conn.execute(
        "SELECT a.name, k.checked_at, k.ok, k.first_broken, k.checked_by, k.batches FROM appliances a "
        "LEFT JOIN LATERAL (SELECT checked_at, ok, first_broken, checked_by, batches FROM console_chain_checks c "
        "WHERE c.appliance = a.name ORDER BY checked_at DESC LIMIT 1) k ON true ORDER BY a.name").fetchall()
    erased = conn.execute(
        "SELECT c.appliance, c.call_id, c.erased_at, r.erased_at FROM calls c LEFT JOIN recordings r "
        "USING (appliance, call_id) WHERE c.erased ORDER BY c.erased_at DESC NULLS LAST LIMIT 200").fetchall()
    conn.rollback()
    log_rows = access.recent(conn, user=req.arg("user"), call_id=req.arg("call_id"))
    out = ["<h3>Chain verification</h3>",
           table(["appliance", "last verification", ""],
                 [[esc(name), chain_cell(*rest), verify_form(name, csrf)] for name, *rest in chains], "chains"),
           "<h3>Erasure records</h3><p>Erased calls keep their digests and signatures; content, salts, annotations "
           "and recording files are gone.</p>",
           table(["appliance", "call", "erased", "recording erased"],
                 [[esc(a), f'<a href="{esc(call_path(a, c))}">{esc(c)}</a>', esc(when(t)), esc(when(rt))]
                  for a, c, t, rt in erased], "erasures"),
           "<h3>Access log</h3><p>Every view of a call's page or recording (latest 200).</p>"
           '<form class="filters" method="get"><label>user<input name="user" value="'
           f'{esc(req.arg("user"))}"></label><label>call id<input name="call_id" value="{esc(req.arg("call_id"))}">'
           '</label><button type="submit">Filter</button></form>',
           table(["when", "user", "role", "appliance", "call", "what", "from"],
                 [[esc(when(at)), esc(u), esc(r), esc(a), esc(c), esc(w), esc(ip)]
                  for at, u, r, a, c, w, ip in log_rows], "access-log"),
           "<h3>Logins</h3><p>Every console login attempt (latest 200; the user filter above applies): "
           "<i>failed</i> is a wrong name or password, <i>locked</i> a try refused unchecked during a lockout "
           f"({esc(cfg.console_login_max_failures)} failures per user name or "
           f"{esc(cfg.console_login_max_failures_per_address)} per address within "
           f"{esc(cfg.console_login_lockout_s)} s).</p>",
           table(["when", "user name", "from", "result"],
                 [[esc(when(at)), esc(u), esc(ip), esc(r) if r == "ok" else f'<span class="bad">{esc(r)}</span>']
                  for at, u, ip, r in logins.recent(conn, user=req.arg("user"))], "logins")]
    return "Audit", "".join(out)


def users_page(conn) -> tuple[str, str]:
    rows = [[esc(u["name"]), esc(u["role"]), esc(when(u["created_at"])), esc(when(u["last_login"])),
             '<span class="bad">disabled</span>' if u["disabled"] else "active"] for u in users.listing(conn)]
    note = ("<p>Users are added, changed and disabled on the receiver's host: "
            "<code>callwarden-receiver users add NAME --role viewer|auditor|admin</code>, "
            "<code>users disable NAME</code>.</p>")
    return "Users", note + table(["user", "role", "created", "last login", "state"], rows, "users")
