"""Receiver fixtures: one real PostgreSQL per session, a migrated template database, fresh
databases cloned from it per test, and `callwarden-receiver serve` as a subprocess."""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/receiver_pg.py
from receiver_pg import PG_BIN, PgCluster, free_port  # noqa: E402

from callwarden.receiver import db  # noqa: E402
from callwarden.receiver.auth import token_sha256  # noqa: E402
from rx_util import TOKEN, Appliance  # noqa: E402

TEMPLATE_DB = "cw_template"
SERVER_MAX_BODY_BYTES = 256 * 1024  # small, so the 413 test sends little
SERVER_MAX_IMPORT_BYTES = 1024 * 1024
# The shared server's config: the test token, and cost inputs the report tests work out by hand.
SERVER_CONFIG = f"""
[receiver]
api_token_sha256 = "{token_sha256(TOKEN)}"
max_import_bytes = {SERVER_MAX_IMPORT_BYTES}
currency = "EUR"
cost_per_call = 0.05
cost_per_minute = 0.5
cost_per_escalation = 4.0
cost_per_ticket = 1.5
"""


def receiver_exe() -> str:
    exe = Path(sys.executable).parent / "callwarden-receiver"
    return str(exe) if exe.exists() else shutil.which("callwarden-receiver") or "callwarden-receiver"


def run_cli(*args: str, dsn: str | None = None, timeout_s: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("CALLWARDEN_RECEIVER_DSN", None)
    cmd = [receiver_exe(), *(["--dsn", dsn] if dsn else []), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s, env=env)


@pytest.fixture(scope="session")
def pg():
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN} (set CALLWARDEN_PG_BIN)")
    cluster = PgCluster().start()
    try:
        template = cluster.create_db(TEMPLATE_DB)
        done = run_cli("migrate", dsn=template)
        assert done.returncode == 0, done.stderr
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def fresh_dsn(pg):
    """A migrated, empty database of this test's own."""
    return pg.create_db(f"t_{uuid.uuid4().hex[:12]}", template=TEMPLATE_DB)


class Server:
    def __init__(self, url: str, dsn: str, proc: subprocess.Popen, log_path: Path, config_path: Path) -> None:
        self.url, self.dsn, self.proc, self.log_path, self.config_path = url, dsn, proc, log_path, config_path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_server(dsn: str, work_dir: Path, config_text: str, *extra: str, ca_file: str | None = None) -> Server:
    """`callwarden-receiver serve` on a free loopback port, with `config_text` as its --config;
    with `ca_file`, the config serves TLS and the readiness check verifies it against that CA."""
    port = free_port()
    log_path = work_dir / "serve.log"
    config_path = work_dir / "receiver.toml"
    config_path.write_text(config_text)
    env = dict(os.environ, CALLWARDEN_RECEIVER_DSN=dsn)  # also covers the env variable path
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen([receiver_exe(), "--config", str(config_path), "serve", "--host", "127.0.0.1",
                                 "--port", str(port), "--threads", "8", *extra],
                                stdout=log_file, stderr=subprocess.STDOUT, env=env)
    url = f"{'https' if ca_file else 'http'}://127.0.0.1:{port}"
    context = ssl.create_default_context(cafile=ca_file) if ca_file else None
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2, context=context) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"receiver did not start: {log_path.read_text(errors='replace')}")
        time.sleep(0.05)
    return Server(url, dsn, proc, log_path, config_path)


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()


@pytest.fixture(scope="session")
def server(pg, tmp_path_factory):
    running = start_server(pg.create_db("cw_server", template=TEMPLATE_DB), tmp_path_factory.mktemp("receiver"),
                           SERVER_CONFIG, "--max-body-bytes", str(SERVER_MAX_BODY_BYTES))
    yield running
    stop_server(running)


def register(dsn: str, appliance: Appliance) -> Appliance:
    with psycopg.connect(dsn) as conn:
        db.add_appliance(conn, appliance.name, appliance.public_key)
    return appliance


@pytest.fixture
def appliance(server, tmp_path):
    """A registered appliance with its own key, on the shared server's database."""
    return register(server.dsn, Appliance(tmp_path / "key"))
