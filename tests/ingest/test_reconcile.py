"""A page lists a parameter as "Required: true" that its validation section makes conditional
("Either provide `inputs.referenceImages`, or specify `width/height`"; "`resolution` cannot be
used with `width/height`"; "When A is provided, B is required"): the parameter is not required
unconditionally, and ingest says so, naming the parameter and the rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.compiler import compile_schema
from generator.ingest.assemble import _conditional_paths
from generator.ingest.produce import produce, read_source
from generator.spec.load import load_model
from tests.helpers import SHARED, SPEC, run_cli

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "conditional.md"
BASE = {"taskType": "imageInference", "model": "conditional:1@0", "positivePrompt": "a lighthouse"}


def _required(request: dict[str, Any], dotted: str) -> bool:
    node: Any = request
    parts = dotted.split(".")
    for part in parts[:-1]:
        node = (node.get("properties") or {}).get(part) if isinstance(node, dict) else None
    return isinstance(node, dict) and parts[-1] in (node.get("required") or [])


def test_a_rule_makes_a_listed_requirement_conditional(tmp_path: Path) -> None:
    out = tmp_path / "conditional.yaml"
    res = run_cli("ingest", str(PAGE), "-o", str(out), "--spec", str(SPEC))
    assert res.returncode == 0, res.stderr
    for name, rule in (("width", "either-inputs-referenceimages-width-height"),
                       ("height", "either-inputs-referenceimages-width-height"),
                       ("inputs.image", "when-inputs-mask")):
        assert any(f": {name}: listed as Required" in line and repr(rule) in line
                   for line in res.stderr.splitlines()), (name, res.stderr)
    model = load_model(out, SPEC)
    request = model.request_schema
    assert request["required"] == ["model", "taskType", "positivePrompt"]
    assert "required" not in request["properties"]["inputs"]
    validator = compile_schema(request, formats="assert", name="conditional")
    # What the page says is valid: reference images instead of dimensions ...
    assert validator.validate({**BASE, "inputs": {"referenceImages": ["https://example.com/a.png"]}}) == []
    assert validator.validate({**BASE, "width": 1024, "height": 1024}) == []
    # ... and what it says is not: neither, both kinds of size, a mask without its image.
    assert validator.validate(BASE) != []
    assert validator.validate({**BASE, "width": 1024, "height": 1024, "resolution": "1k"}) != []
    assert validator.validate({**BASE, "width": 1024, "height": 1024, "inputs": {"mask": "m"}}) != []
    assert validator.validate({**BASE, "width": 1024, "height": 1024, "inputs": {"mask": "m", "image": "i"}}) == []


def test_a_requirement_no_rule_touches_stays() -> None:
    produced = produce(read_source(str(PAGE)), module="conditional", platform_dir=SPEC / "platform")
    assert "positivePrompt" in produced.spec["request"]["required"]
    assert not any("positivePrompt: listed as Required" in w for w in produced.warnings)


PAGES = sorted((SHARED / "docs").glob("*.md"))


@pytest.mark.parametrize("page", [p for p in PAGES if p.name != "README.md"], ids=lambda p: p.stem)
def test_no_real_page_leaves_a_conditional_parameter_required(page: Path) -> None:
    produced = produce(read_source(str(page)), module="m", platform_dir=SPEC / "platform", allow_partial=True)
    request = produced.spec["request"]
    for entry in request.get("allOf") or []:
        for path in _conditional_paths(entry):
            assert not _required(request, path), (path, entry.get("x-source"))
