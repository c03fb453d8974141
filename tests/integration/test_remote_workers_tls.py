"""Remote workers over SIP/TLS with the certificate verified ([sip] remote_workers_tls).

Two appliances on one box: "far" runs its own Kamailio front with a TLS port whose certificate a
test CA signed (SAN 127.0.0.1); "near" dispatches to its one local worker and to far over TLS,
verifying far's certificate against that CA. Calls placed to near land on both. A third
appliance that trusts a different CA cannot hand far a call (the handshake fails, the call fails
over to its local worker), so far's count does not move.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from callwarden_tools.harness import Daemon, free_port
from helpers import all_calls, run_sipp

TLS_MODULE = Path("/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so")
pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("sipp") is None
                                or shutil.which("openssl") is None or not TLS_MODULE.exists(),
                                reason="kamailio, kamailio-tls-modules, sipp and openssl are needed")

CALLS = 4


def openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def make_ca(out: Path, name: str) -> tuple[Path, Path]:
    key, crt = out / f"{name}.key", out / f"{name}.crt"
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
            "-keyout", str(key), "-out", str(crt))
    return crt, key


def signed_cert(out: Path, ca: tuple[Path, Path], name: str) -> tuple[Path, Path]:
    key, csr, crt, ext = out / f"{name}.key", out / f"{name}.csr", out / f"{name}.crt", out / f"{name}.ext"
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout", str(key), "-out", str(csr))
    ext.write_text("subjectAltName=IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", str(csr), "-CA", str(ca[0]), "-CAkey", str(ca[1]), "-CAcreateserial",
            "-days", "2", "-extfile", str(ext), "-out", str(crt))
    return crt, key


def tls_front(state: Path, cert: tuple[Path, Path], *extra: str) -> Daemon:
    d = Daemon(state, extra=["--set", "tts.enabled=false", "--set", 'sip.front="kamailio"',
                             "--set", "sip.max_calls=4"])
    d.tls_port = free_port(socket.SOCK_STREAM)
    d.extra += ["--set", f"sip.tls_port={d.tls_port}", "--set", f'sip.tls_certificate="{cert[0]}"',
                "--set", f'sip.tls_private_key="{cert[1]}"', *extra]
    return d


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    out = tmp_path_factory.mktemp("pki")
    ca, other_ca = make_ca(out, "workers-ca"), make_ca(out, "unrelated-ca")
    return {"ca": ca, "other_ca": other_ca, "far": signed_cert(out, ca, "far"),
            "near": signed_cert(out, ca, "near")}


@pytest.fixture(scope="module")
def far(tmp_path_factory, pki):
    d = tls_front(tmp_path_factory.mktemp("far") / "state", pki["far"]).start()
    yield d
    d.stop()


def near_front(tmp_path: Path, pki: dict, far: Daemon, ca: Path) -> Daemon:
    return tls_front(tmp_path / "state", pki["near"],
                     "--set", f'sip.remote_workers=["127.0.0.1:{far.tls_port}"]',
                     "--set", "sip.remote_workers_tls=true", "--set", f'sip.remote_workers_ca_file="{ca}"')


def far_calls(far: Daemon) -> int:
    return len(all_calls(far.state_dir)) if (far.state_dir / "timeline.sqlite3").exists() else 0


def calls_through(tmp_path: Path, pki: dict, far: Daemon, ca: Path) -> tuple[int, int]:
    """Places CALLS calls to a near front trusting `ca`; (calls far took, calls near kept)."""
    near = near_front(tmp_path, pki, far, ca).start()
    try:
        before = far_calls(far)
        r = run_sipp("uac_plain_call.xml", near.sip_port, calls=CALLS, work_dir=tmp_path, timeout_s=90,
                     extra=["-l", "1"])
        assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]      # every call answered
        assert f"127.0.0.1:{far.tls_port};transport=tls" in (near.state_dir / "front" / "dispatcher.list").read_text()
    finally:
        near.stop()
    return far_calls(far) - before, len(all_calls(near.state_dir))


def test_calls_reach_a_verified_remote_worker_over_tls(tmp_path, pki, far):
    remote, local = calls_through(tmp_path, pki, far, pki["ca"][0])
    assert remote >= 1 and local >= 1 and remote + local == CALLS, (remote, local)


def test_a_remote_worker_whose_certificate_does_not_verify_gets_no_call(tmp_path, pki, far):
    remote, local = calls_through(tmp_path, pki, far, pki["other_ca"][0])
    assert (remote, local) == (0, CALLS)          # the handshake failed: every call failed over
