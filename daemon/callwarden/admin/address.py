"""`[admin] metrics_address`: where /metrics and /healthz may also be served for a Prometheus on
another host ("" = only on the loopback admin listener).

An IP literal and a port, "10.0.0.5:9464", "0.0.0.0:9464" or "[::]:9464": a host name would be
resolved at start and could name more than one address; the admin listener stays loopback-only.
"""

from __future__ import annotations

import ipaddress

WANT = 'empty, or "IP:PORT" (an IPv4 address, or [IPv6], and a port from 1 to 65535)'


def parse(value: str) -> tuple[str, int] | None:
    """(host, port) of a valid non-empty address, else None."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 1 <= int(port) <= 65535:
        return None
    bracketed = host.startswith("[") and host.endswith("]")
    try:
        ip = ipaddress.ip_address(host[1:-1] if bracketed else host)
    except ValueError:
        return None
    if (ip.version == 6) != bracketed:
        return None
    return str(ip), int(port)


def check(value: str) -> str | None:
    """config.py's check: None when valid, else what was expected."""
    return None if value == "" or parse(value) is not None else WANT


def clashes(value: str, admin_host: str, admin_port: int, sip_port: int) -> str | None:
    """Why the address cannot be bound next to the admin and SIP listeners, or None."""
    found = parse(value) if value else None
    if found is None:
        return None
    host, port = found
    if port == sip_port:
        return "a port different from sip.port"
    if port == admin_port and (host == admin_host or ipaddress.ip_address(host).is_unspecified):
        return "an address different from the admin listener's (admin.host:admin.port)"
    return None
