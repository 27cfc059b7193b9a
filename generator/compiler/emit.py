"""Emits straight-line Python that validates instances of one JSON Schema document.

Keyword order inside one schema object (why it is fixed):
1. ``$ref``: its target is checked first, as if it were inlined.
2. ``type``: every other keyword that depends on the instance type is emitted inside the type's
   branch, so a wrong type yields one error, not a cascade, and no keyword runs on a type it does
   not apply to.
3. type-specific keywords (strings, numbers, arrays, objects), then ``enum``/``const``.
4. applicators (``allOf``, ``anyOf``, ``oneOf``, ``not``, ``if``): they see the whole instance.

Generated code appends to a list ``errs`` and never raises on a JSON value; error-building code
sits only in failure branches, so a valid instance costs type tests, comparisons and set lookups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..runtime.messages import combination_labels
from .literals import py_literal
from .patterns import translate
from .pointers import escape, resolve
from .writer import Constants, Names, Writer

_TYPE_TEST = {
    "string": "type({v}) is str",
    "integer": "(type({v}) is int or (type({v}) is float and {v}.is_integer()))",
    "number": "(type({v}) is int or (type({v}) is float and {v} - {v} == 0))",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
    "array": "type({v}) is list",
    "object": "type({v}) is dict",
}
_GROUPS = {
    "string": ("minLength", "maxLength", "pattern", "format"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "array": ("minItems", "maxItems", "uniqueItems", "items"),
    "object": ("properties", "required", "additionalProperties", "dependentRequired",
               "minProperties", "maxProperties"),
}
_GROUP_GUARD = {
    "string": "type({v}) is str",
    "number": "(type({v}) is int or type({v}) is float)",
    "array": "type({v}) is list",
    "object": "type({v}) is dict",
}
_ANNOTATION_ONLY = {"title", "description", "default", "examples", "deprecated", "readOnly",
                    "writeOnly", "$comment"}


@dataclass(frozen=True)
class PathExpr:
    """Where the value sits: an optional runtime tuple variable plus static/dynamic parts."""

    base: str | None
    parts: tuple[str, ...]  # Python source snippets

    def child(self, part_src: str) -> PathExpr:
        return PathExpr(self.base, (*self.parts, part_src))

    def src(self) -> str:
        items = ([f"*{self.base}"] if self.base else []) + list(self.parts)
        if not items:
            return "()"
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _is_annotation(key: str) -> bool:
    return key in _ANNOTATION_ONLY or key.startswith("x-")


class SchemaCompiler:
    def __init__(self, root: Any, consts: Constants, names: Names) -> None:
        self.root = root
        self.consts = consts
        self.names = names
        self.functions: list[str] = []
        self._fn_for: dict[str, str] = {}  # schema location -> function name
        self._inlining: list[str] = []  # $ref targets being inlined (cycle detection)
        self.runtime_names: set[str] = set()

    # -- helpers ---------------------------------------------------------------------------
    def rt(self, name: str) -> str:
        self.runtime_names.add(name)
        return name

    def const(self, prefix: str, value: Any) -> str:
        return self.consts.add(prefix, value)

    def err(self, w: Writer, call: str) -> None:
        w.line(f"errs.append({call})")

    # -- entry points ----------------------------------------------------------------------
    def function(self, schema: Any, loc: str, name: str | None = None) -> str:
        """A function ``name(v, path, errs)`` checking ``schema``; one per location."""
        if loc in self._fn_for:
            return self._fn_for[loc]
        fname = name or self.names.fresh("_check_")
        self._fn_for[loc] = fname
        w = Writer(1)
        self.node(schema, loc, "v", PathExpr("path", ()), w)
        body = w.text()
        self.functions.append(
            f"def {fname}(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:\n{body}"
        )
        return fname

    def predicate(self, schema: Any, loc: str) -> str:
        """Source of a boolean expression factory: ``_ok(fn, value)``."""
        return self.function(schema, loc)

    # -- one schema object -----------------------------------------------------------------
    def node(self, s: Any, loc: str, v: str, path: PathExpr, w: Writer) -> None:
        if s is True or (isinstance(s, dict) and all(_is_annotation(k) for k in s)):
            return
        if s is False:
            self.err(w, f"{self.rt('nothing_allowed')}({path.src()}, {v}, {py_literal(loc)})")
            return
        rule = s.get("x-rule")
        if "$ref" in s:
            self.ref(s["$ref"], f"{loc}/$ref", v, path, w)
        types = s.get("type")
        type_list = [types] if isinstance(types, str) else list(types or [])
        if type_list:
            test = " or ".join(_TYPE_TEST[t].format(v=v) for t in type_list)
            if "integer" in type_list and "number" in type_list:
                type_list.remove("integer")
            with w.block(f"if {test}:"):
                self.typed_body(s, loc, v, path, w, type_list)
            with w.block("else:"):
                self.err(w, f"{self.rt('wrong_type')}({path.src()}, {v}, {py_literal(tuple(type_list))}, "
                            f"{py_literal(loc + '/type')}, {py_literal(rule or 'type')})")
        else:
            self.typed_body(s, loc, v, path, w, None)

    def typed_body(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer,
                   types: list[str] | None) -> None:
        groups = []
        for group, keywords in _GROUPS.items():
            if any(k in s for k in keywords):
                groups.append(group)
        for group in groups:
            known = types is not None and len(types) == 1 and (
                types[0] == group or (group == "number" and types[0] == "integer"))
            emit = getattr(self, f"kw_{group}")
            if known:
                emit(s, loc, v, path, w)
            elif types is not None and not any(
                    t == group or (group == "number" and t == "integer") for t in types):
                continue  # the type check already excludes this group
            else:
                with w.block(f"if {_GROUP_GUARD[group].format(v=v)}:"):
                    emit(s, loc, v, path, w)
        if "enum" in s:
            self.kw_enum(s, loc, v, path, w, types)
        if "const" in s:
            self.kw_const(s, loc, v, path, w, types)
        for i, sub in enumerate(s.get("allOf", ())):
            self.node(sub, f"{loc}/allOf/{i}", v, path, w)
        if "anyOf" in s:
            self.kw_union(s, "anyOf", loc, v, path, w)
        if "oneOf" in s:
            self.kw_union(s, "oneOf", loc, v, path, w)
        if "not" in s:
            fn = self.function(s["not"], f"{loc}/not")
            with w.block(f"if _ok({fn}, {v}):"):
                self.err(w, f"{self.rt('forbidden')}({path.src()}, {v}, {py_literal(loc + '/not')}, "
                            f"{py_literal(s.get('x-rule', 'not'))})")
        if "if" in s and ("then" in s or "else" in s):
            self.kw_if(s, loc, v, path, w)

    def rule(self, s: dict[str, Any], keyword: str) -> str:
        return py_literal(s.get("x-rule", keyword))

    # -- $ref ------------------------------------------------------------------------------
    def ref(self, ref: str, loc: str, v: str, path: PathExpr, w: Writer) -> None:
        target = resolve(self.root, ref)
        target_loc = ref[1:]
        if target_loc in self._inlining:
            fn = self.function(target, target_loc)
            with w.block("try:"):
                w.line(f"{fn}({v}, {path.src()}, errs)")
            with w.block("except RecursionError:"):
                self.err(w, f"{self.rt('too_deep')}({path.src()}, {v}, {py_literal(loc)})")
            return
        self._inlining.append(target_loc)
        try:
            self.node(target, target_loc, v, path, w)
        finally:
            self._inlining.pop()

    # -- strings ---------------------------------------------------------------------------
    def kw_string(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer) -> None:
        bounds = {k: s[k] for k in ("minLength", "maxLength") if k in s}
        if bounds:
            n = self.names.fresh("n")
            w.line(f"{n} = len({v})")
            for kw, op in (("minLength", "<"), ("maxLength", ">")):
                if kw in s:
                    with w.block(f"if {n} {op} {s[kw]!r}:"):
                        self.err(w, f"{self.rt('bad_size')}({path.src()}, {v}, {kw!r}, {s[kw]!r}, "
                                    f"{py_literal(bounds)}, {py_literal(loc + '/' + kw)}, {self.rule(s, kw)})")
        if "format" in s:
            fn = self.rt(f"is_{s['format']}")
            with w.block(f"if not {fn}({v}):"):
                self.err(w, f"{self.rt('bad_format')}({path.src()}, {v}, {s['format']!r}, "
                            f"{py_literal(loc + '/format')}, {self.rule(s, 'format')})")
        if "pattern" in s:
            self.rt("re")
            pat = self.consts.add("PATTERN", source=f"re.compile({py_literal(translate(s['pattern']))}).search")
            with w.block(f"if {pat}({v}) is None:"):
                self.err(w, f"{self.rt('no_pattern_match')}({path.src()}, {v}, {py_literal(s['pattern'])}, "
                            f"{py_literal(loc + '/pattern')}, {self.rule(s, 'pattern')})")

    # -- numbers ---------------------------------------------------------------------------
    def kw_number(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer) -> None:
        bounds = {k: s[k] for k in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum") if k in s}
        tests = {"minimum": "not {v} >= {lim}", "maximum": "not {v} <= {lim}",
                 "exclusiveMinimum": "not {v} > {lim}", "exclusiveMaximum": "not {v} < {lim}"}
        for kw in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
            if kw in s:
                lim = py_literal(s[kw])
                with w.block(f"if {tests[kw].format(v=v, lim=lim)}:"):
                    self.err(w, f"{self.rt('out_of_range')}({path.src()}, {v}, {kw!r}, {lim}, "
                                f"{py_literal(bounds)}, {py_literal(loc + '/' + kw)}, {self.rule(s, kw)})")
        if "multipleOf" in s:
            d = py_literal(s["multipleOf"])
            with w.block(f"if not {self.rt('is_multiple_of')}({v}, {d}):"):
                self.err(w, f"{self.rt('not_multiple')}({path.src()}, {v}, {d}, "
                            f"{py_literal(loc + '/multipleOf')}, {self.rule(s, 'multipleOf')})")

    # -- arrays ----------------------------------------------------------------------------
    def kw_array(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer) -> None:
        bounds = {k: s[k] for k in ("minItems", "maxItems") if k in s}
        if bounds:
            n = self.names.fresh("n")
            w.line(f"{n} = len({v})")
            for kw, op in (("minItems", "<"), ("maxItems", ">")):
                if kw in s:
                    with w.block(f"if {n} {op} {s[kw]!r}:"):
                        self.err(w, f"{self.rt('bad_size')}({path.src()}, {v}, {kw!r}, {s[kw]!r}, "
                                    f"{py_literal(bounds)}, {py_literal(loc + '/' + kw)}, {self.rule(s, kw)})")
        if s.get("uniqueItems") is True:
            d = self.names.fresh("dup")
            w.line(f"{d} = {self.rt('first_duplicate')}({v})")
            with w.block(f"if {d} is not None:"):
                self.err(w, f"{self.rt('not_unique')}({path.src()}, {v}, {d}[0], {d}[1], "
                            f"{py_literal(loc + '/uniqueItems')}, {self.rule(s, 'uniqueItems')})")
        if "items" in s and s["items"] is not True:
            i, x = self.names.fresh("i"), self.names.fresh("x")
            with w.block(f"for {i}, {x} in enumerate({v}):"):
                self.node(s["items"], f"{loc}/items", x, path.child(i), w)

    # -- objects ---------------------------------------------------------------------------
    def kw_object(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer) -> None:
        props: dict[str, Any] = s.get("properties", {})
        required = list(dict.fromkeys(s.get("required", [])))
        for key, sub in props.items():
            sub_loc = f"{loc}/properties/{escape(key)}"
            is_required = key in required
            trivial = sub is True or (isinstance(sub, dict) and all(_is_annotation(k) for k in sub))
            if trivial:
                if is_required:
                    with w.block(f"if {py_literal(key)} not in {v}:"):
                        self.missing(s, loc, key, path, w)
                continue
            x = self.names.fresh("x")
            w.line(f"{x} = {v}.get({py_literal(key)}, _MISSING)")
            with w.block(f"if {x} is not _MISSING:"):
                self.node(sub, sub_loc, x, path.child(py_literal(key)), w)
            if is_required:
                with w.block("else:"):
                    self.missing(s, loc, key, path, w)
        for key in required:
            if key not in props:
                with w.block(f"if {py_literal(key)} not in {v}:"):
                    self.missing(s, loc, key, path, w)
        extra = s.get("additionalProperties", True)
        if extra is False:
            known = self.const("KNOWN", frozenset(props))
            with w.block(f"if not {v}.keys() <= {known}:"):
                # One runtime call for all stray keys: it bounds the did-you-mean work per object.
                w.line(f"errs.extend({self.rt('unexpected_keys')}({path.src()}, {v}, {known}, "
                       f"{py_literal(sorted(props))}, {py_literal(loc + '/additionalProperties')}, "
                       f"{self.rule(s, 'additionalProperties')}))")
        elif extra is not True:
            known = self.const("KNOWN", frozenset(props))
            k = self.names.fresh("k")
            with w.block(f"if not {v}.keys() <= {known}:"), w.block(f"for {k} in {v}:"), \
                    w.block(f"if {k} not in {known}:"):
                        self.node(extra, f"{loc}/additionalProperties", f"{v}[{k}]", path.child(k), w)
        for key, deps in s.get("dependentRequired", {}).items():
            with w.block(f"if {py_literal(key)} in {v}:"):
                for dep in deps:
                    with w.block(f"if {py_literal(dep)} not in {v}:"):
                        self.err(w, f"{self.rt('missing_dependency')}({path.src()}, {py_literal(dep)}, "
                                    f"{py_literal(key)}, {py_literal(loc + '/dependentRequired')}, "
                                    f"{self.rule(s, 'dependentRequired')})")
        bounds = {kw: s[kw] for kw in ("minProperties", "maxProperties") if kw in s}
        for kw, op in (("minProperties", "<"), ("maxProperties", ">")):
            if kw in s:
                with w.block(f"if len({v}) {op} {s[kw]!r}:"):
                    self.err(w, f"{self.rt('bad_size')}({path.src()}, {v}, {kw!r}, {s[kw]!r}, "
                                f"{py_literal(bounds)}, {py_literal(loc + '/' + kw)}, {self.rule(s, kw)})")

    def missing(self, s: dict[str, Any], loc: str, key: str, path: PathExpr, w: Writer) -> None:
        self.err(w, f"{self.rt('missing')}({path.src()}, {py_literal(key)}, "
                    f"{py_literal(loc + '/required')}, {self.rule(s, 'required')})")

    # -- enum / const ----------------------------------------------------------------------
    def kw_enum(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer,
                types: list[str] | None) -> None:
        options = s["enum"]
        if options and all(type(o) is str for o in options):
            pool = self.const("ENUM", frozenset(options))
            test = f"{v} not in {pool}" if types == ["string"] else f"type({v}) is not str or {v} not in {pool}"
        else:
            pool = self.const("ENUM", tuple(options))
            test = f"not {self.rt('in_enum')}({v}, {pool})"
        with w.block(f"if {test}:"):
            self.err(w, f"{self.rt('not_in_enum')}({path.src()}, {v}, {py_literal(list(options))}, "
                        f"{py_literal(loc + '/enum')}, {self.rule(s, 'enum')})")

    def kw_const(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer,
                 types: list[str] | None) -> None:
        c = s["const"]
        if type(c) is str:
            test = f"{v} != {py_literal(c)}" if types == ["string"] else \
                f"type({v}) is not str or {v} != {py_literal(c)}"
        else:
            test = f"not {self.rt('json_equal')}({v}, {self.const('CONST', c)})"
        with w.block(f"if {test}:"):
            self.err(w, f"{self.rt('not_const')}({path.src()}, {v}, {py_literal(c)}, "
                        f"{py_literal(loc + '/const')}, {self.rule(s, 'const')})")

    # -- anyOf / oneOf ---------------------------------------------------------------------
    def kw_union(self, s: dict[str, Any], keyword: str, loc: str, v: str, path: PathExpr, w: Writer) -> None:
        branches = s[keyword]
        kloc = f"{loc}/{keyword}"
        rule = self.rule(s, keyword)
        by_type = _disjoint_types(branches)
        if by_type is not None:
            first = True
            for types, i in by_type:
                test = " or ".join(_TYPE_TEST[t].format(v=v) for t in types)
                with w.block(f"{'if' if first else 'elif'} {test}:"):
                    self.node(branches[i], f"{kloc}/{i}", v, path, w)
                first = False
            all_types = tuple(t for types, _ in by_type for t in types)
            with w.block("else:"):
                self.err(w, f"{self.rt('wrong_type')}({path.src()}, {v}, {py_literal(all_types)}, "
                            f"{py_literal(kloc)}, {py_literal(s.get('x-rule', 'type'))})")
            return
        table = _const_table(branches) if keyword == "oneOf" else None
        if table is not None:
            self.const_table(s, table, kloc, v, path, w)
            return
        fns = [self.function(b, f"{kloc}/{i}") for i, b in enumerate(branches)]
        summary = py_literal([b.get("title", f"alternative {i + 1}") if isinstance(b, dict)
                              else f"alternative {i + 1}" for i, b in enumerate(branches)])
        if keyword == "anyOf":
            test = " or ".join(f"_ok({fn}, {v})" for fn in fns) or "False"
            with w.block(f"if not ({test}):"):
                self.err(w, f"{self.rt('not_one_of')}({path.src()}, {v}, 0, {summary}, "
                            f"{py_literal(kloc)}, {rule}, 'anyOf')")
        else:
            m = self.names.fresh("matched")
            w.line(f"{m} = " + (" + ".join(f"_ok({fn}, {v})" for fn in fns) or "0"))
            with w.block(f"if {m} != 1:"):
                self.err(w, f"{self.rt('not_one_of')}({path.src()}, {v}, {m}, {summary}, "
                            f"{py_literal(kloc)}, {rule}, 'oneOf')")

    def const_table(self, s: dict[str, Any], table: tuple[tuple[str, ...], list[tuple[Any, ...]], list[str]],
                    loc: str, v: str, path: PathExpr, w: Writer) -> None:
        keys, rows, labels = table
        counts: dict[tuple[Any, ...], int] = {}
        for row in rows:
            counts[row] = counts.get(row, 0) + 1
        lookup = self.const("ROWS", {row: n for row, n in counts.items()})
        rows_const = self.const("ROWTUPLES", tuple(rows))
        shown = [{"label": lab, **dict(zip(keys, row))} for lab, row in zip(labels, rows)]
        numeric = all(type(c) in (int, float) for row in rows for c in row)
        guard_t = "type({x}) in (int, float)" if numeric else "type({x}) is str"
        present = " and ".join(f"{py_literal(k)} in {v}" for k in keys)
        values = [f"{v}[{py_literal(k)}]" for k in keys]
        guards = " and ".join(guard_t.format(x=x) for x in values)
        tup = "(" + ", ".join(values) + ("," if len(values) == 1 else "") + ")"
        m = self.names.fresh("matched")
        with w.block(f"if type({v}) is dict:"):
            with w.block(f"if {present} and {guards}:"):
                w.line(f"{m} = {lookup}.get({tup}, 0)")
            with w.block("else:"):
                w.line(f"{m} = {self.rt('count_rows')}({v}, {py_literal(keys)}, {rows_const})")
            with w.block(f"if {m} != 1:"):
                table_const = self.const("TABLE", shown)
                labels_text = self.const("LABELS", combination_labels(keys, shown))
                self.err(w, f"{self.rt('bad_combination')}({path.src()}, {v}, {py_literal(keys)}, "
                            f"{table_const}, {labels_text}, {m}, {py_literal(loc)}, {self.rule(s, 'oneOf')})")
        if len(rows) != 1:  # on a non-object every branch matches vacuously
            with w.block("else:"):
                self.err(w, f"{self.rt('not_one_of')}({path.src()}, {v}, {len(rows)}, "
                            f"{py_literal(labels)}, {py_literal(loc)}, {self.rule(s, 'oneOf')}, 'oneOf')")

    # -- if / then / else ------------------------------------------------------------------
    def kw_if(self, s: dict[str, Any], loc: str, v: str, path: PathExpr, w: Writer) -> None:
        cond_schema = s["if"]
        req = _required_only(cond_schema)
        if req is not None:
            test = " and ".join(f"{py_literal(k)} in {v}" for k in req) or "True"
            test = f"type({v}) is not dict or ({test})"
        else:
            test = f"_ok({self.function(cond_schema, f'{loc}/if')}, {v})"
        with w.block(f"if {test}:"):
            if "then" in s:
                self.node(s["then"], f"{loc}/then", v, path, w)
        if "else" in s:
            with w.block("else:"):
                self.node(s["else"], f"{loc}/else", v, path, w)


def _types_of(branch: Any) -> tuple[str, ...] | None:
    if not isinstance(branch, dict) or "type" not in branch:
        return None
    t = branch["type"]
    return (t,) if isinstance(t, str) else tuple(t)


def _disjoint_types(branches: list[Any]) -> list[tuple[tuple[str, ...], int]] | None:
    """Branches that each declare types no other branch can match: dispatch on the JSON type."""
    seen: set[str] = set()
    out = []
    for i, b in enumerate(branches):
        types = _types_of(b)
        if not types:
            return None
        expanded = set(types) | ({"integer"} if "number" in types else set())
        if "integer" in types:
            expanded.add("number")  # integral floats are both: treat the two as overlapping
        if expanded & seen:
            return None
        seen |= expanded
        out.append((types, i))
    return out


def _const_table(branches: list[Any]) -> tuple[tuple[str, ...], list[tuple[Any, ...]], list[str]] | None:
    """``oneOf`` of ``{properties: {a: {const}, b: {const}}}`` rows: a table lookup."""
    keys: tuple[str, ...] | None = None
    rows: list[tuple[Any, ...]] = []
    labels: list[str] = []
    for b in branches:
        if not isinstance(b, dict) or any(k != "properties" and not _is_annotation(k) for k in b):
            return None
        props = b.get("properties")
        if not isinstance(props, dict) or not props:
            return None
        these = tuple(props)
        if keys is None:
            keys = these
        elif these != keys:
            return None
        row = []
        for sub in props.values():
            if not isinstance(sub, dict) or "const" not in sub or any(
                    k != "const" and not _is_annotation(k) for k in sub):
                return None
            row.append(sub["const"])
        if not all(type(c) in (int, float) for c in row) and not all(type(c) is str for c in row):
            return None
        rows.append(tuple(row))
        labels.append(str(b.get("title", "")))
    if keys is None:
        return None
    return keys, rows, labels


def _required_only(schema: Any) -> list[str] | None:
    if isinstance(schema, dict) and all(k == "required" or _is_annotation(k) for k in schema):
        return list(schema.get("required", []))
    return None
