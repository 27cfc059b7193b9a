"""``update``: every model re-ingested from its recorded sources, one change report, the specs and
``generated/`` written only when every model could be ingested (or ``--keep-going``), and put back
when generation fails. A small catalogue (a page model and two schema models) keeps it quick."""

from __future__ import annotations

import errno
import http.server
import json
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.helpers import ROOT, SHARED, SPEC, serve_http

MODELS = {"krea-2-medium.yaml": "krea-2-medium.md", "clarity.yaml": "clarity.schema.json",
          "bria-video-background-removal.yaml": "bria-video-background-removal.schema.json"}
SOURCES = {"krea-2-medium.md": SHARED / "seeds" / "krea-2-medium.md",
           "clarity.schema.json": SHARED / "runware-schemas" / "clarity.schema.json",
           "bria-video-background-removal.schema.json":
               SHARED / "runware-schemas" / "bria-video-background-removal.schema.json"}

pytestmark = pytest.mark.skipif(not all(p.is_file() for p in SOURCES.values()),
                                reason="../shared/ (the docs pages and published schemas) is absent")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


class Tree:
    """A spec tree, its generated output and a source directory, all in a temporary directory."""

    def __init__(self, root: Path, cache: Path) -> None:
        self.root, self.cache = root, cache
        self.spec, self.out, self.src = root / "spec", root / "generated", root / "sources"
        shutil.copytree(SPEC / "platform", self.spec / "platform")
        if (SPEC / "overlays").is_dir():
            shutil.copytree(SPEC / "overlays", self.spec / "overlays")
        (self.spec / "models").mkdir()
        for name in MODELS:
            shutil.copy(SPEC / "models" / name, self.spec / "models" / name)
        self.src.mkdir()
        for name, path in SOURCES.items():
            shutil.copy(path, self.src / name)
        assert main(["generate", *self.dirs]) == 0

    @property
    def dirs(self) -> list[str]:
        return ["--spec", str(self.spec), "--out", str(self.out), "--cache", str(self.cache)]

    def update(self, *args: str) -> int:
        return main(["update", *self.dirs, *args])

    def snapshot(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.root)): p.read_bytes() for p in sorted(self.root.rglob("*"))
                if p.is_file() and p.relative_to(self.root).parts[0] != "sources"}

    def schema(self, name: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.src / name).read_text(encoding="utf-8"))
        return data

    def edit_schema(self, name: str, data: dict[str, Any]) -> None:
        (self.src / name).write_text(json.dumps(data, indent=2), encoding="utf-8")

    def copy_model(self, name: str, new: str, air: str, slug: str | None) -> None:
        """A copy of the source ``name`` as the schema.json of another model (``air``; ``slug``)."""
        data = self.schema(name)
        text = json.dumps(data).replace(json.dumps(data["info"]["x-air-id"]), json.dumps(air))
        data = json.loads(text)
        if slug is not None:
            data["info"]["x-model-id"] = slug
        self.edit_schema(new, data)

    def narrow_clarity(self, maximum: float = 0.9) -> None:
        data = self.schema("clarity.schema.json")
        data["components"]["schemas"]["RequestBody"]["items"]["properties"]["settings"]["properties"][
            "strength"]["maximum"] = maximum
        self.edit_schema("clarity.schema.json", data)


@pytest.fixture
def tree(tmp_path: Path, cache: Path) -> Tree:
    return Tree(tmp_path, cache)


def test_unchanged_sources_change_nothing(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    before = tree.snapshot()
    assert tree.update("--source-dir", str(tree.src), "--fail-on", "info") == 0
    out = capsys.readouterr().out
    assert "update: 3 models: 0 changed, 3 unchanged, 0 added, 0 gone, 0 failed" in out, out
    assert tree.snapshot() == before


def test_a_narrowed_range_is_reported_as_breaking_and_regenerated(tree: Tree,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    tree.narrow_clarity()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src), "--fail-on", "breaking") == 1
    out = capsys.readouterr().out
    assert "clarity (" in out and "breaking request-property-max-decreased: settings.strength: maximum " \
        "decreased from 1 to 0.9" in out, out
    assert "1 changed, 2 unchanged" in out and "1 breaking" in out
    assert "maximum: 0.9\n" in (tree.spec / "models" / "clarity.yaml").read_text()
    schema = json.loads((tree.out / "runware_bindings" / "clarity" / "request.schema.json").read_text())
    assert "0.9" in json.dumps(schema)
    # The same change again is no change; a level above the changes' passes.
    assert tree.update("--source-dir", str(tree.src), "--fail-on", "breaking") == 0


