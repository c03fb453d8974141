"""`callwarden bench sipload` on one short level: real sipp calls through the Kamailio front are answered,
transcribed and read back, and the stock path runs on the same turns.

Speed is reported by the benchmark, never asserted here."""

from __future__ import annotations

import shutil

import pytest

from callwarden_tools.bench.sipload import bench_sipload

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("sipp") is None,
                                 reason="kamailio and sipp are needed (scripts/setup installs them)")]


def test_two_calls_report_shape():
    report = bench_sipload([2], 8.0, log=lambda *a: None, sentences=3, styles=1)
    [level] = report["levels"]
    d, s = level["daemon"], level["stock"]
    assert (d["calls"], d["answered"], d["failed"], d["end_reasons_other"]) == (2, 2, 0, []), d
    assert d["finals"] >= d["turns"] - 1 and s["finals"] == d["turns"], (d, s)
    assert d["p50_ms"] <= d["p95_ms"] <= d["p99_ms"] <= d["max_ms"]
    assert d["wer"] <= 0.25 and s["wer"] <= 0.25, (d["wer"], s["wer"])
    assert d["cpu_s_by_process"].get("engine", 0) > 0 and d["cpu_s_by_process"].get("workers", 0) > 0, d
    assert "kamailio" in d["peak_rss_mib_by_process"] and d["peak_rss_mib"] > 0
    assert d["partials"] > 0 and s["cpu_s"] > 0 and level["cpu_ratio"] > 0


def test_calls_past_capacity_get_503_and_none_is_half_served():
    # One call's room (one worker with max_calls 1): the two others arrive while it is up.
    report = bench_sipload([3], 8.0, log=lambda *a: None, sentences=3, styles=1, max_calls=1, stagger_s=1.0,
                           stock=False)
    [level] = report["levels"]
    d = level["daemon"]
    assert (d["answered"], d["refused_503"], d["failed"], d["half_served"]) == (1, 2, 0, []), d
    assert d["finals"] >= d["turns"] - 1 and d["wer"] <= 0.25, d
    assert level["stock"] is None
