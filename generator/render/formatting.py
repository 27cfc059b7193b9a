"""Formats generated Python with black, in-process, with one pinned configuration."""

from __future__ import annotations

import black

MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})  # type: ignore[attr-defined]


class RenderBug(Exception):
    """A template or emitter produced Python that does not parse: a generator bug, not a spec error."""


def format_python(source: str, *, filename: str) -> str:
    try:
        return black.format_str(source, mode=MODE)
    except black.parsing.InvalidInput as exc:
        raise RenderBug(f"{filename}: generated code does not parse ({exc})") from exc
