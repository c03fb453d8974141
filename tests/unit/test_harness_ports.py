"""The test harness's ports: below the ephemeral range, never handed to two processes, never one
that something has bound."""

from __future__ import annotations

import socket
import subprocess
import sys

from callwarden_tools import harness

HOLDER = """
import sys
from callwarden_tools.harness import free_port
ports = [free_port(span=9), free_port(), free_port(span=100)]
print(" ".join(map(str, ports)), flush=True)
sys.stdin.read()        # holds its ports until the test closes stdin
"""


def test_ports_are_below_the_ephemeral_range_and_never_shared_between_processes():
    holders = [subprocess.Popen([sys.executable, "-c", HOLDER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                text=True) for _ in range(2)]
    try:
        theirs = []
        for holder in holders:
            first_sip, admin, first_rtp = map(int, holder.stdout.readline().split())
            theirs.append({*range(first_sip, first_sip + 9), admin, *range(first_rtp, first_rtp + 100)})
        first = harness.free_port(span=9)
        ours = {*range(first, first + 9), harness.free_port(), harness.free_port()}
    finally:
        for holder in holders:
            holder.stdin.close()
            holder.wait()
    assert not theirs[0] & theirs[1] and not ours & (theirs[0] | theirs[1])
    floor = harness._ephemeral_floor()
    assert all(harness.PORT_FLOOR <= port < floor for port in ours | theirs[0] | theirs[1]), floor


def test_a_port_something_else_bound_is_skipped():
    nxt = harness.free_port() + 1
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.bind(("127.0.0.1", nxt))
        first = harness.free_port(span=3)
    assert nxt not in range(first, first + 3)


def test_a_daemon_reserves_its_workers_and_its_whole_rtp_range(tmp_path):
    wide = harness.Daemon(tmp_path, extra=["--set", "sip.max_calls=52", "--set", "sip.rtp_port_range=208"])
    after = harness.free_port()
    assert after >= wide.sip_port + 1 + 13 and after not in range(wide.rtp_port_min, wide.rtp_port_min + 208)
    args = wide.args()
    assert f"sip.rtp_port_min={wide.rtp_port_min}" in args and "sip.rtp_port_range=208" in args
