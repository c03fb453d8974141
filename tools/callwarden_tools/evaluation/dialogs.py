"""A labelled dialog (schema: shared/data/dialogs/README.md) rendered as a caller would sound.

The caller side becomes one µ-law file for sipp's rtp_stream plus a schedule:
when each turn's audio starts and ends, where RTP stops (gaps) and when DTMF
is keyed, all in ms from the start of the caller's audio.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from callwarden_tools.render import CallerStyle, render_speech, save_caller_audio, silence

LEAD_IN_MS = 1500          # the caller lets the greeting start before speaking
DTMF_DIGIT_MS = 250        # one RFC 4733 digit from the Debian pcaps, with its gap
TAIL_MS = 2500             # after the last turn, before BYE


@dataclass
class Turn:
    index: int
    kind: str                # say | silence | gap | dtmf
    start_ms: int
    end_ms: int              # end of the caller's audio (or gap / keying) for this turn
    window_end_ms: int       # end including the pause after it
    text: str = ""


@dataclass
class Dialog:
    id: str
    path: Path
    raw: dict
    turns: list[Turn] = field(default_factory=list)
    audio_ms: int = 0

    @property
    def expect(self) -> dict:
        return self.raw["expect"]

    def secrets(self) -> list[dict]:
        return [s for t in self.raw["turns"] for s in t.get("secrets", [])]

    def turn_at(self, t_ms: int) -> int | None:
        """The turn whose window holds t_ms (ms from the start of the caller's audio)."""
        for turn in self.turns:
            if turn.start_ms <= t_ms < turn.window_end_ms:
                return turn.index
        return self.turns[-1].index if self.turns and t_ms >= self.turns[-1].start_ms else None


def load(directory: Path) -> list[Dialog]:
    paths = sorted(Path(directory).glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no dialog *.json files in {directory}")
    return [Dialog(json.loads(p.read_text())["id"], p, json.loads(p.read_text())) for p in paths]


def render(dialog: Dialog, voice, out_dir: Path) -> Path:
    """Writes OUT/ID.ul (and .wav); fills dialog.turns with times on the caller's wall clock."""
    v = dialog.raw.get("voice", {})
    noise = dialog.raw.get("noise_snr_db")
    style = CallerStyle(rate_wpm=v.get("rate_wpm", 165), pitch_cents=v.get("pitch_cents", 0),
                        noise_snr_db=noise, seed=zlib.crc32(dialog.id.encode()) % 1000)
    parts = [silence(LEAD_IN_MS, noise, 1)]
    t = LEAD_IN_MS
    dialog.turns = []
    for i, turn in enumerate(dialog.raw["turns"]):
        pause = int(turn.get("pause_ms", 0))
        if "say" in turn:
            speech = render_speech(voice, turn["say"], style)
            kind, length, text = "say", len(speech) * 1000 // 8000, turn["say"]
            parts.append(speech)
        elif "silence_ms" in turn:
            kind, length, text = "silence", int(turn["silence_ms"]), ""
            parts.append(silence(length, noise, i))
        elif "rtp_gap_ms" in turn:
            # Not in the file: the scenario pauses the RTP stream, and the file resumes after it.
            kind, length, text = "gap", int(turn["rtp_gap_ms"]), ""
        elif "dtmf" in turn:
            # Not in the file either: the stream pauses while the digits are keyed as RFC 4733 events.
            kind, length, text = "dtmf", DTMF_DIGIT_MS * len(turn["dtmf"]), turn["dtmf"]
        else:
            raise ValueError(f"{dialog.path.name}: turn {i} has no say/silence_ms/rtp_gap_ms/dtmf")
        parts.append(silence(pause, noise, i + 100))
        dialog.turns.append(Turn(i, kind, t, t + length, t + length + pause, text))
        t += length + pause
    parts.append(silence(TAIL_MS, noise, 999))
    dialog.audio_ms = t + TAIL_MS
    wav = out_dir / f"{dialog.id}.wav"
    save_caller_audio(np.concatenate(parts), wav)
    return wav
