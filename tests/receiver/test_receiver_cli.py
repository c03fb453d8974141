"""`callwarden-receiver` argument handling, appliances, config errors: one line, right exit code."""

from __future__ import annotations

import json
import uuid

import pytest

from callwarden.config import ConfigError
from callwarden.receiver import config as rconfig
from conftest import free_port, run_cli
from rx_util import Appliance


@pytest.mark.parametrize("args", [[], ["frobnicate"], ["appliances"], ["appliances", "add", "onlyname"],
                                  ["report", "--day", "2025-02-30"], ["export", "--percent", "150"],
                                  ["serve", "--port", "http"], ["import-annotations"],
                                  ["export", "--preference-pairs", "--label-config"],
                                  ["export", "--preference-pairs", "--percent", "5"]])
def test_bad_arguments_exit_2_with_one_line(args):
    done = run_cli(*args)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "error" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_dsn_is_a_config_error():
    done = run_cli("verify")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "callwarden-receiver: receiver.dsn: expected a PostgreSQL connection string "
        "(--dsn or CALLWARDEN_RECEIVER_DSN)"]


def test_unreachable_database_is_one_line():
    done = run_cli("migrate", dsn=f"host=127.0.0.1 port={free_port()} user=postgres dbname=x connect_timeout=2")
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "cannot connect to PostgreSQL" in done.stderr


def test_config_file_errors_name_the_key(tmp_path):
    bad = tmp_path / "receiver.toml"
    bad.write_text("[receiver]\nport = 99999\n")
    done = run_cli("--config", str(bad), "verify")
    assert done.returncode == 2 and "receiver.port: expected a value from 1 to 65535" in done.stderr
    bad.write_text("[receiver]\ncolour = 'blue'\n")
    assert "receiver.colour: unknown key" in run_cli("--config", str(bad), "verify").stderr


def test_config_layers():
    cfg = rconfig.load(None, {"port": 9000}, environ={"CALLWARDEN_RECEIVER_DSN": "dbname=a"})
    assert (cfg.dsn, cfg.port, cfg.max_body_bytes) == ("dbname=a", 9000, 8 * 1024 * 1024)
    assert rconfig.load(None, {"dsn": "dbname=b"}, environ={"CALLWARDEN_RECEIVER_DSN": "dbname=a"}).dsn == "dbname=b"
    with pytest.raises(ConfigError, match="receiver.max_body_bytes"):
        rconfig.load(None, {"max_body_bytes": True}, environ={})


def test_migrate_is_idempotent(fresh_dsn):
    done = run_cli("migrate", dsn=fresh_dsn)
    assert (done.returncode, done.stdout.strip()) == (0, "schema is current")


def test_serve_refuses_an_unmigrated_database(pg):
    dsn = pg.create_db(f"raw_{uuid.uuid4().hex[:8]}")
    done = run_cli("serve", "--port", str(free_port()), dsn=dsn, timeout_s=20)
    assert done.returncode == 1
    assert "run `callwarden-receiver migrate` first" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_appliances_add_and_list(fresh_dsn, tmp_path):
    one = Appliance(tmp_path / "one", name="edge-1")
    other = Appliance(tmp_path / "other")
    done = run_cli("appliances", "add", "edge-1", one.public_key, dsn=fresh_dsn)
    assert (done.returncode, done.stdout.strip()) == (0, "appliance edge-1 registered")
    # re-keying is refused unless asked for
    done = run_cli("appliances", "add", "edge-1", other.public_key, dsn=fresh_dsn)
    assert done.returncode == 1 and "--replace" in done.stderr
    assert run_cli("appliances", "add", "edge-1", other.public_key, "--replace", dsn=fresh_dsn).returncode == 0
    done = run_cli("appliances", "add", "edge-2", "bm90IGEga2V5", dsn=fresh_dsn)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "public key" in done.stderr

    listed = json.loads(run_cli("appliances", "list", "--json", dsn=fresh_dsn).stdout)
    assert [(a["name"], a["public_key"], a["batches"]) for a in listed] == [("edge-1", other.public_key, 0)]
    table = run_cli("appliances", "list", dsn=fresh_dsn).stdout
    assert "edge-1" in table and other.public_key in table


def _call_app(app, method: str, path: str, query: str = "", authorization: str | None = None) -> tuple[str, dict]:
    import io
    seen = {}

    def start_response(status, headers):
        seen["status"] = status
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "wsgi.input": io.BytesIO(b"")}
    if authorization is not None:
        environ["HTTP_AUTHORIZATION"] = authorization
    body = b"".join(app(environ, start_response))
    return seen["status"], json.loads(body)


def test_wsgi_app_answers_503_when_the_database_is_away_and_405_on_wrong_methods():
    from callwarden.receiver.app import ReceiverApp
    from callwarden.receiver.db import Pool
    from callwarden.receiver.auth import token_sha256
    cfg = rconfig.load(None, {"api_token_sha256": token_sha256("t0k3n")}, environ={})
    app = ReceiverApp(cfg, Pool(f"host=127.0.0.1 port={free_port()} user=x dbname=x connect_timeout=2", 1))
    assert _call_app(app, "GET", "/healthz") == ("503 Service Unavailable", {"error": "database unavailable"})
    assert _call_app(app, "GET", "/v1/batches")[0] == "405 Method Not Allowed"
    assert _call_app(app, "DELETE", "/v1/calls", authorization="Bearer t0k3n")[0] == "405 Method Not Allowed"
    assert _call_app(app, "GET", "/v1/annotations", authorization="Bearer t0k3n")[0] == "405 Method Not Allowed"
    assert _call_app(app, "GET", "/v1/calls", authorization="Bearer t0k3n")[0] == "503 Service Unavailable"
    # the token is checked before the method or the database
    assert _call_app(app, "DELETE", "/v1/calls")[0] == "401 Unauthorized"
    assert _call_app(app, "POST", "/v1/batches")[0] == "415 Unsupported Media Type"
