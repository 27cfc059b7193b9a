"""ECMA-262 regular expressions (what JSON Schema ``pattern`` means) as Python ``re`` patterns.

The tree comes from ``runtime/ecmaregex.py``; every construct is rewritten so Python matches what
ECMA-262 matches: ``$`` is the end of input (Python's also matches before a final newline), ``.``
excludes the four line terminators, ``\\d``/``\\w``/``\\b`` are ASCII-only, ``\\s`` is ECMA's
whitespace set, ``\\p{...}`` becomes the code point ranges of ``unicodedata`` (at compile time, so
the generated module does not depend on the Unicode version it runs on), and named groups and
``\\k<name>`` use Python's spelling. Character classes are emitted as explicit ranges, so no
Python-only class syntax (``[[``, ``&&``, ``--``) can sneak in.

A backreference to a group that did not participate matches the empty string (ECMA-262), as a
Python conditional group. What Python's engine cannot run is refused with
``UntranslatablePattern``: variable-width lookbehind, backreferences Python rejects (to an open
group, beyond 99) and Unicode properties ``unicodedata`` cannot answer (scripts).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from ..runtime.ecmaregex import GENERAL_CATEGORIES, Node, RegexSyntaxError, parse

__all__ = ["RegexSyntaxError", "UntranslatablePattern", "compile_pattern", "fixed_shape", "translate"]

MAX = 0x10FFFF
Ranges = tuple[tuple[int, int], ...]

_DIGIT: Ranges = ((0x30, 0x39),)
_WORD: Ranges = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
_SPACE: Ranges = ((0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A),
                  (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF))
_LINE_TERMINATORS: Ranges = ((0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029))
_WHITE_SPACE_PROPERTY: Ranges = ((0x09, 0x0D), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
                                 (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
                                 (0x3000, 0x3000))


class UntranslatablePattern(ValueError):
    """Valid ECMA-262 that Python's ``re`` cannot run with the same meaning."""


