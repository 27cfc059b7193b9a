"""Generation at catalogue scale (``render/build.py``, ``render/cache.py``): the cache reuses a model
only when its spec, its platform files and the generator are unchanged, never trusts a corrupt or
foreign entry, and nothing about the cache, the pool or the order of completion changes a byte."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.render.build import Outcome, Task, build, run_tasks
from generator.render.cache import TAG_NAME, Cache, fingerprint
from generator.render.tree import render_all
from generator.spec.errors import SpecErrors
from generator.spec.load import load_specs
from tests.helpers import ROOT, SPEC, run_cli

GENERATOR = "test-generator"  # a fingerprint of our own, so no other run's entries are met
# A small catalogue of the real specs keeps these runs short: two models that read the image
# platform file and one that does not.
SMALL = ("krea-2-medium.yaml", "gpt-image-2.yaml", "bria-video-background-removal.yaml")


def _small_spec(root: Path) -> Path:
    shutil.copytree(SPEC, root, ignore=lambda d, names: [
        n for n in names if Path(d) == SPEC / "models" and n not in SMALL])
    return root


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small catalogue, never edited (tests edit their own copy, ``spec``)."""
    return _small_spec(tmp_path_factory.mktemp("small") / "spec")


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    return _small_spec(tmp_path / "spec")


@pytest.fixture(scope="module")
def cold(small: Path) -> dict[str, str]:
    """The reference: every model rendered in this process, as before the cache existed."""
    return render_all(load_specs(small), small)


def _cache(root: Path, generator: str = GENERATOR) -> Cache:
    cache, why = Cache.open(root, generator)
    assert cache is not None, why
    return cache


def _entries(root: Path) -> list[Path]:
    return sorted(root.glob("??/*.json"))


def test_a_warm_run_renders_nothing_and_gives_the_same_bytes(spec: Path, tmp_path: Path,
                                                             cold: dict[str, str]) -> None:
    cache = _cache(tmp_path / "cache")
    models = len(list((spec / "models").glob("*.yaml")))
    first = build(spec, cache=cache)
    assert first.rendered == models
    # The spec's copy lies elsewhere than spec/: only PROVENANCE.json could tell, and it does not.
    assert first.files == cold
    second = build(spec, cache=_cache(tmp_path / "cache"))
    assert second.rendered == 0
    assert second.files == cold
    assert len(_entries(tmp_path / "cache")) == models + 1  # every model and the package


def test_one_changed_spec_renders_that_model_alone(spec: Path, tmp_path: Path, cold: dict[str, str]) -> None:
    build(spec, cache=_cache(tmp_path / "cache"))
    model = spec / "models" / "krea-2-medium.yaml"
    model.write_text(model.read_text().replace("maximum: 2\n", "maximum: 3\n", 1))
    warm = build(spec, cache=_cache(tmp_path / "cache"))
    assert warm.rendered == 1
    expected = render_all(load_specs(spec), spec)
    assert warm.files == expected
    assert warm.files["runware_bindings/krea_2_medium/validator.py"] != cold["runware_bindings/krea_2_medium/validator.py"]


def test_a_platform_change_renders_every_model_that_reads_it(spec: Path, tmp_path: Path) -> None:
    build(spec, cache=_cache(tmp_path / "cache"))
    platform = spec / "platform" / "image-inference-request.yaml"
    text = platform.read_text()
    assert "maximum: 99" in text
    readers = [m for m in (spec / "models").glob("*.yaml") if platform.name in m.read_text()]
    assert 0 < len(readers) < len(list((spec / "models").glob("*.yaml")))
    platform.write_text(text.replace("maximum: 99", "maximum: 98", 1))
    warm = build(spec, cache=_cache(tmp_path / "cache"))
    assert warm.rendered == len(readers)
    assert warm.files == render_all(load_specs(spec), spec)


def test_a_generator_change_renders_everything(spec: Path, tmp_path: Path) -> None:
    build(spec, cache=_cache(tmp_path / "cache"))
    models = len(list((spec / "models").glob("*.yaml")))
    assert build(spec, cache=_cache(tmp_path / "cache", "another generator")).rendered == models


@pytest.mark.parametrize("edit", ["templates/model/validator.py.jinja", "runtime/validation.py",
                                  "compiler/emit.py", "templates/new.py.jinja"])
def test_the_fingerprint_covers_templates_runtime_and_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           edit: str) -> None:
    from generator.render import cache as cache_module

    copy = tmp_path / "generator"
    shutil.copytree(cache_module.GENERATOR_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "GENERATOR_DIR", copy)
    before = fingerprint()
    assert fingerprint() == before and len(before) == 64
    target = copy / edit
    target.write_text((target.read_text() if target.exists() else "") + "\n")
    assert fingerprint() != before


