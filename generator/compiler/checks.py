"""Refuses, before any code is emitted, every schema part the compiler cannot check exactly."""

from __future__ import annotations

from typing import Any

from .errors import UnsupportedSchema
from .pointers import escape, resolve
from .vocabulary import EXTENSION_PREFIX, FORMATS, SUPPORTED

_SCHEMA_MAPS = ("properties", "$defs")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_SINGLES = ("additionalProperties", "items", "not", "if", "then", "else")
_TYPES = {"string", "integer", "number", "boolean", "object", "array", "null"}


def check_schema(root: Any) -> None:
    _walk(root, "", root)


def _walk(node: Any, loc: str, root: Any) -> None:
    if isinstance(node, bool):
        return
    if not isinstance(node, dict):
        raise UnsupportedSchema(loc, "", f"a schema must be an object or a boolean, found {type(node).__name__}")
    for key, value in node.items():
        if key.startswith(EXTENSION_PREFIX):
            if key == "x-advisories":
                _advisories(value, f"{loc}/{escape(key)}", root)
            continue
        if key not in SUPPORTED:
            raise UnsupportedSchema(f"{loc}/{escape(key)}", key, f"unsupported keyword {key!r}")
        where = f"{loc}/{escape(key)}"
        if key == "format" and value not in FORMATS:
            raise UnsupportedSchema(where, key, f"unsupported format {value!r} (supported: {', '.join(FORMATS)})")
        if key == "type":
            for t in value if isinstance(value, list) else [value]:
                if t not in _TYPES:
                    raise UnsupportedSchema(where, key, f"unknown type {t!r}")
        if key == "$ref":
            if not isinstance(value, str) or not value.startswith("#"):
                raise UnsupportedSchema(where, key, f"only local references ('#/...') are supported, found {value!r}")
            try:
                resolve(root, value)
            except LookupError as exc:
                raise UnsupportedSchema(where, key, f"$ref {value!r} does not resolve: {exc}") from None
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            for name, sub in value.items():
                _walk(sub, f"{where}/{escape(name)}", root)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            for i, sub in enumerate(value):
                _walk(sub, f"{where}/{i}", root)
        elif key in _SCHEMA_SINGLES:
            _walk(value, where, root)


def _advisories(value: Any, loc: str, root: Any) -> None:
    if not isinstance(value, list):
        raise UnsupportedSchema(loc, "x-advisories", "x-advisories must be a list")
    for i, item in enumerate(value):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or "when" not in item:
            raise UnsupportedSchema(f"{loc}/{i}", "x-advisories", "each advisory needs an 'id' and a 'when' schema")
        _walk(item["when"], f"{loc}/{i}/when", root)
