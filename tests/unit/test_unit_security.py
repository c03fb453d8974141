"""The systemd unit's hardening, as `systemd-analyze security` rates it (issue 7: at most 2.0)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "packaging" / "callwarden.service"
MAX_EXPOSURE = 2.0


def unit_settings() -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


@pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                    reason="systemd-analyze not installed (Debian package systemd)")
def test_exposure_score():
    r = subprocess.run(["systemd-analyze", "security", "--offline=true", "--no-pager", str(UNIT)],
                       capture_output=True, text=True, timeout=60)
    m = re.search(r"Overall exposure level for \S+: (\d+(?:\.\d+)?)", r.stdout)
    assert m, f"no exposure level in the output (exit {r.returncode}):\n{r.stdout}\n{r.stderr}"
    assert float(m.group(1)) <= MAX_EXPOSURE, r.stdout


def test_service_shape():
    s = unit_settings()
    assert s["Type"] == ["notify"]
    assert s["Restart"] == ["on-failure"]
    assert s["KillMode"] == ["mixed"], "SIGTERM to the master alone: it drains calls before stopping the engine"
    assert s["User"] == ["callwarden"]
    assert s["WatchdogSec"] and s["StateDirectory"] == ["callwarden"]
    assert s["CapabilityBoundingSet"] == [""], "no capabilities: SIP and admin ports are unprivileged"
    assert "AmbientCapabilities" not in s
    assert s["ExecStart"][0].startswith("/opt/callwarden/bin/callwarden run")


def test_watchdog_pings_at_half_the_interval(monkeypatch):
    import asyncio

    from callwarden.runtime import master

    sent: list[float] = []
    monkeypatch.setattr(master, "notify", lambda state: sent.append(asyncio.get_running_loop().time()))
    monkeypatch.setenv("WATCHDOG_USEC", "200000")            # WatchdogSec=0.2: a ping every 0.1 s
    monkeypatch.delenv("WATCHDOG_PID", raising=False)

    async def run_for(seconds: float) -> None:
        stopping = asyncio.Event()
        task = asyncio.ensure_future(master.watchdog_pings(stopping))
        await asyncio.sleep(seconds)
        stopping.set()
        await asyncio.wait_for(task, 1.0)

    asyncio.run(run_for(0.55))
    assert 5 <= len(sent) <= 7
    assert max(b - a for a, b in zip(sent, sent[1:])) < 0.15

    sent.clear()
    monkeypatch.setenv("WATCHDOG_PID", "1")                  # meant for another process
    asyncio.run(run_for(0.2))
    assert sent == []
