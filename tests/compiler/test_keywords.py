"""Every supported keyword, compiled standalone, agrees with jsonschema on arbitrary JSON; exact
messages for the common failures; hostile schema text compiles to code that executes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

from generator.compiler import UnsupportedSchema
from generator.render.standalone import render_standalone
from tests.compiled import load
from tests.helpers import run_cli
from tests.jsonvalues import json_values

SCHEMAS: dict[str, Any] = {
    "type-list": {"type": ["string", "null", "integer"]},
    "numbers": {"type": "number", "minimum": -2, "exclusiveMaximum": 10.5, "multipleOf": 0.5},
    "integers": {"type": "integer", "exclusiveMinimum": 0, "maximum": 2**63 - 1, "multipleOf": 3},
    "strings": {"type": "string", "minLength": 2, "maxLength": 5, "pattern": "^[a-z]+\\d?$"},
    "formats": {"properties": {"u": {"format": "uuid"}, "r": {"format": "uri"}}},
    "enum-mixed": {"enum": [1, "1", True, None, [1, 2], {"a": 1}]},
    "const-number": {"const": 1},
    "const-object": {"const": {"a": [1, 2.0]}},
    "arrays": {"type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": True,
               "items": {"type": ["integer", "string", "array", "boolean"]}},
    "objects": {"type": "object", "properties": {"a": {"type": "integer"}, "b": True},
                "required": ["a", "c"], "additionalProperties": {"type": "string"},
                "minProperties": 1, "maxProperties": 4, "dependentRequired": {"b": ["a", "d"]}},
    "closed": {"properties": {"model": {}, "x": {}}, "additionalProperties": False},
    "all-any-one-not": {"allOf": [{"minimum": 0}, {"maximum": 100}],
                        "anyOf": [{"type": "integer"}, {"type": "string"}],
                        "oneOf": [{"multipleOf": 2}, {"multipleOf": 3}],
                        "not": {"const": 12}},
    "one-of-types": {"oneOf": [{"type": "string"}, {"type": "object", "required": ["image"]}]},
    "one-of-table": {"oneOf": [{"properties": {"w": {"const": 1}, "h": {"const": 2}}},
                               {"properties": {"w": {"const": 2}, "h": {"const": 1}}},
                               {"properties": {"w": {"const": 2}, "h": {"const": 1}}}]},
    "if-then-else": {"if": {"required": ["x"]}, "then": {"required": ["model"]},
                     "else": {"type": "object", "maxProperties": 1}},
    "if-schema": {"if": {"properties": {"x": {"const": 1}}}, "then": {"required": ["inputs"]}},
    "refs": {"$defs": {"pos": {"type": "integer", "minimum": 0},
                       "tree": {"type": ["array", "integer"], "items": {"$ref": "#/$defs/tree"}}},
             "properties": {"width": {"$ref": "#/$defs/pos"}, "x": {"$ref": "#/$defs/tree"}}},
    "false-and-true": {"properties": {"x": False, "model": True}},
    "ecma-pattern": {"type": "string", "pattern": "^\\w+$"},
    # The rest of 2020-12: every applicator, the unevaluated vocabulary, identifiers.
    "prefix-items": {"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": {"type": "boolean"}},
    "prefix-items-closed": {"prefixItems": [{"type": "integer"}, True], "items": False},
    "contains": {"contains": {"type": "integer", "minimum": 0}, "minContains": 2, "maxContains": 3},
    "contains-zero": {"contains": {"type": "string"}, "minContains": 0, "maxContains": 1},
    "pattern-properties": {"properties": {"x": {"type": "null"}},
                           "patternProperties": {"^w": {"type": "integer"}, "t": {"type": "string"}, "^m": False},
                           "additionalProperties": {"type": "array"}},
    "property-names": {"propertyNames": {"maxLength": 5, "pattern": "^[a-z]"}, "minProperties": 1},
    "dependent-schemas": {"dependentSchemas": {"model": {"required": ["width"]}, "x": False,
                                               "image": {"properties": {"width": {"minimum": 5}}}}},
    "unevaluated-properties": {
        "properties": {"model": {}}, "unevaluatedProperties": False,
        "anyOf": [{"properties": {"width": {"type": "integer"}}, "required": ["width"]},
                  {"properties": {"height": {}}}],
        "if": {"required": ["x"]}, "then": {"properties": {"x": {"type": "integer"}}},
        "dependentSchemas": {"image": {"properties": {"strength": True}}}},
    "unevaluated-items": {"prefixItems": [{"type": "integer"}], "contains": {"type": "string"},
                          "minContains": 0, "unevaluatedItems": {"type": "boolean"}},
    "unevaluated-nested": {"allOf": [{"properties": {"model": True}, "unevaluatedProperties": {"type": "integer"}}],
                           "properties": {"width": True}, "unevaluatedProperties": False},
    "anchors-and-ids": {"$id": "https://example.com/root.json",
                        "$defs": {"a": {"$anchor": "pos", "type": "integer", "minimum": 0},
                                  "b": {"$id": "other.json", "type": "array", "items": {"$ref": "#/$defs/c"},
                                        "$defs": {"c": {"type": "string"}}}},
                        "properties": {"width": {"$ref": "#pos"}, "x": {"$ref": "other.json"}}},
    "dynamic-ref": {"$id": "https://example.com/tree", "$dynamicAnchor": "node", "type": ["object", "integer"],
                    "properties": {"x": {"type": "array", "items": {"$dynamicRef": "#node"}}}},
    "booleans-in-applicators": {"anyOf": [False, {"type": "string"}], "oneOf": [True, {"maxLength": 3}],
                                "not": False, "if": True, "then": {"minLength": 1}, "else": False},
    "booleans-everywhere": {"allOf": [True], "anyOf": [True, False], "oneOf": [False, True], "not": False,
                            "if": False, "then": False, "else": True, "items": True, "contains": True,
                            "properties": {"model": False}, "additionalProperties": True,
                            "propertyNames": True, "dependentSchemas": {"x": True}},
    "unique-items": {"uniqueItems": True},
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_keyword_agrees_with_jsonschema(name: str) -> None:
    schema = SCHEMAS[name]
    module = load(schema, name.replace("-", "_"))
    reference = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    @given(json_values)
    def check(instance: Any) -> None:
        if name == "ecma-pattern" and isinstance(instance, str) and not instance.isascii():
            return  # ECMA-262 \w is ASCII-only; Python's re (used by jsonschema) is not
        valid = reference.is_valid(instance)
        assert (module.validate(instance) == []) == valid, instance
        assert module.is_valid(instance) == valid, instance

    check()


def test_messages_are_exact() -> None:
    module = load(SCHEMAS["objects"])
    errors = module.validate({"a": "x", "b": 1, "e": 5})
    assert [str(e) for e in errors] == [
        "a: expected an integer, found string 'x'",
        "c: required property 'c' is missing",
        "e: expected a string, found integer 5",
        "d: 'd' is required when 'b' is given",
    ]
    [error] = load(SCHEMAS["strings"]).validate("abcdef")
    assert str(error) == "(root): must have at most 5 characters, found 6 characters"
    assert error.allowed == {"minLength": 2, "maxLength": 5}


HOSTILE_TEXT = ['"""', "'''", "\\", "\n", "{{ x }}", "{% if %}", "# x", "é🙂",
                "__import__('os').system('touch /tmp/pwned-by-spec')", '"); import os; ("']


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_hostile_schema_text_compiles_and_executes_nothing(text: str, tmp_path: Any) -> None:
    schema = {
        "title": text, "description": text, "$comment": text,
        "type": "object",
        "properties": {text: {"enum": [text, "ok"], "description": text, "title": text},
                       "n": {"type": "integer", "x-rule": text}},
        "required": [text],
        "additionalProperties": False,
        "x-advisories": [{"id": text, "path": "n", "message": text, "when": {"required": ["n"]}}],
    }
    module = load(schema)
    assert module.validate({text: text}) == []
    assert module.validate({text: "ok", "n": 1}) == []
    [error] = module.validate({text: "nope"})
    assert error.rule == "enum" and error.allowed == [text, "ok"]
    [error] = module.validate({text: "ok", "n": "1"})
    assert error.rule == text
    [warning] = module.check({text: "ok", "n": 1}).warnings
    assert warning.rule == text and warning.message == text
    [error] = module.validate({text: "ok", "other": 1})
    assert error.rule == "additionalProperties"


