"""JSON value semantics Python does not give for free (stdlib only; copied into the package).

JSON Schema equality says 1 == 1.0 but true != 1, and compares arrays and objects structurally.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any


def json_equal(a: Any, b: Any) -> bool:
    """Equality as JSON Schema defines it (``enum``, ``const``, ``uniqueItems``)."""
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        tx, ty = type(x), type(y)
        if tx is bool or ty is bool or x is None or y is None:
            if not (tx is ty and x == y):
                return False
        elif tx in (int, float) and ty in (int, float):
            if x != y:
                return False
        elif tx is str or ty is str:
            if not (tx is ty and x == y):
                return False
        elif tx is list and ty is list:
            if len(x) != len(y):
                return False
            stack.extend(zip(x, y))
        elif tx is dict and ty is dict:
            if x.keys() != y.keys():
                return False
            stack.extend((x[k], y[k]) for k in x)
        elif x != y:
            return False
    return True


def in_enum(value: Any, options: tuple[Any, ...]) -> bool:
    return any(json_equal(value, option) for option in options)


def first_duplicate(items: list[Any]) -> tuple[int, int] | None:
    """Indexes of the first pair of JSON-equal items, or None when all are unique."""
    seen: dict[Any, int] = {}
    slow: list[tuple[int, Any]] = []
    for j, item in enumerate(items):
        t = type(item)
        if t is str or t is int or t is float or item is None:
            key: Any = (t is str, item)
        elif t is bool:
            key = ("bool", item)
        else:
            for i, other in slow:
                if json_equal(other, item):
                    return i, j
            slow.append((j, item))
            continue
        if key in seen:
            return seen[key], j
        seen[key] = j
    return None


def is_multiple_of(value: float, divisor: float) -> bool:
    """``multipleOf`` as the reference implementation computes it; never raises."""
    try:
        if isinstance(divisor, float):
            quotient = value / divisor
            try:
                return int(quotient) == quotient
            except OverflowError:
                return (Fraction(value) / Fraction(divisor)).denominator == 1
        return not value % divisor
    except (OverflowError, ValueError, ZeroDivisionError):
        return False


def count_rows(value: dict[Any, Any], keys: tuple[str, ...], rows: tuple[tuple[Any, ...], ...]) -> int:
    """How many const rows an object matches, a missing key matching any row (exact ``oneOf``)."""
    n = 0
    for row in rows:
        if all(k not in value or json_equal(value[k], c) for k, c in zip(keys, row)):
            n += 1
    return n
