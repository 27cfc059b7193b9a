"""Both sources of one model (the docs page and the published schema.json): every disagreement
between them, and the one spec made from the two.

Which source wins, and why (the README says the same):

- **The schema, for everything that validates**: which parameters exist, their types, ranges,
  enums, defaults, formats, what is required, the cross-field rules, ``x-constraints`` and the
  result item. It is the machine-readable contract, written in the shapes the API's own checks
  use; the page is prose rendered for people and loses precision (a rounded int64 bound, a rule
  left as a sentence).
- **The page, for what only it has**: docs anchors (``x-anchor``, the links in error messages),
  enum value notes, a description where the schema gives none, and its advisories.
- **A rule only the page states** becomes an advisory (a warning, never an error): the server may
  or may not enforce it, so a payload it forbids is flagged, not refused. A parameter only the page
  lists is left out (the schema's object is closed): the drift report names it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
           "minItems", "maxItems", "multipleOf")


@dataclass(frozen=True)
class Drift:
    """One disagreement: ``kind`` (a stable id), the parameter ``path`` (or the rule), what the
    page says and what the schema says."""

    kind: str
    path: str
    page: Any = None
    schema: Any = None

    @property
    def message(self) -> str:
        p = self.path or "(root)"
        if self.kind == "only-in-page":
            return f"{p}: only the page lists it (the schema has no such parameter; left out)"
        if self.kind == "only-in-schema":
            return f"{p}: only the schema has it (the page does not list it)"
        if self.kind == "rule-only-in-page":
            return f"rule on {p}: only the page states it ({self.page})"
        if self.kind == "rule-only-in-schema":
            return f"rule on {p}: only the schema states it ({self.schema})"
        if self.kind == "dimensions":
            return f"dimension pairs differ: only the page has {self.page or 'none'}, only the schema has " \
                   f"{self.schema or 'none'}"
        return f"{p}: {self.kind} differs: the page says {_shown(self.page)}, the schema {_shown(self.schema)}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "page": self.page, "schema": self.schema,
                "message": self.message}


def _shown(value: Any) -> str:
    return "nothing" if value is _ABSENT else repr(value)


class _Absent:
    def __repr__(self) -> str:
        return "nothing"


_ABSENT: Any = _Absent()


@dataclass
class Merged:
    spec: dict[str, Any]
    drift: list[Drift]
    warnings: list[str] = field(default_factory=list)


# -- reading both as facts -------------------------------------------------------------------------


def _resolve(root: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return node
        target: Any = root
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, dict) else None
        if not isinstance(target, dict):
            return node
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        depth += 1
    return node


def properties(root: dict[str, Any]) -> dict[str, tuple[dict[str, Any], bool]]:
    """Every parameter path (``inputs.referenceImages``) -> (its resolved schema, required)."""
    out: dict[str, tuple[dict[str, Any], bool]] = {}

    def walk(node: Any, prefix: str) -> None:
        node = _resolve(root, node)
        if not isinstance(node, dict):
            return
        required = set(node.get("required") or [])
        for key, sub in (node.get("properties") or {}).items():
            resolved = _resolve(root, sub)
            if isinstance(resolved, dict):
                path = f"{prefix}{key}"
                out[path] = (resolved, key in required)
                walk(resolved, path + ".")

    walk(root, "")
    return out


def _types(node: dict[str, Any]) -> tuple[str, ...]:
    t = node.get("type")
    return tuple(sorted([t] if isinstance(t, str) else t if isinstance(t, list) else []))


def _values(node: dict[str, Any]) -> list[Any] | None:
    if isinstance(node.get("enum"), list):
        return list(node["enum"])
    branches = node.get("oneOf") or node.get("anyOf")
    if isinstance(branches, list) and branches and all(isinstance(b, dict) and "const" in b for b in branches):
        return [b["const"] for b in branches]
    return None


def rule_paths(node: Any, prefix: str = "") -> set[str]:
    """The parameter paths a rule names (through required, properties, dependentRequired)."""
    found: set[str] = set()
    if not isinstance(node, dict):
        return found
    props: dict[str, Any] = node["properties"] if isinstance(node.get("properties"), dict) else {}
    for name in [*(node.get("required") or []), *props]:
        if isinstance(name, str):
            deeper = rule_paths(props.get(name), f"{prefix}{name}.")
            found |= deeper or {f"{prefix}{name}"}
    for key, deps in (node.get("dependentRequired") or {}).items():
        found |= {f"{prefix}{n}" for n in [key, *deps] if isinstance(n, str)}
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            found |= rule_paths(sub, prefix)
    for key in ("not", "if", "then", "else"):
        found |= rule_paths(node.get(key), prefix)
    return found


def _pairs(root: dict[str, Any]) -> dict[tuple[Any, ...], str]:
    out: dict[tuple[Any, ...], str] = {}
    for entry in root.get("allOf") or []:
        then = entry.get("then") if isinstance(entry, dict) else None
        for branch in (then or {}).get("oneOf") or []:
            props = branch.get("properties") if isinstance(branch, dict) else None
            if isinstance(props, dict) and len(props) == 2 and all(
                    isinstance(p, dict) and set(p) == {"const"} for p in props.values()):
                out[tuple(p["const"] for p in props.values())] = str(branch.get("title", ""))
    return out


def _rules(root: dict[str, Any]) -> list[tuple[frozenset[str], dict[str, Any]]]:
    """(parameters named, entry) of every root rule, the dimension table aside."""
    out = []
    for entry in root.get("allOf") or []:
        if not isinstance(entry, dict) or entry.get("x-rule") == "dimensions":
            continue
        out.append((frozenset(rule_paths(entry)), entry))
    return out


def _label(entry: dict[str, Any]) -> str:
    source = entry.get("x-source")
    return f"{entry.get('x-rule', 'rule')}: {source}" if isinstance(source, str) else str(entry.get("x-rule", "rule"))


# -- the report ------------------------------------------------------------------------------------


def compare(page: dict[str, Any], schema: dict[str, Any]) -> list[Drift]:
    """Every disagreement between two bundled request schemas of one model (page's, schema's)."""
    out: list[Drift] = []
    a, b = properties(page), properties(schema)
    for path in sorted(a.keys() - b.keys()):
        out.append(Drift("only-in-page", path))
    for path in sorted(b.keys() - a.keys()):
        out.append(Drift("only-in-schema", path))
    for path in sorted(a.keys() & b.keys()):
        (x, x_req), (y, y_req) = a[path], b[path]
        if x_req != y_req:
            out.append(Drift("required", path, x_req, y_req))
        if _types(x) != _types(y) and _types(x) and _types(y):
            out.append(Drift("type", path, "/".join(_types(x)), "/".join(_types(y))))
        for key in _BOUNDS:
            if x.get(key, _ABSENT) != y.get(key, _ABSENT):
                out.append(Drift(key, path, x.get(key, _ABSENT), y.get(key, _ABSENT)))
        for key in ("const", "default", "format"):
            if x.get(key, _ABSENT) != y.get(key, _ABSENT):
                out.append(Drift(key, path, x.get(key, _ABSENT), y.get(key, _ABSENT)))
        ex, ey = _values(x), _values(y)
        if "const" not in x and "const" not in y and ex != ey and (ex is None or ey is None or set(map(repr, ex))
                                                                   != set(map(repr, ey))):
            out.append(Drift("enum", path, ex if ex is not None else _ABSENT, ey if ey is not None else _ABSENT))
    pa, pb = _pairs(page), _pairs(schema)
    if pa.keys() != pb.keys():
        def show(rows: Any) -> str:
            return ", ".join("x".join(map(str, r)) for r in sorted(rows, key=repr))

        out.append(Drift("dimensions", "width/height", show(pa.keys() - pb.keys()), show(pb.keys() - pa.keys())))
    page_rules, schema_rules = _rules(page), _rules(schema)
    schema_sets = {names for names, _ in schema_rules}
    page_sets = {names for names, _ in page_rules}
    for names, entry in page_rules:
        if names not in schema_sets:
            out.append(Drift("rule-only-in-page", ", ".join(sorted(names)), _label(entry)))
    for names, entry in schema_rules:
        if names not in page_sets:
            out.append(Drift("rule-only-in-schema", ", ".join(sorted(names)), None, _label(entry)))
    for i, constraint in enumerate(schema.get("x-constraints") or []):
        if isinstance(constraint, dict):
            params = ", ".join(str(p) for p in constraint.get("parameters") or [])
            out.append(Drift("rule-only-in-schema", params, None, f"x-constraints/{i}: {constraint.get('operation')}"))
    return out


# -- the merged spec -------------------------------------------------------------------------------

_FROM_PAGE = ("x-anchor", "x-enum-descriptions")


def _raw_nodes(node: Any, prefix: str = "") -> dict[str, dict[str, Any]]:
    """Parameter path -> the node as written in the spec (not through a ``$ref``), to annotate."""
    out: dict[str, dict[str, Any]] = {}
    if not isinstance(node, dict):
        return out
    for key, sub in (node.get("properties") or {}).items():
        if isinstance(sub, dict):
            out[f"{prefix}{key}"] = sub
            if "$ref" not in sub:
                out.update(_raw_nodes(sub, f"{prefix}{key}."))
    return out


def _advisory_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "rule"


def merge(page_spec: dict[str, Any], schema_spec: dict[str, Any], page_request: dict[str, Any],
          schema_request: dict[str, Any]) -> Merged:
    """The schema's spec, with what only the page has (see the module docstring). ``*_request``
    are the bundled request schemas (platform refs resolved) of each spec."""
    drift = compare(page_request, schema_request)
    spec = copy.deepcopy(schema_spec)
    warnings: list[str] = []
    request = spec["request"]
    facts = properties(page_request)
    for path, node in _raw_nodes(request).items():
        if path not in facts:
            continue
        page_node = facts[path][0]
        for key in _FROM_PAGE:
            if key in page_node and key not in node:
                node[key] = page_node[key]
        if "description" in page_node and "description" not in node and "$ref" not in node:
            node["description"] = page_node["description"]
    declared = properties(schema_request)
    advisories = list(request.get("x-advisories") or [])
    ids = {a.get("id") for a in advisories}
    for adv in page_spec["request"].get("x-advisories") or []:
        if adv.get("id") not in ids and str(adv.get("path", "")).split(".")[0] in declared:
            advisories.append(adv)
            ids.add(adv.get("id"))
    schema_sets = {names for names, _ in _rules(schema_request)}
    for names, entry in _rules(page_request):
        if names in schema_sets:
            continue
        if not names <= declared.keys():
            warnings.append(f"the page's rule {_label(entry)} names {', '.join(sorted(names - declared.keys()))}, "
                            "which the schema does not have: left out")
            continue
        body = {k: v for k, v in entry.items() if not k.startswith("x-")}
        source = entry.get("x-source", entry.get("x-rule", "a rule"))
        adv_id = "page-" + _advisory_id(str(entry.get("x-rule", "rule")))
        advisories.append({
            "id": adv_id, "path": min(names),
            "message": f"The docs page states a rule the published schema lacks: {source}",
            "x-source": source, "when": {"not": body},
        })
        ids.add(adv_id)
    if advisories:
        request["x-advisories"] = advisories
    return Merged(spec, drift, warnings)
