"""Corrections the docs page cannot express, kept beside the spec and applied after every ingest.

An overlay is a YAML list of ``{set: /json/pointer, value: ..., why: ...}`` entries; ``why`` is
required, so every correction says why it exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import PageError


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def load_overlay(path: Path) -> list[dict[str, Any]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(entries, list):
        raise PageError(None, f"{path}: an overlay is a list of {{set, value, why}} entries")
    for i, entry in enumerate(entries):
        if not (isinstance(entry, dict) and isinstance(entry.get("set"), str) and "value" in entry and entry.get("why")):
            raise PageError(None, f"{path}: entry {i} needs 'set' (a JSON pointer), 'value' and 'why'")
    return entries


def apply_overlay(spec: dict[str, Any], entries: list[dict[str, Any]], source: Path) -> None:
    for entry in entries:
        tokens = _tokens(entry["set"])
        node: Any = spec
        for token in tokens[:-1]:
            if not isinstance(node, dict) or token not in node:
                raise PageError(None, f"{source}: {entry['set']}: {token!r} does not exist in the ingested spec")
            node = node[token]
        node[tokens[-1]] = entry["value"]
