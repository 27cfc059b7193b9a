"""Hypothesis strategies per model, emitted as code specialised to the schema.

``valid_requests()`` draws payloads that satisfy every rule; ``near_misses()`` draws a valid payload
with exactly one defect, labelled with the rule and path the validator must report; ``EDGES`` lists
valid single-field edits at the edges (each bound, each enum value, 1.0 for an integer).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ..compiler.constraints import checkable
from ..compiler.literals import py_literal
from ..compiler.patterns import translate
from ..compiler.pointers import escape
from ..runtime.validation import format_path
from ..spec.model import ModelSpec
from ..spec.schemarefs import resolve as _resolve
from .templating import render_template

DELETE = "__delete__"
_UUID = "9b2f3c1e-8d4a-4f6b-a1c2-3d4e5f6a7b8c"
_URI = "https://example.com/assets/image.png"


@dataclass(frozen=True)
class Defect:
    set_path: tuple[str, ...]
    value: Any  # or DELETE
    rule: str
    path: str
    note: str


def _type(schema: dict[str, Any]) -> str | None:
    t = schema.get("type")
    return t if isinstance(t, str) else None


def _branches(s: dict[str, Any], kw: str) -> list[Any]:
    """The branches of a union, each with what its parent says beside the union (``type: string``
    around an ``anyOf`` of formats): a branch alone would allow any JSON value."""
    outer = {k: v for k, v in s.items() if k not in ("oneOf", "anyOf")}
    return [{**outer, **b} if isinstance(b, dict) else b for b in s[kw]]


# Cross-field rules, at the root or in a nested object, which the per-property strategies do not model.
RULE_KEYWORDS = ("allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas")


def _rule_paths(node: Any, at: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Every property path a rule schema names (through ``properties``, ``required``, ...)."""
    out: set[tuple[str, ...]] = set()
    if not isinstance(node, dict):
        return out
    for name in node.get("required") or []:
        out.add((*at, str(name)))
    for key, deps in (node.get("dependentRequired") or {}).items():
        out.update({(*at, str(key)), *((*at, str(d)) for d in deps or [])})
    for name, sub in (node.get("properties") or {}).items():
        out.add((*at, str(name)))
        out |= _rule_paths(sub, (*at, str(name)))
    for kw in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(kw) or []:
            out |= _rule_paths(sub, at)
    for kw in ("not", "if", "then", "else"):
        out |= _rule_paths(node.get(kw), at)
    return out


