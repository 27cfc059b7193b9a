"""Hypothesis strategies for Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro).

Generated from spec/models/klingai-video-2-6-pro.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

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
_PAIR_KEYS = ["width", "height"]
_PAIRS = [[1920, 1080], [1440, 1440], [1080, 1920]]

#: (where to set, value or _DELETE, rule, reported path, note) for each single defect.
DEFECTS: list[tuple[tuple[str, ...], Any, str, str, str]] = [
    (("taskType",), "__delete__", "required", "taskType", "taskType missing"),
    (("taskUUID",), "__delete__", "required", "taskUUID", "taskUUID missing"),
    (("model",), "__delete__", "required", "model", "model missing"),
    (("CFGScalx",), 1, "additionalProperties", "CFGScalx", "a misspelt key"),
    (("model",), "klingai:kling-video@2.6-pro-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("inputs",), "an object was expected", "type", "inputs", "a string for an object"),
    (
        ("inputs",),
        {"frameImagex": 1},
        "additionalProperties",
        "inputs.frameImagex",
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
        {"referenceImages": ["a", "a"]},
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
        {"frameImages": {"not": "an array"}},
        "type",
        "inputs.frameImages",
        "an object for an array",
    ),
    (
        ("inputs",),
        {"frameImages": [{"image": "a"}, {"image": "a"}, {"image": "a"}]},
        "maxItems",
        "inputs.frameImages",
        "one item too many",
    ),
    (("inputs",), {"frameImages": []}, "minItems", "inputs.frameImages", "one item too few"),
    (
        ("inputs",),
        {"referenceVideos": {"not": "an array"}},
        "type",
        "inputs.referenceVideos",
        "an object for an array",
    ),
    (
        ("inputs",),
        {
            "referenceVideos": [
                "https://example.com/assets/image.png",
                "https://example.com/assets/image.png",
            ]
        },
        "maxItems",
        "inputs.referenceVideos",
        "one item too many",
    ),
    (
        ("inputs",),
        {"referenceVideos": []},
        "minItems",
        "inputs.referenceVideos",
        "one item too few",
    ),
    (
        ("inputs",),
        {"referenceVideos": [1]},
        "type",
        "inputs.referenceVideos[0]",
        "a number for a string",
    ),
    (("positivePrompt",), 1, "type", "positivePrompt", "a number for a string"),
    (
        ("positivePrompt",),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "maxLength",
        "positivePrompt",
        "one character too long",
    ),
    (("positivePrompt",), "a", "minLength", "positivePrompt", "one character too short"),
    (("negativePrompt",), 1, "type", "negativePrompt", "a number for a string"),
    (
        ("negativePrompt",),
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "maxLength",
        "negativePrompt",
        "one character too long",
    ),
    (("negativePrompt",), "a", "minLength", "negativePrompt", "one character too short"),
    (("width",), 1.5, "type", "width", "a fraction for an integer"),
    (("width",), True, "type", "width", "true for an integer"),
    (("width",), "1", "type", "width", "a string for an integer"),
    (("height",), 1.5, "type", "height", "a fraction for an integer"),
    (("height",), True, "type", "height", "true for an integer"),
    (("height",), "1", "type", "height", "a string for an integer"),
    (("duration",), 1.5, "type", "duration", "a fraction for an integer"),
    (("duration",), True, "type", "duration", "true for an integer"),
    (("duration",), "1", "type", "duration", "a string for an integer"),
    (("CFGScale",), "1", "type", "CFGScale", "a string for a number"),
    (("CFGScale",), None, "type", "CFGScale", "null for a number"),
    (("CFGScale",), -0.5, "minimum", "CFGScale", "one below the minimum"),
    (("CFGScale",), 1.5, "maximum", "CFGScale", "one above the maximum"),
    (
        ("providerSettings",),
        "an object was expected",
        "type",
        "providerSettings",
        "a string for an object",
    ),
    (
        ("providerSettings",),
        {"klingax": 1},
        "additionalProperties",
        "providerSettings.klingax",
        "a misspelt key",
    ),
    (
        ("providerSettings",),
        {"klingai": "an object was expected"},
        "type",
        "providerSettings.klingai",
        "a string for an object",
    ),
    (
        ("providerSettings",),
        {"klingai": {"characterOrientatiox": 1}},
        "additionalProperties",
        "providerSettings.klingai.characterOrientatiox",
        "a misspelt key",
    ),
    (
        ("providerSettings",),
        {"klingai": {"characterOrientation": 1}},
        "type",
        "providerSettings.klingai.characterOrientation",
        "a number for a string",
    ),
    (
        ("providerSettings",),
        {"klingai": {"keepOriginalSound": 1}},
        "type",
        "providerSettings.klingai.keepOriginalSound",
        "1 for a boolean",
    ),
    (
        ("providerSettings",),
        {"klingai": {"keepOriginalSound": "true"}},
        "type",
        "providerSettings.klingai.keepOriginalSound",
        "a string for a boolean",
    ),
    (
        ("providerSettings",),
        {"klingai": {"sound": 1}},
        "type",
        "providerSettings.klingai.sound",
        "1 for a boolean",
    ),
    (
        ("providerSettings",),
        {"klingai": {"sound": "true"}},
        "type",
        "providerSettings.klingai.sound",
        "a string for a boolean",
    ),
    (("taskType",), "videoInference-x", "const", "taskType", "a different constant"),
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
    (("safety",), {"mode": 1}, "type", "safety.mode", "a number for a string"),
    (("width",), 1921, "dimensions", "", "a width outside the table"),
    (("height",), 1921, "dimensions", "", "a height outside the table"),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("CFGScale",), 0),
    (("CFGScale",), 1),
    (("numberResults",), 1.0),
    (("numberResults",), 1),
    (("numberResults",), 4),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("outputType",), "URL"),
    (("outputFormat",), "MP4"),
    (("outputFormat",), "WEBM"),
    (("outputFormat",), "MOV"),
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
    "model": st.just("klingai:kling-video@2.6-pro"),
    "taskType": st.just("videoInference"),
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
                max_size=1,
            ),
            "frameImages": st.lists(
                st.one_of(
                    st.one_of(
                        _uuid4,
                        _uris,
                        st.from_regex(
                            "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z", fullmatch=True
                        ),
                        st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                    ),
                    st.fixed_dictionaries(
                        {
                            "image": st.one_of(
                                _uuid4,
                                _uris,
                                st.from_regex(
                                    "^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z",
                                    fullmatch=True,
                                ),
                                st.from_regex("^[\\+/-9=A-Za-z]+\\Z", fullmatch=True),
                            )
                        },
                        optional={
                            "frame": st.one_of(
                                st.just("first"), st.just("last"), st.just(0), st.just(-1)
                            )
                        },
                    ),
                ),
                min_size=1,
                max_size=2,
            ),
            "referenceVideos": st.lists(st.one_of(_uuid4, _uris), min_size=1, max_size=1),
        },
    ),
    "positivePrompt": st.text(min_size=2, max_size=2500),
    "negativePrompt": st.text(min_size=2, max_size=2500),
    "duration": st.sampled_from([5, 10]),
    "CFGScale": st.integers(min_value=0, max_value=100)
    .map(lambda n: n * 0.01)
    .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0 and x <= 1),
    "providerSettings": st.fixed_dictionaries(
        {},
        optional={
            "klingai": st.fixed_dictionaries(
                {},
                optional={
                    "characterOrientation": st.one_of(st.just("image"), st.just("video")),
                    "keepOriginalSound": st.booleans(),
                    "sound": st.booleans(),
                },
            )
        },
    ),
    "webhookURL": _uris,
    "includeCost": st.booleans(),
    "numberResults": st.integers(min_value=1, max_value=4),
    "uploadEndpoint": _uris,
    "ttl": st.integers(min_value=60, max_value=None),
    "outputType": st.sampled_from(["URL"]),
    "outputFormat": st.sampled_from(["MP4", "WEBM", "MOV"]),
    "outputQuality": st.integers(min_value=20, max_value=99),
    "deliveryMethod": st.one_of(st.just("async")),
    "safety": st.fixed_dictionaries(
        {},
        optional={
            "checkContent": st.booleans(),
            "mode": st.one_of(st.just("fast"), st.just("full")),
        },
    ),
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
        if any(m in _PAIR_KEYS for m in missing):
            payload = {**payload, **dict(zip(_PAIR_KEYS, draw(st.sampled_from(_PAIRS))))}
            continue
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
    drafts = st.tuples(base, st.sampled_from(_PAIRS)).map(
        lambda t: {**t[0], **dict(zip(_PAIR_KEYS, t[1]))}
    )
    drafts = st.one_of(drafts, base)  # the size is optional: some drafts have none
    return _mended(drafts)


def valid_responses() -> st.SearchStrategy[dict[str, Any]]:
    """Result items that satisfy the response schema."""
    items: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
        {"taskType": st.just("videoInference"), "taskUUID": _uuid4, "videoUUID": _uuid4},
        optional={
            "cost": st.floats(allow_nan=False, allow_infinity=False),
            "videoURL": _uris,
            "videoBase64Data": st.text(min_size=0, max_size=40),
            "videoDataURI": _uris,
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
