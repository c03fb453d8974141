"""Progress of long work (eval, bench, exports): a tqdm bar on stderr when stderr is a terminal,
otherwise a plain line at each tenth of the way (CI logs and journald get a few lines, not
carriage returns). On stderr either way, so what a command prints on stdout (JSON, CSV, a
report) stays as it was.
"""

from __future__ import annotations

import sys
from typing import IO, Iterable, Iterator, TypeVar

T = TypeVar("T")
STEPS = 10


class Progress:
    def __init__(self, total: int, what: str, stream: IO[str] | None = None, bar: bool | None = None,
                 lines: bool = True) -> None:
        """`lines=False`: no plain lines (for work that prints a line of its own per item: see write)."""
        self.total, self.what, self.done, self.lines = max(0, total), what, 0, lines
        self.stream = stream if stream is not None else sys.stderr
        interactive = self.stream.isatty() if bar is None else bar
        self._bar = None
        if interactive and self.total:
            from tqdm import tqdm
            self._bar = tqdm(total=self.total, desc=what, file=self.stream, leave=False, unit="")
        self._next_line = 1

    def update(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
            return
        if not self.lines:
            return
        # A plain line on reaching 10 %, 20 %, ... (one line however many tenths an item spans).
        reached = self._next_line
        while self.total and self._next_line <= STEPS and self.done * STEPS >= self._next_line * self.total:
            self._next_line += 1
        if self._next_line > reached:
            print(f"{self.what}: {self.done}/{self.total}", file=self.stream, flush=True)

    def write(self, say, *args) -> None:
        """A line of the work's own, `say(*args)` (print, or a log function to stdout or stderr): with a
        bar drawn, the bar is cleared first and drawn again after, so the two do not run together."""
        if self._bar is None:
            say(*args)
            return
        with self._bar.external_write_mode(file=self.stream):
            say(*args)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def progress(items: Iterable[T], what: str, total: int | None = None, stream: IO[str] | None = None,
             bar: bool | None = None) -> Iterator[T]:
    """`items`, counted as they are consumed."""
    items = list(items) if total is None and not hasattr(items, "__len__") else items
    with Progress(total if total is not None else len(items), what, stream, bar) as p:
        for item in items:
            yield item
            p.update()
