"""The ops console's operational views against a real receiver and PostgreSQL: the version each
appliance runs (from its sync User-Agent), refused forks kept and shown, `verify` runs from the
CLI in the chain status, the login lockout and its audit trail, Label Studio progress per shift,
and the export's progress lines (plain on a pipe, a bar on a terminal).

box-a syncs through the appliance's own TimelineStore and Uploader (so its User-Agent is the real
one); box-b posts signed batches by hand, then a fork and a gap."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import termios
import urllib.error
import urllib.parse
import urllib.request
from datetime import timedelta
from http.cookies import SimpleCookie

import psycopg
import pytest

from callwarden.config import SyncConfig
from callwarden.events import CallEvent
from callwarden.receiver.auth import token_sha256
from callwarden.wire import batch as wire
from callwarden.wire import keys
from callwarden.sync.uploader import Uploader
from callwarden.timeline import TimelineStore
from callwarden.version import version
from conftest import TEMPLATE_DB, receiver_exe, run_cli, start_server, stop_server
from console_util import PASSWORD, gen_call, get_json, post_calls, register, today_utc
from ls_fake import annotation, choice, exported
from rx_util import TOKEN, Appliance, post, post_json

MAX_FAILURES, MAX_PER_ADDRESS, LOCKOUT_S = 3, 4, 600


class Env:
    pass


def sync_through_uploader(url: str, dsn: str, state, name: str, calls: list[list[dict]]) -> None:
    key = keys.load_or_create(state)
    register(dsn, name, keys.public_key_text(key))
    store = TimelineStore(state, outbox=True)
    for call in calls:
        for e in call:
            store.append(CallEvent(**e))
    store.close()
    up = Uploader(SyncConfig(enabled=True, url=url, appliance=name, batch_max_events=50), state, key)
    for _ in range(200):
        if up.step() == "idle":
            return
    raise AssertionError("the outbox did not drain")


@pytest.fixture(scope="module")
def ops(pg, tmp_path_factory):
    work = tmp_path_factory.mktemp("console-ops")
    e = Env()
    e.dsn = pg.create_db("console_ops", template=TEMPLATE_DB)
    for role in ("auditor", "admin"):
        done = subprocess.run([receiver_exe(), "--dsn", e.dsn, "users", "add", f"{role}-user", "--role", role,
                               "--password-stdin"], input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    config = (f'[receiver]\napi_token_sha256 = "{token_sha256(TOKEN)}"\n'
              f"console_login_max_failures = {MAX_FAILURES}\n"
              f"console_login_max_failures_per_address = {MAX_PER_ADDRESS}\n"
              f"console_login_lockout_s = {LOCKOUT_S}\n")
    e.server = start_server(e.dsn, work, config)
    e.url = e.server.url
    e.day = today_utc() - timedelta(days=1)
    # 250 calls: the export of that day reads them in three chunks, so its progress moves.
    sync_through_uploader(e.url, e.dsn, work / "box-a", "box-a", [gen_call(e.day, i) for i in range(250)])
    e.box_b = register_b = Appliance(work / "key-b", name="box-b")
    register(e.dsn, register_b.name, register_b.public_key)
    post_calls(e.url, e.box_b, [gen_call(e.day - timedelta(days=1), i) for i in range(3)])
    yield e
    stop_server(e.server)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Client:
    """A browser's part of the login dance over plain HTTP: the login form's cookie and token, then
    the session cookie."""

    def __init__(self, url: str) -> None:
        self.url, self.cookies = url, {}
        self.opener = urllib.request.build_opener(_NoRedirect)

    def request(self, path: str, form: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())} if self.cookies else {}
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        req = urllib.request.Request(self.url + path, data=data, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as r:
                status, hdrs, body = r.status, r.headers, r.read()
        except urllib.error.HTTPError as err:
            status, hdrs, body = err.code, err.headers, err.read()
        for line in hdrs.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(line).items():
                self.cookies[name] = morsel.value
        return status, hdrs, body.decode()

    def login(self, user: str, password: str):
        self.cookies = {}
        _, _, html = self.request("/console/login")
        token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
        return self.request("/console/login", {"csrf": token, "user": user, "password": password})


def logged_in(e: Env, role: str) -> Client:
    c = Client(e.url)
    status, headers, _ = c.login(f"{role}-user", PASSWORD)
    assert status == 303, status
    return c


def appliance_rows(html: str) -> dict[str, str]:
    """{appliance: its row's HTML} of the Appliances table."""
    body = html.split('<table class="appliances">', 1)[1].split("<tbody>", 1)[1]
    return {re.match(r"<tr><td>([^<]*)</td>", "<tr>" + row).group(1): row for row in body.split("<tr>")[1:]}


def test_version_from_the_sync_user_agent_and_a_refused_fork_stands_out(ops):
    e = ops
    # A fork: batch_seq 0 again with other content; sent twice (the appliance retries), counted twice.
    fork = e.box_b.make(gen_call(e.day, 99), seq=0, prev=wire.GENESIS_HASH)
    for _ in range(2):
        status, body = post(e.url, wire.encode(fork))
        assert status == 409 and body["error"].startswith("fork"), body
    gap = e.box_b.make(gen_call(e.day, 98), seq=e.box_b.seq + 5)
    assert post(e.url, wire.encode(gap))[0] == 409
    with psycopg.connect(e.dsn) as conn:
        kept = conn.execute("SELECT appliance, batch_seq, kind, times FROM chain_conflicts ORDER BY kind").fetchall()
        versions = dict(conn.execute("SELECT name, software_version FROM appliances").fetchall())
    assert kept == [("box-b", 0, "fork", 2), ("box-b", e.box_b.seq + 5, "gap", 1)]
    assert versions == {"box-a": version(), "box-b": None}   # box-b's batches came from urllib, not callwarden
    _, _, html = logged_in(e, "auditor").request("/console/appliances")
    rows = appliance_rows(html)
    assert f'<span class="version" title="reported ' in rows["box-a"] and f">{version()}</span>" in rows["box-a"]
    assert ">unknown</span>" in rows["box-b"]
    assert re.search(r'<span class="bad">[^<]*FORKED', rows["box-b"])
    assert '<span class="bad">2 forks</span> (last at batch_seq 0' in rows["box-b"] and "1 gaps" in rows["box-b"]
    assert "FORKED" not in rows["box-a"] and "<td>none</td>" in rows["box-a"]
    assert "1 forked" in html


def test_cli_verify_runs_show_in_the_consoles_chain_status(ops):
    e = ops
    done = run_cli("verify", "--appliance", "box-a", dsn=e.dsn)
    assert done.returncode == 0, done.stdout + done.stderr
    client = logged_in(e, "auditor")
    row = appliance_rows(client.request("/console/appliances")[2])["box-a"]
    assert re.search(r'<span class="ok">ok</span>, \d+ batches, verified [^<]* by cli \(', row), row
    # An edited row: the CLI names it, and the console shows the same first broken link.
    with psycopg.connect(e.dsn) as conn:
        conn.execute("UPDATE events SET body = jsonb_set(body, '{text}', '\"edited\"') WHERE appliance = 'box-b' "
                     "AND kind = 'utterance.final'")
    done = run_cli("verify", dsn=e.dsn)
    assert done.returncode == 1
    first_b = next(line for line in done.stdout.splitlines() if "'box-b'" in line)
    rows = appliance_rows(client.request("/console/appliances")[2])
    assert "BROKEN CHAIN" in rows["box-b"] and first_b.replace("'", "&#x27;") in rows["box-b"]
    assert "BROKEN" not in rows["box-a"]
    audit = client.request("/console/audit")[2]
    assert "by cli (" in audit
    # --no-record leaves the console's record as it was.
    with psycopg.connect(e.dsn) as conn:
        before = conn.execute("SELECT count(*) FROM console_chain_checks").fetchone()[0]
    assert run_cli("verify", "--no-record", dsn=e.dsn).returncode == 1
    with psycopg.connect(e.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM console_chain_checks").fetchone()[0] == before


def test_failed_logins_lock_out_the_user_then_the_address_and_are_audited(ops):
    e = ops
    c = Client(e.url)
    for _ in range(MAX_FAILURES):
        assert c.login("admin-user", "wrong-password-123")[0] == 403
    status, headers, html = c.login("admin-user", PASSWORD)   # the right password, during the lockout
    assert status == 429 and "Too many failed logins" in html
    assert 0 < int(headers["Retry-After"]) <= LOCKOUT_S
    assert "cw_session" not in c.cookies
    # Another user from the same address: one more failure reaches the address's limit.
    assert c.login("nobody-here", "wrong-password-123")[0] == 403
    status, _, _ = c.login("auditor-user", PASSWORD)
    assert status == 429
    with psycopg.connect(e.dsn) as conn:
        got = conn.execute("SELECT username, result FROM console_login_attempts ORDER BY id").fetchall()
    tail = got[-(MAX_FAILURES + 3):]
    assert tail == ([("admin-user", "failed")] * MAX_FAILURES
                    + [("admin-user", "locked"), ("nobody-here", "failed"), ("auditor-user", "locked")])
    # The lockout ends once the failures are older than the window (aged here rather than waited for).
    with psycopg.connect(e.dsn) as conn:
        conn.execute("UPDATE console_login_attempts SET at = at - make_interval(secs => %s)", (LOCKOUT_S + 1,))
    status, _, _ = c.login("auditor-user", PASSWORD)
    assert status == 303
    html = c.request("/console/audit?user=nobody-here")[2]
    logins = html.split('<table class="logins">', 1)[1]
    assert "nobody-here" in logins and '<span class="bad">failed</span>' in logins and "127.0.0.1" in logins
    html = c.request("/console/audit?user=admin-user")[2].split('<table class="logins">', 1)[1]
    assert html.count('<span class="bad">failed</span>') == MAX_FAILURES and '<span class="bad">locked</span>' in html


def test_label_studio_progress_per_shift(ops):
    e = ops
    tasks = get_json(f"{e.url}/v1/export/label-studio?day={e.day}&percent=100", TOKEN)
    assert len(tasks) == 250
    # Label Studio hands back three calls: two submitted, one skipped.
    done = {tasks[0]["data"]["call_id"]: [annotation(1, [choice("escalation_correct", "yes")])],
            tasks[1]["data"]["call_id"]: [annotation(2, [choice("escalation_correct", "no")])],
            tasks[2]["data"]["call_id"]: [annotation(3, [], cancelled=True)]}
    status, body = post_json(e.url, "/v1/annotations", json.dumps(exported(tasks, done)).encode())
    assert status == 200, body
    _, _, html = logged_in(e, "admin").request(f"/console/annotation?to={e.day}")
    table = html.split('<table class="shifts">', 1)[1].split("</table>", 1)[0]
    rows = [re.findall(r"<td>([^<]*)</td>", tr) for tr in table.split("<tr>")[2:]]
    day_rows = [r for r in rows if r[0] == e.day.isoformat()]
    assert len(day_rows) == 3    # gen_call spreads calls over the day's three shifts

    def total(col: int) -> int:
        return sum(int(r[col]) for r in day_rows)
    assert total(2) == total(3) == total(4) == 250    # calls, in sample (each has a redaction), exported
    assert (total(5), total(6), total(8)) == (3, 2, 2)   # annotated in Label Studio, imported, annotations
    with psycopg.connect(e.dsn) as conn:
        assert conn.execute("SELECT sum(exports) FROM label_studio_progress").fetchone()[0] == 250


def test_export_progress_is_plain_lines_off_a_terminal_and_a_bar_on_one(ops, tmp_path):
    e = ops
    out = tmp_path / "tasks.json"
    done = run_cli("export", "--day", e.day.isoformat(), "--percent", "100", "--out", str(out), dsn=e.dsn)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(out.read_text())) == 250
    lines = done.stderr.splitlines()
    assert "\r" not in done.stderr
    assert lines == [f"export: Label Studio tasks: {n}/250" for n in (100, 200, 250)] + \
        [f"wrote 250 tasks to {out}"]
    # On a terminal: tqdm's bar (carriage returns), and no plain count lines.
    primary, secondary = pty.openpty()
    # A fresh pty is 0 columns wide, and tqdm draws nothing in no room: give it a terminal's size.
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "CALLWARDEN_RECEIVER_DSN"}
    proc = subprocess.Popen([receiver_exe(), "--dsn", e.dsn, "export", "--day", e.day.isoformat(), "--percent",
                             "100", "--out", str(out)], stderr=secondary, stdout=subprocess.DEVNULL, env=env)
    os.close(secondary)
    drawn = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:   # EIO: the child closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    assert proc.wait(timeout=60) == 0
    os.close(primary)
    text = drawn.decode(errors="replace")
    assert "export: Label Studio tasks" in text and "\r" in text and "Label Studio tasks: 100/250" not in text