class Emitter:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    # -- valid values ----------------------------------------------------------------------
    def strategy(self, schema: Any) -> str:
        s = _resolve(self.root, schema)
        if s is True or not isinstance(s, dict):
            return "_json_values"
        if "const" in s:
            return f"st.just({py_literal(s['const'])})"
        if "enum" in s:
            return f"st.sampled_from({py_literal(list(s['enum']))})"
        for kw in ("oneOf", "anyOf"):
            if kw in s:
                return "st.one_of(" + ", ".join(self.strategy(b) for b in _branches(s, kw)) + ")"
        t = _type(s)
        if t == "integer":
            lo = s.get("minimum", s["exclusiveMinimum"] + 1 if "exclusiveMinimum" in s else None)
            hi = s.get("maximum", s["exclusiveMaximum"] - 1 if "exclusiveMaximum" in s else None)
            step = s.get("multipleOf")
            if isinstance(step, int) and step > 0:
                lo_n = None if lo is None else -(-lo // step)
                hi_n = None if hi is None else hi // step
                return f"st.integers(min_value={lo_n!r}, max_value={hi_n!r}).map(lambda n: n * {step!r})"
            return f"st.integers(min_value={lo!r}, max_value={hi!r})"
        if t == "number" and isinstance(s.get("multipleOf"), (int, float)) and s["multipleOf"] > 0:
            return self._multiples(s)
        if t == "number":
            args = ["allow_nan=False", "allow_infinity=False"]
            for kw, arg, ex in (("minimum", "min_value", None), ("exclusiveMinimum", "min_value", "exclude_min"),
                                ("maximum", "max_value", None), ("exclusiveMaximum", "max_value", "exclude_max")):
                if kw in s:
                    args.append(f"{arg}={float(s[kw])!r}")
                    if ex:
                        args.append(f"{ex}=True")
            return f"st.floats({', '.join(args)})"
        if t == "boolean":
            return "st.booleans()"
        if t == "string":
            if s.get("format") == "uuid":
                return "_uuid4"
            if s.get("format") == "uri":
                return "_uris"
            if "pattern" in s:
                return f"st.from_regex({py_literal(translate(s['pattern']))}, fullmatch=True)"
            return f"st.text(min_size={s.get('minLength', 0)!r}, max_size={s.get('maxLength', 40)!r})"
        if t == "array":
            item = self.strategy(s.get("items", True))
            return f"st.lists({item}, min_size={s.get('minItems', 0)!r}, max_size={s.get('maxItems', 5)!r})"
        if t == "object" or "properties" in s:
            return self.object_strategy(s)
        return "_json_values"

    def _multiples(self, s: dict[str, Any]) -> str:
        """Multiples of ``multipleOf`` within the bounds, kept only where the check that the
        validators share (``is_multiple_of``) agrees: ``29 * 0.01`` is not a multiple of 0.01 in
        floating point, as jsonschema computes it."""
        step = s["multipleOf"]
        lo = s.get("minimum", s.get("exclusiveMinimum"))
        hi = s.get("maximum", s.get("exclusiveMaximum"))
        lo_n = None if lo is None else math.ceil(lo / step)
        hi_n = None if hi is None else math.floor(hi / step)
        checks = [f"_is_multiple_of(x, {step!r})"]
        for kw, op in (("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="), ("exclusiveMaximum", "<")):
            if kw in s:
                checks.append(f"x {op} {s[kw]!r}")
        return (f"st.integers(min_value={lo_n!r}, max_value={hi_n!r}).map(lambda n: n * {step!r})"
                f".filter(lambda x: {' and '.join(checks)})")

    def object_strategy(self, s: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
        props = s.get("properties", {})
        required = set(s.get("required", []))
        req = {k: self.strategy(v) for k, v in props.items() if k in required and k not in skip}
        opt = {k: self.strategy(v) for k, v in props.items() if k not in required and k not in skip}
        req_src = "{" + ", ".join(f"{py_literal(k)}: {v}" for k, v in req.items()) + "}"
        opt_src = "{" + ", ".join(f"{py_literal(k)}: {v}" for k, v in opt.items()) + "}"
        return f"st.fixed_dictionaries({req_src}, optional={opt_src})"

    # -- a fixed valid value -----------------------------------------------------------------
    def example(self, schema: Any) -> Any:
        s = _resolve(self.root, schema)
        if not isinstance(s, dict):
            return None
        if "const" in s:
            return s["const"]
        if "enum" in s:
            return s["enum"][0]
        for kw in ("oneOf", "anyOf"):
            if kw in s:
                return self.example(_branches(s, kw)[-1])
        t = _type(s)
        if t in ("integer", "number"):
            lo = s.get("minimum", s.get("exclusiveMinimum"))
            value = 0 if lo is None else lo + (1 if "exclusiveMinimum" in s else 0)
            step = s.get("multipleOf")
            if step and value % step:
                value += step - value % step
            return value
        if t == "boolean":
            return True
        if t == "string":
            return {"uuid": _UUID, "uri": _URI}.get(s.get("format", ""), "a" * max(1, s.get("minLength", 1)))
        if t == "array":
            return [self.example(s.get("items", True))] * max(1, s.get("minItems", 1))
        if t == "object" or "properties" in s:
            props = s.get("properties", {})
            return {k: self.example(props[k]) for k in s.get("required", []) if k in props}
        return None

    # -- defects and edges -------------------------------------------------------------------
    def walk(self, schema: Any, set_path: tuple[str, ...], wire: tuple[Any, ...], wrap: Any,
             defects: list[Defect], edges: list[tuple[tuple[str, ...], Any]], in_union: bool = False) -> None:
        """``wrap(v)`` builds the value stored at ``set_path`` when the field itself holds ``v``.

        Inside a union branch a value of another type may be valid for a sibling branch, so the
        branch's own wrong-type defects are left out.
        """
        s = _resolve(self.root, schema)
        if not isinstance(s, dict):
            return
        path = format_path(wire)

        def rule(keyword: str) -> str:
            return str(s.get("x-rule", keyword))

        def bad(value: Any, kw: str, note: str, at: str = path) -> None:
            defects.append(Defect(set_path, wrap(value), kw, at, note))

        def ok(value: Any) -> None:
            edges.append((set_path, wrap(value)))

        t = _type(s)
        if "const" in s and isinstance(s["const"], str):
            bad(s["const"] + "-x", rule("const"), "a different constant")
        if "enum" in s:
            for value in s["enum"]:
                ok(value)
            if all(isinstance(v, str) for v in s["enum"]):
                bad("zz-not-allowed", rule("enum"), "outside the enum")
        if t == "integer":
            bad(1.5, rule("type"), "a fraction for an integer")
            bad(True, rule("type"), "true for an integer")
            bad("1", rule("type"), "a string for an integer")
            ok(float(self.example(s)))
        if t == "number":
            bad("1", rule("type"), "a string for a number")
            bad(None, rule("type"), "null for a number")
        if t in ("integer", "number"):
            unit = 1 if t == "integer" else 0.5
            if "minimum" in s:
                ok(s["minimum"])
                bad(s["minimum"] - unit, rule("minimum"), "one below the minimum")
            if "maximum" in s:
                ok(s["maximum"])
                bad(s["maximum"] + unit, rule("maximum"), "one above the maximum")
            if "exclusiveMinimum" in s:
                bad(s["exclusiveMinimum"], rule("exclusiveMinimum"), "at the exclusive minimum")
            if "exclusiveMaximum" in s:
                bad(s["exclusiveMaximum"], rule("exclusiveMaximum"), "at the exclusive maximum")
        if t == "boolean":
            bad(1, rule("type"), "1 for a boolean")
            bad("true", rule("type"), "a string for a boolean")
        if t == "string":
            bad(1, rule("type"), "a number for a string")
            if s.get("format") in ("uuid", "uri"):
                bad("not a " + s["format"], rule("format"), f"not a {s['format']}")
            if "maxLength" in s:
                bad("a" * (s["maxLength"] + 1), rule("maxLength"), "one character too long")
            if s.get("minLength", 0) > 0:
                bad("a" * (s["minLength"] - 1), rule("minLength"), "one character too short")
        if t == "array":
            item = s.get("items", True)
            bad({"not": "an array"}, rule("type"), "an object for an array")
            if "maxItems" in s:
                ok([self.example(item)] * s["maxItems"])
                bad([self.example(item)] * (s["maxItems"] + 1), rule("maxItems"), "one item too many")
            if s.get("minItems", 0) > 0:
                bad([self.example(item)] * (s["minItems"] - 1), rule("minItems"), "one item too few")
            branches = item.get("oneOf") if isinstance(item, dict) else None
            # Item defects sit at index 0 of an array as short as minItems allows.
            fill = [self.example(item)] * (max(1, s.get("minItems", 0)) - 1)
            for b in branches or [item]:
                self.walk(b, set_path, (*wire, 0), lambda v, w=wrap, f=fill: w([v, *f]), defects,
                          edges, in_union=branches is not None)
        if t == "object" or "properties" in s:
            props = s.get("properties", {})
            required = s.get("required", [])
            base = self.example(s)
            if wire and not in_union:
                bad("an object was expected", rule("type"), "a string for an object")
            for key in required:
                if key in props:
                    if wire:
                        broken = {k: v for k, v in base.items() if k != key}
                        defects.append(Defect(set_path, wrap(broken), rule("required"),
                                              format_path((*wire, key)), f"{key} missing"))
                    else:
                        defects.append(Defect((key,), DELETE, rule("required"), key, f"{key} missing"))
            if s.get("additionalProperties", True) is False and props:
                key = min(props)
                stray = key[:-1] + ("x" if key[-1] != "x" else "y")
                if wire:
                    defects.append(Defect(set_path, wrap({**base, stray: 1}), rule("additionalProperties"),
                                          format_path((*wire, stray)), "a misspelt key"))
                else:
                    defects.append(Defect((stray,), 1, rule("additionalProperties"), stray, "a misspelt key"))
            for key, sub in props.items():
                if wire:
                    self.walk(sub, set_path, (*wire, key),
                              lambda v, w=wrap, k=key, b=base: w({**b, k: v}), defects, edges)
                else:
                    self.walk(sub, (*set_path, key), (key,), lambda v: v, defects, edges)


def _table_entry(root: dict[str, Any]) -> dict[str, Any] | None:
    """The ``allOf`` entry whose ``then`` lists the allowed dimension pairs, if any."""
    for entry in root.get("allOf", []):
        then = entry.get("then") if isinstance(entry, dict) else None
        if isinstance(then, dict) and isinstance(then.get("oneOf"), list):
            found: dict[str, Any] = entry
            return found
    return None


def _dimension_table(root: dict[str, Any]) -> tuple[tuple[str, str], list[tuple[Any, Any]]] | None:
    entry = _table_entry(root)
    if entry is None:
        return None
    then = entry["then"]
    rows = []
    for b in then["oneOf"]:
        props = b.get("properties", {})
        if len(props) != 2:
            return None
        rows.append(tuple(p["const"] for p in props.values()))
    keys = tuple(then["oneOf"][0]["properties"])
    return (keys[0], keys[1]), rows


def _unmodelled_rules(root: dict[str, Any], table: Any) -> list[Any]:
    """The root's cross-field rules that the drawn payloads do not satisfy by construction: all
    but the dimension table (drawn from its pairs) and pairings of always-required fields."""
    required = set(root.get("required", []))
    out: list[Any] = [{kw: root[kw]} for kw in RULE_KEYWORDS if kw in root and kw != "allOf"]
    for entry in root.get("allOf", []):
        if table is not None and entry is _table_entry(root):
            continue
        rules = {k: v for k, v in entry.items() if not k.startswith("x-")} if isinstance(entry, dict) else {}
        pairs = rules.get("dependentRequired")
        if set(rules) == {"dependentRequired"} and isinstance(pairs, dict) and all(
                k in required and set(v) <= required for k, v in pairs.items()):
            continue
        out.append(entry)
    return out


def _rule_objects(root: dict[str, Any], table: Any, sizes: tuple[str, ...]) -> list[Any]:
    """(schema pointer, instance path, paths the rules name) of every object whose cross-field
    rules the drawn payloads do not meet by construction: the root's (``x-constraints`` of sizes
    included) and those of the objects nested in it, found through ``properties`` and ``$ref``s.
    The validator's errors name the same pointers, so the mending loop knows which to mend."""
    out: list[Any] = []

    def walk(node: Any, ptr: str, path: tuple[str, ...], depth: int) -> None:
        if depth > 20:
            return
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            ptr = node["$ref"][1:]
        s = _resolve(root, node)
        if not isinstance(s, dict) or not (_type(s) == "object" or "properties" in s):
            return
        rules = _unmodelled_rules(root, table) if not path else [{k: s[k]} for k in RULE_KEYWORDS if k in s]
        named = {(*path, *q) for q in _rule_paths({"allOf": rules})} if rules else set()
        if not path and sizes:
            named |= {(k,) for k in sizes}
        if named:
            out.append((ptr, path, sorted(named)))
        for key, sub in (s.get("properties") or {}).items():
            walk(sub, f"{ptr}/properties/{escape(key)}", (*path, key), depth + 1)

    walk(root, "", (), 0)
    return out


def _fields(em: Emitter, root: dict[str, Any]) -> dict[tuple[str, ...], str]:
    """Every optional property, at any depth (through ``properties``), with its strategy: what the
    mending loop may add or drop."""
    out: dict[tuple[str, ...], str] = {}

    def walk(node: Any, path: tuple[str, ...], depth: int) -> None:
        s = _resolve(root, node)
        if depth > 20 or not isinstance(s, dict):
            return
        required = set(s.get("required") or [])
        for key, sub in (s.get("properties") or {}).items():
            if key not in required:
                out[path + (key,)] = em.strategy(sub)
            walk(sub, (*path, key), depth + 1)

    walk(root, (), 0)
    return out


def _sizes(root: dict[str, Any], table: Any) -> tuple[list[str], Any] | None:
    """The two top-level numbers an ``x-constraints`` area or ratio ties together, with the values
    they may take jointly: the table's rows that meet the constraints, else, for two bounded
    integers, each first value that has a second one and the range of that second value (in
    steps). None when there is no such constraint (or it cannot be drawn constructively, or the
    ranges hold over a million pairs: the mending loop meets the constraint then)."""
    found = [c for _, c in checkable(root) if all("." not in p for p in c["parameters"])]
    if not found or len({tuple(c["parameters"]) for c in found}) != 1:
        return None
    a_key, b_key = found[0]["parameters"]

    def holds(a: Any, b: Any) -> bool:
        for c in found:
            value = a * b if c["operation"] == "area" else (a / b if b else None)
            if value is None or ("minimum" in c and value < c["minimum"]) or ("maximum" in c and value > c["maximum"]):
                return False
        return True

    if table is not None:
        keys, rows = table
        if list(keys) != [a_key, b_key]:
            return None
        return [a_key, b_key], {"rows": [list(r) for r in rows if holds(*r)]}
    sa = _resolve(root, root["properties"][a_key])
    sb = _resolve(root, root["properties"][b_key])
    steps = []
    for sch in (sa, sb):
        step = sch.get("multipleOf", 1)
        lo, hi = sch.get("minimum"), sch.get("maximum")
        if _type(sch) != "integer" or not isinstance(step, int) or lo is None or hi is None:
            return None
        steps.append((step, -(-lo // step), hi // step))
    (step_a, lo_a, hi_a), (step_b, lo_b, hi_b) = steps
    if (hi_a - lo_a + 1) * (hi_b - lo_b + 1) > 1_000_000:  # bounds render time (about half a second)
        return None
    ranges: dict[int, list[int]] = {}
    for n in range(lo_a, hi_a + 1):
        ok = [m for m in range(lo_b, hi_b + 1) if holds(n * step_a, m * step_b)]
        if ok and ok == list(range(ok[0], ok[-1] + 1)):
            ranges[n * step_a] = [ok[0], ok[-1]]
    return [a_key, b_key], {"ranges": ranges, "step": step_b}


def _pairing(root: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    for entry in root.get("allOf", []):
        if isinstance(entry, dict) and "dependentRequired" in entry:
            for key, deps in entry["dependentRequired"].items():
                for dep in deps:
                    out.append((key, dep, entry.get("x-rule", "dependentRequired")))
    return out


def build(model: ModelSpec) -> dict[str, Any]:
    root = model.request_schema
    em = Emitter(root)
    table = _dimension_table(root)
    sized = _sizes(root, table)
    pairs: dict[str, Any] | None = None
    if sized:
        pairs = {"keys": sized[0], **sized[1]}
    elif table:
        pairs = {"keys": list(table[0]), "rows": [list(r) for r in table[1]]}
    skip: tuple[str, ...] = tuple(pairs["keys"]) if pairs else ()
    objects = _rule_objects(root, table, tuple(sized[0]) if sized else ())
    props, required = root.get("properties", {}), set(root.get("required", []))
    parts = {part: "{" + ", ".join(f"{py_literal(k)}: {em.strategy(v)}" for k, v in props.items()
                                   if (k in required) == (part == "required") and k not in skip) + "}"
             for part in ("required", "optional")}
    # With rules to mend (see the template), the properties are named once, as module constants.
    request = ("st.fixed_dictionaries(_REQUIRED, optional=_OPTIONAL)" if objects
               else em.object_strategy(root, skip=skip))
    defects: list[Defect] = []
    edges: list[tuple[tuple[str, ...], Any]] = []
    em.walk(root, (), (), lambda v: v, defects, edges)
    for key, dep, rule in _pairing(root):
        if key in required and dep in required:
            defects.append(Defect((dep,), DELETE, rule, dep, f"{key} without {dep}"))
    if table:
        (a, b), rows = table
        defects.append(Defect((a,), max(r[0] for r in rows) + 1, "dimensions", "", "a width outside the table"))
        defects.append(Defect((b,), max(r[1] for r in rows) + 1, "dimensions", "", "a height outside the table"))
        defects = [d for d in defects if not (d.set_path in ((a,), (b,)) and d.rule in ("minimum", "maximum"))]
    # Edits at the edges are valid alone only where no cross-field rule looks: a rule naming a
    # field, or an object holding it, may turn on what the edit changes.
    named = {tuple(q) for _, _, names in objects for q in names}
    edges = [e for e in edges
             if not any(e[0][:len(q)] == q or q[:len(e[0])] == e[0] for q in named)]
    fields = _fields(em, root) if objects else {}
    response_root = model.response_schema
    return {
        "request": request,
        "cross_field": bool(objects),
        "parts": parts,
        "fields": "{" + ", ".join(f"{py_literal(k)}: {v}" for k, v in fields.items()) + "}",
        "rules": [(ptr, tuple(path), [tuple(n) for n in names]) for ptr, path, names in objects],
        # Sizes (a dimension table or sizes tied by x-constraints) of optional keys are drawn or not.
        "pairs_optional": bool(pairs) and not set(pairs["keys"]) <= required if pairs else False,
        "pairs": pairs,
        "keywords": (*RULE_KEYWORDS, "x-constraints"),
        "response": Emitter(response_root).object_strategy(response_root),
        "defects": [(d.set_path, d.value, d.rule, d.path, d.note) for d in defects],
        "edges": [e for e in edges if e[0] not in tuple((k,) for k in skip)],
        "delete": DELETE,
    }


def render(model: ModelSpec) -> str:
    return render_template("model/strategies.py.jinja", model=model, s=build(model))
