"""The generated validators and jsonschema's Draft202012Validator (with format checking) agree on
accept/reject: for instances drawn from the exported schemas, mutated payloads and arbitrary JSON.
A request's ``x-constraints`` area / ratio bounds, which the validators enforce and jsonschema
reads as an annotation, are judged beside jsonschema by tests/compiler/xconstraints.py."""

from __future__ import annotations

import copy
import importlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator
from runware_bindings import MODELS

from tests.compiler.xconstraints import constraints_hold
from tests.helpers import GENERATED
from tests.jsonvalues import json_values

# hypothesis-jsonschema knows no ``uuid`` format and would draw any string for it (the published
# schemas write UUIDs as ``format: uuid`` alone, without a pattern); version 4 also meets the
# v4 pattern some specs add.
FORMATS = {"uuid": st.uuids(version=4).map(str)}


def _negates(node: Any) -> bool:
    """Whether a schema uses ``not`` or ``else`` anywhere (annotations aside)."""
    if isinstance(node, dict):
        return "not" in node or "else" in node or any(
            _negates(v) for k, v in node.items() if not k.startswith("x-") and k != "$defs")
    return isinstance(node, list) and any(_negates(v) for v in node)


def _instances(module: str, kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid instances: hypothesis-jsonschema's, except for request schemas whose rules negate
    (``not``, ``if``/``else``), which it can only meet by rejecting nearly every draft (the
    published video, audio and 3D schemas: a health-check failure, or minutes per test), or that
    hold ``x-constraints``, which it does not know; those come from the model's generated
    ``valid_requests()``, judged by the reference all the same."""
    if kind == "request" and (_negates(schema.get("allOf")) or "x-constraints" in schema):
        strategies = importlib.import_module(f"runware_bindings.{module}.strategies")
        drawn: st.SearchStrategy[Any] = strategies.valid_requests()
        return drawn
    return from_schema(schema, custom_formats=FORMATS)

CASES = []
for model_id, module in sorted(MODELS.items()):
    for kind in ("request", "response"):
        CASES.append(pytest.param(module, kind, id=f"{module}-{kind}"))


class _Reference:
    """jsonschema, and the x-constraints bounds of a request (an annotation to jsonschema)."""

    def __init__(self, schema: dict[str, Any], kind: str) -> None:
        self.schema = schema if kind == "request" else {}
        self.jsonschema = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def is_valid(self, instance: Any) -> bool:
        return self.jsonschema.is_valid(instance) and constraints_hold(self.schema, instance)

    def iter_errors(self, instance: Any) -> Any:
        return self.jsonschema.iter_errors(instance)


def _pair(module: str, kind: str) -> tuple[Any, Any, dict[str, Any]]:
    schema = json.loads((GENERATED / "runware_bindings" / module / f"{kind}.schema.json").read_text())
    reference = _Reference(schema, kind)
    mod = importlib.import_module(f"runware_bindings.{module}.validator")
    ours = mod.validate if kind == "request" else mod.validate_response
    return ours, reference, schema


def _agree(ours: Any, reference: Any, instance: Any) -> None:
    before = copy.deepcopy(instance)
    errors = ours(instance)
    assert instance == before, "the validator mutated its input"
    expected_valid = reference.is_valid(instance)
    assert (not errors) == expected_valid, (
        f"generated validator says {'valid' if not errors else errors}, "
        f"jsonschema says {'valid' if expected_valid else list(reference.iter_errors(instance))[:3] or 'x-constraints broken'}"
        f" for {instance!r}"
    )


@pytest.mark.parametrize(("module", "kind"), CASES)
def test_agree_on_instances_drawn_from_the_schema(module: str, kind: str) -> None:
    ours, reference, schema = _pair(module, kind)

    @settings(max_examples=100)
    @given(_instances(module, kind, schema))
    def check(instance: Any) -> None:
        assert reference.is_valid(instance)
        _agree(ours, reference, instance)

    check()


@pytest.mark.parametrize(("module", "kind"), CASES)
def test_agree_on_mutated_instances(module: str, kind: str) -> None:
    ours, reference, schema = _pair(module, kind)

    @settings(max_examples=200)
    @given(_instances(module, kind, schema), st.data())
    def check(instance: Any, data: st.DataObject) -> None:
        mutated = copy.deepcopy(instance)
        # Walk to a random container and replace, add or delete one entry.
        node = mutated
        while True:
            children = list(node.items()) if isinstance(node, dict) else list(enumerate(node)) \
                if isinstance(node, list) else []
            containers = [(k, c) for k, c in children if isinstance(c, (dict, list)) and c]
            if not containers or data.draw(st.booleans()):
                break
            node = data.draw(st.sampled_from(containers))[1]
        action = data.draw(st.sampled_from(["replace", "add", "delete"]))
        if isinstance(node, dict):
            keys = sorted(node)
            if action == "delete" and keys:
                del node[data.draw(st.sampled_from(keys))]
            elif action == "replace" and keys:
                node[data.draw(st.sampled_from(keys))] = data.draw(json_values)
            else:
                node[data.draw(st.text(max_size=12))] = data.draw(json_values)
        elif isinstance(node, list):
            if action == "delete" and node:
                node.pop(data.draw(st.integers(0, len(node) - 1)))
            elif action == "replace" and node:
                node[data.draw(st.integers(0, len(node) - 1))] = data.draw(json_values)
            else:
                node.append(data.draw(json_values))
        _agree(ours, reference, mutated)

    check()


@pytest.mark.parametrize(("module", "kind"), CASES)
def test_agree_on_arbitrary_json(module: str, kind: str) -> None:
    ours, reference, _ = _pair(module, kind)

    @settings(max_examples=200)
    @given(json_values)
    def check(instance: Any) -> None:
        _agree(ours, reference, instance)

    check()


@pytest.mark.parametrize("module", sorted(set(MODELS.values())))
def test_is_valid_agrees_with_jsonschema_and_validate(module: str) -> None:
    """``is_valid`` is separate boolean code, not ``not validate(...)``: it must give the same answer."""
    _, reference, schema = _pair(module, "request")
    mod = importlib.import_module(f"runware_bindings.{module}.validator")

    @settings(max_examples=150)
    @given(st.one_of(_instances(module, "request", schema), json_values), st.data())
    def check(instance: Any, data: st.DataObject) -> None:
        if isinstance(instance, dict) and instance and data.draw(st.booleans()):
            instance = {**instance, data.draw(st.sampled_from(sorted(instance))): data.draw(json_values)}
        expected = reference.is_valid(instance)
        assert mod.is_valid(instance) is expected, instance
        assert (mod.validate(instance) == []) is expected, instance

    check()
