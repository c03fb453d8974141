"""What the SIP stack tells the asyncio side: one small frozen dataclass per happening.

`key` is pjsua2's call id, stable while the call lasts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Incoming:
    key: int
    from_uri: str
    to_uri: str
    sip_call_id: str
    headers: dict[str, str]
    codec: str


@dataclass(frozen=True)
class Rejected:
    status_code: int
    reason: str
    from_uri: str


@dataclass(frozen=True)
class Answered:
    key: int
    codec: str


@dataclass(frozen=True)
class Frame:
    key: int
    pcm: bytes          # 16-bit little-endian mono PCM at 8 kHz, 20 ms
    t_monotonic: float


@dataclass(frozen=True)
class Dtmf:
    key: int
    digit: str


@dataclass(frozen=True)
class PromptDone:
    key: int
    prompt_id: int


@dataclass(frozen=True)
class TransferStatus:
    key: int
    status_code: int
    reason: str
    final: bool


@dataclass(frozen=True)
class ReferSent:
    key: int
    t_monotonic: float      # when pjsua2 handed the REFER to the transport


@dataclass(frozen=True)
class RtpState:
    key: int
    flowing: bool
    since_monotonic: float   # when the last packet arrived (stopped) or the first new one (resumed)


@dataclass(frozen=True)
class Ended:
    key: int
    reason: str
    status_code: int
