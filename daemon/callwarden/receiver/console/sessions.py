"""Login sessions: a random token in a cookie, its sha256 in console_sessions with the CSRF
token of the session's forms. A session ends after the idle timeout or the maximum age
(config console_session_idle_s / _max_s), at logout, and when its user is disabled or re-keyed."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

import psycopg

COOKIE = "cw_session"
LOGIN_COOKIE = "cw_login"       # the login form's own CSRF token (double submit: no session yet)


@dataclass(frozen=True)
class Session:
    user: str
    role: str
    csrf: str
    token_sha256: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def create(conn: psycopg.Connection, user: str, idle_s: int, max_s: int) -> str:
    token = new_token()
    with conn.transaction():
        conn.execute("INSERT INTO console_sessions (token_sha256, username, csrf, expires_at) "
                     "VALUES (%s, %s, %s, now() + make_interval(secs => %s))",
                     (_digest(token), user, new_token(), min(idle_s, max_s)))
        conn.execute("UPDATE console_users SET last_login = now() WHERE name = %s", (user,))
        # Expired rows are dropped here, at login, rather than by a timer.
        conn.execute("DELETE FROM console_sessions WHERE expires_at < now()")
    return token


def lookup(conn: psycopg.Connection, token: str | None, idle_s: int, max_s: int) -> Session | None:
    """The live session of `token`, its expiry pushed idle_s past now (never past created + max_s)."""
    if not token or len(token) > 200:
        return None
    with conn.transaction():
        row = conn.execute(
            "UPDATE console_sessions s SET expires_at = least(s.created_at + make_interval(secs => %s), "
            "now() + make_interval(secs => %s)) FROM console_users u "
            "WHERE s.token_sha256 = %s AND u.name = s.username AND s.expires_at > now() AND NOT u.disabled "
            "RETURNING s.username, u.role, s.csrf, s.token_sha256", (max_s, idle_s, _digest(token))).fetchone()
    return Session(*row) if row else None


def end(conn: psycopg.Connection, session: Session) -> None:
    with conn.transaction():
        conn.execute("DELETE FROM console_sessions WHERE token_sha256 = %s", (session.token_sha256,))


def same(expected: str, presented: str) -> bool:
    return bool(expected) and bool(presented) and hmac.compare_digest(expected.encode(), presented.encode())
