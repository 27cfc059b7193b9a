"""Spec text reaches generated code only through these renderers: they must be injection-proof."""

from __future__ import annotations

import ast
import inspect
import keyword

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.compiler.literals import (
    class_name,
    comment,
    docstring,
    identifier,
    py_literal,
    snake_case,
)

HOSTILE = [
    '"""', "'''", "\\", "\\\\\"", "\n", "{{ x }}", "{% raw %}", "# not a comment", "é✓🙂",
    "__import__('os').system('echo pwned')", '"; import os; "', "\x00\x1f\x7f", "\ud800",
    'ends with a quote"', "ends with a backslash\\",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_py_literal_round_trips(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


@given(st.text() | st.sampled_from(HOSTILE) | st.lists(st.sampled_from(HOSTILE + [' ', 'a', '\t'])).map(''.join))
@example("0\n0\t0")  # a tab after the indent shift used to land on another tab stop
@example("a\tb\n\tc\n  d\t\te")
@example("x\n \t\n\ty")
def test_docstring_round_trips_and_executes_nothing(text: str) -> None:
    source = f"def f():\n    {docstring(text, indent='    ')}\n    return 1\n"
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef) and len(func.body) == 2
    # Continuation lines are indented to sit in the function body; cleandoc (what help() and
    # IDEs apply) must give back the text itself.
    assert ast.get_docstring(func, clean=True) == inspect.cleandoc(text.strip())
    flat = f"{docstring(text)}\n"
    assert ast.literal_eval(flat) == text.strip()


@given(st.text() | st.sampled_from(HOSTILE))
def test_comment_stays_one_comment(text: str) -> None:
    source = f"x = 1  {comment(text)}\n"
    tree = ast.parse(source)
    assert len(tree.body) == 1 and source.count("\n") == 1


@given(st.text(min_size=0, max_size=30) | st.sampled_from(HOSTILE + keyword.kwlist))
def test_names_are_identifiers(name: str) -> None:
    for fn in (identifier, snake_case, class_name):
        out = fn(name)
        assert out.isidentifier() and not keyword.iskeyword(out), (fn.__name__, name, out)


def test_identifier_avoids_collisions() -> None:
    taken: set[str] = set()
    assert [identifier(n, taken=taken) for n in ("a-b", "a_b", "a.b")] == ["a_b", "a_b_2", "a_b_3"]
    assert snake_case("positivePrompt") == "positive_prompt"
    assert snake_case("NSFWContent") == "nsfw_content"
    assert class_name("krea-2-medium") == "Krea2Medium"


def test_identifiers_do_not_depend_on_the_python_version(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyword.softkwlist differs between interpreters (3.12 added "type"); the output may not.
    monkeypatch.setattr(keyword, "softkwlist", ["_", "case", "match"])
    monkeypatch.setattr(keyword, "issoftkeyword", frozenset(keyword.softkwlist).__contains__)
    assert identifier("type") == "type_"
    assert identifier("match") == "match_"
