"""A call whose media never arrives is ended after `rtp_timeout_s`, however its offer was made: on a
real SIP stack (pjsua2 in this process), calls placed by hand over UDP that never send RTP.

A call without a media stream used to be asked for RTP statistics every 2 s forever (a drain then
waited on it until the harness killed the master); one without any media was never looked at.
"""

from __future__ import annotations

import time

import pytest

from callwarden import events as ev
from callwarden.config import SipConfig
from callwarden_tools.harness import free_port
from callwarden.sip import stack as sip
from raw_call import SDP_PCMU, RawCall

RTP_TIMEOUT_S = 1.0
GENEROUS_S = 30.0
VIDEO_FIRST = ("v=0\r\no=raw 1 1 IN IP4 {ip}\r\ns=-\r\nc=IN IP4 {ip}\r\nt=0 0\r\n"
               "m=video 9 RTP/AVP 31\r\na=rtpmap:31 H261/90000\r\n"
               "m=audio 9 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")
OFFERS = {
    "audio_offer": SDP_PCMU.format(ip="127.0.0.1", port=9),
    # The audio stream is media line 1: statistics of line 0 (the declined video) never exist.
    "video_line_first": VIDEO_FIRST.format(ip="127.0.0.1"),
    # No offer in the INVITE and no answer in the ACK: media never comes up at all.
    "no_offer": "",
}


@pytest.fixture(scope="module")
def stack():
    events: list = []
    rtp = free_port(span=40)
    cfg = SipConfig(host="127.0.0.1", port=free_port(), transports=["udp"], rtp_port_min=rtp, rtp_port_range=40,
                    max_calls=4, rtp_timeout_s=RTP_TIMEOUT_S)
    s = sip.SipStack(cfg, events.append)
    s.start()
    s.events = events
    try:
        yield s
    finally:
        s.stop()


@pytest.mark.parametrize("offer", list(OFFERS))
def test_a_call_whose_media_never_arrives_is_ended_by_the_appliance(stack, offer):
    call = RawCall(("127.0.0.1", stack.cfg.port))
    call.sdp = OFFERS[offer]
    seen = len(stack.events)
    try:
        assert call.invite() == 200
        call.ack()
        # The appliance hangs up (BYE): the caller never does here.
        assert call.wait_request("BYE", GENEROUS_S), f"{offer}: never hung up"
    finally:
        call.close()
    news = stack.events[seen:]
    deadline = time.monotonic() + GENEROUS_S
    while not [e for e in news if isinstance(e, sip.Ended)]:
        assert time.monotonic() < deadline, news
        time.sleep(0.05)
        news = stack.events[seen:]
    [ended] = [e for e in news if isinstance(e, sip.Ended)]
    assert ended.reason == ev.END_RTP_TIMEOUT, ended
    if offer != "no_offer":       # the stream found is the audio one, wherever its line is
        assert [e.codec for e in news if isinstance(e, sip.Answered)] == ["PCMU"], news
