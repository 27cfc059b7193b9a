"""What the compiler refuses, with where it is in the schema."""

from __future__ import annotations


class UnsupportedSchema(Exception):
    """A schema uses something the compiler cannot check exactly; nothing is generated."""

    def __init__(self, pointer: str, keyword: str, message: str) -> None:
        self.pointer = pointer or "/"
        self.keyword = keyword
        self.message = message
        super().__init__(f"{self.pointer}: {message}")
