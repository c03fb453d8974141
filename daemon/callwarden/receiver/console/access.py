"""The access log: who viewed which call (its page or its recording), when and from where."""

from __future__ import annotations


def record(conn, user: str, role: str, appliance: str, call_id: str, what: str, remote: str) -> None:
    # Written before the page is built: a view that fails half-way is still on record.
    with conn.transaction():
        conn.execute("INSERT INTO console_access_log (username, role, appliance, call_id, what, remote_addr) "
                     "VALUES (%s, %s, %s, %s, %s, %s)", (user, role, appliance, call_id, what, remote))


def recent(conn, *, user: str = "", call_id: str = "", limit: int = 200) -> list[tuple]:
    rows = conn.execute("SELECT at, username, role, appliance, call_id, what, remote_addr FROM console_access_log "
                        "WHERE (%s = '' OR username = %s) AND (%s = '' OR call_id = %s) ORDER BY at DESC, id DESC "
                        "LIMIT %s", (user, user, call_id, call_id, limit)).fetchall()
    conn.rollback()
    return rows
