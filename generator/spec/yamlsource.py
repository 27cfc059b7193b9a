"""YAML -> JSON data, remembering the line of every JSON pointer.

Only JSON-compatible YAML is accepted: mappings with string keys, sequences, strings, integers,
finite floats, booleans and null. Timestamps stay strings (``2026-05-12`` is not a date here),
duplicate keys and non-finite numbers are errors, with the line they are on. So are files too
large, too deeply nested or expanding too far through aliases to be a spec: a bad file is a message,
never a hang or a traceback.
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

MAX_BYTES = 16 * 1024 * 1024  # a spec file is a few kilobytes; anything near this is not one
MAX_DEPTH = 100  # JSON Schema nesting of a real spec stays far below this
MAX_NODES = 1_000_000  # aliases may repeat a node, but not into an exponential expansion


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


def read_text(path: Path, what: str = "a file") -> str:
    """The UTF-8 text of ``path``, or a :class:`SpecError` saying why it cannot be had."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise SpecError(path, None, "", "file not found") from None
    except IsADirectoryError:
        raise SpecError(path, None, "", f"is a directory, not {what}") from None
    except OSError as exc:
        raise SpecError(path, None, "", f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise SpecError(path, None, "", f"larger than {MAX_BYTES // (1024 * 1024)} MiB: not {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise SpecError(path, line, "", f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def load_document(path: Path, what: str = "a spec file") -> Document:
    return parse_document(read_text(path, what), path)


def parse_document(text: str, path: Path) -> Document:
    """``text`` as the document ``path`` (which need not exist: errors name it all the same)."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(path, mark.line + 1 if mark else None, "", f"malformed YAML: {problem}",
                        column=mark.column + 1 if mark else None) from None
    except RecursionError:
        raise SpecError(path, None, "", f"nested too deeply (a spec stays within {MAX_DEPTH} levels)") from None
    if node is None:
        raise SpecError(path, 1, "", "empty file: expected a YAML mapping")
    doc = Document(path, None)
    doc.data = _Converter(doc).convert(node, "", 0)
    return doc


class _Converter:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.nodes = 0
        self.active: set[int] = set()  # collections being converted: an alias to one is a cycle

    def convert(self, node: yaml.Node, pointer: str, depth: int) -> Any:
        doc = self.doc
        line = node.start_mark.line + 1
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise SpecError(doc.path, line, pointer, f"expands to more than {MAX_NODES} values (through aliases?)")
        if depth > MAX_DEPTH:
            raise SpecError(doc.path, line, pointer, f"nested deeper than {MAX_DEPTH} levels")
        doc.lines.setdefault(pointer, line)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            if id(node) in self.active:
                raise SpecError(doc.path, line, pointer, "an alias refers to a collection that contains it")
            self.active.add(id(node))
            try:
                return self._collection(node, pointer, depth)
            finally:
                self.active.discard(id(node))
        assert isinstance(node, yaml.ScalarNode)
        if node.tag == _TIMESTAMP or node.tag == _STR:
            return node.value
        if node.tag in (_BOOL, _INT, _FLOAT, _NULL):
            value = yaml.SafeLoader(node.value).construct_object(node)
            if isinstance(value, float) and not math.isfinite(value):
                raise SpecError(doc.path, line, pointer, f"{node.value!r} is not a JSON number")
            return value
        raise SpecError(doc.path, line, pointer, f"YAML tag {node.tag!r} has no JSON equivalent")

    def _collection(self, node: yaml.MappingNode | yaml.SequenceNode, pointer: str, depth: int) -> Any:
        doc = self.doc
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(node.value)]
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
            out[key] = self.convert(value_node, child, depth + 1)
        return out
