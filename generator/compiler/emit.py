"""Emits straight-line Python that validates instances of one JSON Schema document.

Keyword order inside one schema object (why it is fixed):
1. ``$ref`` / ``$dynamicRef``: the target is checked first, as if it were inlined (small targets
   are; recursive or large ones become functions).
2. ``type``: every keyword that depends on the instance type is emitted inside the type's branch,
   so a wrong type yields one error, not a cascade, and no keyword runs on a type it does not
   apply to.
3. type-specific keywords (strings, numbers, arrays, objects; ``unevaluated*`` last in their
   group), then ``enum`` / ``const``.
4. applicators (``allOf``, ``anyOf``, ``oneOf``, ``not``, ``if``): they see the whole instance.

Error-building code sits only in failure branches, so a valid instance costs type tests,
comparisons and set lookups. See ``base.py`` for the three kinds of generated function.

Recursion: a ``$ref`` that leads back to a schema already being inlined becomes a function call.
Every reference is an edge of a graph; an edge "consumes" when the instance got smaller on the
way (a property, an item). A cycle of edges that consume nothing would recurse forever on one
value, so it is refused at compile time; the others are bounded by the instance's depth, and a
nesting deeper than Python's stack is reported as a ``depth`` error, never raised.
"""

from __future__ import annotations

import re
from typing import Any

from . import uri as uris
from .annotations import Annotations
from .base import (
    FAIL_RETURN,
    GROUP_GUARD,
    GROUPS,
    TYPE_TEST,
    Options,
    PathExpr,
    negated_type_test,
    sub,
    type_test,
)
from .errors import UnsupportedSchema
from .kw_arrays import ArrayKeywords
from .kw_combinators import Combinators
from .kw_objects import ObjectKeywords
from .kw_values import ValueKeywords
from .literals import py_literal
from .pointers import escape
from .resources import Dyn, Index, Loc
from .vocabulary import COMPATIBILITY, VOCABULARIES
from .writer import Constants, Names, Writer

__all__ = ["Emitter", "Options", "PathExpr"]

_KEYWORD_VOCAB = {kw: vocab for vocab, kws in VOCABULARIES.items() for kw in kws} | {
    kw: "applicator" for kw in COMPATIBILITY}
_GROUP_TYPES = {"string": {"string"}, "number": {"integer", "number"}, "array": {"array"}, "object": {"object"}}
_SIMPLE = frozenset(("type", "enum", "const", "required", "minLength", "maxLength", "pattern", "format",
                     "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems",
                     "maxItems", "minProperties", "maxProperties", "uniqueItems"))
_SIMPLE_NESTED = frozenset(("properties", "allOf", "anyOf", "oneOf", "not", "if", "then", "else"))
_CALLS = re.compile(r"\b_[bl]c?\d+\(")
_INLINE_LIMIT = 40  # schema objects: larger $ref targets become functions
_MAX_NESTING = 30  # indentation levels: deeper subschemas become functions

Key = tuple[Loc, Dyn]


def _group_match(types: list[str] | None, group: str) -> str:
    if types is None:
        return "maybe"
    wanted = _GROUP_TYPES[group]
    hits = [t in wanted for t in types]
    return "yes" if all(hits) else "no" if not any(hits) else "maybe"


def _covers(known: list[str] | None, types: list[str]) -> bool:
    """Every value of a ``known`` type is accepted by the ``types`` test."""
    if known is None:
        return False
    return all(t in types or (t == "integer" and "number" in types) for t in known)


