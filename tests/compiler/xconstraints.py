"""A plain-Python reading of ``x-constraints`` area / ratio bounds, for the differential tests'
oracle: jsonschema ignores ``x-constraints`` (an annotation), the generated validators enforce
those the payload alone decides. Written apart from ``generator/compiler/constraints.py``."""

from __future__ import annotations

import math
from typing import Any


def _value_at(payload: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(payload, dict) or part not in payload:
            return None
        payload = payload[part]
    return payload


def constraints_hold(schema: Any, payload: Any) -> bool:
    """Whether ``payload`` meets the area / ratio bounds ``schema`` (a request's root) publishes
    over two of its numbers; constraints on files (``scope``, one parameter) are not judged here."""
    constraints = schema.get("x-constraints") if isinstance(schema, dict) else None
    for c in constraints if isinstance(constraints, list) else []:
        if not isinstance(c, dict) or c.get("operation") not in ("area", "ratio") or "scope" in c:
            continue
        params = c.get("parameters")
        if not isinstance(params, list) or len(params) != 2:
            continue
        a, b = (_value_at(payload, p) for p in params)
        if not all(type(v) is int or (type(v) is float and math.isfinite(v)) for v in (a, b)):
            continue
        value: float | None
        if c["operation"] == "ratio" and b == 0:
            value = None if a == 0 else math.inf if a > 0 else -math.inf
        else:
            try:
                value = a * b if c["operation"] == "area" else a / b
            except OverflowError:  # beyond the float range: infinite, with its sign
                value = math.inf if (a > 0) == (b > 0) else -math.inf
        if value is None:
            continue
        if ("minimum" in c and value < c["minimum"]) or ("maximum" in c and value > c["maximum"]):
            return False
    return True
