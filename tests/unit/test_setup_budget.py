"""The new-call budget that keeps a worker's pjsua within its sockets (sip/setup_budget.py)."""

from callwarden.sip.setup_budget import BUDGET, SetupBudget, opens_dialog, takes_sockets


def test_the_budget_admits_so_many_per_window_and_frees_as_the_window_moves():
    budget = SetupBudget(budget=3, window_s=1.0)
    assert [budget.admit(t) for t in (0.0, 0.1, 0.2, 0.3)] == [True, True, True, False]
    assert not budget.admit(0.99)          # still three within the last second
    assert budget.admit(1.0)               # the first one has left the window
    assert not budget.admit(1.05)


def test_the_default_budget_stays_under_the_sockets_pjsua_has():
    # 64 I/O queue slots: 2 per live call (4), 2 per call ended within the 500 ms a slot waits
    # (4 live at its start + BUDGET taken), and the SIP transports.
    assert 2 * 4 + 2 * (4 + BUDGET) + 4 <= 64


def test_only_an_invite_without_to_tag_opens_a_dialog():
    new = b"INVITE sip:bot@h SIP/2.0\r\nTo: <sip:bot@h>\r\nFrom: <sip:a@b>;tag=1\r\n\r\n"
    again = b"INVITE sip:bot@h SIP/2.0\r\nt: <sip:bot@h> ; tag=99\r\nFrom: <sip:a@b>;tag=1\r\n\r\n"
    assert opens_dialog(new) and not opens_dialog(again)


def test_only_a_new_call_that_may_open_media_is_counted():
    head = b"INVITE sip:bot@h SIP/2.0\r\nTo: <sip:bot@h>\r\nContent-Type: application/sdp\r\n\r\n"
    sdp = "v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP {pts}\r\n{maps}"
    pcmu = head + sdp.format(pts="0", maps="").encode()
    unknown = head + sdp.format(pts="98", maps="a=rtpmap:98 X-NOSUCH/8000\r\n").encode()
    assert takes_sockets(pcmu) and takes_sockets(head)          # an offer we take; no offer at all
    assert not takes_sockets(unknown)                           # answered 488 without a socket
