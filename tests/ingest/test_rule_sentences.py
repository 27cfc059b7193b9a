"""Each validation-rule sentence form, on sentences written for the test (no real pages needed)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.ingest.rules import translate


def rule(sentence: str) -> dict[str, Any] | None:
    codes = re.findall(r"`([^`]+)`", sentence)
    out = translate(re.sub(r"`[^`]+`", "{}", sentence), codes)
    if out is not None:
        out.pop("x-rule")
    return out


P = {"required": ["inputs"], "properties": {"inputs": {"required": ["video"]}}}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("`a` and `b` must be used together.", {"dependentRequired": {"a": ["b"], "b": ["a"]}}),
        ("`a` cannot be used with `b`.", {"not": {"required": ["a", "b"]}}),
        ("`a` cannot be used with `width/height`.",
         {"not": {"anyOf": [{"required": ["a", "width"]}, {"required": ["a", "height"]}]}}),
        ("Provide exactly one of: `a`, `b`.", {"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}),
        ("Provide exactly one of: `inputs.video` or `width/height`.",
         {"oneOf": [P, {"required": ["width", "height"]}]}),
        ("Either provide `a`, or specify `b` or `c`.",
         {"anyOf": [{"required": ["a"]}, {"required": ["b"]}, {"required": ["c"]}]}),
        ("When `a` is provided, `b` is required.", {"if": {"required": ["a"]}, "then": {"required": ["b"]}}),
        ("When `a` or `b` is provided, `c` cannot be used.",
         {"if": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}, "then": {"not": {"required": ["c"]}}}),
        ("When `a` is provided, `b` and `c` cannot be used.",
         {"if": {"required": ["a"]}, "then": {"not": {"anyOf": [{"required": ["b"]}, {"required": ["c"]}]}}}),
        ("When `a` is provided, `inputs.video` or `c` is required.",
         {"if": {"required": ["a"]}, "then": {"anyOf": [P, {"required": ["c"]}]}}),
        ("When `a` is provided, `b` requires at least 2 items.",
         {"if": {"required": ["a"]}, "then": {"required": ["b"], "properties": {"b": {"minItems": 2}}}}),
        ("When `a` is provided, `b` must be `4`.",
         {"if": {"required": ["a"]}, "then": {"properties": {"b": {"const": 4}}}}),
        ("When `a` is provided, `b` is limited to 4 items.",
         {"if": {"required": ["a"]}, "then": {"properties": {"b": {"maxItems": 4}}}}),
        ("Images should be small.", None),
        ("When `a` is provided, `b` should be nice.", None),
    ],
)
def test_sentence(sentence: str, expected: dict[str, Any] | None) -> None:
    assert rule(sentence) == expected
