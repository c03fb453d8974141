"""admin/metrics.py (the daemon's metrics on prometheus_client) and sip/sdp.py (SDP/SIP text helpers)."""

import pytest
from prometheus_client.parser import text_string_to_metric_families

from callwarden.admin import multiproc
from callwarden.admin.metrics import BATCH_BUCKETS, EngineMetrics, Metrics, refusal_reason, total
from callwarden.sip import sdp


def families(text: str) -> dict:
    return {f.name: f for f in text_string_to_metric_families(text)}


def sample(fams: dict, family: str, name: str, **labels) -> float:
    return next(s.value for s in fams[family].samples if s.name == name and all(
        s.labels.get(k) == v for k, v in labels.items()))


# --- metrics ----------------------------------------------------------------

def test_exposition_uses_base_units_total_counters_build_info_and_process_metrics():
    m = Metrics()
    m.calls_total.inc()
    m.calls_active.set(2)
    m.final_latency.observe(0.120)
    m.flags.labels("opt_out").inc()
    m.routes.labels("escalate").inc()
    m.transfers.labels("failed").inc(2)
    body, ctype = multiproc.exposition(m.registry, "1.2.3")
    assert ctype.startswith("text/plain")
    fams = families(body.decode())
    names = set(fams)
    assert all(n.startswith(("callwarden_", "process_")) for n in names)
    assert not [n for n in names if n.endswith("_ms")], "base units only"
    assert sample(fams, "callwarden_calls", "callwarden_calls_total") == 1
    assert fams["callwarden_calls"].type == "counter"
    assert sample(fams, "callwarden_calls_active", "callwarden_calls_active") == 2
    assert fams["callwarden_final_latency_seconds"].type == "histogram"
    assert sample(fams, "callwarden_final_latency_seconds", "callwarden_final_latency_seconds_bucket", le="0.1") == 0
    assert sample(fams, "callwarden_final_latency_seconds", "callwarden_final_latency_seconds_bucket", le="0.15") == 1
    assert sample(fams, "callwarden_flags", "callwarden_flags_total", type="opt_out") == 1
    assert sample(fams, "callwarden_routes", "callwarden_routes_total", action="escalate") == 1
    assert sample(fams, "callwarden_transfers", "callwarden_transfers_total", result="failed") == 2
    assert sample(fams, "callwarden_build_info", "callwarden_build_info", version="1.2.3") == 1
    assert sample(fams, "process_resident_memory_bytes", "process_resident_memory_bytes", process="master") > 0
    assert "callwarden_calls_created" not in body.decode()


@pytest.mark.parametrize("code, text, reason", [
    (486, "worker full", "busy"),
    (488, "no supported codec (offered G729)", "codec"),
    (503, "state dir /x: 1.0 MB free, under [storage] min_free_mb = 64", "storage"),
    (503, "state dir /x: writes fail (No space left on device)", "storage"),
    (503, "ASR engine saturated: finals wait 900 ms", "saturated"),
    (503, "the ASR engine is restarting", "engine_restarting"),
    (403, "forbidden", "other"),
])
def test_refusals_are_labelled_by_reason(code, text, reason):
    assert refusal_reason(code, text) == reason
    m = Metrics()
    m.refused(code, text)
    fams = families(multiproc.exposition(m.registry, "x")[0].decode())
    assert sample(fams, "callwarden_calls_refused", "callwarden_calls_refused_total",
                  code=str(code), reason=reason) == 1
    assert total(m.calls_refused) == 1


def test_batch_size_uses_count_buckets_not_time_buckets():
    e = EngineMetrics()
    for n in (1, 3, 3, 9):
        e.batch_size.labels("final").observe(n)
    fams = {f.name: f for f in e.batch_size.collect()}
    bounds = [s.labels["le"] for s in fams["callwarden_asr_batch_size"].samples if s.name.endswith("_bucket")]
    assert bounds[:4] == ["1.0", "2.0", "3.0", "4.0"] and max(BATCH_BUCKETS) >= 32
    got = {s.labels["le"]: s.value for s in fams["callwarden_asr_batch_size"].samples if s.name.endswith("_bucket")}
    assert (got["1.0"], got["2.0"], got["3.0"], got["12.0"]) == (1, 1, 3, 4)


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
