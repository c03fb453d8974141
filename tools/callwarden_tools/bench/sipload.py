"""`callwarden bench sipload`: endpoint -> final on real SIP calls at several loads, daemon against stock.

For each level (default 1, 8, 16, 32 concurrent calls) a fresh daemon runs
behind the Kamailio front with ceil(N / 4) pjsua2 workers, and N sipp callers
each play their own µ-law stream for at least DURATION_S: corpus sentences
rendered with the Piper voice (rate, pitch and noise varied), joined by pauses
long enough to end each turn. The calls are started a few seconds apart, as
real ones are. Read back afterwards: endpoint -> final latency of every
`utterance.final` in the timeline, partials and shed partials from each
worker's counters, CPU seconds of every daemon process (master, engine,
workers, Kamailio) from /proc over the calls, their summed peak RSS, and WER
of each call's finals against its script.

Then, in the same run, the same utterances at the same moments go to the stock
path (bench_load.run_stock: faster-whisper's `WhisperModel.transcribe`, beam
5, one decode at a time, asked at each utterance's endpoint), and the p99 and
CPU per second of speech are reported as stock / daemon ratios. The daemon's
CPU covers everything a call costs (SIP, RTP, Kamailio, partials, prompts);
the stock figure covers only its finals, so the ratio is on the stock path's
side.

`--long-talk`: each turn is LONG_TURN_S (10-30 s) of sentences joined by short
pauses (under the endpoint), as a caller reading something out. `--compare`
runs every level a second time, changed one way, in the same run: `whole`
decodes each long turn whole at the endpoint (`[asr] long_turn_commit_s = 0`,
the path before prefixes), `per-frame` hands caller audio over one 20 ms frame
at a time (CALLWARDEN_MEDIA=per-frame, the media path before batching),
`one-lane` decodes on one lane with every compute thread (`[asr] decode_lanes = 1`),
`two-threads` gives the finals' lane two compute threads (`[asr] cpu_threads = 2`, the default
before 2026-12-04), `open` lets every call in (`[asr] max_talking_calls = 0`), `one-by-one` decodes finals one at a
time (`[asr] max_batch = 1`), `fill` has the front give each new call to the first worker with room
(`[sip] dispatch = "fill"`) instead of round-robin. Worker
CPU is reported per call: the workers' CPU seconds over the answered calls'
seconds, in % of one core.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from callwarden_tools.bench.corpus import SENTENCES
from callwarden_tools.bench.sipcalls import SCENARIO, ProcessSampler, place_call, wait_closed  # noqa: F401
from callwarden_tools.bench.tail import tail_breakdown
from callwarden.config import worker_count
from callwarden.events import END_BYE
from callwarden.progress import progress
from callwarden_tools.harness import Daemon
from callwarden_tools.wer import edit_distance, normalise, percentile

LEVELS = (1, 8, 16, 32)
STYLES_PER_SENTENCE = 3
ENDPOINT_S = 0.5            # the daemon's default endpoint silence
PAUSE_S = (2.5, 3.5)        # between turns, as bench_load's callers listen to a reply
LEAD_IN_S = (1.0, 3.0)
STAGGER_S = 4.0             # calls start spread over this long
TAIL_S = 2.0                # silence after the last turn, so its final lands before the BYE
STATUS_WAIT_S = 2.5         # a worker refreshes its status file every 2 s
DRAIN_LIMIT_S = 300.0       # how long finals still being decoded after the last BYE are waited for
LONG_TURN_S = (10.0, 30.0)
LONG_PAUSE_S = (0.2, 0.35)  # between a long turn's sentences: under the 500 ms endpoint
COMPARE = {"whole": (["--set", "asr.long_turn_commit_s=0"], {}),
           "per-frame": ([], {"CALLWARDEN_MEDIA": "per-frame"}),
           "one-lane": (["--set", "asr.decode_lanes=1"], {}),
           "two-threads": (["--set", "asr.cpu_threads=2"], {}),
           "open": (["--set", "asr.max_talking_calls=0"], {}),
           "one-by-one": (["--set", "asr.max_batch=1"], {}),
           "fill": (["--set", 'sip.dispatch="fill"'], {})}
DIGIT_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

def load_sentences() -> list[str]:
    """The corpus less what cannot be scored or would end the call: spoken digit strings are stored
    redacted (`bench asr` covers them), and a goodbye makes the agent hang up."""
    out = []
    for s in SENTENCES:
        words = re.findall(r"[a-z]+", s.lower())
        if sum(w in DIGIT_WORDS for w in words) >= 3 or "goodbye" in words or "bye" in words:
            continue
        out.append(s)
    return out


def render_pool(sentences: list[str], log, styles: int = STYLES_PER_SENTENCE) -> list[tuple]:
    """(text, 8 kHz int16 as the line carries it, 16 kHz float as the daemon decodes it, noise SNR dB)."""
    from callwarden.audio.frames import FrameDecoder
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    pool = []
    for i in progress(range(len(sentences) * styles), "bench sipload: rendering utterances"):
        text = sentences[i % len(sentences)]
        style = CallerStyle(rate_wpm=140 + (i * 7) % 55, pitch_cents=(i * 130) % 500 - 250,
                            noise_snr_db=(None, 30.0, 20.0)[(i + i // len(sentences)) % 3], seed=i)
        pcm8k = render_speech(voice, text, style)
        decoder = FrameDecoder()
        pcm16k = np.concatenate([decoder.decode(pcm8k[j:j + 160].astype("<i2").tobytes(), 0).samples
                                 for j in range(0, len(pcm8k) - 159, 160)])
        pool.append((text, pcm8k, pcm16k, style.noise_snr_db))
    log(f"  {len(pool)} utterances rendered ({len(sentences)} sentences x {styles} voices)")
    return pool


def script_call(call: int, pool: list, duration_s: float, seed: int,
                long_turns: bool = False) -> tuple[np.ndarray, list[tuple]]:
    """One caller's audio and its turns: (pool index, or a tuple of them for a long turn, start s, end s)
    on the audio's clock."""
    from callwarden_tools.render import silence
    rng = random.Random(seed * 1000 + call)
    parts = [silence(int(rng.uniform(*LEAD_IN_S) * 1000), None)]
    t_s = len(parts[0]) / 8000
    turns = []
    while t_s < duration_s:
        i = rng.randrange(len(pool))
        speech = pool[i][1]
        if long_turns:
            target_s, indexes, pieces = rng.uniform(*LONG_TURN_S), [i], [speech]
            while sum(len(p) for p in pieces) / 8000 < target_s:
                j = rng.randrange(len(pool))
                pieces += [silence(int(rng.uniform(*LONG_PAUSE_S) * 1000), pool[i][3], rng.randrange(1 << 30)),
                           pool[j][1]]
                indexes.append(j)
            speech, i = np.concatenate(pieces), tuple(indexes)
        turns.append((i, t_s, t_s + len(speech) / 8000))
        # The line's noise goes on under the pause as it was under the words, so the pause reads as silence.
        pause = silence(int(rng.uniform(*PAUSE_S) * 1000), pool[_first(i)][3], rng.randrange(1 << 30))
        parts += [speech, pause]
        t_s += (len(speech) + len(pause)) / 8000
    parts.append(silence(int(TAIL_S * 1000), None))
    return np.concatenate(parts), turns


