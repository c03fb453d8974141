"""The real-speech set's loader: which transcript entries are kept, and how long turns are joined.
Pure (no audio read) except the last test, which reads the installed Debian package."""

from __future__ import annotations

import numpy as np
import pytest

from callwarden_tools.bench.sets import LONG_MAX_S, LONG_MIN_S, join_turns, parse_transcripts, subsample, usable

SAMPLE = """; Core Asterisk Sounds in English

activated: Activated.
agent-pass: Please enter your password followed by the pound key.
at-tone-time-exactly: At the sound of the tone, the time will be exactly...
beep: [this is a simple beep tone]
conf-adminmenu-162: Please press 1 to mute or unmute yourself, 2 to lock or unlock the conference.
confbridge-join: <beep ascending>
dictate/forhelp: press 0 for help
dictate/both_help: press * to toggle pause, press # to enter a new dictation filename
followme/status: the person you are calling is not at their desk; I will try to locate them for you
vm-intro: Please leave your message after the tone. When done hang up. (simple tone sound plays)
digits/5: five
vm-msgs-ok: I'm sorry, that's not a valid choice.
""".splitlines()


def test_entries_with_digits_notes_or_symbols_are_skipped():
    kept = dict(parse_transcripts(SAMPLE))
    assert list(kept) == ["agent-pass", "at-tone-time-exactly", "followme/status", "vm-msgs-ok"]
    assert kept["followme/status"].endswith("locate them for you")


def test_single_words_are_not_turns_unless_asked_for():
    assert "activated" not in dict(parse_transcripts(SAMPLE))
    assert {"activated", "digits/5"} <= set(dict(parse_transcripts(SAMPLE, min_words=1)))
    assert not usable("Press 1 now") and not usable("[beep]") and not usable("press # now")
    assert usable("I'm sorry, that's not a valid choice.")


def _piece(seconds: float, text: str) -> tuple[str, np.ndarray]:
    return text, np.zeros(int(seconds * 8000), np.int16)


def test_long_turns_join_consecutive_pieces_into_ten_to_thirty_seconds():
    pieces = [_piece(3.0, f"p{i}") for i in range(10)] + [_piece(40.0, "too long"), _piece(29.0, "alone")]
    turns = join_turns(pieces)
    lengths = [len(a) / 8000 for _, a in turns]
    assert all(LONG_MIN_S <= s <= LONG_MAX_S for s in lengths), lengths
    assert turns[0][0] == "p0 p1 p2 p3"                 # in order, four 3 s pieces and three pauses
    assert "too long" not in " ".join(t for t, _ in turns)
    assert turns[-1][0] == "alone"
    assert len(turns) == 3                              # p8 p9 (6.4 s) are too short for a turn of their own


def test_subsample_spreads_over_the_whole_set():
    assert subsample(list(range(100)), 4) == [0, 25, 50, 75]
    assert subsample([1, 2], 5) == [1, 2]


def test_the_installed_prompts_load():
    from callwarden_tools.bench.sets import real_prompts, real_set
    try:
        prompts = real_prompts()
    except FileNotFoundError as e:
        pytest.skip(str(e))     # scripts/setup installs them; a box without them cannot run the real set
    assert len(prompts) > 100 and all(usable(p.text) for p in prompts)
    (text, audio), = real_set(1)
    assert text == prompts[0].text and audio.dtype == np.float32 and len(audio) > 16000 // 2


def test_packed_sets_round_trip_and_refuse_another_size(tmp_path):
    """`bench pack` / `--corpus` (bench/packed.py): texts and audio come back as written (float16:
    within 1e-3 of µ-law-decoded samples in [-1, 1]); a pack of another size is an error, not a subset."""
    from callwarden_tools.bench import packed
    rng = np.random.default_rng(7)
    corpus = [("one two", rng.uniform(-1, 1, 1600).astype(np.float32)),
              ("three", rng.uniform(-1, 1, 800).astype(np.float32))]
    packed.save(packed.set_path(tmp_path, "real"), corpus)
    back = packed.load_set(tmp_path, "real", 2)
    assert [t for t, _ in back] == ["one two", "three"]
    assert [len(a) for _, a in back] == [1600, 800]
    assert all(np.max(np.abs(a - b)) < 1e-3 for (_, a), (_, b) in zip(corpus, back))
    with pytest.raises(ValueError, match="holds 2 turns, 3 asked for"):
        packed.load_set(tmp_path, "real", 3)
    with pytest.raises(FileNotFoundError, match="bench pack"):
        packed.load_set(tmp_path, "rendered", 2)
