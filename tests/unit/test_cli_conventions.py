"""Command-line conventions for people who run both programs: --version prints what is
installed, every option has help, both programs take their common options on either side of
the subcommand, a closed pipe ends a listing quietly, and the version reaches /status and the sync
User-Agent."""

from __future__ import annotations

import argparse
import asyncio
import http.server
import os
import subprocess
import sys
import threading
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from callwarden import cli
from callwarden.receiver import cli as rcli

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
INSTALLED = metadata.version("callwarden")
# `bench` belongs to the benchmark work (its parser is being split into subcommands there).
NOT_HERE = {("callwarden", "bench")}


def run(exe: str, *args: str, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CALLWARDEN_RECEIVER_DSN"}
    return subprocess.run([str(BIN / exe), *args], capture_output=True, text=True, timeout=60, env=env, **kw)


def test_installed_version_is_the_projects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert INSTALLED == project


@pytest.mark.parametrize("exe", ["callwarden", "callwarden-receiver"])
def test_version_option_prints_the_installed_version(exe):
    done = run(exe, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{exe} {INSTALLED}\n"


def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]):
    """(path, action) for every argument of this parser and of its subcommands, recursively."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                if path[:1] + (name,) not in NOT_HERE:
                    yield from walk(child, path + (name,))
        elif not isinstance(action, argparse._HelpAction):
            yield path, action


@pytest.mark.parametrize("build", [cli.build_parser, rcli.build_parser], ids=["callwarden", "callwarden-receiver"])
def test_every_option_and_argument_has_help(build):
    parser = build()
    found = list(walk(parser, (parser.prog,)))
    missing = [" ".join(path) + " " + "/".join(a.option_strings or [a.dest]) for path, a in found
               if not (a.help and a.help.strip()) or a.help == argparse.SUPPRESS]
    assert len(found) > 30 and missing == []


@pytest.mark.parametrize("argv, dsn", [
    (["serve", "--dsn", "after"], "after"),
    (["--dsn", "before", "serve"], "before"),
    (["--dsn", "before", "serve", "--dsn", "after"], "after"),     # the nearer one wins
    (["appliances", "list", "--dsn", "deep", "--json"], "deep"),
    (["report", "--day", "2031-01-02"], None),
])
def test_receiver_common_options_on_either_side_of_the_subcommand(argv, dsn):
    args = rcli.build_parser().parse_args(argv)
    assert args.dsn == dsn and args.config is None


def test_receiver_config_after_the_subcommand_is_read(tmp_path):
    # End to end through the real program: the DSN comes from a --config given after `migrate`,
    # so the error is about connecting to that server, not about arguments or a missing DSN.
    port = 9  # discard: nothing listens there
    conf = tmp_path / "receiver.toml"
    conf.write_text(f'[receiver]\ndsn = "host=127.0.0.1 port={port} user=x dbname=x connect_timeout=2"\n')
    done = run("callwarden-receiver", "migrate", "--config", str(conf))
    assert done.returncode == 1, done.stderr
    assert "cannot connect to PostgreSQL" in done.stderr and f"port {port}" in done.stderr


@pytest.mark.parametrize("argv, state_dir, sets", [
    (["calls", "--state-dir", "after"], "after", []),
    (["--state-dir", "before", "calls"], "before", []),
    (["--state-dir", "before", "calls", "--state-dir", "after"], "after", []),     # the nearer one wins
    (["--set", "a.b=1", "timeline", "x", "--set", "c.d=2"], None, ["a.b=1", "c.d=2"]),   # --set adds up
    (["status", "--json"], None, []),
])
def test_appliance_config_options_on_either_side_of_the_subcommand(argv, state_dir, sets):
    args = cli.build_parser().parse_args(argv)
    assert args.state_dir == state_dir and args.config is None
    assert (args.set_before or []) + (args.set or []) == sets


def test_appliance_options_before_the_subcommand_reach_it(tmp_path):
    from callwarden import events as ev
    from callwarden.events import CallClock
    from callwarden.timeline import TimelineStore
    store = TimelineStore(tmp_path)
    store.append(CallClock().event(ev.CALL_START, "system", {"from": "sip:a@x", "to": "sip:b@y"}))
    store.close()
    before = run("callwarden", "--state-dir", str(tmp_path), "calls", "--json")
    after = run("callwarden", "calls", "--json", "--state-dir", str(tmp_path))
    assert before.returncode == 0 and after.returncode == 0, before.stderr + after.stderr
    assert before.stdout == after.stdout and "sip:a@x" in before.stdout
    # A command that reads no config says so instead of ignoring them.
    done = run("callwarden", "--state-dir", str(tmp_path), "models", "list")
    assert done.returncode == 2 and "do not apply to `models`" in done.stderr


def closed_pipe_run(exe: str, *args: str) -> subprocess.CompletedProcess:
    """Run with stdout a pipe whose reader is already gone: the first write hits EPIPE, as
    `| head` does once it has its lines, without depending on how fast head is."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        env = {k: v for k, v in os.environ.items() if k != "CALLWARDEN_RECEIVER_DSN"}
        return subprocess.run([str(BIN / exe), *args], stdout=write_end, stderr=subprocess.PIPE, text=True,
                              timeout=60, env=env)
    finally:
        os.close(write_end)


def test_calls_into_a_closed_pipe_ends_quietly(tmp_path):
    from callwarden import events as ev
    from callwarden.events import CallClock
    from callwarden.timeline import TimelineStore
    store = TimelineStore(tmp_path)
    store.append(CallClock().event(ev.CALL_START, "system", {"from": "sip:a@x", "to": "sip:b@y"}))
    store.close()
    for args in (["calls"], ["calls", "--json"]):
        done = closed_pipe_run("callwarden", *args, "--state-dir", str(tmp_path))
        assert (done.returncode, done.stderr) == (141, ""), done.stderr


def test_receiver_output_into_a_closed_pipe_ends_quietly():
    done = closed_pipe_run("callwarden-receiver", "token")
    assert (done.returncode, done.stderr) == (141, ""), done.stderr


def test_status_carries_the_version():
    from callwarden.admin.metrics import Metrics
    from callwarden.runtime.status_report import snapshot
    from callwarden.config import from_dict
    from callwarden.status import render

    class Space:
        def snapshot(self):
            return {"ok": True, "path": "/x", "free_mb": 1000.0, "min_free_mb": 256}

    st = asyncio.run(snapshot(from_dict({}), {"phase": "running", "ok": True}, 0.0, None, None, None, None,
                              Metrics(), Space()))
    assert st["version"] == INSTALLED
    assert render(st, {"enabled": False}).startswith(f"callwarden {INSTALLED}: running")


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        _Recorder.seen.append(self.headers.get("User-Agent"))
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_sync_user_agent_names_the_version(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from callwarden.config import SyncConfig
    from callwarden.sync.uploader import Uploader
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        up = Uploader(SyncConfig(enabled=True, url=url, appliance="ua-test", insecure_transport=True), tmp_path,
                      Ed25519PrivateKey.generate())
        status, _ = up._post(b"not a batch")
    finally:
        server.shutdown()
    assert status == 503 and _Recorder.seen == [f"callwarden/{INSTALLED}"]
