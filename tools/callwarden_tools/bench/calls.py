"""`callwarden bench calls`: intent flags and escalations on real SIP calls, partials on against off.

Each round places the same rendered callers (two at a time: a transferred
call doubles up in the test caller) into a daemon whose human queue is a sipp UAS, once with partial
decoding and once with finals only, and reads the timelines back:
flag time after the end of the caller's sentence, flag -> REFER sent, and how
many flags partials raised.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from callwarden_tools.harness import Daemon, free_port, place_calls
from callwarden.progress import progress
from callwarden_tools.sip import sipp
from callwarden.timeline import TimelineStore
from callwarden_tools.wer import percentile

CALLERS = [
    "Hi, I want to talk to a human agent, please.",
    "Can I speak to a real person about my order?",
    "Put me through to a manager right now.",
    "I would like to file a formal complaint about your service.",
    "Please connect me with a representative.",
    "This is the third time I'm calling, I want to make a complaint.",
    "Could you transfer me to someone who can actually help?",
    "Get me an operator, I'm not talking to a machine.",
]

QUEUE_SCENARIO = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<scenario name="human queue">
  <recv request="INVITE" crlf="true"/>
  <send><![CDATA[
""" + sipp.ok_to_last(";tag=[pid]q[call_number]", "<sip:queue@[local_ip]:[local_port];transport=[transport]>",
                      sipp.sdp("queue")) + """]]></send>
  <recv request="ACK"/>
  <recv request="BYE" timeout="60000"/>
  <send><![CDATA[
""" + sipp.ok_to_last() + """]]></send>
</scenario>
"""


def render_callers(work: Path, rounds: int) -> list[Path]:
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech, save_caller_audio, silence
    from callwarden.tts.voice import Voice
    import numpy as np
    voice = Voice(tts_voice_path(""))
    wavs = []
    for i in progress(range(rounds * 4), "bench calls: rendering callers"):   # a round: four callers
        style = CallerStyle(rate_wpm=150 + 7 * (i % 5), pitch_cents=80 * (i % 5 - 2), noise_snr_db=30, seed=i)
        audio = np.concatenate([silence(1500, 30, i), render_speech(voice, CALLERS[i % len(CALLERS)], style),
                                silence(4000, 30, i + 1)])
        save_caller_audio(audio, work / f"caller{i}.wav")
        wavs.append(work / f"caller{i}.wav")
    return wavs


def run_mode(work: Path, wavs: list[Path], partials: bool, log) -> dict:
    queue_port = free_port()
    (work / "queue.xml").write_text(QUEUE_SCENARIO)
    queue = subprocess.Popen(["sipp", "-sf", "queue.xml", "-m", str(len(wavs)), "-i", "127.0.0.1",
                              "-mi", "127.0.0.1", "-p", str(queue_port), "-nostdin", "-timeout", "600s"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
    mode = "partials" if partials else "finals_only"
    daemon = Daemon(work / mode, extra=["--set", f'route.escalate_uri="sip:queue@127.0.0.1:{queue_port}"',
                                        "--set", f"asr.partials={'true' if partials else 'false'}"])
    daemon.start()
    try:
        # Two at a time: each transferred call is a second call in the caller (pjsua2's limit is 4).
        for start in range(0, len(wavs), 2):
            place_calls(daemon.uri, wavs[start:start + 2], tail_s=2.0, timeout_s=90)
            log(f"  {mode}: {min(start + 2, len(wavs))}/{len(wavs)} calls")
    finally:
        daemon.stop()
        queue.kill()
    after_speech, to_refer, from_partial, missed, transferred = [], [], 0, 0, 0
    store = TimelineStore(daemon.state_dir, readonly=True)
    for call in store.calls(10_000):
        events = store.events(call.call_id)
        flags = [e for e in events if e.kind == "flag"]
        finals = [e for e in events if e.kind == "utterance.final"]
        if not flags or not finals:
            missed += 1
            continue
        flag, final = flags[0], finals[0]
        after_speech.append(flag.t_ms - final.body["t_end_ms"])
        from_partial += flag.seq < final.seq
        for t in (e for e in events if e.kind == "transfer"):
            transferred += t.body["result"] == "ok"
            if "flag_to_refer_ms" in t.body:
                to_refer.append(t.body["flag_to_refer_ms"])
    store.close()
    pct = lambda v: {"p50_ms": percentile(v, 50), "p99_ms": percentile(v, 99), "n": len(v)}
    return {"calls": len(wavs), "no_flag": missed, "flags_from_partials": from_partial, "transferred": transferred,
            "flag_after_speech_end": pct(after_speech), "flag_to_refer": pct(to_refer)}


def bench_calls(rounds: int, log=print) -> dict:
    work = Path(tempfile.mkdtemp(prefix="callwarden-bench-calls-"))
    wavs = render_callers(work, rounds)
    log(f"bench calls: {len(wavs)} callers rendered; partials on, then off")
    return {"partials": run_mode(work, wavs, True, log), "finals_only": run_mode(work, wavs, False, log)}
