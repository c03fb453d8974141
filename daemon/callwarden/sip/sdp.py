"""Small SIP/SDP text helpers shared by the stack and the test caller (no pjsua2 here)."""

from __future__ import annotations

STATIC_PAYLOADS = {0: "PCMU", 8: "PCMA", 3: "GSM", 9: "G722", 18: "G729"}


def offered_codecs(sdp: str) -> list[str]:
    """Audio codec names of the first m=audio line, in the offerer's order."""
    names: dict[int, str] = {}
    order: list[int] = []
    for line in sdp.splitlines():
        line = line.strip()
        if line.startswith("m=audio") and not order:
            order = [int(p) for p in line.split()[3:] if p.isdigit()]
        elif line.startswith("a=rtpmap:"):
            pt, _, enc = line[len("a=rtpmap:"):].partition(" ")
            if pt.isdigit():
                names[int(pt)] = enc.split("/")[0]
    return [names.get(pt) or STATIC_PAYLOADS.get(pt, f"pt{pt}") for pt in order]


def split_message(raw: str) -> tuple[dict[str, str], str]:
    """Headers (lower-cased names, first value wins) and body of a SIP message."""
    head, _, body = raw.replace("\r\n", "\n").partition("\n\n")
    headers: dict[str, str] = {}
    for line in head.split("\n")[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.setdefault(name.strip().lower(), value.strip())
    return headers, body


def kept_headers(headers: dict[str, str], keep: list[str]) -> dict[str, str]:
    return {name: headers[name.lower()] for name in keep if name.lower() in headers}
