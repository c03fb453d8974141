"""The eval keys DTMF as a phone would: each key's RFC 4733 packets numbered after the previous key's."""

import struct
from pathlib import Path

import pytest

from callwarden_tools.evaluation import scenario
from callwarden_tools.evaluation.dialogs import DTMF_DIGIT_MS

pytestmark = pytest.mark.skipif(not (scenario.DTMF_PCAPS / "dtmf_2833_1.pcap").exists(),
                                reason="Debian's sip-tester pcaps are not installed")


def rtp_headers(path: Path) -> list[tuple[int, int, int]]:
    """(sequence number, timestamp, event) of each packet."""
    data, off, out = path.read_bytes(), 24, []
    while off + 16 <= len(data):
        incl = struct.unpack_from("<I", data, off + 8)[0]
        ip = off + 16 + 14
        rtp = ip + (data[ip] & 0x0F) * 4 + 8
        seq, ts = struct.unpack_from("!HI", data, rtp + 2)
        out.append((seq, ts, data[rtp + 12]))
        off += 16 + incl
    return out


def test_keys_are_numbered_in_order_and_a_repeated_digit_is_a_new_key(tmp_path):
    # 5 then 3 is the pair whose Debian pcaps run backwards (8155 -> 8087): the receiver dropped the 3
    keys = [rtp_headers(scenario.keyed_pcap(d, k, tmp_path)) for k, d in enumerate("5331")]
    seqs = [seq for key in keys for seq, _, _ in key]
    assert all(b >= a for a, b in zip(seqs, seqs[1:])), seqs
    assert [key[0][2] for key in keys] == [5, 3, 3, 1]
    stamps = [key[0][1] for key in keys]
    assert len(set(stamps)) == 4 and stamps[1] - stamps[0] == DTMF_DIGIT_MS * 8
    assert all(len({ts for _, ts, _ in key}) == 1 for key in keys)    # one event, one timestamp


def test_the_original_pcaps_would_run_backwards():
    """Guards the test above: were Debian's numbers already in order, it would prove nothing."""
    five, three = (rtp_headers(scenario.DTMF_PCAPS / f"dtmf_2833_{d}.pcap") for d in "53")
    assert three[0][0] < five[-1][0]
