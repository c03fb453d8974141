"""Bearer token on reads and the annotation import; batches keep their signature auth;
no token configured -> 403 even on loopback; the token never reaches the log."""

from __future__ import annotations

import tomllib
import urllib.error
import urllib.request
import uuid
from dataclasses import fields

import pytest

from callwarden.config import ConfigError
from callwarden.receiver import config as rconfig
from callwarden.receiver.auth import token_sha256
from callwarden.wire import batch as wire
from conftest import TEMPLATE_DB, register, run_cli, start_server, stop_server
from rx_util import TOKEN, Appliance, call_events, get, post, post_json

PROTECTED_GETS = ["/v1/calls", f"/v1/calls/{uuid.uuid4()}", "/v1/export/label-studio",
                  "/v1/export/label-studio/config", "/v1/export/preference-pairs", "/v1/report/sla?day=2031-01-01"]


def status_and_headers(url: str, headers: dict[str, str]):
    """(status, response headers: looked up without regard to case, as HTTP has it)."""
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.headers


@pytest.mark.parametrize("path", PROTECTED_GETS)
def test_reads_need_the_token(server, path):
    for headers in ({}, {"Authorization": "Bearer not-the-token"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": "Bearer "}, {"Authorization": TOKEN}):
        status, got = status_and_headers(server.url + path, headers)
        assert status == 401 and got.get("WWW-Authenticate") == 'Bearer realm="callwarden-receiver"', headers
    status, _ = get(server.url, path)
    assert status in (200, 404)  # 404: the random call id


def test_healthz_and_batches_need_no_token(server, appliance):
    assert get(server.url, "/healthz", token=None) == (200, {"ok": True})
    batch = appliance.make(call_events())
    assert post(server.url, wire.encode(batch))[0] == 200  # signed by the appliance, no token
    appliance.accept(batch)


def test_import_needs_the_token(server):
    assert post_json(server.url, "/v1/annotations", b"[]", token=None)[0] == 401
    assert post_json(server.url, "/v1/annotations", b"[]", token="wrong")[0] == 401
    assert post_json(server.url, "/v1/annotations", b"[]") == (200, {
        "annotations": 0, "inserted": 0, "updated": 0, "corrections": 0, "skipped_cancelled": 0,
        "skipped_erased_calls": 0})


@pytest.fixture(scope="module")
def tokenless(pg, tmp_path_factory):
    """A receiver on 127.0.0.1 with no token configured."""
    running = start_server(pg.create_db(f"t_{uuid.uuid4().hex[:12]}", template=TEMPLATE_DB),
                           tmp_path_factory.mktemp("tokenless"), "[receiver]\n")
    yield running
    stop_server(running)


def test_no_token_configured_refuses_reads_even_on_loopback(tokenless, tmp_path):
    for path in PROTECTED_GETS:
        status, body = get(tokenless.url, path)  # any token: there is none to match
        assert status == 403, path
        assert "no API token configured" in body["error"] and "callwarden-receiver token" in body["error"]
        assert "api_token_sha256" in body["error"]
    assert post_json(tokenless.url, "/v1/annotations", b"[]")[0] == 403
    # what keeps working: health and signed batches
    assert get(tokenless.url, "/healthz", token=None)[0] == 200
    app = register(tokenless.dsn, Appliance(tmp_path / "k"))
    assert post(tokenless.url, wire.encode(app.make(call_events())))[0] == 200
    assert "no api_token_sha256 configured" in tokenless.log()


def test_the_token_never_reaches_the_log(pg, tmp_path):
    token = f"secret-{uuid.uuid4().hex}"
    wrong = f"guess-{uuid.uuid4().hex}"
    running = start_server(pg.create_db(f"t_{uuid.uuid4().hex[:12]}", template=TEMPLATE_DB), tmp_path,
                           f'[receiver]\napi_token_sha256 = "{token_sha256(token)}"\n', "--log-level", "debug")
    try:
        for path in PROTECTED_GETS:
            get(running.url, path, token=token)
            get(running.url, path, token=wrong)
        post_json(running.url, "/v1/annotations", b"[]", token=token)
        post_json(running.url, "/v1/annotations", b"{broken", token=token)
        post_json(running.url, "/v1/annotations", b"[]", token=wrong)
    finally:
        stop_server(running)
    log = running.log()
    assert "imported annotations" in log  # the log is being written
    assert token not in log and wrong not in log and token_sha256(token) not in log


def test_token_command_prints_a_token_and_its_config_line(tmp_path):
    done = run_cli("token")
    assert done.returncode == 0
    lines = done.stdout.strip().splitlines()
    token = lines[0].rsplit(" ", 1)[1]
    assert len(token) >= 40
    config = tmp_path / "receiver.toml"
    config.write_text("[receiver]\n" + lines[-1] + "\n")
    assert rconfig.load(config, environ={}).api_token_sha256 == token_sha256(token)
    assert run_cli("token").stdout != done.stdout  # a new one each time


def test_the_token_itself_in_the_config_is_refused(tmp_path):
    config = tmp_path / "receiver.toml"
    config.write_text('[receiver]\napi_token_sha256 = "my-plain-token"\n')
    done = run_cli("--config", str(config), "report", "--day", "2031-01-01", dsn="dbname=x")
    assert done.returncode == 2
    assert done.stderr.strip() == ("callwarden-receiver: receiver.api_token_sha256: expected 64 lower-case hex "
                                   "digits (the line `callwarden-receiver token` prints), not the token itself")


def test_example_config_lists_every_key_with_its_default():
    from pathlib import Path
    import callwarden.receiver
    example = Path(callwarden.receiver.__file__).with_name("receiver.toml")
    commented = [line[2:] for line in example.read_text().splitlines()
                 if line.startswith("# ") and " = " in line
                 and line[2:].split(" = ")[0].isidentifier()]
    values = tomllib.loads("\n".join(commented))
    assert set(values) == {f.name for f in fields(rconfig.ReceiverConfig)}
    loaded = rconfig.load(None, values, environ={})
    assert loaded == rconfig.ReceiverConfig()


def test_config_checks_new_keys():
    with pytest.raises(ConfigError, match="receiver.intents"):
        rconfig.load(None, {"intents": []}, environ={})
    with pytest.raises(ConfigError, match="receiver.intents: expected each entry once"):
        rconfig.load(None, {"intents": ["a", "a"]}, environ={})
    with pytest.raises(ConfigError, match="receiver.alarm_opt_out_rate"):
        rconfig.load(None, {"alarm_opt_out_rate": 15}, environ={})
    with pytest.raises(ConfigError, match="receiver.cost_per_call"):
        rconfig.load(None, {"cost_per_call": -1}, environ={})
    assert rconfig.load(None, {"intents": ["x", "y"]}, environ={}).intents == ("x", "y")
