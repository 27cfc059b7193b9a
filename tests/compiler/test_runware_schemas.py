"""Runware's published per-model schemas (../shared/runware-schemas/) compile, ``contains`` and
``$id`` included, and agree with jsonschema on requests built from each schema and on mutations of
them. The request schema is ``components.schemas.RequestBody`` compiled inside its document."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from generator.compiler import Validator, compile_schema
from tests.compiler.samples import invalid_task, valid_task
from tests.helpers import SHARED

FILES = sorted((SHARED / "runware-schemas").glob("*.schema.json"))
POINTER = "/components/schemas/RequestBody"


def _pair(path: Path) -> tuple[Validator, Draft202012Validator, dict[str, Any]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    ours = compile_schema(doc, pointer=POINTER, formats="assert", name=path.name)
    wrapper = {"$ref": f"#{POINTER}", "components": doc["components"]}
    reference = Draft202012Validator(wrapper, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return ours, reference, doc["components"]["schemas"]["RequestBody"]["items"]


def _agree(ours: Validator, reference: Draft202012Validator, instance: Any) -> None:
    before = copy.deepcopy(instance)
    errors = ours.validate(instance)
    expected = reference.is_valid(instance)
    assert (not errors) is expected, (instance, [str(e) for e in errors])
    assert ours.is_valid(instance) is expected
    assert instance == before


@pytest.mark.skipif(not FILES, reason="../shared/runware-schemas/ is absent")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_published_schema_compiles_and_agrees_with_jsonschema(path: Path) -> None:
    ours, reference, task_schema = _pair(path)
    valid = valid_task(task_schema, reference)
    _agree(ours, reference, [valid])
    invalid = [invalid_task(valid, task_schema)]
    _agree(ours, reference, invalid)
    assert len(ours.validate(invalid)) >= 2

    @settings(max_examples=150, deadline=None)
    @given(st.data())
    def mutations(data: st.DataObject) -> None:
        task = copy.deepcopy(valid)
        props = sorted(task_schema.get("properties", {}))
        for _ in range(data.draw(st.integers(1, 3))):
            key = data.draw(st.sampled_from(props + ["extra"]))
            action = data.draw(st.sampled_from(["drop", "value", "nest"]))
            if action == "drop":
                task.pop(key, None)
            elif action == "value":
                task[key] = data.draw(st.sampled_from([None, True, 0, -1, 1.5, 10**9, "", "x", [], {}, ["x"],
                                                       "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47", "https://e.x/a"]))
            elif isinstance(task.get(key), dict) and task[key]:
                inner = data.draw(st.sampled_from(sorted(task[key])))
                task[key][inner] = data.draw(st.sampled_from([None, 0, "x", [], [1, 2]]))
        _agree(ours, reference, [task])

    mutations()


@pytest.mark.skipif(not FILES, reason="../shared/runware-schemas/ is absent")
def test_contains_on_frame_images_compiles() -> None:
    with_contains = [p for p in FILES if '"contains"' in p.read_text(encoding="utf-8")]
    assert with_contains
    for path in with_contains:
        ours, reference, _ = _pair(path)
        frames = {"inputs": {"frameImages": [{"image": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47", "frame": "last"}]}}
        assert ours.is_valid([frames]) is reference.is_valid([frames])
