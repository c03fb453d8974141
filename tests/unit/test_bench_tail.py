"""The slow finals' breakdown in `bench sipload` reads the stored timing right."""

from callwarden_tools.bench.tail import tail_breakdown


def final(latency, ready, voice=20, queue=0, decode=60, speculative=True, batch=1, prefixes=0):
    return {"latency_ms": latency, "timing": {"started_ms": 5, "ready_ms": ready, "voice_ms": voice,
                                              "queue_ms": queue, "decode_ms": decode, "batch": batch,
                                              "speculative": speculative, "redecoded": False,
                                              "prefixes": prefixes}}


def test_the_slowest_finals_show_what_held_them():
    fast = [final(90 + i, ready=40 + i) for i in range(19)]
    # the slowest waited in the engine's queue behind others and were not decoded before the endpoint
    slow = final(700, ready=650, queue=480, decode=150, speculative=False, batch=4)
    report = tail_breakdown(fast + [slow], share=0.05)
    assert report["slowest"]["timed"] == 1 and report["slowest"]["queue_ms"] == 480
    assert report["slowest"]["speculative"] == 0.0 and report["slowest"]["batch"] == 4
    assert report["slowest"]["after_ms"] == 50          # 700 - 650: redaction, detectors, storing
    assert report["all"]["speculative"] == 0.95 and report["all"]["queue_ms"] == 0
    assert report["all"]["finals"] == 20 and report["all"]["latency_ms"] == 99.5
    assert [w["latency_ms"] for w in report["worst"]] == [700, 108, 107] and report["worst"][0]["queue_ms"] == 480


def test_the_voice_measure_counts_when_it_ends_after_the_transcript():
    report = tail_breakdown([final(300, ready=100, voice=250)], share=0.05)
    assert report["slowest"]["after_ms"] == 50


def test_finals_stored_before_timing_existed_are_counted_not_read():
    report = tail_breakdown([{"latency_ms": 120}, final(100, ready=50)])
    assert report["all"] == {**report["all"], "finals": 2, "timed": 1}
    assert tail_breakdown([{"latency_ms": 120}])["slowest"] == {"finals": 1, "timed": 0}
