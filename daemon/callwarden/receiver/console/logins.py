"""Console login attempts: kept for the Audit page, and counted for the lockout.

A user name with console_login_max_failures failed logins since its last good one, or an address
with console_login_max_failures_per_address, within console_login_lockout_s, is refused (429)
without its password being checked, until the oldest failure that counts is that old. Refusals
during a lockout are kept ('locked') but not counted, so the lockout ends on its own. Counting in
PostgreSQL (not in memory) makes it hold across restarts and several receiver processes."""

from __future__ import annotations

from datetime import timedelta

from callwarden.receiver.config import ReceiverConfig

MAX_NAME_CHARS = 64   # what is kept of a typed user name (an unknown one is kept too: it is evidence)


def _wait_s(conn, where: str, value: str, limit: int, window_s: int) -> int | None:
    """Seconds until `value` has fewer than `limit` failures in the window; None when it has."""
    since_good = ("AND at > coalesce((SELECT max(at) FROM console_login_attempts WHERE username = %s "
                  "AND result = 'ok'), '-infinity')") if where == "username" else ""
    args = (value, window_s, *((value,) if since_good else ()), limit)
    row = conn.execute(
        f"SELECT at + make_interval(secs => %s) - now() FROM (SELECT at FROM console_login_attempts "
        f"WHERE {where} = %s AND result = 'failed' AND at > now() - make_interval(secs => %s) {since_good} "
        "ORDER BY at DESC LIMIT %s) f ORDER BY at LIMIT 1 OFFSET %s",
        (window_s, *args, limit - 1)).fetchone()
    if row is None or row[0] <= timedelta(0):
        return None
    return max(1, int(row[0].total_seconds() + 0.999))


def lockout_s(conn, user: str, remote: str, cfg: ReceiverConfig) -> int | None:
    """Seconds this attempt has to wait (the longer of the user's and the address's lockout), or None."""
    waits = [_wait_s(conn, "username", user[:MAX_NAME_CHARS], cfg.console_login_max_failures,
                     cfg.console_login_lockout_s),
             _wait_s(conn, "remote_addr", remote, cfg.console_login_max_failures_per_address,
                     cfg.console_login_lockout_s)]
    conn.rollback()
    found = [w for w in waits if w is not None]
    return max(found) if found else None


def record(conn, user: str, remote: str, result: str) -> None:
    with conn.transaction():
        conn.execute("INSERT INTO console_login_attempts (username, remote_addr, result) VALUES (%s, %s, %s)",
                     (user[:MAX_NAME_CHARS], remote, result))


def recent(conn, *, user: str = "", limit: int = 200) -> list[tuple]:
    rows = conn.execute("SELECT at, username, remote_addr, result FROM console_login_attempts "
                        "WHERE %s = '' OR username = %s ORDER BY at DESC, id DESC LIMIT %s",
                        (user, user[:MAX_NAME_CHARS], limit)).fetchall()
    conn.rollback()
    return rows
