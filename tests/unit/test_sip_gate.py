"""The worker's SIP gate as a pure policy: methods (RFC 3261 §8.2.1) and sources."""

from __future__ import annotations

import pytest

from callwarden.config import ConfigError, SipConfig
from callwarden.sip import gate


@pytest.mark.parametrize("method,verdict", [
    ("INVITE", gate.PASS), ("ACK", gate.PASS), ("BYE", gate.PASS), ("OPTIONS", gate.PASS),
    ("NOTIFY", gate.PASS), ("REFER", gate.PASS),
    ("SUBSCRIBE", gate.NOT_ALLOWED), ("MESSAGE", gate.NOT_ALLOWED), ("REGISTER", gate.NOT_ALLOWED),
    ("PUBLISH", gate.NOT_ALLOWED),
    ("FOO", gate.NOT_IMPLEMENTED), ("RE%47IST%45R", gate.NOT_IMPLEMENTED), ("invite", gate.NOT_IMPLEMENTED),
    ("", gate.NOT_IMPLEMENTED),
])
def test_methods(method, verdict):
    assert gate.Gate().judge(method, "198.51.100.7") == verdict


def test_refusals_say_allow_and_it_lists_only_served_methods():
    assert gate.NOT_ALLOWED.allow and gate.NOT_IMPLEMENTED.allow and not gate.FORBIDDEN.allow
    assert "SUBSCRIBE" not in gate.ALLOW and "MESSAGE" not in gate.ALLOW and "INVITE" in gate.ALLOW


def test_sources():
    g = gate.Gate.from_networks(["10.1.0.0/16", "192.0.2.5", "2001:db8::/32"])
    assert g.judge("INVITE", "10.1.200.3") is gate.PASS
    assert g.judge("INVITE", "2001:db8::9") is gate.PASS
    assert g.judge("INVITE", "10.2.0.1") == gate.FORBIDDEN
    assert g.judge("SUBSCRIBE", "192.0.2.6") == gate.FORBIDDEN       # the source is judged first
    assert g.judge("ACK", "10.2.0.1") == gate.DROP                   # an ACK is never answered
    assert g.judge("INVITE", "not-an-address") == gate.FORBIDDEN
    assert gate.Gate().judge("INVITE", "203.0.113.9") is gate.PASS   # no list: any source


@pytest.mark.parametrize("raw,method", [
    (b"INVITE sip:bot@h SIP/2.0\r\nVia: x\r\n\r\n", "INVITE"),
    (b"!interesting-Method0123456789_*+`.%indeed'~ sip:a@b SIP/2.0\r\n\r\n", "!interesting-Method0123456789_*+`.%indeed'~"),
    (b"SIP/2.0 200 OK\r\n\r\n", None),
    (b"garbage\r\n\r\n", None),
    (b"\xff\xfe sip:a SIP/2.0\r\n", None),
])
def test_request_method(raw, method):
    assert gate.request_method(raw) == method


def test_a_network_facing_worker_without_front_needs_allowed_sources():
    with pytest.raises(ConfigError) as e:
        SipConfig(host="192.0.2.10")
    assert e.value.key_path == "sip.front"
    SipConfig(host="192.0.2.10", allowed_sources=["192.0.2.0/24"])
    SipConfig(host="192.0.2.10", front="kamailio")
    SipConfig(host="127.0.0.1")


def test_remote_workers_over_tls_need_a_ca_and_a_tls_port(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    base = dict(front="kamailio", remote_workers=["10.0.0.5:5071"], remote_workers_tls=True)
    for extra, key in [({}, "sip.tls_port"), ({"tls_port": 5091, "tls_certificate": str(ca),
                                                "tls_private_key": str(ca)}, "sip.remote_workers_ca_file")]:
        with pytest.raises(ConfigError) as e:
            SipConfig(**base, **extra)
        assert e.value.key_path == key
    with pytest.raises(ConfigError) as e:
        SipConfig(front="kamailio", remote_workers_tls=True)
    assert e.value.key_path == "sip.remote_workers_tls"
    SipConfig(**base, tls_port=5091, tls_certificate=str(ca), tls_private_key=str(ca), remote_workers_ca_file=str(ca))