def test_fail_on_counts_every_level_at_or_above_it(tree: Tree) -> None:
    tree.narrow_clarity()
    assert tree.update("--source-dir", str(tree.src), "--dry-run", "--fail-on", "warning") == 1
    assert tree.update("--source-dir", str(tree.src), "--dry-run") == 0


def test_dry_run_writes_nothing(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.narrow_clarity()
    before = tree.snapshot()
    assert tree.update("--source-dir", str(tree.src), "--dry-run") == 0
    assert "request-property-max-decreased" in capsys.readouterr().out
    assert tree.snapshot() == before


@pytest.mark.parametrize("damage", ["missing", "not json", "not openapi"])
def test_a_model_that_cannot_be_ingested_stops_the_update_with_nothing_written(
        tree: Tree, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    tree.narrow_clarity()  # a change that would be written
    bria = tree.src / "bria-video-background-removal.schema.json"
    if damage == "missing":
        bria.unlink()
    elif damage == "not json":
        bria.write_text(bria.read_text()[:200])
    else:
        bria.write_text('{"openapi": "3.1.0", "info": {}}')
    before = tree.snapshot()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src)) == 2
    captured = capsys.readouterr()
    assert "bria-video-background-removal (" in captured.out and ": failed: " in captured.out, captured.out
    assert "1 model could not be ingested; nothing written" in captured.err
    assert tree.snapshot() == before


def test_keep_going_keeps_the_failed_models_spec_and_updates_the_rest(tree: Tree,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    tree.narrow_clarity()
    (tree.src / "bria-video-background-removal.schema.json").unlink()
    bria = (tree.spec / "models" / "bria-video-background-removal.yaml").read_bytes()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src), "--keep-going") == 2
    captured = capsys.readouterr()
    out = captured.out
    assert "1 model could not be ingested; its old spec is kept" in captured.err
    assert "failed (its old spec is kept): " in out and "no bria-video-background-removal.schema.json here" in out
    assert "maximum: 0.9\n" in (tree.spec / "models" / "clarity.yaml").read_text()
    assert (tree.spec / "models" / "bria-video-background-removal.yaml").read_bytes() == bria
    assert (tree.out / "runware_bindings" / "bria_video_background_removal").is_dir()


def test_a_new_source_file_is_a_new_model(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.copy_model("clarity.schema.json", "clarity-next.schema.json", "runware:500@77", "clarity-next")
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src), "--fail-on", "breaking") == 0
    out = capsys.readouterr().out
    assert "clarity-next (" in out and "info     model-added: new model runware:500@77" in out, out
    spec = (tree.spec / "models" / "clarity-next.yaml").read_text()
    assert spec.startswith("# Generated by `python -m generator ingest`") and "module: clarity_next" in spec
    assert (tree.out / "runware_bindings" / "clarity_next" / "validator.py").is_file()


def _bundle(tree: Tree, entries: list[dict[str, str]]) -> Path:
    path = tree.src / "schema-map.json"
    path.write_text(json.dumps({"version": "2026-12", "inference": entries}), encoding="utf-8")
    return path


def test_a_bundle_names_the_catalogue_new_and_gone_models(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.copy_model("bria-video-background-removal.schema.json", "bria-next.schema.json", "bria:99@1", "bria-next")
    bundle = _bundle(tree, [
        {"slug": "clarity", "air": "runware:500@1", "requestSchema": "clarity.schema.json"},
        {"slug": "bria-next", "air": "bria:99@1", "requestSchema": "bria-next.schema.json"},
    ])
    capsys.readouterr()
    assert tree.update("--bundle", str(bundle), "--source-dir", str(tree.src)) == 0
    out = capsys.readouterr().out
    assert "bria-next (" in out and "model-added: new model bria:99@1" in out, out
    for gone, model_id in (("krea-2-medium", "krea:krea@2-medium"),
                           ("bria-video-background-removal", "bria:51@1")):
        assert f"{gone} (" in out
        assert f"breaking model-removed: model {model_id} is no longer in the catalogue" in out, out
    assert "its spec is kept (--prune removes it)" in out
    assert (tree.spec / "models" / "krea-2-medium.yaml").is_file()
    assert (tree.out / "runware_bindings" / "bria_next").is_dir()
    capsys.readouterr()
    assert tree.update("--bundle", str(bundle), "--source-dir", str(tree.src), "--prune",
                       "--fail-on", "breaking") == 1
    assert "its spec is removed" in capsys.readouterr().out
    assert sorted(p.name for p in (tree.spec / "models").iterdir()) == ["bria-next.yaml", "clarity.yaml"]
    assert not (tree.out / "runware_bindings" / "krea_2_medium").exists()


def test_two_models_with_one_id_write_nothing(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    # The same air id as clarity's.
    tree.copy_model("clarity.schema.json", "clarity-twin.schema.json", "runware:500@1", "clarity-twin")
    before = tree.snapshot()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src)) == 2
    err = capsys.readouterr().err
    assert "runware:500@1" in err and "the updated specs clash with each other; nothing written" in err, err
    assert tree.snapshot() == before


