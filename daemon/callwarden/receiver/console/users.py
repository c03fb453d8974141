"""Console users: names, roles and password hashes in console_users (`callwarden-receiver users`)."""

from __future__ import annotations

import re

import psycopg

from callwarden.receiver.console import passwords

ROLES = ("viewer", "auditor", "admin")   # each may do what the ones before it may
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")


def rank(role: str) -> int:
    return ROLES.index(role) if role in ROLES else -1


def allows(role: str, needed: str) -> bool:
    return rank(role) >= rank(needed) >= 0


def check_name(name: str) -> None:
    if not _NAME.fullmatch(name):
        raise ValueError("user name: expected 1 to 64 letters, digits or . _ @ - (starting with a letter or digit)")


def add(conn: psycopg.Connection, name: str, role: str, password: str, *, replace: bool = False) -> None:
    """Creates a user; `replace` sets a new role and password for an existing one (and ends its sessions)."""
    check_name(name)
    if role not in ROLES:
        raise ValueError(f"role: expected one of {', '.join(ROLES)}")
    hashed = passwords.hash_password(password)
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM console_users WHERE name = %s FOR UPDATE", (name,)).fetchone()
        if exists and not replace:
            raise ValueError(f"user {name!r} exists (use --replace to set a new role and password)")
        conn.execute("INSERT INTO console_users (name, role, password_hash) VALUES (%s, %s, %s) "
                     "ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash, "
                     "disabled = false", (name, role, hashed))
        conn.execute("DELETE FROM console_sessions WHERE username = %s", (name,))


def disable(conn: psycopg.Connection, name: str) -> bool:
    with conn.transaction():
        done = conn.execute("UPDATE console_users SET disabled = true WHERE name = %s", (name,)).rowcount
        conn.execute("DELETE FROM console_sessions WHERE username = %s", (name,))
    return done == 1


def listing(conn: psycopg.Connection) -> list[dict]:
    rows = conn.execute("SELECT name, role, created_at, last_login, disabled FROM console_users ORDER BY name").fetchall()
    conn.rollback()
    return [{"name": r[0], "role": r[1], "created_at": r[2], "last_login": r[3], "disabled": r[4]} for r in rows]


def authenticate(conn: psycopg.Connection, name: str, password: str) -> str | None:
    """The user's role when name and password match an enabled user; None otherwise (same cost)."""
    row = conn.execute("SELECT password_hash, role, disabled FROM console_users WHERE name = %s", (name,)).fetchone()
    conn.rollback()
    if not passwords.verify(row[0] if row else None, password) or row[2]:
        return None
    return row[1]
