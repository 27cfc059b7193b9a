"""Object keywords: properties, required, patternProperties, additionalProperties, propertyNames,
dependentRequired, dependentSchemas, minProperties, maxProperties."""

from __future__ import annotations

from typing import Any

from .base import EmitterBase, PathExpr, sub
from .literals import py_literal
from .resources import Dyn, Loc
from .writer import Writer


class ObjectKeywords(EmitterBase):
    def _required(self, k: dict[str, Any]) -> list[str]:
        req = k.get("required", [])
        return list(dict.fromkeys(r for r in req if isinstance(r, str))) if isinstance(req, list) else []

    def object_e(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr,
                 w: Writer) -> None:
        props: dict[str, Any] = k.get("properties", {}) if isinstance(k.get("properties"), dict) else {}
        required = self._required(k)
        for key in props:
            sub_loc = sub(loc, "properties", key)
            is_required = key in required
            if self.always_true(sub_loc):
                if is_required:
                    with w.block(f"if {py_literal(key)} not in {v}:"):
                        self._missing(loc, s, key, path, w)
                continue
            x = self.fresh("x")
            if is_required:  # a subscript costs less than get() and a sentinel test
                with w.block("try:"):
                    w.line(f"{x} = {v}[{py_literal(key)}]")
                with w.block("except KeyError:"):
                    self._missing(loc, s, key, path, w)
                with w.block("else:"), self.descend():
                    self.node_e(sub_loc, dyn, x, path.child(py_literal(key)), w)
                continue
            w.line(f"{x} = {v}.get({py_literal(key)}, _MISSING)")
            with w.block(f"if {x} is not _MISSING:"), self.descend():
                self.node_e(sub_loc, dyn, x, path.child(py_literal(key)), w)
        for key in required:
            if key not in props:
                with w.block(f"if {py_literal(key)} not in {v}:"):
                    self._missing(loc, s, key, path, w)
        self._rest_e(loc, dyn, k, s, props, v, path, w)
        deps = k.get("dependentRequired", {})
        for key, needed in (deps.items() if isinstance(deps, dict) else ()):
            with w.block(f"if {py_literal(key)} in {v}:"):
                for dep in needed:
                    with w.block(f"if {py_literal(dep)} not in {v}:"):
                        self.err(w, "missing_dependency", path.src(), py_literal(dep), py_literal(key),
                                 self.where(loc, "dependentRequired"), self.rule(s, "dependentRequired"))
        for keyword, key, needed in self._dependencies(k):
            if isinstance(needed, list):
                with w.block(f"if {py_literal(key)} in {v}:"):
                    for dep in needed:
                        with w.block(f"if {py_literal(dep)} not in {v}:"):
                            self.err(w, "missing_dependency", path.src(), py_literal(dep), py_literal(key),
                                     self.where(loc, keyword), self.rule(s, keyword))
            else:
                with w.block(f"if {py_literal(key)} in {v}:"):
                    self.node_e_known(sub(loc, keyword, key), dyn, v, path, w, ["object"])
        if "propertyNames" in k and not self.always_true(sub(loc, "propertyNames")):
            kk = self.fresh("k")
            with w.block(f"for {kk} in {v}:"), self.descend():
                test = self.pred(sub(loc, "propertyNames"), dyn, kk)
                with w.block(f"if not {test}:"):
                    self.err(w, "bad_property_name", path.src(), kk, self.where(loc, "propertyNames"),
                             self.rule(s, "propertyNames"))
        bounds = {kw: k[kw] for kw in ("minProperties", "maxProperties") if kw in k}
        for kw, op in (("minProperties", "<"), ("maxProperties", ">")):
            if kw in k:
                with w.block(f"if len({v}) {op} {k[kw]!r}:"):
                    self.err(w, "bad_size", path.src(), v, repr(kw), repr(k[kw]), py_literal(bounds),
                             self.where(loc, kw), self.rule(s, kw))

    def _dependencies(self, k: dict[str, Any]) -> list[tuple[str, str, Any]]:
        """``dependentSchemas`` entries, and draft 7's ``dependencies`` (name lists or schemas)."""
        out = []
        for keyword in ("dependentSchemas", "dependencies"):
            value = k.get(keyword)
            for key, item in (value.items() if isinstance(value, dict) else ()):
                out.append((keyword, key, item))
        return out

    def _missing(self, loc: Loc, s: dict[str, Any], key: str, path: PathExpr, w: Writer) -> None:
        self.err(w, "missing", path.src(), py_literal(key), self.where(loc, "required"), self.rule(s, "required"))

    def _patterns(self, loc: Loc, k: dict[str, Any]) -> list[tuple[str, Loc]]:
        pats = k.get("patternProperties", {})
        return [(p, sub(loc, "patternProperties", p)) for p in pats] if isinstance(pats, dict) else []

    def _rest_e(self, loc: Loc, dyn: Dyn, k: dict[str, Any], s: dict[str, Any], props: dict[str, Any], v: str,
                path: PathExpr, w: Writer) -> None:
        """patternProperties and additionalProperties: the keys beyond ``properties``."""
        pats = self._patterns(loc, k)
        extra_loc = sub(loc, "additionalProperties") if "additionalProperties" in k else None
        extra_false = k.get("additionalProperties") is False
        if extra_loc is not None and not extra_false and self.always_true(extra_loc):
            extra_loc = None
        live_pats = [(p, ploc) for p, ploc in pats if not self.always_true(ploc)]
        if not live_pats and extra_loc is None:
            return
        kk, x = self.fresh("k"), self.fresh("x")
        known = self.const("KNOWN", frozenset(props))
        stray = self.fresh("stray")
        if not pats:
            with w.block(f"if not {known}.issuperset({v}):"):
                if extra_false:
                    self._stray_e(loc, s, props, path, w, v, known)
                else:
                    with w.block(f"for {kk} in {v}:"), w.block(f"if {kk} not in {known}:"):
                        self._additional_e(loc, dyn, v, kk, path, w)
            return
        if extra_false:
            w.line(f"{stray}: list[Any] = []")
        with w.block(f"for {kk}, {x} in {v}.items():"), self.descend():
            matched = self.fresh("m")
            if extra_loc is not None:
                w.line(f"{matched} = False")
            for pattern, ploc in pats:
                with w.block(f"if type({kk}) is str and {self.pattern_source(pattern)}({kk}) is not None:"):
                    if extra_loc is not None:
                        w.line(f"{matched} = True")
                    if not self.always_true(ploc):
                        self.node_e(ploc, dyn, x, path.child(kk), w)
            if extra_loc is not None:
                with w.block(f"if not {matched} and {kk} not in {known}:"):
                    if extra_false:
                        w.line(f"{stray}.append({kk})")
                    else:
                        self._additional_e(loc, dyn, v, kk, path, w)
        if extra_false:
            with w.block(f"if {stray}:"):
                self._stray_e(loc, s, props, path, w, f"{{k: {v}[k] for k in {stray}}}", self.const("KNOWN", frozenset()))

    def _stray_e(self, loc: Loc, s: dict[str, Any], props: dict[str, Any], path: PathExpr, w: Writer, obj: str,
                 known: str) -> None:
        """One runtime call for all the keys additionalProperties forbids: it bounds the
        did-you-mean work per object (runtime/messages.py)."""
        w.line(f"errs.extend({self.rt('deferred_unexpected_keys')}({path.src()}, {obj}, {known}, "
               f"{self.const('KNOWNLIST', sorted(props))}, {self.where(loc, 'additionalProperties')}, "
               f"{self.rule(s, 'additionalProperties')}))")

    def _additional_e(self, loc: Loc, dyn: Dyn, v: str, kk: str, path: PathExpr, w: Writer) -> None:
        x = self.fresh("x")
        w.line(f"{x} = {v}[{kk}]")
        with self.descend():
            self.node_e(sub(loc, "additionalProperties"), dyn, x, path.child(kk), w)

    # -- boolean ---------------------------------------------------------------------------
    def object_b(self, loc: Loc, dyn: Dyn, k: dict[str, Any], v: str, w: Writer, fail: tuple[str, ...]) -> None:
        props: dict[str, Any] = k.get("properties", {}) if isinstance(k.get("properties"), dict) else {}
        required = self._required(k)
        extra_false = k.get("additionalProperties") is False
        pats = self._patterns(loc, k)
        optional = [key for key in props if key not in required]
        # Closed objects: a key count says "no other keys" once each property was fetched; with
        # many optional properties one set test is cheaper than counting them.
        by_count = extra_false and not pats and len(optional) <= 4
        if extra_false and not pats and not by_count:
            with w.block(f"if not {self.const('KNOWN', frozenset(props))}.issuperset({v}):"):
                w.all(fail)
        bare = [key for key in required if key not in props or self.always_true(sub(loc, "properties", key))]
        if bare:
            with w.block("if " + " or ".join(f"{py_literal(key)} not in {v}" for key in bare) + ":"):
                w.all(fail)
        present: list[str] = []
        for key in props:
            sub_loc = sub(loc, "properties", key)
            if self.always_true(sub_loc):
                if key not in required:
                    present.append(f"({py_literal(key)} in {v})")
                continue
            x = self.fresh("x")
            if key in required:  # boolean code runs where a KeyError means "invalid" (a missing key)
                w.line(f"{x} = {v}[{py_literal(key)}]")
                with self.descend():
                    self.node_b(sub_loc, dyn, x, w, fail)
                continue
            w.line(f"{x} = {v}.get({py_literal(key)}, _MISSING)")
            with w.block(f"if {x} is not _MISSING:"), self.descend():
                self.node_b(sub_loc, dyn, x, w, fail)
            present.append(f"({x} is not _MISSING)")
        if by_count:
            count = " + ".join([str(len(props) - len(optional)), *present])
            with w.block(f"if len({v}) != {count}:"):
                w.all(fail)
        self._rest_b(loc, dyn, k, props, v, w, fail, extra_false, pats)
        deps = k.get("dependentRequired", {})
        for key, needed in (deps.items() if isinstance(deps, dict) else ()):
            if needed:
                test = " or ".join(f"{py_literal(d)} not in {v}" for d in needed)
                with w.block(f"if {py_literal(key)} in {v} and ({test}):"):
                    w.all(fail)
        for keyword, key, needed in self._dependencies(k):
            if isinstance(needed, list):
                if needed:
                    test = " or ".join(f"{py_literal(d)} not in {v}" for d in needed)
                    with w.block(f"if {py_literal(key)} in {v} and ({test}):"):
                        w.all(fail)
            else:
                with w.block(f"if {py_literal(key)} in {v}:"):
                    self.node_b_known(sub(loc, keyword, key), dyn, v, w, fail, ["object"])
        if "propertyNames" in k and not self.always_true(sub(loc, "propertyNames")):
            kk = self.fresh("k")
            with w.block(f"for {kk} in {v}:"), self.descend(), \
                    w.block(f"if not {self.pred(sub(loc, 'propertyNames'), dyn, kk)}:"):
                w.all(fail)
        if "minProperties" in k and "maxProperties" in k:
            test = f"not {k['minProperties']!r} <= len({v}) <= {k['maxProperties']!r}"
        elif "minProperties" in k:
            test = f"len({v}) < {k['minProperties']!r}"
        elif "maxProperties" in k:
            test = f"len({v}) > {k['maxProperties']!r}"
        else:
            return
        with w.block(f"if {test}:"):
            w.all(fail)

    def _rest_b(self, loc: Loc, dyn: Dyn, k: dict[str, Any], props: dict[str, Any], v: str, w: Writer,
                fail: tuple[str, ...], extra_false: bool, pats: list[tuple[str, Loc]]) -> None:
        extra_loc = sub(loc, "additionalProperties") if "additionalProperties" in k else None
        if extra_loc is not None and not extra_false and self.always_true(extra_loc):
            extra_loc = None
        if extra_false and not pats:
            return  # done with the key count above
        live = [(p, ploc) for p, ploc in pats if not self.always_true(ploc)]
        if not live and extra_loc is None:
            return
        kk, x = self.fresh("k"), self.fresh("x")
        known = self.const("KNOWN", frozenset(props))
        with w.block(f"for {kk}, {x} in {v}.items():"), self.descend():
            matched = self.fresh("m")
            if extra_loc is not None and pats:
                w.line(f"{matched} = False")
            for pattern, ploc in pats:
                if extra_loc is None and self.always_true(ploc):
                    continue
                with w.block(f"if type({kk}) is str and {self.pattern_source(pattern)}({kk}) is not None:"):
                    if extra_loc is not None:
                        w.line(f"{matched} = True")
                    if not self.always_true(ploc):
                        self.node_b(ploc, dyn, x, w, fail)
            if extra_loc is not None:
                cond = f"not {matched} and {kk} not in {known}" if pats else f"{kk} not in {known}"
                with w.block(f"if {cond}:"):
                    if extra_false:
                        w.all(fail)
                    else:
                        self.node_b(extra_loc, dyn, x, w, fail)
