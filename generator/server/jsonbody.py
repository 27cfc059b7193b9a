"""Reads request bodies as JSON the way JSON Schema sees them.

``2.0`` is an integer in JSON Schema, so the validators accept ``numberResults: 2.0``; the server
then uses such values as counts, sizes and Pillow arguments. Integral numbers are therefore read
as ``int`` here, once, so every later use sees the integer the validator saw. (Under JSON
semantics ``2`` and ``2.0`` are the same value, so validation results do not change.)
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64  # tasks nest four levels deep; anything near the recursion limit is an attack


class BadJSON(ValueError):
    pass


class _NotJSON(Exception):
    pass


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _constant(name: str) -> Any:
    raise _NotJSON(name)


def loads(body: bytes) -> Any:
    """The JSON value of ``body``; ``BadJSON`` with a message saying what is wrong and where."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadJSON(f"the body is not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        value = json.loads(text, parse_float=_number, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise BadJSON(f"the body is not valid JSON: {exc.msg} at line {exc.lineno}, "
                      f"column {exc.colno}") from None
    except _NotJSON as exc:
        raise BadJSON(f"the body is not valid JSON: {exc.args[0]} is not a JSON number") from None
    except RecursionError:
        raise BadJSON(f"the body is nested too deeply (at most {MAX_DEPTH} levels)") from None
    if not _within_depth(value):
        raise BadJSON(f"the body is nested too deeply (at most {MAX_DEPTH} levels)")
    return value


def _within_depth(value: Any) -> bool:
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if depth > MAX_DEPTH:
            return False
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return True