def test_a_failing_generation_puts_every_spec_back(tree: Tree, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import update

    tree.narrow_clarity()
    tree.copy_model("clarity.schema.json", "clarity-new.schema.json", "runware:500@78", "clarity-new")
    before = tree.snapshot()
    monkeypatch.setattr(update, "render_from", lambda args, label: None)
    assert tree.update("--source-dir", str(tree.src)) == 2
    assert "every spec is back as it was" in capsys.readouterr().err
    assert tree.snapshot() == before


def test_a_spec_without_sources_is_left_alone(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    path = tree.spec / "models" / "bria-video-background-removal.yaml"
    lines = path.read_text().splitlines(keepends=True)
    start = lines.index("  sources:\n")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    path.write_text("".join(lines[:start] + lines[end:]))
    (tree.src / "bria-video-background-removal.schema.json").unlink()
    tree.narrow_clarity()
    hand = path.read_bytes()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src)) == 0
    out = capsys.readouterr().out
    assert "bria-video-background-removal (" in out and "kept: records no sources" in out, out
    assert path.read_bytes() == hand
    assert "maximum: 0.9\n" in (tree.spec / "models" / "clarity.yaml").read_text()


def test_the_report_as_json(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.narrow_clarity()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src), "--dry-run", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    by_slug = {m["slug"]: m for m in report["models"]}
    assert by_slug["clarity"]["status"] == "changed"
    assert [c["id"] for c in by_slug["clarity"]["changes"]] == ["request-property-max-decreased"]
    assert by_slug["krea-2-medium"]["status"] == "unchanged"


def _served(tree: Tree) -> dict[str, bytes]:
    """The sources as the docs server serves them (by URL path)."""
    return {f"/docs/models/{name[:-3]}.md" if name.endswith(".md") else
            f"/docs/models/{name.removesuffix('.schema.json')}/schema.json": (tree.src / name).read_bytes()
            for name in SOURCES}


def _point_at(tree: Tree, origin: str) -> None:
    """The specs' recorded source URLs, moved to ``origin``."""
    for name in MODELS:
        path = tree.spec / "models" / name
        path.write_text(path.read_text().replace("    page: https://runware.ai", f"    page: {origin}")
                        .replace("    schema: https://runware.ai", f"    schema: {origin}"))


def _reply(handler: http.server.BaseHTTPRequestHandler, body: bytes | None) -> None:
    handler.send_response(200 if body is not None else 404)
    handler.send_header("Content-Length", str(len(body or b"")))
    handler.end_headers()
    handler.wfile.write(body or b"")


