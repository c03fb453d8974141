"""What a worker answers before pjsua sees a request: the SIP edge's policy, as a pure function.

pjsua on its own answers presence SUBSCRIBE and MESSAGE with 200 (then sends NOTIFYs to whatever
Contact was given) and leaves REGISTER, PUBLISH and unknown methods unanswered. The gate answers
them as RFC 3261 §8.2.1 asks: 405 with `Allow` for a method the appliance knows but does not serve,
501 for one it does not know. It also holds the source check the front would have made, so a
worker reached directly (front = "none", or a port probed past the front) applies
`allowed_sources` itself. `pjgate.py` runs it inside pjsip.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

# What a call needs: the dialog's own methods, INFO for DTMF, NOTIFY for our REFER's progress.
SERVED = ("INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "INFO", "UPDATE", "REFER", "NOTIFY", "PRACK")
ALLOW = ", ".join(SERVED)
# Methods of SIP extensions the appliance knows of and does not serve (registrar, presence,
# pager, publication): 405, never 200.
NOT_SERVED = ("REGISTER", "SUBSCRIBE", "PUBLISH", "MESSAGE")


@dataclass(frozen=True)
class Answer:
    """A stateless final answer; `allow` adds the Allow header."""
    code: int
    reason: str
    allow: bool = False


PASS = None                    # pjsua handles it
DROP = "drop"                  # no answer at all (an ACK never gets one)
FORBIDDEN = Answer(403, "Forbidden")
NOT_ALLOWED = Answer(405, "Method Not Allowed", allow=True)
NOT_IMPLEMENTED = Answer(501, "Not Implemented", allow=True)


@dataclass(frozen=True)
class Gate:
    """`sources`: the networks a request may come from; empty lets any source in."""
    sources: tuple = ()

    @classmethod
    def from_networks(cls, networks: list[str]) -> "Gate":
        return cls(tuple(ipaddress.ip_network(n, strict=False) for n in networks))

    def source_allowed(self, ip: str) -> bool:
        if not self.sources:
            return True
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(addr.version == net.version and addr in net for net in self.sources)

    def judge(self, method: str, source_ip: str):
        """PASS, DROP or the Answer for one request (method as written on its request line)."""
        if not self.source_allowed(source_ip):
            return DROP if method == "ACK" else FORBIDDEN
        if method in SERVED:
            return PASS
        if method in NOT_SERVED:
            return NOT_ALLOWED
        return NOT_IMPLEMENTED


def request_method(raw: bytes) -> str | None:
    """The method token of a request's first line; None for a response or garbage."""
    line = raw.split(b"\r\n", 1)[0].split(b"\n", 1)[0]
    parts = line.split(b" ")
    if len(parts) != 3 or parts[0].startswith(b"SIP/") or not parts[2].startswith(b"SIP/"):
        return None
    try:
        return parts[0].decode("ascii")
    except UnicodeDecodeError:
        return None
