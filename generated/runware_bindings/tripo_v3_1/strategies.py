"""Hypothesis strategies for Tripo 3D v3.1 (tripo:v3.1@0).

Generated from spec/models/tripo-v3-1.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

- valid_requests(): payloads that satisfy every rule of the spec.
- near_misses(): a valid payload with exactly one defect, labelled with the rule and path it breaks.
- valid_responses(): result items that satisfy the response schema.
- EDGES: valid single-field edits at the edges (each bound, each enum value)."""

from __future__ import annotations

import copy
from typing import Any, NamedTuple

from hypothesis import reject, strategies as st

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
    (("taskType",), "__delete__", "required", "taskType", "taskType missing"),
    (("taskUUID",), "__delete__", "required", "taskUUID", "taskUUID missing"),
    (("model",), "__delete__", "required", "model", "model missing"),
    (("deliveryMethox",), 1, "additionalProperties", "deliveryMethox", "a misspelt key"),
    (("model",), "tripo:v3.1@0-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("outputFormat",), "zz-not-allowed", "enum", "outputFormat", "outside the enum"),
    (("outputFormat",), 1, "type", "outputFormat", "a number for a string"),
    (("inputs",), "an object was expected", "type", "inputs", "a string for an object"),
    (("inputs",), {"imagex": 1}, "additionalProperties", "inputs.imagex", "a misspelt key"),
    (
        ("inputs",),
        {"images": {"not": "an array"}},
        "type",
        "inputs.images",
        "an object for an array",
    ),
    (
        ("inputs",),
        {"images": ["a", "a", "a", "a", "a"]},
        "maxItems",
        "inputs.images",
        "one item too many",
    ),
    (("inputs",), {"images": []}, "minItems", "inputs.images", "one item too few"),
    (("inputs",), {"images": [1]}, "type", "inputs.images[0]", "a number for a string"),
    (("positivePrompt",), 1, "type", "positivePrompt", "a number for a string"),
    (
        ("positivePrompt",),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "maxLength",
        "positivePrompt",
        "one character too long",
    ),
    (("negativePrompt",), 1, "type", "negativePrompt", "a number for a string"),
    (
        ("negativePrompt",),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "maxLength",
        "negativePrompt",
        "one character too long",
    ),
    (("seed",), 1.5, "type", "seed", "a fraction for an integer"),
    (("seed",), True, "type", "seed", "true for an integer"),
    (("seed",), "1", "type", "seed", "a string for an integer"),
    (("seed",), 0, "minimum", "seed", "one below the minimum"),
    (("seed",), 20240920, "maximum", "seed", "one above the maximum"),
    (("settings",), "an object was expected", "type", "settings", "a string for an object"),
    (("settings",), {"autoSizx": 1}, "additionalProperties", "settings.autoSizx", "a misspelt key"),
    (("settings",), {"autoSize": 1}, "type", "settings.autoSize", "1 for a boolean"),
    (("settings",), {"autoSize": "true"}, "type", "settings.autoSize", "a string for a boolean"),
    (("settings",), {"compress": 1}, "type", "settings.compress", "a number for a string"),
    (("settings",), {"exportUv": 1}, "type", "settings.exportUv", "1 for a boolean"),
    (("settings",), {"exportUv": "true"}, "type", "settings.exportUv", "a string for a boolean"),
    (("settings",), {"faceLimit": 1.5}, "type", "settings.faceLimit", "a fraction for an integer"),
    (("settings",), {"faceLimit": True}, "type", "settings.faceLimit", "true for an integer"),
    (("settings",), {"faceLimit": "1"}, "type", "settings.faceLimit", "a string for an integer"),
    (("settings",), {"faceLimit": 499}, "minimum", "settings.faceLimit", "one below the minimum"),
    (("settings",), {"faceLimit": 20001}, "maximum", "settings.faceLimit", "one above the maximum"),
    (("settings",), {"generateParts": 1}, "type", "settings.generateParts", "1 for a boolean"),
    (
        ("settings",),
        {"generateParts": "true"},
        "type",
        "settings.generateParts",
        "a string for a boolean",
    ),
    (
        ("settings",),
        {"geometryQuality": 1},
        "type",
        "settings.geometryQuality",
        "a number for a string",
    ),
    (("settings",), {"imageAutoFix": 1}, "type", "settings.imageAutoFix", "1 for a boolean"),
    (
        ("settings",),
        {"imageAutoFix": "true"},
        "type",
        "settings.imageAutoFix",
        "a string for a boolean",
    ),
    (("settings",), {"orientation": 1}, "type", "settings.orientation", "a number for a string"),
    (("settings",), {"pbr": 1}, "type", "settings.pbr", "1 for a boolean"),
    (("settings",), {"pbr": "true"}, "type", "settings.pbr", "a string for a boolean"),
    (("settings",), {"quad": 1}, "type", "settings.quad", "1 for a boolean"),
    (("settings",), {"quad": "true"}, "type", "settings.quad", "a string for a boolean"),
    (("settings",), {"smartLowPoly": 1}, "type", "settings.smartLowPoly", "1 for a boolean"),
    (
        ("settings",),
        {"smartLowPoly": "true"},
        "type",
        "settings.smartLowPoly",
        "a string for a boolean",
    ),
    (("settings",), {"texture": 1}, "type", "settings.texture", "1 for a boolean"),
    (("settings",), {"texture": "true"}, "type", "settings.texture", "a string for a boolean"),
    (
        ("settings",),
        {"textureAlignment": 1},
        "type",
        "settings.textureAlignment",
        "a number for a string",
    ),
    (
        ("settings",),
        {"textureQuality": 1},
        "type",
        "settings.textureQuality",
        "a number for a string",
    ),
    (
        ("settings",),
        {"textureSeed": 1.5},
        "type",
        "settings.textureSeed",
        "a fraction for an integer",
    ),
    (("settings",), {"textureSeed": True}, "type", "settings.textureSeed", "true for an integer"),
    (
        ("settings",),
        {"textureSeed": "1"},
        "type",
        "settings.textureSeed",
        "a string for an integer",
    ),
    (
        ("settings",),
        {"textureSeed": -1},
        "minimum",
        "settings.textureSeed",
        "one below the minimum",
    ),
    (
        ("settings",),
        {"textureSeed": 20240920},
        "maximum",
        "settings.textureSeed",
        "one above the maximum",
    ),
    (("taskType",), "3dInference-x", "const", "taskType", "a different constant"),
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
    (("numberResults",), 5, "maximum", "numberResults", "one above the maximum"),
    (("uploadEndpoint",), 1, "type", "uploadEndpoint", "a number for a string"),
    (("uploadEndpoint",), "not a uri", "format", "uploadEndpoint", "not a uri"),
    (("ttl",), 1.5, "type", "ttl", "a fraction for an integer"),
    (("ttl",), True, "type", "ttl", "true for an integer"),
    (("ttl",), "1", "type", "ttl", "a string for an integer"),
    (("ttl",), 59, "minimum", "ttl", "one below the minimum"),
    (("outputType",), "zz-not-allowed", "enum", "outputType", "outside the enum"),
    (("outputType",), 1, "type", "outputType", "a number for a string"),
    (("deliveryMethod",), 1, "type", "deliveryMethod", "a number for a string"),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("seed",), 1.0),
    (("seed",), 1),
    (("seed",), 20240919),
    (("numberResults",), 1.0),
    (("numberResults",), 1),
    (("numberResults",), 4),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("outputType",), "URL"),
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
    "model": st.just("tripo:v3.1@0"),
    "taskType": st.just("3dInference"),
    "taskUUID": _uuid4,
}
_OPTIONAL: dict[str, st.SearchStrategy[Any]] = {
    "outputFormat": st.sampled_from(["GLB", "FBX"]),
    "inputs": st.fixed_dictionaries(
        {},
        optional={
            "images": st.lists(
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
    "positivePrompt": st.text(min_size=0, max_size=1024),
    "negativePrompt": st.text(min_size=0, max_size=255),
    "seed": st.integers(min_value=1, max_value=20240919),
    "settings": st.fixed_dictionaries(
        {},
        optional={
            "autoSize": st.booleans(),
            "compress": st.one_of(st.just("geometry"), st.just("meshopt")),
            "exportUv": st.booleans(),
            "faceLimit": st.integers(min_value=500, max_value=20000),
            "generateParts": st.booleans(),
            "geometryQuality": st.one_of(st.just("standard"), st.just("detailed")),
            "imageAutoFix": st.booleans(),
            "orientation": st.one_of(st.just("default"), st.just("align_image")),
            "pbr": st.booleans(),
            "quad": st.booleans(),
            "smartLowPoly": st.booleans(),
            "texture": st.booleans(),
            "textureAlignment": st.one_of(st.just("original_image"), st.just("geometry")),
            "textureQuality": st.one_of(st.just("standard"), st.just("detailed")),
            "textureSeed": st.integers(min_value=0, max_value=20240919),
        },
    ),
    "webhookURL": _uris,
    "includeCost": st.booleans(),
    "numberResults": st.integers(min_value=1, max_value=4),
    "uploadEndpoint": _uris,
    "ttl": st.integers(min_value=60, max_value=None),
    "outputType": st.sampled_from(["URL"]),
    "deliveryMethod": st.one_of(st.just("sync"), st.just("async")),
}
# The root's cross-field rules (allOf, if/then/else, not, oneOf of required, ...), which the
# per-property strategies do not model.
_ROOT_RULES = ("/allOf", "/anyOf", "/oneOf", "/not", "/if", "/then", "/else", "/dependentRequired")


def _cross_field_errors(payload: dict[str, Any]) -> list[Any]:
    return [e for e in _validate(payload) if e.schema_path.startswith(_ROOT_RULES)]


@st.composite
def _mended(draw: st.DrawFn, drafts: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    """A draft mended until it meets the cross-field rules: an optional property a rule requires
    is drawn and added, else a drawn one of the optional properties present is dropped. Errors of
    any other rule are left alone, so a per-property mistake of the strategies or the validator
    still shows in the tests."""
    payload = draw(drafts)
    for _ in range(2 * len(_OPTIONAL) + 2):
        broken = _cross_field_errors(payload)
        if not broken:
            return payload
        missing = [
            e.path for e in broken if e.schema_path.endswith("/required") and e.path not in payload
        ]
        missing = [m for m in missing if m in _OPTIONAL]
        if missing:
            payload = {**payload, missing[0]: draw(_OPTIONAL[missing[0]])}
            continue
        present = [k for k in _OPTIONAL if k in payload]
        if not present:
            break
        dropped = draw(st.sampled_from(present))
        payload = {k: v for k, v in payload.items() if k != dropped}
    reject()


def valid_requests() -> st.SearchStrategy[dict[str, Any]]:
    """Request payloads that satisfy every rule of the spec."""
    base: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(_REQUIRED, optional=_OPTIONAL)
    drafts = base
    return _mended(drafts)


def valid_responses() -> st.SearchStrategy[dict[str, Any]]:
    """Result items that satisfy the response schema."""
    items: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {
            "taskType": st.just("3dInference"),
            "taskUUID": _uuid4,
            "outputs": st.fixed_dictionaries(
                {
                    "files": st.lists(
                        st.fixed_dictionaries({"uuid": _uuid4, "url": _uris}, optional={}),
                        min_size=1,
                        max_size=5,
                    )
                },
                optional={},
            ),
        },
        optional={
            "cost": st.floats(allow_nan=False, allow_infinity=False),
            "seed": st.integers(min_value=None, max_value=None),
        },
    )
    return items


def near_misses() -> st.SearchStrategy[NearMiss]:
    """A valid payload with exactly one defect, labelled with the rule and path it breaks."""
    return st.tuples(valid_requests(), st.sampled_from(DEFECTS)).map(
        lambda t: NearMiss(apply_edit(t[0], t[1][0], t[1][1]), t[1][2], t[1][3], t[1][4])
    )
