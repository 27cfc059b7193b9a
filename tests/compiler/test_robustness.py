"""Validators never raise, never mutate, and reject what JSON Schema rejects at every boundary."""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from runware_bindings import check, validate
from runware_bindings._runtime import messages
from runware_bindings._runtime.validation import did_you_mean, format_path
from runware_bindings.krea_2_medium import validator as krea

from tests.helpers import VALID_KREA
from tests.jsonvalues import json_values

VALID = VALID_KREA

hostile_leaves = st.one_of(
    json_values,
    st.sampled_from([math.nan, math.inf, -math.inf, 10**400, -(10**4000), "\ud800", "\x00", "é" * 1000]),
)
# A Python dict may hold keys JSON cannot: they must be reported, never crash the path rendering.
hostile_keys = st.text(max_size=6) | st.integers() | st.none() | st.booleans() | st.floats() \
    | st.tuples(st.integers(), st.text(max_size=2))
hostile = st.recursive(hostile_leaves, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(hostile_keys, inner, max_size=4), max_leaves=15)


@given(hostile)
@example({"model": "krea:krea@2-medium", (1, 2): 3})
@example({**VALID, (1, 2): 3, 5: None, None: 1, 2.5: [], "safety": {(): 0}})
def test_arbitrary_values_never_raise(value: Any) -> None:
    for fn in (validate, krea.validate, krea.validate_response, lambda v: check(v).errors):
        before = repr(value)
        result = fn(value)
        assert isinstance(result, list)
        assert repr(value) == before
        for error in result:
            str(error)
            json.dumps(error.to_dict())


@given(st.dictionaries(st.sampled_from(sorted(VALID) + ["inputs", "seed", "settings", "safety", "ttl"])
                       | hostile_keys, hostile, max_size=8))
def test_hostile_values_in_known_fields_never_raise(fields: dict[str, Any]) -> None:
    payload = {**VALID, **fields}
    before = copy.deepcopy(payload) if not _has_nan(payload) else None
    errors = krea.validate(payload)
    if before is not None:
        assert payload == before
    for error in errors:
        json.dumps(error.to_dict())


