"""`callwarden phone` end to end without sound hardware: real PyAudio and PortAudio on an ALSA
device that a test asoundrc defines (the `file` plugin: capture reads a rendered WAV's samples,
playback writes what is played to a file). The appliance must transcribe what the "microphone"
said, and the "speaker" file must hold the appliance's greeting.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave

import numpy as np
import pytest

import callwarden_native as native
from callwarden.config import Config
from callwarden_tools.render import CallerStyle
from callwarden_tools.wer import wer
from helpers import all_calls

SENTENCES = ["I would like to check my order.", "It has not arrived yet."]
STYLE = CallerStyle(rate_wpm=160, noise_snr_db=30, seed=47)
# The greeting (about 7 s) plays before the caller speaks: a caller talking over it would cut it.
GREETING_MS = 8000
MAX_WER = 0.35

# asym: capture and playback are different devices behind "default", the one PortAudio opens.
# The file plugins sit on the null device at the call's own format, so no resampling happens
# and the raw files are 8 kHz 16-bit mono, like the call.
ASOUNDRC = """
pcm.!default {{
    type asym
    capture.pcm "mic"
    playback.pcm "speaker"
}}
pcm.mic {{
    type file
    slave.pcm "null8k"
    file "/dev/null"
    infile "{mic}"
    format "raw"
}}
pcm.speaker {{
    type file
    slave.pcm "null8k"
    file "{speaker}"
    format "raw"
}}
pcm.null8k {{
    type plug
    slave {{ pcm "null" rate 8000 channels 1 format S16_LE }}
}}
"""


@pytest.fixture(scope="module")
def transcriber():
    from callwarden.engine.transcriber import Transcriber
    from callwarden.config import AsrConfig
    t = Transcriber(AsrConfig())
    t.warm_up()
    return t


def test_phone_talks_through_pyaudio_and_hears_the_greeting(daemon_factory, render, transcriber, tmp_path):
    wav = render(SENTENCES, STYLE, lead_in_ms=GREETING_MS, pause_ms=1500, tail_ms=2000)
    with wave.open(str(wav)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (8000, 1, 2)
        mic_pcm = w.readframes(w.getnframes())
        speech_s = w.getnframes() / 8000
    home = tmp_path / "home"
    home.mkdir()
    mic, speaker = tmp_path / "mic.raw", tmp_path / "speaker.raw"
    mic.write_bytes(mic_pcm)
    # alsa-lib reads ~/.asoundrc: a HOME of the test's own gives this process alone the devices.
    (home / ".asoundrc").write_text(ASOUNDRC.format(mic=mic, speaker=speaker))

    daemon = daemon_factory()
    env = dict(os.environ, HOME=str(home), PYTHONUNBUFFERED="1")
    done = subprocess.run([sys.executable, "-m", "callwarden.cli", "phone", daemon.uri, "--bind", "127.0.0.1",
                           "--hangup-after-s", str(round(speech_s + 4.0, 1))],
                          capture_output=True, text=True, timeout=speech_s + 90, env=env)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert f"phone: connected: {daemon.uri}" in done.stdout, done.stdout

    (call, events), = all_calls(daemon.state_dir)
    finals = " ".join(e.body["text"] for e in events if e.kind == "utterance.final")
    assert wer(" ".join(SENTENCES), finals) <= MAX_WER, finals

    # What the speaker played, from its first sound: the greeting's words.
    played = np.frombuffer(speaker.read_bytes(), "<i2").astype(np.float32) / 32768.0
    loud = np.nonzero(np.abs(played) > 0.02)[0]
    assert len(loud), "the speaker file holds no sound"
    greeting_audio = played[loud[0]:loud[0] + GREETING_MS * 8]
    heard = transcriber.transcribe(native.resample(greeting_audio, 8000, 16000)).text
    assert wer(Config().tts.greeting, heard) <= MAX_WER, heard
