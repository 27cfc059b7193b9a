"""Strings, numbers, ``enum`` and ``const``: the keywords that look at one value."""

from __future__ import annotations

from typing import Any

from .base import EmitterBase, PathExpr
from .literals import py_literal
from .patterns import fixed_shape, translate
from .resources import Loc
from .vocabulary import FORMATS
from .writer import Writer

# Formats a fixed-length pattern can imply: the set of characters allowed at each position.
_HEX = ((0x30, 0x39), (0x41, 0x46), (0x61, 0x66))
_FORMAT_SHAPES: dict[str, tuple[tuple[tuple[int, int], ...], ...]] = {
    "uuid": tuple([_HEX] * 8 + [((0x2D, 0x2D),)] + [_HEX] * 4 + [((0x2D, 0x2D),)] + [_HEX] * 4
                  + [((0x2D, 0x2D),)] + [_HEX] * 4 + [((0x2D, 0x2D),)] + [_HEX] * 12),
}


def _subset(inner: tuple[tuple[int, int], ...], outer: tuple[tuple[int, int], ...]) -> bool:
    return all(any(lo <= a and b <= hi for lo, hi in outer) for a, b in inner)


def pattern_implies(pattern: str, fmt: str) -> bool:
    """Every string ``pattern`` matches is a valid ``fmt`` (so the format needs no second look)."""
    shape = _FORMAT_SHAPES.get(fmt)
    got = fixed_shape(pattern)
    return shape is not None and got is not None and len(got) == len(shape) and all(
        _subset(a, b) for a, b in zip(got, shape))


def format_function(fmt: str) -> str:
    return "is_" + fmt.replace("-", "_")


# A sufficient condition checked inline before the format's function (one Python call less).
_FAST_FORMATS = {"uri": "_uri_common"}


