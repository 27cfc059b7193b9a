"""``x-constraints`` area and ratio of ``width`` / ``height`` (``generator/compiler/constraints.py``),
enforced by the generated validator of the model that publishes them (GPT Image 2.5 Sunburst):
each broken bound is one error naming both values and the bound, every error comes in one pass,
nothing raises, and ``is_valid`` agrees with ``validate``."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from runware_bindings.openai_gpt_image_2_5_sunburst.validator import is_valid, validate

from generator.compiler.constraints import checkable
from generator.spec.load import load_model
from tests.helpers import SPEC

BASE = {"taskType": "imageInference", "taskUUID": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47",
        "model": "openai:gpt-image@2.5-sunburst", "positivePrompt": "a lighthouse at dusk"}
MODEL = load_model(SPEC / "models" / "openai-gpt-image-2-5-sunburst.yaml", SPEC)
CONSTRAINTS = MODEL.request_schema["x-constraints"]
AREA = next(c for c in CONSTRAINTS if c["operation"] == "area")
RATIO = next(c for c in CONSTRAINTS if c["operation"] == "ratio")


def _constraint_errors(payload: dict[str, Any]) -> list[Any]:
    return [e for e in validate(payload) if e.schema_path.startswith("/x-constraints/")]


def test_the_published_constraints_are_checkable() -> None:
    assert [c for _, c in checkable(MODEL.request_schema)] == [AREA, RATIO]
    assert AREA["parameters"] == ["width", "height"] == RATIO["parameters"]


def test_a_size_within_every_bound_is_valid() -> None:
    payload = {**BASE, "width": 1024, "height": 1024}
    assert validate(payload) == [] and is_valid(payload)


def test_an_area_below_the_minimum_names_both_values_and_the_bound() -> None:
    [error] = _constraint_errors({**BASE, "width": 512, "height": 512})
    assert error.rule == "area" and error.path == ""
    assert error.value == {"width": 512, "height": 512}
    assert error.allowed == {"minimum": AREA["minimum"], "maximum": AREA["maximum"]}
    assert error.schema_path == "/x-constraints/0/minimum"
    assert "512 * 512 = 262144" in error.message and str(AREA["minimum"]) in error.message


def test_a_ratio_above_the_maximum_names_both_values_and_the_bound() -> None:
    [error] = _constraint_errors({**BASE, "width": 3840, "height": 1024})
    assert error.rule == "ratio" and error.value == {"width": 3840, "height": 1024}
    assert "3840 / 1024 = 3.75" in error.message and "maximum ratio 3" in error.message
    assert error.schema_path == "/x-constraints/1/maximum"


def test_every_error_in_one_pass() -> None:
    """A width beyond its own maximum, an area too small and a ratio too narrow: all reported."""
    errors = validate({**BASE, "width": 16, "height": 4096})
    rules = sorted(e.rule for e in errors)
    assert rules == ["area", "maximum", "ratio"], rules


def test_mistyped_or_missing_sizes_are_the_schemas_to_report() -> None:
    assert _constraint_errors({**BASE, "width": "1024", "height": 1024}) == []
    assert _constraint_errors({**BASE, "width": 1024}) == []
    assert _constraint_errors({**BASE, "width": True, "height": 1024}) == []


def _expected(w: Any, h: Any) -> set[str]:
    """The reference: which bounds the sizes break (numbers only; booleans are not numbers)."""
    if not all(type(v) in (int, float) for v in (w, h)):
        return set()
    out = set()
    try:
        area: float = w * h
    except OverflowError:
        area = math.inf if (w > 0) == (h > 0) else -math.inf
    if area < AREA["minimum"]:
        out.add("area-minimum")
    if area > AREA["maximum"]:
        out.add("area-maximum")
    if h == 0:
        ratio = None if w == 0 else (math.inf if w > 0 else -math.inf)
    else:
        try:
            ratio = w / h
        except OverflowError:
            ratio = math.inf if (w > 0) == (h > 0) else -math.inf
    if ratio is not None and ratio < RATIO["minimum"]:
        out.add("ratio-minimum")
    if ratio is not None and ratio > RATIO["maximum"]:
        out.add("ratio-maximum")
    return out


SIZES = st.one_of(st.integers(min_value=-10, max_value=5000), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                  st.booleans(), st.none(), st.text(max_size=3), st.just(10**400))


@given(SIZES, SIZES)
@example(0, 0)
@example(10**400, 1)
@example(1, 10**400)
@example(-(10**400), 10**400)
@example(1e308, 1e308)
@example(1024, 0)
@example(-1024, 0)
def test_never_raises_and_agrees_with_a_reference(w: Any, h: Any) -> None:
    payload = {**BASE, "width": w, "height": h}
    errors = validate(payload)
    assert is_valid(payload) == (errors == [])
    found = {f"{e.rule}-{e.schema_path.rsplit('/', 1)[-1]}" for e in errors if e.schema_path.startswith("/x-constraints/")}
    assert found == _expected(w, h)