def _first(i) -> int:
    return i[0] if isinstance(i, tuple) else i


def turn_text(pool: list, i) -> str:
    return " ".join(pool[j][0] for j in i) if isinstance(i, tuple) else pool[i][0]


def run_daemon_level(n: int, calls: list, offsets: list[float], work: Path, log, max_calls: int = 0,
                     settings: list[str] = (), env: dict | None = None, label: str = "") -> dict:
    """`max_calls` (0: n) sizes the pool; calls past what the daemon admits get 503 and are counted.
    `settings` (--set pairs) and `env` change the daemon for a compared variant."""
    from callwarden.timeline import TimelineStore
    from callwarden.runtime.status_files import read_statuses
    max_calls = max_calls or n
    workers = worker_count(max_calls)
    rng = random.Random(n)
    # Random stripes, so a daemon or sipp of someone else's test run on this box is unlikely to collide.
    rtp_min = 30000 + rng.randrange(0, 100) * 100
    extra = ["--set", 'sip.front="kamailio"', "--set", f"sip.max_calls={max_calls}",
             "--set", f"sip.rtp_port_min={rtp_min}", "--set", f"sip.rtp_port_range={100 * workers}",
             "--set", 'privacy.caller_number="clear"', *settings]     # calls are told apart by their caller
    daemon = Daemon(work / f"state-{n}{label}", extra=extra, env=dict(env or {}))
    log(f"  {n} calls: starting the daemon (up to {workers} worker(s) behind Kamailio) ...")
    daemon.start(timeout_s=300)
    # The pool stops at the calls the engine admits at once (runtime/kamailio.py: worker_slots).
    workers_up = len(read_statuses(daemon.state_dir))
    log(f"  {n} calls: {workers_up} worker(s) up")
    sampler = ProcessSampler(daemon.proc.pid)
    codes: list[int | None] = [None] * n
    media_base = 42000 + rng.randrange(0, 500) * 20

    for k in range(n):      # one level's 503 markers must not count at the next (the work dir is shared)
        (work / f"call{k}.refused").unlink(missing_ok=True)

    def caller(k: int) -> None:
        time.sleep(offsets[k])
        try:
            codes[k] = place_call(k, calls[k][0], calls[k][1], daemon.sip_port, media_base + 10 * k, work)
        except subprocess.TimeoutExpired:
            codes[k] = -1

    load_before = os.getloadavg()
    try:
        sampler.start()
        t0 = time.monotonic()
        threads = [threading.Thread(target=caller, args=(k,)) for k in range(n)]
        for t in threads:
            t.start()
        for t in progress(threads, f"bench sipload: {n} callers done"):
            t.join()
        calls_s = time.monotonic() - t0
        # A call's timeline closes only once its last finals are decoded: under overload the engine
        # drains a backlog after the callers hang up, and that CPU is part of the load.
        refused = [k for k in range(n) if (work / f"call{k}.refused").exists()]
        wait_closed(daemon.state_dir, n - len(refused), DRAIN_LIMIT_S)
        wall_s = time.monotonic() - t0
        sampler.stop()
        load_after = os.getloadavg()
        time.sleep(STATUS_WAIT_S)
        counters: dict[str, int] = {}
        for status in read_statuses(daemon.state_dir):
            for name, value in status.get("counters", {}).items():
                counters[name] = counters.get(name, 0) + value
    finally:
        daemon.stop(timeout_s=60)
    store = TimelineStore(daemon.state_dir, readonly=True)
    by_user = {}
    for call in store.calls(10_000):
        user = call.from_uri.split("sip:")[-1].split("@")[0]
        if user.startswith("load") and user[4:].isdigit():
            by_user[int(user[4:])] = store.events(call.call_id)
    store.close()
    return {"codes": codes, "refused": refused, "wall_s": wall_s, "drain_s": wall_s - calls_s, "cpu_s": sampler.cpu_s(),
            "peak_rss": sampler.peak_rss, "peak_rss_by": sampler.peak_rss_by, "counters": counters,
            "timelines": by_user, "workers": workers_up, "loadavg": [round(x, 2) for x in (*load_before, *load_after)]}


