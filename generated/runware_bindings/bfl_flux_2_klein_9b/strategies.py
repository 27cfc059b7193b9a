"""Hypothesis strategies for FLUX.2 [klein] 9B (runware:400@2).

Generated from spec/models/bfl-flux-2-klein-9b.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

- valid_requests(): payloads that satisfy every rule of the spec.
- near_misses(): a valid payload with exactly one defect, labelled with the rule and path it breaks.
- valid_responses(): result items that satisfy the response schema.
- EDGES: valid single-field edits at the edges (each bound, each enum value)."""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from hypothesis import reject, strategies as st

from .._runtime.jsonvalues import is_multiple_of as _is_multiple_of

from .validator import validate as _validate

__all__ = ["EDGES", "NearMiss", "apply_edit", "near_misses", "valid_requests", "valid_responses"]


class NearMiss(NamedTuple):
    payload: dict[str, Any]
    rule: str
    path: str
    note: str


_DELETE = "__delete__"
_uuid4 = st.uuids(version=4).map(str)
_uris = st.builds(
    lambda host, path, query: f"https://{host}.example.com/{path}" + (f"?{query}" if query else ""),
    st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9._~/-]{0,24}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9=&_-]{0,16}", fullmatch=True),
)
_json_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)

#: (where to set, value or _DELETE, rule, reported path, note) for each single defect.
DEFECTS: list[tuple[tuple[str, ...], Any, str, str, str]] = [
    (("positivePrompt",), "__delete__", "required", "positivePrompt", "positivePrompt missing"),
    (("width",), "__delete__", "required", "width", "width missing"),
    (("height",), "__delete__", "required", "height", "height missing"),
    (("taskType",), "__delete__", "required", "taskType", "taskType missing"),
    (("taskUUID",), "__delete__", "required", "taskUUID", "taskUUID missing"),
    (("model",), "__delete__", "required", "model", "model missing"),
    (("CFGScalx",), 1, "additionalProperties", "CFGScalx", "a misspelt key"),
    (("model",), "runware:400@2-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("inputs",), "an object was expected", "type", "inputs", "a string for an object"),
    (
        ("inputs",),
        {"referenceImagex": 1},
        "additionalProperties",
        "inputs.referenceImagex",
        "a misspelt key",
    ),
    (
        ("inputs",),
        {"referenceImages": {"not": "an array"}},
        "type",
        "inputs.referenceImages",
        "an object for an array",
    ),
    (
        ("inputs",),
        {"referenceImages": ["a", "a", "a", "a", "a"]},
        "maxItems",
        "inputs.referenceImages",
        "one item too many",
    ),
    (
        ("inputs",),
        {"referenceImages": []},
        "minItems",
        "inputs.referenceImages",
        "one item too few",
    ),
    (
        ("inputs",),
        {"referenceImages": [1]},
        "type",
        "inputs.referenceImages[0]",
        "a number for a string",
    ),
    (("positivePrompt",), 1, "type", "positivePrompt", "a number for a string"),
    (
        ("positivePrompt",),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "maxLength",
        "positivePrompt",
        "one character too long",
    ),
    (("positivePrompt",), "", "minLength", "positivePrompt", "one character too short"),
    (("negativePrompt",), 1, "type", "negativePrompt", "a number for a string"),
    (
        ("negativePrompt",),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "maxLength",
        "negativePrompt",
        "one character too long",
    ),
    (("negativePrompt",), "", "minLength", "negativePrompt", "one character too short"),
    (("width",), 1.5, "type", "width", "a fraction for an integer"),
    (("width",), True, "type", "width", "true for an integer"),
    (("width",), "1", "type", "width", "a string for an integer"),
    (("width",), 127, "minimum", "width", "one below the minimum"),
    (("width",), 2049, "maximum", "width", "one above the maximum"),
    (("height",), 1.5, "type", "height", "a fraction for an integer"),
    (("height",), True, "type", "height", "true for an integer"),
    (("height",), "1", "type", "height", "a string for an integer"),
    (("height",), 127, "minimum", "height", "one below the minimum"),
    (("height",), 2049, "maximum", "height", "one above the maximum"),
    (("seed",), 1.5, "type", "seed", "a fraction for an integer"),
    (("seed",), True, "type", "seed", "true for an integer"),
    (("seed",), "1", "type", "seed", "a string for an integer"),
    (("seed",), -1, "minimum", "seed", "one below the minimum"),
    (("seed",), 9223372036854775808, "maximum", "seed", "one above the maximum"),
    (("steps",), 1.5, "type", "steps", "a fraction for an integer"),
    (("steps",), True, "type", "steps", "true for an integer"),
    (("steps",), "1", "type", "steps", "a string for an integer"),
    (("steps",), 0, "minimum", "steps", "one below the minimum"),
    (("steps",), 51, "maximum", "steps", "one above the maximum"),
    (("scheduler",), "zz-not-allowed", "enum", "scheduler", "outside the enum"),
    (("scheduler",), 1, "type", "scheduler", "a number for a string"),
    (("CFGScale",), "1", "type", "CFGScale", "a string for a number"),
    (("CFGScale",), None, "type", "CFGScale", "null for a number"),
    (("CFGScale",), 0.5, "minimum", "CFGScale", "one below the minimum"),
    (("CFGScale",), 20.5, "maximum", "CFGScale", "one above the maximum"),
    (("acceleration",), "zz-not-allowed", "enum", "acceleration", "outside the enum"),
    (("acceleration",), 1, "type", "acceleration", "a number for a string"),
    (
        ("acceleratorOptions",),
        "an object was expected",
        "type",
        "acceleratorOptions",
        "a string for an object",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStex": 1},
        "additionalProperties",
        "acceleratorOptions.cacheEndStex",
        "a misspelt key",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStep": 1.5},
        "type",
        "acceleratorOptions.cacheEndStep",
        "a fraction for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStep": True},
        "type",
        "acceleratorOptions.cacheEndStep",
        "true for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStep": "1"},
        "type",
        "acceleratorOptions.cacheEndStep",
        "a string for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStep": 0},
        "minimum",
        "acceleratorOptions.cacheEndStep",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStepPercentage": 1.5},
        "type",
        "acceleratorOptions.cacheEndStepPercentage",
        "a fraction for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStepPercentage": True},
        "type",
        "acceleratorOptions.cacheEndStepPercentage",
        "true for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStepPercentage": "1"},
        "type",
        "acceleratorOptions.cacheEndStepPercentage",
        "a string for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStepPercentage": 0},
        "minimum",
        "acceleratorOptions.cacheEndStepPercentage",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheEndStepPercentage": 101},
        "maximum",
        "acceleratorOptions.cacheEndStepPercentage",
        "one above the maximum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheMaxConsecutiveSteps": 1.5},
        "type",
        "acceleratorOptions.cacheMaxConsecutiveSteps",
        "a fraction for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheMaxConsecutiveSteps": True},
        "type",
        "acceleratorOptions.cacheMaxConsecutiveSteps",
        "true for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheMaxConsecutiveSteps": "1"},
        "type",
        "acceleratorOptions.cacheMaxConsecutiveSteps",
        "a string for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheMaxConsecutiveSteps": 0},
        "minimum",
        "acceleratorOptions.cacheMaxConsecutiveSteps",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheMaxConsecutiveSteps": 6},
        "maximum",
        "acceleratorOptions.cacheMaxConsecutiveSteps",
        "one above the maximum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStep": 1.5},
        "type",
        "acceleratorOptions.cacheStartStep",
        "a fraction for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStep": True},
        "type",
        "acceleratorOptions.cacheStartStep",
        "true for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStep": "1"},
        "type",
        "acceleratorOptions.cacheStartStep",
        "a string for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStep": -1},
        "minimum",
        "acceleratorOptions.cacheStartStep",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStepPercentage": 1.5},
        "type",
        "acceleratorOptions.cacheStartStepPercentage",
        "a fraction for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStepPercentage": True},
        "type",
        "acceleratorOptions.cacheStartStepPercentage",
        "true for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStepPercentage": "1"},
        "type",
        "acceleratorOptions.cacheStartStepPercentage",
        "a string for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStepPercentage": -1},
        "minimum",
        "acceleratorOptions.cacheStartStepPercentage",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"cacheStartStepPercentage": 100},
        "maximum",
        "acceleratorOptions.cacheStartStepPercentage",
        "one above the maximum",
    ),
    (
        ("acceleratorOptions",),
        {"teaCache": 1},
        "type",
        "acceleratorOptions.teaCache",
        "1 for a boolean",
    ),
    (
        ("acceleratorOptions",),
        {"teaCache": "true"},
        "type",
        "acceleratorOptions.teaCache",
        "a string for a boolean",
    ),
    (
        ("acceleratorOptions",),
        {"teaCacheDistance": "1"},
        "type",
        "acceleratorOptions.teaCacheDistance",
        "a string for a number",
    ),
    (
        ("acceleratorOptions",),
        {"teaCacheDistance": None},
        "type",
        "acceleratorOptions.teaCacheDistance",
        "null for a number",
    ),
    (
        ("acceleratorOptions",),
        {"teaCacheDistance": -0.5},
        "minimum",
        "acceleratorOptions.teaCacheDistance",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"teaCacheDistance": 1.5},
        "maximum",
        "acceleratorOptions.teaCacheDistance",
        "one above the maximum",
    ),
    (
        ("acceleratorOptions",),
        {"dbCache": 1},
        "type",
        "acceleratorOptions.dbCache",
        "1 for a boolean",
    ),
    (
        ("acceleratorOptions",),
        {"dbCache": "true"},
        "type",
        "acceleratorOptions.dbCache",
        "a string for a boolean",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheThreshold": "1"},
        "type",
        "acceleratorOptions.dbCacheThreshold",
        "a string for a number",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheThreshold": None},
        "type",
        "acceleratorOptions.dbCacheThreshold",
        "null for a number",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheThreshold": -0.5},
        "minimum",
        "acceleratorOptions.dbCacheThreshold",
        "one below the minimum",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheThreshold": 1.5},
        "maximum",
        "acceleratorOptions.dbCacheThreshold",
        "one above the maximum",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheSkipInterval": 1.5},
        "type",
        "acceleratorOptions.dbCacheSkipInterval",
        "a fraction for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheSkipInterval": True},
        "type",
        "acceleratorOptions.dbCacheSkipInterval",
        "true for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheSkipInterval": "1"},
        "type",
        "acceleratorOptions.dbCacheSkipInterval",
        "a string for an integer",
    ),
    (
        ("acceleratorOptions",),
        {"dbCacheSkipInterval": 0},
        "minimum",
        "acceleratorOptions.dbCacheSkipInterval",
        "one below the minimum",
    ),
    (("lora",), {"not": "an array"}, "type", "lora", "an object for an array"),
    (("lora",), [], "minItems", "lora", "one item too few"),
    (("lora",), ["an object was expected"], "type", "lora[0]", "a string for an object"),
    (("lora",), [{}], "required", "lora[0].model", "model missing"),
    (
        ("lora",),
        [{"model": "a", "modex": 1}],
        "additionalProperties",
        "lora[0].modex",
        "a misspelt key",
    ),
    (("lora",), [{"model": 1}], "type", "lora[0].model", "a number for a string"),
    (("lora",), [{"model": "a", "weight": "1"}], "type", "lora[0].weight", "a string for a number"),
    (("lora",), [{"model": "a", "weight": None}], "type", "lora[0].weight", "null for a number"),
    (
        ("lora",),
        [{"model": "a", "weight": -4.5}],
        "minimum",
        "lora[0].weight",
        "one below the minimum",
    ),
    (
        ("lora",),
        [{"model": "a", "weight": 4.5}],
        "maximum",
        "lora[0].weight",
        "one above the maximum",
    ),
    (("taskType",), "imageInference-x", "const", "taskType", "a different constant"),
    (("taskType",), 1, "type", "taskType", "a number for a string"),
    (("taskUUID",), 1, "type", "taskUUID", "a number for a string"),
    (("taskUUID",), "not a uuid", "format", "taskUUID", "not a uuid"),
    (("webhookURL",), 1, "type", "webhookURL", "a number for a string"),
    (("webhookURL",), "not a uri", "format", "webhookURL", "not a uri"),
    (("includeCost",), 1, "type", "includeCost", "1 for a boolean"),
    (("includeCost",), "true", "type", "includeCost", "a string for a boolean"),
    (("numberResults",), 1.5, "type", "numberResults", "a fraction for an integer"),
    (("numberResults",), True, "type", "numberResults", "true for an integer"),
    (("numberResults",), "1", "type", "numberResults", "a string for an integer"),
    (("numberResults",), 0, "minimum", "numberResults", "one below the minimum"),
    (("numberResults",), 21, "maximum", "numberResults", "one above the maximum"),
    (("uploadEndpoint",), 1, "type", "uploadEndpoint", "a number for a string"),
    (("uploadEndpoint",), "not a uri", "format", "uploadEndpoint", "not a uri"),
    (("ttl",), 1.5, "type", "ttl", "a fraction for an integer"),
    (("ttl",), True, "type", "ttl", "true for an integer"),
    (("ttl",), "1", "type", "ttl", "a string for an integer"),
    (("ttl",), 59, "minimum", "ttl", "one below the minimum"),
    (("outputType",), "zz-not-allowed", "enum", "outputType", "outside the enum"),
    (("outputType",), 1, "type", "outputType", "a number for a string"),
    (("outputFormat",), "zz-not-allowed", "enum", "outputFormat", "outside the enum"),
    (("outputFormat",), 1, "type", "outputFormat", "a number for a string"),
    (("outputQuality",), 1.5, "type", "outputQuality", "a fraction for an integer"),
    (("outputQuality",), True, "type", "outputQuality", "true for an integer"),
    (("outputQuality",), "1", "type", "outputQuality", "a string for an integer"),
    (("outputQuality",), 19, "minimum", "outputQuality", "one below the minimum"),
    (("outputQuality",), 100, "maximum", "outputQuality", "one above the maximum"),
    (("deliveryMethod",), 1, "type", "deliveryMethod", "a number for a string"),
    (("safety",), "an object was expected", "type", "safety", "a string for an object"),
    (
        ("safety",),
        {"checkContenx": 1},
        "additionalProperties",
        "safety.checkContenx",
        "a misspelt key",
    ),
    (("safety",), {"checkContent": 1}, "type", "safety.checkContent", "1 for a boolean"),
    (
        ("safety",),
        {"checkContent": "true"},
        "type",
        "safety.checkContent",
        "a string for a boolean",
    ),
    (
        ("advancedFeatures",),
        "an object was expected",
        "type",
        "advancedFeatures",
        "a string for an object",
    ),
    (
        ("advancedFeatures",),
        {"watermarx": 1},
        "additionalProperties",
        "advancedFeatures.watermarx",
        "a misspelt key",
    ),
    (
        ("advancedFeatures",),
        {"watermark": "an object was expected"},
        "type",
        "advancedFeatures.watermark",
        "a string for an object",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "bgColox": 1}},
        "additionalProperties",
        "advancedFeatures.watermark.bgColox",
        "a misspelt key",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "text": 1}},
        "type",
        "advancedFeatures.watermark.text",
        "a number for a string",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "text": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}},
        "maxLength",
        "advancedFeatures.watermark.text",
        "one character too long",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "text": "a"}},
        "minLength",
        "advancedFeatures.watermark.text",
        "one character too short",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": 1}},
        "type",
        "advancedFeatures.watermark.image",
        "a number for a string",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "displayPosition": "zz-not-allowed"}},
        "enum",
        "advancedFeatures.watermark.displayPosition",
        "outside the enum",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "displayPosition": 1}},
        "type",
        "advancedFeatures.watermark.displayPosition",
        "a number for a string",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "opacity": "1"}},
        "type",
        "advancedFeatures.watermark.opacity",
        "a string for a number",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "opacity": None}},
        "type",
        "advancedFeatures.watermark.opacity",
        "null for a number",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "opacity": -0.4}},
        "minimum",
        "advancedFeatures.watermark.opacity",
        "one below the minimum",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "opacity": 1.5}},
        "maximum",
        "advancedFeatures.watermark.opacity",
        "one above the maximum",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "fontColor": 1}},
        "type",
        "advancedFeatures.watermark.fontColor",
        "a number for a string",
    ),
    (
        ("advancedFeatures",),
        {"watermark": {"image": "a", "bgColor": 1}},
        "type",
        "advancedFeatures.watermark.bgColor",
        "a number for a string",
    ),
    (("height",), "__delete__", "paired-dimensions", "height", "width without height"),
    (("width",), "__delete__", "paired-dimensions", "width", "height without width"),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("inputs",), {"referenceImages": ["a", "a", "a", "a"]}),
    (("width",), 128.0),
    (("width",), 128),
    (("width",), 2048),
    (("height",), 128.0),
    (("height",), 128),
    (("height",), 2048),
    (("seed",), 0.0),
    (("seed",), 0),
    (("seed",), 9223372036854775807),
    (("steps",), 1.0),
    (("steps",), 1),
    (("steps",), 50),
    (("scheduler",), "DDIM"),
    (("scheduler",), "DDIMScheduler"),
    (("scheduler",), "DDPMScheduler"),
    (("scheduler",), "DEISMultistepScheduler"),
    (("scheduler",), "Default"),
    (("scheduler",), "DPM++"),
    (("scheduler",), "DPM++ 2M"),
    (("scheduler",), "DPM++ 2M Beta"),
    (("scheduler",), "DPM++ 2M Exponential"),
    (("scheduler",), "DPM++ 2M Karras"),
    (("scheduler",), "DPM++ 2M SDE"),
    (("scheduler",), "DPM++ 2M SDE Beta"),
    (("scheduler",), "DPM++ 2M SDE Exponential"),
    (("scheduler",), "DPM++ 2M SDE Karras"),
    (("scheduler",), "DPM++ 2M SDE Uniform"),
    (("scheduler",), "DPM++ 2M Uniform"),
    (("scheduler",), "DPM++ 3M"),
    (("scheduler",), "DPM++ 3M Beta"),
    (("scheduler",), "DPM++ 3M Exponential"),
    (("scheduler",), "DPM++ 3M Karras"),
    (("scheduler",), "DPM++ 3M SDE Uniform"),
    (("scheduler",), "DPM++ 3M Uniform"),
    (("scheduler",), "DPM++ Beta"),
    (("scheduler",), "DPM++ Exponential"),
    (("scheduler",), "DPM++ Karras"),
    (("scheduler",), "DPM++ SDE"),
    (("scheduler",), "DPM++ SDE Beta"),
    (("scheduler",), "DPM++ SDE Exponential"),
    (("scheduler",), "DPM++ SDE Karras"),
    (("scheduler",), "DPM++ Uniform"),
    (("scheduler",), "DPM++ Uniform Beta"),
    (("scheduler",), "DPM++ Uniform Exponential"),
    (("scheduler",), "DPM++ Uniform Karras"),
    (("scheduler",), "DPMSolverMultistepInverse"),
    (("scheduler",), "DPMSolverMultistepScheduler"),
    (("scheduler",), "DPMSolverSinglestepScheduler"),
    (("scheduler",), "EDMDPMSolverMultistepScheduler"),
    (("scheduler",), "EDMEulerScheduler"),
    (("scheduler",), "Euler"),
    (("scheduler",), "Euler a"),
    (("scheduler",), "Euler Beta"),
    (("scheduler",), "Euler Exponential"),
    (("scheduler",), "Euler Karras"),
    (("scheduler",), "EulerAncestralDiscreteScheduler"),
    (("scheduler",), "EulerDiscreteScheduler"),
    (("scheduler",), "FlowMatchEulerDiscreteScheduler"),
    (("scheduler",), "Heun"),
    (("scheduler",), "HeunDiscreteScheduler"),
    (("scheduler",), "Heun Karras"),
    (("scheduler",), "IPNDMScheduler"),
    (("scheduler",), "IPNDM Uniform"),
    (("scheduler",), "IPNDM Uniform Beta"),
    (("scheduler",), "IPNDM Uniform Exponential"),
    (("scheduler",), "IPNDM Uniform Karras"),
    (("scheduler",), "KDPM2AncestralDiscreteScheduler"),
    (("scheduler",), "KDPM2DiscreteScheduler"),
    (("scheduler",), "LCM"),
    (("scheduler",), "LCMScheduler"),
    (("scheduler",), "LMS"),
    (("scheduler",), "LMSDiscreteScheduler"),
    (("scheduler",), "LMS Karras"),
    (("scheduler",), "PNDMScheduler"),
    (("scheduler",), "TCDScheduler"),
    (("scheduler",), "UniPC"),
    (("scheduler",), "UniPC 2M"),
    (("scheduler",), "UniPC 2M Karras"),
    (("scheduler",), "UniPC 2M Uniform"),
    (("scheduler",), "UniPC 3M"),
    (("scheduler",), "UniPC 3M Karras"),
    (("scheduler",), "UniPC 3M Uniform"),
    (("scheduler",), "UniPC Karras"),
    (("scheduler",), "UniPC Uniform"),
    (("scheduler",), "UniPC Uniform Beta"),
    (("scheduler",), "UniPC Uniform Exponential"),
    (("scheduler",), "UniPC Uniform Karras"),
    (("CFGScale",), 1),
    (("CFGScale",), 20),
    (("lora",), [{"model": "a", "weight": -4}]),
    (("lora",), [{"model": "a", "weight": 4}]),
    (("numberResults",), 1.0),
    (("numberResults",), 1),
    (("numberResults",), 20),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("outputType",), "URL"),
    (("outputType",), "base64Data"),
    (("outputType",), "dataURI"),
    (("outputFormat",), "JPG"),
    (("outputFormat",), "PNG"),
    (("outputFormat",), "WEBP"),
    (("outputQuality",), 20.0),
    (("outputQuality",), 20),
    (("outputQuality",), 99),
]


