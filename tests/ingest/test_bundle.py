"""``ingest schema-map.json -o DIR``: Runware's schema bundle, one spec per model, from files
beside the bundle or over HTTP (a loopback server); all or nothing, and a bad entry is exit 2
naming the bundle and the entry's JSON pointer."""

from __future__ import annotations

import errno
import http.server
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.spec.load import load_model
from tests.helpers import SHARED, SPEC, run_cli, serve_http

SCHEMAS = SHARED / "runware-schemas"
TASK = {  # a plain JSON Schema of the task object, as a bundle may give instead of an OpenAPI document
    "title": "Plain task",
    "type": "object",
    "additionalProperties": False,
    "required": ["taskType", "model"],
    "properties": {
        "taskType": {"type": "string", "const": "imageInference"},
        "model": {"type": "string", "const": "plain:1@0"},
        "steps": {"$ref": "#/$defs/steps"},
    },
    "$defs": {"steps": {"type": "integer", "minimum": 1, "maximum": 9}},
}
ITEM = {"type": "object", "required": ["imageUUID"], "properties": {"imageUUID": {"type": "string", "format": "uuid"}}}


def _bundle(directory: Path, entries: list[dict[str, Any]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copy(SCHEMAS / "clarity.schema.json", directory / "clarity.schema.json")
    (directory / "plain.request.json").write_text(json.dumps(TASK))
    (directory / "plain.response.json").write_text(json.dumps(ITEM))
    path = directory / "schema-map.json"
    path.write_text(json.dumps({"version": "2026-05-01", "inference": entries}))
    return path


GOOD = [
    {"slug": "clarity", "air": "runware:500@1", "requestSchema": "clarity.schema.json",
     "responseSchema": "clarity.schema.json"},
    {"slug": "plain-model", "air": "plain:1@0", "requestSchema": "plain.request.json",
     "responseSchema": "plain.response.json"},
]


def _spec_dir(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC / "platform", spec / "platform")
    (spec / "models").mkdir()
    (spec / "overlays").mkdir()
    return spec


def test_a_bundle_writes_one_spec_per_model(tmp_path: Path) -> None:
    spec = _spec_dir(tmp_path)
    bundle = _bundle(tmp_path / "bundle", GOOD)
    res = run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec))
    assert res.returncode == 0, res.stderr
    assert "bundle 2026-05-01: 2 models in" in res.stdout
    assert sorted(p.name for p in (spec / "models").iterdir()) == ["clarity.yaml", "plain-model.yaml"]
    clarity = load_model(spec / "models" / "clarity.yaml", spec)
    assert clarity.id == "runware:500@1" and clarity.module == "clarity"
    # The same spec as ingesting the schema.json alone (the committed one), but for its source path.
    committed = (SPEC / "models" / "clarity.yaml").read_text().splitlines()[1:]
    assert (spec / "models" / "clarity.yaml").read_text().splitlines()[1:] == committed
    plain = load_model(spec / "models" / "plain-model.yaml", spec)
    assert plain.id == "plain:1@0" and plain.module == "plain_model"
    assert plain.request_schema["properties"]["steps"] == {"type": "integer", "minimum": 1, "maximum": 9}
    assert plain.response_schema["required"] == ["imageUUID"]
    gen = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert gen.returncode == 0, gen.stderr


def test_a_bundle_over_http(tmp_path: Path) -> None:
    spec = _spec_dir(tmp_path)
    served = tmp_path / "served"
    _bundle(served, GOOD)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = served / self.path.lstrip("/")
            if not path.is_file():
                self.send_error(404)
                return
            body = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serve_http(Handler) as origin:
        res = run_cli("ingest", f"{origin}/schema-map.json", "-o", str(spec / "models"), "--spec", str(spec))
    assert res.returncode == 0, res.stderr
    clarity = (spec / "models" / "clarity.yaml").read_text()
    assert f"schema: {origin}/clarity.schema.json" in clarity


def _refused(tmp_path: Path, entries: list[dict[str, Any]], *words: str) -> None:
    spec = _spec_dir(tmp_path)
    bundle = _bundle(tmp_path / "bundle", entries)
    res = run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec))
    assert res.returncode == 2, res.stdout + res.stderr
    line = res.stderr.strip().splitlines()[-1]
    assert str(bundle) in line and "nothing written" in line, line
    for word in words:
        assert word in line, (word, line)
    assert "Traceback" not in res.stderr
    assert list((spec / "models").iterdir()) == []


def test_an_entry_whose_schema_cannot_be_read_writes_nothing(tmp_path: Path) -> None:
    entries = [*GOOD, {"slug": "gone", "air": "gone:1@0", "requestSchema": "gone.json"}]
    _refused(tmp_path, entries, "/inference/2/requestSchema", "gone.json")


def test_an_entry_naming_another_model_writes_nothing(tmp_path: Path) -> None:
    entries = [{**GOOD[0], "air": "runware:501@1"}, GOOD[1]]
    _refused(tmp_path, entries, "/inference/0/air", "'runware:501@1'", "'runware:500@1'")


def test_a_malformed_entry_writes_nothing(tmp_path: Path) -> None:
    _refused(tmp_path, [GOOD[0], {"slug": "x"}], "/inference/1/air")
    _refused(tmp_path / "2", [GOOD[0], {**GOOD[1], "slug": "clarity"}], "/inference/1/slug")


def test_a_bundle_needs_a_directory(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path / "bundle", GOOD)
    res = run_cli("ingest", str(bundle))
    assert res.returncode == 2 and "give -o DIR" in res.stderr


