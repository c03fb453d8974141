"""SIP torture messages after RFC 4475's cases, and a small raw-socket client to send them.

Each case is written for this appliance (not copied from the RFC): the request is an OPTIONS or an
INVITE to bot@HOST. INVITEs whose message is valid carry an SDP that decides the answer (an unknown
codec only -> 488), so no call is set up unless the case is about a call that should come up; those
are ACKed and hung up by `exchange`.

`expect` is (worker alone, through the Kamailio front): the final status code the appliance
answers, or None where it drops the message unanswered. For malformed requests RFC 4475 asks for
an error answer where one can be formed and lets an element discard what it cannot parse; the
table records which of the two each parser does (the front is the stricter one: it is the edge).
Over TCP a Content-Length longer than the bytes sent makes the receiver wait for the rest, so
those cases expect silence on TCP (`tcp_expect`).
"""

from __future__ import annotations

import re
import socket
import ssl
import time
import uuid
from dataclasses import dataclass

# The message head: {rline} is the request line, {extra} more headers, then the body.
# Placeholders filled per send: host, port (the target), lhost, lport (our socket), transport,
# branch, callid, tag.
SDP_UNKNOWN_CODEC = ("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
                     "m=audio 49170 RTP/AVP 98\r\na=rtpmap:98 X-NOSUCH/8000\r\n")
SDP_PCMU = ("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
            "m=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")


@dataclass(frozen=True)
class Case:
    name: str
    rfc: str              # the RFC 4475 section it follows (or RFC 4566/3264 for SDP)
    text: str             # the whole message with placeholders; \n becomes \r\n unless raw
    expect: tuple         # (worker, front): status code or None
    tcp_expect: tuple | None = None    # when TCP differs from UDP
    why: str = ""
    allow: bool = False   # the answer carries Allow: what the appliance serves, nothing more


def _msg(method: str, uri: str = "sip:bot@{host}:{port}", *, extra: str = "", body: str = "",
         content_type: str = "application/sdp", cseq: str | None = None, version: str = "SIP/2.0",
         content_length: str | None = None, headers: str | None = None) -> str:
    """A request; `headers` replaces the standard header block entirely."""
    if headers is None:
        headers = ("Via: SIP/2.0/{transport} {lhost}:{lport};branch={branch}\n"
                   "Max-Forwards: 70\n"
                   "From: <sip:torture@{lhost}>;tag={tag}\n"
                   "To: <sip:bot@{host}>\n"
                   "Call-ID: {callid}\n"
                   f"CSeq: {cseq or '1 ' + method}\n"
                   "Contact: <sip:torture@{lhost}:{lport};transport={transport}>\n")
    if body:
        headers += f"Content-Type: {content_type}\n"
    length = content_length if content_length is not None else "{body_len}"
    return f"{method} {uri} {version}\n{headers}{extra}Content-Length: {length}\n\n" + body


LONG = "x" * 1500

