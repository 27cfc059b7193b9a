"""Safe rendering of spec content into Python source.

Everything that comes from a spec or a docs page (descriptions, titles, enum values, keys) reaches
generated code only through these functions, so no spec content can break or inject code.
"""

from __future__ import annotations

import keyword
import math
import re
from typing import Any

_NOT_IDENT = re.compile(r"[^0-9a-zA-Z_]")


def py_literal(value: Any) -> str:
    """A Python expression that evaluates to ``value`` (JSON-like data only)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value):
            return 'float("nan")'
        if math.isinf(value):
            return 'float("inf")' if value > 0 else 'float("-inf")'
        return repr(value)
    if isinstance(value, str):
        return _str_literal(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(v) for v in value)
        if isinstance(value, tuple):
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        return f"[{inner}]"
    if isinstance(value, (set, frozenset)):
        items = sorted(value, key=lambda v: (type(v).__name__, repr(v)))
        return "frozenset({" + ", ".join(py_literal(v) for v in items) + "})" if items else "frozenset()"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot render {type(value).__name__} as a Python literal")


def _str_literal(text: str) -> str:
    # repr() always yields a valid literal; ascii-escape lone surrogates so the file stays UTF-8.
    out = repr(text)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        out = out.encode("ascii", "backslashreplace").decode("ascii")
    return out


def docstring(text: str, indent: str = "") -> str:
    """A triple-quoted docstring literal holding ``text`` (stripped), whatever it contains.

    Without ``indent`` the literal's value is the text exactly. With it, continuation lines are
    indented to sit in a body, and ``inspect.cleandoc`` (what ``help()`` and IDEs apply) gives back
    what it gives for the text itself.
    """
    body = text.strip()
    if indent:
        # cleandoc expands tabs to 8-column stops after the indent has shifted every continuation
        # line, so a tab would land on a different stop; expand them at their own columns first.
        body = body.expandtabs()
    out: list[str] = []
    for i, ch in enumerate(body):
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"' and (i + 1 == len(body) or body[i + 1] == '"'):
            # Never leave two raw quotes side by side or one at the end: no way to close the literal.
            out.append('\\"')
        elif ch in "\n\t" or (ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF):
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return '"""' + "".join(out).replace("\n", "\n" + indent) + '"""'


def comment(text: str) -> str:
    """A single-line ``#`` comment: newlines and control characters cannot escape it."""
    flat = " ".join(text.split())
    return "# " + "".join(ch if ch.isprintable() else "?" for ch in flat)


# Soft keywords of every Python the bindings support, fixed here: ``keyword.softkwlist`` grows with
# the interpreter (3.12 added ``type``), and the output must not depend on which one runs.
SOFT_KEYWORDS = frozenset({"_", "case", "match", "type"})


def identifier(name: str, *, taken: set[str] | None = None) -> str:
    """A safe Python identifier for a wire key (``my-key`` -> ``my_key``, ``class`` -> ``class_``)."""
    ident = _NOT_IDENT.sub("_", name) or "_"
    if ident[0].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident) or ident in SOFT_KEYWORDS or ident in {"None", "True", "False"}:
        ident += "_"
    if taken is not None:
        base, n = ident, 2
        while ident in taken:
            ident = f"{base}_{n}"
            n += 1
        taken.add(ident)
    return ident


def snake_case(name: str) -> str:
    """``positivePrompt`` -> ``positive_prompt``, ``NSFWContent`` -> ``nsfw_content``."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    return identifier(s.lower())


def class_name(name: str) -> str:
    """``reference-images`` / ``referenceImages`` -> ``ReferenceImages``."""
    parts = re.split(r"[^0-9a-zA-Z]+", name)
    out = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return identifier(out or "Model")