def test_a_write_that_fails_midway_puts_the_earlier_specs_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import ingest as ingest_cli
    from generator.cli import main

    spec = _spec_dir(tmp_path)
    bundle = _bundle(tmp_path / "bundle", GOOD)
    args = ["ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec)]
    assert main(args) == 0
    clarity, plain = spec / "models" / "clarity.yaml", spec / "models" / "plain-model.yaml"
    older = clarity.read_text().replace("runware:500@1", "runware:500@0")  # as an earlier ingest wrote it
    clarity.write_text(older)
    plain.unlink()
    real = ingest_cli.write_owned_file
    calls: list[Path] = []

    def full_disk_on_the_second(target: Path, text: str, header: str, writer: str) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, text, header, writer)

    monkeypatch.setattr(ingest_cli, "write_owned_file", full_disk_on_the_second)
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert calls == [clarity, plain]
    assert "No space left on device" in err and "nothing written (1 of 2 specs" in err, err
    assert clarity.read_text() == older and not plain.exists()


def test_a_response_files_references_are_its_own(tmp_path: Path) -> None:
    spec = _spec_dir(tmp_path)
    bundle = _bundle(tmp_path / "bundle", GOOD)
    response = {"type": "object", "required": ["imageUUID"],
                "properties": {"imageUUID": {"type": "string"}, "steps": {"$ref": "#/$defs/steps"}},
                "$defs": {"steps": {"type": "number", "minimum": 0}}}  # the request's steps is another
    (tmp_path / "bundle" / "plain.response.json").write_text(json.dumps(response))
    res = run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec))
    assert res.returncode == 0, res.stderr
    plain = load_model(spec / "models" / "plain-model.yaml", spec)
    assert plain.response_schema["properties"]["steps"] == {"type": "number", "minimum": 0}
    assert plain.request_schema["properties"]["steps"] == {"type": "integer", "minimum": 1, "maximum": 9}


def _ingest_with(tmp_path: Path, request_doc: Any, response_doc: Any) -> tuple[Any, Path]:
    directory = tmp_path / "bundle"
    bundle = _bundle(directory, [GOOD[1]])
    if request_doc is not None:
        (directory / "plain.request.json").write_text(json.dumps(request_doc))
    if response_doc is not None:
        (directory / "plain.response.json").write_text(json.dumps(response_doc))
    spec = _spec_dir(tmp_path)
    return run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec)), spec


@pytest.mark.parametrize("request_doc, response_doc", [
    ({"openapi": "3.1.0", "info": {}, "components": []}, None),
    (None, {"type": "object", "properties": []}),
], ids=["request-components-list", "properties-list"])
def test_malformed_entry_files_are_refused_by_name(tmp_path: Path, request_doc: Any, response_doc: Any) -> None:
    res, spec = _ingest_with(tmp_path, request_doc, response_doc)
    assert res.returncode == 2 and "Traceback" not in res.stderr, res.stderr
    assert "/inference/0" in res.stderr and list((spec / "models").iterdir()) == []


@pytest.mark.parametrize("response_doc", [{"openapi": "3.1.0", "components": []},
                                          {"openapi": "3.1.0", "components": {"schemas": []}}])
def test_an_openapi_response_without_a_response_body_is_not_used(tmp_path: Path, response_doc: Any) -> None:
    # As for a document whose components.schemas has no ResponseBody: the result stays unknown.
    res, _ = _ingest_with(tmp_path, None, response_doc)
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr
    assert "unknown response structure" in res.stderr


def test_two_slugs_that_make_one_module_write_nothing(tmp_path: Path) -> None:
    entries = [{**GOOD[1], "slug": "plain-model"}, {**GOOD[1], "slug": "plain_model", "air": "plain:2@0"}]
    spec = _spec_dir(tmp_path)
    task = json.loads(json.dumps(TASK))
    bundle = _bundle(tmp_path / "bundle", entries)
    task["properties"]["model"]["const"] = "plain:2@0"
    (tmp_path / "bundle" / "plain2.request.json").write_text(json.dumps(task))
    data = json.loads(bundle.read_text())
    data["inference"][1]["requestSchema"] = "plain2.request.json"
    bundle.write_text(json.dumps(data))
    res = run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec))
    assert res.returncode == 2, res.stdout + res.stderr
    assert "plain_model" in res.stderr and "would clash" in res.stderr, res.stderr
    assert list((spec / "models").iterdir()) == []


def test_a_bundle_takes_no_overlay(tmp_path: Path) -> None:
    spec = _spec_dir(tmp_path)
    bundle = _bundle(tmp_path / "bundle", GOOD)
    (tmp_path / "fix.yaml").write_text("{}\n")
    res = run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec),
                  "--overlay", str(tmp_path / "fix.yaml"))
    assert res.returncode == 2 and "takes no --overlay" in res.stderr, res.stderr
    assert list((spec / "models").iterdir()) == []


def test_references_that_expand_without_end_are_refused(tmp_path: Path) -> None:
    task = json.loads(json.dumps(TASK))
    depth = 40  # each level uses the next twice: 2**40 objects once inlined
    task["$defs"].update({f"d{i}": {"allOf": [{"$ref": f"#/$defs/d{i + 1}"}, {"$ref": f"#/$defs/d{i + 1}"}]}
                          for i in range(depth)})
    task["$defs"][f"d{depth}"] = {"type": "integer"}
    task["properties"]["steps"] = {"$ref": "#/$defs/d0"}
    (tmp_path / "bundle").mkdir()
    bundle = _bundle(tmp_path / "bundle", [GOOD[1]])
    (tmp_path / "bundle" / "plain.request.json").write_text(json.dumps(task))
    spec = _spec_dir(tmp_path)
    res = run_cli("ingest", str(bundle), "-o", str(spec / "models"), "--spec", str(spec), timeout=120)
    assert res.returncode == 2 and "expand to over" in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert list((spec / "models").iterdir()) == []
