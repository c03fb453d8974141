"""`callwarden eval` on a subset of the project's own redaction dialogs (tests/dialogs/redaction), over
real SIP: secrets said the hard ways never reach the timeline, harmless numbers stay, flags and routes
are right. Unlike the dev set these dialogs live in the repository, so CI always runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DIALOGS = Path(__file__).resolve().parents[2] / "tests" / "dialogs" / "redaction"
# a card with fillers, a card over four turns, a date of birth, a spoken e-mail, a brand-name drug,
# harmless money, and harmless counts with an order number
SUBSET = "rd-001,rd-009,rd-016,rd-021,rd-027,rd-034,rd-038"


def test_eval_redaction_subset(tmp_path):
    report_path = tmp_path / "report.json"
    out = subprocess.run([sys.executable, "-m", "callwarden.cli", "eval", str(DIALOGS), "--only", SUBSET,
                          "--report", str(report_path)], capture_output=True, text=True, timeout=900)
    report = json.loads(report_path.read_text())
    assert report["dialogs"] == 7 and report["failed_calls"] == 0, out.stdout[-3000:]
    assert report["secret_leaks"] == 0, report["leaks"]
    # every mask sits in a turn that carries a secret: the money, counts and order number stayed
    assert report["masking"]["precision"] == 1.0, report["masking"]["undue"]
    assert report["route_accuracy"] == 1.0, report["misses"]
    for needed in ("pci", "pii", "phi"):
        assert report["flags"][needed]["tp"] >= 1 and report["flags"][needed]["fp"] == 0, (needed, report["misses"])
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
