"""The guarantees every keyword keeps: never raises on any value, never mutates it, errors render
as text and JSON, hostile schema text executes nothing, the module type-checks and runtime
helpers embedded together do not shadow each other."""

from __future__ import annotations

import ast
import collections
import copy
import json
import math
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.compiler import compile_schema
from generator.compiler.runtime_index import EMBEDDED, RUNTIME
from generator.render.formatting import format_python
from generator.render.standalone import render_standalone
from tests.jsonvalues import json_values

EVERYTHING: dict[str, Any] = {
    "$id": "https://example.com/everything", "$dynamicAnchor": "node",
    "$defs": {"pos": {"$anchor": "pos", "type": "integer", "minimum": 0},
              "tree": {"type": "array", "items": {"$dynamicRef": "#node"}}},
    "type": ["object", "array", "string", "number", "null", "boolean"],
    "properties": {"model": {"const": "m"}, "width": {"$ref": "#pos"}, "x": {"$ref": "#/$defs/tree"},
                   "image": {"format": "uri"}, "inputs": {"type": "object", "unevaluatedProperties": False,
                                                          "properties": {"a": True}, "anyOf": [
                                                              {"properties": {"b": {"type": "string"}}}, True]}},
    "patternProperties": {"^h": {"maximum": 10}, "g$": {"type": "string"}},
    "additionalProperties": {"not": {"type": "null"}},
    "propertyNames": {"maxLength": 8}, "dependentSchemas": {"strength": {"required": ["image"]}},
    "dependentRequired": {"height": ["width"]}, "minProperties": 0, "maxProperties": 9,
    "prefixItems": [{"type": "integer"}, {"enum": [1, "1", None, [1], {"a": 1}]}],
    "items": {"$ref": "#"}, "contains": {"type": "integer"}, "minContains": 0, "maxContains": 3,
    "uniqueItems": True, "unevaluatedItems": False, "minItems": 0, "maxItems": 6,
    "minLength": 0, "maxLength": 30, "pattern": "^[^\\n]*$",
    "multipleOf": 0.5, "exclusiveMinimum": -1e300, "maximum": 2**70,
    "oneOf": [{"type": "array"}, {"not": {"type": "array"}}],
    "if": {"type": "object", "required": ["model"]}, "then": {"required": ["width"]}, "else": True,
}

hostile_leaves = st.one_of(
    json_values,
    st.sampled_from([math.nan, math.inf, -math.inf, 10**400, -(10**4000), "\ud800", "\x00", "é" * 1000, 2**70, -0.0]),
)
hostile = st.recursive(hostile_leaves, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=9), inner, max_size=5), max_leaves=15)


@pytest.fixture(scope="module")
def everything() -> Any:
    return compile_schema(EVERYTHING, formats="assert")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300)
@given(hostile)
def test_no_value_makes_a_validator_raise_or_changes_it(everything: Any, value: Any) -> None:
    before = repr(value)
    errors = everything.validate(value)
    valid = everything.is_valid(value)
    assert repr(value) == before
    assert valid is (not errors)
    for error in errors:
        assert str(error) and error.rule
        json.dumps(error.to_dict())
    everything.check(value)


def test_deep_values_and_deep_ref_cycles_never_raise(everything: Any) -> None:
    deep: Any = [0]
    for _ in range(30_000):
        deep = [deep]
    nested: Any = {}
    for _ in range(30_000):
        nested = {"inputs": nested}
    for value in (deep, nested):
        assert everything.validate(value) and not everything.is_valid(value)
    assert len(deep) == 1 and list(nested) == ["inputs"]


EVIL = ['"""', "'''", "\\", "\n", "{{ x }}", "{% if %}", "# x", "é🙂", "__import__('os').system('touch /tmp/pwned')",
        '"); import os; ("']


@pytest.mark.parametrize("text", EVIL)
def test_hostile_text_in_any_keyword_compiles_and_executes_nothing(text: str, tmp_path: Path) -> None:
    escaped = "".join(f"\\u{ord(c):04x}" if not c.isalnum() else c for c in text if ord(c) < 0x10000)
    schema = {
        "$id": "https://example.com/" + urllib.parse.quote(text), "title": text, "$comment": text, text: text,
        "format": text, "x-rule": text,
        "properties": {text: {"enum": [text], "x-rule": text}},
        "patternProperties": {f"^{escaped}$": {"maxLength": 99}},
        "dependentSchemas": {text: {"required": [text + "!"]}},
        "propertyNames": {"not": {"const": text + "?"}},
        "contains": {"const": text}, "minContains": 0, "maxContains": 1,
        "oneOf": [{"title": text, "type": "object"}, {"title": text, "type": "array"}],
        "unevaluatedProperties": {"type": "string"},
    }
    source = format_python(render_standalone(schema, formats="assert"), filename="evil")
    ast.parse(source)
    namespace: dict[str, Any] = {}
    exec(compile(source, "<evil>", "exec"), namespace)  # noqa: S102 - the point of the test
    validate = namespace["validate"]
    assert [e.rule for e in validate({text: text, text + "!": 1})] == ["type"]  # unevaluated: a string
    [error] = validate({text: "other", text + "!": ""})
    assert error.rule == text and error.allowed == [text] and error.value == "other"
    # The root's x-rule names the rule of the root's own keywords.
    assert [e.rule for e in validate({text: text, text + "!": "", text + "?": ""})] == [text]
    assert [e.rule for e in validate({text: text})] == ["required"]
    assert [(e.rule, e.schema_path) for e in validate([text, text])] == [(text, "/maxContains")]
    assert not Path("/tmp/pwned").exists() and not list(tmp_path.iterdir())


def test_a_module_of_every_keyword_passes_mypy_strict(tmp_path: Path) -> None:
    module = tmp_path / "everything.py"
    module.write_text(format_python(render_standalone(EVERYTHING, formats="assert"), filename="everything"))
    res = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(module)],
                         capture_output=True, text=True, timeout=600, check=False)
    assert res.returncode == 0, res.stdout[-3000:]


def test_embedded_runtime_modules_do_not_shadow_each_others_names() -> None:
    """They share one namespace in a standalone module (a clash once turned a set into a string)."""
    seen: dict[str, list[str]] = collections.defaultdict(list)
    for filename in EMBEDDED:
        for node in ast.parse((RUNTIME / filename).read_text()).body:
            names: list[str] = []
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            for name in names:
                seen[name].append(filename)
    assert {n: f for n, f in seen.items() if len(f) > 1 and n != "__all__"} == {}


def test_validators_do_not_mutate_instances_they_reject(everything: Any) -> None:
    value = {"inputs": {"a": 1, "c": [1, {"d": 2}]}, "h1": 11, "nul": None, "x": [[["a"]]]}
    before = copy.deepcopy(value)
    assert everything.validate(value)
    assert value == before
