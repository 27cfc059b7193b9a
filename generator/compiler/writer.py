"""Line-oriented code building: indentation, fresh names and module-level constants."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .literals import py_literal


class Writer:
    def __init__(self, depth: int = 0) -> None:
        self.lines: list[str] = []
        self.depth = depth

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def all(self, texts: tuple[str, ...] | list[str]) -> None:
        for text in texts:
            self.line(text)

    def empty(self) -> bool:
        return not self.lines

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        self.line(header)
        self.depth += 1
        mark = len(self.lines)
        try:
            yield
        finally:
            if len(self.lines) == mark:
                self.line("pass")
            self.depth -= 1

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


class Constants:
    """Module-level constants, deduplicated by their source text."""

    def __init__(self) -> None:
        self._by_source: dict[str, str] = {}
        self.definitions: list[str] = []

    def add(self, prefix: str, value: Any = None, *, source: str | None = None) -> str:
        src = source if source is not None else py_literal(value)
        name = self._by_source.get(src)
        if name is None:
            name = f"_{prefix}{len(self.definitions)}"
            self._by_source[src] = name
            self.definitions.append(f"{name} = {src}")
        return name


class Names:
    def __init__(self) -> None:
        self._n = 0

    def fresh(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n}"
