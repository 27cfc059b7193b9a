"""Property tests drawn from the generated strategies, for every model in the registry."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from hypothesis import find, given, settings
from jsonschema import Draft202012Validator
from runware_bindings import MODELS

MODULES = sorted(MODELS.values())


def _parts(module: str) -> tuple[Any, Any, Any]:
    strategies = importlib.import_module(f"runware_bindings.{module}.strategies")
    validator = importlib.import_module(f"runware_bindings.{module}.validator")
    package = importlib.import_module(f"runware_bindings.{module}")
    return strategies, validator, package


def _reference(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("module", MODULES)
def test_valid_payloads_are_accepted(module: str) -> None:
    strategies, validator, package = _parts(module)
    reference = _reference(package.request_schema())

    @settings(max_examples=200)
    @given(strategies.valid_requests())
    def check(payload: dict[str, Any]) -> None:
        assert validator.validate(payload) == []
        assert reference.is_valid(payload), list(reference.iter_errors(payload))[:2]

    check()


@pytest.mark.parametrize("module", MODULES)
def test_valid_responses_are_accepted(module: str) -> None:
    strategies, validator, package = _parts(module)
    reference = _reference(package.response_schema())

    @settings(max_examples=100)
    @given(strategies.valid_responses())
    def check(item: dict[str, Any]) -> None:
        assert validator.validate_response(item) == []
        assert reference.is_valid(item)

    check()


@pytest.mark.parametrize("module", MODULES)
def test_near_misses_are_rejected_with_their_rule_at_their_path(module: str) -> None:
    strategies, validator, package = _parts(module)
    reference = _reference(package.request_schema())

    @settings(max_examples=300)
    @given(strategies.near_misses())
    def check(miss: Any) -> None:
        errors = validator.validate(miss.payload)
        found = {(e.rule, e.path) for e in errors}
        assert (miss.rule, miss.path) in found, (miss.note, found)
        assert not reference.is_valid(miss.payload), miss.note

    check()


@pytest.mark.parametrize("module", MODULES)
def test_every_defect_and_edge_on_a_fixed_payload(module: str) -> None:
    """Each listed defect alone breaks its rule, and each edge alone is accepted (no sampling)."""
    strategies, validator, package = _parts(module)
    reference = _reference(package.request_schema())
    base = find(strategies.valid_requests(), lambda p: True)  # the minimal valid payload
    assert validator.validate(base) == []
    assert len(strategies.DEFECTS) > 20
    for where, value, rule, path, note in strategies.DEFECTS:
        payload = strategies.apply_edit(base, where, value)
        assert (rule, path) in {(e.rule, e.path) for e in validator.validate(payload)}, note
        assert not reference.is_valid(payload), note
    for where, value in strategies.EDGES:
        payload = strategies.apply_edit(base, where, value)
        assert validator.validate(payload) == [], (where, value)
        assert reference.is_valid(payload), (where, value)
