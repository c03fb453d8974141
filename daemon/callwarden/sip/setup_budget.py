"""How many new calls a worker's pjsua may start per second without running out of sockets.

pjsip's I/O queue in the pinned wheel holds 64 sockets and keeps a closed socket's slot for 500 ms
(PJ_IOQUEUE_KEY_FREE_DELAY) before it can be used again, and pjsua opens two sockets (RTP, RTCP)
for every INVITE it takes, even one it then refuses. 32 calls set up and torn down within half a
second used every slot, and the wheel's assertion aborted the worker (seen at the start of an
INVITE flood: the worker was lost with its calls, and the front answered 503 while it restarted).
The gate (pjgate.py) answers INVITEs past the budget 503 + Retry-After before pjsua sees them; a
front fails over to another worker on it.

Bound: within any 500 ms, sockets in use or waiting are at most 2 per live call (pjsua's 4 slots),
2 per call that ended in that time (at most those live when it began plus those taken in it) and
the SIP transports: 2 x 4 + 2 x (4 + BUDGET) + a few, under 64 with BUDGET = 16 per second.
"""

from __future__ import annotations

from collections import deque

from callwarden.sip.sdp import offered_codecs

BUDGET = 16           # new calls taken per WINDOW_S
MEDIA_CODECS = ("PCMU", "PCMA")     # every codec `[sip] codecs` may name
WINDOW_S = 1.0        # twice the I/O queue's key-free delay
RETRY_AFTER_S = 1


class SetupBudget:
    def __init__(self, budget: int = BUDGET, window_s: float = WINDOW_S) -> None:
        self.budget, self.window_s = budget, window_s
        self._taken: deque[float] = deque()

    def admit(self, now: float) -> bool:
        """True (and counted) when one more new call fits in the window ending at `now`."""
        while self._taken and now - self._taken[0] >= self.window_s:
            self._taken.popleft()
        if len(self._taken) >= self.budget:
            return False
        self._taken.append(now)
        return True


def opens_dialog(raw: bytes) -> bool:
    """An INVITE without a To tag: a new call (a re-INVITE within a call opens no sockets)."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() in (b"to", b"t"):
            return b";tag=" not in value.replace(b" ", b"").lower()
    return True


def takes_sockets(raw: bytes) -> bool:
    """A new call pjsua may open media for: an INVITE without a To tag, with no offer or one naming
    a codec the appliance takes. pjsua answers an offer of none of them 488 without opening any
    (the SIP torture suite sends dozens a second), so those are not counted."""
    if not opens_dialog(raw):
        return False
    body = raw.partition(b"\r\n\r\n")[2].decode(errors="replace")
    return not body.strip() or any(codec.upper() in MEDIA_CODECS for codec in offered_codecs(body))
