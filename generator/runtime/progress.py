"""A progress bar for async tasks, redrawn in place on a terminal (stderr by default).

Shown only where a person is watching: the client draws it when its stream is a TTY (or when
asked with ``progress_bar=True``), never into a pipe, a log file or a test's captured output.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from .polling import Progress

__all__ = ["ProgressBar", "Reporter", "make_bar", "wants_bar"]

WIDTH = 30


def wants_bar(option: bool | None, stream: TextIO | None) -> bool:
    """``option`` when given, else whether ``stream`` is a terminal."""
    if option is not None:
        return option
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):  # a replaced or closed stream
        return False


class ProgressBar:
    """``label [#########---------]  42%  1/3 results``, on one line of ``stream``."""

    def __init__(self, stream: TextIO, label: str = "Runware") -> None:
        self.stream = stream
        self.label = label
        self._drawn = False

    def update(self, progress: Sequence[Progress]) -> None:
        if not progress:
            return
        percent = sum(p.percent for p in progress) / len(progress)
        finished = sum(p.finished for p in progress)
        expected = sum(p.expected for p in progress)
        filled = int(WIDTH * percent / 100)
        line = (f"\r{self.label} [{'#' * filled}{'-' * (WIDTH - filled)}] {percent:5.1f}%  "
                f"{finished}/{expected} result{'s' if expected != 1 else ''}")
        try:
            self.stream.write(line)
            self.stream.flush()
        except (OSError, ValueError):  # a closed terminal must not fail the task
            return
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            try:
                self.stream.write("\n")
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self._drawn = False


class Reporter:
    """Passes each task's progress to a callback when it changed, and draws the bar."""

    def __init__(self, callback: Callable[[Progress], object] | None,
                 bar: ProgressBar | None) -> None:
        self.callback = callback
        self.bar = bar
        self._last: dict[str, Progress] = {}

    def report(self, progress: Sequence[Progress]) -> None:
        for p in progress:
            if self._last.get(p.task_uuid) != p:
                self._last[p.task_uuid] = p
                if self.callback is not None:
                    self.callback(p)
        if self.bar is not None:
            self.bar.update(progress)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def make_bar(option: bool | None, label: str) -> ProgressBar | None:
    stream = sys.stderr
    return ProgressBar(stream, label) if wants_bar(option, stream) else None
