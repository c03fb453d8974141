"""The speech `callwarden bench asr` (and `bench sipload`) measures on: rendered and real, short and long.

- `rendered`: corpus sentences in the Piper voice, rate, pitch and noise varied by index (seeded:
  the same audio on every run), one sentence a turn;
- `rendered_long`: consecutive corpus sentences in one voice, joined by short pauses into turns
  of 10-30 s (a caller reading something out);
- `real`: recorded human prompts (Debian's asterisk-core-sounds-en-wav: one professional
  speaker, 8 kHz, CC-BY-SA) with their transcripts from asterisk-core-sounds-en's
  core-sounds-en.txt.gz. Entries whose transcript is not plain words are skipped: digits
  (written "1" where the voice says "one" or "first"), bracketed notes ("[beep tone]",
  "<beep ascending>", "(simple tone sound plays)") and keys written as symbols ("press *");
  so are single-word prompts (digit, letter and phonetic-alphabet recordings, not turns);
- `real_long`: consecutive real prompts (the file's order keeps a menu's prompts together)
  joined by short pauses into turns of 10-30 s.
- `read_out`: consecutive corpus sentences in one voice, their renders' own silence trimmed and
  joined by 120-280 ms breaths: a caller reading a paragraph out without stopping. The other long
  sets' pauses (400 ms plus the silence around each render or recording) mostly reach the 500 ms
  endpoint, so a call hears them as several short turns; this one stays one turn, and is what
  exercises the cutting of long turns into prefixes (bench asr's `call` path).

Every turn goes through 8 kHz G.711 µ-law and the daemon's own frame decoder, as a call's
audio does. Both Debian packages are installed by scripts/setup (tests and benches only; the
appliance does not need them); nothing is downloaded at run time: a missing package is an
error naming it.
"""

from __future__ import annotations

import gzip
import re
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from callwarden.progress import progress

