"""The ASR benchmark's machinery on a few turns of each set: every path runs and transcribes correctly.

Speed is reported by `callwarden bench asr`, never asserted here."""

from __future__ import annotations

import pytest

from callwarden_tools.bench.main import PATHS, bench_asr


def test_bench_asr_report_shape_and_accuracy():
    # read_out's second turn (19 s read without a 300 ms pause) is cut once the call's way.
    report = bench_asr(3, log=lambda *a: None, sets=("rendered", "read_out"), long_n=2)
    assert set(report["sets"]) == {"rendered", "read_out"}
    short, long = report["sets"]["rendered"], report["sets"]["read_out"]
    assert short["turns"] == 3 and short["audio_s"] > 4
    assert long["turns"] == 2 and 28 <= long["audio_s"] <= 40
    for r in (short, long):
        for path in PATHS:
            p = r[path]
            assert p["p50_ms"] <= p["p95_ms"] <= p["p99_ms"]
            assert p["cpu_s_per_audio_s"] > 0
            assert p["wer"] <= 0.15, (path, p)
        assert r["cpu_ratio"] > 0 and r["default"]["fallbacks"] >= 0
    assert "call" not in short
    assert long["call"]["prefixes"] >= 1 and long["call"]["wer"] <= 0.15, long["call"]


def test_bench_asr_runs_the_real_speech_set():
    from callwarden_tools.bench.sets import real_prompts
    try:
        real_prompts()
    except FileNotFoundError as e:
        pytest.skip(str(e))
    report = bench_asr(2, log=lambda *a: None, sets=("real",))
    r = report["sets"]["real"]
    assert r["turns"] == 2 and r["words"] > 4 and r["default"]["wer"] <= 0.3
