"""State and helpers shared by the emitter and its keyword mixins (``kw_*.py``, ``annotations.py``).

Three kinds of code are emitted for a schema location, each specialised to the dynamic scope
(``Dyn``: which resource each ``$dynamicAnchor`` name is bound to):

- ``e`` (errors): appends a ``DeferredError`` per broken rule to ``errs``; never raises, never
  stops early. Used by ``validate``.
- ``b`` (boolean): runs ``fail`` (``return False``, or ``ok = False; break`` in a loop) at the
  first broken rule. It reads required properties as ``v[key]``: the code around it turns the
  KeyError of a missing one into "invalid". Used by ``is_valid``, by the applicators (``anyOf`` branch tests, ``not``,
  ``if``, ``contains``) and as the first pass over array items in ``e`` code.
- ``l`` (annotations): the property names or item indexes a valid schema evaluated, for
  ``unevaluatedProperties`` / ``unevaluatedItems`` (``True`` meaning all of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .literals import py_literal
from .pointers import escape
from .resources import Dyn, Index, Loc
from .writer import Constants, Names, Writer

FAIL_RETURN: tuple[str, ...] = ("return False",)

TYPE_TEST = {
    "string": "type({v}) is str",
    "integer": "(type({v}) is int or (type({v}) is float and {v}.is_integer()))",
    "number": "(type({v}) is int or (type({v}) is float and {v} - {v} == 0))",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
    "array": "type({v}) is list",
    "object": "type({v}) is dict",
}
# The same tests given ``t = type(v)`` (for dispatching on the type of one value).
TYPE_TEST_T = {
    "string": "{t} is str",
    "integer": "({t} is int or ({t} is float and {v}.is_integer()))",
    "number": "({t} is int or ({t} is float and {v} - {v} == 0))",
    "boolean": "{t} is bool",
    "null": "{v} is None",
    "array": "{t} is list",
    "object": "{t} is dict",
}
GROUP_GUARD = {
    "string": "type({v}) is str",
    "number": "(type({v}) is int or type({v}) is float)",
    "array": "type({v}) is list",
    "object": "type({v}) is dict",
}
GROUPS: dict[str, tuple[str, ...]] = {
    "string": ("minLength", "maxLength", "pattern", "format"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "array": ("minItems", "maxItems", "uniqueItems", "prefixItems", "items", "contains",
              "unevaluatedItems"),
    "object": ("properties", "patternProperties", "additionalProperties", "required",
               "dependentRequired", "dependentSchemas", "propertyNames", "minProperties",
               "maxProperties", "unevaluatedProperties", "dependencies"),
}
# Keywords that hold a subschema evaluated against the same instance.
IN_PLACE = ("$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas")


@dataclass(frozen=True)
class Options:
    """``assert_formats``: ``format`` is an assertion (else an annotation, the 2020-12 default)."""

    assert_formats: bool = True


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


def type_test(types: list[str], v: str, bounded: bool = False) -> str:
    """``bounded``: a range check follows that NaN and the infinities fail, so "number" can skip
    its own finiteness test."""
    if "integer" in types and "number" in types:
        types = [t for t in types if t != "integer"]
    return " or ".join((GROUP_GUARD["number"] if t == "number" and bounded else TYPE_TEST[t]).format(v=v)
                       for t in types)


_NEGATED = {"string": "type({v}) is not str", "boolean": "type({v}) is not bool", "null": "{v} is not None",
            "array": "type({v}) is not list", "object": "type({v}) is not dict"}


def negated_type_test(types: list[str], v: str, bounded: bool = False) -> str:
    if len(types) == 1 and types[0] in _NEGATED:
        return _NEGATED[types[0]].format(v=v)
    return f"not ({type_test(types, v, bounded)})"


def sub(loc: Loc, *parts: str | int) -> Loc:
    return loc[0], loc[1] + "".join(f"/{escape(str(p))}" for p in parts)


class EmitterBase:
    """Declarations and helpers; ``Emitter`` (emit.py) provides the node-level methods."""

    index: Index
    consts: Constants
    names: Names
    opts: Options
    runtime_names: set[str]
    depth: int

    def rt(self, name: str) -> str:
        self.runtime_names.add(name)
        return name

    def const(self, prefix: str, value: Any) -> str:
        return self.consts.add(prefix, value)

    def fresh(self, prefix: str) -> str:
        return self.names.fresh(prefix)

    def where(self, loc: Loc, keyword: str = "") -> str:
        text = self.index.display(loc) + (f"/{escape(keyword)}" if keyword else "")
        return py_literal(text or "")

    def rule(self, s: Any, keyword: str) -> str:
        custom = s.get("x-rule") if isinstance(s, dict) else None
        return py_literal(custom if isinstance(custom, str) else keyword)

    def err(self, w: Writer, fn: str, *args: str) -> None:
        w.line(f"errs.append({self.rt('deferred')}({self.rt(fn)}, {', '.join(args)}))")

    # -- provided by Emitter ----------------------------------------------------------------
    def node_e(self, loc: Loc, dyn: Dyn, v: str, path: PathExpr, w: Writer) -> None:
        raise NotImplementedError

    def node_b(self, loc: Loc, dyn: Dyn, v: str, w: Writer, fail: tuple[str, ...]) -> None:
        raise NotImplementedError

    def pred(self, loc: Loc, dyn: Dyn, v: str, known: list[str] | None = None) -> str:
        """A boolean expression: ``v`` is valid against the schema at ``loc`` (``known``: its types)."""
        raise NotImplementedError

    def node_e_known(self, loc: Loc, dyn: Dyn, v: str, path: PathExpr, w: Writer, known: list[str] | None) -> None:
        raise NotImplementedError

    def node_b_known(self, loc: Loc, dyn: Dyn, v: str, w: Writer, fail: tuple[str, ...],
                     known: list[str] | None) -> None:
        raise NotImplementedError

    def call(self, mode: str, loc: Loc, dyn: Dyn, where: str) -> str:
        """The name of the ``mode`` function for ``loc`` (compiled on first use)."""
        raise NotImplementedError

    def keywords(self, loc: Loc) -> dict[str, Any]:
        raise NotImplementedError

    def always_true(self, loc: Loc) -> bool:
        raise NotImplementedError

    def size(self, loc: Loc) -> int:
        raise NotImplementedError

    def pattern_source(self, pattern: str) -> str:
        raise NotImplementedError

    def follow(self, loc: Loc, dyn: Dyn, keyword: str) -> tuple[Loc, Dyn]:
        raise NotImplementedError

    def guarded(self, w: Writer, expr: str, loc: Loc, keyword: str, v: str, path: PathExpr) -> str:
        raise NotImplementedError

    def enter(self, loc: Loc, dyn: Dyn) -> Dyn:
        raise NotImplementedError

    def descend(self) -> _Descent:
        return _Descent(self)


class _Descent:
    """``with self.descend():`` around code that validates a part of the instance (a child)."""

    def __init__(self, owner: EmitterBase) -> None:
        self.owner = owner

    def __enter__(self) -> None:
        self.owner.depth += 1

    def __exit__(self, *exc: object) -> None:
        self.owner.depth -= 1
