"""admin/metrics.py (Prometheus text) and sip/sdp.py (SDP/SIP text helpers)."""

import re

import pytest

from callwarden.admin.metrics import LATENCY_BUCKETS_MS, Counter, Gauge, Histogram, Metrics
from callwarden.sip import sdp

SAMPLE_RE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{le="([^"]+)"\})? (\S+)$')


def parse_samples(text):
    out = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        m = SAMPLE_RE.match(line)
        assert m, f"not a 'name value' line: {line!r}"
        key = m.group(1) + (f'{{le="{m.group(3)}"}}' if m.group(2) else "")
        out[key] = float(m.group(4))
    return out


# --- metrics ----------------------------------------------------------------

def test_histogram_buckets_are_cumulative_and_inf_is_count():
    h = Histogram("lat_ms", "Latency", buckets=(25, 50, 100))
    for v in (10, 25, 26, 60, 100, 101, 9999):
        h.observe(v)
    s = parse_samples("\n".join(h.samples()))
    assert s['lat_ms_bucket{le="25"}'] == 2      # le is inclusive
    assert s['lat_ms_bucket{le="50"}'] == 3
    assert s['lat_ms_bucket{le="100"}'] == 5
    assert s['lat_ms_bucket{le="+Inf"}'] == 7 == h.count
    assert s["lat_ms_count"] == 7
    assert s["lat_ms_sum"] == 10 + 25 + 26 + 60 + 100 + 101 + 9999


def test_histogram_default_buckets_monotonic():
    h = Histogram("x", "x")
    for v in (1, 80, 80, 700, 100000):
        h.observe(v)
    lines = h.samples()
    assert len(lines) == len(LATENCY_BUCKETS_MS) + 3
    counts = [int(line.rsplit(" ", 1)[1]) for line in lines[:len(LATENCY_BUCKETS_MS) + 1]]
    assert counts == sorted(counts)
    assert counts[-1] == 5
    assert lines[LATENCY_BUCKETS_MS.index(100)] == 'x_bucket{le="100"} 3'


def test_counter_and_gauge():
    c = Counter("c_total", "C")
    c.inc()
    c.inc(2.5)
    assert c.samples() == ["c_total 3.5"]
    g = Gauge("g", "G")
    g.set(4)
    g.set(2)
    assert g.samples() == ["g 2"]
    assert (c.kind, g.kind) == ("counter", "gauge")


def test_large_counter_renders_exactly():
    # ':g' formatting would give 1.23457e+06 and make Prometheus rates go stepwise.
    c = Counter("frames_total", "F")
    c.inc(1234567)
    assert parse_samples("\n".join(c.samples()))["frames_total"] == 1234567


def test_render_has_help_type_and_parses():
    m = Metrics()
    m.calls_total.inc()
    m.calls_active.set(2)
    m.final_latency.observe(120)
    text = m.render()
    assert text.endswith("\n")
    lines = text.splitlines()
    names = [x.name for x in m.all()]
    assert len(names) == len(set(names)) and all(n.startswith("callwarden_") for n in names)
    assert {"callwarden_calls_active", "callwarden_calls_total", "callwarden_utterances_total",
            "callwarden_final_latency_ms", "callwarden_frames_late_total"} <= set(names)
    for metric in m.all():
        help_i = lines.index(f"# HELP {metric.name} {metric.help}")
        assert lines[help_i + 1] == f"# TYPE {metric.name} {metric.kind}"
        assert lines[help_i + 2].startswith(metric.name)
    samples = parse_samples(text)
    assert samples["callwarden_calls_total"] == 1
    assert samples["callwarden_calls_active"] == 2
    assert samples["callwarden_dtmf_total"] == 0
    assert samples['callwarden_final_latency_ms_bucket{le="100"}'] == 0
    assert samples['callwarden_final_latency_ms_bucket{le="150"}'] == 1
    assert samples["callwarden_final_latency_ms_count"] == 1
    assert samples["callwarden_asr_decode_ms_count"] == 0
    types = dict(re.findall(r"^# TYPE (\S+) (\S+)$", text, re.M))
    assert types["callwarden_final_latency_ms"] == "histogram"
    assert types["callwarden_calls_active"] == "gauge"
    assert types["callwarden_frames_late_total"] == "counter"


# --- SDP / SIP ----------------------------------------------------------------

SDP = ("v=0\r\no=- 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\n"
       "m=audio 4000 RTP/AVP 18 0 101\r\n"
       "a=rtpmap:18 G729/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n"
       "a=fmtp:101 0-16\r\na=sendrecv\r\n")


def test_offered_codecs_in_offer_order():
    assert sdp.offered_codecs(SDP) == ["G729", "PCMU", "telephone-event"]


def test_offered_codecs_static_payloads_without_rtpmap():
    text = "v=0\nm=audio 4000 RTP/AVP 8 0 9 3 96\n"
    assert sdp.offered_codecs(text) == ["PCMA", "PCMU", "G722", "GSM", "pt96"]


def test_offered_codecs_reads_every_live_audio_stream_in_order():
    text = "m=audio 4000 RTP/AVP 0\r\nm=audio 4002 RTP/AVP 8\r\n"
    assert sdp.offered_codecs(text) == ["PCMU", "PCMA"]
    # A first stream with only unknown codecs leaves the second usable (RFC 3264 §6: that one is
    # answered, the first declined); declined streams (port 0) and video offer nothing.
    text = ("m=audio 4000 RTP/AVP 98\r\na=rtpmap:98 X-NOSUCH/8000\r\nm=video 4004 RTP/AVP 31\r\n"
            "a=rtpmap:31 H261/90000\r\nm=audio 0 RTP/AVP 18\r\nm=audio 4002 RTP/AVP 8\r\n")
    assert sdp.offered_codecs(text) == ["X-NOSUCH", "PCMA"]
    assert sdp.offered_codecs("v=0\r\n") == []


INVITE = ("INVITE sip:desk@10.0.0.1 SIP/2.0\r\n"
          "Via: SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK1\r\n"
          "From: <sip:alice@example.com>;tag=abc\r\n"
          "To: <sip:desk@10.0.0.1>\r\n"
          "Call-ID: 1234@10.0.0.5\r\n"
          "X-CUSTOMER-ID: 42\r\n"
          "x-account-id:  A-7 \r\n"
          "Via: SIP/2.0/UDP proxy:5060;branch=z9hG4bK2\r\n"
          "Content-Type: application/sdp\r\n"
          f"Content-Length: {len(SDP)}\r\n"
          "\r\n" + SDP)


def test_split_message_lowercases_names_and_returns_body():
    headers, body = sdp.split_message(INVITE)
    assert headers["from"] == "<sip:alice@example.com>;tag=abc"
    assert headers["call-id"] == "1234@10.0.0.5"
    assert headers["x-customer-id"] == "42"
    assert headers["x-account-id"] == "A-7"
    assert headers["via"] == "SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK1"  # first wins
    assert all(name == name.lower() for name in headers)
    assert "invite sip" not in " ".join(headers)  # request line is not a header
    assert body.splitlines() == SDP.splitlines()
    assert sdp.offered_codecs(body) == ["G729", "PCMU", "telephone-event"]


def test_kept_headers_case_insensitive():
    headers, _ = sdp.split_message(INVITE)
    assert sdp.kept_headers(headers, ["X-Customer-Id", "X-Account-Id"]) == {
        "X-Customer-Id": "42", "X-Account-Id": "A-7"}
    assert sdp.kept_headers(headers, ["X-Missing"]) == {}
    assert sdp.kept_headers(headers, []) == {}
