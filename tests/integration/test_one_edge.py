"""One SIP edge: with the Kamailio front, everything reachable from the network goes through it.

The front listens on 127.0.0.2 (standing in for the address a PBX trunk reaches), with
allowed_sources = 127.0.0.1. The workers' SIP listens on loopback 127.0.0.1 only, and takes SIP
only from the front's addresses; their RTP stays on 127.0.0.2. Checked with real sockets: a
call through the front is answered and its media flows; a source the front refuses gets 403;
the workers' ports on the front's address answer nothing; a worker reached on loopback from
a source other than the front's refuses everything with 403; and a call the appliance ends
itself (its BYE comes from a worker) passes the front's source check on the way out.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import sip_torture
from callwarden_tools.harness import Daemon
from callwarden_tools.render import CallerStyle
from helpers import SCENARIOS, all_calls

pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("sipp") is None,
                                reason="kamailio and sipp are needed (scripts/setup installs them)")

FRONT = "127.0.0.2"
TRUNK = "127.0.0.1"
STRANGER = "127.0.0.3"


@pytest.fixture(scope="module")
def daemon(tmp_path_factory):
    d = Daemon(tmp_path_factory.mktemp("edge") / "state",
               extra=["--set", "tts.enabled=false", "--set", "sip.rtp_timeout_s=2",
                      "--set", 'sip.front="kamailio"', "--set", "sip.max_calls=4",
                      "--set", f'sip.host="{FRONT}"', "--set", f'sip.allowed_sources=["{TRUNK}/32"]'])
    d.start()
    yield d
    d.stop()


def sipp(scenario: str, daemon: Daemon, work_dir: Path, source: str, audio: Path | None = None,
         timeout_s: int = 40) -> subprocess.CompletedProcess:
    text = (SCENARIOS / scenario).read_text()
    if audio is not None:
        text = text.replace("@AUDIO@", str(audio.with_suffix(".ul")))
    xml = work_dir / scenario
    xml.write_text(text)
    cmd = ["sipp", "-sf", str(xml), "-m", "1", "-i", source, "-mi", source, "-t", "u1", "-nostdin",
           "-timeout", f"{timeout_s}s", "-timeout_error", f"{FRONT}:{daemon.sip_port}"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout_s + 30, cwd=work_dir)


def probe(transport: str, target: tuple[str, int], source: str, case_name: str):
    case = next(c for c in sip_torture.CASES if c.name == case_name)
    try:
        peer = sip_torture.Peer(transport, target, lhost=source)
    except ConnectionRefusedError:
        return "refused"
    try:
        return sip_torture.exchange(peer, case, timeout_s=1.5)
    finally:
        peer.close()


def test_a_trunk_call_through_the_front_has_media_and_the_appliance_can_hang_up(daemon, render, tmp_path):
    speech = render(["I would like to check my order please."], CallerStyle(seed=5), lead_in_ms=300,
                    pause_ms=600)
    r = sipp("uac_rtp_stops.xml", daemon, tmp_path, TRUNK, audio=speech)
    # The scenario waits for the appliance's BYE: it comes from a worker's loopback address and
    # must pass the front's allowed_sources check to reach the caller.
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]
    (call, events), = all_calls(daemon.state_dir)
    assert call.end_reason == "rtp_timeout"
    finals = " ".join(e.body["text"] for e in events if e.kind == "utterance.final").lower()
    assert "order" in finals, finals       # the RTP reached the worker on the front's address


def test_a_source_the_front_refuses_gets_403(daemon, tmp_path):
    r = sipp("uac_plain_call.xml", daemon, tmp_path, STRANGER, timeout_s=10)
    assert r.returncode != 0 and "403" in r.stdout + r.stderr


@pytest.mark.parametrize("transport", ["UDP", "TCP"])
@pytest.mark.parametrize("case_name", ["presence_subscribe", "pager_message", "tel_request_uri"])
def test_workers_are_not_reachable_past_the_front(daemon, transport, case_name):
    worker_port = daemon.sip_port + 1
    # On the address the network reaches, nothing listens on a worker's port.
    assert probe(transport, (FRONT, worker_port), STRANGER, case_name) in (None, "refused")
    # On loopback, a worker takes SIP only from the front's addresses.
    assert probe(transport, ("127.0.0.1", worker_port), STRANGER, case_name) == 403
    assert daemon.proc.poll() is None


def test_front_none_on_a_network_address_without_allowed_sources_is_refused(tmp_path):
    r = subprocess.run([*Daemon(tmp_path / "s").args()[:3], "check-config", "--set", 'sip.host="192.0.2.10"'],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "sip.front" in r.stderr + r.stdout, r.stdout + r.stderr
