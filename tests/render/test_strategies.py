"""Property tests drawn from the generated strategies, for every model in the registry."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import find, given, settings
from jsonschema import Draft202012Validator
from runware_bindings import MODELS

from tests.helpers import ROOT

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


@pytest.mark.parametrize(("profile", "derandomize", "database"),
                         [(None, True, "None"), ("explore", False, "DirectoryBasedExampleDatabase")])
def test_hypothesis_profile_is_deterministic_unless_exploring(
        profile: str | None, derandomize: bool, database: str) -> None:
    """``make test`` and CI draw the same examples every run and keep no example database, so
    neither luck nor a failure saved by an earlier run decides the result."""
    env = {k: v for k, v in os.environ.items() if k not in ("HYPOTHESIS_PROFILE", "CI")}
    if profile:
        env["HYPOTHESIS_PROFILE"] = profile
    code = ("import tests.conftest; from hypothesis import settings; "
            "print(settings.default.derandomize, type(settings.default.database).__name__)")
    for extra in ({}, {"CI": "true"}):
        res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**env, **extra},
                             capture_output=True, text=True, timeout=120, check=False)
        assert res.returncode == 0, res.stderr
        assert res.stdout.split() == [str(derandomize), "NoneType" if database == "None" else database]
