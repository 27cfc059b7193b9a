"""References: JSON pointers (escapes, into arrays), ``$id`` base URIs, ``$anchor``,
``$dynamicRef``, documents from a registry or a directory (never the network), recursion that
ends, and the cycles that cannot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.compiler import UnsupportedSchema, compile_schema


def test_pointer_escapes_and_refs_into_arrays() -> None:
    schema = {"$defs": {"a/b": {"type": "integer"}, "t~n": {"type": "string"}, "%25": {"minimum": 3}},
              "properties": {"x": {"$ref": "#/$defs/a~1b"}, "y": {"$ref": "#/$defs/t~0n"},
                             "z": {"$ref": "#/$defs/%2525"}, "w": {"$ref": "#/properties/p/prefixItems/0"},
                             "p": {"prefixItems": [{"type": "number"}]}}}
    v = compile_schema(schema)
    assert v.is_valid({"x": 1, "y": "s", "z": 4, "w": 1.5})
    assert [e.schema_path for e in v.validate({"x": "1", "y": 1, "z": 1, "w": "n"})] == [
        "/$defs/a~1b/type", "/$defs/t~0n/type", "/$defs/%25/minimum", "/properties/p/prefixItems/0/type"]


def test_id_scopes_base_uris_and_anchors() -> None:
    schema = {"$id": "https://example.com/root.json",
              "$defs": {"inner": {"$id": "nested/inner.json", "$defs": {"n": {"$anchor": "num", "type": "number"}},
                                  "items": {"$ref": "#num"}},
                        "sibling": {"$id": "https://example.com/nested/other.json", "type": "string"}},
              "properties": {"a": {"$ref": "nested/inner.json"}, "b": {"$ref": "nested/other.json"},
                             "c": {"$ref": "https://example.com/nested/inner.json#num"}}}
    v = compile_schema(schema)
    assert v.is_valid({"a": [1, 2.5], "b": "s", "c": 3})
    assert not v.is_valid({"a": ["x"]}) and not v.is_valid({"b": 1}) and not v.is_valid({"c": "3"})


def test_dynamic_ref_takes_the_outermost_dynamic_anchor() -> None:
    tree = {"$id": "https://example.com/tree", "$dynamicAnchor": "node", "type": "object",
            "properties": {"data": True, "children": {"type": "array", "items": {"$dynamicRef": "#node"}}}}
    strict = {"$id": "https://example.com/strict-tree", "$dynamicAnchor": "node", "$ref": "tree",
              "unevaluatedProperties": False}
    v = compile_schema(strict, registry={"https://example.com/tree": tree})
    assert v.is_valid({"children": [{"data": 1, "children": [{"data": 2}]}]})
    [error] = v.validate({"children": [{"daat": 1}]})  # the misspelling deep down is caught
    assert (error.path, error.rule) == ("children[0].daat", "unevaluatedProperties")
    assert compile_schema(tree).is_valid({"children": [{"daat": 1}]})  # the plain tree allows it


def test_recursion_ends_and_deep_instances_are_reported_not_raised() -> None:
    schema = {"$defs": {"node": {"type": "array", "items": {"$ref": "#/$defs/node"}}}, "$ref": "#/$defs/node"}
    v = compile_schema(schema)
    deep: Any = []
    for _ in range(20_000):
        deep = [deep]
    assert v.is_valid([[], [[]]]) and not v.is_valid([[1]])
    errors = v.validate(deep)
    assert errors and {e.rule for e in errors} == {"depth"}
    assert v.is_valid(deep) is False
    linked: Any = {}
    for _ in range(20_000):
        linked = {"next": linked}
    cyclic = compile_schema({"properties": {"next": {"$ref": "#"}}, "required": ["next"]})
    assert cyclic.validate(linked) and not cyclic.is_valid(linked)


@pytest.mark.parametrize(
    ("schema", "pointer"),
    [
        ({"$ref": "#"}, "/$ref"),
        ({"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"anyOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"},
         "/$defs/a/$ref"),
        ({"$defs": {"a": {"not": {"$ref": "#/$defs/a"}}}, "properties": {"x": {"$ref": "#/$defs/a"}}},
         "/$defs/a/not"),
        ({"$dynamicAnchor": "m", "not": {"$dynamicRef": "#m"}}, "/not"),
    ],
)
def test_a_cycle_that_consumes_nothing_is_refused(schema: Any, pointer: str) -> None:
    with pytest.raises(UnsupportedSchema) as info:
        compile_schema(schema)
    assert info.value.keyword == "$ref" and info.value.pointer.startswith(pointer)
    assert "cycle" in info.value.message


def test_remote_documents_come_from_a_directory_standing_for_a_uri(tmp_path: Path) -> None:
    (tmp_path / "defs").mkdir()
    (tmp_path / "defs" / "size.json").write_text(json.dumps(
        {"$defs": {"size": {"type": "integer", "minimum": 1}}, "$ref": "#/$defs/size"}))
    schema = {"properties": {"w": {"$ref": "http://schemas.test/defs/size.json"},
                             "h": {"$ref": "http://schemas.test/defs/size.json#/$defs/size"}}}
    v = compile_schema(schema, ref_dir=tmp_path, base_uri="http://schemas.test/")
    assert v.is_valid({"w": 2, "h": 3})
    [error] = v.validate({"w": 0})
    assert error.schema_path == "http://schemas.test/defs/size.json#/$defs/size/minimum"
    # Relative to the schema's own location by default: a directory stands for its file: URI.
    local = compile_schema({"$ref": "defs/size.json"}, uri=(tmp_path / "s.json").as_uri(), ref_dir=tmp_path)
    assert not local.is_valid(0)


@pytest.mark.parametrize(
    ("ref", "fragment"),
    [("http://schemas.test/missing.json", "no document"), ("http://schemas.test/../etc/passwd", "no document"),
     ("https://example.com/never-fetched.json", "never fetched"), ("#/$defs/nope", "does not resolve"),
     ("#no-such-anchor", "no $anchor")],
)
def test_an_unresolvable_ref_is_refused_naming_its_pointer(tmp_path: Path, ref: str, fragment: str) -> None:
    with pytest.raises(UnsupportedSchema) as info:
        compile_schema({"$defs": {}, "properties": {"a": {"$ref": ref}}}, ref_dir=tmp_path,
                       base_uri="http://schemas.test/")
    assert info.value.pointer == "/properties/a/$ref" and fragment in info.value.message


def test_a_subschema_of_a_document_compiles_with_refs_into_the_whole_document() -> None:
    doc = {"openapi": "3.1.0", "components": {"schemas": {
        "Task": {"type": "object", "properties": {"n": {"$ref": "#/components/schemas/Count"}}},
        "Count": {"type": "integer", "maximum": 4},
        "Body": {"type": "array", "items": {"$ref": "#/components/schemas/Task"}}}}}
    v = compile_schema(doc, pointer="/components/schemas/Body")
    assert v.is_valid([{"n": 4}])
    [error] = v.validate([{"n": 5}])
    assert (error.path, error.schema_path) == ("[0].n", "/components/schemas/Count/maximum")
    with pytest.raises(UnsupportedSchema, match="does not exist"):
        compile_schema(doc, pointer="/components/schemas/Nope")


def test_the_same_schema_under_one_id_twice_is_fine_two_different_ones_are_not() -> None:
    same = {"$id": "https://example.com/img.json", "type": "string"}
    assert compile_schema({"properties": {"a": same, "b": dict(same)}}).is_valid({"a": "x", "b": "y"})
    with pytest.raises(UnsupportedSchema, match="two different schemas"):
        compile_schema({"properties": {"a": same, "b": {**same, "minLength": 2}}})


def test_the_meta_schema_is_built_in() -> None:
    v = compile_schema({"$ref": "https://json-schema.org/draft/2020-12/schema"})
    assert v.is_valid({"type": "string", "minLength": 2}) and not v.is_valid({"minLength": -1})


def test_deep_schemas_compile_and_too_deep_ones_are_refused_cleanly() -> None:
    """60 levels once produced code indented beyond Python's limit (IndentationError)."""
    schema: Any = {"type": "integer"}
    for _ in range(60):
        schema = {"type": "array", "items": schema}
    value: Any = 1
    for _ in range(60):
        value = [value]
    v = compile_schema(schema)
    assert v.is_valid(value) and v.validate(value) == []
    bad: Any = "x"
    for _ in range(60):
        bad = [bad]
    assert [e.rule for e in v.validate(bad)] == ["type"] and not v.is_valid(bad)
    for _ in range(3000):
        schema = {"items": schema}
    with pytest.raises(UnsupportedSchema, match="nested too deeply to compile"):
        compile_schema(schema)


def test_refs_used_twice_at_every_level_do_not_inline_exponentially() -> None:
    defs: dict[str, Any] = {"a0": {"type": "integer"}}
    for k in range(1, 40):
        defs[f"a{k}"] = {"allOf": [{"$ref": f"#/$defs/a{k - 1}"}, {"$ref": f"#/$defs/a{k - 1}"}]}
    source = compile_schema({"$defs": defs, "$ref": "#/$defs/a39"}).source
    assert len(source.splitlines()) < 5000  # one function per definition, not 2^39 copies
