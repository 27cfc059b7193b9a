"""Corrections the docs page cannot express, kept beside the spec and applied after every ingest.

An overlay is a YAML list of ``{set: /json/pointer, value: ..., why: ...}`` entries; ``why`` is
required, so every correction says why it exists. Problems are ``SpecError``s naming the overlay
file, the entry's line and its JSON pointer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..spec.errors import SpecError
from ..spec.yamlsource import Document, load_document


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def load_overlay(path: Path) -> Document:
    doc = load_document(path, "an overlay")
    if not isinstance(doc.data, list):
        raise SpecError(path, 1, "", "an overlay is a list of {set, value, why} entries")
    for i, entry in enumerate(doc.data):
        where = f"/{i}"
        if not (isinstance(entry, dict) and isinstance(entry.get("set"), str) and "value" in entry and entry.get("why")):
            raise SpecError(path, doc.line_of(where), where, f"entry {i} needs 'set' (a JSON pointer), 'value' and 'why'")
        if not entry["set"].startswith("/"):
            raise SpecError(path, doc.line_of(where + "/set"), where + "/set",
                            f"entry {i}: 'set' must be a JSON pointer starting with '/', found {entry['set']!r}")
    return doc


def apply_overlay(spec: dict[str, Any], overlay: Document) -> None:
    for i, entry in enumerate(overlay.data):
        where = f"/{i}/set"
        pointer = entry["set"]

        def fail(message: str, where: str = where, pointer: str = pointer) -> SpecError:
            return SpecError(overlay.path, overlay.line_of(where), where, f"{pointer}: {message}")

        tokens = _tokens(pointer)
        node: Any = spec
        for depth, token in enumerate(tokens):
            last = depth == len(tokens) - 1
            if isinstance(node, dict):
                if last:
                    node[token] = entry["value"]
                elif token in node:
                    node = node[token]
                else:
                    raise fail(f"{token!r} does not exist in the ingested spec")
            elif isinstance(node, list):
                if not (token.isdigit() and int(token) < len(node)) or (token != "0" and token.startswith("0")):
                    raise fail(f"{token!r} is not an index of the list there (it has {len(node)} items)")
                if last:
                    node[int(token)] = entry["value"]
                else:
                    node = node[int(token)]
            else:
                raise fail(f"{token!r}: the value there is a {type(node).__name__}, not an object or a list")
