"""`callwarden bench asr`: the appliance's ASR path against stock faster-whisper, side by side, per set.

Sets (bench/sets.py): rendered and real speech, short turns and long (10-30 s) ones, every
turn through 8 kHz µ-law and the daemon's frame decoder. Each turn is transcribed by every
path in alternating order on the same audio. Paths:
- `default`: the engine's final as configured ([asr] defaults): one decode on the short
  window, and the fallback's full-window decode when that one still ran away (counted);
- `full_window`: the same decode fed Whisper's full 30 s window (the WER baseline the
  short window is held to, within +1 point);
- `stock` / `stock_greedy`: faster-whisper's own `WhisperModel.transcribe` (beam 5, its
  default; and beam 1, as the appliance decodes).
- `call` (long sets): the turn as a call decodes it: the endpointer splits it where the caller
  stopped for the endpoint's silence, and a long utterance is cut into prefixes at pauses
  (engine/prefix.py), each prefix settled (its last segment handed to the next piece), the tail
  decoded at the endpoint; latency is the tail's decode (what the endpoint waits for), CPU all
  of the decodes. `default` on a long set is the same audio decoded whole.
Reported per set and path: endpoint -> final latency p50/p95/p99 (the decode after the
endpoint, one turn at a time), CPU seconds per audio second, WER; per set the CPU ratio
stock / default, the WER gap default - full window, and how often the fallback fired.
`--sweep` (bench/sweep.py) runs the window/padding/decoding grid instead.
"""

from __future__ import annotations

import time

from callwarden.config import AsrConfig
from callwarden.progress import Progress
from callwarden_tools.wer import edit_distance, normalise, percentile

PATHS = ("default", "full_window", "stock", "stock_greedy")
LONG_PATHS = PATHS + ("call",)
DEFAULT_SETS = ("rendered", "real", "rendered_long", "real_long", "read_out")


def summarise(latencies: list[float], cpu_s: float, audio_s: float, errors: int, words: int) -> dict:
    return {"p50_ms": round(percentile(latencies, 50), 1), "p95_ms": round(percentile(latencies, 95), 1),
            "p99_ms": round(percentile(latencies, 99), 1),
            "mean_ms": round(sum(latencies) / max(len(latencies), 1), 1),
            "cpu_s_per_audio_s": round(cpu_s / max(audio_s, 1e-9), 4), "wer": round(errors / max(words, 1), 4),
            "errors": errors}


def measure(runs: dict, corpus: list, log=print, label: str = "") -> dict:
    """Every path in `runs` ({name: audio -> Transcript}) on every turn, order alternated turn by turn
    (so neither path always runs on a warm cache); {name: summary + fallbacks}."""
    names = list(runs)
    stats = {p: {"lat": [], "cpu": 0.0, "err": 0, "fallbacks": 0, "prefixes": 0} for p in names}
    words = 0
    audio_s = sum(len(a) for _, a in corpus) / 16000
    bar = Progress(len(corpus), f"bench asr: {label}", lines=not log)   # a bar on a terminal; the log lines say i/n
    for i, (text, audio) in enumerate(corpus):
        ref = normalise(text)
        words += len(ref)
        for path in (names if i % 2 == 0 else names[::-1]):
            cpu0, t0 = time.process_time(), time.perf_counter()
            result = runs[path](audio)
            stats[path]["lat"].append((time.perf_counter() - t0) * 1000)
            stats[path]["cpu"] += time.process_time() - cpu0
            stats[path]["err"] += edit_distance(ref, normalise(result.text))
            stats[path]["fallbacks"] += bool(result.redecoded)
            stats[path]["prefixes"] += (result.evidence or {}).get("prefixes", 0)
        if log:
            bar.write(log, f"  {label} {i + 1:3d}/{len(corpus)}  " + "  ".join(
                f"{p} {stats[p]['lat'][-1]:5.0f} ms" for p in names))
        bar.update()
    bar.close()
    out = {"turns": len(corpus), "audio_s": round(audio_s, 1), "words": words}
    for p in names:
        s = stats[p]
        out[p] = summarise(s["lat"], s["cpu"], audio_s, s["err"], words) | {"fallbacks": s["fallbacks"],
                                                                             "prefixes": s["prefixes"]}
    return out