class ValueKeywords(EmitterBase):
    def format_checked(self, loc: Loc, k: dict[str, Any]) -> str | None:
        fmt = k.get("format")
        if not isinstance(fmt, str) or fmt not in FORMATS:
            return None
        if not (self.opts.assert_formats or "format-assertion" in self.index.vocabularies(loc)):
            return None
        return fmt

    def format_test(self, fmt: str, v: str) -> str:
        """A boolean expression: the string ``v`` is a valid ``fmt``."""
        fast = _FAST_FORMATS.get(fmt)
        check = f"{self.rt(format_function(fmt))}({v})"
        return f"({self.rt(fast)}({v}) is not None or {check})" if fast else check

    def pattern_source(self, pattern: str) -> str:
        self.rt("re")
        return self.consts.add("PATTERN", source=f"re.compile({py_literal(translate(pattern))}).search")

    # -- strings ---------------------------------------------------------------------------
    def string_e(self, loc: Loc, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr, w: Writer) -> None:
        bounds = {kw: k[kw] for kw in ("minLength", "maxLength") if kw in k}
        if bounds:
            n = self.fresh("n")
            w.line(f"{n} = len({v})")
            for kw, op in (("minLength", "<"), ("maxLength", ">")):
                if kw in k:
                    with w.block(f"if {n} {op} {k[kw]!r}:"):
                        self.err(w, "bad_size", path.src(), v, repr(kw), repr(k[kw]), py_literal(bounds),
                                 self.where(loc, kw), self.rule(s, kw))
        fmt = self.format_checked(loc, k)
        pattern = k.get("pattern")
        implied = fmt is not None and isinstance(pattern, str) and pattern_implies(pattern, fmt)
        if fmt is not None and not implied:
            with w.block(f"if not {self.format_test(fmt, v)}:"):
                self.err(w, "bad_format", path.src(), v, repr(fmt), self.where(loc, "format"), self.rule(s, "format"))
        if isinstance(pattern, str):
            with w.block(f"if {self.pattern_source(pattern)}({v}) is None:"):
                self.err(w, "no_pattern_match", path.src(), v, py_literal(pattern), self.where(loc, "pattern"),
                         self.rule(s, "pattern"))
                if implied and fmt is not None:  # the same errors as two separate checks would give
                    with w.block(f"if not {self.rt(format_function(fmt))}({v}):"):
                        self.err(w, "bad_format", path.src(), v, repr(fmt), self.where(loc, "format"),
                                 self.rule(s, "format"))

    def string_fails(self, loc: Loc, k: dict[str, Any], v: str) -> list[str]:
        """Conditions (for a ``str`` value) any of which breaks a string keyword."""
        tests = []
        if "minLength" in k and "maxLength" in k:
            tests.append(f"not {k['minLength']!r} <= len({v}) <= {k['maxLength']!r}")
        elif "minLength" in k:
            tests.append(f"len({v}) < {k['minLength']!r}")
        elif "maxLength" in k:
            tests.append(f"len({v}) > {k['maxLength']!r}")
        pattern = k.get("pattern")
        if isinstance(pattern, str):
            tests.append(f"{self.pattern_source(pattern)}({v}) is None")
        fmt = self.format_checked(loc, k)
        if fmt is not None and not (isinstance(pattern, str) and pattern_implies(pattern, fmt)):
            tests.append(f"not {self.format_test(fmt, v)}")
        return tests

    # -- numbers ---------------------------------------------------------------------------
    def number_e(self, loc: Loc, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr, w: Writer) -> None:
        bounds = {kw: k[kw] for kw in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum") if kw in k}
        tests = {"minimum": "not {v} >= {lim}", "maximum": "not {v} <= {lim}",
                 "exclusiveMinimum": "not {v} > {lim}", "exclusiveMaximum": "not {v} < {lim}"}
        for kw in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
            if kw in k:
                lim = py_literal(k[kw])
                with w.block(f"if {tests[kw].format(v=v, lim=lim)}:"):
                    self.err(w, "out_of_range", path.src(), v, repr(kw), lim, py_literal(bounds),
                             self.where(loc, kw), self.rule(s, kw))
        if "multipleOf" in k:
            d = py_literal(k["multipleOf"])
            with w.block(f"if not {self.rt('is_multiple_of')}({v}, {d}):"):
                self.err(w, "not_multiple", path.src(), v, d, self.where(loc, "multipleOf"), self.rule(s, "multipleOf"))

    @staticmethod
    def bounded(k: dict[str, Any]) -> bool:
        """A lower and an upper bound: NaN and the infinities fail the range check by themselves."""
        return any(kw in k for kw in ("minimum", "exclusiveMinimum")) and any(
            kw in k for kw in ("maximum", "exclusiveMaximum"))

    def number_fails(self, k: dict[str, Any], v: str) -> list[str]:
        """Conditions (for an int or float value) any of which breaks a number keyword."""
        chain = [v]
        for kw, op in (("minimum", "<="), ("exclusiveMinimum", "<")):
            if kw in k:
                chain.insert(0, f"{py_literal(k[kw])} {op}")
        for kw, op in (("maximum", "<="), ("exclusiveMaximum", "<")):
            if kw in k:
                chain.append(f"{op} {py_literal(k[kw])}")
        tests = []
        if len(chain) > 1:
            lows = [c for c in chain[:chain.index(v)]]
            highs = chain[chain.index(v) + 1:]
            if len(lows) <= 1 and len(highs) <= 1:
                tests.append(f"not {' '.join(chain)}")
            else:
                parts = [f"{lo} {v}" for lo in lows] + [f"{v} {hi}" for hi in highs]
                tests.append(f"not ({' and '.join(parts)})")
        if "multipleOf" in k:
            tests.append(f"not {self.rt('is_multiple_of')}({v}, {py_literal(k['multipleOf'])})")
        return tests

    # -- enum / const ----------------------------------------------------------------------
    def enum_test(self, options: list[Any], v: str, types: list[str] | None) -> str:
        """A boolean expression: ``v`` is one of ``options`` (JSON equality)."""
        if options and all(type(o) is str for o in options):
            pool = self.const("ENUM", frozenset(options))
            return f"{v} in {pool}" if types == ["string"] else f"(type({v}) is str and {v} in {pool})"
        if options and all(type(o) in (int, float) for o in options):
            pool = self.const("ENUM", frozenset(options))
            known = types is not None and all(t in ("integer", "number") for t in types)
            return f"{v} in {pool}" if known else f"((type({v}) is int or type({v}) is float) and {v} in {pool})"
        return f"{self.rt('in_enum')}({v}, {self.const('ENUM', tuple(options))})"

    def const_test(self, c: Any, v: str, types: list[str] | None) -> str:
        if type(c) is str:
            return f"{v} == {py_literal(c)}" if types == ["string"] else f"(type({v}) is str and {v} == {py_literal(c)})"
        if c is None or type(c) is bool:
            return f"{v} is {c!r}"
        if type(c) in (int, float):
            lit = py_literal(c)
            known = types is not None and all(t in ("integer", "number") for t in types)
            return f"{v} == {lit}" if known else f"((type({v}) is int or type({v}) is float) and {v} == {lit})"
        return f"{self.rt('json_equal')}({v}, {self.const('CONST', c)})"

    def enum_const_e(self, loc: Loc, k: dict[str, Any], s: dict[str, Any], v: str, path: PathExpr, w: Writer,
                     types: list[str] | None) -> None:
        if "enum" in k and isinstance(k["enum"], list):
            with w.block(f"if not {self.enum_test(k['enum'], v, types)}:"):
                self.err(w, "not_in_enum", path.src(), v, self.const("ENUMLIST", list(k["enum"])),
                         self.where(loc, "enum"), self.rule(s, "enum"))
        if "const" in k:
            with w.block(f"if not {self.const_test(k['const'], v, types)}:"):
                self.err(w, "not_const", path.src(), v, self.const("CONST", k["const"]),
                         self.where(loc, "const"), self.rule(s, "const"))

    def enum_const_fails(self, k: dict[str, Any], v: str, types: list[str] | None) -> list[str]:
        tests = []
        if "enum" in k and isinstance(k["enum"], list):
            tests.append(_negate(self.enum_test(k["enum"], v, types)))
        if "const" in k:
            tests.append(_negate(self.const_test(k["const"], v, types)))
        return tests


def _negate(test: str) -> str:
    for op, neg in ((" in ", " not in "), (" == ", " != "), (" is ", " is not ")):
        head, sep, tail = test.partition(op)
        if sep and head.isidentifier() and "(" not in tail and " " not in tail.strip():
            return f"{head}{neg}{tail}"
    return f"not {test}"
