"""A bundled schema as a flat map: property path -> the facts a diff compares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..spec.schemarefs import resolve as _resolve

_MAX = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_MIN = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")


@dataclass
class Facts:
    types: tuple[str, ...] = ()
    required: bool = False
    enum: tuple[Any, ...] | None = None
    const: Any = None
    has_const: bool = False
    default: Any = None
    has_default: bool = False
    bounds: dict[str, Any] = field(default_factory=dict)
    format: str | None = None
    pattern: str | None = None
    multiple_of: Any = None
    unique_items: bool = False
    annotations: dict[str, Any] = field(default_factory=dict)  # x-* keys


def _facts(node: dict[str, Any], required: bool) -> Facts:
    t = node.get("type")
    types = tuple([t] if isinstance(t, str) else (t or []))
    if not types:
        branch_types = [b.get("type") for b in node.get("oneOf", node.get("anyOf", [])) if isinstance(b, dict)]
        types = tuple(sorted({x for x in branch_types if isinstance(x, str)}))
    return Facts(
        types=types, required=required,
        enum=tuple(node["enum"]) if isinstance(node.get("enum"), list) else None,
        const=node.get("const"), has_const="const" in node,
        default=node.get("default"), has_default="default" in node,
        bounds={k: node[k] for k in _MAX + _MIN if k in node},
        format=node.get("format"), pattern=node.get("pattern"), multiple_of=node.get("multipleOf"),
        unique_items=node.get("uniqueItems") is True,
        annotations={k: v for k, v in node.items() if k.startswith("x-")},
    )


def flatten(root: dict[str, Any]) -> dict[str, Facts]:
    out: dict[str, Facts] = {}

    def walk(node: Any, prefix: str) -> None:
        node = _resolve(root, node)
        if not isinstance(node, dict):
            return
        required = set(node.get("required", []))
        for key, sub in (node.get("properties") or {}).items():
            path = f"{prefix}.{key}" if prefix else key
            resolved = _resolve(root, sub)
            if isinstance(resolved, dict):
                facts = _facts(resolved, key in required)
                if path in out:  # the same key in several union branches: required only if in all
                    facts.required = facts.required and out[path].required
                out[path] = facts
                walk(resolved, path)
        items = node.get("items")
        if items is not None:
            walk(items, f"{prefix}[]")
        for kw in ("oneOf", "anyOf", "allOf"):
            for branch in node.get(kw, []):
                b = _resolve(root, branch)
                if isinstance(b, dict) and ("properties" in b or "items" in b) and not _is_table_branch(b):
                    walk(b, prefix)

    walk(root, "")
    return out


def _is_table_branch(branch: dict[str, Any]) -> bool:
    props = branch.get("properties", {})
    return bool(props) and all(isinstance(p, dict) and set(p) == {"const"} for p in props.values())


def dimension_pairs(root: dict[str, Any]) -> dict[tuple[Any, ...], str]:
    pairs: dict[tuple[Any, ...], str] = {}
    for entry in root.get("allOf", []):
        then = entry.get("then") if isinstance(entry, dict) else None
        for branch in (then or {}).get("oneOf", []):
            if isinstance(branch, dict) and _is_table_branch(branch):
                row = tuple(p["const"] for p in branch["properties"].values())
                pairs[row] = str(branch.get("title", ""))
    return pairs


def rules(root: dict[str, Any]) -> dict[str, Any]:
    """Named cross-field rules (``x-rule`` of allOf entries), the dimension table excluded."""
    named = {}
    for entry in root.get("allOf", []):
        if isinstance(entry, dict) and entry.get("x-rule") and entry.get("x-rule") != "dimensions":
            named[str(entry["x-rule"])] = entry
    return named


def advisories(root: dict[str, Any]) -> dict[str, Any]:
    return {str(a.get("id")): a for a in root.get("x-advisories", []) if isinstance(a, dict)}


def root_annotations(root: dict[str, Any]) -> dict[str, Any]:
    """The root schema's ``x-*`` keys, advisories aside (they have ids of their own)."""
    return {k: v for k, v in root.items() if k.startswith("x-") and k != "x-advisories"}
