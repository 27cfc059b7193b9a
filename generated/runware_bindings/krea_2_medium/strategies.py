"""Hypothesis strategies for Krea 2 Medium (krea:krea@2-medium).

Generated from spec/models/krea-2-medium.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

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
_PAIR_KEYS = ["width", "height"]
_PAIRS = [
    [1024, 1024],
    [1184, 896],
    [1248, 832],
    [1376, 768],
    [1568, 672],
    [928, 1152],
    [832, 1248],
    [768, 1376],
]

#: (where to set, value or _DELETE, rule, reported path, note) for each single defect.
DEFECTS: list[tuple[tuple[str, ...], Any, str, str, str]] = [
    (("taskType",), "__delete__", "required", "taskType", "taskType missing"),
    (("taskUUID",), "__delete__", "required", "taskUUID", "taskUUID missing"),
    (("model",), "__delete__", "required", "model", "model missing"),
    (("positivePrompt",), "__delete__", "required", "positivePrompt", "positivePrompt missing"),
    (("width",), "__delete__", "required", "width", "width missing"),
    (("height",), "__delete__", "required", "height", "height missing"),
    (("deliveryMethox",), 1, "additionalProperties", "deliveryMethox", "a misspelt key"),
    (("taskType",), "imageInference-x", "const", "taskType", "a different constant"),
    (("taskType",), 1, "type", "taskType", "a number for a string"),
    (("taskUUID",), 1, "type", "taskUUID", "a number for a string"),
    (("taskUUID",), "not a uuid", "format", "taskUUID", "not a uuid"),
    (("outputType",), "zz-not-allowed", "enum", "outputType", "outside the enum"),
    (("outputType",), 1, "type", "outputType", "a number for a string"),
    (("outputFormat",), "zz-not-allowed", "enum", "outputFormat", "outside the enum"),
    (("outputFormat",), 1, "type", "outputFormat", "a number for a string"),
    (("outputQuality",), 1.5, "type", "outputQuality", "a fraction for an integer"),
    (("outputQuality",), True, "type", "outputQuality", "true for an integer"),
    (("outputQuality",), "1", "type", "outputQuality", "a string for an integer"),
    (("outputQuality",), 19, "minimum", "outputQuality", "one below the minimum"),
    (("outputQuality",), 100, "maximum", "outputQuality", "one above the maximum"),
    (("webhookURL",), 1, "type", "webhookURL", "a number for a string"),
    (("webhookURL",), "not a uri", "format", "webhookURL", "not a uri"),
    (("deliveryMethod",), "zz-not-allowed", "enum", "deliveryMethod", "outside the enum"),
    (("deliveryMethod",), 1, "type", "deliveryMethod", "a number for a string"),
    (("uploadEndpoint",), 1, "type", "uploadEndpoint", "a number for a string"),
    (("uploadEndpoint",), "not a uri", "format", "uploadEndpoint", "not a uri"),
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
    (("safety",), {"mode": "zz-not-allowed"}, "enum", "safety.mode", "outside the enum"),
    (("safety",), {"mode": 1}, "type", "safety.mode", "a number for a string"),
    (("ttl",), 1.5, "type", "ttl", "a fraction for an integer"),
    (("ttl",), True, "type", "ttl", "true for an integer"),
    (("ttl",), "1", "type", "ttl", "a string for an integer"),
    (("ttl",), 59, "minimum", "ttl", "one below the minimum"),
    (("includeCost",), 1, "type", "includeCost", "1 for a boolean"),
    (("includeCost",), "true", "type", "includeCost", "a string for a boolean"),
    (("numberResults",), 1.5, "type", "numberResults", "a fraction for an integer"),
    (("numberResults",), True, "type", "numberResults", "true for an integer"),
    (("numberResults",), "1", "type", "numberResults", "a string for an integer"),
    (("numberResults",), 0, "minimum", "numberResults", "one below the minimum"),
    (("numberResults",), 21, "maximum", "numberResults", "one above the maximum"),
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
        {
            "referenceImages": [
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
            ]
        },
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
    (
        ("inputs",),
        {"referenceImages": [{}]},
        "required",
        "inputs.referenceImages[0].image",
        "image missing",
    ),
    (
        ("inputs",),
        {"referenceImages": [{"image": "a", "imagx": 1}]},
        "additionalProperties",
        "inputs.referenceImages[0].imagx",
        "a misspelt key",
    ),
    (
        ("inputs",),
        {"referenceImages": [{"image": 1}]},
        "type",
        "inputs.referenceImages[0].image",
        "a number for a string",
    ),
    (
        ("inputs",),
        {"referenceImages": [{"image": "a", "strength": "1"}]},
        "type",
        "inputs.referenceImages[0].strength",
        "a string for a number",
    ),
    (
        ("inputs",),
        {"referenceImages": [{"image": "a", "strength": None}]},
        "type",
        "inputs.referenceImages[0].strength",
        "null for a number",
    ),
    (
        ("inputs",),
        {"referenceImages": [{"image": "a", "strength": -2.5}]},
        "minimum",
        "inputs.referenceImages[0].strength",
        "one below the minimum",
    ),
    (
        ("inputs",),
        {"referenceImages": [{"image": "a", "strength": 2.5}]},
        "maximum",
        "inputs.referenceImages[0].strength",
        "one above the maximum",
    ),
    (("model",), "krea:krea@2-medium-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("positivePrompt",), 1, "type", "positivePrompt", "a number for a string"),
    (("width",), 1.5, "type", "width", "a fraction for an integer"),
    (("width",), True, "type", "width", "true for an integer"),
    (("width",), "1", "type", "width", "a string for an integer"),
    (("height",), 1.5, "type", "height", "a fraction for an integer"),
    (("height",), True, "type", "height", "true for an integer"),
    (("height",), "1", "type", "height", "a string for an integer"),
    (("seed",), 1.5, "type", "seed", "a fraction for an integer"),
    (("seed",), True, "type", "seed", "true for an integer"),
    (("seed",), "1", "type", "seed", "a string for an integer"),
    (("seed",), -1, "minimum", "seed", "one below the minimum"),
    (("seed",), 9223372036854775808, "maximum", "seed", "one above the maximum"),
    (("settings",), "an object was expected", "type", "settings", "a string for an object"),
    (
        ("settings",),
        {"creativitx": 1},
        "additionalProperties",
        "settings.creativitx",
        "a misspelt key",
    ),
    (
        ("settings",),
        {"creativity": "zz-not-allowed"},
        "enum",
        "settings.creativity",
        "outside the enum",
    ),
    (("settings",), {"creativity": 1}, "type", "settings.creativity", "a number for a string"),
    (("height",), "__delete__", "paired-dimensions", "height", "width without height"),
    (("width",), "__delete__", "paired-dimensions", "width", "height without width"),
    (("width",), 1569, "dimensions", "", "a width outside the table"),
    (("height",), 1377, "dimensions", "", "a height outside the table"),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("outputType",), "URL"),
    (("outputType",), "base64Data"),
    (("outputType",), "dataURI"),
    (("outputFormat",), "JPG"),
    (("outputFormat",), "PNG"),
    (("outputFormat",), "WEBP"),
    (("outputQuality",), 20.0),
    (("outputQuality",), 20),
    (("outputQuality",), 99),
    (("deliveryMethod",), "sync"),
    (("deliveryMethod",), "async"),
    (("safety",), {"mode": "none"}),
    (("safety",), {"mode": "fast"}),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("numberResults",), 1.0),
    (("numberResults",), 1),
    (("numberResults",), 20),
    (
        ("inputs",),
        {
            "referenceImages": [
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
                {"image": "a"},
            ]
        },
    ),
    (("inputs",), {"referenceImages": [{"image": "a", "strength": -2}]}),
    (("inputs",), {"referenceImages": [{"image": "a", "strength": 2}]}),
    (("seed",), 0.0),
    (("seed",), 0),
    (("seed",), 9223372036854775807),
    (("settings",), {"creativity": "raw"}),
    (("settings",), {"creativity": "low"}),
    (("settings",), {"creativity": "medium"}),
    (("settings",), {"creativity": "high"}),
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
            "taskType": st.just("imageInference"),
            "taskUUID": _uuid4,
            "model": st.just("krea:krea@2-medium"),
            "positivePrompt": st.text(min_size=0, max_size=40),
        },
        optional={
            "outputType": st.sampled_from(["URL", "base64Data", "dataURI"]),
            "outputFormat": st.sampled_from(["JPG", "PNG", "WEBP"]),
            "outputQuality": st.integers(min_value=20, max_value=99),
            "webhookURL": _uris,
            "deliveryMethod": st.sampled_from(["sync", "async"]),
            "uploadEndpoint": _uris,
            "safety": st.fixed_dictionaries(
                {},
                optional={"checkContent": st.booleans(), "mode": st.sampled_from(["none", "fast"])},
            ),
            "ttl": st.integers(min_value=60, max_value=None),
            "includeCost": st.booleans(),
            "numberResults": st.integers(min_value=1, max_value=20),
            "inputs": st.fixed_dictionaries(
                {},
                optional={
                    "referenceImages": st.lists(
                        st.one_of(
                            st.text(min_size=0, max_size=40),
                            st.fixed_dictionaries(
                                {"image": st.text(min_size=0, max_size=40)},
                                optional={
                                    "strength": st.floats(
                                        allow_nan=False,
                                        allow_infinity=False,
                                        min_value=-2.0,
                                        max_value=2.0,
                                    )
                                },
                            ),
                        ),
                        min_size=1,
                        max_size=10,
                    )
                },
            ),
            "seed": st.integers(min_value=0, max_value=9223372036854775807),
            "settings": st.fixed_dictionaries(
                {}, optional={"creativity": st.sampled_from(["raw", "low", "medium", "high"])}
            ),
        },
    )
    drafts = st.tuples(base, st.sampled_from(_PAIRS)).map(
        lambda t: {**t[0], **dict(zip(_PAIR_KEYS, t[1]))}
    )
    return drafts


def valid_responses() -> st.SearchStrategy[dict[str, Any]]:
    """Result items that satisfy the response schema."""
    items: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {"taskType": st.just("imageInference"), "taskUUID": _uuid4, "imageUUID": _uuid4},
        optional={
            "imageURL": _uris,
            "imageBase64Data": st.text(min_size=0, max_size=40),
            "imageDataURI": _uris,
            "seed": st.integers(min_value=None, max_value=None),
            "NSFWContent": st.booleans(),
            "cost": st.floats(allow_nan=False, allow_infinity=False),
        },
    )
    return items


def near_misses() -> st.SearchStrategy[NearMiss]:
    """A valid payload with exactly one defect, labelled with the rule and path it breaks."""
    return st.tuples(valid_requests(), st.sampled_from(DEFECTS)).map(
        lambda t: NearMiss(apply_edit(t[0], t[1][0], t[1][1]), t[1][2], t[1][3], t[1][4])
    )
