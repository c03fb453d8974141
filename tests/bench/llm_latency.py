"""LLM mode latency on real calls: caller's endpoint -> first model token, and -> first audio of
the streamed answer, p50/p95, with the local test model (tests/model_server/server.py: SmolLM2-135M on
ik-llama-cpp-python, CPU) or any OpenAI-compatible endpoint. Not a test: figures are measured,
never asserted.

    flock /tmp/callwarden-bench.lock .venv/bin/python -m tests.bench.llm_latency [--calls 5] [--json]
    ... --base-url http://127.0.0.1:8080/v1 --model NAME     (another endpoint instead of the test model)

One call at a time, four questions a call. From each turn's events:
  endpoint        = utterance.final t_ms - its latency_ms (when the endpointer decided)
  first token     = endpoint + final latency + agent.reply first_token_ms (the request goes out
                    as the final is recorded)
  first audio     = tts.start t_ms + tts.end tts_first_frame_ms (first frame to the media port)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests")]

from callwarden_tools.harness import Daemon, place_calls  # noqa: E402
from callwarden_tools.render import CallerStyle  # noqa: E402
from helpers import all_calls  # noqa: E402

QUESTIONS = [
    ["When is my gas bill due this month?", "Can I pay it by card?", "Do you have an office in town?",
     "What happens if I move house?"],
    ["Hi, I am calling about the internet service at my house.", "It keeps dropping in the evening.",
     "Is there an outage near me?", "How long will a repair take?"],
    ["This is regarding my electricity meter.", "The display is blank.", "Do I need to be at home for it?",
     "Can you send me an email about it?"],
]


def percentiles(values: list[float]) -> dict:
    a = np.array(values, dtype=float)
    return {"n": len(a), "p50_ms": round(float(np.percentile(a, 50))), "p95_ms": round(float(np.percentile(a, 95))),
            "max_ms": round(float(a.max()))} if len(a) else {"n": 0}


def measure(events) -> tuple[list[float], list[float]]:
    first_token, first_audio = [], []
    finals = [e for e in events if e.kind == "utterance.final"]
    replies = [e for e in events if e.kind == "agent.reply"]
    for final, reply in zip(finals, replies):
        if reply.body.get("source") != "llm" or reply.body.get("first_token_ms") is None:
            continue
        endpoint = final.t_ms - final.body["latency_ms"]
        first_token.append(final.body["latency_ms"] + reply.body["first_token_ms"])
        start = next((e for e in events if e.kind == "tts.start" and e.t_ms >= final.t_ms
                      and e.body.get("streamed")), None)
        end = start and next((e for e in events if e.kind == "tts.end"
                              and e.body["prompt_id"] == start.body["prompt_id"]), None)
        if end is not None and "tts_first_frame_ms" in end.body:
            first_audio.append(start.t_ms + end.body["tts_first_frame_ms"] - endpoint)
    return first_token, first_audio


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=5)
    ap.add_argument("--base-url", default="")
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--max-tokens", type=int, default=60)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-llm-"))
    server = None
    url = args.base_url
    if not url:
        server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "model_server" / "server.py"), "--log",
                                   str(work / "model.jsonl")], stdout=subprocess.PIPE, text=True)
        url = f"http://127.0.0.1:{int(server.stdout.readline().split()[1])}/v1"
    from callwarden_tools.render import render_speech, save_caller_audio, silence
    from callwarden.models import tts_voice_path
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    style = CallerStyle(rate_wpm=165, noise_snr_db=30, seed=5)
    daemon = Daemon(work / "state", extra=[
        "--set", 'agent.mode="llm"', "--set", f'llm.base_url="{url}"', "--set", f'llm.model="{args.model}"',
        "--set", f"llm.max_tokens={args.max_tokens}", "--set", "llm.temperature=0.0",
        "--set", 'llm.system_prompt="You are the phone agent of Acme Energy. Answer briefly."',
        "--set", 'tts.greeting="Hello, this call is recorded."', "--set", "agent.bargein=false"]).start()
    try:
        for i in range(args.calls):
            parts = [silence(3500, style.noise_snr_db, style.seed)]
            for j, q in enumerate(QUESTIONS[i % len(QUESTIONS)]):
                parts += [render_speech(voice, q, style), silence(7000, style.noise_snr_db, style.seed + j)]
            wav = work / f"call{i}.wav"
            save_caller_audio(np.concatenate(parts), wav)
            place_calls(daemon.uri, [wav], tail_s=1.0, timeout_s=120)
        first_token, first_audio = [], []
        for _, events in all_calls(daemon.state_dir):
            t, a = measure(events)
            first_token += t
            first_audio += a
    finally:
        daemon.stop()
        if server is not None:
            server.kill()
    report = {"model": args.model, "endpoint": "tests/model_server/server.py" if server else url, "calls": args.calls,
              "max_tokens": args.max_tokens, "endpoint_to_first_token": percentiles(first_token),
              "endpoint_to_first_audio": percentiles(first_audio)}
    print(json.dumps(report) if args.json else json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
