"""Small SIP/SDP text helpers shared by the stack and the test caller (no pjsua2 here)."""

from __future__ import annotations

STATIC_PAYLOADS = {0: "PCMU", 8: "PCMA", 3: "GSM", 9: "G722", 18: "G729"}


def offered_codecs(sdp: str) -> list[str]:
    """Audio codec names of every live m=audio line (port not 0), stream by stream in the offerer's
    order. pjsua answers the first usable audio stream and declines the others with port 0
    (RFC 3264 §6), so a call is refused only when no stream offers a codec it takes."""
    streams: list[tuple[list[int], dict[int, str]]] = []
    current: tuple[list[int], dict[int, str]] | None = None
    for line in sdp.splitlines():
        line = line.strip()
        if line.startswith("m="):
            fields = line.split()
            live = line.startswith("m=audio") and len(fields) > 3 and fields[1].split("/")[0] != "0"
            current = ([int(p) for p in fields[3:] if p.isdigit()], {}) if live else None
            if current is not None:
                streams.append(current)
        elif line.startswith("a=rtpmap:") and current is not None:
            pt, _, enc = line[len("a=rtpmap:"):].partition(" ")
            if pt.isdigit():
                current[1][int(pt)] = enc.split("/")[0]
    return [names.get(pt) or STATIC_PAYLOADS.get(pt, f"pt{pt}") for order, names in streams for pt in order]


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
