"""What each 2020-12 keyword reports: every error in one pass, with its JSON path, rule, offending
value and the pointer of the keyword that failed; exact wording for the new kinds of error."""

from __future__ import annotations

import ast
from typing import Any

import pytest

from generator.compiler import compile_schema
from generator.render.formatting import format_python
from generator.render.standalone import render_standalone

Report = tuple[str, str, str, Any]  # (path, rule, schema_path, value)


def report(schema: Any, instance: Any, **options: Any) -> list[Report]:
    validator = compile_schema(schema, **options)
    errors = validator.validate(instance)
    assert validator.is_valid(instance) is (not errors)
    return [(e.path, e.rule, e.schema_path, e.value) for e in errors]


@pytest.mark.parametrize(
    ("schema", "instance", "expected"),
    [
        ({"prefixItems": [{"type": "integer"}, {"type": "string"}]}, ["a", 1],
         [("[0]", "type", "/prefixItems/0/type", "a"), ("[1]", "type", "/prefixItems/1/type", 1)]),
        ({"prefixItems": [True], "items": False}, [1, 2, 3],
         [("[1]", "items", "/items", 2), ("[2]", "items", "/items", 3)]),
        ({"items": {"minimum": 3}}, [5, 1, 7, 0],
         [("[1]", "minimum", "/items/minimum", 1), ("[3]", "minimum", "/items/minimum", 0)]),
        ({"contains": {"type": "integer"}, "minContains": 2}, ["a", 1],
         [("", "contains", "/minContains", ["a", 1])]),
        ({"contains": {"type": "integer"}, "maxContains": 1}, [1, 2],
         [("", "contains", "/maxContains", [1, 2])]),
        ({"contains": {"const": 0}}, [1], [("", "contains", "/contains", [1])]),
        ({"patternProperties": {"^a": {"type": "string"}}, "additionalProperties": False}, {"ab": 1, "b": 2},
         [("ab", "type", "/patternProperties/^a/type", 1), ("b", "additionalProperties", "/additionalProperties", 2)]),
        ({"propertyNames": {"maxLength": 2}}, {"abc": 1, "ok": 2},
         [("abc", "propertyNames", "/propertyNames", "abc")]),
        ({"dependentSchemas": {"a": {"required": ["b"]}}}, {"a": 1},
         [("b", "required", "/dependentSchemas/a/required", None)]),
        ({"properties": {"a": True}, "unevaluatedProperties": False}, {"a": 1, "b": 2},
         [("b", "unevaluatedProperties", "/unevaluatedProperties", 2)]),
        ({"anyOf": [{"properties": {"a": True}}, {"properties": {"b": {"type": "string"}}}],
          "unevaluatedProperties": False}, {"a": 1, "b": 2, "c": 3},
         [("b", "unevaluatedProperties", "/unevaluatedProperties", 2),
          ("c", "unevaluatedProperties", "/unevaluatedProperties", 3)]),
        ({"prefixItems": [True], "unevaluatedItems": {"type": "string"}}, [1, 2],
         [("[1]", "type", "/unevaluatedItems/type", 2)]),
        ({"$defs": {"p": {"$anchor": "p", "minimum": 0}}, "$ref": "#p"}, -1,
         [("", "minimum", "/$defs/p/minimum", -1)]),
        ({"anyOf": [False, {"type": "string"}]}, 1, [("", "anyOf", "/anyOf", 1)]),
        ({"oneOf": [True, {"type": "integer"}]}, 1, [("", "oneOf", "/oneOf", 1)]),
        ({"not": True}, 1, [("", "not", "/not", 1)]),
        ({"if": False, "else": {"const": 2}}, 1, [("", "const", "/else/const", 1)]),
        (False, 1, [("", "false", "", 1)]),
        ({"properties": {"a": False}}, {"a": 1}, [("a", "false", "/properties/a", 1)]),
        ({"uniqueItems": True}, [{"a": [1, 2.0]}, {"a": [1.0, 2]}], [("", "uniqueItems", "/uniqueItems",
                                                                     [{"a": [1, 2.0]}, {"a": [1.0, 2]}])]),
        ({"format": "email"}, "nope", [("", "format", "/format", "nope")]),
        ({"dependencies": {"a": ["b"]}}, {"a": 1}, [("b", "dependencies", "/dependencies", None)]),
    ],
)
def test_each_keyword_reports_where_what_and_which_keyword(schema: Any, instance: Any,
                                                           expected: list[Report]) -> None:
    assert report(schema, instance, formats="assert") == expected