def _has_nan(value: Any) -> bool:
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, dict):
        return any(_has_nan(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nan(v) for v in value)
    return False


def test_deep_nesting_does_not_raise() -> None:
    deep: Any = []
    for _ in range(50_000):
        deep = [deep]
    assert validate({**VALID, "inputs": {"referenceImages": deep}})
    nested: Any = {}
    for _ in range(50_000):
        nested = {"a": nested}
    assert krea.validate_response(nested)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_rejected_with_a_clear_message(value: float) -> None:
    [error] = krea.validate({**VALID, "outputQuality": value})
    assert error.rule == "type" and "not a JSON number" in error.message


def test_huge_integers_are_compared_exactly() -> None:
    assert krea.validate({**VALID, "seed": 2**63 - 1}) == []
    [error] = krea.validate({**VALID, "seed": 2**63})
    assert (error.path, error.rule) == ("seed", "maximum")
    [error] = krea.validate({**VALID, "seed": 10**5000})
    assert "digits" in error.message
    json.dumps(error.to_dict())
    assert krea.validate({**VALID, "seed": 9223372036854775807.0})  # a double is 2**63: too big


@pytest.mark.parametrize(
    ("field", "value", "ok"),
    [
        ("outputQuality", 20, True), ("outputQuality", 99, True), ("outputQuality", 19, False),
        ("outputQuality", 100, False), ("outputQuality", 50.0, True), ("outputQuality", 50.5, False),
        ("outputQuality", True, False), ("outputQuality", "50", False), ("outputQuality", None, False),
        ("numberResults", 1, True), ("numberResults", 20, True), ("numberResults", 0, False),
        ("numberResults", 21, False), ("ttl", 60, True), ("ttl", 59, False), ("ttl", 10**12, True),
        ("seed", 0, True), ("seed", -1, False), ("outputType", "URL", True),
        ("outputType", "url", False), ("outputFormat", "WEBP", True), ("outputFormat", "TIFF", False),
        ("deliveryMethod", "async", True), ("deliveryMethod", "ASYNC", False),
        ("includeCost", False, True), ("includeCost", 0, False),
        ("positivePrompt", "", True), ("positivePrompt", 1, False),
        ("taskType", "imageInference", True), ("taskType", "videoInference", False),
        ("taskUUID", "5F0C1F38-7D2C-4B51-9A3E-0D5C1E9A2B47", True),
        ("taskUUID", "5f0c1f38-7d2c-1b51-9a3e-0d5c1e9a2b47", False),  # version 1
        ("taskUUID", "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47\n", False),
        ("webhookURL", "https://example.com/hook?secret=1", True),
        ("webhookURL", "not a uri", False), ("webhookURL", "https://example.com/a b", False),
        ("webhookURL", "https://example.com/\n", False), ("webhookURL", "relative/path", False),
        ("uploadEndpoint", "http://[::1]:8080/up", True), ("uploadEndpoint", "http://[::1/up", False),
        ("safety", {"checkContent": True, "mode": "fast"}, True), ("safety", {"mode": "slow"}, False),
        ("safety", {"checkContent": "yes"}, False), ("safety", {}, True), ("safety", [], False),
        ("settings", {"creativity": "raw"}, True), ("settings", {"creativity": "wild"}, False),
        ("inputs", {"referenceImages": ["a"] * 10}, True), ("inputs", {"referenceImages": ["a"] * 11}, False),
        ("inputs", {"referenceImages": []}, False), ("inputs", {"referenceImages": [{"image": "a"}]}, True),
        ("inputs", {"referenceImages": [{"image": "a", "strength": -2}]}, True),
        ("inputs", {"referenceImages": [{"image": "a", "strength": 2.0000001}]}, False),
        ("inputs", {"referenceImages": [{"strength": 1}]}, False),
        ("inputs", {"referenceImages": [None]}, False), ("inputs", {}, True),
    ],
)
def test_boundaries_match_jsonschema(field: str, value: Any, ok: bool) -> None:
    from jsonschema import Draft202012Validator

    payload = {**VALID, field: value}
    reference = Draft202012Validator(krea_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    expected = reference.is_valid(payload)
    if field in ("taskUUID", "webhookURL") and value.endswith("\n"):
        expected = False  # jsonschema's regex `$` lets a final newline through; RFCs do not
    assert expected is ok
    assert (krea.validate(payload) == []) is ok


def krea_schema() -> dict[str, Any]:
    from runware_bindings.krea_2_medium import request_schema

    return request_schema()


def test_every_dimension_pair_and_its_neighbours() -> None:
    pairs = [(b["properties"]["width"]["const"], b["properties"]["height"]["const"])
             for b in _table()]
    assert len(pairs) == 8
    for w, h in pairs:
        assert krea.validate({**VALID, "width": w, "height": h}) == []
        assert krea.validate({**VALID, "width": float(w), "height": h}) == []
        for dw, dh in ((1, 0), (0, 1), (-1, 0), (0, -1)):
            errors = krea.validate({**VALID, "width": w + dw, "height": h + dh})
            assert [(e.path, e.rule) for e in errors] == [("", "dimensions")]
            assert len(errors[0].allowed) == 8 and errors[0].allowed[0]["label"] == "1K (1:1)"
        swapped = krea.validate({**VALID, "width": h, "height": w})
        assert (w, h) in [(h2, w2) for w2, h2 in pairs] or swapped


def _table() -> list[dict[str, Any]]:
    for entry in krea_schema()["allOf"]:
        if "then" in entry:
            return list(entry["then"]["oneOf"])
    raise AssertionError("no dimension table in the schema")


def test_pairing_rule_and_required_fields() -> None:
    payload = dict(VALID)
    del payload["height"]
    assert [(e.path, e.rule) for e in krea.validate(payload)] == [
        ("height", "required"), ("height", "paired-dimensions")]
    errors = krea.validate({})
    assert {e.path for e in errors} == {"taskType", "taskUUID", "model", "positivePrompt", "width", "height"}


def test_ttl_warning_is_kept_apart() -> None:
    report = check({**VALID, "ttl": 120, "outputType": "dataURI"})
    assert report.errors == [] and [w.rule for w in report.warnings] == ["ttl-only-when-outputtype-is-url"]
    assert check({**VALID, "ttl": 120}).warnings == []
    assert check({**VALID, "ttl": 120, "outputType": "URL"}).warnings == []


def test_long_integers_are_described_by_their_digits() -> None:
    from runware_bindings._runtime.validation import describe

    assert describe(10**79) == "1" + "0" * 79
    assert describe(10**400) == "an integer of 401 digits (100000000000...)"
    assert describe(-(10**400)) == "an integer of 401 digits (-10000000000...)"
    [error] = krea.validate({**VALID, "seed": 10**400})
    assert error.message == ("an integer of 401 digits (100000000000...) is not at most "
                             "9223372036854775807 (allowed: [0, 9223372036854775807])")


def test_non_string_keys_are_reported_with_their_path() -> None:
    errors = validate({**VALID, (1, 2): 3, "safety": {None: True}})
    assert [(e.path, e.rule) for e in errors] == [
        ("safety[None]", "additionalProperties"), ("[(1, 2)]", "additionalProperties")]
    assert errors[1].message == "property key (1, 2) is not a string (JSON object keys are strings)"
    assert format_path(["inputs", 7, "a b", (1, 2), True]) == "inputs[7]['a b'][(1, 2)][True]"


def test_many_unknown_keys_are_all_reported_but_only_a_few_get_suggestions(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def counting(word: object, candidates: Any) -> str | None:
        calls.append(word)
        return did_you_mean(word, candidates)

    monkeypatch.setattr(messages, "did_you_mean", counting)
    payload: dict[str, Any] = {**VALID, "outputTyp": "URL"}
    payload.update((f"key{i:06d}", i) for i in range(100_000))
    errors = krea.validate(payload)
    assert len(errors) == 100_001 and all(e.rule == "additionalProperties" for e in errors)
    assert errors[0].path == "outputTyp" and errors[0].suggestion == "outputType"
    assert errors[-1].path == "key099999" and errors[-1].suggestion is None
    assert len(calls) == messages.SUGGESTIONS_PER_OBJECT
    # The bound is per object: a nested object gets suggestions of its own.
    calls.clear()
    errors = krea.validate({**VALID, "safety": {"mod": "fast"}, **{f"x{i}": i for i in range(50)}})
    assert [e.suggestion for e in errors if e.path == "safety.mod"] == ["mode"]
    assert len(calls) == messages.SUGGESTIONS_PER_OBJECT + 1


def _reference_closest(word: str, candidates: list[str]) -> str | None:
    """did_you_mean as it was before its prefilter: plain difflib over the length-filtered pool."""
    import difflib

    pool = sorted(candidates)
    lowered = {c.lower(): c for c in pool}
    if word.lower() in lowered:
        return lowered[word.lower()]
    slack = max(2, len(word) // 3)
    near = [c for c in pool if abs(len(c) - len(word)) <= slack]
    match = difflib.get_close_matches(word, near, n=1, cutoff=0.75)
    return match[0] if match else None


KEYS = ["deliveryMethod", "height", "includeCost", "inputs", "model", "numberResults", "outputFormat",
        "outputQuality", "outputType", "positivePrompt", "safety", "seed", "settings", "taskType",
        "taskUUID", "ttl", "uploadEndpoint", "webhookURL", "width"]


@given(st.one_of(st.text(max_size=24), st.sampled_from(KEYS).flatmap(
    lambda k: st.lists(st.sampled_from("abcdeghilmnoprstuwxyzAIMQRTU"), max_size=4).map(
        lambda extra: k[: len(k) // 2] + "".join(extra) + k[len(k) // 2 + 1:]))))
@example("outputTyp")
@example("OUTPUTTYPE")
@example("hieght")
def test_did_you_mean_prefilter_gives_difflibs_answer(word: str) -> None:
    assert did_you_mean(word, KEYS) == _reference_closest(word, KEYS)
    assert did_you_mean(word, ["creativity"]) == _reference_closest(word, ["creativity"])
