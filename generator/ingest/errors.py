"""Problems in a docs page, with the line they are on."""

from __future__ import annotations


class PageError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)
