"""ECMA-262 regular expressions (what JSON Schema ``pattern`` means) as Python ``re`` patterns.

The differences that matter for validation: ``$`` is the end of input (Python's also matches before
a final newline), ``\\d`` and ``\\w`` are ASCII-only, and named groups are spelled ``(?<name>``.
"""

from __future__ import annotations

import re

_CLASS_ESCAPES = {"d": "0-9", "w": "A-Za-z0-9_"}
_OUTSIDE_ESCAPES = {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]"}


def translate(pattern: str) -> str:
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if in_class and nxt in _CLASS_ESCAPES:
                out.append(_CLASS_ESCAPES[nxt])
            elif not in_class and nxt in _OUTSIDE_ESCAPES:
                out.append(_OUTSIDE_ESCAPES[nxt])
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            if pattern.startswith("^", i + 1):
                out.append("^")
                i += 1
            if pattern.startswith("]", i + 1):  # a leading ] is literal in Python, empty in ECMA
                out.append("\\]")
                i += 1
        elif ch == "$":
            out.append(r"\Z")
        elif pattern.startswith("(?<", i) and not pattern.startswith(("(?<=", "(?<!"), i):
            out.append("(?P<")
            i += 3
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(translate(pattern))