class Emitter(ValueKeywords, ObjectKeywords, ArrayKeywords, Combinators, Annotations):
    def __init__(self, index: Index, consts: Constants, names: Names, opts: Options) -> None:
        self.index = index
        self.consts = consts
        self.names = names
        self.opts = opts
        self.runtime_names = set()
        self.depth = 0
        self.functions: list[str] = []
        self.fn_for: dict[tuple[str, Loc, Dyn], str] = {}
        self.frames: list[tuple[Key, int]] = []
        self.edges: dict[tuple[Key, Key], tuple[bool, str]] = {}
        self._kw: dict[Loc, dict[str, Any]] = {}
        self._size: dict[Loc, int] = {}

    # -- schema facts -----------------------------------------------------------------------
    def keywords(self, loc: Loc) -> dict[str, Any]:
        """The keywords of the schema at ``loc`` that take effect (annotations and unknown ones dropped)."""
        got = self._kw.get(loc)
        if got is not None:
            return got
        s = self.index.node(loc)
        out: dict[str, Any] = {}
        if isinstance(s, dict):
            vocabs = self.index.vocabularies(loc)
            for key, value in s.items():
                voc = "format-annotation" if key == "format" else _KEYWORD_VOCAB.get(key)
                if voc is None or voc in ("meta-data", "content"):
                    continue
                if voc == "core":
                    if key in ("$ref", "$dynamicRef"):
                        out[key] = value
                    continue
                if voc != "format-annotation" and voc not in vocabs:
                    continue
                out[key] = value
        self._kw[loc] = out
        return out

    def always_true(self, loc: Loc) -> bool:
        s = self.index.node(loc)
        return s is True or (isinstance(s, dict) and not self.keywords(loc))

    def types(self, k: dict[str, Any]) -> list[str]:
        t = k.get("type")
        if isinstance(t, str):
            return [t] if t in TYPE_TEST else []
        if isinstance(t, list):
            return [x for x in t if x in TYPE_TEST]
        return []

    def size(self, loc: Loc) -> int:
        """Schema objects under ``loc``, references followed (capped just above the inlining limit):
        what inlining it would copy. Following references keeps a chain of small schemas that each
        use the previous one twice from inlining 2^n copies."""
        got = self._size.get(loc)
        if got is not None:
            return got
        self._size[loc] = _INLINE_LIMIT + 1  # while counting: a reference back here is "too big"
        total = 0
        stack: list[tuple[Any, str]] = [(self.index.node(loc), loc[1])]
        while stack and total <= _INLINE_LIMIT:
            node, ptr = stack.pop()
            if isinstance(node, dict):
                total += 1
                for key in ("$ref", "$dynamicRef"):
                    ref = node.get(key)
                    if isinstance(ref, str):
                        try:
                            target, _ = self.index.resolve(ref, (loc[0], ptr))
                        except LookupError:
                            continue
                        total += self.size(target)
                stack.extend((v, f"{ptr}/{escape(str(k))}") for k, v in node.items() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend((v, f"{ptr}/{i}") for i, v in enumerate(node) if isinstance(v, (dict, list)))
        self._size[loc] = min(total, _INLINE_LIMIT + 1)
        return self._size[loc]

    # -- dynamic scope ------------------------------------------------------------------------
    def enter(self, loc: Loc, dyn: Dyn) -> Dyn:
        self.index.base(loc)
        if not self.index.is_resource_root(loc):
            return dyn
        return self.enter_resource(self.index.resource_of[loc], dyn)

    def enter_resource(self, resource: str, dyn: Dyn) -> Dyn:
        names = sorted((name, target) for (res, name), target in self.index.dynamic_anchors.items()
                       if res == resource)
        if not names:
            return dyn
        bound = dict(dyn)
        changed = False
        for name, target in names:
            if name not in bound:  # the outermost resource defining a name keeps it
                bound[name] = target
                changed = True
        return tuple(sorted(bound.items())) if changed else dyn

    # -- references -------------------------------------------------------------------------
    def follow(self, loc: Loc, dyn: Dyn, keyword: str) -> tuple[Loc, Dyn]:
        ref = self.keywords(loc)[keyword]
        where = self.index.display(sub(loc, keyword))
        if not isinstance(ref, str):
            raise UnsupportedSchema(where, keyword, f"{keyword} must be a string")
        try:
            target, absolute = self.index.resolve(ref, loc)
        except LookupError as exc:
            raise UnsupportedSchema(where, keyword, f"{keyword} {ref!r} does not resolve: {exc}") from None
        if keyword == "$dynamicRef":
            head, frag = uris.defrag(absolute)
            if frag and not frag.startswith("/") and (head, frag) in self.index.dynamic_anchors:
                target = dict(dyn).get(frag, target)
        self.index.base(target)
        tdyn = self.enter_resource(self.index.resource_of[target], dyn)
        self._edge((target, tdyn), where)
        return target, tdyn

    def _edge(self, dst: Key, where: str) -> None:
        src, start = self.frames[-1]
        consumed = self.depth > start
        old = self.edges.get((src, dst))
        if old is None or (old[0] and not consumed):
            self.edges[(src, dst)] = (consumed, where)

    def _inline(self, key: Key) -> bool:
        return all(key != f[0] for f in self.frames) and self.size(key[0]) <= _INLINE_LIMIT

    def ref_e(self, loc: Loc, dyn: Dyn, keyword: str, v: str, path: PathExpr, w: Writer,
              known: list[str] | None = None) -> None:
        target, tdyn = self.follow(loc, dyn, keyword)
        if self._inline((target, tdyn)):
            self.frames.append(((target, tdyn), self.depth))
            try:
                self.node_e_known(target, tdyn, v, path, w, known)
            finally:
                self.frames.pop()
            return
        fn = self.call("e", target, tdyn, self.index.display(sub(loc, keyword)))
        with w.block("try:"):
            w.line(f"{fn}({v}, {path.src()}, errs)")
        with w.block("except RecursionError:"):
            self.err(w, "too_deep", path.src(), v, self.where(loc, keyword))

    def ref_b(self, loc: Loc, dyn: Dyn, keyword: str, v: str, w: Writer, fail: tuple[str, ...],
              known: list[str] | None = None) -> None:
        target, tdyn = self.follow(loc, dyn, keyword)
        if self._inline((target, tdyn)):
            self.frames.append(((target, tdyn), self.depth))
            try:
                self.node_b_known(target, tdyn, v, w, fail, known)
            finally:
                self.frames.pop()
            return
        fn = self.call("b", target, tdyn, self.index.display(sub(loc, keyword)))
        with w.block(f"if not {fn}({v}):"):
            w.all(fail)

    # -- functions --------------------------------------------------------------------------
    def call(self, mode: str, loc: Loc, dyn: Dyn, where: str) -> str:
        if mode in ("e", "b"):  # annotation functions follow the same edges as these two
            self._edge((loc, dyn), where)
        key = (mode, loc, dyn)
        name = self.fn_for.get(key)
        if name is not None:
            return name
        name = self.fresh(f"_{mode}")
        self.fn_for[key] = name
        saved = self.depth, self.frames
        self.depth, self.frames = 0, [((loc, dyn), 0)]
        w = Writer(1)
        try:
            if mode == "e":
                self.node_e(loc, dyn, "v", PathExpr("path", ()), w)
                head = f"def {name}(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:"
                if w.empty():
                    w.line("pass")
            elif mode == "b":
                body = Writer(2)
                self.node_b(loc, dyn, "v", body, FAIL_RETURN)
                if any("[" in line for line in body.lines):  # a subscript may meet a missing key
                    w.line("try:")
                    w.lines.extend(body.lines)
                    w.line("except KeyError:  # a required property is missing")
                    w.line("    return False")
                else:
                    w.lines.extend(line[4:] for line in body.lines)
                w.line("return True")
                head = f"def {name}(v: Any) -> bool:"
            else:
                self.ann_body(loc, dyn, w, own=(mode == "l"))
                head = f"def {name}(v: Any) -> Any:"
        finally:
            self.depth, self.frames = saved
        self.functions.append(f"{head}\n{w.text()}")
        return name

    def pred(self, loc: Loc, dyn: Dyn, v: str, known: list[str] | None = None) -> str:
        s = self.index.node(loc)
        if s is True or self.always_true(loc):
            return "True"
        if s is False or not isinstance(s, dict):
            return "False"
        expr = self.simple(loc, v, known)
        if expr is not None:
            return expr
        return f"{self.call('b', loc, dyn, self.index.display(loc))}({v})"

    def guarded(self, w: Writer, expr: str, loc: Loc, keyword: str, v: str, path: PathExpr) -> str:
        """``expr`` bound to a name, with a RecursionError from a called function reported, not raised."""
        if not _CALLS.search(expr):
            return f"({expr})"
        t = self.fresh("t")
        with w.block("try:"):
            w.line(f"{t}: Any = {expr}")
        with w.block("except RecursionError:"):
            w.line(f"{t} = False")
            self.err(w, "too_deep", path.src(), v, self.where(loc, keyword))
        return t

    def simple(self, loc: Loc, v: str, known_before: list[str] | None = None, depth: int = 0) -> str | None:
        """A single expression for schemas of plain value checks (type, bounds, enum, required, and
        properties whose schemas are such checks). ``v`` may be a subscript: it is only read."""
        k = self.keywords(loc)
        if not set(k) <= _SIMPLE | (_SIMPLE_NESTED if depth < 3 else set()):
            return None
        narrowed = (self.types(k) or known_before) if not (self.types(k) and _covers(known_before, self.types(k))) \
            else known_before
        in_place = self._simple_in_place(loc, k, v, narrowed, depth)
        if in_place is None:
            return None
        props = k.get("properties")
        prop_tests: list[str] = []
        if isinstance(props, dict):
            for key in props:
                sub_loc = sub(loc, "properties", key)
                if self.always_true(sub_loc):
                    continue
                value = f"{v}[{py_literal(key)}]"
                expr = "False" if self.index.node(sub_loc) is False else self.simple(sub_loc, value, None, depth + 1)
                if expr is None:
                    return None
                prop_tests.append(f"({py_literal(key)} not in {v} or {expr})")
        types = self.types(k)
        if types and _covers(known_before, types):
            types = []
        parts = [f"({type_test(types, v, self.bounded(k))})"] if types else []
        known = types or known_before
        for group in ("string", "number", "array", "object"):
            conds = self._conditions(group, loc, k, v, prop_tests)
            match = _group_match(known, group)
            if not conds or match == "no":
                continue
            body = " and ".join(conds)
            parts.append(body if match == "yes" else f"(not {GROUP_GUARD[group].format(v=v)} or ({body}))")
        if "enum" in k and isinstance(k["enum"], list):
            parts.append(self.enum_test(k["enum"], v, known))
        if "const" in k:
            parts.append(self.const_test(k["const"], v, known))
        parts.extend(in_place)
        return "(" + " and ".join(parts) + ")" if parts else "True"

    def _simple_in_place(self, loc: Loc, k: dict[str, Any], v: str, known: list[str] | None,
                         depth: int) -> list[str] | None:
        """allOf / anyOf / oneOf / not / if of simple schemas, as expressions on the same value."""
        def one(sub_loc: Loc) -> str | None:
            node = self.index.node(sub_loc)
            if node is True or self.always_true(sub_loc):
                return "True"
            if node is False:
                return "False"
            return self.simple(sub_loc, v, known, depth + 1)

        out: list[str] = []
        for keyword in ("allOf", "anyOf", "oneOf"):
            items = k.get(keyword)
            if not isinstance(items, list):
                continue
            exprs = [one(sub(loc, keyword, i)) for i in range(len(items))]
            if any(e is None for e in exprs):
                return None
            parts = [e for e in exprs if e is not None]
            if keyword == "allOf":
                out.extend(parts)
            elif keyword == "anyOf":
                out.append("(" + " or ".join(parts) + ")" if parts else "False")
            else:
                out.append("(" + " + ".join(f"({e})" for e in parts) + " == 1)" if parts else "False")
        if "not" in k:
            expr = one(sub(loc, "not"))
            if expr is None:
                return None
            out.append(f"(not {expr})")
        if "if" in k and ("then" in k or "else" in k):
            cond = one(sub(loc, "if"))
            then = one(sub(loc, "then")) if "then" in k else "True"
            other = one(sub(loc, "else")) if "else" in k else "True"
            if cond is None or then is None or other is None:
                return None
            out.append(f"({then} if {cond} else {other})")
        return out

    def _conditions(self, group: str, loc: Loc, k: dict[str, Any], v: str, prop_tests: list[str]) -> list[str]:
        out = []
        if group == "string":
            for kw, op in (("minLength", ">="), ("maxLength", "<=")):
                if kw in k:
                    out.append(f"len({v}) {op} {k[kw]!r}")
            if isinstance(k.get("pattern"), str):
                out.append(f"{self.pattern_source(k['pattern'])}({v}) is not None")
            fmt = self.format_checked(loc, k)
            if fmt is not None:
                out.append(self.format_test(fmt, v))
        elif group == "number":
            for kw, op in (("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="),
                           ("exclusiveMaximum", "<")):
                if kw in k:
                    out.append(f"{v} {op} {py_literal(k[kw])}")
            if "multipleOf" in k:
                out.append(f"{self.rt('is_multiple_of')}({v}, {py_literal(k['multipleOf'])})")
        elif group == "array":
            for kw, op in (("minItems", ">="), ("maxItems", "<=")):
                if kw in k:
                    out.append(f"len({v}) {op} {k[kw]!r}")
            if k.get("uniqueItems") is True:
                out.append(f"{self.rt('first_duplicate')}({v}) is None")
        else:
            req = k.get("required")
            for key in (req if isinstance(req, list) else []):
                out.append(f"{py_literal(key)} in {v}")
            out.extend(prop_tests)
            for kw, op in (("minProperties", ">="), ("maxProperties", "<=")):
                if kw in k:
                    out.append(f"len({v}) {op} {k[kw]!r}")
        return out

    # -- one schema object, error mode ------------------------------------------------------
    def node_e(self, loc: Loc, dyn: Dyn, v: str, path: PathExpr, w: Writer) -> None:
        self.node_e_known(loc, dyn, v, path, w, None)

    def node_e_known(self, loc: Loc, dyn: Dyn, v: str, path: PathExpr, w: Writer, known: list[str] | None) -> None:
        s = self.index.node(loc)
        if s is True or self.always_true(loc):
            return
        if not isinstance(s, dict):
            self.err(w, "nothing_allowed", path.src(), v, self.where(loc))
            return
        if w.depth > _MAX_NESTING:  # Python refuses code indented more than 100 levels
            fn = self.call("e", loc, dyn, self.index.display(loc))
            with w.block("try:"):
                w.line(f"{fn}({v}, {path.src()}, errs)")
            with w.block("except RecursionError:"):
                self.err(w, "too_deep", path.src(), v, self.where(loc))
            return
        dyn = self.enter(loc, dyn)
        k = self.keywords(loc)
        for keyword in ("$ref", "$dynamicRef"):
            if keyword in k:
                self.ref_e(loc, dyn, keyword, v, path, w, known)
        types = self.types(k)
        if types and not _covers(known, types):
            with w.block(f"if {type_test(types, v)}:"):
                self.typed_e(loc, dyn, k, s, v, path, w, types)
            shown = [t for t in types if not (t == "integer" and "number" in types)]
            with w.block("else:"):
                self.err(w, "wrong_type", path.src(), v, py_literal(tuple(shown)), self.where(loc, "type"),
                         self.rule(s, "type"))
        else:
            self.typed_e(loc, dyn, k, s, v, path, w, known if known is not None else (types or None))

    def typed_e(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr,
                w: Writer, types: list[str] | None) -> None:
        for group, keywords in GROUPS.items():
            if not any(kw in k for kw in keywords):
                continue
            match = _group_match(types, group)
            if match == "no":
                continue
            if match == "yes":
                self._group_e(group, loc, dyn, k, s, v, path, w)
            else:
                with w.block(f"if {GROUP_GUARD[group].format(v=v)}:"):
                    self._group_e(group, loc, dyn, k, s, v, path, w)
        self.enum_const_e(loc, k, s, v, path, w, types)
        self.applicators_e(loc, dyn, k, s, v, path, w, types)

    def _group_e(self, group: str, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str,
                 path: PathExpr, w: Writer) -> None:
        if group == "string":
            self.string_e(loc, k, s, v, path, w)
        elif group == "number":
            self.number_e(loc, k, s, v, path, w)
        elif group == "array":
            self.array_e(loc, dyn, k, s, v, path, w)
            if "unevaluatedItems" in k:
                self.unevaluated_items(loc, dyn, k, s, v, path, w, FAIL_RETURN)
        else:
            self.object_e(loc, dyn, k, s, v, path, w)
            if "unevaluatedProperties" in k:
                self.unevaluated_props(loc, dyn, k, s, v, path, w, FAIL_RETURN)

    # -- one schema object, boolean mode ----------------------------------------------------
    def node_b(self, loc: Loc, dyn: Dyn, v: str, w: Writer, fail: tuple[str, ...]) -> None:
        self.node_b_known(loc, dyn, v, w, fail, None)

    def node_b_known(self, loc: Loc, dyn: Dyn, v: str, w: Writer, fail: tuple[str, ...],
                     known: list[str] | None) -> None:
        s = self.index.node(loc)
        if s is True or self.always_true(loc):
            return
        if not isinstance(s, dict):
            w.all(fail)
            return
        if w.depth > _MAX_NESTING:
            with w.block(f"if not {self.call('b', loc, dyn, self.index.display(loc))}({v}):"):
                w.all(fail)
            return
        dyn = self.enter(loc, dyn)
        k = self.keywords(loc)
        for keyword in ("$ref", "$dynamicRef"):
            if keyword in k:
                self.ref_b(loc, dyn, keyword, v, w, fail, known)
        types = self.types(k)
        fails: list[str] = []
        if types and not _covers(known, types):
            fails.append(negated_type_test(types, v, self.bounded(k)))
            effective: list[str] | None = types
        else:
            effective = known if known is not None else (types or None)
        for group in ("string", "number"):
            if not any(kw in k for kw in GROUPS[group]):
                continue
            match = _group_match(effective, group)
            tests = self.string_fails(loc, k, v) if group == "string" else self.number_fails(k, v)
            if match == "no" or not tests:
                continue
            body = " or ".join(tests)
            fails.append(body if match == "yes" else f"({GROUP_GUARD[group].format(v=v)} and ({body}))")
        fails += self.enum_const_fails(k, v, effective)
        if fails:
            with w.block(f"if {' or '.join(fails)}:"):
                w.all(fail)
        for group in ("array", "object"):
            if not any(kw in k for kw in GROUPS[group]):
                continue
            match = _group_match(effective, group)
            if match == "no":
                continue
            if match == "yes":
                self._group_b(group, loc, dyn, k, s, v, w, fail)
            else:
                with w.block(f"if {GROUP_GUARD[group].format(v=v)}:"):
                    self._group_b(group, loc, dyn, k, s, v, w, fail)
        self.applicators_b(loc, dyn, k, v, w, fail, effective)

    def _group_b(self, group: str, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str, w: Writer,
                 fail: tuple[str, ...]) -> None:
        if group == "array":
            self.array_b(loc, dyn, k, v, w, fail)
            if "unevaluatedItems" in k:
                self.unevaluated_items(loc, dyn, k, s, v, None, w, fail)
        else:
            self.object_b(loc, dyn, k, v, w, fail)
            if "unevaluatedProperties" in k:
                self.unevaluated_props(loc, dyn, k, s, v, None, w, fail)

    # -- after everything is emitted --------------------------------------------------------
    def check_cycles(self) -> None:
        """Refuse reference cycles that never reach a smaller part of the instance."""
        graph: dict[Key, list[tuple[Key, str]]] = {}
        for (src, dst), (consumed, where) in self.edges.items():
            if not consumed:
                graph.setdefault(src, []).append((dst, where))
        state: dict[Key, int] = {}
        for start in list(graph):
            if state.get(start):
                continue
            stack: list[tuple[Key, int]] = [(start, 0)]
            trail: list[str] = []
            state[start] = 1
            while stack:
                node, i = stack[-1]
                succ = graph.get(node, [])
                if i < len(succ):
                    stack[-1] = (node, i + 1)
                    nxt, where = succ[i]
                    if state.get(nxt) == 1:
                        cycle = trail[[n for n, _ in stack].index(nxt):] + [where]
                        raise UnsupportedSchema(cycle[0], "$ref", "a $ref cycle that never reaches a smaller "
                                                f"part of the instance, so validation could not end: "
                                                f"{' -> '.join(cycle)}")
                    if not state.get(nxt):
                        state[nxt] = 1
                        trail.append(where)
                        stack.append((nxt, 0))
                else:
                    state[node] = 2
                    stack.pop()
                    if trail:
                        trail.pop()
