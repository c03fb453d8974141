"""The sipp pieces the benches and the eval share: the SDP they offer or answer, the in-dialog
requests they send, the 200 OK they answer a request with, and placing one scripted call.

Each piece is scenario text with sipp's [keywords] and no braces, so a caller may still run
str.format over the scenario it is part of."""

from __future__ import annotations

import subprocess
from pathlib import Path

# Answers the request just received (the BYE of a call the appliance ends, the queue's INVITE).
OK_TO_LAST = """SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]{to_tag}
[last_Call-ID:]
[last_CSeq:]
"""


def invite(from_: str, contact: str, extra: str = "") -> str:
    """The caller's INVITE to the bot up to its SDP; `extra`: more headers, each ending in a newline."""
    return ("INVITE sip:bot@[remote_ip]:[remote_port] SIP/2.0\n"
            "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]\n"
            f"From: {from_}\nTo: <sip:bot@[remote_ip]:[remote_port]>\nCall-ID: [call_id]\nCSeq: 1 INVITE\n"
            f"Contact: {contact}\nMax-Forwards: 70\n{extra}Content-Type: application/sdp\nContent-Length: [len]\n\n")


def sdp(user: str, formats: str = "0", extra: str = "") -> str:
    """PCMU on sipp's media port (and the payload types `formats` adds, described in `extra`)."""
    return (f"v=0\no={user} 1 1 IN IP[local_ip_type] [local_ip]\ns=-\nc=IN IP[media_ip_type] [media_ip]\n"
            f"t=0 0\nm=audio [media_port] RTP/AVP {formats}\na=rtpmap:0 PCMU/8000\n{extra}")


def ok_to_last(to_tag: str = "", contact: str = "", body: str = "") -> str:
    """200 OK to the last request: with a Contact and an SDP body for an INVITE, bare otherwise."""
    head = OK_TO_LAST.replace("{to_tag}", to_tag)
    if not body:
        return head + "Content-Length: 0\n\n"
    return head + f"Contact: {contact}\nContent-Type: application/sdp\nContent-Length: [len]\n\n{body}"


def in_dialog(method: str, cseq: int, from_: str, contact: str = "", routes: bool = False,
              uri: str = "[next_url]") -> str:
    """An ACK or BYE of the caller's dialog with the bot; `routes` keeps the front's Record-Route."""
    lines = [f"{method} {uri} SIP/2.0", "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]"]
    if routes:
        lines.append("[routes]")
    lines += [f"From: {from_}", "To: <sip:bot@[remote_ip]:[remote_port]>[peer_tag_param]", "Call-ID: [call_id]",
              f"CSeq: {cseq} {method}"]
    if contact:
        lines.append(f"Contact: {contact}")
    lines += ["Max-Forwards: 70", "Content-Length: 0", "", ""]
    return "\n".join(lines)


def play_one(xml: Path, port: int, work: Path, timeout_s: int, error_file: Path,
             media_port: int | None = None) -> int:
    """Runs one call of scenario `xml` against 127.0.0.1:port; sipp's exit code."""
    media = ["-mp", str(media_port)] if media_port is not None else []
    r = subprocess.run(["sipp", "-sf", str(xml), "-m", "1", "-i", "127.0.0.1", "-mi", "127.0.0.1", *media,
                        "-nostdin", "-timeout", f"{timeout_s}s", "-timeout_error", "-trace_err",
                        "-error_file", str(error_file), f"127.0.0.1:{port}"],
                       capture_output=True, text=True, cwd=work, timeout=timeout_s + 30)
    return r.returncode
