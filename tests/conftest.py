"""Shared fixtures: rendered caller speech (Piper through 8 kHz µ-law) and real daemons."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from callwarden_tools.harness import Daemon


@pytest.fixture(scope="session")
def voice():
    from callwarden.models import tts_voice_path
    from callwarden.tts.voice import Voice
    return Voice(tts_voice_path(""))


@pytest.fixture(scope="session")
def render(voice, tmp_path_factory):
    """render(sentences, style=..., pause_ms=..., lead_in_ms=...) -> WAV path (a .ul sits beside it)."""
    from callwarden_tools.render import CallerStyle, render_speech, save_caller_audio, silence
    out_dir = tmp_path_factory.mktemp("speech")

    def _render(sentences: list[str], style: CallerStyle | None = None, pause_ms: int = 1200,
                lead_in_ms: int = 800, tail_ms: int = 0) -> Path:
        style = style or CallerStyle()
        key = hashlib.sha256(repr((sentences, style, pause_ms, lead_in_ms, tail_ms)).encode()).hexdigest()[:16]
        wav = out_dir / f"{key}.wav"
        if not wav.exists():
            parts = [silence(lead_in_ms, style.noise_snr_db, style.seed)]
            for i, sentence in enumerate(sentences):
                parts.append(render_speech(voice, sentence, style))
                parts.append(silence(pause_ms, style.noise_snr_db, style.seed + i + 1))
            parts.append(silence(tail_ms, style.noise_snr_db, style.seed))
            save_caller_audio(np.concatenate(parts), wav)
        return wav

    return _render


@pytest.fixture
def daemon_factory(tmp_path):
    started: list[Daemon] = []

    def _start(*extra: str, state_dir: Path | None = None, wait: bool = True) -> Daemon:
        d = Daemon(state_dir or tmp_path / f"state{len(started)}", extra=list(extra))
        started.append(d)
        return d.start(wait=wait)

    yield _start
    for d in started:
        d.stop()
