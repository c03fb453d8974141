"""`callwarden demo`: the daemon on loopback with embedded defaults, one real SIP
call from a rendered caller, the timeline printed live, then a summary."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

from callwarden import events as ev
from callwarden_tools.harness import Daemon, caller_results, place_calls
from callwarden.timeline import TimelineStore
from callwarden.timeline.render import format_event
from callwarden_tools.wer import percentile, wer

SCRIPT = [
    "Hi, I am calling about the internet service at my house.",
    "It keeps dropping every evening for the past week.",
    "And what time do you open on Saturday?",
    "Thank you very much, goodbye.",
]
LEAD_IN_MS = 1500
PAUSE_MS = 1400


def render_script(out_dir: Path) -> Path:
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech, save_caller_audio, silence
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    parts = [silence(LEAD_IN_MS, 30)]
    for i, sentence in enumerate(SCRIPT):
        parts.append(render_speech(voice, sentence, CallerStyle(rate_wpm=160, pitch_cents=-100,
                                                                 noise_snr_db=30, seed=i)))
        parts.append(silence(PAUSE_MS, 30, seed=i))
    wav = out_dir / "caller.wav"
    save_caller_audio(np.concatenate(parts), wav)
    return wav


def heard_level_dbfs(path: Path) -> float:
    with wave.open(str(path)) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768
    return float(20 * np.log10(np.sqrt(np.mean(x ** 2)) + 1e-9)) if len(x) else -120.0


def main(keep_state: bool = False) -> int:
    work = Path(tempfile.mkdtemp(prefix="callwarden-demo-"))
    daemon = Daemon(work / "state")
    print(f"demo: starting the daemon (SIP udp/tcp 127.0.0.1:{daemon.sip_port}, "
          f"admin http://127.0.0.1:{daemon.admin_port}, state {daemon.state_dir})", flush=True)
    daemon.start(wait=False)
    try:
        wav = render_script(work)
        print(f"demo: caller script rendered with the Piper voice through 8 kHz µ-law ({len(SCRIPT)} sentences)")
        daemon.wait_healthy()
        print("demo: daemon ready; calling", daemon.uri, flush=True)
        heard = work / "heard.wav"
        caller = place_calls(daemon.uri, [wav], [heard], tail_s=2.0, background=True)
        store = None
        call_id, last_seq, finals = None, -1, []
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if store is None and (daemon.state_dir / "timeline.sqlite3").exists():
                store = TimelineStore(daemon.state_dir, readonly=True)
            if store is not None and call_id is None:
                calls = store.calls(1)
                call_id = calls[0].call_id if calls else None
                if call_id:
                    print(f"\n--- call {call_id} ---")
            if call_id:
                for e in store.events(call_id, last_seq):
                    print(format_event(e), flush=True)
                    last_seq = e.seq
                    if e.kind == ev.UTTERANCE_FINAL:
                        finals.append(e)
                if store.is_ended(call_id):
                    break
            time.sleep(0.1)
        results = caller_results(caller)
        if not call_id or not store.is_ended(call_id):
            print("demo: the call did not complete", file=sys.stderr)
            print(daemon.log_tail(), file=sys.stderr)
            return 1
        hyp = " ".join(e.body["text"] for e in finals)
        latencies = [e.body["latency_ms"] for e in finals]
        level = heard_level_dbfs(heard) if heard.exists() else -120.0
        print("\n--- summary ---")
        print(f"utterances: {len(finals)} (script: {len(SCRIPT)} sentences)")
        print(f"WER against the script: {wer(' '.join(SCRIPT), hyp) * 100:.1f} %")
        print(f"endpoint -> final latency: p50 {percentile(latencies, 50):.0f} ms, "
              f"p95 {percentile(latencies, 95):.0f} ms")
        print(f"caller heard the greeting: {'yes' if level > -40 else 'no'} ({level:.1f} dBFS over the call)")
        print(f"SIP result: {results}")
        return 0 if finals else 1
    finally:
        daemon.stop()
        if keep_state:
            print(f"demo: state kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
