"""Compares two loaded models, request and response, into a sorted list of changes."""

from __future__ import annotations

from typing import Any

from ..model import ModelSpec
from .changes import Change
from .flatten import Facts, advisories, dimension_pairs, flatten, rules

_MAX = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
_MIN = ("minimum", "exclusiveMinimum", "minLength", "minItems")


def compare_models(old: ModelSpec, new: ModelSpec) -> list[Change]:
    changes: list[Change] = []
    if old.id != new.id:
        changes.append(Change("model-id-changed", "", old.id, new.id))
    changes += _request(old.request_schema, new.request_schema)
    changes += _response(old.response_schema, new.response_schema)
    order = {"breaking": 0, "warning": 1, "info": 2}
    return sorted(changes, key=lambda c: (order[c.level], c.path, c.rule, repr(c.old), repr(c.new)))


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
    old_pairs, new_pairs = dimension_pairs(old_root), dimension_pairs(new_root)
    for row in sorted(old_pairs.keys() - new_pairs.keys(), key=repr):
        out.append(Change("request-dimension-pair-removed", "", _pair(row, old_pairs[row])))
    for row in sorted(new_pairs.keys() - old_pairs.keys(), key=repr):
        out.append(Change("request-dimension-pair-added", "", None, _pair(row, new_pairs[row])))
    for name in sorted(rules(new_root) - rules(old_root)):
        out.append(Change("request-rule-added", "", None, name))
    for name in sorted(rules(old_root) - rules(new_root)):
        out.append(Change("request-rule-removed", "", name))
    for name in sorted(advisories(new_root) - advisories(old_root)):
        out.append(Change("request-advisory-added", "", None, name))
    for name in sorted(advisories(old_root) - advisories(new_root)):
        out.append(Change("request-advisory-removed", "", name))
    return out


def _pair(row: tuple[Any, ...], label: str) -> str:
    dims = "x".join(str(v) for v in row)
    return f"{dims} ({label})" if label else dims


def _request_property(path: str, a: Facts, b: Facts) -> list[Change]:
    out: list[Change] = []
    if a.required != b.required:
        out.append(Change("request-property-became-required" if b.required else "request-property-became-optional", path))
    if a.types and b.types and set(a.types) != set(b.types) and not _widened(a.types, b.types):
        out.append(Change("request-property-type-changed", path, "/".join(a.types), "/".join(b.types)))
    for kw in _MAX:
        out += _bound(path, kw, a.bounds.get(kw), b.bounds.get(kw), tighter=lambda o, n: n < o, family="max")
    for kw in _MIN:
        out += _bound(path, kw, a.bounds.get(kw), b.bounds.get(kw), tighter=lambda o, n: n > o, family="min")
    if a.enum is not None or b.enum is not None:
        old_values, new_values = list(a.enum or ()), list(b.enum or ())
        if a.enum is not None and b.enum is not None:
            for v in old_values:
                if v not in new_values:
                    out.append(Change("request-enum-value-removed", path, v))
            for v in new_values:
                if v not in old_values:
                    out.append(Change("request-enum-value-added", path, None, v))
    if (a.has_const or b.has_const) and (a.const != b.const or a.has_const != b.has_const) and b.has_const:
        out.append(Change("request-const-changed", path, a.const, b.const))
    if (a.has_default, a.default) != (b.has_default, b.default):
        out.append(Change("request-default-changed", path, a.default, b.default))
    if a.format != b.format:
        out.append(Change("request-format-changed", path, a.format, b.format))
    if a.pattern != b.pattern:
        out.append(Change("request-pattern-changed", path, a.pattern, b.pattern))
    if a.multiple_of != b.multiple_of:
        out.append(Change("request-multiple-of-changed", path, a.multiple_of, b.multiple_of))
    return out


def _widened(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """integer -> number accepts everything it did before: not a type change for callers."""
    return set(old) == {"integer"} and set(new) == {"number"}


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
        if a.types and b.types and set(a.types) != set(b.types):
            out.append(Change("response-property-type-changed", path, "/".join(a.types), "/".join(b.types)))
        if a.enum is not None and b.enum is not None:
            for v in b.enum:
                if v not in a.enum:
                    out.append(Change("response-enum-value-added", path, None, v))
            for v in a.enum:
                if v not in b.enum:
                    out.append(Change("response-enum-value-removed", path, v))
    return out