CASES = [
    # --- valid, if odd: each must be accepted (parsed to the point of an answer) -------------------
    Case("folded_cseq", "3.1.1.1",
         _msg("INVITE", cseq="\n  1\n   INVITE", body=SDP_UNKNOWN_CODEC,
              extra="Subject: folded\n  over\n\ttwo lines\n"),
         (488, 488),
         why="folding is legal LWS: both read the request to its SDP (the front unfolds the header "
             "section before Kamailio's parser, which cannot read a folded CSeq)"),
    Case("long_values", "3.1.1.7",
         _msg("INVITE", "sip:bot@{host}:{port};long-param=" + "p" * 400, body=SDP_UNKNOWN_CODEC,
              extra=(f"X-Long-Header: {LONG}\n"
                     f"Subject: {'s' * 600}\n"
                     f"Organization: \"{'o' * 300}\" {';'.join(f'p{i}={i}' for i in range(40))}\n")),
         (488, 488), why="long header values, long URI parameters: parsed, not truncated"),
    Case("very_long_message", "3.1.1.7",
         _msg("INVITE", body=SDP_UNKNOWN_CODEC,
              extra="".join(f"X-Filler-{i}: {'f' * 900}\n" for i in range(10))),
         (200, 513), tcp_expect=(None, 513),
         why="about 10 kB of headers. pjsip reads at most 4000 bytes: over UDP the rest is cut off, "
             "here before the SDP, so the worker answers an offerless INVITE (200, a known limit of "
             "a worker alone); over TCP it never completes the message. The front refuses anything "
             "larger than a worker can read with 513 Message Too Large"),
    Case("escaped_uri", "3.1.1.3",
         _msg("OPTIONS", "sip:sip%3Abot%40example.com@{host}:{port};other-param=summit",
              extra="Accept: application/sdp\n",
              headers=("Via: SIP/2.0/{transport} {lhost}:{lport};branch={branch}\n"
                       "Max-Forwards: 70\n"
                       "From: <sip:%74orture@{lhost}>;tag={tag}\n"
                       "To: <sip:%62ot@{host}>\n"
                       "Call-ID: {callid}\n"
                       "CSeq: 1 OPTIONS\n")),
         (200, 200), why="escaped user parts in Request-URI, From and To are valid"),
    Case("semicolon_in_user", "3.1.1.9",
         _msg("OPTIONS", "sip:bot;par=u%40example.net@{host}:{port}", extra="Accept: application/sdp\n"),
         (200, 200), why="a user part holding ';' and an escaped '@' is still a user part"),
    Case("token_chars_in_header_name", "3.1.1.2",
         _msg("OPTIONS", extra="X-Odd!%Name*`'~: any value\nC%6Fntact-Like: not a Contact\n"),
         (200, 200),
         why="a header name is a token, and ! % * ` ' ~ are token characters: an unknown header so "
             "named is kept and ignored (Kamailio's default list lacks them and dropped the request)"),
    Case("in_dialog_route_elsewhere", "3.1.1.1",
         _msg("INFO", extra="Route: <sip:relay-target.invalid;lr>\n",
              headers=("Via: SIP/2.0/{transport} {lhost}:{lport};branch={branch}\n"
                       "Max-Forwards: 70\n"
                       "From: <sip:torture@{lhost}>;tag={tag}\n"
                       "To: <sip:bot@{host}>;tag=never-issued\n"
                       "Call-ID: {callid}\n"
                       "CSeq: 5 INFO\n")),
         (481, 481),
         why="a To tag no dialog of ours has, routed to some other host: no such dialog here. The "
             "front relays in-dialog requests only along its own Record-Route, never to a host a "
             "peer names (an open relay)"),
    Case("in_dialog_unknown_tag", "RFC 3261 §12.2.2",
         _msg("INFO", headers=("Via: SIP/2.0/{transport} {lhost}:{lport};branch={branch}\n"
                               "Max-Forwards: 70\n"
                               "From: <sip:torture@{lhost}>;tag={tag}\n"
                               "To: <sip:bot@{host}>;tag=never-issued\n"
                               "Call-ID: {callid}\n"
                               "CSeq: 5 INFO\n")),
         (481, 481), why="a To tag that matches no dialog: 481 from the worker and from the front alike"),
    # --- invalid: a 4xx/5xx, or silence -----------------------------------------------------------
    Case("unknown_scheme_request_uri", "3.3.? (unksm)",
         _msg("OPTIONS", "nope:bot@{host}"), (None, 400),
         why="an unknown Request-URI scheme: pjsip cannot parse it and drops it; the front's sanity "
             "check answers 400 (416 would be finer, either is allowed)"),
    Case("content_length_too_large", "3.1.2.? (clerr)",
         _msg("INVITE", body=SDP_UNKNOWN_CODEC, content_length="9999"),
         (488, 400), tcp_expect=(None, None),
         why="UDP: the front answers 400; pjsip takes the datagram's body as it is and reaches the SDP "
             "(488). TCP: both wait for the rest of the announced body"),
    Case("content_length_negative", "3.1.2.? (ncl)",
         _msg("INVITE", body=SDP_UNKNOWN_CODEC, content_length="-999"),
         (None, None), why="a negative Content-Length is malformed: both parsers drop it"),
    Case("missing_mandatory_headers", "3.1.2.? (insuf)",
         _msg("INVITE", body=SDP_UNKNOWN_CODEC,
              headers=("Via: SIP/2.0/{transport} {lhost}:{lport};branch={branch}\n"
                       "CSeq: 1 INVITE\n")),
         (None, None), why="no From, To, Call-ID or Max-Forwards: no answer can be matched, dropped"),
    Case("unterminated_quote", "3.1.2.? (quotbal)",
         _msg("INVITE", body=SDP_UNKNOWN_CODEC,
              headers=("Via: SIP/2.0/{transport} {lhost}:{lport};branch={branch}\n"
                       "Max-Forwards: 70\n"
                       "From: \"Torture Caller <sip:torture@{lhost}>;tag={tag}\n"
                       "To: <sip:bot@{host}>\n"
                       "Call-ID: {callid}\n"
                       "CSeq: 1 INVITE\n")),
         (None, 400), why="a display name whose quote never closes: pjsip drops it, the front says 400"),
    Case("unsupported_sip_version", "3.1.2.? (badvers)",
         _msg("OPTIONS", version="SIP/7.0"), (None, None),
         why="SIP/7.0 in the request line: both parsers drop it (505 would also be allowed)"),
    Case("mixed_sip_versions", "3.1.2.? (badvers, in Via)",
         _msg("OPTIONS", headers=("Via: SIP/3.0/{transport} {lhost}:{lport};branch={branch}\n"
                                  "Max-Forwards: 70\n"
                                  "From: <sip:torture@{lhost}>;tag={tag}\n"
                                  "To: <sip:bot@{host}>\n"
                                  "Call-ID: {callid}\n"
                                  "CSeq: 1 OPTIONS\n")),
         (None, None), why="SIP/2.0 request line, SIP/3.0 Via: the Via does not parse, dropped"),
    Case("cseq_method_mismatch", "3.1.2.? (mismatch01)",
         _msg("OPTIONS", cseq="1 INVITE"), (200, 400),
         why="the CSeq method differs from the request line's: pjsip lets it pass, the front says 400"),
    # --- SDP edge cases (RFC 3264 offer/answer, RFC 4566 syntax) -----------------------------------
    Case("sdp_no_media", "RFC 3264 §5",
         _msg("INVITE", body="v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"),
         (400, 400), why="an offer without any m= line: pjsip's SDP check answers 400 (no media to "
                         "negotiate; the front relays it)"),
    Case("sdp_unknown_codecs_only", "RFC 3264 §6",
         _msg("INVITE", body=("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
                              "m=audio 49170 RTP/AVP 96 97\r\na=rtpmap:96 X-FOO/8000\r\n"
                              "a=rtpmap:97 X-BAR/16000\r\n")),
         (488, 488), why="only codecs nobody knows"),
    Case("sdp_zero_port", "RFC 3264 §5.1",
         _msg("INVITE", body=("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
                              "m=audio 0 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")),
         (488, 488), why="the only stream is declined (port 0): no usable media"),
    Case("sdp_multiple_m_lines", "RFC 3264 §6",
         _msg("INVITE", body=("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
                              "m=video 49172 RTP/AVP 31\r\na=rtpmap:31 H261/90000\r\n"
                              "m=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")),
         (200, 200), why="video declined, audio accepted: the call comes up (ACK, BYE)"),
    Case("sdp_first_audio_unusable", "RFC 3264 §6",
         _msg("INVITE", body=("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
                              "m=audio 49170 RTP/AVP 98\r\na=rtpmap:98 X-NOSUCH/8000\r\n"
                              "m=audio 49172 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")),
         (200, 200), why="two audio streams, only the second usable: it is answered, the first declined"),
    Case("sdp_two_usable_audio", "RFC 3264 §6",
         _msg("INVITE", body=("v=0\r\no=t 1 1 IN IP4 {lhost}\r\ns=-\r\nc=IN IP4 {lhost}\r\nt=0 0\r\n"
                              "m=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
                              "m=audio 49172 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\n")),
         (200, 200), why="two usable audio streams: the first is answered, the second declined"),
    Case("sdp_in_multipart_body", "RFC 5621",
         _msg("INVITE", content_type="multipart/mixed;boundary=bnd",
              body=("--bnd\r\nContent-Type: application/sdp\r\n\r\n" + SDP_PCMU +
                    "\r\n--bnd\r\nContent-Type: application/x-trunk-info\r\n\r\nline=7\r\n--bnd--\r\n")),
         (200, 200), why="an SDP offer inside a multipart body, beside a part the appliance ignores"),
    Case("tel_request_uri", "RFC 3966",
         _msg("INVITE", "tel:+14155550132", body=SDP_PCMU), (200, 200), allow=True,
         why="a tel: Request-URI, as some trunks send to a number; the 200's Allow lists only what "
             "is served (pjsua's own list names SUBSCRIBE and MESSAGE)"),
    # --- methods the appliance does not serve (RFC 3261 §8.2.1) -----------------------------------
    Case("presence_subscribe", "RFC 3261 §8.2.1",
         _msg("SUBSCRIBE", extra="Event: presence\nExpires: 60\n"), (405, 405), allow=True,
         why="no presence: 405 with Allow, never 200 and NOTIFYs to the Contact given"),
    Case("pager_message", "RFC 3261 §8.2.1",
         _msg("MESSAGE", body="hello", content_type="text/plain"), (405, 405), allow=True,
         why="no pager mode: 405 with Allow"),
    Case("register", "RFC 3261 §8.2.1",
         _msg("REGISTER", "sip:{host}:{port}"), (405, 405), allow=True, why="not a registrar: 405 with Allow"),
    Case("publish", "RFC 3261 §8.2.1",
         _msg("PUBLISH", extra="Event: presence\n"), (405, 405), allow=True, why="no event state: 405 with Allow"),
    Case("unknown_method", "3.1.1.2",
         _msg("!interesting-Method0123456789_*+`.%indeed'~"), (501, 501), allow=True,
         why="a method token of every allowed character, unknown here: 501 with Allow"),
    Case("escaped_unknown_method", "3.1.1.5",
         _msg("RE%47IST%45R"), (501, 501), allow=True,
         why="'%' in a method is not an escape: an unknown method, not REGISTER: 501"),
    Case("sdp_ipv6_connection", "RFC 4566 §5.7",
         _msg("INVITE", body=("v=0\r\no=t 1 1 IN IP6 ::1\r\ns=-\r\nc=IN IP6 ::1\r\nt=0 0\r\n"
                              "m=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")),
         (488, 488), why="an IPv6 c= line: the appliance's media is IPv4 only, so no usable stream"),
]


