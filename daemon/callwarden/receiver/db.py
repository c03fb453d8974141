"""PostgreSQL access: connections, a small pool for `serve`, SQL-file migrations, appliances."""

from __future__ import annotations

import queue
from contextlib import contextmanager
from importlib import resources
from typing import Iterator

import psycopg

from callwarden.wire import keys

MIGRATIONS_PACKAGE = "callwarden.receiver.migrations"
# Arbitrary constant: serialises concurrent `migrate` runs against one database.
MIGRATE_LOCK_ID = 0x63_77_6D_67


class DbError(Exception):
    """A database problem worth one line to the operator."""


def connect(dsn: str, *, autocommit: bool = False) -> psycopg.Connection:
    try:
        return psycopg.connect(dsn, autocommit=autocommit, connect_timeout=10,
                               application_name="callwarden-receiver")
    except psycopg.Error as e:
        raise DbError(f"cannot connect to PostgreSQL: {str(e).strip().splitlines()[0]}") from None


class Pool:
    """Keeps up to `size` idle connections; hands out a fresh one when none is idle.

    server.py serves each connection on one of a fixed set of threads, so at most `threads`
    connections exist at once. A connection that broke (server restart) is dropped."""

    def __init__(self, dsn: str, size: int) -> None:
        self.dsn = dsn
        self._idle: queue.LifoQueue[psycopg.Connection] = queue.LifoQueue(maxsize=size)

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = connect(self.dsn)
        try:
            yield conn
            conn.rollback()  # leave nothing open between requests
        except BaseException:
            if not conn.closed:
                try:
                    conn.rollback()
                except psycopg.Error:
                    conn.close()
            raise
        finally:
            if conn.closed or conn.broken:
                pass
            else:
                try:
                    self._idle.put_nowait(conn)
                except queue.Full:
                    conn.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def migration_files() -> list[tuple[str, str]]:
    """(version, sql) for every migrations/NNN_*.sql, in name order."""
    folder = resources.files(MIGRATIONS_PACKAGE)
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(name.removesuffix(".sql"), folder.joinpath(name).read_text(encoding="utf-8")) for name in names]


def _applied(conn: psycopg.Connection) -> set[str]:
    exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return set()
    return {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}


def pending_migrations(conn: psycopg.Connection) -> list[str]:
    done = _applied(conn)
    conn.rollback()
    return [v for v, _ in migration_files() if v not in done]


def migrate(dsn: str) -> list[str]:
    """Applies every pending migration, each in its own transaction; returns the versions applied."""
    applied: list[str] = []
    with connect(dsn) as conn:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATE_LOCK_ID,))
        try:
            with conn.transaction():
                conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             "version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            for version, sql in migration_files():
                with conn.transaction():
                    if version in _applied(conn):
                        continue
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (version,))
                applied.append(version)
        except psycopg.Error as e:
            raise DbError(f"migration failed: {str(e).strip().splitlines()[0]}") from None
        finally:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATE_LOCK_ID,))
    return applied


def add_appliance(conn: psycopg.Connection, name: str, public_key: str, *, replace: bool = False) -> None:
    """Registers an appliance; re-keying an existing one needs replace=True (it is a security event)."""
    if not name or len(name) > 200 or "\x00" in name:
        raise ValueError("appliance name: expected 1 to 200 characters")
    try:
        keys.public_key_from_text(public_key)
    except ValueError as e:
        raise ValueError(f"public key: expected base64 of a raw 32-byte Ed25519 key ({e})") from None
    with conn.transaction():
        old = conn.execute("SELECT public_key FROM appliances WHERE name = %s FOR UPDATE", (name,)).fetchone()
        if old and old[0] != public_key.strip() and not replace:
            raise ValueError(f"appliance {name!r} is already registered with another key (use --replace)")
        # One key, one appliance: a shared key (a cloned disk image) would let either sign as the other.
        other = conn.execute("SELECT name FROM appliances WHERE public_key = %s AND name <> %s",
                             (public_key.strip(), name)).fetchone()
        if other:
            raise ValueError(f"this public key is already registered to appliance {other[0]!r}: each appliance "
                             "needs its own key (on a cloned box, delete its appliance.key and restart callwarden)")
        conn.execute("INSERT INTO appliances (name, public_key) VALUES (%s, %s) "
                     "ON CONFLICT (name) DO UPDATE SET public_key = EXCLUDED.public_key",
                     (name, public_key.strip()))


def list_appliances(conn: psycopg.Connection) -> list[dict]:
    rows = conn.execute(
        "SELECT a.name, a.public_key, a.added_at, count(b.batch_seq), max(b.batch_seq), max(b.received_at) "
        "FROM appliances a LEFT JOIN batches b ON b.appliance = a.name GROUP BY a.name ORDER BY a.name").fetchall()
    conn.rollback()
    return [{"name": r[0], "public_key": r[1], "added_at": r[2].isoformat(), "batches": r[3],
             "last_batch_seq": r[4], "last_received_at": r[5].isoformat() if r[5] else None} for r in rows]
