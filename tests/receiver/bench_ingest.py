"""Ingest throughput: N signed batches of M events posted to a real receiver on a fresh,
durable PostgreSQL (fsync on). Not a test: `python tests/receiver/bench_ingest.py [--batches N]
[--events M] [--appliances K]`. Batches are built and signed before the clock starts; each
appliance posts its chain strictly in order, as the uploader does; K appliances post in parallel.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import psycopg  # noqa: E402

from callwarden.events import CallEvent  # noqa: E402
from callwarden.receiver import db  # noqa: E402
from callwarden.wire import batch as wire  # noqa: E402
from receiver_pg import PgCluster, free_port  # noqa: E402
from rx_util import Appliance, post  # noqa: E402

EVENTS_PER_CALL = 20


def realistic_events(n: int, call_state: dict) -> list[dict]:
    """Calls of 20 events: start, finals with redaction records, a flag, a route, end."""
    out = []
    for _ in range(n):
        if call_state.get("left", 0) == 0:
            call_state.update(call_id=str(uuid.uuid4()), seq=0, left=EVENTS_PER_CALL)
        cid, seq, left = call_state["call_id"], call_state["seq"], call_state["left"]
        if seq == 0:
            kind, body = "call.start", {"from": "sip:+15550100@pbx", "to": "sip:help@pbx", "sip_call_id": "abc",
                                        "headers": {"X-Customer-Id": "42"}, "codec": "PCMU"}
        elif left == 1:
            kind, body = "call.end", {"reason": "caller_bye", "duration_ms": 61000}
        elif left == 2:
            kind, body = "route", {"action": "auto", "reason": "no flags", "flags": [], "latency_ms": 3}
        elif seq == 5:
            kind, body = "flag", {"type": "frustration", "severity": "warn", "confidence": 0.71, "latency_ms": 240,
                                  "evidence": {"t_start_ms": 9000, "t_end_ms": 11000, "text": "this is useless"}}
        else:
            kind, body = "utterance.final", {
                "text": "I would like to check the balance on card [PCI_PAN] please, it is urgent",
                "t_start_ms": 1000 * seq, "t_end_ms": 1000 * seq + 2400, "confidence": 0.874, "latency_ms": 141,
                "redactions": [{"entity": "pci_pan", "start": 42, "end": 51, "rule": "luhn"}]}
        out.append(CallEvent(cid, seq, 1000 * seq, "2025-03-14T09:30:00.000Z", kind,
                             "caller" if kind == "utterance.final" else "system", body).to_dict())
        call_state.update(seq=seq + 1, left=left - 1)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", type=int, default=200, help="batches per appliance")
    ap.add_argument("--events", type=int, default=500, help="events per batch (the uploader's default)")
    ap.add_argument("--appliances", type=int, default=1)
    args = ap.parse_args()

    cluster = PgCluster(durable=True).start()
    proc = None
    try:
        dsn = cluster.create_db("bench")
        db.migrate(dsn)
        work = Path(tempfile.mkdtemp(prefix="callwarden-bench-"))
        chains = []
        with psycopg.connect(dsn) as conn:
            for i in range(args.appliances):
                app = Appliance(work / f"k{i}", name=f"bench-{i}")
                db.add_appliance(conn, app.name, app.public_key)
                state: dict = {}
                raws = []
                for _ in range(args.batches):
                    batch = app.make(realistic_events(args.events, state))
                    raws.append(wire.encode(batch))
                    app.accept(batch)
                chains.append(raws)
        port = free_port()
        exe = Path(sys.executable).parent / "callwarden-receiver"
        config = work / "receiver.toml"
        config.write_text("[receiver]\nrate_limit_per_s = 0.0\n")  # measures ingest, not the rate limit
        proc = subprocess.Popen([str(exe), "--config", str(config), "--dsn", dsn, "serve", "--port", str(port),
                                 "--log-level", "warning",
                                 "--threads", str(max(4, args.appliances))])
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        errors: list = []

        def drain(raws: list[bytes]) -> None:
            for raw in raws:
                status, answer = post(url, raw, timeout_s=60)
                if status != 200:
                    errors.append((status, answer))
                    return

        threads = [threading.Thread(target=drain, args=(raws,)) for raws in chains]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed_s = time.perf_counter() - t0
        if errors:
            print(f"FAILED: {errors[0]}", file=sys.stderr)
            return 1
        total = args.appliances * args.batches * args.events
        mib = sum(len(r) for c in chains for r in c) / 2**20
        with psycopg.connect(dsn) as conn:
            stored = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert stored == total, (stored, total)
        print(f"{total} events in {args.appliances * args.batches} batches of {args.events} "
              f"({mib:.1f} MiB msgpack, {args.appliances} appliance(s)): {elapsed_s:.2f} s, "
              f"{total / elapsed_s:,.0f} events/s, {args.appliances * args.batches / elapsed_s:.1f} batches/s "
              f"[cpus={os.cpu_count()}, fsync on]")
        return 0
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=10)
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
