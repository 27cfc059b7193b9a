"""Contradictions inside one bundled schema: things JSON Schema allows but no spec should say.

Each check yields ``(pointer, message)`` in the bundled document; the loader maps the pointer back
to the file and line it came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator

from ..runtime.jsonvalues import json_equal
from .yamlsource import escape

Problem = tuple[str, str]

_PAIRS = (("minimum", "maximum", False), ("exclusiveMinimum", "maximum", True),
          ("minimum", "exclusiveMaximum", True), ("exclusiveMinimum", "exclusiveMaximum", True),
          ("minLength", "maxLength", False), ("minItems", "maxItems", False),
          ("minProperties", "maxProperties", False))
_SUBSCHEMA_MAPS = ("properties", "$defs")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SUBSCHEMA_ONE = ("additionalProperties", "items", "not", "if", "then", "else")


def contradictions(root: dict[str, Any]) -> list[Problem]:
    validator = Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)
    problems = list(_walk(root, "", validator))
    problems.extend(_advisories(root))
    return problems


def _walk(node: Any, ptr: str, validator: Draft202012Validator) -> Iterator[Problem]:
    if not isinstance(node, dict):
        return
    yield from _own(node, ptr, validator)
    if isinstance(node.get("properties"), dict):
        yield from _names(node, ptr, set(node["properties"]))
    for key in _SUBSCHEMA_MAPS:
        for name, sub in (node.get(key) or {}).items():
            yield from _walk(sub, f"{ptr}/{key}/{escape(name)}", validator)
    for key in _SUBSCHEMA_LISTS:
        for i, sub in enumerate(node.get(key) or []):
            yield from _walk(sub, f"{ptr}/{key}/{i}", validator)
    for key in _SUBSCHEMA_ONE:
        if key in node:
            yield from _walk(node[key], f"{ptr}/{key}", validator)


def _own(node: dict[str, Any], ptr: str, validator: Draft202012Validator) -> Iterator[Problem]:
    for low, high, strict in _PAIRS:
        if low in node and high in node:
            a, b = node[low], node[high]
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and (a >= b if strict else a > b):
                yield f"{ptr}/{low}", f"{low} {a!r} {'is not below' if strict else 'exceeds'} {high} {b!r}: no value can pass"
    if isinstance(node.get("enum"), list):
        seen: list[Any] = []
        for i, value in enumerate(node["enum"]):
            if any(json_equal(value, s) for s in seen):
                yield f"{ptr}/enum/{i}", f"duplicate enum value {value!r}"
            seen.append(value)
    if "default" in node:
        errors = sorted(validator.evolve(schema=node).iter_errors(node["default"]), key=lambda e: e.message)
        if errors:
            yield f"{ptr}/default", f"default {node['default']!r} contradicts its own schema: {errors[0].message}"


def _names(node: dict[str, Any], ptr: str, declared: set[str]) -> Iterator[Problem]:
    """Rules of an object schema (and its branches) may only name declared properties."""
    def check(name: Any, where: str, what: str) -> Iterator[Problem]:
        if isinstance(name, str) and name not in declared:
            yield where, f"{what} names {name!r}, which is not a declared property here (declared: {', '.join(sorted(declared))})"

    def branch(sub: Any, where: str) -> Iterator[Problem]:
        if not isinstance(sub, dict):
            return
        for i, name in enumerate(sub.get("required") or []):
            yield from check(name, f"{where}/required/{i}", "required")
        for key, deps in (sub.get("dependentRequired") or {}).items():
            yield from check(key, f"{where}/dependentRequired/{escape(key)}", "dependentRequired")
            for i, dep in enumerate(deps or []):
                yield from check(dep, f"{where}/dependentRequired/{escape(key)}/{i}", "dependentRequired")
        if where != ptr:
            for name in sub.get("properties") or {}:
                yield from check(name, f"{where}/properties/{escape(name)}", "a rule")
        for key in _SUBSCHEMA_LISTS:
            for i, b in enumerate(sub.get(key) or []):
                yield from branch(b, f"{where}/{key}/{i}")
        for key in ("not", "if", "then", "else"):
            if key in sub:
                yield from branch(sub[key], f"{where}/{key}")

    yield from branch(node, ptr)
    for name, sub in node["properties"].items():
        paired = sub.get("x-paired-with") if isinstance(sub, dict) else None
        if paired is not None:
            yield from check(paired, f"{ptr}/properties/{escape(name)}/x-paired-with", "x-paired-with")


def _advisories(root: dict[str, Any]) -> Iterator[Problem]:
    declared = set(root.get("properties") or {})
    for i, adv in enumerate(root.get("x-advisories") or []):
        head = str(adv.get("path", "")).split(".")[0]
        if declared and head not in declared:
            yield f"/x-advisories/{i}/path", f"advisory path {adv.get('path')!r} names an undeclared property"
        when = adv.get("when") or {}
        for j, name in enumerate(when.get("required") or []):
            if declared and name not in declared:
                yield f"/x-advisories/{i}/when/required/{j}", f"advisory names {name!r}, which is not a declared property"
