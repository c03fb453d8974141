"""callwarden/progress.py: a tqdm bar on a terminal, a plain line per tenth otherwise."""

from __future__ import annotations

import io

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
