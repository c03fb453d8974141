"""A pool wider than Kamailio's default 12 branches: when every worker refuses, the caller still
gets 503 + Retry-After (each failover is a branch; running out of them was a 500)."""

from __future__ import annotations

import shutil
import time

import pytest

from callwarden_tools.harness import Daemon
from helpers import all_calls, run_sipp

pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                                reason="kamailio is not installed (scripts/setup installs it)")


def test_thirteen_workers_all_refusing_give_503_not_500(tmp_path):
    # A floor above any disk's free space: every worker refuses every INVITE with 503. No limit on
    # talking calls, or the pool would stop at the engine's places (16 on 2 cores: 4 workers).
    daemon = Daemon(tmp_path / "state", log_path=tmp_path / "daemon.log",
                    extra=["--set", 'sip.front="kamailio"', "--set", "sip.max_calls=52",
                           "--set", "sip.rtp_port_range=208", "--set", "storage.min_free_mb=10000000",
                           "--set", "asr.max_talking_calls=0"])
    daemon.start(wait=False)
    try:
        deadline = time.monotonic() + 240
        while daemon.health()[1].get("phase") != "running" and time.monotonic() < deadline:
            assert daemon.proc.poll() is None, daemon.log_tail()
            time.sleep(0.5)
        assert daemon.health()[1].get("phase") == "running", daemon.log_tail()
        refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=20)
        assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
        log = daemon.log_path.read_text()
        assert log.count("refused with 503") >= 13, log[-3000:]        # past the default 12 branches
        assert "Forking capacity exceeded" not in log
        assert all_calls(daemon.state_dir) == []
    finally:
        daemon.stop(timeout_s=60)
