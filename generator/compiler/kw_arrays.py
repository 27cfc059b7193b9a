"""Array keywords: minItems, maxItems, uniqueItems, prefixItems, items, contains (with
minContains / maxContains)."""

from __future__ import annotations

from typing import Any

from .base import EmitterBase, PathExpr, sub
from .literals import py_literal
from .resources import Dyn, Loc
from .writer import Writer

_INLINE_ITEM = 12  # schema objects


def _count(value: Any) -> int | None:
    """A non-negative integer keyword value (``2.0`` is the integer 2 in JSON Schema)."""
    if type(value) is int or (type(value) is float and value.is_integer()):
        return int(value)
    return None


class ArrayKeywords(EmitterBase):
    def _prefix(self, k: dict[str, Any]) -> int:
        p = k.get("prefixItems")
        return len(p) if isinstance(p, list) else 0

    def _contains_bounds(self, k: dict[str, Any]) -> tuple[int, int | None] | None:
        if "contains" not in k:
            return None
        lo, hi = _count(k.get("minContains")), _count(k.get("maxContains"))
        return (1 if lo is None else lo), hi

    def array_e(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr,
                w: Writer) -> None:
        bounds = {kw: k[kw] for kw in ("minItems", "maxItems") if kw in k}
        if bounds:
            n = self.fresh("n")
            w.line(f"{n} = len({v})")
            for kw, op in (("minItems", "<"), ("maxItems", ">")):
                if kw in k:
                    with w.block(f"if {n} {op} {k[kw]!r}:"):
                        self.err(w, "bad_size", path.src(), v, repr(kw), repr(k[kw]), py_literal(bounds),
                                 self.where(loc, kw), self.rule(s, kw))
        if k.get("uniqueItems") is True:
            d = self.fresh("dup")
            w.line(f"{d} = {self.rt('first_duplicate')}({v})")
            with w.block(f"if {d} is not None:"):
                self.err(w, "not_unique", path.src(), v, f"{d}[0]", f"{d}[1]", self.where(loc, "uniqueItems"),
                         self.rule(s, "uniqueItems"))
        p = self._prefix(k)
        for i in range(p):
            ploc = sub(loc, "prefixItems", i)
            if self.always_true(ploc):
                continue
            x = self.fresh("x")
            with w.block(f"if len({v}) > {i}:"), self.descend():
                w.line(f"{x} = {v}[{i}]")
                self.node_e(ploc, dyn, x, path.child(str(i)), w)
        if "items" in k:
            self._items_e(loc, dyn, s, p, v, path, w)
        cb = self._contains_bounds(k)
        if cb is not None and (cb[0] > 0 or cb[1] is not None):
            lo, hi = cb
            c, x = self.fresh("c"), self.fresh("x")
            w.line(f"{c} = 0")
            with w.block(f"for {x} in {v}:"), self.descend():
                test = self.guarded(w, self.pred(sub(loc, "contains"), dyn, x), loc, "contains", v, path)
                with w.block(f"if {test}:"):
                    w.line(f"{c} += 1")
                    if hi is None:
                        with w.block(f"if {c} >= {lo}:"):
                            w.line("break")
            fails = [f"{c} < {lo}"] + ([f"{c} > {hi}"] if hi is not None else [])
            with w.block(f"if {' or '.join(fails)}:"):
                kw = ("minContains" if "minContains" in k else "contains")
                where = f"{self.where(loc, kw)} if {c} < {lo} else {self.where(loc, 'maxContains')}" \
                    if hi is not None else self.where(loc, kw)
                self.err(w, "bad_contains", path.src(), v, c, str(lo), repr(hi), where, self.rule(s, "contains"))

    def _items_e(self, loc: Loc, dyn: Dyn, s: dict[str, Any], p: int, v: str, path: PathExpr, w: Writer) -> None:
        iloc = sub(loc, "items")
        if self.always_true(iloc):
            return
        i, x = self.fresh("i"), self.fresh("x")
        if self.index.node(iloc) is False:
            with w.block(f"for {i} in range({p}, len({v})):"):
                self.err(w, "nothing_allowed", path.child(i).src(), f"{v}[{i}]", self.where(loc, "items"),
                         self.rule(s, "items"))
            return
        # A boolean pass first: only when an item fails are paths and errors built, item by item.
        ok = self.fresh("ok")
        w.line(f"{ok} = True")
        with w.block("try:"), w.block(f"for {x} in {v}{f'[{p}:]' if p else ''}:"), self.descend():
            self._item_b(iloc, dyn, x, w, (f"{ok} = False", "break"))
        with w.block("except (KeyError, RecursionError):"):  # a missing required property; too deep
            w.line(f"{ok} = False")
        with w.block(f"if not {ok}:"), w.block(f"for {i} in range({p}, len({v})):"), self.descend():
            w.line(f"{x} = {v}[{i}]")
            self.node_e(iloc, dyn, x, path.child(i), w)

    def _item_b(self, iloc: Loc, dyn: Dyn, x: str, w: Writer, fail: tuple[str, ...]) -> None:
        """Small item schemas are inlined in the loop; larger ones share one boolean function
        (the same one ``is_valid`` and the error pass's first look use)."""
        if self.size(iloc) <= _INLINE_ITEM:
            self.node_b(iloc, dyn, x, w, fail)
        else:
            with w.block(f"if not {self.call('b', iloc, dyn, self.index.display(iloc))}({x}):"):
                w.all(fail)

    # -- boolean ---------------------------------------------------------------------------
    def array_b(self, loc: Loc, dyn: Dyn, k: dict[str, Any], v: str, w: Writer, fail: tuple[str, ...]) -> None:
        if "minItems" in k and "maxItems" in k:
            test = f"not {k['minItems']!r} <= len({v}) <= {k['maxItems']!r}"
        elif "minItems" in k:
            test = f"len({v}) < {k['minItems']!r}"
        elif "maxItems" in k:
            test = f"len({v}) > {k['maxItems']!r}"
        else:
            test = ""
        if test:
            with w.block(f"if {test}:"):
                w.all(fail)
        if k.get("uniqueItems") is True:
            with w.block(f"if {self.rt('first_duplicate')}({v}) is not None:"):
                w.all(fail)
        p = self._prefix(k)
        for i in range(p):
            ploc = sub(loc, "prefixItems", i)
            if self.always_true(ploc):
                continue
            x = self.fresh("x")
            with w.block(f"if len({v}) > {i}:"), self.descend():
                w.line(f"{x} = {v}[{i}]")
                self.node_b(ploc, dyn, x, w, fail)
        if "items" in k:
            iloc = sub(loc, "items")
            if self.index.node(iloc) is False:
                with w.block(f"if len({v}) > {p}:"):
                    w.all(fail)
            elif not self.always_true(iloc):
                x = self.fresh("x")
                with w.block(f"for {x} in {v}{f'[{p}:]' if p else ''}:"), self.descend():
                    self._item_b(iloc, dyn, x, w, fail)
        cb = self._contains_bounds(k)
        if cb is not None and (cb[0] > 0 or cb[1] is not None):
            lo, hi = cb
            c, x = self.fresh("c"), self.fresh("x")
            w.line(f"{c} = 0")
            with w.block(f"for {x} in {v}:"), self.descend(), \
                    w.block(f"if {self.pred(sub(loc, 'contains'), dyn, x)}:"):
                w.line(f"{c} += 1")
                if hi is None:
                    with w.block(f"if {c} >= {lo}:"):
                        w.line("break")
            fails = [f"{c} < {lo}"] + ([f"{c} > {hi}"] if hi is not None else [])
            with w.block(f"if {' or '.join(fails)}:"):
                w.all(fail)
