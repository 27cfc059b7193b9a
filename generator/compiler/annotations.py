"""unevaluatedProperties and unevaluatedItems: which parts of the instance other keywords evaluated.

The annotations of a schema are collected from its own keywords and from every subschema applied
to the same instance that is valid (``allOf``, ``anyOf``, ``oneOf``, ``if``/``then``/``else``,
``dependentSchemas``, ``$ref``, ``$dynamicRef``; never ``not``); ``contains`` evaluates the items
it matches. When none of that depends on the instance (``properties``, ``prefixItems``, ``allOf``
and ``$ref`` chains) the evaluated set is a constant computed here; otherwise an ``l`` function
returns it at run time (``True`` meaning everything).
"""

from __future__ import annotations

from typing import Any

from .base import EmitterBase, PathExpr, sub
from .literals import py_literal
from .resources import Dyn, Loc
from .writer import Writer

_DYNAMIC = ("anyOf", "oneOf", "if", "dependentSchemas", "dependencies", "patternProperties", "contains",
            "$dynamicRef")
Static = frozenset[str] | int | bool


class Annotations(EmitterBase):
    # -- what is known without looking at the instance ---------------------------------------
    def static(self, loc: Loc, dyn: Dyn, kind: str, own: bool, seen: frozenset[Loc] = frozenset()) -> Static | None:
        """Evaluated property names (``kind`` "props") or leading item count ("items"); True for all;
        None when it depends on the instance. ``own``: count the schema's own unevaluated* keyword."""
        node = self.index.node(loc)
        if loc in seen:
            return None
        if not isinstance(node, dict):
            return frozenset() if kind == "props" else 0
        k = self.keywords(loc)
        if any(key in k for key in _DYNAMIC):
            return None
        dyn = self.enter(loc, dyn)
        if kind == "props":
            if "additionalProperties" in k or (own and "unevaluatedProperties" in k):
                return True
            props = k.get("properties")
            acc: set[str] = set(props) if isinstance(props, dict) else set()
        else:
            if "items" in k or (own and "unevaluatedItems" in k):
                return True
            prefix = k.get("prefixItems")
            count = len(prefix) if isinstance(prefix, list) else 0
        parts: list[Loc] = []
        for keyword in ("$ref",):
            if keyword in k:
                parts.append(self.follow(loc, dyn, keyword)[0])
        parts.extend(sub(loc, "allOf", i) for i in range(len(k.get("allOf", ()))))
        for part in parts:
            got = self.static(part, dyn, kind, True, seen | {loc})
            if got is None:
                return None
            if got is True:
                return True
            if kind == "props":
                assert isinstance(got, frozenset)
                acc |= got
            else:
                assert isinstance(got, int)
                count = max(count, got)
        return frozenset(acc) if kind == "props" else count

    # -- the keywords -----------------------------------------------------------------------
    def unevaluated_props(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str,
                          path: PathExpr | None, w: Writer, fail: tuple[str, ...]) -> None:
        uloc = sub(loc, "unevaluatedProperties")
        if self.always_true(uloc):
            return
        known = self.static(loc, dyn, "props", False)
        if known is True:
            return
        kk = self.fresh("k")
        if isinstance(known, frozenset):
            cond_head = f"{kk} not in {self.const('KNOWN', known)}"
            loop = w.block(f"for {kk} in {v}:")
        else:
            ev = self.fresh("ev")
            w.line(f"{ev} = {self.call('lc', loc, dyn, self.index.display(uloc))}({v})")
            cond_head = f"{kk} not in {ev}"
            loop = w.block(f"for {kk} in ({v} if {ev} is not True else ()):")
        with loop, w.block(f"if {cond_head}:"), self.descend():
            self._unevaluated_one(loc, dyn, uloc, s, v, kk, path, w, fail, "unevaluatedProperties")

    def unevaluated_items(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str,
                          path: PathExpr | None, w: Writer, fail: tuple[str, ...]) -> None:
        uloc = sub(loc, "unevaluatedItems")
        if self.always_true(uloc):
            return
        known = self.static(loc, dyn, "items", False)
        if known is True:
            return
        i = self.fresh("i")
        if isinstance(known, int) and not isinstance(known, bool):
            loop = w.block(f"for {i} in range({known}, len({v})):")
            cond = "True"
        else:
            ev = self.fresh("ev")
            w.line(f"{ev} = {self.call('lc', loc, dyn, self.index.display(uloc))}({v})")
            loop = w.block(f"for {i} in (range(len({v})) if {ev} is not True else ()):")
            cond = f"{i} not in {ev}"
        with loop, w.block(f"if {cond}:"), self.descend():
            self._unevaluated_one(loc, dyn, uloc, s, v, i, path, w, fail, "unevaluatedItems")

    def _unevaluated_one(self, loc: Loc, dyn: Dyn, uloc: Loc, s: dict[str, Any], v: str, part: str,
                         path: PathExpr | None, w: Writer, fail: tuple[str, ...], keyword: str) -> None:
        if self.index.node(uloc) is False:
            if path is None:
                w.all(fail)
            else:
                self.err(w, "unevaluated", path.src(), part, f"{v}[{part}]", self.where(loc, keyword),
                         self.rule(s, keyword))
            return
        x = self.fresh("x")
        w.line(f"{x} = {v}[{part}]")
        if path is None:
            self.node_b(uloc, dyn, x, w, fail)
        else:
            self.node_e(uloc, dyn, x, path.child(part), w)

    # -- l functions ------------------------------------------------------------------------
    def ann_body(self, loc: Loc, dyn: Dyn, w: Writer, own: bool) -> None:
        """Body of ``_lN(v)``: the set of evaluated names / indexes, or True for all."""
        w.line("ev: set[Any] = set()")
        node = self.index.node(loc)
        if isinstance(node, dict):
            self._ann(loc, dyn, w, own)
        w.line("return ev")

    def _merge(self, w: Writer, call: str) -> None:
        r = self.fresh("r")
        w.line(f"{r} = {call}")
        with w.block(f"if {r} is True:"):
            w.line("return True")
        w.line(f"ev |= {r}")

    def _ann(self, loc: Loc, dyn: Dyn, w: Writer, own: bool) -> None:
        dyn = self.enter(loc, dyn)
        k = self.keywords(loc)
        for keyword in ("$ref", "$dynamicRef"):
            if keyword in k:
                target, tdyn = self.follow(loc, dyn, keyword)
                self._merge(w, f"{self.call('l', target, tdyn, self.index.display(sub(loc, keyword)))}(v)")
        obj = [key for key in ("properties", "patternProperties", "additionalProperties", "dependentSchemas",
                               "dependencies", "unevaluatedProperties") if key in k]
        arr = [key for key in ("prefixItems", "items", "contains", "unevaluatedItems") if key in k]
        if obj:
            with w.block("if type(v) is dict:"):
                if "additionalProperties" in k or (own and "unevaluatedProperties" in k):
                    w.line("return True")
                else:
                    self._ann_object(loc, dyn, k, w)
        if arr:
            with w.block("if type(v) is list:"):
                if "items" in k or (own and "unevaluatedItems" in k):
                    w.line("return True")
                else:
                    self._ann_array(loc, dyn, k, w)
        for keyword in ("allOf", "anyOf", "oneOf"):
            items = k.get(keyword)
            for i in range(len(items) if isinstance(items, list) else 0):
                b = sub(loc, keyword, i)
                with w.block(f"if {self.pred(b, dyn, 'v')}:"):
                    self._merge(w, f"{self.call('l', b, dyn, self.index.display(b))}(v)")
        if "if" in k:
            cond = sub(loc, "if")
            with w.block(f"if {self.pred(cond, dyn, 'v')}:"):
                self._merge(w, f"{self.call('l', cond, dyn, self.index.display(cond))}(v)")
                if "then" in k:
                    then = sub(loc, "then")
                    with w.block(f"if {self.pred(then, dyn, 'v')}:"):
                        self._merge(w, f"{self.call('l', then, dyn, self.index.display(then))}(v)")
            if "else" in k:
                other = sub(loc, "else")
                with w.block(f"elif {self.pred(other, dyn, 'v')}:"):
                    self._merge(w, f"{self.call('l', other, dyn, self.index.display(other))}(v)")

    def _ann_object(self, loc: Loc, dyn: Dyn, k: dict[str, Any], w: Writer) -> None:
        props = k.get("properties")
        if isinstance(props, dict) and props:
            w.line(f"ev.update(v.keys() & {self.const('KNOWN', frozenset(props))})")
        pats = k.get("patternProperties")
        if isinstance(pats, dict) and pats:
            kk = self.fresh("k")
            tests = " or ".join(f"{self.pattern_source(p)}({kk}) is not None" for p in pats)
            with w.block(f"for {kk} in v:"), w.block(f"if type({kk}) is str and ({tests}):"):
                w.line(f"ev.add({kk})")
        for keyword in ("dependentSchemas", "dependencies"):
            deps = k.get(keyword)
            for key, item in (deps.items() if isinstance(deps, dict) else ()):
                if isinstance(item, list):
                    continue
                d = sub(loc, keyword, key)
                with w.block(f"if {py_literal(key)} in v and {self.pred(d, dyn, 'v')}:"):
                    self._merge(w, f"{self.call('l', d, dyn, self.index.display(d))}(v)")

    def _ann_array(self, loc: Loc, dyn: Dyn, k: dict[str, Any], w: Writer) -> None:
        prefix = k.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            w.line(f"ev.update(range(min(len(v), {len(prefix)})))")
        if "contains" in k:
            i, x = self.fresh("i"), self.fresh("x")
            with self.descend():
                test = self.pred(sub(loc, "contains"), dyn, x)
            with w.block(f"for {i}, {x} in enumerate(v):"), w.block(f"if {test}:"):
                w.line(f"ev.add({i})")
