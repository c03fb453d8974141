"""packaging/prometheus/: the shipped scrape config, alert rules and Grafana dashboard, checked by
Debian's promtool (check config, check rules, the rules' unit tests) and against the metric names
the code exports (a renamed metric must not leave a rule or a panel silently empty)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import CollectorRegistry

from callwarden.admin.metrics import EngineMetrics, Metrics
from callwarden.receiver.metrics import ReceiverMetrics

ROOT = Path(__file__).resolve().parents[2]
PROM = ROOT / "packaging" / "prometheus"
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(PROMTOOL is None, reason="promtool not installed (scripts/setup: prometheus)")
# Built at scrape time rather than held in a registry (admin/multiproc.py, receiver/metrics.py).
SCRAPE_TIME = {"callwarden_build_info", "callwarden_receiver_database_up",
               "callwarden_receiver_last_batch_timestamp_seconds", "callwarden_receiver_chain_head"}


def promtool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PROMTOOL, *args], capture_output=True, text=True, timeout=60, cwd=PROM)


def exported() -> set[str]:
    names = set(SCRAPE_TIME)
    engine = CollectorRegistry()
    EngineMetrics(engine)
    for registry in (Metrics().registry, engine, ReceiverMetrics().registry):
        for family in registry.collect():
            names.add(family.name if family.type != "counter" else family.name + "_total")
            names.update(s.name for s in family.samples)
            if family.type == "histogram":
                names.update(family.name + suffix for suffix in ("_bucket", "_sum", "_count"))
    return names


def used_names(text: str) -> set[str]:
    return set(re.findall(r"\bcallwarden_[a-z_]+\b", text)) - {"callwarden_receiver"}


@needs_promtool
def test_promtool_accepts_the_scrape_config_and_the_rules():
    checked = promtool("check", "config", "prometheus.yml")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    checked = promtool("check", "rules", "callwarden-rules.yml")
    assert checked.returncode == 0, checked.stdout + checked.stderr


@needs_promtool
def test_each_alert_fires_on_its_fault_in_promtools_unit_tests():
    tested = promtool("test", "rules", "tests/callwarden-rules_test.yml")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    rules = yaml.safe_load((PROM / "callwarden-rules.yml").read_text())
    alerts = {r["alert"] for g in rules["groups"] for r in g["rules"]}
    tests = (PROM / "tests" / "callwarden-rules_test.yml").read_text()
    assert {"CallwardenApplianceDown", "CallwardenSyncBacklogGrowing", "CallwardenEngineSaturated",
            "CallwardenChainFork", "CallwardenTransferFailures", "CallwardenOptOutRateHigh",
            "CallwardenTransferRateHigh"} <= alerts
    assert not [a for a in alerts if f"alertname: {a}\n" not in tests], "an alert without a unit test"


def test_rules_and_dashboard_use_only_metric_names_the_code_exports():
    names = exported()
    rules = used_names((PROM / "callwarden-rules.yml").read_text())
    dashboard = used_names((PROM / "callwarden-dashboard.json").read_text())
    assert rules and dashboard
    assert rules - names == set() and dashboard - names == set()


def test_dashboard_is_grafana_json_with_a_query_in_every_panel():
    dash = json.loads((PROM / "callwarden-dashboard.json").read_text())
    panels = dash["panels"]
    assert len({p["id"] for p in panels}) == len(panels)
    for p in panels:
        assert p["gridPos"]["x"] + p["gridPos"]["w"] <= 24
        if p["type"] != "row":
            assert p["targets"] and all(t["expr"] and t["refId"] for t in p["targets"]), p["title"]
    assert {v["name"] for v in dash["templating"]["list"]} == {"datasource", "instance"}