def test_over_http_from_the_recorded_urls(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.narrow_clarity()
    files = _served(tree)
    served: list[str] = []

    class Docs(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.append(self.path)
            _reply(self, files.get(self.path))

    with serve_http(Docs) as origin:
        _point_at(tree, origin)
        capsys.readouterr()
        assert tree.update("--dry-run") == 0
        out = capsys.readouterr().out
        assert "request-property-max-decreased" in out and "0 failed" in out, out
        assert sorted(served) == sorted(files)
        del files["/docs/models/krea-2-medium.md"]
        assert tree.update("--dry-run") == 2
        assert "HTTP 404" in capsys.readouterr().out


def test_models_are_fetched_at_once_and_reported_in_catalogue_order(
        tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    # Each of the three models reads one source. The server holds every request until all three
    # are in flight: read one after another, the first one waits out the barrier's timeout.
    files = _served(tree)
    barrier = threading.Barrier(len(MODELS), timeout=30)
    together: list[bool] = []

    class Docs(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            try:
                barrier.wait()
                together.append(True)
            except threading.BrokenBarrierError:
                together.append(False)
            _reply(self, files.get(self.path))

    with serve_http(Docs) as origin:
        _point_at(tree, origin)
        capsys.readouterr()
        assert tree.update("--dry-run", "--format", "json") == 0
        assert together == [True] * len(MODELS)
        parallel = [m["slug"] for m in json.loads(capsys.readouterr().out)["models"]]
        barrier, together[:] = threading.Barrier(len(MODELS), timeout=0.2), []
        assert tree.update("--dry-run", "--format", "json", "--fetches", "1") == 0
        assert together == [False] * len(MODELS)
        one_by_one = [m["slug"] for m in json.loads(capsys.readouterr().out)["models"]]
    assert parallel == one_by_one and len(parallel) == len(MODELS)


def test_ctrl_c_stops_at_once_while_fetches_are_in_flight(tree: Tree) -> None:
    # The server never answers until the test ends: a run that waits for its fetches would hang.
    arrived, release = threading.Event(), threading.Event()

    class Stuck(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            arrived.set()
            release.wait(60)
            _reply(self, None)

    with serve_http(Stuck) as origin:
        _point_at(tree, origin)
        before = tree.snapshot()
        proc = subprocess.Popen([sys.executable, "-m", "generator", "update", *tree.dirs],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert arrived.wait(60), "update never fetched"
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=30)
        finally:
            release.set()
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 130 and "interrupted" in err, err
    assert tree.snapshot() == before


def test_bad_arguments_are_refused_at_once(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    assert tree.update("--source-dir", str(tree.root / "nowhere")) == 2
    assert "--source-dir" in capsys.readouterr().err
    assert tree.update("--bundle", str(tree.src / "krea-2-medium.md")) == 2
    assert "not a schema bundle" in capsys.readouterr().err
    assert main(["update", "--spec", str(tree.root / "none"), "--out", str(tree.out)]) == 2
    assert "no models/ directory" in capsys.readouterr().err


def test_a_readme_beside_the_sources_is_not_a_new_model(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    (tree.src / "README.md").write_text("# Sources\n\nPages and schemas captured on 2026-12-01.\n")
    before = tree.snapshot()
    assert tree.update("--source-dir", str(tree.src)) == 0
    captured = capsys.readouterr()
    assert "README.md: not the docs page of a model 'README'" in captured.err
    assert "0 added" in captured.out
    assert tree.snapshot() == before


def test_a_docs_page_opening_with_a_blank_line_is_a_new_model(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    page = SHARED / "docs" / "openai-gpt-image-2.md"
    if not page.is_file():
        pytest.skip("../shared/docs/openai-gpt-image-2.md is absent")
    text = page.read_text(encoding="utf-8")
    (tree.src / page.name).write_text(text if text.startswith("\n") else "\n" + text, encoding="utf-8")
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src), "--dry-run") == 0
    captured = capsys.readouterr()
    assert "not the docs page" not in captured.err, captured.err
    assert "openai-gpt-image-2 (" in captured.out and "1 added" in captured.out, captured.out


def test_the_json_report_is_all_of_stdout(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.narrow_clarity()
    capsys.readouterr()
    assert tree.update("--source-dir", str(tree.src), "--format", "json") == 0
    captured = capsys.readouterr()
    by_slug = {m["slug"]: m for m in json.loads(captured.out)["models"]}
    assert by_slug["clarity"]["status"] == "changed"
    assert "updated 1 spec" in captured.err


def test_a_write_that_fails_names_the_spec(tree: Tree, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import update

    tree.narrow_clarity()
    before = tree.snapshot()

    def full_disk(target: Path, text: str, header: str, writer: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target.parent / ".tmp-abc123"))

    monkeypatch.setattr(update, "write_owned_file", full_disk)
    assert tree.update("--source-dir", str(tree.src)) == 2
    err = capsys.readouterr().err
    clarity = tree.spec / "models" / "clarity.yaml"
    assert f"cannot write {clarity}: No space left on device" in err and ".tmp-" not in err, err
    assert tree.snapshot() == before


def test_prune_keeps_a_gone_spec_that_ingest_did_not_write(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    bria = tree.spec / "models" / "bria-video-background-removal.yaml"
    edited = "# Edited by hand\n" + bria.read_text().split("\n", 1)[1]
    bria.write_text(edited)
    bundle = _bundle(tree, [{"slug": "clarity", "air": "runware:500@1", "requestSchema": "clarity.schema.json"}])
    capsys.readouterr()
    assert tree.update("--bundle", str(bundle), "--source-dir", str(tree.src), "--prune", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "bria-video-background-removal (" in out and "not removed" in out, out
    assert tree.update("--bundle", str(bundle), "--source-dir", str(tree.src), "--prune") == 0
    assert bria.read_text() == edited
    assert not (tree.spec / "models" / "krea-2-medium.yaml").exists()


def test_a_source_dir_that_is_a_file_is_named_as_one(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    assert tree.update("--source-dir", str(tree.src / "clarity.schema.json")) == 2
    assert "clarity.schema.json: not a directory; nothing written" in capsys.readouterr().err
