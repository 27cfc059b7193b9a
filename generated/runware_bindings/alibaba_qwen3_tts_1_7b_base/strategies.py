"""Hypothesis strategies for Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base).

Generated from spec/models/alibaba-qwen3-tts-1-7b-base.yaml; do not edit by hand. Requires the `hypothesis` package (not needed by the rest of the bindings).

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
    (("speech",), "__delete__", "required", "speech", "speech missing"),
    (("inputs",), "__delete__", "required", "inputs", "inputs missing"),
    (("taskType",), "__delete__", "required", "taskType", "taskType missing"),
    (("taskUUID",), "__delete__", "required", "taskUUID", "taskUUID missing"),
    (("model",), "__delete__", "required", "model", "model missing"),
    (("audioSettingx",), 1, "additionalProperties", "audioSettingx", "a misspelt key"),
    (("model",), "alibaba:qwen@3-tts-1.7b-base-x", "const", "model", "a different constant"),
    (("model",), 1, "type", "model", "a number for a string"),
    (("inputs",), "an object was expected", "type", "inputs", "a string for an object"),
    (("inputs",), {}, "required", "inputs.audio", "audio missing"),
    (
        ("inputs",),
        {"audio": "https://example.com/assets/image.png", "audix": 1},
        "additionalProperties",
        "inputs.audix",
        "a misspelt key",
    ),
    (("inputs",), {"audio": 1}, "type", "inputs.audio", "a number for a string"),
    (("speech",), "an object was expected", "type", "speech", "a string for an object"),
    (("speech",), {"voice": "clone"}, "required", "speech.text", "text missing"),
    (("speech",), {"text": "a"}, "required", "speech.voice", "voice missing"),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "languagx": 1},
        "additionalProperties",
        "speech.languagx",
        "a misspelt key",
    ),
    (("speech",), {"text": 1, "voice": "clone"}, "type", "speech.text", "a number for a string"),
    (
        ("speech",),
        {
            "text": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "voice": "clone",
        },
        "maxLength",
        "speech.text",
        "one character too long",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone-x"},
        "const",
        "speech.voice",
        "a different constant",
    ),
    (("speech",), {"text": "a", "voice": 1}, "type", "speech.voice", "a number for a string"),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "language": "zz-not-allowed"},
        "enum",
        "speech.language",
        "outside the enum",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "language": 1},
        "type",
        "speech.language",
        "a number for a string",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "language": ""},
        "minLength",
        "speech.language",
        "one character too short",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "speed": "1"},
        "type",
        "speech.speed",
        "a string for a number",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "speed": None},
        "type",
        "speech.speed",
        "null for a number",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "speed": -0.25},
        "minimum",
        "speech.speed",
        "one below the minimum",
    ),
    (
        ("speech",),
        {"text": "a", "voice": "clone", "speed": 4.5},
        "maximum",
        "speech.speed",
        "one above the maximum",
    ),
    (("settings",), "an object was expected", "type", "settings", "a string for an object"),
    (
        ("settings",),
        {"maxNewTokenx": 1},
        "additionalProperties",
        "settings.maxNewTokenx",
        "a misspelt key",
    ),
    (
        ("settings",),
        {"maxNewTokens": 1.5},
        "type",
        "settings.maxNewTokens",
        "a fraction for an integer",
    ),
    (("settings",), {"maxNewTokens": True}, "type", "settings.maxNewTokens", "true for an integer"),
    (
        ("settings",),
        {"maxNewTokens": "1"},
        "type",
        "settings.maxNewTokens",
        "a string for an integer",
    ),
    (("settings",), {"transcript": 1}, "type", "settings.transcript", "a number for a string"),
    (("settings",), {"xVectorOnly": 1}, "type", "settings.xVectorOnly", "1 for a boolean"),
    (
        ("settings",),
        {"xVectorOnly": "true"},
        "type",
        "settings.xVectorOnly",
        "a string for a boolean",
    ),
    (("taskType",), "audioInference-x", "const", "taskType", "a different constant"),
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
    (("deliveryMethod",), 1, "type", "deliveryMethod", "a number for a string"),
    (
        ("audioSettings",),
        "an object was expected",
        "type",
        "audioSettings",
        "a string for an object",
    ),
    (
        ("audioSettings",),
        {"bitratx": 1},
        "additionalProperties",
        "audioSettings.bitratx",
        "a misspelt key",
    ),
    (
        ("audioSettings",),
        {"bitrate": 1.5},
        "type",
        "audioSettings.bitrate",
        "a fraction for an integer",
    ),
    (("audioSettings",), {"bitrate": True}, "type", "audioSettings.bitrate", "true for an integer"),
    (
        ("audioSettings",),
        {"bitrate": "1"},
        "type",
        "audioSettings.bitrate",
        "a string for an integer",
    ),
    (
        ("audioSettings",),
        {"bitrate": 7},
        "minimum",
        "audioSettings.bitrate",
        "one below the minimum",
    ),
    (
        ("audioSettings",),
        {"channels": 1.5},
        "type",
        "audioSettings.channels",
        "a fraction for an integer",
    ),
    (
        ("audioSettings",),
        {"channels": True},
        "type",
        "audioSettings.channels",
        "true for an integer",
    ),
    (
        ("audioSettings",),
        {"channels": "1"},
        "type",
        "audioSettings.channels",
        "a string for an integer",
    ),
    (
        ("audioSettings",),
        {"sampleRate": 1.5},
        "type",
        "audioSettings.sampleRate",
        "a fraction for an integer",
    ),
    (
        ("audioSettings",),
        {"sampleRate": True},
        "type",
        "audioSettings.sampleRate",
        "true for an integer",
    ),
    (
        ("audioSettings",),
        {"sampleRate": "1"},
        "type",
        "audioSettings.sampleRate",
        "a string for an integer",
    ),
]

#: (where to set, value) for valid edits at the edges of each constrained field.
EDGES: list[tuple[tuple[str, ...], Any]] = [
    (("speech",), {"text": "a", "voice": "clone", "language": "Auto"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Chinese"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "English"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Japanese"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Korean"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "German"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "French"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Russian"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Portuguese"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Spanish"}),
    (("speech",), {"text": "a", "voice": "clone", "language": "Italian"}),
    (("speech",), {"text": "a", "voice": "clone", "speed": 0.25}),
    (("speech",), {"text": "a", "voice": "clone", "speed": 4}),
    (("numberResults",), 1.0),
    (("numberResults",), 1),
    (("numberResults",), 4),
    (("ttl",), 60.0),
    (("ttl",), 60),
    (("outputType",), "URL"),
    (("outputType",), "base64Data"),
    (("outputType",), "dataURI"),
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
    "model": st.just("alibaba:qwen@3-tts-1.7b-base"),
    "inputs": st.fixed_dictionaries({"audio": st.one_of(_uuid4, _uris)}, optional={}),
    "speech": st.fixed_dictionaries(
        {"text": st.text(min_size=0, max_size=2000), "voice": st.just("clone")},
        optional={
            "language": st.sampled_from(
                [
                    "Auto",
                    "Chinese",
                    "English",
                    "Japanese",
                    "Korean",
                    "German",
                    "French",
                    "Russian",
                    "Portuguese",
                    "Spanish",
                    "Italian",
                ]
            ),
            "speed": st.integers(min_value=25, max_value=400)
            .map(lambda n: n * 0.01)
            .filter(lambda x: _is_multiple_of(x, 0.01) and x >= 0.25 and x <= 4),
        },
    ),
    "taskType": st.just("audioInference"),
    "taskUUID": _uuid4,
}
_OPTIONAL: dict[str, st.SearchStrategy[Any]] = {
    "settings": st.fixed_dictionaries(
        {},
        optional={
            "maxNewTokens": st.integers(min_value=None, max_value=None),
            "transcript": st.text(min_size=0, max_size=40),
            "xVectorOnly": st.booleans(),
        },
    ),
    "webhookURL": _uris,
    "includeCost": st.booleans(),
    "numberResults": st.integers(min_value=1, max_value=4),
    "uploadEndpoint": _uris,
    "ttl": st.integers(min_value=60, max_value=None),
    "outputType": st.sampled_from(["URL", "base64Data", "dataURI"]),
    "outputFormat": st.sampled_from(["MP3", "WAV", "FLAC", "OGG"]),
    "deliveryMethod": st.one_of(st.just("sync"), st.just("async")),
    "audioSettings": st.fixed_dictionaries(
        {},
        optional={
            "bitrate": st.integers(min_value=8, max_value=None),
            "channels": st.sampled_from([1, 2]),
            "sampleRate": st.integers(min_value=None, max_value=None),
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
        {"taskType": st.just("audioInference"), "taskUUID": _uuid4, "audioUUID": _uuid4},
        optional={
            "cost": st.floats(allow_nan=False, allow_infinity=False),
            "audioURL": _uris,
            "audioBase64Data": st.text(min_size=0, max_size=40),
            "audioDataURI": _uris,
            "seed": st.integers(min_value=None, max_value=None),
        },
    )
    return items


def near_misses() -> st.SearchStrategy[NearMiss]:
    """A valid payload with exactly one defect, labelled with the rule and path it breaks."""
    return st.tuples(valid_requests(), st.sampled_from(DEFECTS)).map(
        lambda t: NearMiss(apply_edit(t[0], t[1][0], t[1][1]), t[1][2], t[1][3], t[1][4])
    )