def summarise_level(n: int, run: dict, scripts: list, pool: list, stock: dict | None) -> dict:
    """The daemon's figures over the calls it answered; with `stock`, the stock path's and the ratios.
    A half-served call is one answered and then not carried through: ended by anything but the
    caller's BYE, or a turn of its script left without a final."""
    latencies, errors, words, redacted, finals, ended_early, half_served, bodies = [], 0, 0, 0, 0, [], [], []
    refused = set(run.get("refused", []))
    served = [k for k in range(len(scripts)) if k not in refused]
    speech_s = sum(e - s for k in served for _, s, e in scripts[k])
    for k in served:
        turns = scripts[k]
        events = run["timelines"].get(k, [])
        got = [e for e in events if e.kind == "utterance.final"]
        finals += len(got)
        latencies += [e.body["latency_ms"] for e in got if e.body.get("latency_ms") is not None]
        bodies += [e.body for e in got]
        redacted += sum(1 for e in got if e.body.get("redactions"))
        ref = [w for i, _, _ in turns for w in normalise(turn_text(pool, i))]
        errors += edit_distance(ref, normalise(" ".join(e.body["text"] for e in got)))
        words += len(ref)
        end = next((e for e in events if e.kind == "call.end"), None)
        if end is not None and end.body.get("reason") != END_BYE:
            ended_early.append(end.body.get("reason"))
        if events and (end is None or end.body.get("reason") != END_BYE or len(got) < len(turns)):
            half_served.append({"call": k, "end": end.body.get("reason") if end else None,
                                "finals": len(got), "turns": len(turns)})
    cpu = run["cpu_s"]
    daemon_cpu_s = sum(cpu.values())
    call_s = sum(run["call_s"][k] for k in served if run["timelines"].get(k))
    c = run["counters"]
    pct = lambda q: round(percentile(latencies, q), 1)
    daemon = {
        "calls": n, "answered": sum(1 for ev in run["timelines"].values() if any(e.kind == "call.answer" for e in ev)),
        "refused_503": len(refused), "workers": run.get("workers"),
        "failed": sum(1 for k, code in enumerate(run["codes"]) if code != 0 and k not in refused),
        "half_served": half_served, "end_reasons_other": ended_early,
        "turns": sum(len(scripts[k]) for k in served), "finals": finals, "redacted_finals": redacted,
        "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99), "max_ms": round(max(latencies, default=0), 1),
        "wer": round(errors / max(words, 1), 4), "speech_s": round(speech_s, 1), "wall_s": round(run["wall_s"], 1),
        "drain_s": round(run["drain_s"], 1),
        "partials": c.get("partials", 0), "partials_shed": c.get("partials_shed", 0),
        "partials_per_speech_s": round(c.get("partials", 0) / max(speech_s, 1e-9), 2),
        "speculative_finals": c.get("speculative_used", 0), "frames_late": c.get("frames_late", 0),
        "cpu_s": round(daemon_cpu_s, 1), "cpu_pct": round(100 * daemon_cpu_s / run["wall_s"], 1),
        "cpu_s_by_process": {k: round(v, 1) for k, v in sorted(cpu.items())},
        # Workers' CPU per call: their seconds of CPU over the answered calls' seconds (% of one core).
        "worker_cpu_pct_per_call": round(100 * cpu.get("workers", 0.0) / max(call_s, 1e-9), 2),
        "call_s": round(call_s, 1), "frame_batches": c.get("frame_batches", 0), "frames": c.get("frames", 0),
        "partials_shed_budget": c.get("partials_shed_budget", 0),
        "long_turn_prefixes": c.get("long_turn_prefixes", 0), "long_turn_finals": c.get("long_turn_finals", 0),
        "redecoded_finals": c.get("asr_redecoded", 0),
        "cpu_s_per_speech_s": round(daemon_cpu_s / max(speech_s, 1e-9), 4),
        "peak_rss_mib": round(run["peak_rss"] / 2**20), "peak_rss_mib_by_process":
            {k: round(v / 2**20) for k, v in sorted(run["peak_rss_by"].items())},
        "loadavg_before_after": run["loadavg"],
        "tail": tail_breakdown(bodies),
    }
    if stock is None:
        return {"calls": n, "variant": run.get("variant", ""), "daemon": daemon, "stock": None, "p99_ratio": None,
                "cpu_ratio": None,
                "cpu_ratio_engine_only": None}
    stock_cpu_per_speech = stock["cpu_s"] / max(speech_s, 1e-9)
    stock_out = {k: stock[k] for k in ("finals", "p50_ms", "p95_ms", "p99_ms", "max_ms", "wer", "cpu_s", "wall_s")}
    stock_out.update(cpu_pct=round(100 * stock["cpu_s"] / max(stock["wall_s"], 1e-9), 1),
                     cpu_s_per_speech_s=round(stock_cpu_per_speech, 4))
    engine_cpu = cpu.get("engine", 0.0) / max(speech_s, 1e-9)
    return {"calls": n, "variant": run.get("variant", ""), "daemon": daemon, "stock": stock_out,
            "p99_ratio": round(stock["p99_ms"] / max(daemon["p99_ms"], 1.0), 1),
            "cpu_ratio": round(stock_cpu_per_speech / max(daemon["cpu_s_per_speech_s"], 1e-9), 2),
            "cpu_ratio_engine_only": round(stock_cpu_per_speech / engine_cpu, 2) if engine_cpu else None}


