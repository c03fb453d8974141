"""callwarden/progress.py: a tqdm bar on a terminal, a plain line per tenth otherwise."""

from __future__ import annotations

import io
import re

from callwarden.progress import Progress, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_at_each_tenth_when_not_a_terminal():
    out = io.StringIO()
    assert list(progress(range(25), "eval: calls", stream=out)) == list(range(25))
    lines = out.getvalue().splitlines()
    assert len(lines) == 10 and lines[0] == "eval: calls: 3/25" and lines[-1] == "eval: calls: 25/25"
    assert "\r" not in out.getvalue()


def test_few_items_give_a_line_each_and_none_for_nothing():
    out = io.StringIO()
    list(progress(iter(["a", "b"]), "x", stream=out))
    assert out.getvalue().splitlines() == ["x: 1/2", "x: 2/2"]
    empty = io.StringIO()
    with Progress(0, "nothing", stream=empty) as p:
        p.update(0)
    assert empty.getvalue() == ""


def test_a_bar_on_a_terminal():
    out = Terminal()
    list(progress(range(5), "rendering", stream=out))
    drawn = out.getvalue()
    assert "rendering" in drawn and "\r" in drawn and "rendering: 1/5" not in drawn


def test_work_that_prints_its_own_line_per_item():
    # lines=False: no plain lines of the bar's own (the work's lines count already); on a terminal
    # the bar is cleared for each of the work's lines and drawn again after it.
    out, said = io.StringIO(), []
    with Progress(3, "bench asr: rendered", stream=out, lines=False) as p:
        for i in range(3):
            p.write(said.append, f"{i + 1}/3")
            p.update()
    assert said == ["1/3", "2/3", "3/3"] and out.getvalue() == ""
    term = Terminal()
    with Progress(3, "bench asr: rendered", stream=term, lines=False) as p:
        for i in range(3):
            p.write(lambda line: term.write(line + "\n"), f"turn {i + 1}/3")
            p.update()
    drawn = term.getvalue()
    assert "bench asr: rendered" in drawn and all(f"turn {k}/3\n" in drawn for k in (1, 2, 3))
    assert all(re.search(rf"\r +\rturn {k}/3\n", drawn) for k in (1, 2, 3))   # cleared before each line

def test_bench_progress_goes_to_stderr_as_plain_lines_and_json_stays_alone_on_stdout(tmp_path):
    # `callwarden bench detect` through the installed program, stderr a pipe (not a terminal): its
    # rounds counted in plain lines on stderr, the --json report the only thing on stdout.
    import json
    import subprocess
    import sys
    from pathlib import Path
    (tmp_path / "d1.json").write_text(json.dumps({"turns": [{"say": "I would like to cancel my order"},
                                                            {"agent": "Of course."},
                                                            {"say": "my card number is 4111 1111 1111 1111"}]}))
    done = subprocess.run([str(Path(sys.executable).parent / "callwarden"), "bench", "detect", "--dialogs",
                           str(tmp_path), "--json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dialogs"] == 1 and len(done.stdout.splitlines()) == 1
    assert done.stderr.splitlines() == [f"bench detect: rounds: {k}/20" for k in range(2, 21, 2)]