SOUNDS_DIRS = (Path("/usr/share/asterisk/sounds/en_US_f_Allison"), Path("/usr/share/asterisk/sounds/en"))
TRANSCRIPTS = Path("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
PACKAGES = "asterisk-core-sounds-en-wav and asterisk-core-sounds-en"
PAUSE_MS = 400                  # between sentences of one long turn: a breath, under the 500 ms endpoint
LONG_MIN_S, LONG_MAX_S = 10.0, 30.0
MIN_WORDS = 2
SET_NAMES = ("rendered", "rendered_long", "real", "real_long", "read_out")
LONG_SETS = ("rendered_long", "real_long", "read_out")

_PLAIN = re.compile(r"^[A-Za-z\s.,?!;:'\"\u2019-]+$")    # words and ordinary punctuation only
_ENTRY = re.compile(r"^([^\s:;][^:]*):\s*(.*)$")


@dataclass(frozen=True)
class Prompt:
    name: str            # "vm-intro", "followme/status"
    text: str
    wav: Path


def usable(text: str, min_words: int = MIN_WORDS) -> bool:
    """A transcript the recording says word for word: plain words, at least `min_words` of them."""
    return bool(_PLAIN.match(text)) and len(text.split()) >= min_words


def parse_transcripts(lines, min_words: int = MIN_WORDS) -> list[tuple[str, str]]:
    """(name, text) of the usable entries of core-sounds-en.txt, in the file's order."""
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        m = _ENTRY.match(line)
        if m and usable(m.group(2).strip(), min_words):
            out.append((m.group(1).strip(), m.group(2).strip()))
    return out


def sounds_dir() -> Path:
    for d in SOUNDS_DIRS:
        if d.is_dir():
            return d
    raise FileNotFoundError(f"no Asterisk prompts in {', '.join(map(str, SOUNDS_DIRS))}: install {PACKAGES} "
                            "(scripts/setup does)")


def real_prompts(min_words: int = MIN_WORDS) -> list[Prompt]:
    """The usable recorded prompts whose WAV is installed, in the transcript file's order."""
    if not TRANSCRIPTS.exists():
        raise FileNotFoundError(f"{TRANSCRIPTS} is missing: install {PACKAGES} (scripts/setup does)")
    directory = sounds_dir()
    with gzip.open(TRANSCRIPTS, "rt", encoding="utf-8", errors="replace") as f:
        entries = parse_transcripts(f, min_words)
    return [Prompt(name, text, directory / f"{name}.wav") for name, text in entries
            if (directory / f"{name}.wav").exists()]


def read_pcm8k(path: Path) -> np.ndarray:
    """Int16 mono samples of an 8 kHz WAV (the Asterisk prompts are all 16-bit 8 kHz mono)."""
    with wave.open(str(path)) as w:
        if w.getframerate() != 8000 or w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise ValueError(f"{path}: not 16-bit 8 kHz mono")
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").copy()


def through_line(pcm8k: np.ndarray) -> np.ndarray:
    """8 kHz int16 -> µ-law and back (what the far end receives) -> the daemon's frame decoder:
    16 kHz float32, as the engine gets a turn."""
    import callwarden_native as native
    from callwarden.audio.frames import FrameDecoder
    pcm8k = native.ulaw_decode(native.ulaw_encode(pcm8k.astype(np.int16)))
    decoder = FrameDecoder()
    frames = [decoder.decode(pcm8k[j:j + 160].astype("<i2").tobytes(), 0).samples
              for j in range(0, len(pcm8k) - 159, 160)]
    return np.concatenate(frames) if frames else np.zeros(0, np.float32)


def join_turns(pieces: list[tuple[str, np.ndarray]], min_s: float = LONG_MIN_S, max_s: float = LONG_MAX_S,
               pause_ms: int = PAUSE_MS) -> list[tuple[str, np.ndarray]]:
    """Consecutive 8 kHz pieces joined (with pauses) into turns of min_s..max_s; a piece that would
    take a turn past max_s starts the next one; a piece longer than max_s alone is left out, and so
    is a last turn shorter than min_s."""
    pause = np.zeros(8 * pause_ms, np.int16)
    turns, texts, audio = [], [], []
    length = 0.0
    for text, pcm in pieces:
        seconds = len(pcm) / 8000
        if seconds > max_s:
            continue
        if length and length + pause_ms / 1000 + seconds > max_s:
            if length >= min_s:
                turns.append((" ".join(texts), np.concatenate(audio)))
            texts, audio, length = [], [], 0.0
        if audio:
            audio.append(pause)
            length += pause_ms / 1000
        texts.append(text)
        audio.append(pcm)
        length += seconds
        if length >= min_s:
            turns.append((" ".join(texts), np.concatenate(audio)))
            texts, audio, length = [], [], 0.0
    return turns


def subsample(items: list, n: int | None) -> list:
    """n items spread evenly over the list (every k-th, from the first): a small run still covers
    the whole set rather than its first menu."""
    if n is None or n >= len(items):
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def short_prompts() -> list[tuple[str, np.ndarray]]:
    """(text, 8 kHz int16) of the real prompts shorter than a long turn (the rest are long turns already)."""
    pieces = [(p.text, read_pcm8k(p.wav)) for p in real_prompts()]
    return [(t, pcm) for t, pcm in pieces if len(pcm) / 8000 < LONG_MIN_S]


def real_set(n: int | None = None) -> list[tuple[str, np.ndarray]]:
    return [(text, through_line(pcm)) for text, pcm in subsample(short_prompts(), n)]


def real_long_set(n: int | None = None) -> list[tuple[str, np.ndarray]]:
    pieces = [(p.text, read_pcm8k(p.wav)) for p in real_prompts()]
    return [(text, through_line(pcm)) for text, pcm in subsample(join_turns(pieces), n)]


def real_set_8k(n: int | None = None, long: bool = False) -> list[tuple[str, np.ndarray]]:
    """The real set as 8 kHz int16 (what a SIP caller plays; `bench sipload` takes these)."""
    if not long:
        return subsample(short_prompts(), n)
    return subsample(join_turns([(p.text, read_pcm8k(p.wav)) for p in real_prompts()]), n)


def rendered_set(n: int, first: int = 0) -> list[tuple[str, np.ndarray]]:
    from callwarden_tools.bench.corpus import render_utterances
    return render_utterances(range(first, first + n))


def rendered_long_set(n: int, first: int = 0) -> list[tuple[str, np.ndarray]]:
    """n long turns: turn k reads consecutive corpus sentences from 5k on in one voice (style k)."""
    from callwarden_tools.bench.corpus import SENTENCES
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    out = []
    for k in progress(range(first, first + n), "rendering long turns"):
        style = CallerStyle(rate_wpm=140 + (k * 11) % 55, pitch_cents=(k * 170) % 500 - 250,
                            noise_snr_db=(None, 30.0, 20.0)[k % 3], seed=1000 + k)
        pieces, i = [], 5 * k
        while sum(len(p) for _, p in pieces) / 8000 < LONG_MIN_S + 2:   # enough for one turn in range
            text = SENTENCES[i % len(SENTENCES)]
            pieces.append((text, render_speech(voice, text, style)))
            i += 1
        turns = join_turns(pieces)
        if turns:
            out.append((turns[0][0], through_line(turns[0][1])))
    return out


def trim_silence(pcm8k: np.ndarray, floor: int = 60) -> np.ndarray:
    """A render without the quiet before its first and after its last sound (|sample| over floor)."""
    loud = np.flatnonzero(np.abs(pcm8k.astype(np.int32)) > floor)
    return pcm8k[loud[0]:loud[-1] + 1] if len(loud) else pcm8k[:0]


def read_out_set(n: int, first: int = 0) -> list[tuple[str, np.ndarray]]:
    """n turns of 14-30 s read without stopping: turn k reads corpus sentences from 7k on (style k)."""
    from callwarden_tools.bench.corpus import SENTENCES
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    out = []
    for k in progress(range(first, first + n), "rendering long turns"):
        rng = np.random.default_rng(7 + k)      # turn k is the same audio whatever range it is loaded in
        style = CallerStyle(rate_wpm=150 + (k * 13) % 50, pitch_cents=(k * 130) % 400 - 200,
                            noise_snr_db=(30.0, 20.0, None)[k % 3], seed=2000 + k)
        texts, audio, i = [], [], 7 * k
        while sum(len(a) for a in audio) / 8000 < 14 + (k % 3) * 5:
            text = SENTENCES[i % len(SENTENCES)]
            if audio:
                audio.append(np.zeros(8 * int(rng.integers(120, 280)), np.int16))
            texts.append(text)
            audio.append(trim_silence(render_speech(voice, text, style)))
            i += 1
        out.append((" ".join(texts), through_line(np.concatenate(audio))))
    return out


def load_set(name: str, n: int | None, first: int = 0) -> list[tuple[str, np.ndarray]]:
    """One named set, n turns of it (rendered sets: n from `first`; real sets: n spread over the set)."""
    if name == "rendered":
        return rendered_set(n or 36, first)
    if name == "rendered_long":
        return rendered_long_set(n or 8, first)
    if name == "real":
        return real_set(n)
    if name == "real_long":
        return real_long_set(n)
    if name == "read_out":
        return read_out_set(n or 8, first)
    raise ValueError(f"unknown bench set {name!r} (one of {', '.join(SET_NAMES)})")
