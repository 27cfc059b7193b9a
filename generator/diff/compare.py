"""Compares two loaded models, request and response, into a sorted list of changes.

Every keyword is compared in three directions, each with its own id: it appears, it disappears,
or its value changes. The level follows what that does to a payload that was valid before
(request) or to what a reader could rely on (response).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ..runtime.jsonvalues import json_equal
from ..spec.model import ModelSpec
from .changes import Change
from .flatten import Facts, advisories, dimension_pairs, flatten, root_annotations, rules

_MAX = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_MIN = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")


def compare_models(old: ModelSpec, new: ModelSpec) -> list[Change]:
    changes: list[Change] = []
    if old.id != new.id:
        changes.append(Change("model-id-changed", "", old.id, new.id))
    changes += _request(old.request_schema, new.request_schema)
    changes += _response(old.response_schema, new.response_schema)
    order = {"breaking": 0, "warning": 1, "info": 2}
    return sorted(changes, key=lambda c: (order[c.level], c.path, c.rule, c.keyword, repr(c.old), repr(c.new)))


def _request(old_root: dict[str, Any], new_root: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    old, new = flatten(old_root), flatten(new_root)
    for path in sorted(old.keys() - new.keys()):
        out.append(Change("request-property-removed", path))
    for path in sorted(new.keys() - old.keys()):
        parent_is_new = "." in path and path.rsplit(".", 1)[0] not in old and path.rsplit(".", 1)[0] in new
        if new[path].required and not parent_is_new:
            out.append(Change("new-required-request-property", path))
        else:
            out.append(Change("request-property-added", path))
    for path in sorted(old.keys() & new.keys()):
        out += _request_property(path, old[path], new[path])
    out += _annotations("request-annotation-changed", old_root, new_root, old, new)
    out += _dimensions(dimension_pairs(old_root), dimension_pairs(new_root))
    out += _named("request-rule", rules(old_root), rules(new_root))
    out += _named("request-advisory", advisories(old_root), advisories(new_root))
    return out


def _dimensions(old: dict[tuple[Any, ...], str], new: dict[tuple[Any, ...], str]) -> list[Change]:
    # No table means any size: a table appearing restricts sizes, one disappearing frees them.
    if not old and new:
        return [Change("request-dimension-table-added", "", None, len(new))]
    if old and not new:
        return [Change("request-dimension-table-removed", "", len(old))]
    out = [Change("request-dimension-pair-removed", "", _pair(row, old[row]))
           for row in sorted(old.keys() - new.keys(), key=repr)]
    out += [Change("request-dimension-pair-added", "", None, _pair(row, new[row]))
            for row in sorted(new.keys() - old.keys(), key=repr)]
    return out


def _named(kind: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Rules or advisories, by name: added, removed, or the same name with a different body."""
    out = [Change(f"{kind}-added", "", None, name) for name in sorted(new.keys() - old.keys())]
    out += [Change(f"{kind}-removed", "", name) for name in sorted(old.keys() - new.keys())]
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if _strip_x(a) != _strip_x(b):
            out.append(Change(f"{kind}-changed", "", keyword=name))
        elif a != b:
            keys = sorted(k for k in {*a, *b} if k.startswith("x-") and a.get(k) != b.get(k)) or ["x-*"]
            out += [Change("request-annotation-changed", f"{kind.split('-', 1)[1]} {name}", a.get(k), b.get(k), k)
                    for k in keys]
    return out


def _strip_x(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_x(v) for k, v in node.items() if not k.startswith("x-")}
    if isinstance(node, list):
        return [_strip_x(v) for v in node]
    return node


def _pair(row: tuple[Any, ...], label: str) -> str:
    dims = "x".join(str(v) for v in row)
    return f"{dims} ({label})" if label else dims


def _types(rid: str, path: str, old: tuple[str, ...], new: tuple[str, ...], *, request: bool) -> list[Change]:
    """No types means any type; a request accepting more, or a response promising less, is info."""
    if set(old) == set(new):
        return []
    kind = "request" if request else "response"
    shown_old, shown_new = "/".join(old), "/".join(new)
    if not old:
        return [Change(f"{kind}-property-type-added", path, None, shown_new)]
    if not new:
        return [Change(f"{kind}-property-type-removed", path, shown_old)]
    if request and _covers(new, old):
        return [Change("request-property-type-widened", path, shown_old, shown_new)]
    if not request and _covers(old, new):
        return [Change("response-property-type-narrowed", path, shown_old, shown_new)]
    return [Change(rid, path, shown_old, shown_new)]


