"""The pjsua2 SIP/RTP stack, run in one dedicated thread.

pjsua2 is driven with mainThreadOnly: every SIP callback runs in this thread,
inside libHandleEvents(). Callbacks never block: they turn what happened into
a plain message and hand it to asyncio with loop.call_soon_threadsafe. Work
asked of the stack from asyncio (hang up, play a prompt) goes through a queue
the thread drains between polls. Audio frames arrive on pjmedia's clock
thread and are handed over the same way; prompt audio goes the other way
through each call's PromptPort (playout.py).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import quote

import pjsua2 as pj

from callwarden.audio import FRAME_MS
from callwarden import events as ev
from callwarden.config import SipConfig
from callwarden.sip.gate import Gate
from callwarden.sip.pjgate import PjGate
from callwarden.sip.playout import PromptPort, PromptStream
from callwarden.sip.rxport import RX_FRAME_MS, FrameMailbox, FramePort, port_format
from callwarden.sip.sdp import kept_headers, offered_codecs, split_message

log = logging.getLogger("callwarden.sip")

CLOCK_RATE_HZ = 8000
POLL_MS = 10
HOUSEKEEPING_S = 0.1      # RTP checks: dropouts are reported within 100 ms of their threshold
RETRY_AFTER_S = 30        # on a 503 from the worker itself, as the front says it
REFUSED_KEEP_S = 64.0     # a refused INVITE's transaction is over long before this (64 x T1)
STATS_RETRY_S = 2.0


# Messages to the asyncio side (re-exported: callers use `stack.Incoming` etc.).
from callwarden.sip.messages import (Answered, Dtmf, Ended, Frame, Incoming, PromptDone,  # noqa: E402,F401
                                     ReferSent, Rejected, RtpState, TransferStatus)


@dataclass
class _CallState:
    call: "_Call"
    started: float = field(default_factory=time.monotonic)
    rx_packets: int = 0
    rx_changed: float = field(default_factory=time.monotonic)
    media_up: bool = False
    rtp_gap: bool = False
    hangup_reason: str | None = None
    stats_retry_at: float = 0.0          # after a failed RTP statistics read, not before this
    audio_index: int = 0                 # the audio stream's media line (a declined video one may come first)
    prompts: dict = field(default_factory=dict)    # prompt id -> PromptStream queued or playing


class _Call(pj.Call):
    def __init__(self, stack: "SipStack", account: "pj.Account", call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(account, call_id)
        self._stack = stack
        self.key = self.getId()

    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        info = self.getInfo()
        if info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._stack._on_disconnected(self, info.lastStatusCode)

    def onCallMediaState(self, prm: "pj.OnCallMediaStateParam") -> None:
        self._stack._on_media(self)

    def onDtmfDigit(self, prm: "pj.OnDtmfDigitParam") -> None:
        self._stack._emit(Dtmf(self.key, prm.digit))

    def onCallTransferStatus(self, prm: "pj.OnCallTransferStatusParam") -> None:
        # NOTIFYs of the REFER: 1xx progress, then the target's final answer.
        self._stack._emit(TransferStatus(self.key, prm.statusCode, prm.reason, prm.finalNotify))
        if prm.finalNotify:
            prm.cont = False


class _Endpoint(pj.Endpoint):
    def __init__(self, stack: "SipStack") -> None:
        super().__init__()
        self._stack = stack

    def onRejectedIncomingCall(self, prm: "pj.OnRejectedIncomingCallParam") -> None:
        # pjsua refuses by itself when every call slot is taken (486) or the offer fails (488).
        self._stack._emit(Rejected(prm.statusCode, prm.reason or "refused by the SIP stack", prm.remoteInfo))


class _Account(pj.Account):
    def __init__(self, stack: "SipStack") -> None:
        super().__init__()
        self._stack = stack

    def onIncomingCall(self, prm: "pj.OnIncomingCallParam") -> None:
        self._stack._on_incoming(self, prm)


class SipStack:
    """Owns pjsua2. start() returns once SIP is bound (or raises)."""

    def __init__(self, cfg: SipConfig, emit: Callable[[object], None], dropout_s: float = 2.0,
                 refuse: Callable[[], str | None] = lambda: None) -> None:
        self.cfg = cfg
        self.dropout_s = dropout_s
        self.refuse = refuse        # asked per INVITE: a reason to answer 503 (state dir full), or None
        self._emit = emit
        self._mailbox = FrameMailbox(emit)      # caller audio, batched (rxport.py)
        self._commands: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._calls: dict[int, _CallState] = {}
        self._ringing: dict[int, float] = {}   # call key -> when to answer
        self._refused: dict[int, tuple] = {}    # key -> (Call, when) answered 4xx/5xx, until pjsua lets go
        # A call slot's two conference ports, made on the slot's first call and kept for every later
        # one. A daemon died with SIGSEGV while freeing an ended call's ports with pjmedia's clock
        # running; kept, they are freed only at shutdown, after every call.
        self._ports: dict[int, tuple[FramePort, PromptPort]] = {}
        # Ended calls' Call objects, freed outside pjsua's callbacks once no call holds their slot.
        # A pjsua2 Call's destructor acts on its slot, not on its call: it detaches the slot's Call
        # object and hangs up whatever call is there (603 Decline to one not yet answered). pjsua
        # gives a freed slot to the next INVITE, even one read in the same poll as the BYE: freeing
        # the old Call then cut off the new call and left it unreported (a ghost the worker counted
        # as busy), and the next INVITE in that slot replaced the ghost and was declined 603.
        self._graveyard: list[_Call] = []
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._ep: _Endpoint | None = None
        self._gate: PjGate | None = None
        self.bound: list[str] = []

    # ---- control from other threads ----
    def start(self, timeout_s: float = 15.0) -> None:
        self._thread = threading.Thread(target=self._run, name="sip", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout_s):
            raise RuntimeError("SIP stack did not start in time")
        if self._error:
            raise self._error

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout_s)

    def hangup(self, key: int, reason: str) -> None:
        self._commands.put(lambda: self._hangup(key, reason))

    def play(self, key: int, stream: PromptStream) -> None:
        """Queues a prompt; it plays as its audio arrives (stream.push) and ends with PromptDone."""
        self._commands.put(lambda: self._play(key, stream))

    def transfer(self, key: int, target_uri: str, headers: dict[str, str]) -> None:
        self._commands.put(lambda: self._transfer(key, target_uri, headers))

    def stop_prompt(self, key: int, prompt_id: int) -> None:
        self._commands.put(lambda: self._finish_prompt(key, prompt_id))

    def take_frames(self) -> list[Frame]:
        """Caller audio that arrived since the last call (the event loop drains it every DRAIN_MS)."""
        return self._mailbox.take()

    @property
    def active_calls(self) -> int:
        return len(self._calls)

    # ---- the SIP thread ----
    def _run(self) -> None:
        try:
            self._create_endpoint()
        except BaseException as e:  # reported to start()
            self._error = e
            # pjlib objects must die in the thread that made them.
            if self._ep is not None:
                self._ep.libDestroy()
                self._ep = None
            self._ready.set()
            return
        self._ready.set()
        next_housekeeping = time.monotonic() + HOUSEKEEPING_S
        try:
            while not self._stop.is_set():
                self._ep.libHandleEvents(POLL_MS)
                while True:
                    try:
                        self._commands.get_nowait()()
                    except queue.Empty:
                        break
                    except Exception:
                        log.exception("SIP command failed")
                if self._ringing:
                    self._answer_due()
                if time.monotonic() >= next_housekeeping:
                    next_housekeeping = time.monotonic() + HOUSEKEEPING_S
                    self._housekeeping()
                if self._graveyard:
                    self._free_graveyard()
        finally:
            self._shutdown()

    def _create_endpoint(self) -> None:
        ep = self._ep = _Endpoint(self)
        ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.uaConfig.maxCalls = self.cfg.max_calls
        cfg.uaConfig.userAgent = "callwarden"
        cfg.logConfig.level = 1
        cfg.logConfig.consoleLevel = 1
        cfg.medConfig.clockRate = CLOCK_RATE_HZ
        cfg.medConfig.sndClockRate = CLOCK_RATE_HZ
        cfg.medConfig.channelCount = 1
        cfg.medConfig.audioFramePtime = FRAME_MS
        cfg.medConfig.noVad = True
        cfg.medConfig.ecTailLen = 0
        ep.libInit(cfg)
        # Before any transport: no request reaches pjsua without passing the gate.
        self._gate = PjGate(Gate.from_networks(self.cfg.allowed_sources))
        ep.audDevManager().setNullDev()
        wanted = [c.upper() for c in self.cfg.codecs]
        for codec in ep.codecEnum2():
            name = codec.codecId.split("/")[0].upper()
            prio = 255 - wanted.index(name) if name in wanted and codec.codecId.endswith("/8000/1") else 0
            ep.codecSetPriority(codec.codecId, prio)
        tcfg = pj.TransportConfig()
        tcfg.port = self.cfg.port
        tcfg.boundAddress = self.cfg.host
        if self.cfg.public_address:
            tcfg.publicAddress = self.cfg.public_address
        kinds = {"udp": pj.PJSIP_TRANSPORT_UDP, "tcp": pj.PJSIP_TRANSPORT_TCP}
        for name in self.cfg.transports:
            try:
                ep.transportCreate(kinds[name], tcfg)
            except pj.Error as e:
                raise OSError(f"cannot bind SIP {name.upper()} {self.cfg.host}:{self.cfg.port}: {e.info()}") from None
            self.bound.append(f"{name}:{self.cfg.host}:{self.cfg.port}")
        ep.libStart()
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:callwarden@{self.cfg.public_address or self.cfg.host}:{self.cfg.port}"
        acfg.mediaConfig.transportConfig.port = self.cfg.rtp_port_min
        acfg.mediaConfig.transportConfig.portRange = self.cfg.rtp_port_range
        acfg.mediaConfig.transportConfig.boundAddress = self.cfg.media_host or self.cfg.host
        acfg.callConfig.timerUse = pj.PJSUA_SIP_TIMER_OPTIONAL
        self._account = _Account(self)
        self._account.create(acfg, True)

    def _on_incoming(self, account: _Account, prm: "pj.OnIncomingCallParam") -> None:
        self._let_go_of_slot(prm.callId)
        call = _Call(self, account, prm.callId)
        headers, body = split_message(prm.rdata.wholeMsg)
        supported = [c for c in offered_codecs(body) if c.upper() in (x.upper() for x in self.cfg.codecs)]
        info = call.getInfo()
        refusal = self.refuse()
        if refusal:
            # Refused before anything is answered: a call that cannot be stored is never taken.
            return self._reject(call, pj.PJSIP_SC_SERVICE_UNAVAILABLE, refusal, info.remoteUri,
                                retry_after_s=RETRY_AFTER_S)
        if len(self._calls) >= self.cfg.max_calls:
            # Busy here: a front (Kamailio) fails over to another worker on it.
            return self._reject(call, pj.PJSIP_SC_BUSY_HERE, "worker full", info.remoteUri)
        if body.strip() and not supported:
            offered = ", ".join(offered_codecs(body)) or "none"
            return self._reject(call, pj.PJSIP_SC_NOT_ACCEPTABLE_HERE, f"no supported codec (offered {offered})",
                                info.remoteUri)
        op = pj.CallOpParam()
        self._calls[call.key] = _CallState(call)
        self._emit(Incoming(call.key, info.remoteUri, info.localUri, info.callIdString,
                            kept_headers(headers, self.cfg.keep_headers),
                            supported[0] if supported else ""))
        if self.cfg.answer_after_ms > 0:
            op.statusCode = pj.PJSIP_SC_RINGING
            call.answer(op)
            self._ringing[call.key] = time.monotonic() + self.cfg.answer_after_ms / 1000
        else:
            op.statusCode = pj.PJSIP_SC_OK
            call.answer(op)

    def _answer_due(self) -> None:
        now = time.monotonic()
        for key, due in list(self._ringing.items()):
            if now < due:
                continue
            del self._ringing[key]
            state = self._calls.get(key)
            if state is not None and not state.hangup_reason:
                op = pj.CallOpParam()
                op.statusCode = pj.PJSIP_SC_OK
                state.rx_changed = now        # media can flow from the answer on
                try:
                    state.call.answer(op)
                except pj.Error as e:  # the caller may have cancelled a moment ago
                    log.info("answer failed: %s", e.info())

    def _bury(self, call: _Call) -> None:
        self._graveyard.append(call)

    def _free_graveyard(self) -> None:
        """Frees the buried Calls whose slot holds no call now; the others wait until it does not."""
        held = self._calls.keys() | self._refused.keys()
        self._graveyard = [call for call in self._graveyard if call.key in held]

    def _let_go_of_slot(self, key: int) -> None:
        """pjsua gives slot `key` to a new INVITE, so the call we still hold there is over without
        having been reported: end it here. Replacing its entry would free its Call and decline the
        new call with 603."""
        state, refused = self._calls.get(key), self._refused.get(key)
        if state is not None or refused is not None:
            log.warning("call slot %d was given to a new INVITE before its call was reported ended", key)
            self._on_disconnected(state.call if state is not None else refused[0], 0)

    def _reject(self, call: _Call, status_code: int, reason: str, from_uri: str, retry_after_s: int = 0) -> None:
        """A final answer, never a hangup: pjsua defers a hangup here (media still initialising) and
        the deferred one loses its status and headers; and a Call object freed before pjsua lets go
        of the call is hung up by its destructor with 603 Decline, which a front does not fail over
        on. The Call is kept until pjsua reports it disconnected (or REFUSED_KEEP_S at most)."""
        op = pj.CallOpParam()
        op.statusCode = status_code
        if retry_after_s:
            header = pj.SipHeader()
            header.hName, header.hValue = "Retry-After", str(retry_after_s)
            op.txOption.headers.append(header)
        self._refused[call.key] = (call, time.monotonic())
        try:
            call.answer(op)
        except pj.Error as e:
            log.warning("could not answer %d to an INVITE: %s", status_code, e.info())
        self._emit(Rejected(status_code, reason, from_uri))

    def _on_media(self, call: _Call) -> None:
        state = self._calls.get(call.key)
        if state is None or state.media_up:
            return
        try:
            media = call.getAudioMedia(-1)
        except pj.Error:
            return
        port, prompt_port = self._slot_ports(call.key)
        media.startTransmit(port)
        prompt_port.startTransmit(media)
        state.media_up = True
        state.rx_changed = time.monotonic()
        info = call.getInfo()       # kept while its media list is read: SWIG's list points into it
        state.audio_index = next((m.index for m in info.media if m.type == pj.PJMEDIA_TYPE_AUDIO
                                  and m.status == pj.PJSUA_CALL_MEDIA_ACTIVE), 0)
        codec = ""
        try:
            codec = call.getStreamInfo(state.audio_index).codecName
        except pj.Error:
            pass
        self._emit(Answered(call.key, codec))

    def _slot_ports(self, key: int) -> tuple[FramePort, PromptPort]:
        """The receiving port (frames to asyncio, RX_FRAME_MS at a time) and the prompt port (20 ms
        frames: a reply starts and stops on the 20 ms tick) of call slot `key`."""
        if key not in self._ports:
            fmt = port_format(FRAME_MS)
            port = FramePort(self._mailbox, key)
            port.createPort(f"rx{key}", port_format(RX_FRAME_MS))

            def over(stream: PromptStream) -> None:   # clock thread: hand it to this one
                self._commands.put(lambda: self._finish_prompt(key, stream.prompt_id, stream))
            prompt_port = PromptPort(over)
            prompt_port.createPort(f"tx{key}", fmt)
            self._ports[key] = (port, prompt_port)
        return self._ports[key]

    def _on_disconnected(self, call: _Call, status_code: int) -> None:
        state = self._calls.pop(call.key, None)
        self._ringing.pop(call.key, None)
        if state is None:
            refused = self._refused.pop(call.key, None)
            if refused is not None:
                self._bury(refused[0])
            return
        for stream in state.prompts.values():
            stream.stop()
        state.prompts.clear()
        reason = state.hangup_reason or (ev.END_CANCEL if not state.media_up and status_code == 487
                                         else ev.END_BYE)
        self._emit(Ended(call.key, reason, status_code))
        if state.media_up:      # the slot's ports stay for its next call, without this one's prompts
            self._ports[call.key][1].clear()
        self._bury(call)

    def _housekeeping(self) -> None:
        now = time.monotonic()
        for key, (call, since) in list(self._refused.items()):
            if now - since > REFUSED_KEEP_S:        # never reported disconnected: let it go anyway
                self._bury(self._refused.pop(key)[0])
        for key, state in list(self._calls.items()):
            if now - state.started > self.cfg.max_call_duration_s:
                self._hangup(key, ev.END_MAX_DURATION)
                continue
            if not state.media_up:
                # An answered call whose media never came up (no offer in the INVITE and no answer
                # in the ACK, say) has nothing to count: it times out like a silent stream.
                if key not in self._ringing and now - state.rx_changed > self.cfg.rtp_timeout_s:
                    self._hangup(key, ev.END_RTP_TIMEOUT)
                continue
            packets = state.rx_packets
            if now >= state.stats_retry_at:
                try:
                    packets = state.call.getStreamStat(state.audio_index).rtcp.rxStat.pkt
                except pj.Error:
                    # No stream (yet, or any more): pjsua logs every failed ask, so ask less often;
                    # meanwhile nothing counts as received, so a call without one still times out.
                    state.stats_retry_at = now + STATS_RETRY_S
            if packets != state.rx_packets:
                state.rx_packets, state.rx_changed = packets, now
                if state.rtp_gap:
                    state.rtp_gap = False
                    self._emit(RtpState(key, True, now))
            elif now - state.rx_changed > self.cfg.rtp_timeout_s:
                self._hangup(key, ev.END_RTP_TIMEOUT)
            elif packets and not state.rtp_gap and now - state.rx_changed >= self.dropout_s:
                state.rtp_gap = True
                self._emit(RtpState(key, False, state.rx_changed))

    def _hangup(self, key: int, reason: str) -> None:
        state = self._calls.get(key)
        if state is None or state.hangup_reason:
            return
        state.hangup_reason = reason
        op = pj.CallOpParam()
        op.statusCode = pj.PJSIP_SC_OK if state.media_up else pj.PJSIP_SC_TEMPORARILY_UNAVAILABLE
        try:
            state.call.hangup(op)
        except pj.Error as e:
            log.warning("hangup failed: %s", e.info())

    def _transfer(self, key: int, target_uri: str, headers: dict[str, str]) -> None:
        """Blind transfer (REFER). The headers ride on the REFER and, as Refer-To URI
        headers, on the INVITE the caller's side sends to the target."""
        state = self._calls.get(key)
        if state is None:
            return
        op = pj.CallOpParam(True)
        for name, value in headers.items():
            hdr = pj.SipHeader()
            hdr.hName, hdr.hValue = name, value
            op.txOption.headers.append(hdr)
        embedded = "&".join(f"{n}={quote(v, safe='')}" for n, v in headers.items())
        target = target_uri + ("?" + embedded if embedded else "")
        try:
            state.call.xfer(target, op)
            self._emit(ReferSent(key, time.monotonic()))
        except pj.Error as e:
            self._emit(TransferStatus(key, 500, f"REFER not sent: {e.info()}", True))

    def _play(self, key: int, stream: PromptStream) -> None:
        state = self._calls.get(key)
        if state is None or not state.media_up:
            self._emit(PromptDone(key, stream.prompt_id))
            return
        state.prompts[stream.prompt_id] = stream
        self._ports[key][1].add(stream)

    def _finish_prompt(self, key: int, prompt_id: int, played: PromptStream | None = None) -> None:
        """A prompt played out or was stopped: PromptDone once, whichever came first. `played` is
        the stream the port finished; one of the slot's previous call is not this call's."""
        state = self._calls.get(key)
        if state is None or (played is not None and state.prompts.get(prompt_id) is not played):
            return
        stream = state.prompts.pop(prompt_id, None)
        if stream is not None:
            stream.stop()
            self._emit(PromptDone(key, prompt_id))

    def _shutdown(self) -> None:
        for key in list(self._calls):
            self._hangup(key, ev.END_SHUTDOWN)
        deadline = time.monotonic() + 2.0
        while self._calls and time.monotonic() < deadline:
            self._ep.libHandleEvents(POLL_MS)
        self._graveyard.clear()
        self._refused.clear()
        self._calls.clear()
        self._ports.clear()
        try:
            self._account.shutdown()
            self._ep.libDestroy()
        except Exception:
            log.debug("pjsua2 shutdown", exc_info=True)
        # Freed here, in the thread that made them: pjsua2's Endpoint is one per process, and a
        # second stack in the same process (the SIP tests run several) aborted while it lived on.
        self._account = self._ep = None