@pytest.mark.parametrize(
    ("schema", "instance", "message"),
    [
        ({"contains": {"type": "integer"}, "minContains": 2}, ["a", 1],
         "(root): must contain at least 2 matching items, found 1"),
        ({"contains": {"type": "integer"}, "maxContains": 1}, [1, 2],
         "(root): must contain at most 1 matching item, found 2"),
        ({"unevaluatedProperties": False}, {"b": 2}, "b: property 'b' is not allowed here (no other keyword accepts it)"),
        ({"unevaluatedItems": False}, [1], "[0]: item 0 is not allowed here (no other keyword accepts it)"),
        ({"propertyNames": {"pattern": "^[a-z]+$"}}, {"A": 1},
         "A: property name 'A' does not match the propertyNames schema"),
        ({"format": "date-time"}, "2024-02-30T00:00:00Z",
         "(root): '2024-02-30T00:00:00Z' is not a date-time (RFC 3339, e.g. 2024-05-01T12:00:00Z)"),
        ({"format": "ipv4"}, "1.2.3", "(root): '1.2.3' is not an IPv4 address (dotted quad)"),
        (False, None, "(root): no value is allowed here"),
    ],
)
def test_messages_of_the_new_keywords_are_exact(schema: Any, instance: Any, message: str) -> None:
    [error] = compile_schema(schema, formats="assert").validate(instance)
    assert str(error) == message


def test_every_error_in_one_pass() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "array", "prefixItems": [{"type": "integer"}],
                                                     "items": {"type": "string"}, "contains": {"const": "x"}}},
              "patternProperties": {"^n": {"minimum": 0}}, "propertyNames": {"maxLength": 3},
              "dependentSchemas": {"a": {"required": ["z"]}}, "unevaluatedProperties": False}
    got = report(schema, {"a": ["1", 2], "n1": -1, "long": True})
    assert sorted((p, r) for p, r, _, _ in got) == sorted([
        ("a[0]", "type"), ("a[1]", "type"), ("a", "contains"), ("n1", "minimum"), ("long", "propertyNames"),
        ("z", "required"), ("long", "unevaluatedProperties")])


@pytest.mark.parametrize(
    "schema",
    [
        {"anyOf": [True, False]}, {"oneOf": [True, {"type": "string"}]}, {"not": True}, {"not": False},
        {"if": False, "then": True, "else": False}, {"if": True, "then": {"not": True}},
        {"contains": False}, {"propertyNames": False}, {"items": {"anyOf": [False]}},
        {"properties": {"a": {"oneOf": [False, False]}}}, {"allOf": [{"anyOf": [{"not": {"not": True}}]}]},
    ],
)
def test_boolean_subschemas_in_applicators_compile_to_code_that_parses(schema: Any) -> None:
    """A true/false subschema inside anyOf/oneOf/not/if once emitted a function with an empty body."""
    source = format_python(render_standalone(schema), filename="boolean-subschemas")
    ast.parse(source)
    namespace: dict[str, Any] = {}
    exec(compile(source, "<boolean-subschemas>", "exec"), namespace)  # noqa: S102 - our own output
    for value in (None, 1, "a", [], [1], {}, {"a": 1}):
        assert isinstance(namespace["validate"](value), list)
