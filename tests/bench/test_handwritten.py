"""The hand-written floor in ``make bench`` checks exactly what the generated validator checks."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from runware_bindings.krea_2_medium import is_valid as generated_is_valid
from runware_bindings.krea_2_medium import strategies

from tests.bench import bench_validators, handwritten

_json: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**64), max_value=2**64)
    | st.floats(allow_nan=False) | st.sampled_from([0.5, 1024.0, 2.0, -2.0, 20.0, 99.0, 60.0]) | st.text(max_size=8)
    | st.sampled_from(["URL", "fast", "high", "sync", "imageInference", "https://a.example/b", "a b:c"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, child in node.items():
            out += _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            out += _paths(child, (*prefix, index))
    return out


class _Str(str):
    """Not a JSON string: both validators test the exact type."""


@st.composite
def _mutants(draw: st.DrawFn) -> dict[str, Any]:
    payload: dict[str, Any] = copy.deepcopy(draw(strategies.valid_requests()))
    where = draw(st.sampled_from(_paths(payload)))
    node: Any = payload
    for part in where[:-1]:
        node = node[part]
    if isinstance(node, dict) and draw(st.booleans()):
        key = draw(st.sampled_from([where[-1], "x", "strength", "mode", "image"]))
        if key == where[-1]:
            del node[key]
        else:
            node[key] = draw(_json)
    else:
        node[where[-1]] = draw(_json)
    return payload


@given(strategies.valid_requests())
def test_the_floor_accepts_every_valid_request(payload: dict[str, Any]) -> None:
    assert handwritten.is_valid(payload) is True


@given(_mutants())
def test_the_floor_agrees_with_the_generated_validator_on_mutated_requests(payload: dict[str, Any]) -> None:
    assert handwritten.is_valid(payload) is generated_is_valid(payload)


@pytest.mark.parametrize("defect", strategies.DEFECTS, ids=lambda d: d[4])
def test_the_floor_rejects_each_single_defect(defect: tuple[Any, ...]) -> None:
    payload = strategies.apply_edit(bench_validators.FULL, defect[0], defect[1])
    assert generated_is_valid(payload) is False
    assert handwritten.is_valid(payload) is False


@pytest.mark.parametrize("edit", [
    {"width": 1024.0, "height": 1024.0}, {"width": True, "height": 1024}, {"width": [1], "height": 1},
    {"outputQuality": 20.0}, {"outputQuality": 99.5}, {"outputQuality": True}, {"outputQuality": None},
    {"numberResults": True}, {"ttl": float("inf")}, {"seed": 2**63}, {"seed": -1.0},
    {"outputType": ["URL"]}, {"outputType": None}, {"safety": {}}, {"safety": {"mode": "fast", "x": 1}},
    {"safety": {"checkContent": True, "x": 1}}, {"settings": {}}, {"settings": {"creativity": 1}},
    {"inputs": {}}, {"inputs": {"referenceImages": []}}, {"inputs": {"referenceImages": [{"image": "a", "x": 1}]}},
    {"inputs": {"referenceImages": [{"image": "a", "strength": True}]}},
    {"inputs": {"referenceImages": [{"image": "a", "strength": 2.0}, "b"]}},
    {"webhookURL": "https://a.example/%41"}, {"webhookURL": "no scheme"}, {"taskUUID": "A" * 36},
    {"inputs": {"referenceImages": [{"image": "a", "strength": 1, "x": 1}]}},
    {"taskType": _Str("imageInference")}, {"outputType": _Str("URL")}, {"safety": {"mode": _Str("fast")}},
    {"settings": {"creativity": "raw", "x": 1}}, {"inputs": {"referenceImages": ["a"], "x": 1}},
    {1: "not a string key"},
], ids=repr)
def test_the_floor_agrees_on_edges(edit: dict[Any, Any]) -> None:
    payload = {**bench_validators.FULL, **edit}
    assert handwritten.is_valid(payload) is generated_is_valid(payload)