def bench_sipload(levels: list[int], duration_s: float, log=print, seed: int = 1, sentences: int = 0,
                  styles: int = STYLES_PER_SENTENCE, level_done=None, max_calls: int = 0,
                  stagger_s: float = STAGGER_S, stock: bool = True, long_turns: bool = False,
                  compare: str = "") -> dict:
    """`sentences` > 0 keeps only that many of the corpus's sentences (the smoke test's short run);
    `level_done(level)` is called as each level finishes, so a long run cut short keeps what it measured.
    `max_calls` > 0 sizes the pool below a level (the overload run: the rest must get 503), `stagger_s`
    spreads the calls' arrivals, `stock` False skips the stock path. `long_turns` scripts 10-30 s turns
    (no stock path: its corpus holds single sentences); `compare` (a key of COMPARE) runs each level
    again as that variant."""
    from callwarden_tools.bench.load import run_stock
    import callwarden_native as native
    work = Path(tempfile.mkdtemp(prefix="callwarden-bench-sipload-"))
    log(f"bench sipload: levels {levels}, {duration_s:.0f} s of speech per call; rendering ...")
    texts = load_sentences()[:sentences or None]
    pool = render_pool(texts, log, styles)
    corpus = [(text, pcm16k) for text, _, pcm16k, _ in pool]
    stock = stock and not long_turns
    report = {"levels": [], "duration_s": duration_s, "cores": os.cpu_count(), "sentences": len(texts),
              "long_turns": long_turns, "compare": compare,
              "utterances_rendered": len(pool), "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    for n in levels:
        rng = random.Random(seed * 7 + n)
        offsets = sorted(rng.uniform(0, stagger_s) for _ in range(n)) if n > 1 else [0.0]
        scripts, calls = [], []
        for k in range(n):
            audio, turns = script_call(k, pool, duration_s, seed, long_turns)
            ul = work / f"level{n}-call{k}.ul"
            ul.write_bytes(native.ulaw_encode(audio).tobytes())
            scripts.append(turns)
            calls.append((ul, int(len(audio) / 8)))
        runs = [run_daemon_level(n, calls, offsets, work, log, max_calls)]
        if compare:
            settings, env = COMPARE[compare]
            log(f"  {n} calls again, {compare} ...")
            runs.append(dict(run_daemon_level(n, calls, offsets, work, log, max_calls, settings, env, f"-{compare}"),
                             variant=compare))
        for run in runs:
            run["call_s"] = [c[1] / 1000 for c in calls]
        run = runs[0]
        stock_run = None
        if stock:
            # The stock path gets each turn at the moment the daemon declared its endpoint.
            plan = sorted((offsets[k] + e + ENDPOINT_S, "final", k, i, 0, offsets[k] + e + ENDPOINT_S)
                          for k, turns in enumerate(scripts) for i, _, e in turns if k not in run["refused"])
            log(f"  {n} calls: stock path on the same {len(plan)} turns ...")
            stock_run = run_stock(plan, corpus, log)
        for level in [summarise_level(n, r, scripts, pool, stock_run if r is run else None) for r in runs]:
            report["levels"].append(level)
            if level_done:
                level_done(level)
        d = report["levels"][-len(runs)]["daemon"]
        log(f"  {n} calls: {d['answered']} answered, {d['refused_503']} refused (503), {d['failed']} failed, "
            f"{len(d['half_served'])} half-served; daemon p99 {d['p99_ms']} ms, {d['finals']}/{d['turns']} finals, "
            f"CPU {d['cpu_pct']} %" + (f"; stock p99 {stock_run['p99_ms']} ms" if stock_run else ""))
    report["ended"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    shutil.rmtree(work, ignore_errors=True)     # kept only when a level fails, for its daemon log
    return report


def print_report(report: dict) -> None:
    print(f"\nreal SIP calls (sipp -> Kamailio -> pjsua2 workers), {report['duration_s']:.0f} s of speech per call, "
          f"{report['cores']} cores; endpoint -> final in ms")
    head = (f"{'calls':>5s} {'variant':>9s} {'ans':>4s} {'503':>4s} {'fail':>4s} {'half':>4s} {'finals':>9s} "
            f"{'p50':>6s} {'p95':>6s} {'p99':>6s} {'max':>6s} {'WER':>6s} {'part/s':>6s} {'shed':>5s} {'CPU %':>6s} "
            f"{'wkr %/call':>10s} {'RSS MiB':>7s} | "
            f"{'stock p50':>9s} {'p95':>6s} {'p99':>7s} {'WER':>6s} {'CPU %':>6s} | {'p99 x':>6s} {'CPU x':>6s} "
            f"{'load avg':>9s}")
    print(head)
    for level in report["levels"]:
        d, s = level["daemon"], level["stock"]
        stock_cols = (f"{s['p50_ms']:9.0f} {s['p95_ms']:6.0f} {s['p99_ms']:7.0f} {s['wer'] * 100:5.1f}% "
                      f"{s['cpu_pct']:6.0f} | {level['p99_ratio']:6.1f} {level['cpu_ratio']:6.2f}" if s else
                      f"{'-':>9s} {'-':>6s} {'-':>7s} {'-':>6s} {'-':>6s} | {'-':>6s} {'-':>6s}")
        print(f"{level['calls']:5d} {level.get('variant') or 'default':>9s} {d['answered']:4d} {d['refused_503']:4d} "
              f"{d['failed']:4d} "
              f"{len(d['half_served']):4d} {d['finals']:4d}/{d['turns']:<4d} "
              f"{d['p50_ms']:6.0f} {d['p95_ms']:6.0f} {d['p99_ms']:6.0f} {d['max_ms']:6.0f} "
              f"{d['wer'] * 100:5.1f}% {d['partials_per_speech_s']:6.2f} {d['partials_shed']:5d} "
              f"{d['cpu_pct']:6.0f} {d['worker_cpu_pct_per_call']:10.2f} {d['peak_rss_mib']:7d} | {stock_cols} "
              f"{d['loadavg_before_after'][3]:9.2f}")
    print_tail(report)
    print("CPU %: of one core over the calls (all daemon processes: master, engine, workers, Kamailio); "
          "wkr %/call: the workers' CPU over the answered calls' seconds; "
          "CPU x: stock / daemon CPU per second of speech; load avg: 1-min at the end of the calls")


def print_tail(report: dict) -> None:
    """Medians of where a final's time went (ms after the endpoint; bench/tail.py), all finals against the
    slowest 5 % and each of the slowest three ("one"): a tail held in the queue, by a decode not made
    before the endpoint, or after the decode."""
    print(f"\n{'calls':>5s} {'variant':>9s} {'finals':>7s} {'n':>4s} {'latency':>7s} {'started':>7s} {'ready':>6s} "
          f"{'voice':>6s} {'queue':>6s} {'decode':>6s} {'after':>6s} {'batch':>5s} {'spec':>5s} {'redec':>5s} {'long':>5s}")
    for level in report["levels"]:
        tail = level["daemon"].get("tail", {})
        for which in ("all", "slowest"):
            t = tail.get(which, {})
            if not t.get("timed"):
                continue
            print(f"{level['calls']:5d} {level.get('variant') or 'default':>9s} {which:>7s} {t['timed']:4d} "
                  f"{t['latency_ms']:7.0f} {t['started_ms']:7.0f} {t['ready_ms']:6.0f} {t['voice_ms']:6.0f} "
                  f"{t['queue_ms']:6.0f} {t['decode_ms']:6.0f} {t['after_ms']:6.0f} {t['batch']:5.1f} "
                  f"{t['speculative']:5.2f} {t['redecoded']:5d} {t['long_turns']:5d}")
        for w in tail.get("worst", []):
            print(f"{level['calls']:5d} {level.get('variant') or 'default':>9s} {'one':>7s} {1:4d} "
                  f"{w['latency_ms']:7.0f} {w['started_ms']:7.0f} {w['ready_ms']:6.0f} {w['voice_ms']:6.0f} "
                  f"{w['queue_ms']:6.0f} {w['decode_ms']:6.0f} "
                  f"{w['latency_ms'] - max(w['ready_ms'], w['voice_ms']):6.0f} {w['batch']:5.1f} "
                  f"{float(w['speculative']):5.2f} {int(w['redecoded']):5d} {int(bool(w['prefixes'])):5d}")


def main(args) -> int:
    log = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    levels = [int(x) for x in str(args.levels).split(",") if x.strip()]
    report = bench_sipload(levels, args.duration_s, log, level_done=lambda r: log(json.dumps(r)) if args.json else None,
                           max_calls=args.max_calls, stagger_s=args.stagger_s, stock=not args.no_stock,
                           long_turns=args.long_talk, compare=args.compare or "", sentences=args.sentences)
    print(json.dumps(report)) if args.json else print_report(report)
    return 0
