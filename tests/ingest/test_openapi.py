"""``ingest`` of a published schema.json (``generator/ingest/openapi.py``): the committed specs are
what ingest makes of Runware's schemas, byte for byte; the rules, x-constraints and metadata are
kept as published; a response the schema does not describe still generates; bad input is exit 2
naming the file and the JSON pointer, with nothing written."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.cli.ingest import HEADER
from generator.ingest.emit import dump_spec
from generator.ingest.produce import module_name, produce, read_source
from generator.spec.load import load_model
from tests.helpers import SHARED, SPEC, run_cli

SCHEMAS = SHARED / "runware-schemas"
PUBLISHED = sorted(p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json"))


def _doc(slug: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{slug}.schema.json").read_text())
    return loaded


def _write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return path


def test_every_published_schema_has_a_committed_spec() -> None:
    assert len(PUBLISHED) == 8
    for slug in PUBLISHED:
        assert (SPEC / "models" / f"{slug}.yaml").exists(), slug


@pytest.mark.parametrize("slug", PUBLISHED)
def test_the_committed_spec_is_what_ingest_makes_of_the_schema(slug: str) -> None:
    """What `make spec` checks: re-ingesting reproduces the committed file byte for byte."""
    source = read_source(str(SCHEMAS / f"{slug}.schema.json"))
    produced = produce(source, module=module_name(slug), platform_dir=SPEC / "platform")
    header = (f"{HEADER[2:]} {produced.origin}.\n"
              "Edit the model's overlay in spec/overlays/, not this file: re-ingesting rewrites it.")
    assert not (SPEC / "overlays" / f"{slug}.yaml").exists()
    assert dump_spec(produced.spec, header) == (SPEC / "models" / f"{slug}.yaml").read_text()


@pytest.mark.parametrize("slug", PUBLISHED)
def test_the_spec_keeps_the_published_rules_and_metadata(slug: str) -> None:
    doc = _doc(slug)
    info = doc["info"]
    model = load_model(SPEC / "models" / f"{slug}.yaml", SPEC)
    assert model.id == info["x-air-id"]
    assert model.module == module_name(slug)
    published = doc["components"]["schemas"]["RequestBody"]["items"]
    request = model.request_schema
    assert set(request["properties"]) == set(published["properties"])
    assert request.get("required") == published.get("required")
    assert request.get("x-constraints") == published.get("x-constraints")
    for keyword in ("allOf", "oneOf", "anyOf", "not", "if", "dependentRequired"):
        assert (keyword in request) == (keyword in published), keyword
    if "allOf" in published:
        assert len(request["allOf"]) == len(published["allOf"])
    assert model.output in ("image", "video", "audio", "3d", "text")
    assert model.status == info["x-status"]


def test_sources_are_recorded_in_every_spec() -> None:
    import yaml

    for path in sorted((SPEC / "models").glob("*.yaml")):
        meta = yaml.safe_load(path.read_text())["model"]
        sources = meta["sources"]
        assert sources["slug"], path
        assert set(sources) - {"slug"} <= {"page", "schema"} and len(sources) >= 2, path
        for key, url in sources.items():
            if key == "page":
                assert url == f"https://runware.ai/docs/models/{sources['slug']}.md" or url.endswith(".md"), path
            if key == "schema":
                assert url == f"https://runware.ai/docs/models/{sources['slug']}/schema.json", path


def test_kling_keeps_its_contains_rule() -> None:
    """The published frameImages rule (a list of only a last frame is refused) is enforced."""
    published = _doc("klingai-video-2-6-pro")["components"]["schemas"]["RequestBody"]["items"]
    frames = published["properties"]["inputs"]["properties"]["frameImages"]
    assert "contains" in frames
    model = load_model(SPEC / "models" / "klingai-video-2-6-pro.yaml", SPEC)
    assert "contains" in model.request_schema["properties"]["inputs"]["properties"]["frameImages"]
    from runware_bindings.klingai_video_2_6_pro.validator import validate

    base = {"taskType": "videoInference", "taskUUID": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47",
            "model": "klingai:kling-video@2.6-pro", "positivePrompt": "a paper boat on a river",
            "width": 1920, "height": 1080}
    last_only = {**base, "inputs": {"frameImages": [{"image": "https://example.com/a.png", "frame": "last"}]}}
    first = {**base, "inputs": {"frameImages": [{"image": "https://example.com/a.png", "frame": "first"}]}}
    oracle = Draft202012Validator({**_doc("klingai-video-2-6-pro"), "$ref": "#/components/schemas/RequestBody/items"},
                                  format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert not oracle.is_valid(last_only) and oracle.is_valid(first) == (validate(first) == [])
    assert any(e.rule == "contains" for e in validate(last_only))
    assert not any(e.rule == "contains" for e in validate(first))


def test_a_schema_is_told_from_a_page_by_its_content(tmp_path: Path) -> None:
    odd = tmp_path / "notes.md"  # a Markdown name, JSON content
    odd.write_text((SCHEMAS / "clarity.schema.json").read_text())
    res = run_cli("ingest", str(odd))
    assert res.returncode == 0, res.stderr
    assert "id: runware:500@1" in res.stdout


def test_an_unknown_response_still_generates_with_the_output_media(tmp_path: Path) -> None:
    doc = _doc("meta-muse-image")
    doc["components"]["schemas"]["ResponseBody"] = {"description": "Unknown response structure"}
    path = _write(tmp_path, "muse.schema.json", doc)
    spec = tmp_path / "spec"
    (spec / "models").mkdir(parents=True)
    (spec / "overlays").mkdir()
    import shutil

    shutil.copytree(SPEC / "platform", spec / "platform")
    out = spec / "models" / "meta-muse-image.yaml"
    res = run_cli("ingest", str(path), "-o", str(out), "--spec", str(spec))
    assert res.returncode == 0, res.stderr
    assert "unknown response structure" in res.stderr
    model = load_model(out, spec)
    assert model.output == "image" and model.output_media == "image"
    assert model.response_schema.get("type") == "object" and "properties" not in model.response_schema
    gen = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert gen.returncode == 0, gen.stderr


@pytest.mark.parametrize(("mutate", "pointer", "words"), [
    (lambda d: {"openapi": "3.1.0", "info": d["info"]}, "/components", "RequestBody"),
    (lambda d: {**d, "components": {"schemas": {"RequestBody": {"type": "object"}}}},
     "/components/schemas/RequestBody", "array"),
    (lambda d: _set(d, ["info", "x-air-id"], None), "/info/x-air-id", "model id"),
    (lambda d: _set(d, ["components", "schemas", "RequestBody", "items", "properties", "steps"],
                    {"$ref": "other.json#/x"}), "/components/schemas/RequestBody/items/properties/steps/$ref",
     "does not resolve"),
    (lambda d: _set(d, ["components", "schemas", "RequestBody", "items", "properties", "steps"],
                    {"type": "integer", "minimum": "one"}), "/components/schemas/RequestBody/items/properties/steps",
     "compiler cannot take"),
    (lambda d: _set(d, ["components", "schemas", "RequestBody", "items", "properties", "taskType"],
                    {"type": "string"}), "/components/schemas/RequestBody/items/properties/taskType", "task type"),
    (lambda d: {"hello": "world"}, "/", "not an OpenAPI document"),
    (lambda d: _set(_set(d, ["components", "schemas", "Loop"],
                         {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Loop"}}}),
                    ["components", "schemas", "RequestBody", "items", "properties", "steps"],
                    {"$ref": "#/components/schemas/Loop"}),
     "/components/schemas/Loop/properties/next/$ref", "leads back to itself"),
])
def test_bad_schemas_are_refused_naming_the_file_and_the_pointer(tmp_path: Path, mutate: Any, pointer: str,
                                                                 words: str) -> None:
    path = _write(tmp_path, "bad.schema.json", mutate(copy.deepcopy(_doc("clarity"))))
    out = tmp_path / "out.yaml"
    res = run_cli("ingest", str(path), "-o", str(out))
    assert res.returncode == 2, res.stdout + res.stderr
    line = res.stderr.strip().splitlines()[-1]
    assert str(path) in line and pointer in line and words in line, line
    assert "Traceback" not in res.stderr and "nothing written" in line
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["bad.schema.json"]


def test_json_that_does_not_parse_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.schema.json", '{"openapi": "3.1.0",\n "info": {,}}')
    res = run_cli("ingest", str(path), "-o", str(tmp_path / "out.yaml"))
    assert res.returncode == 2
    assert f"{path}:2" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "out.yaml").exists()


def _set(doc: dict[str, Any], path: list[str], value: Any) -> dict[str, Any]:
    node = doc
    for key in path[:-1]:
        node = node[key]
    if value is None:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


def test_local_refs_are_inlined(tmp_path: Path) -> None:
    """A spec file's ``#`` is the file: a reference into the published document is inlined, one
    with siblings as ``allOf`` beside them."""
    doc = _doc("clarity")
    doc["components"]["schemas"]["Steps"] = {"type": "integer", "minimum": 1}
    props = doc["components"]["schemas"]["RequestBody"]["items"]["properties"]
    props["settings"]["properties"]["steps"] = {"$ref": "#/components/schemas/Steps", "maximum": 9}
    props["upscaleFactor"] = {"$ref": "#/components/schemas/Steps"}
    path = _write(tmp_path, "clarity.schema.json", doc)
    out = tmp_path / "clarity.yaml"
    res = run_cli("ingest", str(path), "-o", str(out), "--spec", str(SPEC))
    assert res.returncode == 0, res.stderr
    request = load_model(out, SPEC).request_schema
    assert request["properties"]["upscaleFactor"] == {"type": "integer", "minimum": 1}
    assert request["properties"]["settings"]["properties"]["steps"] == {
        "maximum": 9, "allOf": [{"type": "integer", "minimum": 1}]}
