"""SIP over TLS on the Kamailio front ([sip] tls_port): a self-signed certificate made here, a Python
TLS client that checks it, OPTIONS and INVITEs over TLS; plain TCP on the TLS port gets no SIP."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path

import pytest

import sip_torture
from callwarden_tools.harness import Daemon, free_port
from helpers import all_calls

TLS_MODULE = Path("/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so")

pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("openssl") is None
                                or not TLS_MODULE.exists(),
                                reason="kamailio, kamailio-tls-modules and openssl are needed (scripts/setup)")


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    out = tmp_path_factory.mktemp("tls")
    cert, key = out / "front.crt", out / "front.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=callwarden-test", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.fixture(scope="module")
def front(tmp_path_factory, cert):
    tls_port = free_port(socket.SOCK_STREAM)
    d = Daemon(tmp_path_factory.mktemp("tlsfront") / "state",
               extra=["--set", "tts.enabled=false", "--set", 'sip.front="kamailio"', "--set", "sip.max_calls=4",
                      "--set", f"sip.tls_port={tls_port}", "--set", f'sip.tls_certificate="{cert[0]}"',
                      "--set", f'sip.tls_private_key="{cert[1]}"']).start()
    d.tls_port = tls_port
    yield d
    d.stop()


@pytest.fixture
def client(cert):
    # Verifies the front's certificate (self-signed, so it is its own CA) and its 127.0.0.1 SAN.
    ctx = ssl.create_default_context(cafile=str(cert[0]))
    return ctx


def case(name: str) -> sip_torture.Case:
    return next(c for c in sip_torture.CASES if c.name == name)


OPTIONS = sip_torture.Case("options", "", sip_torture._msg("OPTIONS"), (200, 200))


def test_options_over_tls_is_answered(front, client):
    peer = sip_torture.Peer("TLS", ("127.0.0.1", front.tls_port), tls=client)
    try:
        assert peer.sock.version() in ("TLSv1.2", "TLSv1.3")
        assert sip_torture.exchange(peer, OPTIONS) == 200
    finally:
        peer.close()


@pytest.mark.parametrize("name,status", [("sdp_unknown_codecs_only", 488), ("sdp_multiple_m_lines", 200)])
def test_an_invite_over_tls_reaches_a_worker(front, client, name, status):
    # 488 comes from the worker behind the front; 200 is a call that comes up and is hung up over TLS.
    peer = sip_torture.Peer("TLS", ("127.0.0.1", front.tls_port), tls=client)
    try:
        assert sip_torture.exchange(peer, case(name), timeout_s=5) == status
    finally:
        peer.close()
    if status == 200:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            ended = [c.end_reason for c, _ in all_calls(front.state_dir)]
            if ended and ended[-1]:
                break
            time.sleep(0.2)
        assert ended[-1] == "caller_bye", front.log_tail()     # the BYE came over TLS too


def test_plain_tcp_on_the_tls_port_gets_no_sip(front):
    with socket.create_connection(("127.0.0.1", front.tls_port), timeout=5) as tcp:
        data, _ = sip_torture.render(OPTIONS.text, host="127.0.0.1", port=front.tls_port, lhost="127.0.0.1",
                                     lport=tcp.getsockname()[1], transport="TCP")
        tcp.sendall(data)
        got = b""
        tcp.settimeout(3)
        try:
            while chunk := tcp.recv(4096):
                got += chunk
        except OSError:
            pass
    assert b"SIP/2.0" not in got, got[:200]


def test_a_client_that_does_not_trust_the_certificate_is_refused_by_its_own_check(front):
    ctx = ssl.create_default_context()      # the system CAs do not know a self-signed front
    with pytest.raises(ssl.SSLCertVerificationError):
        sip_torture.Peer("TLS", ("127.0.0.1", front.tls_port), tls=ctx)


def test_the_plain_port_still_answers(front):
    for transport in ("UDP", "TCP"):
        peer = sip_torture.Peer(transport, ("127.0.0.1", front.sip_port))
        try:
            assert sip_torture.exchange(peer, OPTIONS) == 200
        finally:
            peer.close()