@pytest.mark.parametrize(
    ("schema", "options", "pointer", "keyword"),
    [
        ({"$ref": "other.json#/x"}, {}, "/$ref", "$ref"),
        ({"$ref": "#/$defs/missing"}, {}, "/$ref", "$ref"),
        ({"properties": {"a": {"pattern": "a{"}}}, {}, "/properties/a/pattern", "pattern"),
        ({"patternProperties": {"(?P<n>a)": True}}, {}, "/patternProperties/(?P<n>a)", "patternProperties"),
        ({"pattern": "(?<=a+)b"}, {}, "/pattern", "pattern"),  # valid ECMA-262; Python needs fixed width
        ({"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}},
         {}, "/$defs/a/$ref", "$ref"),
        ({"type": "strin"}, {}, "/type", "type"),
        ({"allOf": [{"foo": 1}]}, {"unknown_keywords": "refuse"}, "/allOf/0/foo", "foo"),
        ({"$schema": "http://json-schema.org/draft-07/schema#"}, {}, "/$schema", "$schema"),
    ],
)
def test_what_cannot_be_compiled_exactly_is_refused(schema: Any, options: dict[str, Any], pointer: str,
                                                    keyword: str) -> None:
    with pytest.raises(UnsupportedSchema) as info:
        render_standalone(schema, **options)
    assert (info.value.pointer, info.value.keyword) == (pointer, keyword)


def test_compile_command(tmp_path: Any) -> None:
    schema_file = tmp_path / "s.json"
    schema_file.write_text(json.dumps(SCHEMAS["objects"]))
    out = tmp_path / "v.py"
    res = run_cli("compile", str(schema_file), "-o", str(out))
    assert res.returncode == 0, res.stderr
    namespace: dict[str, Any] = {}
    exec(compile(out.read_text(), str(out), "exec"), namespace)  # noqa: S102 - generated by the test
    assert namespace["validate"]({"a": 1, "c": "x"}) == []
    assert [e.rule for e in namespace["validate"]({})] == ["required", "required", "minProperties"]
    res = run_cli("compile", str(schema_file))
    assert res.returncode == 0 and "def validate(" in res.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"pattern": "a{"}', "/pattern: 'a{' is not an ECMA-262 regular expression"),
        ('{"properties": {"a": {"$ref": "#/nope"}}}', "/properties/a/$ref: $ref '#/nope' does not resolve"),
        ('{"$ref": "#"}', "/$ref: a $ref cycle that never reaches a smaller part of the instance"),
        ('{"type": 5}', "/type: not a valid JSON Schema 2020-12 document"),
        ("{oops", "not valid JSON"),
    ],
)
def test_compile_command_refuses_with_exit_2_and_writes_nothing(tmp_path: Any, content: str,
                                                                 expected: str) -> None:
    schema_file = tmp_path / "s.json"
    schema_file.write_text(content)
    out = tmp_path / "v.py"
    res = run_cli("compile", str(schema_file), "-o", str(out))
    assert res.returncode == 2
    assert expected in res.stderr and "s.json" in res.stderr
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]