# --- the client -----------------------------------------------------------------------------------

def render(text: str, *, host: str, port: int, lhost: str, lport: int, transport: str) -> tuple[bytes, str]:
    callid = f"torture-{uuid.uuid4().hex[:16]}"
    values = dict(host=host, port=port, lhost=lhost, lport=lport, transport=transport,
                  branch=f"z9hG4bK{uuid.uuid4().hex[:12]}", callid=callid, tag=uuid.uuid4().hex[:8])
    head, _, body = text.partition("\n\n")
    body = body.format(**values)
    head = head.replace("{body_len}", str(len(body.encode()))).format(**values)
    return (head.replace("\n", "\r\n") + "\r\n\r\n" + body).encode(), callid


_STATUS = re.compile(rb"^SIP/2\.0 (\d{3})")


def header(msg: bytes, name: str) -> list[str]:
    text = msg.split(b"\r\n\r\n", 1)[0].decode(errors="replace")
    return [line.split(":", 1)[1].strip() for line in text.split("\r\n")[1:]
            if line.split(":", 1)[0].strip().lower() == name.lower()]


class Peer:
    """One raw socket to the target, UDP, TCP or TLS (give `tls`, a client SSLContext);
    `recv` returns whole SIP messages."""

    def __init__(self, transport: str, target: tuple[str, int], lhost: str = "127.0.0.1",
                 tls: ssl.SSLContext | None = None) -> None:
        self.transport = transport
        self.target = target
        kind = socket.SOCK_DGRAM if transport == "UDP" else socket.SOCK_STREAM
        self.sock = socket.socket(socket.AF_INET, kind)
        self.sock.bind((lhost, 0))
        if transport != "UDP":
            self.sock.settimeout(5)
            self.sock.connect(target)
        if transport == "TLS":
            self.sock = tls.wrap_socket(self.sock, server_hostname=target[0])
        self.lhost, self.lport = self.sock.getsockname()
        self.buf = b""

    def send(self, data: bytes) -> None:
        if self.transport == "UDP":
            self.sock.sendto(data, self.target)
        else:
            self.sock.sendall(data)

    def recv(self, timeout_s: float) -> bytes | None:
        deadline = time.monotonic() + timeout_s
        while True:
            if self.transport != "UDP":
                msg = self._take()
                if msg is not None:
                    return msg
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65535)
            except OSError:         # timeout, reset, TLS alert
                return None
            if self.transport == "UDP":
                return data
            if not data:
                return None
            self.buf += data

    def _take(self) -> bytes | None:
        end = self.buf.find(b"\r\n\r\n")
        if end < 0:
            return None
        length = int((header(self.buf[:end + 4], "Content-Length") or ["0"])[0])
        total = end + 4 + length
        if len(self.buf) < total:
            return None
        msg, self.buf = self.buf[:total], self.buf[total:]
        return msg

    def close(self) -> None:
        self.sock.close()


