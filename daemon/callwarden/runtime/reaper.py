"""`python -m callwarden.runtime.reaper CMD ARG...`: CMD and every process it forks end together.

The master starts it (children.py, own_group) as the leader of a process group of its own, with
the kernel's parent-death signal set to SIGTERM; CMD runs in the same group. Kamailio forks its
workers, and a fork does not inherit the parent-death signal: with the master killed with -9,
Kamailio's main process died with it but its forked children lived on holding the SIP port. This
process outlives the master just long enough: when the master goes, when it is asked to stop, or
when CMD exits, it kills whatever is left of the group, then exits with CMD's status.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

STOP_GRACE_S = 5.0      # CMD's own shutdown (Kamailio stops its children) before the group is killed
POLL_S = 0.2
PR_SET_PDEATHSIG = 1


def group_members(pgid: int) -> list[int]:
    """Processes of process group `pgid` other than this one, from /proc (zombies left out)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(stat.parent.name)
        if int(fields[2]) == pgid and pid != os.getpid() and fields[0] != "Z":
            out.append(pid)
    return out


def kill_group(pgid: int) -> None:
    """SIGKILL to every other member until none is left but zombies (one may fork while the first
    pass runs). Our own child's zombie is reaped by the caller; the others are init's to reap."""
    while members := group_members(pgid):
        for pid in members:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.01)        # let the killed ones die (a zombie is not counted) before looking again


def _cmd_dies_with_us() -> None:
    """In CMD before exec: should this process be killed outright, CMD goes too."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def main(argv: list[str]) -> int:
    stop: list[int] = []
    for signo in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signo, lambda n, _frame: stop.append(n))
    if os.getpgid(0) != os.getpid():
        os.setpgid(0, 0)        # the group killed at the end is ours alone, never the caller's
    pgid = os.getpgid(0)
    child = subprocess.Popen(argv, preexec_fn=_cmd_dies_with_us)
    while child.poll() is None and not stop:
        try:
            child.wait(POLL_S)
        except subprocess.TimeoutExpired:
            pass
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            pass
    kill_group(pgid)
    code = child.wait()
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
