"""However the master ends, nothing of its run is left: Kamailio (its forked children included), the
SIP workers and the ASR engine go with it. A real daemon with the Kamailio front, ended with
SIGKILL (nothing of the master runs to clean up) and with SIGTERM (the orderly stop)."""

from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path

import pytest

from callwarden_tools.harness import Daemon

pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                                reason="kamailio is not installed (scripts/setup installs it)")

GENEROUS_S = 60.0


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    return [name, *text.rsplit(")", 1)[1].split()]


def process_tree(root: int) -> dict[tuple[int, str], str]:
    """(pid, start time) -> name of root's descendants; the start time tells a pid reused later."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        stat = _stat(int(entry.name))
        if stat is not None:
            children.setdefault(int(stat[2]), []).append(int(entry.name))
    out, todo = {}, list(children.get(root, []))
    while todo:
        pid = todo.pop()
        stat = _stat(pid)
        if stat is not None:
            out[(pid, stat[20])] = stat[0]
            todo.extend(children.get(pid, []))
    return out


def still_running(tree: dict[tuple[int, str], str]) -> dict[tuple[int, str], str]:
    """Those of `tree` still alive: the same process (same start time), not a zombie."""
    alive = {}
    for (pid, started), name in tree.items():
        stat = _stat(pid)
        if stat is not None and stat[20] == started and stat[1] != "Z":
            alive[(pid, started)] = name
    return alive


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_ending_the_master_leaves_no_process_of_its_run(tmp_path, how):
    daemon = Daemon(tmp_path / "state", log_path=tmp_path / "daemon.log",
                    extra=["--set", "tts.enabled=false", "--set", 'sip.front="kamailio"', "--set", "sip.max_calls=8",
                           "--set", "sip.drain_timeout_s=0"]).start()
    try:
        tree = process_tree(daemon.proc.pid)
        names = sorted(tree.values())
        # Kamailio's main process and the ones it forked; two workers and the engine (python).
        assert names.count("kamailio") >= 3 and names.count("python") >= 3, names
        daemon.proc.send_signal(how)
        daemon.proc.wait(GENEROUS_S)
        deadline = time.monotonic() + GENEROUS_S
        while still_running(tree):
            assert time.monotonic() < deadline, (f"left running after the master ended with {how.name}: "
                                                 f"{sorted(still_running(tree).items())}\n{daemon.log_tail()}")
            time.sleep(0.2)
    finally:
        if daemon.proc.poll() is None:
            daemon.kill()
