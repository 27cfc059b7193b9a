"""``x-constraints`` of a model's request: what Runware's published schemas say beyond JSON Schema
(``{operation, parameters, minimum, maximum, scope}``), checked where the payload alone decides.

``area`` and ``ratio`` of two numeric parameters (``width`` / ``height``) are payload facts:
``width * height`` and ``width / height`` must lie within ``[minimum, maximum]``. Each broken bound
is one error naming both values and the bound. Everything else (``fileSize``, ``duration``, the
``area`` of an input image, ``scope: each``) depends on files the payload only names: those stay
annotations here (the client checks what it holds, the server the rest).

The checks run after the schema's own, only when both values are JSON numbers (a missing or
mistyped value is the schema's to report), never raise, and report every broken bound.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .literals import py_literal
from .writer import Writer

OPERATIONS = ("area", "ratio")
_NUMERIC = ("integer", "number")


def _schema_at(root: dict[str, Any], dotted: str) -> Any:
    node: Any = root
    for part in dotted.split("."):
        props = node.get("properties") if isinstance(node, dict) else None
        node = props.get(part) if isinstance(props, dict) else None
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            target: Any = root
            for token in node["$ref"][2:].split("/"):
                target = target.get(token.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
            node = {**target, **node} if isinstance(target, dict) else node
    return node


def checkable(root: Any) -> list[tuple[int, dict[str, Any]]]:
    """(index, constraint) of the constraints the payload alone decides: area or ratio of two
    parameters the schema declares as numbers, with numeric bounds, and no ``scope``."""
    out: list[tuple[int, dict[str, Any]]] = []
    constraints = root.get("x-constraints") if isinstance(root, dict) else None
    for i, c in enumerate(constraints if isinstance(constraints, list) else []):
        if not isinstance(c, dict) or c.get("operation") not in OPERATIONS or "scope" in c:
            continue
        params = c.get("parameters")
        if not (isinstance(params, list) and len(params) == 2 and all(isinstance(p, str) and p for p in params)):
            continue
        if not all(isinstance(_schema_at(root, p), dict) and _schema_at(root, p).get("type") in _NUMERIC
                   for p in params):
            continue
        bounds: dict[str, Any] = {k: c[k] for k in ("minimum", "maximum") if k in c}
        if not bounds or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in bounds.values()):
            continue
        out.append((i, c))
    return out


def _fetch_all(w: Writer, found: list[tuple[int, dict[str, Any]]]) -> dict[str, str]:
    """Code reading each parameter the constraints name once (``_MISSING`` when absent);
    dotted path -> its variable."""
    names: dict[str, str] = {}
    for _, c in found:
        for dotted in c["parameters"]:
            if dotted in names:
                continue
            var = names[dotted] = f"_p{len(names)}"
            w.line(f"{var}: Any = payload")
            for part in dotted.split("."):
                w.line(f"{var} = {var}.get({py_literal(part)}, _MISSING) if type({var}) is dict else _MISSING")
    return names


def _number(var: str) -> str:
    return f"(type({var}) is int or (type({var}) is float and {var} - {var} == 0))"


def _beyond(i: int, c: dict[str, Any], test: str, bound: Any) -> str:
    """The test of one bound; a ratio may be None (0 / 0), an area never is."""
    check = f"_c{i} {test} {py_literal(bound)}"
    return f"_c{i} is not None and {check}" if c["operation"] == "ratio" else check


def _compute(w: Writer, i: int, c: dict[str, Any], a: str, b: str) -> None:
    """``_c<i>`` = the area or ratio; a result beyond the float range (a huge integer) is infinite
    with its sign, 0 / 0 is None (no ratio), never an exception."""
    expr = f"{a} * {b}" if c["operation"] == "area" else f"{a} / {b}"
    sign = f"(({a} > 0) == ({b} > 0))"
    with w.block("try:"):
        if c["operation"] == "ratio":
            w.line(f"_c{i}: Any = {expr} if {b} != 0 else (None if {a} == 0 else float('inf') if {a} > 0 "
                   "else float('-inf'))")
        else:
            w.line(f"_c{i}: Any = {expr}")
    with w.block("except OverflowError:"):
        w.line(f"_c{i} = float('inf') if {sign} else float('-inf')")


def _range(bounds: dict[str, Any]) -> str:
    lo, hi = bounds.get("minimum"), bounds.get("maximum")
    if lo is not None and hi is not None:
        return f"[{lo!r}, {hi!r}]"
    return f"at least {lo!r}" if lo is not None else f"at most {hi!r}"


def emit_errors(root: Any, w: Writer, rt: Callable[[str], str]) -> None:
    """Code appending a ``ValidationError`` to ``errs`` for each broken bound (``payload`` is the
    instance); nothing when the schema has no checkable constraint. ``rt`` names a runtime helper
    (and makes the module import it)."""
    found = checkable(root)
    names = _fetch_all(w, found)
    for i, c in found:
        first, second = c["parameters"]
        a, b = names[first], names[second]
        op = " * " if c["operation"] == "area" else " / "
        bounds: dict[str, Any] = {k: c[k] for k in ("minimum", "maximum") if k in c}
        with w.block(f"if {_number(a)} and {_number(b)}:"):
            _compute(w, i, c, a, b)
            for key, test in (("minimum", "<"), ("maximum", ">")):
                if key not in bounds:
                    continue
                side = "below the minimum" if key == "minimum" else "above the maximum"
                tail = f" is {side} {c['operation']} {bounds[key]!r} (allowed: {_range(bounds)})"
                show = rt("describe")  # never raises, even on integers too long to print
                message = (f"{py_literal(first + op + second + ' = ')} + {show}({a}) + {py_literal(op)} + {show}({b}) "
                           f"+ {py_literal(' = ')} + {show}(_c{i}) + {py_literal(tail)}")
                with w.block(f"if {_beyond(i, c, test, bounds[key])}:"):
                    w.line(f"errs.append(ValidationError({py_literal('')}, {py_literal(c['operation'])}, {message}, "
                           f"{{{py_literal(first)}: {a}, {py_literal(second)}: {b}}}, {py_literal(bounds)}, "
                           f"{py_literal(f'/x-constraints/{i}/{key}')}))")


def bool_test(root: Any) -> str | None:
    """A helper function's source that says whether every checkable constraint holds, or None."""
    found = checkable(root)
    if not found:
        return None
    w = Writer(1)
    names = _fetch_all(w, found)
    for i, c in found:
        a, b = (names[p] for p in c["parameters"])
        with w.block(f"if {_number(a)} and {_number(b)}:"):
            _compute(w, i, c, a, b)
            for key, test in (("minimum", "<"), ("maximum", ">")):
                if key in c:
                    with w.block(f"if {_beyond(i, c, test, c[key])}:"):
                        w.line("return False")
    w.line("return True")
    return f"def _constraints_hold(payload: Any) -> bool:\n{w.text()}"
