"""A throwaway PostgreSQL 15 cluster for the receiver's tests and benchmark.

initdb/postgres refuse to run as root, so as root they run as the `postgres` system user,
in a temp dir that user owns, on 127.0.0.1 and a free port, with the unix socket in that
dir. The packaged cluster is never touched.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_BIN = Path(os.environ.get("CALLWARDEN_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    """A port no other test takes: the harness's blocks below the ephemeral range (a port the OS
    handed out here could be handed out again before postgres or the receiver binds it)."""
    from callwarden_tools.harness import free_port as reserved
    return reserved(socket.SOCK_STREAM)


class PgCluster:
    def __init__(self, *, durable: bool = False) -> None:
        # durable=False trades crash safety for speed: fine for tests, not for benchmarks.
        self.durable = durable
        self.base: Path | None = None
        self.port = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = list(args)
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done

    def start(self) -> "PgCluster":
        self.base = Path(tempfile.mkdtemp(prefix="callwarden-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres", "postgres")
        data = self.base / "data"
        self._run(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        self.port = free_port()
        opts = [f"-p {self.port}", "-c listen_addresses=127.0.0.1", f"-c unix_socket_directories={self.base}",
                "-c max_connections=100", "-c shared_buffers=128MB"]
        if not self.durable:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(self.base / "postgres.log"), "-w",
                  "-t", "60", "-o", " ".join(opts), "start")
        return self

    def dsn(self, dbname: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}"

    def create_db(self, name: str, template: str | None = None) -> str:
        import psycopg
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.dsn(name)

    def stop(self) -> None:
        if self.base is None:
            return
        try:
            self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.base / "data"), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
            self.base = None
