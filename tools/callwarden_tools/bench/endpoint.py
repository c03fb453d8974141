"""`callwarden bench endpoint`: endpoint silence against turns cut short, on rendered callers.

Callers are rendered as in the other benches (Piper, varied rate, pitch and noise, 8 kHz
µ-law), one turn after another with 2.5 s between turns. Some turns hesitate: a sentence
said in two or three pieces with a pause inside the turn (250-800 ms), and card numbers are
read in groups of four with a pause after each group, as callers read them off a card.

The same audio is fed through the daemon's Endpointer once per setting. A premature
endpoint is one declared while the turn still has speech to come: the agent would answer
over the caller, and the words after it arrive as a separate turn ("words cut off",
estimated from where in the turn the cut fell). The price of a longer setting is the wait
after the caller's last word before transcription can finish.
"""

from __future__ import annotations

import numpy as np

from callwarden.audio.endpointer import Endpointer
from callwarden.audio.frames import FrameDecoder
from callwarden_tools.bench.corpus import SENTENCES
from callwarden.config import AudioConfig
from callwarden.progress import progress
from callwarden_tools.wer import percentile

SETTINGS_MS = (200, 300, 400, 500, 600, 800, 1000)
BETWEEN_TURNS_MS = 2500
HESITATIONS_MS = (250, 350, 450, 600, 800)
RATE_HZ = 8000
FRAME = 160                     # 20 ms at 8 kHz
KINDS = ("fluent", "hesitant", "card")   # said in one go; in pieces with pauses; a card read in groups
CARD_GROUPS = ["four one one one", "one one one one", "one one one one", "one one one one"]


def _pieces(i: int, sentence: str) -> list[str]:
    """How turn i is said: whole, or in pieces with hesitations between them."""
    if i % 3 != 1:
        return [sentence]
    words = sentence.rstrip(".?!").split()
    cut = max(2, len(words) // 2)
    return [" ".join(words[:cut]), " ".join(words[cut:]) + "."]


def _speech_extent(pcm: np.ndarray) -> tuple[int, int]:
    """First and last 10 ms window above -40 dBFS, in samples (Piper pads its output with quiet)."""
    win = RATE_HZ // 100
    x = pcm[: len(pcm) // win * win].astype(np.float32).reshape(-1, win) / 32768.0
    loud = np.flatnonzero(10 * np.log10(np.mean(x * x, axis=1) + 1e-12) > -40.0)
    return (int(loud[0]) * win, (int(loud[-1]) + 1) * win) if len(loud) else (0, 0)


def render_turns(n_turns: int, log=print) -> tuple[np.ndarray, list[dict]]:
    """One long 8 kHz line with the turns on it, and each turn's speech extent in ms and word count."""
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech, silence
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    line, turns, t = [], [], 0
    rng = np.random.default_rng(7)
    for i in progress(range(n_turns), "bench endpoint: rendering turns"):
        style = CallerStyle(rate_wpm=125 + (i * 11) % 70, pitch_cents=(i * 130) % 500 - 250,
                            noise_snr_db=(None, 30.0, 20.0)[i % 3], seed=i)
        card = i % 10 == 9
        pieces = CARD_GROUPS if card else _pieces(i, SENTENCES[i % len(SENTENCES)])
        start = end = None
        for k, text in enumerate(pieces):
            pcm = render_speech(voice, text, style)
            a, b = _speech_extent(pcm)
            start = t + a if start is None else start
            end = t + b
            line.append(pcm)
            t += len(pcm)
            if k < len(pieces) - 1:
                gap = silence(int(rng.choice(HESITATIONS_MS)), style.noise_snr_db, seed=i * 10 + k)
                line.append(gap)
                t += len(gap)
        turns.append({"start_ms": start * 1000 // RATE_HZ, "end_ms": end * 1000 // RATE_HZ,
                      "words": sum(len(p.split()) for p in pieces),
                      "kind": "card" if card else "hesitant" if len(pieces) > 1 else "fluent"})
        gap = silence(BETWEEN_TURNS_MS, style.noise_snr_db, seed=i)
        line.append(gap)
        t += len(gap)
    log(f"bench endpoint: {n_turns} turns rendered, {t / RATE_HZ:.0f} s of line audio")
    return np.concatenate(line), turns


def sweep(pcm8k: np.ndarray, turns: list[dict], settings=SETTINGS_MS) -> list[dict]:
    decoder = FrameDecoder()
    chunks = [decoder.decode(pcm8k[j:j + FRAME].astype("<i2").tobytes(), j * 1000 // RATE_HZ)
              for j in range(0, len(pcm8k) - FRAME + 1, FRAME)]
    rows = []
    for setting in progress(settings, "bench endpoint: endpoint settings"):
        endpointer = Endpointer(AudioConfig(endpoint_silence_ms=setting))
        utterances = [u for c in chunks for u in endpointer.feed(c)]
        premature, words_cut, waits, split_turns = 0, 0.0, [], 0
        cut_by_kind = {kind: 0 for kind in KINDS}
        for turn in turns:
            inside = [u for u in utterances if turn["start_ms"] - 300 <= u.t_end_ms <= turn["end_ms"] + 300]
            early = [u for u in inside if u.t_endpoint_ms < turn["end_ms"] - 50 and not u.forced]
            premature += len(early)
            split_turns += bool(early)
            cut_by_kind[turn["kind"]] += bool(early)
            if early:
                cut_at = early[0].t_end_ms
                share = (turn["end_ms"] - cut_at) / max(turn["end_ms"] - turn["start_ms"], 1)
                words_cut += turn["words"] * min(max(share, 0.0), 1.0)
            last = [u for u in inside if u.t_endpoint_ms >= turn["end_ms"] - 50]
            if last:
                waits.append(last[0].t_endpoint_ms - turn["end_ms"])
        words = sum(t["words"] for t in turns)
        rows.append({"endpoint_silence_ms": setting, "turns": len(turns), "turns_cut": split_turns,
                     "turns_cut_pct": round(100 * split_turns / len(turns), 1), "premature_endpoints": premature,
                     **{f"{kind}_cut": f"{cut_by_kind[kind]}/{sum(t['kind'] == kind for t in turns)}" for kind in KINDS},
                     "words_cut_pct": round(100 * words_cut / words, 1),
                     "speech_end_to_endpoint_p50_ms": percentile(waits, 50) if waits else None,
                     "speech_end_to_endpoint_p95_ms": percentile(waits, 95) if waits else None})
    return rows


def bench_endpoint(n_turns: int = 60, log=print) -> dict:
    pcm, turns = render_turns(n_turns, log)
    return {"turns": n_turns, "kinds": {k: sum(t["kind"] == k for t in turns) for k in KINDS},
            "rows": sweep(pcm, turns)}