def exchange(peer: Peer, case: Case, timeout_s: float = 2.0) -> int | None:
    return exchange_answer(peer, case, timeout_s)[0]


def exchange_answer(peer: Peer, case: Case, timeout_s: float = 2.0) -> tuple[int | None, bytes]:
    """Sends the case; returns the final status and message (None, b"": no final answer within
    timeout_s). A final answer to an INVITE is ACKed; a call that came up (2xx) is hung up with BYE."""
    host, port = peer.target
    data, callid = render(case.text, host=host, port=port, lhost=peer.lhost, lport=peer.lport,
                          transport=peer.transport)
    peer.send(data)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        msg = peer.recv(deadline - time.monotonic())
        if msg is None:
            return None, b""
        status = _STATUS.match(msg)
        if not status or callid.encode() not in msg:
            continue              # a stray retransmission of an earlier case's answer
        code = int(status.group(1))
        if code < 200:
            continue
        if data.startswith(b"INVITE"):
            _finish_invite(peer, data, msg, code)
        return code, msg
    return None, b""


def _finish_invite(peer: Peer, invite: bytes, answer: bytes, code: int) -> None:
    head = invite.split(b"\r\n\r\n", 1)[0].decode(errors="replace").split("\r\n")
    keep = {h.split(":", 1)[0].lower(): h for h in head[1:]}
    to = header(answer, "To")[0]
    uri = head[0].split(" ")[1]
    if code >= 300:
        # Same transaction: the INVITE's Via branch, the answer's To tag.
        ack = [f"ACK {uri} SIP/2.0", keep["via"], "Max-Forwards: 70", keep["from"], f"To: {to}",
               keep["call-id"], f"CSeq: {header(answer, 'CSeq')[0].split()[0]} ACK", "Content-Length: 0"]
        peer.send(("\r\n".join(ack) + "\r\n\r\n").encode())
        return
    # A dialog: to the Contact, via the Record-Route set (reversed, as the caller sees it).
    contact = re.search(r"<([^>]+)>", header(answer, "Contact")[0]).group(1)
    routes = [r for line in header(answer, "Record-Route") for r in line.split(",")][::-1]
    route = [f"Route: {', '.join(routes)}"] if routes else []
    base = [keep["from"], f"To: {to}", keep["call-id"], "Max-Forwards: 70"]
    for cseq_method, seq in (("ACK", 1), ("BYE", 2)):
        branch = f"z9hG4bK{uuid.uuid4().hex[:12]}"
        msg = [f"{cseq_method} {contact} SIP/2.0",
               f"Via: SIP/2.0/{peer.transport} {peer.lhost}:{peer.lport};branch={branch}",
               *route, *base, f"CSeq: {seq} {cseq_method}", "Content-Length: 0"]
        peer.send(("\r\n".join(msg) + "\r\n\r\n").encode())
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:          # the BYE's 200: the call is over at the worker
        msg = peer.recv(deadline - time.monotonic())
        if msg is None or (_STATUS.match(msg) and (header(msg, "CSeq") or [""])[0].endswith("BYE")):
            return
