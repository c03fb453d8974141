"""SIP torture (after RFC 4475, plus SDP edge cases) over raw UDP and TCP, to a worker alone and
through the Kamailio front; then a sipp INVITE flood at the front.

The table of messages and expected answers is tests/integration/sip_torture.py. After the suite
each daemon still answers a normal call and its memory has not grown with repeated rounds.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

import sip_torture
from callwarden_tools.harness import Daemon
from callwarden.sip import gate
from helpers import SCENARIOS

pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("sipp") is None,
                                reason="kamailio and sipp are needed (scripts/setup installs them)")

COMMON = ["--set", "tts.enabled=false", "--set", "sip.rtp_timeout_s=2"]
TARGETS = {"worker": COMMON,
           "front": COMMON + ["--set", 'sip.front="kamailio"', "--set", "sip.max_calls=4"]}
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def daemons(tmp_path_factory):
    started = {name: Daemon(tmp_path_factory.mktemp(name) / "state", extra=extra).start(wait=False)
               for name, extra in TARGETS.items()}
    try:
        for d in started.values():
            d.wait_healthy()
        yield started
    finally:
        for d in started.values():
            d.stop()


def expected(case: sip_torture.Case, target: str, transport: str):
    pair = case.tcp_expect if transport == "TCP" and case.tcp_expect else case.expect
    return pair[0 if target == "worker" else 1]


@pytest.mark.parametrize("case", sip_torture.CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("transport", ["UDP", "TCP"])
@pytest.mark.parametrize("target", list(TARGETS))
def test_torture_message(daemons, target, transport, case):
    daemon = daemons[target]
    peer = sip_torture.Peer(transport, ("127.0.0.1", daemon.sip_port))
    try:
        got, answer = sip_torture.exchange_answer(peer, case)
    finally:
        peer.close()
    want = expected(case, target, transport)
    assert got == want, f"{case.name} (RFC 4475 {case.rfc}): {case.why}; answered {got}, expected {want}"
    if case.allow:
        allowed = {m.strip() for line in sip_torture.header(answer, "Allow") for m in line.split(",")}
        assert allowed == set(gate.SERVED), f"{case.name}: Allow {allowed}"
    assert daemon.proc.poll() is None, daemon.log_tail()


def process_tree(root: int) -> list[int]:
    """root and every descendant, from /proc/*/stat (Kamailio's forked children included)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parents.get(pid, []))
    return out


def tree_rss(root: int) -> int:
    """Summed VmRSS in bytes. Kamailio's shared memory counts once per process that touched it,
    so the sum overstates the total; what matters here is that it stays flat."""
    total = 0
    for pid in process_tree(root):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_all_cases(daemon: Daemon, timeout_s: float) -> None:
    for transport in ("UDP", "TCP"):
        for case in sip_torture.CASES:
            peer = sip_torture.Peer(transport, ("127.0.0.1", daemon.sip_port))
            try:
                sip_torture.exchange(peer, case, timeout_s=timeout_s)
            finally:
                peer.close()
            time.sleep(0.02)    # stays far below the front's flood limit (pike)


def sipp(scenario: str, port: int, work_dir: Path, *args: str, source: str = "127.0.0.1",
         timeout_s: float = 30) -> subprocess.CompletedProcess:
    xml = work_dir / scenario
    xml.write_text((SCENARIOS / scenario).read_text())
    cmd = ["sipp", "-sf", str(xml), "-i", source, "-mi", source, "-t", "u1", "-nostdin",
           "-timeout", f"{int(timeout_s)}s", "-trace_err", "-error_file", str(work_dir / f"{scenario}.err"),
           *args, f"127.0.0.1:{port}"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s + 30, cwd=work_dir)


def normal_call(daemon: Daemon, work_dir: Path, source: str = "127.0.0.1") -> subprocess.CompletedProcess:
    return sipp("uac_plain_call.xml", daemon.sip_port, work_dir, "-m", "1", "-timeout_error", source=source)


@pytest.mark.parametrize("target", list(TARGETS))
def test_after_the_suite_a_call_is_answered_and_memory_is_flat(daemons, target, tmp_path):
    daemon = daemons[target]
    run_all_cases(daemon, timeout_s=0.3)          # warm: every code path has allocated once
    before = tree_rss(daemon.proc.pid)
    for _ in range(3):
        run_all_cases(daemon, timeout_s=0.3)
    after = tree_rss(daemon.proc.pid)
    print(f"\n{target}: RSS of the daemon's processes {before / MIB:.1f} MiB -> {after / MIB:.1f} MiB "
          f"after 3 more rounds of {2 * len(sip_torture.CASES)} torture messages")
    assert after - before < 24 * MIB, (before, after)
    assert daemon.proc.poll() is None and daemon.health()[0] == 200, daemon.log_tail()
    out = normal_call(daemon, tmp_path)
    assert out.returncode == 0, out.stdout[-1500:] + out.stderr[-1500:]


# --- the flood ------------------------------------------------------------------------------------

FLOOD_RATE = 500          # INVITEs per second (sipp -r 500 -rp 1000)
FLOOD_CALLS = 5000        # ~10 s at that rate


def message_counts(work_dir: Path) -> dict[str, int]:
    """The last row of sipp's -trace_counts CSV: per scenario step, sent/received counts."""
    [path] = work_dir.glob("*_counts.csv")
    rows = list(csv.reader(path.read_text().splitlines(), delimiter=";"))
    header, last = rows[0], rows[-1]
    return {name: int(value) for name, value in zip(header, last) if value.strip().lstrip("-").isdigit()}


def count(counts: dict[str, int], step: str, what: str) -> int:
    return sum(v for k, v in counts.items() if k.split("_", 1)[-1] == f"{step}_{what}")


def test_invite_flood_is_dropped_and_a_call_from_elsewhere_is_answered(daemons, tmp_path):
    daemon = daemons["front"]
    flood_dir = tmp_path / "flood"
    flood_dir.mkdir()
    samples: list[int] = []
    done = threading.Event()

    def sample():
        while not done.is_set():
            samples.append(tree_rss(daemon.proc.pid))
            done.wait(0.5)

    before = tree_rss(daemon.proc.pid)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    flood = sipp("uac_flood.xml", daemon.sip_port, flood_dir,
                 "-r", str(FLOOD_RATE), "-rp", "1000", "-m", str(FLOOD_CALLS), "-l", str(FLOOD_CALLS),
                 "-max_retrans", "2", "-trace_counts", "-fd", "1", "-timeout_error", timeout_s=60)
    # Right after the flood, while 127.0.0.1 may still be blocked: another source gets through.
    # The flood's few answered calls may still fill the pool: a 503 (capacity, with Retry-After)
    # is an answer, not a drop, so the caller tries again as a PBX would. Those calls' ACK and BYE
    # come from the blocked address: the workers let go of them after Timer H (32 s).
    deadline = time.monotonic() + 45
    legit = normal_call(daemon, tmp_path, source="127.0.0.2")
    while legit.returncode != 0 and "503 Service Unavailable" in legit.stderr + legit.stdout \
            and time.monotonic() < deadline:
        time.sleep(1.0)
        legit = normal_call(daemon, tmp_path, source="127.0.0.2")
    done.set()
    sampler.join()
    after = tree_rss(daemon.proc.pid)

    counts = message_counts(flood_dir)
    sent = count(counts, "INVITE", "Sent")
    figures = {
        "invites_sent": sent,
        "invite_retransmissions": count(counts, "INVITE", "Retrans"),
        "refused_503": count(counts, "503", "Recv"),
        "busy_486": count(counts, "486", "Recv"),
        "dropped_no_answer": count(counts, "INVITE", "Timeout"),
        "rss_before_mib": round(before / MIB, 1),
        "rss_peak_mib": round(max(samples + [after]) / MIB, 1),
        "rss_after_mib": round(after / MIB, 1),
    }
    # Two 200 steps in the scenario (the INVITE's and the BYE's): the INVITE's is the first.
    figures["answered_200"] = counts[min((k for k in counts if k.endswith("_200_Recv")),
                                         key=lambda k: int(k.split("_")[0]))]
    (tmp_path / "flood.json").write_text(json.dumps(figures, indent=1))
    print(f"\nflood at the front: {json.dumps(figures)}")

    assert sent >= FLOOD_CALLS * 0.95, counts
    assert figures["dropped_no_answer"] > sent * 0.8, figures      # pike drops the flood
    assert figures["answered_200"] + figures["refused_503"] < sent * 0.2, figures
    assert daemon.proc.poll() is None and daemon.health()[0] == 200, daemon.log_tail()
    assert "flood from 127.0.0.1" in daemon.log_tail(20000)
    # No worker was lost to it: a burst of short calls once aborted one inside pjsip, and every
    # INVITE the front sent it meanwhile was refused though the pool had room.
    lost = [line for line in daemon.log_path.read_text(errors="replace").splitlines() if " exited with " in line]
    assert not lost, lost
    assert after - before < 64 * MIB and max(samples) - before < 128 * MIB, figures
    assert legit.returncode == 0, legit.stdout[-1500:] + legit.stderr[-1500:]
    # The flooding address is let in again once it has been quiet for a while.
    deadline = time.monotonic() + 30
    while True:
        again = normal_call(daemon, tmp_path)
        if again.returncode == 0:
            break
        assert time.monotonic() < deadline, again.stdout[-1500:]
        time.sleep(2)
