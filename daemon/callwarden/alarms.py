"""MESSAGE_IDs of the ALARM log lines, for journald: `journalctl MESSAGE_ID=<id>` finds every
occurrence of one alarm whatever its text says, and a log shipper can route on it.

Fixed UUIDs (journald's 128-bit id, as 32 hex digits): changing one breaks the sites' filters.
Passed as `extra=alarm(ID)`; under systemd the JournalHandler makes it the record's MESSAGE_ID,
on stderr it is ignored.
"""

from __future__ import annotations

SYNC_BACKLOG = "22302b99f0a141518ae617ebf846ebe8"     # appliance: sync backlog past 80 % of its bound
CHAIN_CONFLICT = "d3c1042b00d14fc6983f5058999cadd8"   # receiver: a batch forks or skips an appliance's chain
CLONED_KEY = "a73ae153e70b4d58842c0d04fdc7e104"       # receiver: one key probed under another appliance's name
SLA_PIVOT = "e77f12af9ad04aaa9a830fc2c8bc63ef"        # receiver: a day's opt-out or transfer rate past its alarm


def alarm(message_id: str) -> dict[str, str]:
    """`extra` for a log call."""
    return {"MESSAGE_ID": message_id}
