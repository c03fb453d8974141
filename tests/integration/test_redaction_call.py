"""Card numbers and PINs spoken or keyed on a real call never reach the disk, in any spelling."""

from __future__ import annotations

import wave

import numpy as np

from callwarden_tools.evaluation.score import texts_of
from callwarden_tools.harness import Daemon, place_calls
from callwarden.redact.leaks import leaks
from callwarden_tools.render import CallerStyle
from helpers import all_calls

SCRIPT = ["I'd like to pay my bill by card.",
          "The card number is four one one one, one one one one, one one one one, one one one one.",
          "It expires eleven twenty eight.",
          "Okay, I'll type my PIN now."]
SECRETS = ["four one one one, one one one one, one one one one, one one one one", "eleven twenty eight"]
PIN = "2577"


def test_spoken_card_and_keyed_pin_are_redacted(tmp_path, render):
    wav = render(SCRIPT, CallerStyle(rate_wpm=155, pitch_cents=-100, noise_snr_db=30, seed=31), pause_ms=1500)
    daemon = Daemon(tmp_path / "state", extra=["--set", "recording.enabled=true"]).start()
    try:
        place_calls(daemon.uri, [wav], tail_s=2.0, dtmf=PIN)
    finally:
        daemon.stop()
    (call, events), = all_calls(daemon.state_dir)
    finals = [e for e in events if e.kind == "utterance.final"]
    stored_text = "\n".join(e.body["text"] for e in finals)
    assert "[PCI_PAN]" in stored_text, stored_text
    entities = {r["entity"] for e in finals for r in e.body["redactions"]}
    assert "pci_pan" in entities
    for secret in SECRETS:
        assert not leaks(secret, stored_text), stored_text
    keyed = [e.body for e in events if e.kind == "dtmf"]
    assert [k["digit"] for k in keyed] == ["*"] * 4
    assert all(k["redactions"][0]["entity"] == "pin" for k in keyed), (keyed, stored_text)
    # Text the events store (numbers such as t_ms and ids are timing, not caller data).
    everything = "\n".join(text for e in events if e.kind != "call.start" for text in texts_of(e.body))
    assert not leaks("4111 1111 1111 1111", everything) and PIN not in everything, everything
    # Not in the database file, its WAL, or the daemon's log, in the spellings Whisper uses
    # (long enough that no timestamp or id can contain them by chance).
    for path in [*daemon.state_dir.glob("timeline.sqlite3*"), daemon.log_path]:
        raw = path.read_bytes().decode("latin-1").lower()
        for spelling in ("4111 1111", "4111111111", "4,111,111", "1111 1111", "111 111 111", "four one one one"):
            assert spelling not in raw, (path.name, spelling)

    # The recording: stereo, caller left / agent right; redacted turns are silent, the rest is not.
    end = events[-1].body
    path = daemon.state_dir / "recordings" / end["recording"]
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getframerate()) == (2, 8000)
        x = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2).astype(np.float32) / 32768

    def level_db(channel: int, a_ms: int, b_ms: int) -> float:
        seg = x[a_ms * 8:b_ms * 8, channel]
        return float(20 * np.log10(np.sqrt(np.mean(seg ** 2)) + 1e-9))

    for e in finals:
        a, b = e.body["t_start_ms"], e.body["t_end_ms"]
        if e.body["redactions"]:
            assert level_db(0, a - 200, b + 200) < -80, e.body["text"]
        else:
            assert level_db(0, a, b) > -40, e.body["text"]
    greeting = next(e for e in events if e.kind == "tts.start")
    assert level_db(1, greeting.t_ms + 300, greeting.t_ms + 2500) > -35