def test_a_pool_of_spawned_workers_gives_the_same_bytes(spec: Path, monkeypatch: pytest.MonkeyPatch,
                                                        cold: dict[str, str]) -> None:
    # Where there is no forkserver (Windows), workers start afresh and import what they need.
    import multiprocessing

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert build(spec, jobs=2).files == cold


def test_a_worker_that_dies_is_an_internal_error_with_nothing_written(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from generator.cli import main, pipeline

    def dying(*args: object, **kwargs: object) -> None:
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(pipeline, "build", dying)
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(SPEC), "--out", str(out), "--no-cache"]) == 2
    assert capsys.readouterr().err == ("internal error: a rendering process died (A process in the process "
                                       "pool was terminated abruptly); nothing written\n")
    assert not out.exists()


@pytest.mark.parametrize("damage", ["truncated", "byte flipped", "empty", "not ours", "other key",
                                    "bad summary", "directory"])
def test_a_corrupt_or_foreign_entry_is_ignored_and_replaced(spec: Path, tmp_path: Path, cold: dict[str, str],
                                                             damage: str) -> None:
    root = tmp_path / "cache"
    build(spec, cache=_cache(root))
    entries = _entries(root)
    for path in entries:
        raw = path.read_bytes()
        header, _, body = raw.partition(b"\n")
        if damage == "truncated":
            path.write_bytes(raw[: len(raw) // 2])
        elif damage == "byte flipped":
            i = len(header) + 1 + len(body) // 2
            path.write_bytes(raw[:i] + bytes([raw[i] ^ 0x20]) + raw[i + 1:])
        elif damage == "empty":
            path.write_bytes(b"")
        elif damage == "not ours":
            path.write_text('{"files": {"runware_bindings/registry.py": "import os\\n"}}\n')
        elif damage in ("other key", "bad summary"):
            import hashlib

            data = json.loads(body)
            if damage == "other key":
                data["key"] = "0" * 64
            elif "summary" in data:
                data["summary"]["capabilities"] = "not a list"
            else:
                data["files"] = ["not", "a", "mapping"]
            new = json.dumps(data).encode()
            path.write_bytes(header.split(b" ")[0] + b" " + b" ".join(header.split(b" ")[1:-1]) + b" "
                             + hashlib.sha256(new).hexdigest().encode() + b"\n" + new)
        else:
            path.unlink()
            path.mkdir()
    warm = build(spec, cache=_cache(root))
    assert warm.rendered == len(list((spec / "models").glob("*.yaml")))
    assert warm.files == cold
    if damage != "directory":  # a directory in its place cannot be replaced by a file
        assert build(spec, cache=_cache(root)).rendered == 0


def test_a_directory_without_the_tag_is_neither_read_nor_written(spec: Path, tmp_path: Path) -> None:
    root = tmp_path / "mine"
    root.mkdir()
    (root / "notes.txt").write_text("my notes\n")
    cache, why = Cache.open(root, GENERATOR)
    assert cache is None and why and "is not the generator's cache" in why and str(root) in why
    assert sorted(p.name for p in root.iterdir()) == ["notes.txt"]
    res = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--cache", str(root))
    assert res.returncode == 0, res.stderr
    assert res.stderr == f"warning: {why}\n"
    assert sorted(p.name for p in root.iterdir()) == ["notes.txt"]


def test_a_new_or_empty_directory_becomes_a_tagged_cache(tmp_path: Path) -> None:
    for root in (tmp_path / "new" / "cache", tmp_path / "empty"):
        if root.name == "empty":
            root.mkdir()
        cache, why = Cache.open(root, GENERATOR)
        assert cache is not None and why is None
        assert (root / TAG_NAME).read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
        assert [p.name for p in root.iterdir()] == [TAG_NAME]


def test_the_order_of_completion_changes_nothing(spec: Path, cold: dict[str, str]) -> None:
    def backwards(tasks: list[Task], jobs: int, step: Callable[[], None]) -> Iterator[tuple[int, Outcome]]:
        done = list(run_tasks(tasks, 1, step))
        assert [i for i, _ in done] == list(range(len(tasks)))
        yield from reversed(done)

    assert build(spec, run=backwards).files == cold


def test_the_pool_gives_the_bytes_of_one_process(tmp_path: Path, small: Path, cold: dict[str, str]) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        res = run_cli("generate", "--spec", str(small), "--no-cache", "--jobs", jobs, "--out", str(out))
        assert res.returncode == 0, res.stderr
        outs.append({p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outs[0] == outs[1] == cold


def test_errors_from_the_pool_are_those_of_load_specs(spec: Path, tmp_path: Path) -> None:
    platform = spec / "platform" / "image-inference-request.yaml"
    platform.write_text(platform.read_text().replace("    maximum: 99\n", "    maximum: 99\n    maxItemz: 3\n", 1))
    (spec / "models" / "copy.yaml").write_text(
        (spec / "models" / "gpt-image-2.yaml").read_text().replace("Image 2", "Image 2 copy"))
    with pytest.raises(SpecErrors) as expected:
        load_specs(spec)
    res = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--jobs", "2")
    assert res.returncode == 2
    lines = res.stderr.splitlines()
    assert lines[:-1] == [f"error: {e}" for e in expected.value.errors]
    assert sum("maxItemz" in line for line in lines) == 1, "a broken platform file is reported once"
    assert any("is also used by" in line for line in lines)
    with pytest.raises(SpecErrors) as built:
        build(spec, jobs=2)
    assert [str(e) for e in built.value.errors] == [str(e) for e in expected.value.errors]


def test_a_spec_edited_during_the_run_is_not_cached(spec: Path, tmp_path: Path) -> None:
    platform = spec / "platform" / "image-inference-request.yaml"

    def editing(tasks: list[Task], jobs: int, step: Callable[[], None]) -> Iterator[tuple[int, Outcome]]:
        # After the run's first look at the files, before the models are loaded.
        platform.write_text(platform.read_text().replace("maximum: 99", "maximum: 97", 1))
        yield from run_tasks(tasks, jobs, step)

    build(spec, cache=_cache(tmp_path / "cache"), run=editing)
    # What was rendered came from the edited file, which the run had hashed before the edit: none
    # of it was stored, so the next run renders again instead of trusting it.
    readers = [m for m in (spec / "models").glob("*.yaml") if platform.name in m.read_text()]
    assert build(spec, cache=_cache(tmp_path / "cache")).rendered == len(readers)


def _stderr_on_a_terminal(args: list[str]) -> tuple[int, str]:
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 300)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    return proc.wait(timeout=300), seen.decode()


def test_progress_shows_on_a_terminal_and_nowhere_else(tmp_path: Path, small: Path) -> None:
    out = tmp_path / "out"
    where = ["--spec", str(small), "--out", str(out)]
    code, seen = _stderr_on_a_terminal(["generate", "--no-cache", "--jobs", "2", *where])
    assert code == 0, seen
    n = len(SMALL)
    assert f"\rgenerate: 0/{n} models" in seen and f"\rgenerate: {n}/{n} models" in seen
    assert seen.endswith("\r\x1b[K"), "the progress line is cleared at the end"
    code, seen = _stderr_on_a_terminal(["check", *where])
    assert code == 0 and f"\rcheck: {n}/{n} models" in seen, seen
    for args in (["generate", *where], ["check", *where]):
        res = run_cli(*args)
        assert res.returncode == 0 and res.stderr == "", res.stderr


def test_jobs_must_be_a_positive_number() -> None:
    for bad in ("0", "-1", "two"):
        res = run_cli("generate", "--jobs", bad, "--out", "/nonexistent/never")
        assert res.returncode == 2 and "--jobs" in res.stderr, res.stderr



def _session_members(sid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_bytes().rpartition(b")")[2].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != b"Z":
            out.append(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_a_killed_run_leaves_no_worker_behind(tmp_path: Path) -> None:
    import signal
    import time

    proc = subprocess.Popen([sys.executable, "-m", "generator", "generate", "--no-cache", "--jobs", "2",
                             "--out", str(tmp_path / "out")], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        # The generator, its forkserver and the two workers share the new session.
        deadline = time.monotonic() + 300
        while len(_session_members(proc.pid)) < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before its workers could be seen"
        os.kill(proc.pid, signal.SIGKILL)  # no clean-up: its pool is left to fend for itself
        proc.wait(timeout=60)
        while _session_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = _session_members(proc.pid)
    finally:
        for pid in _session_members(proc.pid):  # so a failure leaves nothing running either
            os.kill(pid, signal.SIGKILL)
    assert left == [], "workers outlived the killed run"


def test_the_cache_may_not_lie_inside_the_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for cache in (out / ".cache", out):
        res = run_cli("generate", "--out", str(out), "--cache", str(cache))
        assert res.returncode == 2 and "is inside the output directory" in res.stderr, res.stderr
        assert not out.exists()
