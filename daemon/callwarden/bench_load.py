"""`callwarden bench load --calls N`: endpoint -> final under N concurrent callers, engine vs stock.

Each simulated caller speaks corpus utterances (rendered with the Piper voice
through 8 kHz µ-law), then listens for REPLY_S as if the agent answered, for
DURATION_S. At each utterance's endpoint a final is asked for; while it is
spoken, a partial every 300 ms. The same arrival schedule is then served by the
obvious alternative: stock `WhisperModel.transcribe` (beam 5) with one decode
at a time, finals only. Latency is endpoint -> final (the request's wait plus
decode), the figure the 200 ms budget is about.
"""

from __future__ import annotations

import asyncio
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from callwarden.wer import edit_distance, normalise, percentile

RATE_HZ = 16000
REPLY_S = 2.5
PARTIAL_S = 0.3


def schedule(calls: int, corpus: list, duration_s: float, seed: int = 1) -> list[tuple[float, str, int, int]]:
    """(t_s, kind, call, utterance index) for every request, sorted by time."""
    rng = random.Random(seed)
    out = []
    for call in range(calls):
        t = rng.uniform(0, 4.0)
        while t < duration_s:
            i = rng.randrange(len(corpus))
            speech_s = len(corpus[i][1]) / RATE_HZ
            for k in range(1, int(speech_s / PARTIAL_S) + 1):
                out.append((t + k * PARTIAL_S, "partial", call, i, int(k * PARTIAL_S * RATE_HZ)))
            out.append((t + speech_s, "final", call, i, len(corpus[i][1])))
            t += speech_s + REPLY_S + rng.uniform(0, 1.0)
    return sorted(out)


def summarise(latencies, texts, corpus, cpu_s, wall_s, extra) -> dict:
    errors = sum(edit_distance(normalise(corpus[i][0]), normalise(text)) for i, text in texts)
    words = sum(len(normalise(corpus[i][0])) for i, _ in texts)
    return {"finals": len(latencies), "p50_ms": round(percentile(latencies, 50), 1),
            "p95_ms": round(percentile(latencies, 95), 1), "p99_ms": round(percentile(latencies, 99), 1),
            "max_ms": round(max(latencies), 1), "wer": round(errors / max(words, 1), 4),
            "cpu_s_per_wall_s": round(cpu_s / wall_s, 2), **extra}


async def run_engine(plan, corpus, work: Path, log) -> dict:
    from callwarden.asr.client import EngineClient
    sock = work / "bench-engine.sock"
    cfg = {"daemon": {"state_dir": str(work)}, "tts": {"enabled": False}}
    proc = subprocess.Popen([sys.executable, "-m", "callwarden.asr.engine", "--socket", str(sock),
                             "--config-json", json.dumps(cfg)], stderr=subprocess.DEVNULL)
    client, stopping = EngineClient(sock), asyncio.Event()
    task = asyncio.ensure_future(client.run(stopping))
    await asyncio.wait_for(client.connected.wait(), 300)
    await client.transcribe(corpus[0][1])          # warm
    cpu0 = _children_cpu_s()
    latencies, texts, shed, batches = [], [], 0, []
    in_flight_partial: set[int] = set()
    t0 = time.monotonic()

    async def one(kind, call, i, n):
        nonlocal shed
        asked = time.monotonic()
        try:
            transcript = await client.transcribe(corpus[i][1][:n], kind, f"call-{call}")
        finally:
            in_flight_partial.discard(call)
        if transcript is None:
            shed += 1
        elif kind == "final":
            latencies.append((time.monotonic() - asked) * 1000)
            texts.append((i, transcript.text))
            batches.append(transcript.batch)

    pending = []
    for t, kind, call, i, n in plan:
        await asyncio.sleep(max(0.0, t0 + t - time.monotonic()))
        if kind == "partial" and call in in_flight_partial:   # as a worker does: one partial at a time
            continue
        if kind == "partial":
            in_flight_partial.add(call)
        pending.append(asyncio.ensure_future(one(kind, call, i, n)))
    await asyncio.gather(*pending)
    wall_s = time.monotonic() - t0
    cpu_s = _children_cpu_s() - cpu0
    stopping.set()
    await task
    proc.terminate()
    proc.wait(10)
    cpu_s = _children_cpu_s() - cpu0
    partials = sum(1 for p in plan if p[1] == "partial")
    log(f"  engine: {len(latencies)} finals, {partials} partials planned, {shed} shed")
    return summarise(latencies, texts, corpus, cpu_s, wall_s,
                     {"partials_planned": partials, "partials_shed": shed,
                      "mean_batch": round(float(np.mean(batches)), 2) if batches else 0})


def run_stock(plan, corpus, log) -> dict:
    from callwarden.asr.transcriber import Transcriber
    from callwarden.config import AsrConfig
    transcriber = Transcriber(AsrConfig())
    transcriber.transcribe_stock(corpus[0][1])
    pool = ThreadPoolExecutor(max_workers=1)
    finals = [p for p in plan if p[1] == "final"]
    futures = []
    cpu0 = time.process_time()
    t0 = time.monotonic()
    for t, _, _, i, _ in finals:
        time.sleep(max(0.0, t0 + t - time.monotonic()))
        asked = time.monotonic()
        futures.append((i, asked, pool.submit(lambda i=i: (transcriber.transcribe_stock(corpus[i][1]),
                                                           time.monotonic()))))
    latencies, texts = [], []
    for i, asked, future in futures:
        transcript, done = future.result()
        latencies.append((done - asked) * 1000)
        texts.append((i, transcript.text))
    wall_s = time.monotonic() - t0
    log(f"  stock: {len(latencies)} finals")
    return summarise(latencies, texts, corpus, time.process_time() - cpu0, wall_s, {})


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_load(calls: int, duration_s: float, log=print) -> dict:
    from callwarden.bench import render_corpus
    log(f"bench load: {calls} callers for {duration_s:.0f} s; rendering the corpus ...")
    corpus = render_corpus(24)
    plan = schedule(calls, corpus, duration_s)
    work = Path(tempfile.mkdtemp(prefix="callwarden-bench-load-"))
    engine = asyncio.run(run_engine(plan, corpus, work, log))
    stock = run_stock(plan, corpus, log)
    return {"calls": calls, "duration_s": duration_s, "engine": engine, "stock": stock,
            "p99_ratio": round(stock["p99_ms"] / max(engine["p99_ms"], 1e-9), 1)}
