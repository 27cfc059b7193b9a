"""Every case of the official JSON-Schema-Test-Suite, draft 2020-12 (optional/ included, remote
references served from remotes/), compiled with ``compile_schema``: ``validate`` and ``is_valid``
both give the expected answer, errors render, and the instance is left as it was. The few known
deviations are asserted as deviations (tests/compiler/suite.py lists them with their reasons)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from generator.compiler import UnsupportedSchema, Validator, compile_schema
from tests.compiler.suite import DEVIATIONS, REMOTE_BASE, REMOTES, Group, groups

GROUPS = groups()
_compiled: dict[tuple[str, int], Validator | UnsupportedSchema] = {}


def _validator(group: Group) -> Validator | UnsupportedSchema:
    key = (group.file, group.index)
    if key not in _compiled:
        try:
            _compiled[key] = compile_schema(group.schema, ref_dir=REMOTES, base_uri=REMOTE_BASE,
                                            formats=group.formats)
        except UnsupportedSchema as exc:
            _compiled[key] = exc
    return _compiled[key]


def _cases() -> list[Any]:
    if not GROUPS:
        return [pytest.param(None, 0, marks=pytest.mark.skip(reason="../shared/jsts/ is absent"), id="absent")]
    return [pytest.param(g, i, id=f"{g.file}::{g.description}::{t[0]}")
            for g in GROUPS for i, t in enumerate(g.tests)]


@pytest.mark.parametrize(("group", "index"), _cases())
def test_official_case(group: Group, index: int) -> None:
    description, data, valid = group.tests[index]
    compiled = _validator(group)
    deviation = DEVIATIONS.get((group.file, group.description, description))
    if deviation is not None:
        assert isinstance(compiled, UnsupportedSchema) and compiled.keyword == "$schema", deviation
        return
    assert isinstance(compiled, Validator), f"refused: {compiled}"
    before = copy.deepcopy(data)
    errors = compiled.validate(data)
    assert (errors == []) == valid, [str(e) for e in errors] or "no errors"
    assert compiled.is_valid(data) == valid
    assert data == before
    for error in errors:
        assert str(error) and error.rule and error.schema_path is not None
        json.dumps(error.to_dict())


def test_suite_is_complete() -> None:
    """The copy in ../shared/jsts/ has all its parts (a truncated copy would pass vacuously)."""
    if not GROUPS:
        pytest.skip("../shared/jsts/ is absent")
    kinds = {g.kind for g in GROUPS}
    assert kinds == {"required", "refRemote", "optional", "optional-format"}
    assert sum(len(g.tests) for g in GROUPS if g.kind == "required") > 1200
    assert all(any(g.file == f and g.description == d for g in GROUPS) for f, d, _ in DEVIATIONS)
