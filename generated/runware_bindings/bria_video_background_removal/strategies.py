"""Hypothesis strategies for Bria Video Background Removal (bria:51@1).

Generated from spec/models/bria-video-background-removal.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

- valid_requests(): payloads that satisfy every rule of the spec.
- near_misses(): a valid payload with exactly one defect, labelled with the rule and path it breaks.
- valid_responses(): result items that satisfy the response schema.
- EDGES: valid single-field edits at the edges (each bound, each enum value)."""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from hypothesis import strategies as st

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
    (("taskType",), "__delete__", "required", "taskType", "taskType missing"),
    (("taskUUID",), "__delete__", "required", "taskUUID", "taskUUID missing"),
    (("model",), "__delete__", "required", "model", "model missing"),
    (("inputs",), "__delete__", "required", "inputs", "inputs missing"),
    (("deliveryMethox",), 1, "additionalProperties", "deliveryMethox", "a misspelt key"),
    (("model",), "bria:51@1-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("settings",), "an object was expected", "type", "settings", "a string for an object"),
    (("settings",), {"rgbx": 1}, "additionalProperties", "settings.rgbx", "a misspelt key"),
    (
        ("settings",),
        {"rgba": {"not": "an array"}},
        "type",
        "settings.rgba",
        "an object for an array",
    ),
    (("settings",), {"rgba": [0, 0, 0, 0, 0]}, "maxItems", "settings.rgba", "one item too many"),
    (("settings",), {"rgba": [0, 0, 0]}, "minItems", "settings.rgba", "one item too few"),
    (
        ("settings",),
        {"rgba": [1.5, 0, 0, 0]},
        "type",
        "settings.rgba[0]",
        "a fraction for an integer",
    ),
    (("settings",), {"rgba": [True, 0, 0, 0]}, "type", "settings.rgba[0]", "true for an integer"),
    (
        ("settings",),
        {"rgba": ["1", 0, 0, 0]},
        "type",
        "settings.rgba[0]",
        "a string for an integer",
    ),
    (
        ("settings",),
        {"rgba": [-1, 0, 0, 0]},
        "minimum",
        "settings.rgba[0]",
        "one below the minimum",
    ),
    (
        ("settings",),
        {"rgba": [256, 0, 0, 0]},
        "maximum",
        "settings.rgba[0]",
        "one above the maximum",
    ),
    (("taskType",), "removeBackground-x", "const", "taskType", "a different constant"),
    (("taskType",), 1, "type", "taskType", "a number for a string"),
    (("taskUUID",), 1, "type", "taskUUID", "a number for a string"),
    (("taskUUID",), "not a uuid", "format", "taskUUID", "not a uuid"),
    (("webhookURL",), 1, "type", "webhookURL", "a number for a string"),
    (("webhookURL",), "not a uri", "format", "webhookURL", "not a uri"),
    (("includeCost",), 1, "type", "includeCost", "1 for a boolean"),
    (("includeCost",), "true", "type", "includeCost", "a string for a boolean"),
    (("uploadEndpoint",), 1, "type", "uploadEndpoint", "a number for a string"),
    (("uploadEndpoint",), "not a uri", "format", "uploadEndpoint", "not a uri"),
    (("ttl",), 1.5, "type", "ttl", "a fraction for an integer"),
    (("ttl",), True, "type", "ttl", "true for an integer"),
    (("ttl",), "1", "type", "ttl", "a string for an integer"),
    (("ttl",), 59, "minimum", "ttl", "one below the minimum"),
    (("outputQuality",), 1.5, "type", "outputQuality", "a fraction for an integer"),
    (("outputQuality",), True, "type", "outputQuality", "true for an integer"),
    (("outputQuality",), "1", "type", "outputQuality", "a string for an integer"),
    (("outputQuality",), 19, "minimum", "outputQuality", "one below the minimum"),
    (("outputQuality",), 100, "maximum", "outputQuality", "one above the maximum"),
    (("outputType",), "zz-not-allowed", "enum", "outputType", "outside the enum"),
    (("outputType",), 1, "type", "outputType", "a number for a string"),
    (("outputFormat",), "zz-not-allowed", "enum", "outputFormat", "outside the enum"),
    (("outputFormat",), 1, "type", "outputFormat", "a number for a string"),
    (("deliveryMethod",), 1, "type", "deliveryMethod", "a number for a string"),
    (("inputs",), "an object was expected", "type", "inputs", "a string for an object"),
    (("inputs",), {}, "required", "inputs.video", "video missing"),
    (
        ("inputs",),
        {"video": "https://example.com/assets/image.png", "videx": 1},
        "additionalProperties",
        "inputs.videx",
        "a misspelt key",
    ),
    (("inputs",), {"video": 1}, "type", "inputs.video", "a number for a string"),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("settings",), {"rgba": [0, 0, 0, 0]}),
    (("settings",), {"rgba": [0.0, 0, 0, 0]}),
    (("settings",), {"rgba": [0, 0, 0, 0]}),
    (("settings",), {"rgba": [255, 0, 0, 0]}),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("outputQuality",), 20.0),
    (("outputQuality",), 20),
    (("outputQuality",), 99),
    (("outputType",), "URL"),
    (("outputFormat",), "WEBM"),
    (("outputFormat",), "MOV"),
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


def valid_requests() -> st.SearchStrategy[dict[str, Any]]:
    """Request payloads that satisfy every rule of the spec."""
    base: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {
            "model": st.just("bria:51@1"),
            "taskType": st.just("removeBackground"),
            "taskUUID": _uuid4,
            "inputs": st.fixed_dictionaries({"video": st.one_of(_uuid4, _uris)}, optional={}),
        },
        optional={
            "settings": st.fixed_dictionaries(
                {},
                optional={
                    "rgba": st.lists(
                        st.integers(min_value=0, max_value=255), min_size=4, max_size=4
                    )
                },
            ),
            "webhookURL": _uris,
            "includeCost": st.booleans(),
            "uploadEndpoint": _uris,
            "ttl": st.integers(min_value=60, max_value=None),
            "outputQuality": st.integers(min_value=20, max_value=99),
            "outputType": st.sampled_from(["URL"]),
            "outputFormat": st.sampled_from(["WEBM", "MOV"]),
            "deliveryMethod": st.one_of(st.just("async")),
        },
    )
    drafts = base
    return drafts


def valid_responses() -> st.SearchStrategy[dict[str, Any]]:
    """Result items that satisfy the response schema."""
    items: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {"taskType": st.just("removeBackground"), "taskUUID": _uuid4, "videoUUID": _uuid4},
        optional={
            "cost": st.floats(allow_nan=False, allow_infinity=False),
            "videoURL": _uris,
            "videoBase64Data": st.text(min_size=0, max_size=40),
            "videoDataURI": _uris,
        },
    )
    return items


def near_misses() -> st.SearchStrategy[NearMiss]:
    """A valid payload with exactly one defect, labelled with the rule and path it breaks."""
    return st.tuples(valid_requests(), st.sampled_from(DEFECTS)).map(
        lambda t: NearMiss(apply_edit(t[0], t[1][0], t[1][1]), t[1][2], t[1][3], t[1][4])
    )
