"""Reads task payloads for ``validate``: one JSON object, a JSON array of tasks, or JSON Lines.

Input that cannot be read as task data raises ``UnusableInput`` with a message naming where
(file, line, column) and what; the caller turns it into exit status 2.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024


class UnusableInput(Exception):
    pass


@dataclass(frozen=True)
class Payload:
    source: str  # e.g. "task.json", "tasks.json[2]", "tasks.jsonl:5"
    value: object
    line: int | None = None
    index: int | None = None


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def read_source(name: str) -> tuple[str, bytes]:
    """(label, raw bytes) of a path or ``-`` for stdin, refusing inputs over MAX_BYTES."""
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        label = "<stdin>"
    else:
        path = Path(name)
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except IsADirectoryError:
            raise UnusableInput(f"{name}: is a directory, expected a JSON or JSONL file") from None
        except OSError as exc:
            raise UnusableInput(f"{name}: cannot read: {exc.strerror or exc}") from None
        label = name
    if len(data) > MAX_BYTES:
        raise UnusableInput(f"{label}: larger than {MAX_BYTES // (1024 * 1024)} MiB; refusing to read it")
    return label, data


def _loads(text: str, where: str) -> object:
    try:
        return json.loads(text)
    except RecursionError:
        raise UnusableInput(f"{where}: nested too deeply to read") from None


def parse(label: str, data: bytes) -> list[Payload]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnusableInput(f"{label}: not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise UnusableInput(f"{label}: empty input; expected a JSON object, an array of tasks or JSONL")
    try:
        whole = _loads(text, label)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" or len([ln for ln in text.splitlines() if ln.strip()]) > 1:
            return _parse_lines(label, text)
        raise UnusableInput(f"{label}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if isinstance(whole, dict):
        return [Payload(label, whole)]
    if isinstance(whole, list):
        if not whole:
            raise UnusableInput(f"{label}: an empty array holds no tasks")
        return [Payload(f"{label}[{i}]", item, index=i) for i, item in enumerate(whole)]
    raise UnusableInput(
        f"{label}: expected a JSON object, an array of task objects or JSON Lines; found {_kind(whole)}"
    )


def _parse_lines(label: str, text: str) -> list[Payload]:
    out: list[Payload] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = _loads(line, f"{label}:{lineno}")
        except json.JSONDecodeError as exc:
            raise UnusableInput(
                f"{label}:{lineno}:{exc.colno}: not valid JSON: {exc.msg} "
                "(input read as JSON Lines: one payload per line)"
            ) from None
        out.append(Payload(f"{label}:{lineno}", value, line=lineno))
    return out
