"""The ASR benchmark's machinery on a few utterances: both paths run and transcribe correctly.

Speed is reported by `callwarden bench asr`, never asserted here."""

from __future__ import annotations

from callwarden.bench import PATHS, bench_asr


def test_bench_asr_report_shape_and_accuracy():
    report = bench_asr(4, log=lambda *a: None)
    assert report["utterances"] == 4 and report["audio_s"] > 5
    for path in PATHS:
        r = report[path]
        assert r["p50_ms"] <= r["p95_ms"] <= r["p99_ms"]
        assert r["cpu_s_per_audio_s"] > 0
        assert r["wer"] <= 0.15, (path, r)
    assert report["cpu_ratio"] > 0
