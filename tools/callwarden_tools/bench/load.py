"""`callwarden bench load --calls N`: endpoint -> final under N concurrent callers, engine vs stock.

Each simulated caller speaks corpus utterances (rendered with the Piper voice
through 8 kHz µ-law), then listens for REPLY_S as if the agent answered, for
DURATION_S, in workers of four calls as the daemon runs them. As in the
daemon, a partial is asked for every 300 ms of speech unless the call's worker
has a final in flight, and the final is decoded speculatively from the first
200 ms of silence (the trailing pad), 300 ms before the 500 ms endpoint. The
same callers are then served by the obvious alternative: stock
`WhisperModel.transcribe` (beam 5), one decode at a time, asked at the
endpoint. Latency is endpoint -> final ready (0 when the decode finished before
the endpoint), the figure the 200 ms budget is about.
"""

from __future__ import annotations

import asyncio
import random
import resource
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from callwarden_tools.bench.bare_engine import bare_engine
from callwarden.call.recognition import PARTIAL_TAIL_S
from callwarden.progress import progress
from callwarden_tools.wer import edit_distance, normalise, percentile

RATE_HZ = 16000
REPLY_S = 2.5
PARTIAL_S = 0.3
CALLS_PER_WORKER = 4
PARTIAL_WINDOW = PARTIAL_TAIL_S * RATE_HZ    # partials decode the last 4 s, as a call does
TRAILING_PAD_S = 0.2      # the speculative final starts here ...
ENDPOINT_S = 0.5          # ... and the endpoint is declared here (both after the last speech)


def schedule(calls: int, corpus: list, duration_s: float, seed: int = 1) -> list[tuple]:
    """(t_s, kind, call, utterance index, samples, endpoint t_s) for every request, sorted by time."""
    rng = random.Random(seed)
    out = []
    for call in range(calls):
        t = rng.uniform(0, 4.0)
        while t < duration_s:
            i = rng.randrange(len(corpus))
            speech_s = len(corpus[i][1]) / RATE_HZ
            for k in range(1, int(speech_s / PARTIAL_S) + 1):
                out.append((t + k * PARTIAL_S, "partial", call, i, int(k * PARTIAL_S * RATE_HZ), 0.0))
            out.append((t + speech_s + TRAILING_PAD_S, "final", call, i, len(corpus[i][1]),
                        t + speech_s + ENDPOINT_S))
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
    async with bare_engine(work, {"daemon": {"state_dir": str(work)}, "tts": {"enabled": False}}) as client:
        await client.transcribe(corpus[0][1])          # warm
        cpu0 = _children_cpu_s()
        latencies, texts, shed, batches = [], [], 0, []
        in_flight_partial: set[int] = set()
        finals_in_flight = [0] * (max(p[2] for p in plan) // CALLS_PER_WORKER + 1)
        t0 = time.monotonic()

        async def one(kind, call, i, n, endpoint_s):
            nonlocal shed
            worker = call // CALLS_PER_WORKER
            finals_in_flight[worker] += kind == "final"
            try:
                audio = corpus[i][1][:n] if kind == "final" else corpus[i][1][max(0, n - PARTIAL_WINDOW):n]
                transcript = await client.transcribe(audio, kind, f"call-{call}")
            finally:
                in_flight_partial.discard(call)
                finals_in_flight[worker] -= kind == "final"
            if transcript is None:
                shed += 1
            elif kind == "final":
                latencies.append(max(0.0, time.monotonic() - (t0 + endpoint_s)) * 1000)
                texts.append((i, transcript.text))
                batches.append(transcript.batch)

        pending = []
        for t, kind, call, i, n, endpoint_s in progress(plan, "bench load: engine requests"):
            await asyncio.sleep(max(0.0, t0 + t - time.monotonic()))
            # As a worker does: one partial per call at a time, none while its worker waits for a final.
            if kind == "partial" and (call in in_flight_partial or finals_in_flight[call // CALLS_PER_WORKER]):
                continue
            if kind == "partial":
                in_flight_partial.add(call)
            pending.append(asyncio.ensure_future(one(kind, call, i, n, endpoint_s)))
        await asyncio.gather(*pending)
        wall_s = time.monotonic() - t0
    cpu_s = _children_cpu_s() - cpu0        # the engine has exited: its CPU time is counted now
    partials = sum(1 for p in plan if p[1] == "partial")
    log(f"  engine: {len(latencies)} finals, {partials} partials planned, {shed} shed")
    return summarise(latencies, texts, corpus, cpu_s, wall_s,
                     {"partials_planned": partials, "partials_shed": shed,
                      "mean_batch": round(float(np.mean(batches)), 2) if batches else 0})


def run_stock(plan, corpus, log) -> dict:
    from callwarden.engine.transcriber import Transcriber
    from callwarden.config import AsrConfig
    transcriber = Transcriber(AsrConfig())
    transcriber.transcribe_stock(corpus[0][1])
    pool = ThreadPoolExecutor(max_workers=1)
    finals = [p for p in plan if p[1] == "final"]
    futures = []
    cpu0 = time.process_time()
    t0 = time.monotonic()
    for _, _, _, i, _, endpoint_s in progress(finals, "bench load: stock finals asked"):
        time.sleep(max(0.0, t0 + endpoint_s - time.monotonic()))
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
    cpu_s = time.process_time() - cpu0
    return summarise(latencies, texts, corpus, cpu_s, wall_s, {"cpu_s": round(cpu_s, 2), "wall_s": round(wall_s, 2)})


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_load(calls: int, duration_s: float, log=print, corpus_dir=None) -> dict:
    from callwarden_tools.bench import packed
    from callwarden_tools.bench.corpus import render_corpus
    log(f"bench load: {calls} callers for {duration_s:.0f} s; {'reading' if corpus_dir else 'rendering'} the corpus ...")
    corpus = (packed.load_set(corpus_dir, packed.LOAD_SET, packed.LOAD_TURNS) if corpus_dir
              else render_corpus(packed.LOAD_TURNS))
    plan = schedule(calls, corpus, duration_s)
    work = Path(tempfile.mkdtemp(prefix="callwarden-bench-load-"))
    engine = asyncio.run(run_engine(plan, corpus, work, log))
    stock = run_stock(plan, corpus, log)
    return {"calls": calls, "duration_s": duration_s, "engine": engine, "stock": stock,
            "p99_ratio": round(stock["p99_ms"] / max(engine["p99_ms"], 1e-9), 1)}
