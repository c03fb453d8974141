"""A sipp scenario that plays one rendered dialog: the µ-law stream, paused over RTP gaps and
while DTMF is keyed (Debian's RFC 4733 pcaps, renumbered per key), then BYE."""

from __future__ import annotations

import struct
from pathlib import Path

from callwarden_tools.evaluation.dialogs import DTMF_DIGIT_MS, Dialog
from callwarden_tools.sip import sipp

DTMF_PCAPS = Path("/usr/share/sip-tester")

_FROM = '"eval" <sip:+1555{num:07d}@[local_ip]:[local_port]>;tag=[pid]SIPpTag[call_number]'
_CONTACT = "<sip:eval@[local_ip]:[local_port]>"
HEAD = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="dialog {id}">
  <send retrans="500"><![CDATA[
""" + sipp.invite(_FROM, _CONTACT, "X-Dialog-Id: {id}\n") + sipp.sdp("eval", "0 101", "a=rtpmap:101 telephone-event/8000\na=fmtp:101 0-15\na=ptime:20\n") + """]]></send>
  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="200" rrs="true"/>
  <send><![CDATA[
""" + sipp.in_dialog("ACK", 1, _FROM, _CONTACT) + """]]></send>
  <nop><action><exec rtp_stream="{audio},1,0"/></action></nop>
"""

# The appliance may end the call itself (opt-out, transfer, timeout): BYE is accepted at any pause.
TAIL = """  <send retrans="500"><![CDATA[
""" + sipp.in_dialog("BYE", 2, _FROM, _CONTACT) + """]]></send>
  <recv response="200" next="done"/>
  <label id="their_bye"/>
  <send><![CDATA[
""" + sipp.ok_to_last() + """]]></send>
  <label id="done"/>
</scenario>
"""


class _Waits:
    """Pauses the far end's BYE interrupts (then we answer it and stop); each needs its own label."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, ms: int) -> str:
        self.n += 1
        return (f'  <recv request="BYE" timeout="{max(ms, 1)}" ontimeout="t{self.n}" next="their_bye"/>\n'
                f'  <label id="t{self.n}"/>\n')


def keyed_pcap(digit: str, key: int, out: Path) -> Path:
    """Debian's RFC 4733 pcap for `digit` as the `key`-th key of a run: sequence numbers and the event
    timestamp rewritten to follow the keys before it.

    The ten pcaps carry unrelated sequence numbers under one SSRC, so replayed as they are a key whose
    numbers sit just below the previous key's was dropped by the receiver as a late packet (a card
    number keyed in the eval arrived with 13 of its 16 digits), and the same digit twice in a row
    shared one timestamp and read as one long key. A phone numbers its packets in order; so does this."""
    data = bytearray((DTMF_PCAPS / f"dtmf_2833_{digit}.pcap").read_bytes())
    off, i = 24, 0
    while off + 16 <= len(data):
        incl = struct.unpack_from("<I", data, off + 8)[0]
        ip = off + 16 + 14                                   # Ethernet, then IPv4
        rtp = ip + (data[ip] & 0x0F) * 4 + 8                 # after the IP header and UDP's
        struct.pack_into("!HI", data, rtp + 2, (1000 + key * 32 + i) & 0xFFFF,
                         (8000 + key * DTMF_DIGIT_MS * 8) & 0xFFFFFFFF)
        off += 16 + incl
        i += 1
    path = out / f"key-{key:02d}-{digit}.pcap"
    path.write_bytes(bytes(data))
    return path


def build(dialog: Dialog, audio_ul: Path, number: int, pcaps: Path | None = None) -> str:
    """The scenario's XML; keyed digits' pcaps are written to `pcaps` (default: beside the audio)."""
    pcaps = pcaps or audio_ul.parent
    keys = 0
    wait = _Waits()
    actions: list[tuple[int, str]] = []
    for turn in dialog.turns:
        if turn.kind == "gap":
            actions.append((turn.start_ms, '  <nop><action><exec rtp_stream="pause"/></action></nop>\n'))
            actions.append((turn.end_ms, '  <nop><action><exec rtp_stream="resume"/></action></nop>\n'))
        elif turn.kind == "dtmf":
            actions.append((turn.start_ms, '  <nop><action><exec rtp_stream="pause"/></action></nop>\n'))
            for k, digit in enumerate(turn.text):
                if not (DTMF_PCAPS / f"dtmf_2833_{digit}.pcap").exists():
                    raise ValueError(f"{dialog.id}: no RFC 4733 pcap for DTMF {digit!r}")
                pcap = keyed_pcap(digit, keys, pcaps)
                keys += 1
                actions.append((turn.start_ms + k * DTMF_DIGIT_MS,
                                f'  <nop><action><exec play_pcap_audio="{pcap}"/></action></nop>\n'))
            actions.append((turn.end_ms, '  <nop><action><exec rtp_stream="resume"/></action></nop>\n'))
    xml = [HEAD.format(id=dialog.id, audio=audio_ul, num=number)]
    now = 0
    for t_ms, action in sorted(actions, key=lambda a: a[0]):
        if t_ms > now:
            xml.append(wait(t_ms - now))
            now = t_ms
        xml.append(action)
    xml.append(wait(dialog.audio_ms - now))
    xml.append(TAIL.format(num=number))
    return "".join(xml)
