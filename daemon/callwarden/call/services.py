"""CallServices: everything one call needs from the process it runs in, handed to the session
when the call arrives. The session reaches its collaborators through this and never through the
worker, so call/ depends on a small port instead of on runtime/ (and a test can hand a session
fakes without building a worker)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from callwarden.admin.metrics import Metrics
from callwarden.config import Config
from callwarden.engine.client import EngineClient
from callwarden.engine.transcriber import Transcript
from callwarden.events import CallEvent
from callwarden.redact.caller import CallerPrivacy
from callwarden.redact.redactor import RedactRules
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue

if TYPE_CHECKING:
    from callwarden.runtime.disk_room import GuardedStore
    from callwarden.sip.stack import SipStack


@dataclass(frozen=True)
class CallServices:
    cfg: Config
    store: "GuardedStore"                  # append(event): the timeline, guarded against a full disk
    stack: "SipStack"                      # play, stop_prompt, transfer, hangup on this call's key
    engine: EngineClient                   # speech synthesis (streamed) and the engine's partial pace
    metrics: Metrics
    dnc: DoNotCall
    tickets: TicketQueue
    privacy: CallerPrivacy
    redact_rules: RedactRules
    greeting_path: str | None              # the greeting's WAV, synthesised at start-up (None: TTS off)
    prompt: Callable[[str], str | None]            # fixed prompt text -> its WAV
    reply_audio: Callable[[str], str | None]       # an agent reply -> a WAV (cached or synthesised)
    prompt_pcm: Callable[[str], bytes]             # a prompt WAV -> 8 kHz PCM to play
    transcribe: Callable[..., Awaitable[Transcript | None]]   # audio, kind, call_id -> text
    asr_idle: Callable[[], bool]                   # no final in flight anywhere in this worker
    on_event: Callable[[Any, CallEvent], None]     # (session, event) after the event is stored
