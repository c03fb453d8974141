"""Ops console page times on a real volume: 10 appliances, 20,000 calls, 1,000,000 events over
28 days in a fresh PostgreSQL (plus 1,000 annotations and 2,000 access-log rows), served by
`callwarden-receiver serve`. Not a test: figures are measured, never asserted.

    flock /tmp/callwarden-bench.lock .venv/bin/python -m tests.bench.console [--rounds 30] [--json]

The volume is written by SQL (generate_series), then VACUUM ANALYZE, as a long-running receiver's
autovacuum would leave it. Each page is asked `--rounds` times over one kept-alive HTTP/1.1
connection on loopback, logged in as an admin (the role that sees the most); the time is from
sending the request to the last byte of the answer, so it is the server's time plus loopback.
The SLA page: how long `serve` takes at start to prepare its default range in the background;
one view with no day's report kept (the calls' facts kept) and one with nothing kept (every
event read); views with nothing changed ("warm"); and views after the last day's report went
stale (as it does all day under live ingest: that day is summed again on each view).
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests")]

import psycopg  # noqa: E402

from callwarden.receiver import db  # noqa: E402
from receiver_pg import PgCluster, free_port  # noqa: E402

APPLIANCES, CALLS, EVENTS_PER_CALL, DAYS = 10, 20_000, 50, 28
PASSWORD = "bench-console-password"
LAST_DAY = "2026-11-28"

FILL = f"""
INSERT INTO appliances (name, public_key, head_seq)
SELECT 'site-' || a, encode(sha256(('k' || a)::bytea), 'base64'), {CALLS // APPLIANCES // 10 - 1}
FROM generate_series(0, {APPLIANCES - 1}) a;
INSERT INTO batches (appliance, batch_seq, prev_hash, hash, sig, n_events, version, content_hash, received_at)
SELECT 'site-' || a, b, 'p', 'h', 's', {10 * EVENTS_PER_CALL}, 2, 'c',
       now() - ({CALLS // APPLIANCES // 10 - 1} - b) * interval '20 minutes'
FROM generate_series(0, {APPLIANCES - 1}) a, generate_series(0, {CALLS // APPLIANCES // 10 - 1}) b;
INSERT INTO calls (appliance, call_id, from_uri, to_uri, started, ended, duration_ms, end_reason, utterances, flags,
                   critical_flags, redactions, last_route_action, last_route_seq, n_events)
SELECT 'site-' || a, 'call-' || a || '-' || c, 'sip:h-' || substr(md5(c::text), 1, 16) || '@pbx', 'sip:help@pbx',
       timestamptz '{LAST_DAY}T00:00:00Z' - interval '{DAYS - 1} days'
         + (c * interval '{DAYS * 86400 // (CALLS // APPLIANCES)} seconds'),
       timestamptz '{LAST_DAY}T00:02:00Z' - interval '{DAYS - 1} days'
         + (c * interval '{DAYS * 86400 // (CALLS // APPLIANCES)} seconds'),
       30000 + 97 * (c % 1000), (ARRAY['caller_bye', 'agent_end', 'transfer'])[1 + c % 3], 24, 1 + (c % 9 = 0)::int,
       (c % 50 = 0)::int, c % 4, (ARRAY['auto', 'auto', 'auto', 'escalate', 'ticket', 'end'])[1 + c % 6], 48,
       {EVENTS_PER_CALL}
FROM generate_series(0, {APPLIANCES - 1}) a, generate_series(0, {CALLS // APPLIANCES - 1}) c;
INSERT INTO events (appliance, call_id, seq, batch_seq, batch_idx, t_ms, wall, kind, leg, body)
SELECT 'site-' || a, 'call-' || a || '-' || c, s, c / 10, (c % 10) * {EVENTS_PER_CALL} + s, 1000 * s,
       '{LAST_DAY}T00:00:00.000Z',
       CASE WHEN s = 0 THEN 'call.start' WHEN s = 49 THEN 'call.end' WHEN s = 48 THEN 'route'
            WHEN s IN (9, 30) AND (s = 9 OR c % 9 = 0) THEN 'flag' WHEN s = 47 AND c % 6 = 3 THEN 'transfer'
            WHEN s % 2 = 0 THEN 'tts.start' ELSE 'utterance.final' END,
       CASE WHEN s % 2 = 1 THEN 'caller' WHEN s % 2 = 0 AND s NOT IN (0, 9, 30, 47, 48) THEN 'agent' ELSE 'system' END,
       CASE WHEN s = 0 THEN jsonb_build_object('from', 'sip:h-00@pbx', 'to', 'sip:help@pbx', 'codec', 'PCMU')
            WHEN s = 49 THEN jsonb_build_object('reason', 'caller_bye', 'duration_ms', 30000)
            WHEN s = 48 THEN jsonb_build_object('action', (ARRAY['auto', 'auto', 'auto', 'escalate', 'ticket',
                                                                 'end'])[1 + c % 6], 'reason', 'bench', 'latency_ms', 3)
            WHEN s IN (9, 30) AND (s = 9 OR c % 9 = 0) THEN jsonb_build_object(
                 'type', (ARRAY['frustration', 'opt_out', 'pci', 'escalation_request', 'distress', 'complaint',
                                'silence'])[1 + (c + s) % 7], 'severity', 'warn', 'confidence', 0.8,
                 'latency_ms', 150 + (c * 7 + s) % 400, 'evidence', jsonb_build_object('text', 'card [PCI_PAN] please'))
            WHEN s = 47 AND c % 6 = 3 THEN jsonb_build_object('target', 'sip:queue@pbx', 'result', 'ok')
            WHEN s % 2 = 1 THEN jsonb_build_object('text', 'I would like to pay with card [PCI_PAN] today',
                 't_start_ms', 1000 * s, 't_end_ms', 1000 * s + 900, 'confidence', 0.9,
                 'latency_ms', 90 + (c * 13 + s) % 150, 'redactions', '[]'::jsonb)
            ELSE jsonb_build_object('text', 'Thank you, one moment please.') END
FROM generate_series(0, {APPLIANCES - 1}) a, generate_series(0, {CALLS // APPLIANCES - 1}) c,
     generate_series(0, {EVENTS_PER_CALL - 1}) s;
INSERT INTO annotations (project, annotation_id, appliance, call_id, annotator, escalation_correct, sentiment, result,
                         annotated_at)
SELECT '1', 'ann-' || n, 'site-' || (n % {APPLIANCES}), 'call-' || (n % {APPLIANCES}) || '-' || (n * 2),
       '7', n % 5 <> 0, 'neutral',
       jsonb_build_array(jsonb_build_object('from_name', 'flags', 'value',
                         jsonb_build_object('choices', jsonb_build_array('frustration')))), now()
FROM generate_series(0, 999) n;
INSERT INTO console_access_log (username, role, appliance, call_id, what, at)
SELECT 'ops-' || (n % 5), 'viewer', 'site-' || (n % {APPLIANCES}), 'call-' || (n % {APPLIANCES}) || '-' || n, 'timeline',
       now() - n * interval '1 minute'
FROM generate_series(0, 1999) n;
"""


def login(conn: http.client.HTTPConnection) -> str:
    conn.request("GET", "/console/login")
    r = conn.getresponse()
    html = r.read().decode()
    token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    login_cookie = r.getheader("Set-Cookie").split(";")[0]
    body = urlencode({"csrf": token, "user": "bench-admin", "password": PASSWORD})
    conn.request("POST", "/console/login", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                  "Cookie": login_cookie})
    r = conn.getresponse()
    r.read()
    assert r.status == 303, r.status
    return [c for c in r.headers.get_all("Set-Cookie") if c.startswith("cw_session=")][0].split(";")[0]


def timed(conn: http.client.HTTPConnection, path: str, cookie: str) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    conn.request("GET", path, headers={"Cookie": cookie})
    r = conn.getresponse()
    body = r.read()
    return (time.perf_counter() - t0) * 1000, r.status, len(body)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, int(-(-p * len(ordered) // 100)) - 1)], 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    say = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    cluster = PgCluster(durable=True).start()
    proc = None
    try:
        dsn = cluster.create_db("bench")
        db.migrate(dsn)
        t0 = time.monotonic()
        with psycopg.connect(dsn, autocommit=True) as c:
            c.execute(FILL)
            c.execute("VACUUM ANALYZE")
            counts = c.execute("SELECT (SELECT count(*) FROM appliances), (SELECT count(*) FROM calls), "
                               "(SELECT count(*) FROM events)").fetchone()
        say(f"filled {counts[0]} appliances, {counts[1]} calls, {counts[2]} events in {time.monotonic() - t0:.0f} s")
        exe = str(Path(sys.executable).parent / "callwarden-receiver")
        subprocess.run([exe, "--dsn", dsn, "users", "add", "bench-admin", "--role", "admin", "--password-stdin"],
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True)
        work = Path(tempfile.mkdtemp(prefix="callwarden-bench-console-"))
        (work / "r.toml").write_text("[receiver]\nconsole_trend_days = 28\ncost_per_call = 0.05\n")
        port = free_port()
        log = open(work / "serve.log", "wb")
        proc = subprocess.Popen([exe, "--config", str(work / "r.toml"), "--dsn", dsn, "serve", "--port", str(port)],
                                stdout=log, stderr=subprocess.STDOUT)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for _ in range(100):
            try:
                cookie = login(conn)
                break
            except (ConnectionError, OSError):
                conn.close()
                time.sleep(0.2)
        day = "2026-11-20"
        pages = {
            "appliances": "/console/appliances",
            "calls (no filter)": "/console/calls",
            "calls (day)": f"/console/calls?day={day}",
            "calls (day, route escalate)": f"/console/calls?day={day}&route=escalate",
            "calls (flag opt_out, all days)": "/console/calls?flag=opt_out",
            "calls (appliance, day, flag, duration)": f"/console/calls?appliance=site-3&day={day}&flag=distress&min_s=60",
            "call page": "/console/calls/site-4/call-4-1234",
            "sla (28 days, warm)": "/console/sla",
            "sla.csv (flags, 28 days)": "/console/sla.csv?chart=flags&period=day",
            "annotation (7 days)": "/console/annotation",
            "audit": "/console/audit",
            "users": "/console/users",
        }
        # serve works the SLA page's default range out in the background at start (console/warm.py).
        while b"console: SLA page ready" not in (work / "serve.log").read_bytes():
            time.sleep(0.5)
        ready = re.search(rb"SLA page ready for \S+ to \S+ in ([0-9.]+) s", (work / "serve.log").read_bytes())
        warm_s = float(ready.group(1))
        cold = {}
        for what, tables in (("sla_first_view_facts_kept_ms", "console_report_cache"),
                             ("sla_first_view_nothing_kept_ms", "console_report_cache, console_call_facts")):
            with psycopg.connect(dsn, autocommit=True) as c:
                c.execute(f"TRUNCATE {tables}")
            cold[what], status, _ = timed(conn, "/console/sla", cookie)
            assert status == 200, status
        results = {"volume": {"appliances": counts[0], "calls": counts[1], "events": counts[2]},
                   "sla_prepared_at_start_s": warm_s, **{k: round(v, 1) for k, v in cold.items()}, "pages": {}}
        for name, path in pages.items():
            times = []
            for _ in range(args.rounds):
                ms, status, size = timed(conn, path, cookie)
                assert status == 200, (name, status)
                times.append(ms)
            results["pages"][name] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95), "bytes": size}
        # Live ingest changes the last day's calls all day: its report is recomputed on each view.
        times = []
        with psycopg.connect(dsn, autocommit=True) as c:
            for _ in range(args.rounds):
                c.execute("UPDATE console_report_cache SET fingerprint = 'changed' WHERE day = %s", (LAST_DAY,))
                ms, status, size = timed(conn, "/console/sla", cookie)
                assert status == 200, status
                times.append(ms)
        results["pages"]["sla (28 days, last day changed)"] = {"p50_ms": pct(times, 50), "p95_ms": pct(times, 95),
                                                              "bytes": size}
        conn.close()    # an open keep-alive connection would hold a server thread past SIGTERM
        if args.json:
            print(json.dumps(results, indent=1))
        else:
            say(f"SLA page's 28 days prepared in the background at serve start: {warm_s:.1f} s")
            say(f"SLA page, first view with no day's report kept (calls' facts kept): "
                f"{cold['sla_first_view_facts_kept_ms']:.0f} ms; with nothing kept: "
                f"{cold['sla_first_view_nothing_kept_ms']:.0f} ms")
            say(f"{'page':42s} {'p50 ms':>8s} {'p95 ms':>8s} {'KiB':>6s}")
            for name, r in results["pages"].items():
                say(f"{name:42s} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['bytes'] / 1024:6.0f}")
        return 0
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
