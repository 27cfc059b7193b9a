"""Error and warning values shared by every generated validator.

This file is copied verbatim into the generated package (``runware_bindings/_validation.py``)
and embedded in modules made by ``python -m generator compile``, so it must stay
dependency-free and importable on its own.
"""

from __future__ import annotations

import difflib
import functools
import math
from collections.abc import Iterable
from typing import Any

__all__ = [
    "ValidationError",
    "ValidationReport",
    "ValidationWarning",
    "describe",
    "did_you_mean",
    "format_path",
]

_MAX_SHOWN = 80


def format_path(parts: Iterable[object]) -> str:
    """Render path parts as ``inputs.referenceImages[2].strength`` (root is ``""``).

    Parts are array indexes and object keys; a key that is not a string (a Python dict may hold
    one, JSON cannot) is shown by its ``repr`` in brackets.
    """
    out: list[str] = []
    for part in parts:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append(f"[{part}]")
        elif isinstance(part, str) and part.isidentifier():
            out.append(f".{part}" if out else part)
        else:
            out.append(f"[{part!r}]")
    return "".join(out)


def did_you_mean(word: object, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a misspelt key or enum value, if one is close enough."""
    if not isinstance(word, str) or len(word) > 200:
        return None
    pool = candidates if isinstance(candidates, tuple) else tuple(candidates)
    return _closest(word, pool)


_CUTOFF = 0.75


@functools.lru_cache(maxsize=256)
def _prepared(pool: tuple[str, ...]) -> tuple[dict[str, str], tuple[tuple[str, int, frozenset[str]], ...]]:
    ordered = sorted(pool)
    return ({c.lower(): c for c in ordered},
            tuple((c, len(c), frozenset(c)) for c in ordered))


@functools.lru_cache(maxsize=4096)
def _closest(word: str, pool: tuple[str, ...]) -> str | None:
    # Memoised: the same typo tends to arrive again and again from the same client code.
    lowered, entries = _prepared(pool)
    exact = lowered.get(word.lower())
    if exact is not None:
        return exact
    n = len(word)
    slack = max(2, n // 3)
    chars = frozenset(word)
    near = []
    for candidate, m, candidate_chars in entries:
        if abs(m - n) > slack:
            continue
        # An upper bound of difflib's quick_ratio, from two set differences: each distinct
        # character one side lacks costs at least one match. It never drops a candidate difflib
        # would keep, so the result is the same, and most unrelated words stop here.
        matches = min(n - len(chars - candidate_chars), m - len(candidate_chars - chars))
        if 2 * matches >= _CUTOFF * (n + m):
            near.append(candidate)
    if not near:
        return None
    match = difflib.get_close_matches(word, near, n=1, cutoff=_CUTOFF)
    return match[0] if match else None


def describe(value: object) -> str:
    """A short JSON-ish rendering of a value for messages."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        text = repr(value) if len(value) <= _MAX_SHOWN else repr(value[:_MAX_SHOWN]) + "..."
        return text
    if isinstance(value, (int, float)):
        try:
            text = repr(value)
        except ValueError:  # ints beyond sys.get_int_max_str_digits()
            return f"an integer of about {int(int(value).bit_length() * 0.30103)} digits"
        if len(text) <= _MAX_SHOWN:
            return text
        return f"an integer of {len(text.lstrip('-'))} digits ({text[:12]}...)"
    if isinstance(value, dict):
        return f"an object with {len(value)} key{'s' if len(value) != 1 else ''}"
    if isinstance(value, list):
        return f"an array of {len(value)} item{'s' if len(value) != 1 else ''}"
    return type(value).__name__


class ValidationError:
    """One broken rule: where (``path``), which rule, what was found and what is allowed."""

    __slots__ = ("allowed", "message", "path", "rule", "schema_path", "suggestion", "value")
    severity = "error"

    def __init__(
        self,
        path: str,
        rule: str,
        message: str,
        value: Any = None,
        allowed: Any = None,
        schema_path: str = "",
        suggestion: str | None = None,
    ) -> None:
        self.path = path
        self.rule = rule
        self.message = message
        self.value = value
        self.allowed = allowed
        self.schema_path = schema_path
        self.suggestion = suggestion

    def __str__(self) -> str:
        where = self.path or "(root)"
        hint = f" (did you mean {self.suggestion!r}?)" if self.suggestion else ""
        return f"{where}: {self.message}{hint}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(path={self.path!r}, rule={self.rule!r}, "
            f"message={self.message!r})"
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, s) == getattr(other, s) for s in self.__slots__)

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable form, used by ``--format json`` and the local server."""
        out: dict[str, Any] = {
            "severity": self.severity,
            "path": self.path,
            "rule": self.rule,
            "message": self.message,
            "value": _jsonable(self.value),
            "allowed": _jsonable(self.allowed),
            "schemaPath": self.schema_path,
        }
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        return out


class ValidationWarning(ValidationError):
    """An advisory rule: the payload is valid, but part of it will be ignored or is risky."""

    __slots__ = ()
    severity = "warning"


class ValidationReport:
    """Errors and warnings of one payload, kept apart."""

    __slots__ = ("errors", "warnings")

    def __init__(
        self, errors: list[ValidationError], warnings: list[ValidationWarning]
    ) -> None:
        self.errors = errors
        self.warnings = warnings

    @property
    def ok(self) -> bool:
        return not self.errors

    def __bool__(self) -> bool:
        return not self.errors

    def __repr__(self) -> str:
        return f"ValidationReport(errors={len(self.errors)}, warnings={len(self.warnings)})"


def _jsonable(value: Any, depth: int = 0) -> Any:
    """Make values safe for JSON output (NaN, huge nesting and non-JSON types included)."""
    if depth > 20:
        return "..."
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if value.bit_length() < 4000 else describe(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, dict):
        return {str(k): _jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, depth + 1) for v in value]
    return repr(value)
