"""ECMA-262 patterns: parsed with the Unicode-mode grammar, run by Python's re with ECMA's meaning,
and refused (naming the pointer) when they are not ECMA-262 or Python cannot run them exactly."""

from __future__ import annotations

import re

import pytest

from generator.compiler import UnsupportedSchema, compile_schema
from generator.compiler.patterns import UntranslatablePattern, fixed_shape, translate
from generator.runtime.ecmaregex import RegexSyntaxError, is_regex, parse


def matches(pattern: str, text: str) -> bool:
    return re.search(translate(pattern), text) is not None


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("^abc$", "abc\n", False), ("^abc$", "abc", True),          # $ is the end of input
        ("^.$", "\n", False), ("^.$", "\u2028", False), ("^.$", "\U0001f432", True),  # . and code points
        ("^\\d$", "\u0660", False), ("^\\w$", "é", False), ("^\\s$", "\ufeff", True), ("^\\s$", "\u0085", False),
        ("\\bé", "aé", True), ("a\\b", "aé", True), ("\\bé", "é", False),  # \b is ASCII
        ("^[^]$", "\n", True), ("^[]$", "", False), ("^[\\d-]$", "-", True),
        ("^\\cJ$", "\n", True), ("^\\u{1F432}$", "\U0001f432", True), ("^\\uD83D\\uDC32$", "\U0001f432", True),
        ("^\\x41\\0$", "A\x00", True), ("^(?<y>a)\\k<y>$", "aa", True), ("^(a)\\1$", "aa", True),
        ("^(?:(a)|b)\\1$", "b", True), ("^(?:(?<g>a)|b)\\k<g>c$", "bc", True), ("^(?:(a)|b)\\1$", "aa", True),
        ("^\\p{Lu}\\P{Lu}$", "Ab", True), ("^\\p{L}+$", "πé", True), ("^\\p{Nd}$", "\u0660", True),
        ("^[\\p{Lu}\\d]+$", "A1", True), ("(?<=a)b", "ab", True), ("(?<!a)b", "ab", False),
        ("^a{2,3}$", "aaaa", False), ("^a{2,}?$", "aaaa", True), ("^[a-c]+$", "[]", False),
        ("^[\\[\\]]+$", "[]", True), ("[[]", "[", True), ("[&&]", "&", True), ("[+--]", ",", True),
    ],
)
def test_patterns_mean_what_ecma_262_says(pattern: str, text: str, expected: bool) -> None:
    assert matches(pattern, text) is expected
    assert compile_schema({"pattern": pattern}).is_valid(text) is expected


@pytest.mark.parametrize(
    "pattern",
    ["a{", "a{1", "}", "]", "\\a", "[a--]", "(?P<n>x)", "(?#c)", "(?i)a", "a**", "(", "a)", "[b-a]", "\\k<n>", "\\2(a)",
     "(?<n>a)(?<n>b)", "\\p{Nope}", "\\u12", "\\c1", "[\\d-z]", "a{2,1}", "(?=a)*", "\\"],
)
def test_what_is_not_ecma_262_is_refused(pattern: str) -> None:
    assert not is_regex(pattern)
    with pytest.raises(RegexSyntaxError):
        parse(pattern)
    with pytest.raises(UnsupportedSchema) as info:
        compile_schema({"properties": {"a": {"pattern": pattern}}})
    assert info.value.pointer == "/properties/a/pattern" and "ECMA-262" in info.value.message


@pytest.mark.parametrize("pattern", ["(?<=a+)b", "(?<!x|yy)z", "\\p{Script=Greek}"])
def test_valid_ecma_262_python_cannot_run_exactly_is_refused(pattern: str) -> None:
    assert is_regex(pattern)  # format: regex accepts it ...
    with pytest.raises(UntranslatablePattern):
        translate(pattern)
    with pytest.raises(UnsupportedSchema, match="cannot be compiled exactly"):  # ... the compiler will not guess
        compile_schema({"patternProperties": {pattern: True}})


def test_translations_contain_no_python_only_class_syntax() -> None:
    for pattern in ("[[]", "[&&]", "[+--]", "[~~]", "[||]", "[-]", "[a-]"):
        source = translate(pattern)
        assert not any(op in source for op in ("[[", "&&", "--", "~~", "||")), source
        re.compile(source)  # and no FutureWarning-prone nested set either


def test_fixed_shape_describes_each_position() -> None:
    shape = fixed_shape("^[0-9a-f]{2}-x$")
    assert shape is not None and len(shape) == 4 and shape[2] == ((0x2D, 0x2D),)
    assert fixed_shape("^a+$") is None and fixed_shape("a") is None
