"""`callwarden bench ...`: the benchmarks' entry point. `bench asr` lives in bench/asr.py (its sets in
bench/sets.py, its `--sweep` in bench/sweep.py); the seeded caller set the ASR benches and tests share is
rendered by bench/corpus.py."""

from __future__ import annotations

import argparse
import json
import sys
import time

from callwarden_tools.bench.asr import PATHS, bench_asr  # noqa: F401  (its home since the real-speech sets came)
from callwarden_tools.bench.corpus import SENTENCES, render_corpus, render_utterances  # noqa: F401  (used by tests)
from callwarden.progress import progress
from callwarden_tools.wer import percentile


def bench_detect(directory: str, rounds: int = 20) -> dict:
    """Per-event cost of the call analysis (redaction, detectors, routing) on the dialogs' turns."""
    import json as _json
    from pathlib import Path as _Path

    from callwarden import events as ev
    from callwarden.config import Config
    from callwarden.detect.pipeline import CallAnalysis
    from callwarden.events import CallClock
    from callwarden.redact.redactor import CallRedactor
    dialogs = [_json.loads(p.read_text()) for p in sorted(_Path(directory).glob("*.json"))]
    full, redact_only = [], []
    for _ in progress(range(rounds), "bench detect: rounds"):
        for d in dialogs:
            clock, redactor, analysis = CallClock(), CallRedactor(), CallAnalysis(Config())
            for turn in d["turns"]:
                if "say" not in turn:
                    continue
                t0 = time.perf_counter()
                red = redactor.redact(turn["say"], 0, 1000)
                t1 = time.perf_counter()
                final = clock.event(ev.UTTERANCE_FINAL, "caller", {
                    "text": red.text, "t_start_ms": 0, "t_end_ms": 1000, "confidence": 0.8,
                    "redactions": [r.to_dict() for r in red.records]})
                analysis.feed(final, 1100)
                t2 = time.perf_counter()
                redact_only.append((t1 - t0) * 1000)
                full.append((t2 - t0) * 1000)
    pct = lambda v: {"p50_ms": round(percentile(v, 50), 3), "p99_ms": round(percentile(v, 99), 3),
                     "max_ms": round(max(v), 3)}
    return {"events": len(full), "dialogs": len(dialogs), "analysis": pct(full), "redaction_only": pct(redact_only)}


def main(args: argparse.Namespace) -> int:
    log = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    if args.what == "detect":
        report = bench_detect(args.dialogs)
        print(json.dumps(report) if args.json else
              f"{report['events']} caller turns from {report['dialogs']} dialogs: redaction + detectors + routing "
              f"p50 {report['analysis']['p50_ms']} ms, p99 {report['analysis']['p99_ms']} ms "
              f"(redaction alone p99 {report['redaction_only']['p99_ms']} ms)")
        return 0
    if args.what == "endpoint":
        from callwarden_tools.bench.endpoint import bench_endpoint
        report = bench_endpoint(max(1, args.turns), log)
        if args.json:
            print(json.dumps(report))
            return 0
        print(f"\n{report['turns']} turns ({', '.join(f'{n} {k}' for k, n in report['kinds'].items())}): "
              "turns cut before the caller finished, by endpoint silence")
        print(f"{'setting':>8s} {'cut':>6s} {'fluent':>7s} {'hesitant':>9s} {'card':>5s} {'words cut':>10s} "
              f"{'wait p50':>9s} {'wait p95':>9s}")
        for r in report["rows"]:
            print(f"{r['endpoint_silence_ms']:6d}ms {r['turns_cut_pct']:5.1f}% {r['fluent_cut']:>7s} "
                  f"{r['hesitant_cut']:>9s} {r['card_cut']:>5s} {r['words_cut_pct']:9.1f}% "
                  f"{r['speech_end_to_endpoint_p50_ms']:7.0f}ms {r['speech_end_to_endpoint_p95_ms']:7.0f}ms")
        return 0
    if args.what == "tts":
        from callwarden_tools.bench.tts import bench_tts, print_report
        report = bench_tts(args.replies, log)
        print(json.dumps(report)) if args.json else print_report(report)
        return 0
    if args.what == "load":
        from callwarden_tools.bench.load import bench_load
        report = bench_load(args.calls, args.duration_s, log, args.corpus)
        if args.json:
            print(json.dumps(report))
            return 0
        print(f"\n{report['calls']} concurrent callers, {report['duration_s']:.0f} s, endpoint -> final")
        for path in ("engine", "stock"):
            r = report[path]
            print(f"{path:7s} finals {r['finals']:4d}  p50 {r['p50_ms']:7.0f}  p95 {r['p95_ms']:7.0f}  "
                  f"p99 {r['p99_ms']:7.0f}  max {r['max_ms']:7.0f} ms  WER {r['wer'] * 100:5.1f}%  "
                  f"CPU {r['cpu_s_per_wall_s']:.2f} cores")
        e = report["engine"]
        print(f"engine: mean batch {e['mean_batch']}, partials {e['partials_planned']} planned / "
              f"{e['partials_shed']} shed; p99 ratio stock/engine {report['p99_ratio']}x")
        return 0
    if args.what == "calls":
        from callwarden_tools.bench.calls import bench_calls
        report = bench_calls(max(1, args.rounds), log)
        print(json.dumps(report) if args.json else "\n".join(
            f"{mode:12s} flag after speech end p50 {r['flag_after_speech_end']['p50_ms']:.0f} ms "
            f"p99 {r['flag_after_speech_end']['p99_ms']:.0f} ms; flag -> REFER p50 {r['flag_to_refer']['p50_ms']:.0f} ms "
            f"p99 {r['flag_to_refer']['p99_ms']:.0f} ms; {r['flags_from_partials']} of {r['calls']} flags from partials, "
            f"{r['transferred']} transferred, {r['no_flag']} without a flag" for mode, r in report.items()))
        return 0
    sets = tuple(x for x in args.sets.split(",") if x)
    if args.what == "pack":
        from callwarden_tools.bench.packed import pack
        if not args.out:
            print("callwarden bench pack: --out DIR is required", file=sys.stderr)
            return 2
        n = max(1, args.utterances)
        written = pack(args.out, sets, n, max(1, args.long_turns or max(2, n // 4)), max(0, args.first), log)
        print(json.dumps(written) if args.json else
              f"packed into {args.out}: " + ", ".join(f"{k} {v} turns" for k, v in written.items()))
        return 0
    if args.sweep:
        from callwarden_tools.bench.sweep import DEFAULT_GRID, bench_sweep, parse_grid, print_sweep
        report = bench_sweep(max(1, args.utterances), max(1, args.long_turns or 4), sets, log,
                             parse_grid(args.grid or DEFAULT_GRID), max(0, args.first))
        print(json.dumps(report)) if args.json else print_sweep(report)
        return 0
    from callwarden_tools.bench.asr import print_report
    report = bench_asr(max(1, args.utterances), log, args.min_window_s, max(0, args.first), sets, args.long_turns,
                       corpus_dir=args.corpus)
    print(json.dumps(report)) if args.json else print_report(report)
    return 0
