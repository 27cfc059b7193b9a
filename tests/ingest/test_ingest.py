"""The ingester: every construct of the page grammar, every rule sentence, bad pages, real pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.ingest import PageError, ingest_text
from tests.helpers import ROOT, SHARED, SPEC, run_cli

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
PLATFORM = SPEC / "platform"


def ingest(text: str, **kw: Any) -> Any:
    return ingest_text(text, module="tiny", platform_dir=PLATFORM, **kw)


def minimal() -> str:
    return (PAGES / "minimal.md").read_text()


def test_minimal_page_constructs() -> None:
    result = ingest(minimal())
    spec = result.spec
    assert spec["model"] == {"id": "tiny:1@0", "name": "Tiny Model", "module": "tiny", "creator": "Example",
                             "status": "live", "releaseDate": "2026-01-02", "capabilities": ["Text to Image"],
                             "docs": "https://example.com/docs/models/tiny",
                             "description": "A small page written for the ingester tests"}
    props = spec["request"]["properties"]
    assert spec["request"]["required"] == ["model"]
    assert props["model"]["const"] == "tiny:1@0"
    assert {k: props["steps"][k] for k in ("type", "minimum", "maximum", "multipleOf", "default")} == {
        "type": "integer", "minimum": 1, "maximum": 50, "multipleOf": 1, "default": 20}
    assert props["style"]["enum"] == ["plain", "bold"]
    assert props["style"]["x-enum-descriptions"] == {"plain": "No styling.", "bold": "Strong styling."}
    assert props["width"]["x-paired-with"] == "height"
    inputs = props["inputs"]
    assert inputs["additionalProperties"] is False and inputs["description"] == "Inputs."
    assert inputs["properties"]["image"]["minLength"] == 1  # Min on a string is a length
    assert props["steps"]["x-anchor"] == "request-steps"
    assert spec["response"]["properties"]["imageUUID"]["format"] == "uuid"
    assert spec["response"]["required"] == ["imageUUID"]


def test_minimal_page_rules_and_warnings() -> None:
    result = ingest(minimal())
    rules = {e["x-rule"]: e for e in result.spec["request"]["allOf"]}
    assert rules["paired-dimensions"]["dependentRequired"] == {"width": ["height"], "height": ["width"]}
    assert rules["exclusive-style-width-height"]["not"] == {
        "anyOf": [{"required": ["style", "width"]}, {"required": ["style", "height"]}]}
    assert rules["when-inputs-mask"]["if"] == {"required": ["inputs"], "properties": {"inputs": {"required": ["mask"]}}}
    assert rules["when-inputs-mask"]["then"] == {"required": ["inputs"], "properties": {"inputs": {"required": ["image"]}}}
    line = minimal().splitlines().index("Images are best under 4 MB.") + 1
    assert result.spec["request"]["x-unmapped-rules"] == [{"text": "Images are best under 4 MB.", "line": line}]
    assert any("rule not understood" in w and "4 MB" in w for w in result.warnings)
    assert any("multiple of" in w for w in result.warnings)  # prose constraint reported, not dropped


def test_same_page_same_bytes(tmp_path: Path) -> None:
    page = tmp_path / "tiny.md"
    page.write_text(minimal())
    outs = []
    for name in ("a", "b"):
        res = run_cli("ingest", str(page), "--spec", str(SPEC))
        assert res.returncode == 0, res.stderr
        outs.append(res.stdout.encode())
    assert outs[0] == outs[1]


@pytest.mark.parametrize(
    ("old", "new", "message", "needle"),
    [
        ("- **Max**: `50`", "- **Max**: `fifty`", "Max should be a number, found 'fifty'", "`fifty`"),
        ("- **Type**: `integer`\n- **Min**: `1`", "- **Type**: `decimal`\n- **Min**: `1`", "unknown Type 'decimal'",
         "`decimal`"),
        ("- **ID**: `tiny:1@0`\n", "", "no '- **ID**", None),
        ("- **Release Date**: January 2, 2026", "- **Release Date**: soon", "Release Date 'soon'", "soon"),
        ("- **Default**: `plain`", "- **Default**: `plain`\n- **Format**: `email`", "unknown Format 'email'", "`email`"),
    ],
)
def test_malformed_pages_name_the_line(old: str, new: str, message: str, needle: str | None) -> None:
    text = minimal()
    assert old in text
    broken = text.replace(old, new, 1)
    with pytest.raises(PageError) as info:
        ingest(broken)
    assert message in info.value.message
    if needle is not None:
        assert info.value.line == next(n for n, ln in enumerate(broken.splitlines(), 1) if needle in ln)


def test_truncated_page_is_refused_then_written_partial(tmp_path: Path) -> None:
    text = minimal()
    cut = text[: text.index("## Response Parameters") + 60]
    page = tmp_path / "cut.md"
    page.write_text(cut)
    out = tmp_path / "models" / "tiny.yaml"
    out.parent.mkdir()
    res = run_cli("ingest", str(page), "-o", str(out), "--spec", str(SPEC))
    assert res.returncode == 2 and "truncated page" in res.stderr and "nothing written" in res.stderr
    assert not out.exists()
    with pytest.raises(PageError) as info:
        ingest(text[: text.index("**Inputs**")])
    assert "no '## Response Parameters' section" in info.value.message
    partial = ingest(text[: text.index("**Inputs**")], allow_partial=True)
    assert partial.spec["model"]["x-partial"]["incomplete"] == ["no '## Response Parameters' section"]


def test_unterminated_table_and_fence_are_truncation() -> None:
    table_cut = minimal().split("## Request Parameters")[0].replace(
        "`width` and `height` must be used together.",
        "The following dimension combinations are supported:\n\n| Configuration | Dimensions |\n| --- | --- |\n"
        "| `1K (1:1)` | `1024x1024` |\n| `1K (2:1)` ")
    with pytest.raises(PageError) as info:
        ingest(table_cut.rstrip("\n").split("---\n\n`style`")[0])
    assert "table cut mid-row" in info.value.message
    fence_cut = minimal() + "\n## Examples\n\n```json\n{\"a\": 1"
    with pytest.raises(PageError) as info:
        ingest(fence_cut.replace("## Response Parameters", "## Result"))
    assert "never closed" in info.value.message


needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/ (the real docs pages) is absent")


@needs_shared
@pytest.mark.parametrize(("page", "spec"), [("seeds/krea-2-medium.md", "krea-2-medium.yaml"),
                                            ("docs/openai-gpt-image-2.md", "gpt-image-2.yaml")])
def test_committed_specs_are_reproducible_from_their_pages(tmp_path: Path, page: str, spec: str) -> None:
    import shutil

    shutil.copytree(SPEC / "platform", tmp_path / "platform")
    shutil.copytree(SPEC / "overlays", tmp_path / "overlays")
    out = tmp_path / "models" / spec
    out.parent.mkdir()
    res = run_cli("ingest", str(SHARED / page), "-o", str(out), "--spec", str(tmp_path))
    assert res.returncode == 0, res.stderr
    assert out.read_bytes() == (SPEC / "models" / spec).read_bytes()


@needs_shared
def test_gpt_examples_that_contradict_the_page_are_reported(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(SPEC / "platform", tmp_path / "platform")
    (tmp_path / "models").mkdir()
    res = run_cli("ingest", str(SHARED / "docs/openai-gpt-image-2.md"), "-o", str(tmp_path / "models" / "g.yaml"),
                  "--spec", str(tmp_path))
    assert res.returncode == 0
    warned = [line for line in res.stderr.splitlines() if "does not validate" in line]
    assert len(warned) == 3 and all("referenceImages" in w for w in warned)


TRUNCATED = sorted(p.name for p in (SHARED / "docs").glob("*.md")
                   if p.name not in ("README.md", "openai-gpt-image-2.md")) if SHARED.is_dir() else []


@needs_shared
@pytest.mark.parametrize("name", TRUNCATED)
def test_real_truncated_pages_are_reported(name: str) -> None:
    text = (SHARED / "docs" / name).read_text()
    with pytest.raises(PageError) as info:
        ingest(text)
    assert "truncated page" in info.value.message and "Response Parameters" in info.value.message
    partial = ingest(text, allow_partial=True)
    assert partial.spec["model"]["x-partial"]["stops-at-line"] == text.count("\n") + 1


def _rules(name: str) -> dict[str, Any]:
    """Every rule translated from a (truncated) real page: the enforced ones, and those kept aside
    because they name parameters the truncation cut off."""
    spec = ingest((SHARED / "docs" / name).read_text(), allow_partial=True).spec
    entries = spec["request"].get("allOf", []) + [u["rule"] for u in spec["request"].get("x-unmapped-rules", [])
                                                  if "rule" in u]
    return {e["x-rule"]: {k: v for k, v in e.items() if k not in ("x-rule", "x-source")} for e in entries}


@needs_shared
def test_real_rules_are_extracted_exactly() -> None:
    kling = _rules("klingai-video-o3-pro.md")
    assert kling["exactly-one-of-inputs-frameimages-width-height"] == {"oneOf": [
        {"required": ["inputs"], "properties": {"inputs": {"required": ["frameImages"]}}},
        {"required": ["width", "height"]}]}
    assert kling["when-inputs-video-inputs-referencevideos-2"]["then"] == {
        "properties": {"inputs": {"properties": {"referenceImages": {"maxItems": 4}}}}}
    assert kling["when-providersettings"]["then"] == {"anyOf": [
        {"required": ["inputs"], "properties": {"inputs": {"required": ["video"]}}},
        {"required": ["inputs"], "properties": {"inputs": {"required": ["referenceVideos"]}}}]}
    assert kling["when-inputs-video"]["then"] == {"not": {"required": ["inputs"], "properties": {
        "inputs": {"required": ["elements"]}}}}
    vidu = _rules("vidu-q2-pro.md")
    assert vidu["when-providersettings"] == {"if": {"required": ["providerSettings"]},
                                             "then": {"properties": {"duration": {"const": 4}}}}
    veo = _rules("google-veo-3-fast.md")
    assert veo["when-providersettings-google-resizemode"]["then"]["properties"]["inputs"]["properties"][
        "frameImages"] == {"minItems": 1}
    seedance = _rules("bytedance-seedance-1-0-pro.md")
    assert seedance["either-inputs-frameimages-width-height-resolution"]["anyOf"][2] == {"required": ["resolution"]}
    assert len(seedance["dimensions"]["then"]["oneOf"]) == 14
    pixverse = _rules("pixverse-v5-5.md")["duration-by-dimensions"]["allOf"]
    assert pixverse[0]["then"] == {"properties": {"duration": {"enum": [5, 8]}}}
    assert pixverse[-1]["then"] == {"properties": {"duration": {"enum": [5, 8, 10]}}}
    assert len(pixverse[-1]["if"]["not"]["anyOf"]) == 5
    assert "allOf" not in ingest((SHARED / "docs/elevenlabs-turbo-v2-5.md").read_text(), allow_partial=True).spec[
        "request"]


@needs_shared
def test_page_cut_inside_the_dimension_table() -> None:
    with pytest.raises(PageError) as info:
        ingest((SHARED / "docs/ideogram-2-0-remix.md").read_text())
    assert "table cut mid-row" in info.value.message


def test_schema_from_rules_is_valid_json_schema() -> None:
    from jsonschema import Draft202012Validator

    spec = ingest(minimal()).spec
    Draft202012Validator.check_schema(json.loads(json.dumps(spec["request"])))
    assert yaml.safe_load(yaml.safe_dump(spec)) == spec


def test_ingested_tiny_spec_generates(tmp_path: Path) -> None:
    import shutil

    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC / "platform", spec_dir / "platform")
    (spec_dir / "models").mkdir()
    page = tmp_path / "tiny.md"
    page.write_text(minimal())
    assert run_cli("ingest", str(page), "-o", str(spec_dir / "models" / "tiny.yaml"), "--spec", str(spec_dir),
                   cwd=ROOT).returncode == 0
    res = run_cli("generate", "--spec", str(spec_dir), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