def as_a_call(transcriber, audio, commit_s: float, audio_cfg=None):
    """A turn's text as a call's transcription makes it (see the module's docstring), with the tail
    decodes' time as decode_ms. The prefixes are decoded as they are cut, so each is settled before
    the next cut (in a call it usually is: a prefix decodes in well under the 8 s to the next)."""
    from callwarden.engine.prefix import LongTurnCutter, join_pieces, join_texts
    from callwarden.engine.transcriber import Transcript
    from callwarden.audio.endpointer import Endpointer
    from callwarden.audio.frames import AudioChunk
    from callwarden.config import AudioConfig
    ep, cutter = Endpointer(audio_cfg or AudioConfig()), LongTurnCutter(commit_s)
    texts, tail_ms, pieces, settled, cuts = [], 0.0, [], [], 0

    def final(utt) -> None:
        nonlocal tail_ms, pieces, settled
        cut = cutter.prefix.settled
        t = transcriber.transcribe(utt.audio[cut:])
        texts.append(join_pieces(pieces + [t.text], settled))
        tail_ms += t.decode_ms
        cutter.reset()
        pieces, settled = [], []

    step = 320      # 20 ms
    for j in range(0, len(audio) - step + 1, step):
        silence, speech_end = ep.silence_ms, ep.last_speech_end_ms
        for utt in ep.feed(AudioChunk(audio[j:j + step], 16000, j // 16)):
            final(utt)
        cutter.watch(ep, silence, speech_end)
        cut = cutter.due(ep)
        if cut is not None:
            t = transcriber.transcribe_batch([ep.current_audio()[cut[0]:cut[1]]], settle=True)[0]
            moved = t.settled_s is not None and cutter.prefix.settle(cut[0], cut[1], int(t.settled_s * 16000))
            pieces.append(t.settled_text if moved else t.text)
            cuts += 1
            settled.append(moved)
    for utt in ep.flush(len(audio) // 16):
        final(utt)
    return Transcript(join_texts(texts), 1.0, tail_ms, evidence={"prefixes": cuts})


def fallback_cpu(transcriber) -> float:
    """CPU seconds the fallback thread has used: process_time() counts every thread of the process,
    so the fallback's decodes are in the default path's CPU figure already; this says how much."""
    import os
    thread = transcriber.fallback._thread
    if thread is None or thread.native_id is None:
        return 0.0
    try:
        fields = open(f"/proc/self/task/{thread.native_id}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def bench_asr(n: int, log=print, min_window_s: float | None = None, first: int = 0,
              sets: tuple[str, ...] = ("rendered",), long_n: int | None = None,
              cfg: AsrConfig | None = None, corpus_dir=None) -> dict:
    """n short turns per short set, long_n (default n // 4, at least 2) long turns per long set;
    read from `bench pack`'s files in corpus_dir when given (bench/packed.py)."""
    from callwarden.engine.transcriber import Transcriber
    from callwarden_tools.bench.sets import LONG_SETS, load_set
    cfg = cfg or AsrConfig()
    if min_window_s is not None:
        from dataclasses import replace
        cfg = replace(cfg, min_window_s=min_window_s)
    long_n = long_n or max(2, n // 4)
    corpora = {}
    for name in sets:
        count = long_n if name in LONG_SETS else n
        log(f"loading set {name}: {count} turns ...")
        if corpus_dir:
            from callwarden_tools.bench import packed
            corpora[name] = packed.load_set(corpus_dir, name, count)
        else:
            corpora[name] = load_set(name, count, first if name.startswith("rendered") else 0)
    transcriber = Transcriber(cfg)
    transcriber.warm_up()
    warm = next(iter(corpora.values()))[0][1]
    transcriber.transcribe_stock(warm)
    runs = {
        "default": transcriber.transcribe,
        # The same decode with the encoder fed Whisper's full 30 s: what the short window costs in WER.
        "full_window": lambda a: transcriber.transcribe_batch([a], padded=True)[0],
        "stock": lambda a: transcriber.transcribe_stock(a, beam_size=5),   # faster-whisper's defaults
        "stock_greedy": lambda a: transcriber.transcribe_stock(a, beam_size=1),
    }
    call = {"call": lambda a: as_a_call(transcriber, a, cfg.long_turn_commit_s)}
    report = {"device": transcriber.device, "compute_type": transcriber.compute_type, "first": first,
              "config": {k: getattr(cfg, k) for k in ("min_window_s", "pad_s", "no_repeat_ngram",
                                                        "repetition_penalty", "beam_size", "redecode_loops")},
              "sets": {}}
    for name, corpus in corpora.items():
        fallback_cpu0 = fallback_cpu(transcriber)
        r = measure(runs | call if name in LONG_SETS else runs, corpus, log, name)
        r["fallback_cpu_s"] = round(fallback_cpu(transcriber) - fallback_cpu0, 2)
        r["cpu_ratio"] = round(r["stock"]["cpu_s_per_audio_s"] / r["default"]["cpu_s_per_audio_s"], 2)
        r["cpu_ratio_vs_greedy"] = round(r["stock_greedy"]["cpu_s_per_audio_s"] / r["default"]["cpu_s_per_audio_s"], 2)
        r["wer_default_minus_full_window"] = round(r["default"]["wer"] - r["full_window"]["wer"], 4)
        if "call" in r:     # what cutting long turns into prefixes costs, and the CPU ratio of that path
            r["wer_call_minus_full_window"] = round(r["call"]["wer"] - r["full_window"]["wer"], 4)
            r["cpu_ratio_call"] = round(r["stock"]["cpu_s_per_audio_s"] / r["call"]["cpu_s_per_audio_s"], 2)
        report["sets"][name] = r
    report["fallback_fired_total"] = transcriber.fallback.fired
    return report


def print_report(report: dict) -> None:
    c = report["config"]
    print(f"\n{report['device']}/{report['compute_type']}; default: window = audio + {c['pad_s']} s, "
          f"at least {c['min_window_s']} s; no_repeat_ngram {c['no_repeat_ngram']}, "
          f"repetition_penalty {c['repetition_penalty']}, beam {c['beam_size']}")
    for name, r in report["sets"].items():
        print(f"\n{name}: {r['turns']} turns, {r['audio_s']} s of audio, {r['words']} words")
        print(f"{'path':14s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'cpu s/audio s':>14s} {'WER':>7s}")
        for path in (p for p in LONG_PATHS if p in r):
            p = r[path]
            print(f"{path:14s} {p['p50_ms']:8.0f} {p['p95_ms']:8.0f} {p['p99_ms']:8.0f} "
                  f"{p['cpu_s_per_audio_s']:14.4f} {p['wer'] * 100:6.1f}%")
        print(f"CPU ratio stock/default {r['cpu_ratio']}x (greedy stock {r['cpu_ratio_vs_greedy']}x); "
              f"WER default - full window {r['wer_default_minus_full_window'] * 100:+.1f} points; "
              f"fallback fired on {r['default']['fallbacks']} of {r['turns']} turns "
              f"({r['fallback_cpu_s']} CPU s)")
        if "call" in r:
            print(f"as a call ({r['call']['prefixes']} prefixes): WER - full window "
                  f"{r['wer_call_minus_full_window'] * 100:+.1f} points, "
                  f"CPU ratio stock/call {r['cpu_ratio_call']}x")