def apply_edit(payload: dict[str, Any], where: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A copy of ``payload`` with ``value`` set at ``where`` (``_DELETE`` removes the key)."""
    out = copy.deepcopy(payload)
    node = out
    for key in where[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    if value == _DELETE:
        node.pop(where[-1], None)
    else:
        node[where[-1]] = copy.deepcopy(value)
    return out


_REQUIRED: dict[str, st.SearchStrategy[Any]] = {
    "model": st.just("runware:400@2"),
    "positivePrompt": st.text(min_size=1, max_size=10000),
    "width": st.integers(min_value=8, max_value=128).map(lambda n: n * 16),
    "height": st.integers(min_value=8, max_value=128).map(lambda n: n * 16),
    "taskType": st.just("imageInference"),
    "taskUUID": _uuid4,
}
_OPTIONAL: dict[str, st.SearchStrategy[Any]] = {
    "inputs": st.fixed_dictionaries(
        {},
        optional={
            "referenceImages": st.lists(
                st.one_of(
                    _uuid4,
                    _uris,
                    st.from_regex(
                        "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                    ),
                    st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                ),
                min_size=1,
                max_size=4,
            )
        },
    ),
    "negativePrompt": st.text(min_size=1, max_size=10000),
    "seed": st.integers(min_value=0, max_value=9223372036854775807),
    "steps": st.integers(min_value=1, max_value=50),
    "scheduler": st.sampled_from(
        [
            "DDIM",
            "DDIMScheduler",
            "DDPMScheduler",
            "DEISMultistepScheduler",
            "Default",
            "DPM++",
            "DPM++ 2M",
            "DPM++ 2M Beta",
            "DPM++ 2M Exponential",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Beta",
            "DPM++ 2M SDE Exponential",
            "DPM++ 2M SDE Karras",
            "DPM++ 2M SDE Uniform",
            "DPM++ 2M Uniform",
            "DPM++ 3M",
            "DPM++ 3M Beta",
            "DPM++ 3M Exponential",
            "DPM++ 3M Karras",
            "DPM++ 3M SDE Uniform",
            "DPM++ 3M Uniform",
            "DPM++ Beta",
            "DPM++ Exponential",
            "DPM++ Karras",
            "DPM++ SDE",
            "DPM++ SDE Beta",
            "DPM++ SDE Exponential",
            "DPM++ SDE Karras",
            "DPM++ Uniform",
            "DPM++ Uniform Beta",
            "DPM++ Uniform Exponential",
            "DPM++ Uniform Karras",
            "DPMSolverMultistepInverse",
            "DPMSolverMultistepScheduler",
            "DPMSolverSinglestepScheduler",
            "EDMDPMSolverMultistepScheduler",
            "EDMEulerScheduler",
            "Euler",
            "Euler a",
            "Euler Beta",
            "Euler Exponential",
            "Euler Karras",
            "EulerAncestralDiscreteScheduler",
            "EulerDiscreteScheduler",
            "FlowMatchEulerDiscreteScheduler",
            "Heun",
            "HeunDiscreteScheduler",
            "Heun Karras",
            "IPNDMScheduler",
            "IPNDM Uniform",
            "IPNDM Uniform Beta",
            "IPNDM Uniform Exponential",
            "IPNDM Uniform Karras",
            "KDPM2AncestralDiscreteScheduler",
            "KDPM2DiscreteScheduler",
            "LCM",
            "LCMScheduler",
            "LMS",
            "LMSDiscreteScheduler",
            "LMS Karras",
            "PNDMScheduler",
            "TCDScheduler",
            "UniPC",
            "UniPC 2M",
            "UniPC 2M Karras",
            "UniPC 2M Uniform",
            "UniPC 3M",
            "UniPC 3M Karras",
            "UniPC 3M Uniform",
            "UniPC Karras",
            "UniPC Uniform",
            "UniPC Uniform Beta",
            "UniPC Uniform Exponential",
            "UniPC Uniform Karras",
        ]
    ),
    "CFGScale": st.integers(min_value=100, max_value=2000)
    .map(lambda n: n * 0.01)
    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 1 and x <= 20),
    "acceleration": st.sampled_from(["none", "low", "medium", "high"]),
    "acceleratorOptions": st.fixed_dictionaries(
        {},
        optional={
            "cacheEndStep": st.integers(min_value=1, max_value=None),
            "cacheEndStepPercentage": st.integers(min_value=1, max_value=100),
            "cacheMaxConsecutiveSteps": st.integers(min_value=1, max_value=5),
            "cacheStartStep": st.integers(min_value=0, max_value=None),
            "cacheStartStepPercentage": st.integers(min_value=0, max_value=99),
            "teaCache": st.booleans(),
            "teaCacheDistance": st.integers(min_value=0, max_value=100)
            .map(lambda n: n * 0.01)
            .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
            "dbCache": st.booleans(),
            "dbCacheThreshold": st.integers(min_value=0, max_value=100)
            .map(lambda n: n * 0.01)
            .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
            "dbCacheSkipInterval": st.integers(min_value=1, max_value=None),
        },
    ),
    "lora": st.lists(
        st.fixed_dictionaries(
            {"model": st.from_regex("^[\\--\\.0-9A-Z_a-z]+(:[\\--9@-Z_a-z]+)?\\Z", fullmatch=True)},
            optional={
                "weight": st.integers(min_value=-400, max_value=400)
                .map(lambda n: n * 0.01)
                .filter(lambda x: _is_multiple_of(x, 0.01) and x >= -4 and x <= 4)
            },
        ),
        min_size=1,
        max_size=5,
    ),
    "webhookURL": _uris,
    "includeCost": st.booleans(),
    "numberResults": st.integers(min_value=1, max_value=20),
    "uploadEndpoint": _uris,
    "ttl": st.integers(min_value=60, max_value=None),
    "outputType": st.sampled_from(["URL", "base64Data", "dataURI"]),
    "outputFormat": st.sampled_from(["JPG", "PNG", "WEBP"]),
    "outputQuality": st.integers(min_value=20, max_value=99),
    "deliveryMethod": st.one_of(st.just("sync"), st.just("async")),
    "safety": st.fixed_dictionaries({}, optional={"checkContent": st.booleans()}),
    "advancedFeatures": st.fixed_dictionaries(
        {},
        optional={
            "watermark": st.one_of(
                st.fixed_dictionaries(
                    {"text": st.text(min_size=2, max_size=32)},
                    optional={
                        "image": st.one_of(
                            _uuid4,
                            _uris,
                            st.from_regex(
                                "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                            ),
                            st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                        ),
                        "displayPosition": st.sampled_from(
                            [
                                "top-left",
                                "top-center",
                                "top-right",
                                "center-left",
                                "center-center",
                                "center-right",
                                "bottom-left",
                                "bottom-center",
                                "bottom-right",
                                "tiled",
                            ]
                        ),
                        "opacity": st.integers(min_value=10, max_value=100)
                        .map(lambda n: n * 0.01)
                        .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
                        "fontColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                        "bgColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                    },
                ),
                st.fixed_dictionaries(
                    {
                        "image": st.one_of(
                            _uuid4,
                            _uris,
                            st.from_regex(
                                "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                            ),
                            st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                        )
                    },
                    optional={
                        "text": st.text(min_size=2, max_size=32),
                        "displayPosition": st.sampled_from(
                            [
                                "top-left",
                                "top-center",
                                "top-right",
                                "center-left",
                                "center-center",
                                "center-right",
                                "bottom-left",
                                "bottom-center",
                                "bottom-right",
                                "tiled",
                            ]
                        ),
                        "opacity": st.integers(min_value=10, max_value=100)
                        .map(lambda n: n * 0.01)
                        .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
                        "fontColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                        "bgColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                    },
                ),
            )
        },
    ),
}
#: Every optional property, at any depth, by path: what mending may add or drop.
_FIELDS: dict[tuple[str, ...], st.SearchStrategy[Any]] = {
    ("inputs",): st.fixed_dictionaries(
        {},
        optional={
            "referenceImages": st.lists(
                st.one_of(
                    _uuid4,
                    _uris,
                    st.from_regex(
                        "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                    ),
                    st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                ),
                min_size=1,
                max_size=4,
            )
        },
    ),
    ("inputs", "referenceImages"): st.lists(
        st.one_of(
            _uuid4,
            _uris,
            st.from_regex("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
            st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
        ),
        min_size=1,
        max_size=4,
    ),
    ("negativePrompt",): st.text(min_size=1, max_size=10000),
    ("seed",): st.integers(min_value=0, max_value=9223372036854775807),
    ("steps",): st.integers(min_value=1, max_value=50),
    ("scheduler",): st.sampled_from(
        [
            "DDIM",
            "DDIMScheduler",
            "DDPMScheduler",
            "DEISMultistepScheduler",
            "Default",
            "DPM++",
            "DPM++ 2M",
            "DPM++ 2M Beta",
            "DPM++ 2M Exponential",
            "DPM++ 2M Karras",
            "DPM++ 2M SDE",
            "DPM++ 2M SDE Beta",
            "DPM++ 2M SDE Exponential",
            "DPM++ 2M SDE Karras",
            "DPM++ 2M SDE Uniform",
            "DPM++ 2M Uniform",
            "DPM++ 3M",
            "DPM++ 3M Beta",
            "DPM++ 3M Exponential",
            "DPM++ 3M Karras",
            "DPM++ 3M SDE Uniform",
            "DPM++ 3M Uniform",
            "DPM++ Beta",
            "DPM++ Exponential",
            "DPM++ Karras",
            "DPM++ SDE",
            "DPM++ SDE Beta",
            "DPM++ SDE Exponential",
            "DPM++ SDE Karras",
            "DPM++ Uniform",
            "DPM++ Uniform Beta",
            "DPM++ Uniform Exponential",
            "DPM++ Uniform Karras",
            "DPMSolverMultistepInverse",
            "DPMSolverMultistepScheduler",
            "DPMSolverSinglestepScheduler",
            "EDMDPMSolverMultistepScheduler",
            "EDMEulerScheduler",
            "Euler",
            "Euler a",
            "Euler Beta",
            "Euler Exponential",
            "Euler Karras",
            "EulerAncestralDiscreteScheduler",
            "EulerDiscreteScheduler",
            "FlowMatchEulerDiscreteScheduler",
            "Heun",
            "HeunDiscreteScheduler",
            "Heun Karras",
            "IPNDMScheduler",
            "IPNDM Uniform",
            "IPNDM Uniform Beta",
            "IPNDM Uniform Exponential",
            "IPNDM Uniform Karras",
            "KDPM2AncestralDiscreteScheduler",
            "KDPM2DiscreteScheduler",
            "LCM",
            "LCMScheduler",
            "LMS",
            "LMSDiscreteScheduler",
            "LMS Karras",
            "PNDMScheduler",
            "TCDScheduler",
            "UniPC",
            "UniPC 2M",
            "UniPC 2M Karras",
            "UniPC 2M Uniform",
            "UniPC 3M",
            "UniPC 3M Karras",
            "UniPC 3M Uniform",
            "UniPC Karras",
            "UniPC Uniform",
            "UniPC Uniform Beta",
            "UniPC Uniform Exponential",
            "UniPC Uniform Karras",
        ]
    ),
    ("CFGScale",): st.integers(min_value=100, max_value=2000)
    .map(lambda n: n * 0.01)
    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 1 and x <= 20),
    ("acceleration",): st.sampled_from(["none", "low", "medium", "high"]),
    ("acceleratorOptions",): st.fixed_dictionaries(
        {},
        optional={
            "cacheEndStep": st.integers(min_value=1, max_value=None),
            "cacheEndStepPercentage": st.integers(min_value=1, max_value=100),
            "cacheMaxConsecutiveSteps": st.integers(min_value=1, max_value=5),
            "cacheStartStep": st.integers(min_value=0, max_value=None),
            "cacheStartStepPercentage": st.integers(min_value=0, max_value=99),
            "teaCache": st.booleans(),
            "teaCacheDistance": st.integers(min_value=0, max_value=100)
            .map(lambda n: n * 0.01)
            .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
            "dbCache": st.booleans(),
            "dbCacheThreshold": st.integers(min_value=0, max_value=100)
            .map(lambda n: n * 0.01)
            .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
            "dbCacheSkipInterval": st.integers(min_value=1, max_value=None),
        },
    ),
    ("acceleratorOptions", "cacheEndStep"): st.integers(min_value=1, max_value=None),
    ("acceleratorOptions", "cacheEndStepPercentage"): st.integers(min_value=1, max_value=100),
    ("acceleratorOptions", "cacheMaxConsecutiveSteps"): st.integers(min_value=1, max_value=5),
    ("acceleratorOptions", "cacheStartStep"): st.integers(min_value=0, max_value=None),
    ("acceleratorOptions", "cacheStartStepPercentage"): st.integers(min_value=0, max_value=99),
    ("acceleratorOptions", "teaCache"): st.booleans(),
    ("acceleratorOptions", "teaCacheDistance"): st.integers(min_value=0, max_value=100)
    .map(lambda n: n * 0.01)
    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
    ("acceleratorOptions", "dbCache"): st.booleans(),
    ("acceleratorOptions", "dbCacheThreshold"): st.integers(min_value=0, max_value=100)
    .map(lambda n: n * 0.01)
    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
    ("acceleratorOptions", "dbCacheSkipInterval"): st.integers(min_value=1, max_value=None),
    ("lora",): st.lists(
        st.fixed_dictionaries(
            {"model": st.from_regex("^[\\--\\.0-9A-Z_a-z]+(:[\\--9@-Z_a-z]+)?\\Z", fullmatch=True)},
            optional={
                "weight": st.integers(min_value=-400, max_value=400)
                .map(lambda n: n * 0.01)
                .filter(lambda x: _is_multiple_of(x, 0.01) and x >= -4 and x <= 4)
            },
        ),
        min_size=1,
        max_size=5,
    ),
    ("webhookURL",): _uris,
    ("includeCost",): st.booleans(),
    ("numberResults",): st.integers(min_value=1, max_value=20),
    ("uploadEndpoint",): _uris,
    ("ttl",): st.integers(min_value=60, max_value=None),
    ("outputType",): st.sampled_from(["URL", "base64Data", "dataURI"]),
    ("outputFormat",): st.sampled_from(["JPG", "PNG", "WEBP"]),
    ("outputQuality",): st.integers(min_value=20, max_value=99),
    ("deliveryMethod",): st.one_of(st.just("sync"), st.just("async")),
    ("safety",): st.fixed_dictionaries({}, optional={"checkContent": st.booleans()}),
    ("safety", "checkContent"): st.booleans(),
    ("advancedFeatures",): st.fixed_dictionaries(
        {},
        optional={
            "watermark": st.one_of(
                st.fixed_dictionaries(
                    {"text": st.text(min_size=2, max_size=32)},
                    optional={
                        "image": st.one_of(
                            _uuid4,
                            _uris,
                            st.from_regex(
                                "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                            ),
                            st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                        ),
                        "displayPosition": st.sampled_from(
                            [
                                "top-left",
                                "top-center",
                                "top-right",
                                "center-left",
                                "center-center",
                                "center-right",
                                "bottom-left",
                                "bottom-center",
                                "bottom-right",
                                "tiled",
                            ]
                        ),
                        "opacity": st.integers(min_value=10, max_value=100)
                        .map(lambda n: n * 0.01)
                        .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
                        "fontColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                        "bgColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                    },
                ),
                st.fixed_dictionaries(
                    {
                        "image": st.one_of(
                            _uuid4,
                            _uris,
                            st.from_regex(
                                "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                            ),
                            st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                        )
                    },
                    optional={
                        "text": st.text(min_size=2, max_size=32),
                        "displayPosition": st.sampled_from(
                            [
                                "top-left",
                                "top-center",
                                "top-right",
                                "center-left",
                                "center-center",
                                "center-right",
                                "bottom-left",
                                "bottom-center",
                                "bottom-right",
                                "tiled",
                            ]
                        ),
                        "opacity": st.integers(min_value=10, max_value=100)
                        .map(lambda n: n * 0.01)
                        .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
                        "fontColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                        "bgColor": st.from_regex(
                            "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                        ),
                    },
                ),
            )
        },
    ),
    ("advancedFeatures", "watermark"): st.one_of(
        st.fixed_dictionaries(
            {"text": st.text(min_size=2, max_size=32)},
            optional={
                "image": st.one_of(
                    _uuid4,
                    _uris,
                    st.from_regex(
                        "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                    ),
                    st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                ),
                "displayPosition": st.sampled_from(
                    [
                        "top-left",
                        "top-center",
                        "top-right",
                        "center-left",
                        "center-center",
                        "center-right",
                        "bottom-left",
                        "bottom-center",
                        "bottom-right",
                        "tiled",
                    ]
                ),
                "opacity": st.integers(min_value=10, max_value=100)
                .map(lambda n: n * 0.01)
                .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
                "fontColor": st.from_regex(
                    "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                ),
                "bgColor": st.from_regex("^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True),
            },
        ),
        st.fixed_dictionaries(
            {
                "image": st.one_of(
                    _uuid4,
                    _uris,
                    st.from_regex(
                        "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                    ),
                    st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                )
            },
            optional={
                "text": st.text(min_size=2, max_size=32),
                "displayPosition": st.sampled_from(
                    [
                        "top-left",
                        "top-center",
                        "top-right",
                        "center-left",
                        "center-center",
                        "center-right",
                        "bottom-left",
                        "bottom-center",
                        "bottom-right",
                        "tiled",
                    ]
                ),
                "opacity": st.integers(min_value=10, max_value=100)
                .map(lambda n: n * 0.01)
                .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
                "fontColor": st.from_regex(
                    "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
                ),
                "bgColor": st.from_regex("^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True),
            },
        ),
    ),
    ("advancedFeatures", "watermark", "text"): st.text(min_size=2, max_size=32),
    ("advancedFeatures", "watermark", "image"): st.one_of(
        _uuid4,
        _uris,
        st.from_regex("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
        st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
    ),
    ("advancedFeatures", "watermark", "displayPosition"): st.sampled_from(
        [
            "top-left",
            "top-center",
            "top-right",
            "center-left",
            "center-center",
            "center-right",
            "bottom-left",
            "bottom-center",
            "bottom-right",
            "tiled",
        ]
    ),
    ("advancedFeatures", "watermark", "opacity"): st.integers(min_value=10, max_value=100)
    .map(lambda n: n * 0.01)
    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.1 and x <= 1),
    ("advancedFeatures", "watermark", "fontColor"): st.from_regex(
        "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
    ),
    ("advancedFeatures", "watermark", "bgColor"): st.from_regex(
        "^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z", fullmatch=True
    ),
}
#: (schema pointer, instance path, the paths its rules name) of each object whose cross-field
#: rules (allOf, if/then/else, not, oneOf of required, x-constraints, ...) the per-property
#: strategies do not model.
_RULES: list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]] = [
    ("", (), [("acceleration",), ("acceleratorOptions",)]),
    (
        "/properties/acceleratorOptions",
        ("acceleratorOptions",),
        [
            ("acceleratorOptions", "cacheEndStep"),
            ("acceleratorOptions", "cacheEndStepPercentage"),
            ("acceleratorOptions", "cacheStartStep"),
            ("acceleratorOptions", "cacheStartStepPercentage"),
            ("acceleratorOptions", "dbCache"),
            ("acceleratorOptions", "teaCache"),
        ],
    ),
    (
        "/$defs/advancedFeaturesWatermark",
        ("advancedFeatures", "watermark"),
        [("advancedFeatures", "watermark", "image"), ("advancedFeatures", "watermark", "text")],
    ),
]
_KEYWORDS = (
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "x-constraints",
)


def _rule_of(schema_path: str) -> Any:
    """The rule object an error's schema path lies in (the deepest), or None."""
    found = None
    for rule in _RULES:
        head, _, rest = schema_path[len(rule[0]) :].lstrip("/").partition("/")
        if schema_path.startswith(rule[0] + "/") and head in _KEYWORDS:
            if found is None or len(rule[0]) > len(found[0]):
                found = rule
    return found


def _path(dotted: str) -> tuple[str, ...] | None:
    return None if "[" in dotted or not dotted else tuple(dotted.split("."))


def _has(payload: Any, path: tuple[str, ...]) -> bool:
    for key in path:
        if not isinstance(payload, dict) or key not in payload:
            return False
        payload = payload[key]
    return True


def _set(
    payload: dict[str, Any], path: tuple[str, ...], value: Any, draw: st.DrawFn
) -> dict[str, Any]:
    """A copy of ``payload`` with ``value`` at ``path``; a missing parent object is drawn whole."""
    out = copy.deepcopy(payload)
    node = out
    for depth, key in enumerate(path[:-1]):
        if not isinstance(node.get(key), dict):
            parent = path[: depth + 1]
            node[key] = draw(_FIELDS[parent]) if parent in _FIELDS else {}
        node = node[key]
    node[path[-1]] = value
    return out


def _drop(payload: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    out = copy.deepcopy(payload)
    node = out
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return out


@st.composite
def _mended(draw: st.DrawFn, drafts: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    """A draft mended until it meets the cross-field rules, one broken rule at a time: a property
    it requires is drawn and added; else one of the optional properties it names (or the one the
    error is at) is dropped, or, when none is there, one it names is added. Errors of any other
    rule are left alone, so a per-property mistake of the strategies or the validator still shows
    in the tests."""
    payload = draw(drafts)
    for _ in range(4 * len(_FIELDS) + 4):
        broken = [(e, _rule_of(e.schema_path)) for e in _validate(payload)]
        broken = [(e, r) for e, r in broken if r is not None or e.schema_path.endswith("/contains")]
        if not broken:
            return payload
        error, rule = broken[0]
        at = _path(error.path)
        missing = (
            error.schema_path.endswith("/required") or "/dependentRequired/" in error.schema_path
        )
        if at is not None and missing and not _has(payload, at):
            if at in _FIELDS:
                payload = _set(payload, at, draw(_FIELDS[at]), draw)
                continue
        names = [tuple(n) for n in (rule[2] if rule is not None else [])]
        if at is not None and at not in names:
            names.append(at)
        present = [n for n in names if n in _FIELDS and _has(payload, n)]
        if present:
            payload = _drop(payload, draw(st.sampled_from(present)))
            continue
        absent = [n for n in names if n in _FIELDS and not _has(payload, n)]
        if not absent:
            break
        added = draw(st.sampled_from(absent))
        payload = _set(payload, added, draw(_FIELDS[added]), draw)
    reject()


def valid_requests() -> st.SearchStrategy[dict[str, Any]]:
    """Request payloads that satisfy every rule of the spec."""
    base: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(_REQUIRED, optional=_OPTIONAL)
    drafts = base
    return _mended(drafts)


def valid_responses() -> st.SearchStrategy[dict[str, Any]]:
    """Result items that satisfy the response schema."""
    items: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {"taskType": st.just("imageInference"), "taskUUID": _uuid4, "imageUUID": _uuid4},
        optional={
            "cost": st.floats(allow_nan=False, allow_infinity=False),
            "imageURL": _uris,
            "imageBase64Data": st.text(min_size=0, max_size=40),
            "imageDataURI": _uris,
            "seed": st.integers(min_value=None, max_value=None),
            "NSFWContent": st.booleans(),
        },
    )
    return items


def near_misses() -> st.SearchStrategy[NearMiss]:
    """A valid payload with exactly one defect, labelled with the rule and path it breaks."""
    return st.tuples(valid_requests(), st.sampled_from(DEFECTS)).map(
        lambda t: NearMiss(apply_edit(t[0], t[1][0], t[1][1]), t[1][2], t[1][3], t[1][4])
    )
