"""Hypothesis strategies for Clarity (runware:500@1).

Generated from spec/models/clarity.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

- valid_requests(): payloads that satisfy every rule of the spec.
- near_misses(): a valid payload with exactly one defect, labelled with the rule and path it breaks.
- valid_responses(): result items that satisfy the response schema.
- EDGES: valid single-field edits at the edges (each bound, each enum value)."""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from hypothesis import strategies as st

from .._runtime.jsonvalues import is_multiple_of as _is_multiple_of

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
    (("model",), "runware:500@1-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("upscaleFactor",), "1", "type", "upscaleFactor", "a string for a number"),
    (("upscaleFactor",), None, "type", "upscaleFactor", "null for a number"),
    (("upscaleFactor",), 0.5, "minimum", "upscaleFactor", "one below the minimum"),
    (("upscaleFactor",), 4.5, "maximum", "upscaleFactor", "one above the maximum"),
    (("settings",), "an object was expected", "type", "settings", "a string for an object"),
    (("settings",), {"CFGScalx": 1}, "additionalProperties", "settings.CFGScalx", "a misspelt key"),
    (
        ("settings",),
        {"positivePrompt": 1},
        "type",
        "settings.positivePrompt",
        "a number for a string",
    ),
    (
        ("settings",),
        {"negativePrompt": 1},
        "type",
        "settings.negativePrompt",
        "a number for a string",
    ),
    (("settings",), {"seed": 1.5}, "type", "settings.seed", "a fraction for an integer"),
    (("settings",), {"seed": True}, "type", "settings.seed", "true for an integer"),
    (("settings",), {"seed": "1"}, "type", "settings.seed", "a string for an integer"),
    (("settings",), {"seed": -1}, "minimum", "settings.seed", "one below the minimum"),
    (
        ("settings",),
        {"seed": 9223372036854775808},
        "maximum",
        "settings.seed",
        "one above the maximum",
    ),
    (("settings",), {"steps": 1.5}, "type", "settings.steps", "a fraction for an integer"),
    (("settings",), {"steps": True}, "type", "settings.steps", "true for an integer"),
    (("settings",), {"steps": "1"}, "type", "settings.steps", "a string for an integer"),
    (("settings",), {"steps": 0}, "minimum", "settings.steps", "one below the minimum"),
    (
        ("settings",),
        {"scheduler": "zz-not-allowed"},
        "enum",
        "settings.scheduler",
        "outside the enum",
    ),
    (("settings",), {"scheduler": 1}, "type", "settings.scheduler", "a number for a string"),
    (("settings",), {"CFGScale": "1"}, "type", "settings.CFGScale", "a string for a number"),
    (("settings",), {"CFGScale": None}, "type", "settings.CFGScale", "null for a number"),
    (("settings",), {"CFGScale": -0.5}, "minimum", "settings.CFGScale", "one below the minimum"),
    (("settings",), {"strength": "1"}, "type", "settings.strength", "a string for a number"),
    (("settings",), {"strength": None}, "type", "settings.strength", "null for a number"),
    (("settings",), {"strength": -0.5}, "minimum", "settings.strength", "one below the minimum"),
    (("settings",), {"strength": 1.5}, "maximum", "settings.strength", "one above the maximum"),
    (
        ("settings",),
        {"controlNetWeight": "1"},
        "type",
        "settings.controlNetWeight",
        "a string for a number",
    ),
    (
        ("settings",),
        {"controlNetWeight": None},
        "type",
        "settings.controlNetWeight",
        "null for a number",
    ),
    (
        ("settings",),
        {"controlNetWeight": -4.5},
        "minimum",
        "settings.controlNetWeight",
        "one below the minimum",
    ),
    (
        ("settings",),
        {"controlNetWeight": 4.5},
        "maximum",
        "settings.controlNetWeight",
        "one above the maximum",
    ),
    (("taskType",), "upscale-x", "const", "taskType", "a different constant"),
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
    (("inputs",), {}, "required", "inputs.image", "image missing"),
    (
        ("inputs",),
        {"image": "a", "imagx": 1},
        "additionalProperties",
        "inputs.imagx",
        "a misspelt key",
    ),
    (("inputs",), {"image": 1}, "type", "inputs.image", "a number for a string"),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("upscaleFactor",), 1),
    (("upscaleFactor",), 4),
    (("settings",), {"seed": 0.0}),
    (("settings",), {"seed": 0}),
    (("settings",), {"seed": 9223372036854775807}),
    (("settings",), {"steps": 1.0}),
    (("settings",), {"steps": 1}),
    (("settings",), {"scheduler": "DDIM"}),
    (("settings",), {"scheduler": "DDIMScheduler"}),
    (("settings",), {"scheduler": "DDPMScheduler"}),
    (("settings",), {"scheduler": "DEISMultistepScheduler"}),
    (("settings",), {"scheduler": "Default"}),
    (("settings",), {"scheduler": "DPM++"}),
    (("settings",), {"scheduler": "DPM++ 2M"}),
    (("settings",), {"scheduler": "DPM++ 2M Beta"}),
    (("settings",), {"scheduler": "DPM++ 2M Exponential"}),
    (("settings",), {"scheduler": "DPM++ 2M Karras"}),
    (("settings",), {"scheduler": "DPM++ 2M SDE"}),
    (("settings",), {"scheduler": "DPM++ 2M SDE Beta"}),
    (("settings",), {"scheduler": "DPM++ 2M SDE Exponential"}),
    (("settings",), {"scheduler": "DPM++ 2M SDE Karras"}),
    (("settings",), {"scheduler": "DPM++ 2M SDE Uniform"}),
    (("settings",), {"scheduler": "DPM++ 2M Uniform"}),
    (("settings",), {"scheduler": "DPM++ 3M"}),
    (("settings",), {"scheduler": "DPM++ 3M Beta"}),
    (("settings",), {"scheduler": "DPM++ 3M Exponential"}),
    (("settings",), {"scheduler": "DPM++ 3M Karras"}),
    (("settings",), {"scheduler": "DPM++ 3M SDE Uniform"}),
    (("settings",), {"scheduler": "DPM++ 3M Uniform"}),
    (("settings",), {"scheduler": "DPM++ Beta"}),
    (("settings",), {"scheduler": "DPM++ Exponential"}),
    (("settings",), {"scheduler": "DPM++ Karras"}),
    (("settings",), {"scheduler": "DPM++ SDE"}),
    (("settings",), {"scheduler": "DPM++ SDE Beta"}),
    (("settings",), {"scheduler": "DPM++ SDE Exponential"}),
    (("settings",), {"scheduler": "DPM++ SDE Karras"}),
    (("settings",), {"scheduler": "DPM++ Uniform"}),
    (("settings",), {"scheduler": "DPM++ Uniform Beta"}),
    (("settings",), {"scheduler": "DPM++ Uniform Exponential"}),
    (("settings",), {"scheduler": "DPM++ Uniform Karras"}),
    (("settings",), {"scheduler": "DPMSolverMultistepInverse"}),
    (("settings",), {"scheduler": "DPMSolverMultistepScheduler"}),
    (("settings",), {"scheduler": "DPMSolverSinglestepScheduler"}),
    (("settings",), {"scheduler": "EDMDPMSolverMultistepScheduler"}),
    (("settings",), {"scheduler": "EDMEulerScheduler"}),
    (("settings",), {"scheduler": "Euler"}),
    (("settings",), {"scheduler": "Euler a"}),
    (("settings",), {"scheduler": "Euler Beta"}),
    (("settings",), {"scheduler": "Euler Exponential"}),
    (("settings",), {"scheduler": "Euler Karras"}),
    (("settings",), {"scheduler": "EulerAncestralDiscreteScheduler"}),
    (("settings",), {"scheduler": "EulerDiscreteScheduler"}),
    (("settings",), {"scheduler": "FlowMatchEulerDiscreteScheduler"}),
    (("settings",), {"scheduler": "Heun"}),
    (("settings",), {"scheduler": "HeunDiscreteScheduler"}),
    (("settings",), {"scheduler": "Heun Karras"}),
    (("settings",), {"scheduler": "IPNDMScheduler"}),
    (("settings",), {"scheduler": "IPNDM Uniform"}),
    (("settings",), {"scheduler": "IPNDM Uniform Beta"}),
    (("settings",), {"scheduler": "IPNDM Uniform Exponential"}),
    (("settings",), {"scheduler": "IPNDM Uniform Karras"}),
    (("settings",), {"scheduler": "KDPM2AncestralDiscreteScheduler"}),
    (("settings",), {"scheduler": "KDPM2DiscreteScheduler"}),
    (("settings",), {"scheduler": "LCM"}),
    (("settings",), {"scheduler": "LCMScheduler"}),
    (("settings",), {"scheduler": "LMS"}),
    (("settings",), {"scheduler": "LMSDiscreteScheduler"}),
    (("settings",), {"scheduler": "LMS Karras"}),
    (("settings",), {"scheduler": "PNDMScheduler"}),
    (("settings",), {"scheduler": "TCDScheduler"}),
    (("settings",), {"scheduler": "UniPC"}),
    (("settings",), {"scheduler": "UniPC 2M"}),
    (("settings",), {"scheduler": "UniPC 2M Karras"}),
    (("settings",), {"scheduler": "UniPC 2M Uniform"}),
    (("settings",), {"scheduler": "UniPC 3M"}),
    (("settings",), {"scheduler": "UniPC 3M Karras"}),
    (("settings",), {"scheduler": "UniPC 3M Uniform"}),
    (("settings",), {"scheduler": "UniPC Karras"}),
    (("settings",), {"scheduler": "UniPC Uniform"}),
    (("settings",), {"scheduler": "UniPC Uniform Beta"}),
    (("settings",), {"scheduler": "UniPC Uniform Exponential"}),
    (("settings",), {"scheduler": "UniPC Uniform Karras"}),
    (("settings",), {"CFGScale": 0}),
    (("settings",), {"strength": 0}),
    (("settings",), {"strength": 1}),
    (("settings",), {"controlNetWeight": -4}),
    (("settings",), {"controlNetWeight": 4}),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("outputQuality",), 20.0),
    (("outputQuality",), 20),
    (("outputQuality",), 99),
    (("outputType",), "URL"),
    (("outputType",), "base64Data"),
    (("outputType",), "dataURI"),
    (("outputFormat",), "JPG"),
    (("outputFormat",), "PNG"),
    (("outputFormat",), "WEBP"),
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
            "model": st.just("runware:500@1"),
            "taskType": st.just("upscale"),
            "taskUUID": _uuid4,
            "inputs": st.fixed_dictionaries(
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
                optional={},
            ),
        },
        optional={
            "upscaleFactor": st.floats(
                allow_nan=False, allow_infinity=False, min_value=1.0, max_value=4.0
            ),
            "settings": st.fixed_dictionaries(
                {},
                optional={
                    "positivePrompt": st.text(min_size=0, max_size=40),
                    "negativePrompt": st.text(min_size=0, max_size=40),
                    "seed": st.integers(min_value=0, max_value=9223372036854775807),
                    "steps": st.integers(min_value=1, max_value=None),
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
                    "CFGScale": st.integers(min_value=0, max_value=None)
                    .map(lambda n: n * 0.01)
                    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0),
                    "strength": st.integers(min_value=0, max_value=100)
                    .map(lambda n: n * 0.01)
                    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
                    "controlNetWeight": st.integers(min_value=-400, max_value=400)
                    .map(lambda n: n * 0.01)
                    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= -4 and x <= 4),
                },
            ),
            "webhookURL": _uris,
            "includeCost": st.booleans(),
            "uploadEndpoint": _uris,
            "ttl": st.integers(min_value=60, max_value=None),
            "outputQuality": st.integers(min_value=20, max_value=99),
            "outputType": st.sampled_from(["URL", "base64Data", "dataURI"]),
            "outputFormat": st.sampled_from(["JPG", "PNG", "WEBP"]),
            "deliveryMethod": st.one_of(st.just("sync"), st.just("async")),
        },
    )
    drafts = base
    return drafts


def valid_responses() -> st.SearchStrategy[dict[str, Any]]:
    """Result items that satisfy the response schema."""
    items: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {"taskType": st.just("upscale"), "taskUUID": _uuid4, "imageUUID": _uuid4},
        optional={
            "cost": st.floats(allow_nan=False, allow_infinity=False),
            "imageURL": _uris,
            "imageBase64Data": st.text(min_size=0, max_size=40),
            "imageDataURI": _uris,
        },
    )
    return items


def near_misses() -> st.SearchStrategy[NearMiss]:
    """A valid payload with exactly one defect, labelled with the rule and path it breaks."""
    return st.tuples(valid_requests(), st.sampled_from(DEFECTS)).map(
        lambda t: NearMiss(apply_edit(t[0], t[1][0], t[1][1]), t[1][2], t[1][3], t[1][4])
    )
