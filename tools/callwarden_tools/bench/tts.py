"""`callwarden bench tts`: time from reply text to its first audio, streamed by sentence versus
synthesised whole (the obvious alternative: the whole prompt, then play it), in one run.

Both paths go through a real engine process over its socket, as a worker's do.
Streamed: until the first sentence's samples reach the worker (the call's port
sends them on its next 20 ms tick). Whole: until the whole prompt's WAV is
written and read back. The prompt cache is emptied before every measurement,
and the order of the two paths alternates. A third figure, `repeat`, is the
streamed path asked again for the same text: served from the cache.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from callwarden.progress import Progress
from callwarden_tools.bench.bare_engine import bare_engine
from callwarden.tts.sentences import sentences
from callwarden_tools.wer import percentile

ONE_SENTENCE = [
    "Your parcel left our warehouse this morning.",
    "I have noted that you would like a call back tomorrow.",
    "The technician will arrive between two and four this afternoon.",
    "Your last payment of 42 dollars reached us on Monday.",
    "I can see two open orders on your account.",
    "Dr. Patel's office is open until 6 p.m. today.",
    "Thanks, I will pass this to billing right away.",
    "Your contract renews on the first of March at the same price.",
    "The outage in your area should be fixed within the hour.",
    "I have sent the new password link to the address on file.",
]
MULTI_SENTENCE = [
    "Your parcel left our warehouse this morning. The driver has twelve stops before yours.",
    "I found your order. It ships tomorrow. You will get a text with the tracking number.",
    "Our new plan costs 3.5 dollars less per month. It includes the same data. Would you like to switch?",
    "The router needs a restart. Unplug it for ten seconds, then plug it back in. The lights should turn green.",
    "I can book a technician for Thursday. Mornings are full, so it would be after lunch. Does that work?",
    "Your refund was approved. It takes three to five working days. You do not need to do anything else.",
    "We are open Monday to Friday from nine to five. On Saturday we close at noon. Sundays we are closed.",
    "I have updated your address. Your next bill goes to the new one. Anything else I can help with?",
    "The payment failed because the card expired. You can add a new card in the app. Or I can take it now.",
    "Let me check that for you. Your account shows no late fees. The balance is zero.",
]


def _summary(values: list[float]) -> dict:
    return {"p50_ms": round(percentile(values, 50), 1), "p95_ms": round(percentile(values, 95), 1),
            "p99_ms": round(percentile(values, 99), 1), "max_ms": round(max(values), 1) if values else 0.0}


async def _run(replies: list[str], work: Path, log) -> dict:
    from callwarden.tts.wav import read_wav
    cache = work / "prompts"
    async with bare_engine(work, {"daemon": {"state_dir": str(work)}, "asr": {"partials": False}}) as client:
        await client.synthesize("Warming up the voice.")

        async def streamed(text: str) -> tuple[float, float, int]:
            t0 = time.perf_counter()
            first, n = None, 0
            async for pcm in client.synthesize_stream(text):
                first = first if first is not None else time.perf_counter()
                n += len(pcm) // 2
            return (first - t0) * 1000, (time.perf_counter() - t0) * 1000, n

        async def whole(text: str) -> tuple[float, float, int]:
            t0 = time.perf_counter()
            n = len(read_wav(Path(await client.synthesize(text))))
            ms = (time.perf_counter() - t0) * 1000
            return ms, ms, n

        rows, bar = [], Progress(len(replies), "bench tts: replies", lines=False)   # the log lines say i/n
        for i, text in enumerate(replies):
            row = {"text": text, "sentences": len(sentences(text))}
            for path in (("streamed", "whole") if i % 2 == 0 else ("whole", "streamed")):
                for old in cache.glob("*.wav"):
                    old.unlink()
                first_ms, total_ms, samples = await (streamed if path == "streamed" else whole)(text)
                row[path] = {"first_ms": first_ms, "total_ms": total_ms, "audio_ms": samples / 8}
            row["repeat_ms"] = (await streamed(text))[0]      # cached by the streamed run just before
            rows.append(row)
            bar.write(log, f"  {i + 1:2d}/{len(replies)}  streamed {row['streamed']['first_ms']:6.0f} ms  "
                f"whole {row['whole']['first_ms']:6.0f} ms  repeat {row['repeat_ms']:5.1f} ms  "
                f"({row['sentences']} sentence{'s' if row['sentences'] > 1 else ''}, "
                f"{row['whole']['audio_ms'] / 1000:.1f} s)")
            bar.update()
        bar.close()
    return _report(rows)


def _report(rows: list[dict]) -> dict:
    groups = {"all": rows, "one_sentence": [r for r in rows if r["sentences"] == 1],
              "multi_sentence": [r for r in rows if r["sentences"] > 1]}
    report: dict = {"replies": len(rows)}
    for name, group in groups.items():
        s = [r["streamed"]["first_ms"] for r in group]
        w = [r["whole"]["first_ms"] for r in group]
        report[name] = {"replies": len(group), "streamed": _summary(s), "whole": _summary(w),
                        "repeat": _summary([r["repeat_ms"] for r in group]),
                        **{f"p{q}_ratio": round(percentile(w, q) / max(percentile(s, q), 1e-9), 2)
                           for q in (50, 95, 99)}}
    audio_s = sum(r["whole"]["audio_ms"] for r in rows) / 1000
    # Real-time factor: synthesis time per second of audio (below 1: faster than it plays).
    report["rtf_whole"] = round(sum(r["whole"]["total_ms"] for r in rows) / 1000 / audio_s, 3)
    report["rtf_streamed"] = round(sum(r["streamed"]["total_ms"] for r in rows) / 1000 / audio_s, 3)
    report["audio_s"] = round(audio_s, 1)
    return report


def bench_tts(n: int, log=print) -> dict:
    replies = [r for pair in zip(ONE_SENTENCE, MULTI_SENTENCE) for r in pair][:max(1, n)]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="cw-bench-tts-") as tmp:
        report = asyncio.run(_run(replies, Path(tmp), log))
    # Synthesis time scales with free CPU: figures taken on a busy box say so.
    report["load_1m"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    report["cpus"] = os.cpu_count()
    return report


def print_report(report: dict) -> None:
    print(f"\n{report['replies']} replies, {report['audio_s']} s of audio; first audio after the reply text (ms)")
    print(f"{'':16s} {'path':9s} {'p50':>7s} {'p95':>7s} {'p99':>7s}")
    for name in ("one_sentence", "multi_sentence", "all"):
        r = report[name]
        for path in ("streamed", "whole", "repeat"):
            p = r[path]
            print(f"{name:16s} {path:9s} {p['p50_ms']:7.0f} {p['p95_ms']:7.0f} {p['p99_ms']:7.0f}")
        print(f"{'':16s} ratio whole/streamed: p50 {r['p50_ratio']}x, p95 {r['p95_ratio']}x, p99 {r['p99_ratio']}x")
    print(f"real-time factor: whole {report['rtf_whole']}, streamed {report['rtf_streamed']}; "
          f"load average {report['load_1m'][0]} -> {report['load_1m'][1]} on {report['cpus']} CPUs")
