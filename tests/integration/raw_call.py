"""One SIP call placed by hand over UDP: INVITE, ACK, BYE as separate steps, so a test can send a
request at the moment it chooses (held back, or several in one burst), and an offer whose media
never comes. Requests the far end sends (its BYE) are answered 200 and kept in `requests`.
"""

from __future__ import annotations

import re
import socket
import time
import uuid

SDP_PCMU = ("v=0\r\no=raw 1 1 IN IP4 {ip}\r\ns=-\r\nc=IN IP4 {ip}\r\nt=0 0\r\n"
            "m=audio {port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")
_STATUS = re.compile(r"^SIP/2\.0 (\d{3})")


def _header(msg: str, name: str) -> str:
    for line in msg.split("\r\n\r\n", 1)[0].split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return ""


class RawCall:
    """One dialog on its own UDP socket (so every message on it is this call's)."""

    def __init__(self, target: tuple[str, int], ip: str = "127.0.0.1", media_port: int = 9) -> None:
        self.target = target
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((ip, 0))
        self.ip, self.port = self.sock.getsockname()
        self.call_id = f"raw-{uuid.uuid4().hex[:16]}"
        self.tag = uuid.uuid4().hex[:8]
        self.sdp = SDP_PCMU.format(ip=ip, port=media_port)   # port 9 (discard): nothing is ever sent back
        self.to = f"<sip:bot@{target[0]}:{target[1]}>"
        self.remote_uri = f"sip:bot@{target[0]}:{target[1]}"
        self.routes: list[str] = []
        self.invite_branch = ""
        self.requests: list[str] = []      # requests from the far end, first lines

    def _send(self, method: str, cseq: int, uri: str, branch: str, body: str = "", routes=()) -> None:
        lines = [f"{method} {uri} SIP/2.0",
                 f"Via: SIP/2.0/UDP {self.ip}:{self.port};branch={branch};rport",
                 *(f"Route: {r}" for r in routes),
                 "Max-Forwards: 70", f"From: <sip:raw@{self.ip}>;tag={self.tag}", f"To: {self.to}",
                 f"Call-ID: {self.call_id}", f"CSeq: {cseq} {method}",
                 f"Contact: <sip:raw@{self.ip}:{self.port}>"]
        if body:
            lines.append("Content-Type: application/sdp")
        lines.append(f"Content-Length: {len(body.encode())}")
        self.sock.sendto(("\r\n".join(lines) + "\r\n\r\n" + body).encode(), self.target)

    def send_invite(self) -> None:
        self.invite_branch = f"z9hG4bK{uuid.uuid4().hex[:12]}"
        self._send("INVITE", 1, f"sip:bot@{self.target[0]}:{self.target[1]}", self.invite_branch, self.sdp)

    def final(self, method: str, timeout_s: float = 10.0) -> int | None:
        """The final status of our `method` request (None: none within timeout_s). A final answer
        to the INVITE sets up the dialog (To tag, Contact, Record-Route); a failure is ACKed."""
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                msg = self.sock.recv(65535).decode(errors="replace")
            except socket.timeout:
                return None
            status = _STATUS.match(msg)
            if status is None:
                self._answer_request(msg)
                continue
            code = int(status.group(1))
            if code < 200 or not _header(msg, "CSeq").endswith(method):
                continue                       # provisional, or a retransmitted earlier answer
            if method == "INVITE":
                self.to = _header(msg, "To")
                if code < 300:
                    contact = _header(msg, "Contact")
                    self.remote_uri = contact[contact.find("<") + 1:contact.find(">")] if "<" in contact else contact
                    self.routes = [r.strip() for line in self._all(msg, "Record-Route")
                                   for r in line.split(",")][::-1]
                else:
                    self._send("ACK", 1, f"sip:bot@{self.target[0]}:{self.target[1]}", self.invite_branch)
            return code
        return None

    @staticmethod
    def _all(msg: str, name: str) -> list[str]:
        return [line.partition(":")[2].strip() for line in msg.split("\r\n\r\n", 1)[0].split("\r\n")[1:]
                if line.partition(":")[0].strip().lower() == name.lower()]

    def _answer_request(self, msg: str) -> None:
        first = msg.split("\r\n", 1)[0]
        self.requests.append(first)
        if first.startswith("ACK"):
            return
        vias = "\r\n".join(f"Via: {v}" for v in self._all(msg, "Via"))
        reply = (f"SIP/2.0 200 OK\r\n{vias}\r\nFrom: {_header(msg, 'From')}\r\nTo: {_header(msg, 'To')}\r\n"
                 f"Call-ID: {_header(msg, 'Call-ID')}\r\nCSeq: {_header(msg, 'CSeq')}\r\nContent-Length: 0\r\n\r\n")
        self.sock.sendto(reply.encode(), self.target)

    def invite(self, timeout_s: float = 10.0) -> int | None:
        self.send_invite()
        return self.final("INVITE", timeout_s)

    def ack(self) -> None:
        self._send("ACK", 1, self.remote_uri, f"z9hG4bK{uuid.uuid4().hex[:12]}", routes=self.routes)

    def send_bye(self) -> None:
        self._send("BYE", 2, self.remote_uri, f"z9hG4bK{uuid.uuid4().hex[:12]}", routes=self.routes)

    def bye(self, timeout_s: float = 10.0) -> int | None:
        self.send_bye()
        return self.final("BYE", timeout_s)

    def wait_request(self, method: str, timeout_s: float) -> bool:
        """Waits for the far end to send `method` (answering it); True once it has."""
        deadline = time.monotonic() + timeout_s
        while not any(r.startswith(method + " ") for r in self.requests):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.sock.settimeout(left)
            try:
                msg = self.sock.recv(65535).decode(errors="replace")
            except socket.timeout:
                return False
            if not _STATUS.match(msg):
                self._answer_request(msg)
        return True

    def close(self) -> None:
        self.sock.close()
