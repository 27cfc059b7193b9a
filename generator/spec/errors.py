"""Spec problems, each naming the file, line and JSON pointer where it is."""

from __future__ import annotations

import os
from pathlib import Path


def shown_path(path: Path) -> str:
    """``path`` as a person would type it here: relative to the current directory when below it."""
    try:
        shown = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if shown.startswith("..") else shown


class SpecError(Exception):
    def __init__(self, file: Path | str, line: int | None, pointer: str, message: str,
                 column: int | None = None) -> None:
        self.file = Path(file)
        self.line = line
        self.column = column
        self.pointer = pointer
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = shown_path(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.pointer or '/'}: {self.message}"


class SpecErrors(Exception):
    """Every problem found in a spec tree; nothing may be generated from it."""

    def __init__(self, errors: list[SpecError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
