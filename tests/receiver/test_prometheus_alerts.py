"""Debian's real `prometheus` scraping a running daemon (through [admin] metrics_address) and a running
receiver, with the shipped rules (packaging/prometheus/callwarden-rules.yml) on a test's time
scale: each fault caused for real makes its alert fire, read back from /api/v1/alerts.

  chain fork        a batch signed with the appliance's own key that does not extend its chain
  sync backlog      the receiver stopped, then a real SIP call: its events pile up in the outbox
  appliance down    the daemon stopped

The rules are the shipped expressions with `for:` at 0 and every range window at RANGE (the
shipped windows are minutes to a day); prometheus scrapes and evaluates every second.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest
import yaml

from callwarden_tools.harness import Daemon
from callwarden.receiver import db
from callwarden.wire import batch as wire
from callwarden.wire import keys
from conftest import TEMPLATE_DB, start_server, stop_server
from helpers import metric_value, run_sipp
from receiver_pg import free_port
from rx_util import call_events, post

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "packaging" / "prometheus" / "callwarden-rules.yml"
PROMETHEUS = shutil.which("prometheus")
RANGE = "60s"     # long enough that a rise stays in the window while the test polls for the alert
WAIT_S = 90.0       # a generous bound on a loaded 2-core box; each wait ends as soon as the alert fires

pytestmark = pytest.mark.skipif(PROMETHEUS is None or shutil.which("sipp") is None,
                                reason="prometheus or sipp not installed (scripts/setup)")


def rules_on_test_scale(path: Path) -> Path:
    """The shipped rules, same expressions, on a test's time scale."""
    rules = yaml.safe_load(RULES.read_text())
    for group in rules["groups"]:
        group["interval"] = "1s"
        for rule in group["rules"]:
            rule["for"] = "0s"
            rule["expr"] = re.sub(r"\[\d+[smhd]\]", f"[{RANGE}]", rule["expr"])
    path.write_text(yaml.safe_dump(rules))
    return path


class Prometheus:
    def __init__(self, work: Path, targets: dict[str, str]) -> None:
        work.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = {"global": {"scrape_interval": "1s", "evaluation_interval": "1s", "scrape_timeout": "1s"},
                  "rule_files": [str(rules_on_test_scale(work / "rules.yml"))],
                  "scrape_configs": [{"job_name": job, "static_configs": [{"targets": [target]}]}
                                     for job, target in targets.items()]}
        (work / "prometheus.yml").write_text(yaml.safe_dump(config))
        self.log_path = work / "prometheus.log"
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen([PROMETHEUS, f"--config.file={work / 'prometheus.yml'}",
                                          f"--storage.tsdb.path={work / 'data'}",
                                          f"--web.listen-address=127.0.0.1:{self.port}", "--log.level=warn"],
                                         stdout=log, stderr=subprocess.STDOUT)
        self.wait_for(lambda: self._get("/-/ready") is not None, "prometheus ready")

    def _get(self, path: str):
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as r:
                body = r.read()
                return json.loads(body) if path.startswith("/api/") else body
        except OSError:
            return None

    def up(self) -> dict[str, float]:
        found = self._get("/api/v1/query?query=up") or {"data": {"result": []}}
        return {r["metric"]["job"]: float(r["value"][1]) for r in found["data"]["result"]}

    def firing(self) -> set[str]:
        found = self._get("/api/v1/alerts") or {"data": {"alerts": []}}
        return {a["labels"]["alertname"] for a in found["data"]["alerts"] if a["state"] == "firing"}

    def has_sample(self, query: str) -> bool:
        found = self._get("/api/v1/query?query=" + urllib.request.quote(query)) or {"data": {"result": []}}
        return bool(found["data"]["result"])

    def wait_for(self, predicate, what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not predicate():
            if self.proc.poll() is not None:
                raise AssertionError(f"prometheus exited: {self.log_path.read_text(errors='replace')[-2000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not seen within {WAIT_S:.0f} s (firing: {self.firing()}, "
                                     f"up: {self.up()})")
            time.sleep(0.25)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def test_shipped_rules_fire_on_a_chain_fork_a_growing_sync_backlog_and_a_stopped_appliance(pg, tmp_path):
    name = f"box-{uuid.uuid4().hex[:6]}"
    state = tmp_path / "state"
    key = keys.load_or_create(state)
    receiver = start_server(pg.create_db(f"prom_{uuid.uuid4().hex[:8]}", template=TEMPLATE_DB),
                            tmp_path, "[receiver]\n")
    with psycopg.connect(receiver.dsn) as conn:
        db.add_appliance(conn, name, keys.public_key_text(key))
    metrics_port = free_port()
    daemon = Daemon(state, extra=["--set", "sync.enabled=true", "--set", f'sync.url="{receiver.url}"',
                                  "--set", f'sync.appliance="{name}"', "--set", "sync.retry_max_s=1",
                                  "--set", f'admin.metrics_address="127.0.0.1:{metrics_port}"'])
    prometheus = None
    try:
        daemon.start()
        prometheus = Prometheus(tmp_path / "prom", {"callwarden": f"127.0.0.1:{metrics_port}",
                                                    "callwarden-receiver": receiver.url.split("//")[1]})
        prometheus.wait_for(lambda: prometheus.up() == {"callwarden": 1.0, "callwarden-receiver": 1.0},
                            "both targets up")
        # The fork alert needs the verify counters' 0 before the fork, as in production.
        prometheus.wait_for(lambda: prometheus.has_sample('callwarden_receiver_batch_verify_total{result="fork"}'),
                            "the receiver's verify counters scraped")
        assert prometheus.firing() == set()

        # A chain fork: the appliance's own key, a batch 0 that does not start from the genesis hash.
        forged = wire.make_batch(key, name, 0, "ab" * 32, call_events())
        assert post(receiver.url, wire.encode(forged))[0] == 409
        prometheus.wait_for(lambda: "CallwardenChainFork" in prometheus.firing(), "CallwardenChainFork firing")

        # The receiver stops while a call comes in: its events wait in the outbox, nothing is stored.
        stop_server(receiver)
        call = run_sipp("uac_plain_call.xml", daemon.sip_port, work_dir=tmp_path)
        assert call.returncode == 0, call.stdout[-1500:] + daemon.log_tail()
        # What the metrics listener serves: every process's values in one page, and nothing but it.
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5) as r:
            page = r.read().decode()
        assert metric_value(page, "callwarden_calls_total") == 1
        assert metric_value(page, "callwarden_build_info") == 1
        assert metric_value(page, "process_resident_memory_bytes", process="engine") > 0
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/calls", timeout=5)
        assert refused.value.code == 404
        prometheus.wait_for(lambda: {"CallwardenSyncBacklogGrowing", "CallwardenReceiverDown"}
                            <= prometheus.firing(), "CallwardenSyncBacklogGrowing and CallwardenReceiverDown firing")

        daemon.stop()
        prometheus.wait_for(lambda: "CallwardenApplianceDown" in prometheus.firing(), "CallwardenApplianceDown firing")
    finally:
        if prometheus is not None:
            prometheus.stop()
        daemon.stop()
        stop_server(receiver)
