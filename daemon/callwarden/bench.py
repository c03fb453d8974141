"""`callwarden bench asr`: the appliance's ASR path against stock faster-whisper, side by side.

Each utterance is rendered with the Piper voice (rate, pitch and noise varied),
put through 8 kHz µ-law and the daemon's own frame decoder, then transcribed
by both paths in alternating order on the same audio. Reported: latency
percentiles (endpoint -> final: the decode after the endpoint), CPU seconds per
audio second, WER, and the CPU ratio. `padded` is the appliance's own path with
the encoder fed Whisper's full 30 s window: the WER baseline that truncation
is held to (within +1 point). `short_only` is the engine's path without the
second decode of looping finals (`[asr] redecode_loops`), to show what it buys.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np

from callwarden.audio.frames import FrameDecoder
from callwarden.bench_corpus import SENTENCES
from callwarden.config import AsrConfig
from callwarden.wer import edit_distance, normalise, percentile

PATHS = ("engine", "short_only", "padded", "stock", "stock_greedy")


def render_corpus(n: int) -> list[tuple[str, np.ndarray]]:
    return render_utterances(range(n))


def render_utterances(indexes) -> list[tuple[str, np.ndarray]]:
    """The bench set's utterances at these indexes: sentence and voice style follow the index."""
    from callwarden.models import tts_voice_path
    from callwarden.tts.render import CallerStyle, render_speech
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    out = []
    for i in indexes:
        text = SENTENCES[i % len(SENTENCES)]
        style = CallerStyle(rate_wpm=140 + (i * 7) % 55, pitch_cents=(i * 130) % 500 - 250,
                            noise_snr_db=(None, 30.0, 20.0)[i % 3], seed=i)
        pcm8k = render_speech(voice, text, style)
        decoder = FrameDecoder()
        frames = [decoder.decode(pcm8k[j:j + 160].astype("<i2").tobytes(), 0).samples
                  for j in range(0, len(pcm8k) - 159, 160)]
        out.append((text, np.concatenate(frames)))
    return out


def summarise(latencies: list[float], cpu_s: float, audio_s: float, errors: int, words: int) -> dict:
    return {"p50_ms": round(percentile(latencies, 50), 1), "p95_ms": round(percentile(latencies, 95), 1),
            "p99_ms": round(percentile(latencies, 99), 1), "mean_ms": round(float(np.mean(latencies)), 1),
            "cpu_s_per_audio_s": round(cpu_s / audio_s, 4), "wer": round(errors / max(words, 1), 4)}


def bench_asr(n: int, log=print, min_window_s: float | None = None, first: int = 0) -> dict:
    from callwarden.asr.transcriber import Transcriber
    log(f"rendering {n} utterances (Piper, varied rate/pitch/noise, 8 kHz µ-law) ...")
    corpus = render_utterances(range(first, first + n))
    cfg = AsrConfig() if min_window_s is None else AsrConfig(min_window_s=min_window_s)
    transcriber = Transcriber(cfg)
    transcriber.warm_up()
    transcriber.transcribe_stock(corpus[0][1])
    runs = {
        "engine": transcriber.transcribe,
        "short_only": lambda a: transcriber.transcribe_batch([a])[0],
        # The same path with the encoder fed Whisper's full 30 s: what truncation costs in WER.
        "padded": lambda a: transcriber.transcribe_batch([a], padded=True)[0],
        "stock": lambda a: transcriber.transcribe_stock(a, beam_size=5),   # faster-whisper's defaults
        "stock_greedy": lambda a: transcriber.transcribe_stock(a, beam_size=1),
    }
    stats = {p: {"lat": [], "cpu": 0.0, "err": 0} for p in PATHS}
    words = redecoded = 0
    audio_s = sum(len(a) for _, a in corpus) / 16000
    for i, (text, audio) in enumerate(corpus):
        ref = normalise(text)
        words += len(ref)
        order = PATHS if i % 2 == 0 else PATHS[::-1]
        for path in order:
            cpu0, t0 = time.process_time(), time.perf_counter()
            result = runs[path](audio)
            stats[path]["lat"].append((time.perf_counter() - t0) * 1000)
            stats[path]["cpu"] += time.process_time() - cpu0
            stats[path]["err"] += edit_distance(ref, normalise(result.text))
            redecoded += result.redecoded
        log(f"  {i + 1:3d}/{n}  engine {stats['engine']['lat'][-1]:6.0f} ms  stock {stats['stock']['lat'][-1]:6.0f} ms")
    report = {"utterances": n, "first": first, "audio_s": round(audio_s, 1), "min_window_s": cfg.min_window_s,
              "redecoded": redecoded,
              "device": transcriber.device,
              "compute_type": transcriber.compute_type}
    for path in PATHS:
        s = stats[path]
        report[path] = summarise(s["lat"], s["cpu"], audio_s, s["err"], words)
    report["cpu_ratio"] = round(report["stock"]["cpu_s_per_audio_s"] / report["engine"]["cpu_s_per_audio_s"], 2)
    report["cpu_ratio_vs_greedy"] = round(
        report["stock_greedy"]["cpu_s_per_audio_s"] / report["engine"]["cpu_s_per_audio_s"], 2)
    report["wer_truncated_minus_padded"] = round(report["engine"]["wer"] - report["padded"]["wer"], 4)
    report["wer_short_only_minus_padded"] = round(report["short_only"]["wer"] - report["padded"]["wer"], 4)
    return report


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
    for _ in range(rounds):
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
        from callwarden.bench_endpoint import bench_endpoint
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
        from callwarden.bench_tts import bench_tts, print_report
        report = bench_tts(args.replies, log)
        print(json.dumps(report)) if args.json else print_report(report)
        return 0
    if args.what == "load":
        from callwarden.bench_load import bench_load
        report = bench_load(args.calls, args.duration_s, log)
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
        from callwarden.bench_calls import bench_calls
        report = bench_calls(max(1, args.rounds), log)
        print(json.dumps(report) if args.json else "\n".join(
            f"{mode:12s} flag after speech end p50 {r['flag_after_speech_end']['p50_ms']:.0f} ms "
            f"p99 {r['flag_after_speech_end']['p99_ms']:.0f} ms; flag -> REFER p50 {r['flag_to_refer']['p50_ms']:.0f} ms "
            f"p99 {r['flag_to_refer']['p99_ms']:.0f} ms; {r['flags_from_partials']} of {r['calls']} flags from partials, "
            f"{r['transferred']} transferred, {r['no_flag']} without a flag" for mode, r in report.items()))
        return 0
    report = bench_asr(max(1, args.utterances), log, args.min_window_s, max(0, args.first))
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"\n{report['utterances']} utterances, {report['audio_s']} s of audio, "
          f"{report['device']}/{report['compute_type']}")
    print(f"{'path':14s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'cpu s/audio s':>14s} {'WER':>7s}")
    for path in PATHS:
        r = report[path]
        print(f"{path:14s} {r['p50_ms']:8.0f} {r['p95_ms']:8.0f} {r['p99_ms']:8.0f} "
              f"{r['cpu_s_per_audio_s']:14.4f} {r['wer'] * 100:6.1f}%")
    print(f"CPU ratio stock/engine: {report['cpu_ratio']}x (greedy stock: {report['cpu_ratio_vs_greedy']}x); "
          f"WER truncated - padded: {report['wer_truncated_minus_padded'] * 100:+.1f} points "
          f"({report['redecoded']} looping finals decoded again; without that "
          f"{report['wer_short_only_minus_padded'] * 100:+.1f})")
    return 0
