"""The receiver's transport against the real server on PostgreSQL: TLS with a throwaway CA and
the daemon's own uploader verifying it, the daemon refusing clear text to another host, the
per-appliance rate limit, bodies refused before they are read, one 401 for every
authentication failure, and log fields that cannot forge a line."""

from __future__ import annotations

import datetime
import http.client
import json
import ipaddress
import logging
import socket
import ssl
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from callwarden.config import SyncConfig
from callwarden.events import CallClock
from callwarden.wire import batch as wire
from callwarden.wire import keys, recording as recording_wire
from callwarden.sync.uploader import Uploader
from callwarden.timeline import TimelineStore
from conftest import SERVER_CONFIG, SERVER_MAX_BODY_BYTES, TEMPLATE_DB, register, start_server, stop_server
from rx_util import Appliance, auth_headers, call_events, post

CALLWARDEN = Path(sys.executable).parent / "callwarden"


# ---- a throwaway CA and a server certificate for 127.0.0.1 -------------------------------------

def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, issuer: str, public_key, signing_key, *, ca: bool, san: bool) -> x509.Certificate:
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(public_key).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]), critical=False)
    return builder.sign(signing_key, hashes.SHA256())


def _pem_key(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@pytest.fixture(scope="module")
def tls_server(pg, tmp_path_factory):
    work = tmp_path_factory.mktemp("tls")
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = _cert("callwarden test CA", "callwarden test CA", ca_key.public_key(), ca_key, ca=True, san=False)
    leaf = _cert("receiver", "callwarden test CA", server_key.public_key(), ca_key, ca=False, san=True)
    (work / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (work / "cert.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (work / "key.pem").write_bytes(_pem_key(server_key))
    config = SERVER_CONFIG + f'tls_cert_file = "{work / "cert.pem"}"\ntls_key_file = "{work / "key.pem"}"\n'
    running = start_server(pg.create_db(f"t_{uuid.uuid4().hex[:12]}", template=TEMPLATE_DB), work, config,
                           ca_file=str(work / "ca.pem"))
    running.ca_file = str(work / "ca.pem")
    yield running
    stop_server(running)


def _outbox_with_one_call(state: Path) -> str:
    store = TimelineStore(state, outbox=True)
    clock = CallClock()
    for kind, leg, body in [("call.start", "system", {"from": "sip:+15550123@pbx", "to": "sip:bot@x",
                                                        "sip_call_id": "t1", "headers": {}, "codec": "PCMU"}),
                            ("utterance.final", "caller", {"text": "hello over tls", "t_start_ms": 0,
                                                           "t_end_ms": 500, "confidence": 0.9, "latency_ms": 90,
                                                           "redactions": []}),
                            ("call.end", "system", {"reason": "caller_bye", "duration_ms": 900})]:
        store.append(clock.event(kind, leg, body))
    store.close()
    return clock.call_id


def test_the_uploader_syncs_over_tls_with_verification_on(tls_server, tmp_path):
    name = f"tls-{uuid.uuid4().hex[:6]}"
    state = tmp_path / "state"
    key = keys.load_or_create(state)
    register(tls_server.dsn, Appliance(state, name=name))
    call_id = _outbox_with_one_call(state)

    # Without the private CA the certificate does not verify, and nothing is sent.
    unverified = Uploader(SyncConfig(enabled=True, url=tls_server.url, appliance=name), state, key)
    assert unverified.step() == "retry"
    assert "CERTIFICATE_VERIFY_FAILED" in unverified.outbox.status()["last_error"]
    unverified.outbox.close()

    uploader = Uploader(SyncConfig(enabled=True, url=tls_server.url, appliance=name, ca_file=tls_server.ca_file),
                        state, key)
    assert uploader.step() == "sent"
    assert uploader.step() == "idle"
    uploader.outbox.close()
    context = ssl.create_default_context(cafile=tls_server.ca_file)
    req = urllib.request.Request(f"{tls_server.url}/v1/appliances/{name}/calls/{call_id}",
                                 headers=auth_headers())
    with urllib.request.urlopen(req, timeout=10, context=context) as r:
        events = json.loads(r.read())["events"]
    assert [e["kind"] for e in events] == ["call.start", "utterance.final", "call.end"]


def test_the_tls_port_speaks_no_clear_text(tls_server):
    plain = tls_server.url.replace("https://", "http://")
    with pytest.raises((urllib.error.URLError, ConnectionError, http.client.HTTPException)):
        urllib.request.urlopen(plain + "/healthz", timeout=10)


# ---- the daemon's side: no clear text to another host ----------------------------------------

@pytest.mark.parametrize("key,url,insecure", [
    ("sync.url", "http://10.20.30.40:8088", "sync.insecure_transport"),
    ("sync.url", "http://receiver.example.net", "sync.insecure_transport"),
    ("agent.webhook_url", "http://dialog.example.net/turn", "agent.insecure_transport"),
    ("route.ticket_webhook_url", "http://helpdesk.example.net/tickets", "route.insecure_transport")])
def test_daemon_refuses_clear_text_to_another_host(tmp_path, key, url, insecure):
    args = [str(CALLWARDEN), "run", "--state-dir", str(tmp_path), "--set", "sync.enabled=true",
            "--set", 'sync.url="http://127.0.0.1:9"', "--set", f'{key}="{url}"']
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [done.stderr.strip()] and f"config error: {key}: " in done.stderr
    assert insecure.split(".")[1] in done.stderr
    # insecure_transport = true lets it through (check-config: the same checks, nothing started).
    ok = subprocess.run([str(CALLWARDEN), "check-config", "--set", f'{key}="{url}"', "--set", f"{insecure}=true"],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr


def test_loopback_http_needs_no_flag_and_the_flag_is_warned_about(tmp_path, caplog):
    for url in ("http://127.0.0.1:8088", "http://[::1]:8088", "http://localhost:8088", "https://receiver.example"):
        done = subprocess.run([str(CALLWARDEN), "check-config", "--set", f'sync.url="{url}"'],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, (url, done.stderr)
    key = keys.load_or_create(tmp_path)
    with caplog.at_level(logging.WARNING, logger="callwarden.sync"):
        Uploader(SyncConfig(enabled=True, url="http://10.20.30.40:8088", insecure_transport=True), tmp_path,
                 key).outbox.close()
    assert any("insecure_transport = true" in r.getMessage() for r in caplog.records)


# ---- rate limit, body limits, one 401, escaped logs ------------------------------------------

@pytest.fixture(scope="module")
def limited_server(pg, tmp_path_factory):
    # One token a thousand seconds: the third request of a burst of two is always over the limit.
    config = SERVER_CONFIG + "rate_limit_per_s = 0.001\nrate_limit_burst = 2\n"
    running = start_server(pg.create_db(f"t_{uuid.uuid4().hex[:12]}", template=TEMPLATE_DB),
                           tmp_path_factory.mktemp("limited"), config)
    yield running
    stop_server(running)


def _post_raw(url: str, body: bytes) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url + "/v1/batches", data=body, method="POST",
                                 headers={"Content-Type": wire.CONTENT_TYPE})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def test_rate_limit_is_per_appliance_with_retry_after(limited_server, tmp_path):
    busy = register(limited_server.dsn, Appliance(tmp_path / "busy"))
    quiet = register(limited_server.dsn, Appliance(tmp_path / "quiet"))
    for _ in range(2):
        batch = busy.make(call_events())
        assert _post_raw(limited_server.url, wire.encode(batch))[0] == 200
        busy.accept(batch)
    status, headers, body = _post_raw(limited_server.url, wire.encode(busy.make(call_events())))
    assert status == 429 and int(headers["Retry-After"]) >= 1, body
    assert _post_raw(limited_server.url, wire.encode(quiet.make(call_events())))[0] == 200
    # An impostor's bad signatures do not spend the quiet appliance's budget.
    impostor = Appliance(tmp_path / "impostor", name=quiet.name)
    for _ in range(3):
        assert _post_raw(limited_server.url, wire.encode(impostor.make(call_events(), seq=1)))[0] == 401


def _raw_request(url: str, head: str, body_parts: list[bytes] = ()) -> bytes:
    """Sends `head` (and `body_parts`, each as it comes), returns what the server answered,
    read until it closes or sends a whole answer."""
    host, port = url.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=20) as s:
        try:
            s.sendall(head.encode("latin-1"))
            for part in body_parts:
                s.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass        # the server stopped reading: its answer, if any, is already on its way
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer.split(b"\r\n\r\n", 1)[1]) < _length(answer):
            try:
                data = s.recv(65536)
            except ConnectionResetError:      # reset under the answer: it is lost, the test says so
                break
            if not data:
                break
            answer += data
    return answer


def _length(answer: bytes) -> int:
    for line in answer.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


def test_oversize_body_is_refused_from_its_length_without_being_read(server):
    # A gigabyte announced and nothing sent: the answer can only come from the headers.
    answer = _raw_request(server.url, "POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/msgpack\r\n"
                                      "Content-Length: 1000000000\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 413 ") and b"Connection: close" in answer


def test_chunked_body_is_cut_off_once_past_the_limit(server, appliance):
    # Past the limit and never finished (no last chunk): only a server counting as it reads answers.
    # The client goes on sending 512 KiB after the limit, as a client that has not read the early
    # answer does: the server must drop that rather than reset the connection under the answer.
    chunk = b"x" * 65536
    parts = [b"%x\r\n%s\r\n" % (len(chunk), chunk)] * (SERVER_MAX_BODY_BYTES // len(chunk) + 8)
    answer = _raw_request(server.url, "POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/msgpack\r\n"
                                      "Transfer-Encoding: chunked\r\n\r\n", parts)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    # A chunked batch within the limit is taken.
    raw = wire.encode(appliance.make(call_events()))
    answer = _raw_request(server.url, "POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/msgpack\r\n"
                                      "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                          [b"%x\r\n%s\r\n" % (len(raw[:100]), raw[:100]),
                           b"%x\r\n%s\r\n" % (len(raw[100:]), raw[100:]), b"0\r\n\r\n"])
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:300]


def test_both_framings_at_once_are_refused(server):
    answer = _raw_request(server.url, "POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Type: application/msgpack\r\n"
                                      "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_unknown_appliance_and_bad_signature_get_the_same_401(server, appliance, tmp_path):
    stranger = Appliance(tmp_path / "stranger")
    impostor = Appliance(tmp_path / "impostor", name=appliance.name)
    unknown = _post_raw(server.url, wire.encode(stranger.make(call_events())))
    forged = _post_raw(server.url, wire.encode(impostor.make(call_events())))
    assert unknown[0] == forged[0] == 401
    assert unknown[2] == forged[2]
    assert unknown[1] == forged[1]


def test_recording_401s_are_the_same_and_size_comes_before_them(pg, tmp_path, appliance):
    rec_dir = tmp_path / "recordings"
    rec_dir.mkdir()
    config = SERVER_CONFIG + f'recordings_dir = "{rec_dir}"\nmax_recording_bytes = 4096\n'
    dsn = pg.create_db(f"t_{uuid.uuid4().hex[:12]}", template=TEMPLATE_DB)
    running = start_server(dsn, tmp_path, config)
    try:
        known = register(dsn, Appliance(tmp_path / "k"))
        answers = []
        for name in (known.name, "nobody-" + uuid.uuid4().hex[:6]):
            head = (f"PUT {recording_wire.url_path(name, 'c1')} HTTP/1.1\r\nHost: x\r\nContent-Type: audio/wav\r\n"
                    f"Content-Length: 4\r\n{recording_wire.SHA256_HEADER}: {'0' * 64}\r\n"
                    f"{recording_wire.SIGNATURE_HEADER}: {'00' * 64}\r\nConnection: close\r\n\r\n")
            answers.append(_raw_request(running.url, head, [b"RIFF"]))
        assert answers[0].startswith(b"HTTP/1.1 401 ") and answers[0] == answers[1]
        big = (f"PUT {recording_wire.url_path(known.name, 'c1')} HTTP/1.1\r\nHost: x\r\nContent-Type: audio/wav\r\n"
               f"Content-Length: 4097\r\n{recording_wire.SHA256_HEADER}: {'0' * 64}\r\n"
               f"{recording_wire.SIGNATURE_HEADER}: {'00' * 64}\r\n\r\n")
        assert _raw_request(running.url, big).startswith(b"HTTP/1.1 413 ")
        # A call id with line breaks and an escape sequence stays inside its one log line.
        forged = "c1\nALARM: forged line\r\x1b[2J"
        head = (f"PUT {recording_wire.url_path(known.name, forged)} HTTP/1.1\r\nHost: x\r\nContent-Type: audio/wav\r\n"
                f"Content-Length: 4\r\n{recording_wire.SHA256_HEADER}: {'0' * 64}\r\n"
                f"{recording_wire.SIGNATURE_HEADER}: {'00' * 64}\r\nConnection: close\r\n\r\n")
        assert _raw_request(running.url, head, [b"RIFF"]).startswith(b"HTTP/1.1 401 ")
        bad_name = "box\nALARM: chain conflict from appliance 'x'"
        batch = Appliance(tmp_path / "n", name=bad_name).make(call_events())
        assert post(running.url, wire.encode(batch))[0] == 401
    finally:
        stop_server(running)
    log = running.log()
    assert "c1\\nALARM: forged line\\r\\x1b[2J" in log and "box\\nALARM: chain conflict" in log
    assert not any(line.startswith(("ALARM", "\x1b")) for line in log.splitlines())
    assert "\x1b" not in log and "\r" not in log
