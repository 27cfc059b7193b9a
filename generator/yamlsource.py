"""YAML -> JSON data, remembering the line of every JSON pointer.

Only JSON-compatible YAML is accepted: mappings with string keys, sequences, strings, integers,
finite floats, booleans and null. Timestamps stay strings (``2026-05-12`` is not a date here),
duplicate keys and non-finite numbers are errors, with the line they are on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


@dataclass
class Document:
    path: Path
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int | None:
        """Line of ``pointer``, or of its nearest ancestor that has one."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def load_document(path: Path) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, None, "", "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(path, None, "", f"cannot read: {exc}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(path, mark.line + 1 if mark else None, "", f"malformed YAML: {problem}",
                        column=mark.column + 1 if mark else None) from None
    if node is None:
        raise SpecError(path, 1, "", "empty file: expected a YAML mapping")
    doc = Document(path, None)
    doc.data = _convert(node, "", doc)
    return doc


def _convert(node: yaml.Node, pointer: str, doc: Document) -> Any:
    doc.lines.setdefault(pointer, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in (_STR, _INT, _BOOL, _NULL, _FLOAT):
                raise SpecError(doc.path, key_node.start_mark.line + 1, pointer, "mapping keys must be plain strings")
            key = key_node.value
            child = f"{pointer}/{escape(key)}"
            if key in out:
                raise SpecError(doc.path, key_node.start_mark.line + 1, child,
                                f"duplicate key {key!r} (first on line {doc.lines[child]})")
            doc.lines[child] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, child, doc)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, f"{pointer}/{i}", doc) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    line = node.start_mark.line + 1
    if node.tag == _TIMESTAMP or node.tag == _STR:
        return node.value
    if node.tag in (_BOOL, _INT, _FLOAT, _NULL):
        value = yaml.SafeLoader(node.value).construct_object(node)
        if isinstance(value, float) and not math.isfinite(value):
            raise SpecError(doc.path, line, pointer, f"{node.value!r} is not a JSON number")
        return value
    raise SpecError(doc.path, line, pointer, f"YAML tag {node.tag!r} has no JSON equivalent")