def _normalise(ranges: list[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def _complement(ranges: Ranges) -> Ranges:
    out = []
    nxt = 0
    for lo, hi in ranges:
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= MAX:
        out.append((nxt, MAX))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _categories() -> dict[str, Ranges]:
    """Code point ranges of every General_Category value (one scan of ``unicodedata``)."""
    acc: dict[str, list[tuple[int, int]]] = {}
    start, current = 0, unicodedata.category(chr(0))
    for cp in range(1, MAX + 2):
        cat = unicodedata.category(chr(cp)) if cp <= MAX else ""
        if cat != current:
            acc.setdefault(current, []).append((start, cp - 1))
            start, current = cp, cat
    return {k: tuple(v) for k, v in acc.items()}


def _property(name: str) -> Ranges:
    if name in GENERAL_CATEGORIES:
        cats = _categories()
        return _normalise([r for c in GENERAL_CATEGORIES[name] for r in cats.get(c, ())])
    if name == "Any":
        return ((0, MAX),)
    if name == "ASCII":
        return ((0, 0x7F),)
    if name == "Assigned":
        return _complement(_categories().get("Cn", ()))
    if name in ("White_Space", "space"):
        return _WHITE_SPACE_PROPERTY
    raise UntranslatablePattern(
        f"\\p{{{name}}} needs Unicode data Python's unicodedata does not have "
        "(General_Category values, Any, ASCII, Assigned and White_Space are supported)")


def _item_ranges(item: Node) -> Ranges:
    kind = item[0]
    if kind == "range":
        return ((item[1], item[2]),)
    if kind == "esc":
        base = {"d": _DIGIT, "w": _WORD, "s": _SPACE}[item[1].lower()]
        return _complement(base) if item[1].isupper() else base
    if kind == "prop":
        ranges = _property(item[2])
        return _complement(ranges) if item[1] else ranges
    raise AssertionError(kind)


def _esc(cp: int) -> str:
    ch = chr(cp)
    if 0x21 <= cp <= 0x7E:
        return re.escape(ch)
    return f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}"


def _class_source(ranges: Ranges) -> str:
    if not ranges:
        return "(?!)"
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _esc(ranges[0][0])
    body = "".join(_esc(lo) if lo == hi else f"{_esc(lo)}-{_esc(hi)}" for lo, hi in ranges)
    return f"[{body}]"


def _set_of(node: Node) -> Ranges | None:
    """The code points a one-character node matches, or None when it is not one character."""
    kind = node[0]
    if kind == "char":
        return ((node[1], node[1]),)
    if kind == "any":
        return _complement(_LINE_TERMINATORS)
    if kind in ("esc", "prop"):
        return _item_ranges(node)
    if kind == "class":
        ranges = _normalise([r for item in node[2] for r in _item_ranges(item)])
        return _complement(ranges) if node[1] else ranges
    return None


class _Translator:
    def __init__(self, names: tuple[str, ...]) -> None:
        self.py_names = {n: (n if n.isidentifier() and n.isascii() else f"_g{i}") for i, n in enumerate(names)}
        self.ascii_flag = False

    def node(self, n: Node) -> str:
        kind = n[0]
        one = _set_of(n)
        if one is not None:
            return _class_source(one)
        if kind == "seq":
            return "".join(self.node(t) for t in n[1])
        if kind == "alt":
            return "|".join(self.node(a) for a in n[1])
        if kind == "group":
            inner = self.node(n[3])
            if n[1] is None:
                return f"(?:{inner})"
            if n[2] is not None:
                return f"(?P<{self.py_names[n[2]]}>{inner})"
            return f"({inner})"
        if kind == "look":
            if n[1].startswith("<"):
                lo, hi = _width(n[2])
                if lo != hi:
                    raise UntranslatablePattern("variable-width lookbehind (Python's re needs a fixed width)")
            return f"(?{n[1]}{self.node(n[2])})"
        if kind == "bol":
            return "^"
        if kind == "eol":
            return "\\Z"
        if kind == "wordb":
            self.ascii_flag = True
            return "\\B" if n[1] else "\\b"
        # A backreference to a group that did not take part matches the empty string in ECMA-262
        # and fails in Python: only refer to the group when it matched.
        if kind == "backref":
            if n[1] > 99:
                raise UntranslatablePattern("a backreference beyond \\99")
            return f"(?({n[1]})\\{n[1]})"
        if kind == "namedref":
            name = self.py_names[n[1]]
            return f"(?({name})(?P={name}))"
        if kind == "repeat":
            atom, lo, hi, greedy = n[1], n[2], n[3], n[4]
            inner = self.node(atom)
            if _set_of(atom) is None and atom[0] != "group":
                inner = f"(?:{inner})"
            if (lo, hi) == (0, None):
                q = "*"
            elif (lo, hi) == (1, None):
                q = "+"
            elif (lo, hi) == (0, 1):
                q = "?"
            elif hi is None:
                q = f"{{{lo},}}"
            elif lo == hi:
                q = f"{{{lo}}}"
            else:
                q = f"{{{lo},{hi}}}"
            return inner + q + ("" if greedy else "?")
        raise AssertionError(kind)


def _width(n: Node) -> tuple[int, int | None]:
    kind = n[0]
    if _set_of(n) is not None:
        return 1, 1
    if kind == "seq":
        lo = 0
        total: int | None = 0
        for t in n[1]:
            a, b = _width(t)
            lo += a
            total = None if total is None or b is None else total + b
        return lo, total
    if kind == "alt":
        widths = [_width(a) for a in n[1]]
        los = [w[0] for w in widths]
        his = [w[1] for w in widths]
        return min(los), None if None in his else max(h for h in his if h is not None)
    if kind == "group":
        return _width(n[3])
    if kind == "repeat":
        a, b = _width(n[1])
        return a * n[2], None if n[3] is None or b is None else b * n[3]
    if kind in ("backref", "namedref"):
        return 0, None
    return 0, 0  # assertions


@functools.lru_cache(maxsize=1024)
def translate(pattern: str) -> str:
    """Python ``re`` source matching exactly what the ECMA-262 ``pattern`` matches (``search``)."""
    tree = parse(pattern)
    t = _Translator(tree[3])
    source = t.node(tree[1])
    if t.ascii_flag:
        source = "(?a)" + source
    try:
        re.compile(source)
    except (re.error, OverflowError, RecursionError) as exc:
        raise UntranslatablePattern(f"Python's re cannot run it ({exc})") from None
    return source


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(translate(pattern))


def fixed_shape(pattern: str) -> tuple[Ranges, ...] | None:
    """For an anchored pattern of fixed length (``^[0-9a-f]{8}-...$``): the set of each position."""
    try:
        tree = parse(pattern)
    except RegexSyntaxError:
        return None
    body: Any = tree[1]
    if body[0] != "seq" or len(body[1]) < 2 or body[1][0] != ("bol",) or body[1][-1] != ("eol",):
        return None
    out: list[Ranges] = []
    for term in body[1][1:-1]:
        count = 1
        if term[0] == "repeat" and term[3] == term[2]:
            count, term = term[2], term[1]
        one = _set_of(term)
        if one is None or count > 64:
            return None
        out.extend([one] * count)
    return tuple(out)
