"""allOf, anyOf, oneOf, not, if / then / else.

Two shapes get special code because they are the common ones in Runware's schemas: alternatives
that each declare types no other can match (dispatch on the JSON type, then check one branch), and
a ``oneOf`` of ``{properties: {a: {const}, b: {const}}}`` rows (the dimension table: one dict
lookup). Everything else tests each branch with its boolean function.
"""

from __future__ import annotations

from typing import Any

from ..runtime.messages import combination_labels
from .base import TYPE_TEST_T, EmitterBase, PathExpr, sub
from .literals import py_literal
from .resources import Dyn, Loc
from .writer import Writer

Table = tuple[tuple[str, ...], list[tuple[Any, ...]], list[str]]


class Combinators(EmitterBase):
    def _branches(self, loc: Loc, keyword: str, k: dict[str, Any]) -> list[Loc]:
        items = k.get(keyword)
        return [sub(loc, keyword, i) for i in range(len(items))] if isinstance(items, list) else []

    def _summary(self, branches: list[Loc]) -> str:
        titles = []
        for i, b in enumerate(branches):
            node = self.index.node(b)
            title = node.get("title") if isinstance(node, dict) else None
            titles.append(title if isinstance(title, str) else f"alternative {i + 1}")
        return self.const("ALTS", titles)

    def applicators_e(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr,
                      w: Writer, known: list[str] | None = None) -> None:
        """``known``: the instance's JSON types already tested (in-place subschemas need not repeat them)."""
        for b in self._branches(loc, "allOf", k):
            self.node_e_known(b, dyn, v, path, w, known)
        for keyword in ("anyOf", "oneOf"):
            if keyword in k:
                self._union_e(loc, dyn, keyword, k, s, v, path, w, known)
        if "not" in k:
            test = self.guarded(w, self.pred(sub(loc, "not"), dyn, v, known), loc, "not", v, path)
            with w.block(f"if {test}:"):
                self.err(w, "forbidden", path.src(), v, self.where(loc, "not"), self.rule(s, "not"))
        if "if" in k and ("then" in k or "else" in k):
            test = self.guarded(w, self.pred(sub(loc, "if"), dyn, v, known), loc, "if", v, path)
            if "then" in k:
                with w.block(f"if {test}:"):
                    self.node_e_known(sub(loc, "then"), dyn, v, path, w, known)
            if "else" in k:
                with w.block(f"if not {test}:"):
                    self.node_e_known(sub(loc, "else"), dyn, v, path, w, known)

    def _union_e(self, loc: Loc, dyn: Dyn, keyword: str, k: dict[str, Any], s: dict[str, Any], v: str,
                 path: PathExpr, w: Writer, known: list[str] | None = None) -> None:
        branches = self._branches(loc, keyword, k)
        where = self.where(loc, keyword)
        rule = self.rule(s, keyword)
        by_type = self._disjoint(branches)
        if by_type is not None:
            first = True
            tv = self.fresh("t")
            w.line(f"{tv} = type({v})")
            for types, b in by_type:
                test = " or ".join(TYPE_TEST_T[t].format(v=v, t=tv) for t in types)
                with w.block(f"{'if' if first else 'elif'} {test}:"):
                    self.node_e_known(b, dyn, v, path, w, list(types))
                first = False
            all_types = tuple(t for types, _ in by_type for t in types)
            with w.block("else:"):
                self.err(w, "wrong_type", path.src(), v, py_literal(all_types), where,
                         py_literal(s.get("x-rule", "type")) if isinstance(s.get("x-rule"), str) else "'type'")
            return
        table = self._const_table(branches) if keyword == "oneOf" else None
        if table is not None:
            self._table_e(loc, s, table, v, path, w)
            return
        if keyword == "anyOf" and any(self.always_true(b) for b in branches):
            return
        preds = [self.pred(b, dyn, v, known) for b in branches]
        if keyword == "anyOf":
            test = self.guarded(w, " or ".join(f"({p})" for p in preds) or "False", loc, keyword, v, path)
            with w.block(f"if not {test}:"):
                self.err(w, "not_one_of", path.src(), v, "0", self._summary(branches), where, rule, "'anyOf'")
        else:
            m = self.guarded(w, " + ".join(f"({p})" for p in preds) or "0", loc, keyword, v, path)
            with w.block(f"if {m} != 1:"):
                self.err(w, "not_one_of", path.src(), v, f"int({m})", self._summary(branches), where, rule,
                         "'oneOf'")

    def _table_e(self, loc: Loc, s: dict[str, Any], table: Table, v: str, path: PathExpr, w: Writer) -> None:
        keys, rows, labels = table
        m = self._table_count(table, v, w)
        shown = [{"label": lab, **dict(zip(keys, row))} for lab, row in zip(labels, rows)]
        where = self.where(loc, "oneOf")
        with w.block(f"if type({v}) is dict:"), w.block(f"if {m} != 1:"):
            self.err(w, "bad_combination", path.src(), v, py_literal(keys), self.const("TABLE", shown),
                     self.const("LABELS", combination_labels(keys, shown)), m, where, self.rule(s, "oneOf"))
        if len(rows) != 1:  # on a non-object every branch matches vacuously
            with w.block("else:"):
                self.err(w, "not_one_of", path.src(), v, str(len(rows)), py_literal(labels), where,
                         self.rule(s, "oneOf"), "'oneOf'")

    def _table_count(self, table: Table, v: str, w: Writer) -> str:
        """Emit the number of rows an object matches into a fresh variable (0 for a non-object)."""
        keys, rows, _ = table
        counts: dict[tuple[Any, ...], int] = {}
        for row in rows:
            counts[row] = counts.get(row, 0) + 1
        lookup = self.const("ROWS", dict(counts))
        rows_const = self.const("ROWTUPLES", tuple(rows))
        numeric = all(type(c) in (int, float) for row in rows for c in row)
        guard_t = "type({x}) in (int, float)" if numeric else "type({x}) is str"  # "in": mypy keeps Any
        values = [self.fresh("c") for _ in keys]
        guards = " and ".join(guard_t.format(x=x) for x in values)
        tup = "(" + ", ".join(values) + ("," if len(values) == 1 else "") + ")"
        m = self.fresh("matched")
        w.line(f"{m} = 0")
        with w.block(f"if type({v}) is dict:"):
            for x, key in zip(values, keys):
                w.line(f"{x} = {v}.get({py_literal(key)}, _MISSING)")
            # A missing key matches every row (count_rows); a bool is never a number here.
            with w.block(f"if {guards}:"):
                w.line(f"{m} = {lookup}.get({tup}, 0)")
            with w.block("else:"):
                w.line(f"{m} = {self.rt('count_rows')}({v}, {py_literal(keys)}, {rows_const})")
        return m

    # -- boolean ---------------------------------------------------------------------------
    def applicators_b(self, loc: Loc, dyn: Dyn, k: dict[str, Any], v: str, w: Writer, fail: tuple[str, ...],
                      known: list[str] | None = None) -> None:
        for b in self._branches(loc, "allOf", k):
            self.node_b_known(b, dyn, v, w, fail, known)
        for keyword in ("anyOf", "oneOf"):
            if keyword in k:
                self._union_b(loc, dyn, keyword, k, v, w, fail, known)
        if "not" in k:
            with w.block(f"if {self.pred(sub(loc, 'not'), dyn, v, known)}:"):
                w.all(fail)
        if "if" in k and ("then" in k or "else" in k):
            test = self.pred(sub(loc, "if"), dyn, v, known)
            if "then" in k and "else" in k:
                with w.block(f"if {test}:"):
                    self.node_b_known(sub(loc, "then"), dyn, v, w, fail, known)
                with w.block("else:"):
                    self.node_b_known(sub(loc, "else"), dyn, v, w, fail, known)
            elif "then" in k:
                with w.block(f"if {test}:"):
                    self.node_b_known(sub(loc, "then"), dyn, v, w, fail, known)
            else:
                with w.block(f"if not {test}:"):
                    self.node_b_known(sub(loc, "else"), dyn, v, w, fail, known)

    def _union_b(self, loc: Loc, dyn: Dyn, keyword: str, k: dict[str, Any], v: str, w: Writer,
                 fail: tuple[str, ...], known: list[str] | None = None) -> None:
        branches = self._branches(loc, keyword, k)
        by_type = self._disjoint(branches)
        if by_type is not None:
            first = True
            tv = self.fresh("t")
            w.line(f"{tv} = type({v})")
            for types, b in by_type:
                test = " or ".join(TYPE_TEST_T[t].format(v=v, t=tv) for t in types)
                with w.block(f"{'if' if first else 'elif'} {test}:"):
                    self.node_b_known(b, dyn, v, w, fail, list(types))
                first = False
            with w.block("else:"):
                w.all(fail)
            return
        table = self._const_table(branches) if keyword == "oneOf" else None
        if table is not None:
            m = self._table_count(table, v, w)
            # On a non-object every row matches vacuously: valid only when there is one row.
            test = f"type({v}) is dict and {m} != 1" if len(table[1]) == 1 else f"type({v}) is not dict or {m} != 1"
            with w.block(f"if {test}:"):
                w.all(fail)
            return
        if keyword == "anyOf" and any(self.always_true(b) for b in branches):
            return
        preds = [self.pred(b, dyn, v, known) for b in branches]
        if keyword == "anyOf":
            test = " or ".join(f"({p})" for p in preds) or "False"
            with w.block(f"if not ({test}):"):
                w.all(fail)
        else:
            test = " + ".join(f"({p})" for p in preds) or "0"
            with w.block(f"if {test} != 1:"):
                w.all(fail)

    # -- shapes ----------------------------------------------------------------------------
    def _disjoint(self, branches: list[Loc]) -> list[tuple[tuple[str, ...], Loc]] | None:
        """Branches that each declare types no other branch can match: dispatch on the JSON type."""
        seen: set[str] = set()
        out = []
        for b in branches:
            node = self.index.node(b)
            t = self.keywords(b).get("type") if isinstance(node, dict) else None
            types = (t,) if isinstance(t, str) else tuple(t) if isinstance(t, list) else ()
            if not types:
                return None
            expanded = set(types) | ({"integer"} if "number" in types else set())
            if "integer" in types:
                expanded.add("number")  # integral floats are both: treat the two as overlapping
            if expanded & seen:
                return None
            seen |= expanded
            out.append((types, b))
        return out or None

    def _const_table(self, branches: list[Loc]) -> Table | None:
        """``oneOf`` of ``{properties: {a: {const}, b: {const}}}`` rows: a table lookup."""
        keys: tuple[str, ...] | None = None
        rows: list[tuple[Any, ...]] = []
        labels: list[str] = []
        for b in branches:
            node = self.index.node(b)
            k = self.keywords(b) if isinstance(node, dict) else None
            if not k or set(k) != {"properties"} or not isinstance(k["properties"], dict) or not k["properties"]:
                return None
            props = k["properties"]
            these = tuple(props)
            if keys is None:
                keys = these
            elif these != keys:
                return None
            row = []
            for key in props:
                pk = self.keywords(sub(b, "properties", key))
                if set(pk) != {"const"} or not isinstance(self.index.node(sub(b, "properties", key)), dict):
                    return None
                row.append(pk["const"])
            if not all(type(c) in (int, float) for c in row) and not all(type(c) is str for c in row):
                return None
            rows.append(tuple(row))
            title = node.get("title")
            labels.append(title if isinstance(title, str) else "")
        if keys is None:
            return None
        return keys, rows, labels
