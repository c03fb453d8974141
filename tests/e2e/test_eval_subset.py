"""`callwarden eval` on a subset of the labelled dev dialogs, over real SIP, as CI runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dialogs" / "dev"
SUBSET = "dv-001,dv-007,dv-011,dv-025,dv-031,dv-040,dv-049,dv-056"


@pytest.mark.skipif(not DEV.exists(), reason="../shared/data/dialogs/dev is not beside this checkout")
def test_eval_subset(tmp_path):
    report_path = tmp_path / "report.json"
    out = subprocess.run([sys.executable, "-m", "callwarden.cli", "eval", str(DEV), "--only", SUBSET,
                          "--report", str(report_path)],
                         capture_output=True, text=True, timeout=600)
    report = json.loads(report_path.read_text())
    assert report["dialogs"] == 8 and report["failed_calls"] == 0, out.stdout[-3000:]
    assert report["secret_leaks"] == 0, report["leaks"]
    assert report["route_accuracy"] >= 0.75, report["misses"]
    for needed in ("escalation_request", "opt_out", "pci", "pii", "audio_dropout"):
        assert report["flags"][needed]["tp"] >= 1, (needed, report["misses"])
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]   # no leak, no failed call