def _covers(wide: tuple[str, ...], narrow: tuple[str, ...]) -> bool:
    """Every value of the ``narrow`` types is one of the ``wide`` types (integers are numbers)."""
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _request_property(path: str, a: Facts, b: Facts) -> list[Change]:
    out: list[Change] = []
    if a.required != b.required:
        out.append(Change("request-property-became-required" if b.required else "request-property-became-optional", path))
    out += _types("request-property-type-changed", path, a.types, b.types, request=True)
    for kw in _MAX:
        out += _bound(path, kw, a.bounds.get(kw), b.bounds.get(kw), tighter=lambda o, n: n < o, family="max")
    for kw in _MIN:
        out += _bound(path, kw, a.bounds.get(kw), b.bounds.get(kw), tighter=lambda o, n: n > o, family="min")
    if a.enum is not None and b.enum is not None:
        out += [Change("request-enum-value-removed", path, v) for v in a.enum if not _within(v, b.enum)]
        out += [Change("request-enum-value-added", path, None, v) for v in b.enum if not _within(v, a.enum)]
    elif b.enum is not None:
        out.append(Change("request-enum-added", path, None, list(b.enum)))
    elif a.enum is not None:
        out.append(Change("request-enum-removed", path, list(a.enum)))
    out += _keyword(path, "request-const", (a.has_const, a.const), (b.has_const, b.const))
    out += _keyword(path, "request-default", (a.has_default, a.default), (b.has_default, b.default))
    out += _keyword(path, "request-format", (a.format is not None, a.format), (b.format is not None, b.format))
    out += _keyword(path, "request-pattern", (a.pattern is not None, a.pattern), (b.pattern is not None, b.pattern))
    out += _multiple_of(path, a.multiple_of, b.multiple_of)
    if a.unique_items != b.unique_items:
        out.append(Change("request-unique-items-added" if b.unique_items else "request-unique-items-removed", path))
    return out


def _within(value: Any, values: tuple[Any, ...]) -> bool:
    return any(json_equal(value, v) for v in values)


def _keyword(path: str, rid: str, old: tuple[bool, Any], new: tuple[bool, Any]) -> list[Change]:
    """``rid-added`` / ``-removed`` / ``-changed`` for a keyword whose value may itself be None."""
    (had, a), (has, b) = old, new
    if had and has:
        return [] if json_equal(a, b) else [Change(f"{rid}-changed", path, a, b)]
    if has:
        return [Change(f"{rid}-added", path, None, b)]
    if had:
        return [Change(f"{rid}-removed", path, a)]
    return []


def _multiple_of(path: str, old: Any, new: Any) -> list[Change]:
    if old == new:
        return []
    if old is None:
        return [Change("request-multiple-of-added", path, None, new)]
    if new is None:
        return [Change("request-multiple-of-removed", path, old)]
    # 16 -> 8: every multiple of 16 is a multiple of 8, so nothing valid before is rejected now.
    ratio = Fraction(str(old)) / Fraction(str(new))
    return [Change("request-multiple-of-relaxed" if ratio.denominator == 1 else "request-multiple-of-changed",
                   path, old, new)]


def _bound(path: str, kw: str, old: Any, new: Any, tighter: Any, family: str) -> list[Change]:
    if old == new:
        return []
    if old is None:
        return [Change(f"request-property-{family}-added", path, None, new, kw)]
    if new is None:
        return [Change(f"request-property-{family}-removed", path, old, None, kw)]
    if tighter(old, new):
        rid = "request-property-max-decreased" if family == "max" else "request-property-min-increased"
    else:
        rid = "request-property-max-increased" if family == "max" else "request-property-min-decreased"
    return [Change(rid, path, old, new, kw)]


def _annotations(rid: str, old_root: dict[str, Any], new_root: dict[str, Any],
                 old: dict[str, Facts], new: dict[str, Facts]) -> list[Change]:
    """``x-*`` annotations that changed on the root schema or on a property both versions have."""
    pairs = [("", root_annotations(old_root), root_annotations(new_root))]
    pairs += [(path, old[path].annotations, new[path].annotations) for path in sorted(old.keys() & new.keys())]
    out = []
    for path, a, b in pairs:
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) != b.get(key):
                out.append(Change(rid, path, a.get(key), b.get(key), key))
    return out


def _response(old_root: dict[str, Any], new_root: dict[str, Any]) -> list[Change]:
    out: list[Change] = []
    old, new = flatten(old_root), flatten(new_root)
    for path in sorted(old.keys() - new.keys()):
        out.append(Change("response-property-removed", path))
    for path in sorted(new.keys() - old.keys()):
        out.append(Change("response-property-added", path))
    for path in sorted(old.keys() & new.keys()):
        a, b = old[path], new[path]
        if a.required and not b.required:
            out.append(Change("response-property-became-optional", path))
        elif b.required and not a.required:
            out.append(Change("response-property-became-required", path))
        out += _types("response-property-type-changed", path, a.types, b.types, request=False)
        if a.enum is not None and b.enum is not None:
            out += [Change("response-enum-value-added", path, None, v) for v in b.enum if not _within(v, a.enum)]
            out += [Change("response-enum-value-removed", path, v) for v in a.enum if not _within(v, b.enum)]
        elif b.enum is not None:
            out.append(Change("response-enum-added", path, None, list(b.enum)))
        elif a.enum is not None:
            out.append(Change("response-enum-removed", path, list(a.enum)))
    out += _annotations("response-annotation-changed", old_root, new_root, old, new)
    return out
