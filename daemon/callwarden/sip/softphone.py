"""`callwarden phone [SIP-URI]`: call the appliance (or any SIP URI) from this machine's
microphone and speaker, hear the greeting, talk, and follow a transfer.

pjsua2 does the SIP and RTP on its null sound device; PyAudio (PortAudio) moves the audio.
The null device's clock thread asks a port for one 20 ms frame of microphone and hands it one
frame of what the far end said; the port reads and writes those frames on PyAudio's blocking
streams. So pjsua2's clock paces the sound device rather than the other way round: a capture
device that delivers faster than real time (the tests' ALSA `file` plugin reading a WAV) is
still heard at real time, and a real one is read as it fills. No registration: the call goes
straight to the URI, as a PBX trunk's does.
"""

from __future__ import annotations

import sys
import time

import pjsua2 as pj
import pyaudio

from callwarden.audio import FRAME_MS
from callwarden.sip.framebuf import fill_frame, frame_bytes
from callwarden.sip.rxport import port_format

RATE_HZ = 8000
SAMPLES = RATE_HZ * FRAME_MS // 1000
SILENCE = bytes(2 * SAMPLES)


class SoundPort(pj.AudioMediaPort):
    """The calls' audio to and from PyAudio, one frame per tick of pjsua2's clock."""

    def __init__(self, mic, speaker) -> None:
        super().__init__()
        self.mic, self.speaker = mic, speaker

    def onFrameRequested(self, frame: "pj.MediaFrame") -> None:     # pjmedia clock thread
        # Overflow (the clock thread fell behind a real microphone) loses a little sound; an
        # exception here would lose the call.
        pcm = self.mic.read(SAMPLES, exception_on_overflow=False)
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        fill_frame(frame, pcm)
        frame.size = len(pcm)

    def onFrameReceived(self, frame: "pj.MediaFrame") -> None:      # pjmedia clock thread
        # A tick without sound still writes its silence, so the speaker stays in step with the
        # call (and a file written through ALSA keeps the call's timing).
        audio = frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size
        self.speaker.write(frame_bytes(frame.buf) if audio else SILENCE)


class _Call(pj.Call):
    def __init__(self, phone: "Phone", label: str) -> None:
        super().__init__(phone.account)
        self.phone, self.label = phone, label
        self.connected = self.done = False
        self.status = ""

    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        info = self.getInfo()
        if info.state == pj.PJSIP_INV_STATE_CONFIRMED and not self.connected:
            self.connected = True
            self.phone.say(f"connected: {self.label}")
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.done = True
            self.status = f"{info.lastStatusCode} {info.lastReason}"
            self.phone.say(f"ended: {self.label} ({self.status})")

    def onCallMediaState(self, prm: "pj.OnCallMediaStateParam") -> None:
        info = self.getInfo()
        for i, media in enumerate(info.media):
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                audio = self.getAudioMedia(i)
                audio.startTransmit(self.phone.port)
                self.phone.port.startTransmit(audio)

    def onCallTransferRequest(self, prm: "pj.OnCallTransferRequestParam") -> None:
        # Follow a blind transfer (REFER): accept, and hand pjsua2 the object for the new leg,
        # which then gets the microphone and speaker like the first (pjsua2 needs the object).
        prm.statusCode = 202
        leg = _Call(self.phone, prm.dstUri)
        self.phone.calls.append(leg)
        prm.newCall = leg
        self.phone.say(f"transferred to {prm.dstUri}")


class Phone:
    def __init__(self, bind: str = "0.0.0.0", sip_port: int = 0, input_device: int | None = None,
                 output_device: int | None = None) -> None:
        self.audio = pyaudio.PyAudio()
        fmt = dict(format=pyaudio.paInt16, channels=1, rate=RATE_HZ, frames_per_buffer=SAMPLES)
        self.mic = self.audio.open(input=True, input_device_index=input_device, **fmt)
        self.speaker = self.audio.open(output=True, output_device_index=output_device, **fmt)
        self.ep = pj.Endpoint()
        self.ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.level = cfg.logConfig.consoleLevel = 0
        cfg.medConfig.clockRate = cfg.medConfig.sndClockRate = RATE_HZ
        cfg.medConfig.noVad = True
        # No echo canceller: the sound goes through PyAudio, where pjsua2 cannot see the loop.
        cfg.medConfig.ecTailLen = 0
        self.ep.libInit(cfg)
        self.ep.audDevManager().setNullDev()
        for codec in self.ep.codecEnum2():    # G.711, what the appliance takes
            name = codec.codecId.split("/")[0]
            self.ep.codecSetPriority(codec.codecId, {"PCMU": 255, "PCMA": 254}.get(name, 0))
        tcfg = pj.TransportConfig()
        tcfg.port, tcfg.boundAddress = sip_port, bind
        self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
        self.ep.libStart()
        acfg = pj.AccountConfig()
        acfg.idUri = f"sip:phone@{bind if bind != '0.0.0.0' else '127.0.0.1'}"
        acfg.mediaConfig.transportConfig.boundAddress = bind
        self.account = pj.Account()
        self.account.create(acfg, True)
        self.port = SoundPort(self.mic, self.speaker)
        self.port.createPort("phone", port_format(FRAME_MS))
        self.calls: list[_Call] = []

    @staticmethod
    def say(line: str) -> None:
        print(f"phone: {line}", flush=True)

    def run(self, uri: str, hangup_after_s: float | None = None) -> int:
        """Calls `uri` and stays until every leg has ended (or hangs up after `hangup_after_s`
        from the first answer). 0 when the call was answered, 1 when not."""
        first = _Call(self, uri)
        self.calls.append(first)
        self.say(f"calling {uri}")
        first.makeCall(uri, pj.CallOpParam(True))
        answered_at = None
        try:
            while not all(c.done for c in self.calls):
                self.ep.libHandleEvents(20)
                if answered_at is None and any(c.connected for c in self.calls):
                    answered_at = time.monotonic()
                if hangup_after_s is not None and answered_at is not None \
                        and time.monotonic() - answered_at >= hangup_after_s:
                    self.hang_up()
                    hangup_after_s = None
        except KeyboardInterrupt:
            self.hang_up()
            self._drain()
        return 0 if answered_at is not None else 1

    def hang_up(self) -> None:
        for call in self.calls:
            if not call.done:
                try:
                    call.hangup(pj.CallOpParam(True))
                except pj.Error:
                    call.done = True

    def _drain(self, seconds: float = 3.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not all(c.done for c in self.calls):
            self.ep.libHandleEvents(20)

    def close(self) -> None:
        self.calls.clear()
        self.port = None
        self.ep.libDestroy()
        for stream in (self.mic, self.speaker):
            stream.close()
        self.audio.terminate()


def list_devices() -> str:
    audio = pyaudio.PyAudio()
    try:
        lines = []
        for i in range(audio.get_device_count()):
            d = audio.get_device_info_by_index(i)
            lines.append(f"{i:3d}  in {d['maxInputChannels']:2d}  out {d['maxOutputChannels']:2d}  {d['name']}")
        return "\n".join(lines)
    finally:
        audio.terminate()


def main(uri: str, bind: str, sip_port: int, input_device: int | None, output_device: int | None,
         hangup_after_s: float | None) -> int:
    try:
        phone = Phone(bind, sip_port, input_device, output_device)
    except OSError as e:    # PortAudio: no such device, or it is busy
        print(f"callwarden phone: cannot open the sound device: {e}", file=sys.stderr)
        return 1
    try:
        return phone.run(uri, hangup_after_s)
    finally:
        phone.close()
