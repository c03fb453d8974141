"""A scripted SIP caller built on pjsua2: places calls, plays a WAV into each,
records what the far end sends back, then hangs up. Used by `callwarden demo`
and the tests; it runs as its own process (`python -m callwarden_tools.sip.caller`).

One JSON line per call result goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import wave

import pjsua2 as pj


class _Call(pj.Call):
    def __init__(self, owner: "Caller", index: int, play: str, record: str | None) -> None:
        super().__init__(owner.account)
        self.owner, self.index, self.play_path, self.record_path = owner, index, play, record
        self.player = self.recorder = None
        self.connected_at = 0.0
        self.play_done_at = 0.0
        self.status_code = 0
        self.dtmf_sent = False
        self.done = False
        self.play_s = 0.0
        with wave.open(play) as w:
            self.play_s = w.getnframes() / w.getframerate()

    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        info = self.getInfo()
        self.status_code = info.lastStatusCode
        if info.state == pj.PJSIP_INV_STATE_CONFIRMED:
            self.connected_at = time.monotonic()
        elif info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.done = True

    def onCallTransferRequest(self, prm: "pj.OnCallTransferRequestParam") -> None:
        # Accept, and give pjsua2 an object for the new leg (it crashes without one).
        prm.statusCode = 202
        leg = _TransferredCall(self.owner.account)
        self.owner.transferred.append(leg)
        prm.newCall = leg

    def onCallMediaState(self, prm: "pj.OnCallMediaStateParam") -> None:
        if self.player is not None:
            return
        media = self.getAudioMedia(-1)
        if self.record_path:
            self.recorder = pj.AudioMediaRecorder()
            self.recorder.createRecorder(self.record_path)
            media.startTransmit(self.recorder)
        self.player = pj.AudioMediaPlayer()
        self.player.createPlayer(self.play_path, pj.PJMEDIA_FILE_NO_LOOP)
        self.player.startTransmit(media)


class _TransferredCall(pj.Call):
    """The leg pjsua2 places when the far end REFERs us (a blind transfer)."""

    def __init__(self, account: "pj.Account") -> None:
        super().__init__(account)
        self.done = False

    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        if self.getInfo().state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.done = True


class Caller:
    def __init__(self, local_port: int = 0) -> None:
        self.ep = pj.Endpoint()
        self.ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.logConfig.level = 0
        cfg.logConfig.consoleLevel = 0
        cfg.medConfig.clockRate = 8000
        cfg.medConfig.sndClockRate = 8000
        cfg.medConfig.noVad = True
        self.ep.libInit(cfg)
        self.ep.audDevManager().setNullDev()
        for codec in self.ep.codecEnum2():
            self.ep.codecSetPriority(codec.codecId, 255 if codec.codecId.startswith("PCMU/") else 0)
        tcfg = pj.TransportConfig()
        tcfg.port = local_port
        tcfg.boundAddress = "127.0.0.1"
        self.ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
        self.ep.libStart()
        acfg = pj.AccountConfig()
        acfg.idUri = "sip:caller@127.0.0.1"
        acfg.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
        acfg.mediaConfig.transportConfig.port = 40000
        self.account = pj.Account()
        self.account.create(acfg, True)
        self.transferred: list[_TransferredCall] = []

    def poll(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.ep.libHandleEvents(10)

    def run(self, target: str, plays: list[str], records: list[str | None], tail_s: float,
            timeout_s: float, dtmf: str = "", hold_until: str = "") -> list[dict]:
        calls = []
        for i, (play, record) in enumerate(zip(plays, records)):
            call = _Call(self, i, play, record)
            op = pj.CallOpParam(True)
            hdr = pj.SipHeader()
            hdr.hName, hdr.hValue = "X-Customer-Id", f"demo-{i}"
            op.txOption.headers.append(hdr)
            call.makeCall(target, op)
            calls.append(call)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and not all(c.done for c in calls):
            self.ep.libHandleEvents(10)
            now = time.monotonic()
            for c in calls:
                if c.done or not c.connected_at:
                    continue
                if dtmf and not c.dtmf_sent and now - c.connected_at >= c.play_s:
                    c.dialDtmf(dtmf)  # RFC 4733 telephone-events
                    c.dtmf_sent = True
                # A test that needs every call up at once holds them until it has seen that (a
                # loaded box may take longer to set up the last call than the first one lasts).
                if now - c.connected_at >= c.play_s + tail_s and not (hold_until and not os.path.exists(hold_until)):
                    c.hangup(pj.CallOpParam())
                    c.connected_at = float("inf")
        results = [{"call": c.index, "status_code": c.status_code, "connected": c.connected_at > 0,
                    "record": c.record_path} for c in calls]
        for c in calls:
            if c.recorder:
                c.recorder = None
            c.player = None
        return results

    def close(self) -> None:
        for leg in self.transferred:
            if not leg.done:
                try:
                    leg.hangup(pj.CallOpParam())
                except pj.Error:
                    pass
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and not all(leg.done for leg in self.transferred):
            self.ep.libHandleEvents(10)
        self.poll(0.2)
        self.transferred.clear()
        self.ep.libDestroy()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("target", help="SIP URI to call, e.g. sip:bot@127.0.0.1:5060")
    p.add_argument("--play", action="append", required=True, help="8 kHz mono WAV; one call per --play")
    p.add_argument("--record", action="append", help="WAV path recording what each call hears")
    p.add_argument("--tail-s", type=float, default=1.0, help="stay on the line this long after playing")
    p.add_argument("--timeout-s", type=float, default=120.0)
    p.add_argument("--dtmf", default="", help="digits sent as RFC 4733 events once the WAV has played")
    p.add_argument("--hold-until", default="", metavar="PATH",
                   help="stay on the line after the tail until PATH exists (tests that need all calls up at once)")
    args = p.parse_args(argv)
    records = (args.record or []) + [None] * len(args.play)
    caller = Caller()
    try:
        for r in caller.run(args.target, args.play, records[: len(args.play)], args.tail_s, args.timeout_s,
                            args.dtmf, args.hold_until):
            print(json.dumps(r), flush=True)
    finally:
        caller.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
