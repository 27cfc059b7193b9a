"""Problems in a source document: a docs page (with the line), a JSON document (with the pointer)."""

from __future__ import annotations


class PageError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}" if line else message)


class DocumentError(Exception):
    """A problem in a JSON source (a published schema.json, a schema bundle), at a JSON pointer.

    ``source`` names the document when the problem is in another one than the one being read
    (a bundle entry's schema); ``line`` is filled in when the text is at hand."""

    def __init__(self, pointer: str, message: str, *, source: str | None = None,
                 line: int | None = None) -> None:
        self.pointer = pointer or "/"
        self.message = message
        self.source = source
        self.line = line
        super().__init__(f"{self.pointer}: {message}")
