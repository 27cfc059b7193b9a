"""``generate`` / ``check``: golden output, determinism, atomicity, provenance, mypy --strict."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import GENERATED, ROOT, SPEC, run_cli


def test_committed_output_is_up_to_date() -> None:
    # The committed generated/ tree is the golden output: regenerating must reproduce it exactly.
    res = run_cli("check")
    assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]
    assert "up to date" in res.stdout


def test_output_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / f"out-{seed}"
        # No cache (the second run would take the first one's output) and a pool in one of them.
        res = run_cli("generate", "--no-cache", "--jobs", "1" if seed == "0" else "2", "--out", str(out),
                      env={"PYTHONHASHSEED": seed})
        assert res.returncode == 0, res.stderr
        trees.append({p.relative_to(out).as_posix(): p.read_bytes()
                      for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]
    assert trees[0].keys() == {p.relative_to(GENERATED).as_posix()
                               for p in GENERATED.rglob("*")
                               if p.is_file() and "__pycache__" not in p.parts}


def test_check_reports_a_stale_file_with_a_diff(tmp_path: Path) -> None:
    out = tmp_path / "gen"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    schema = out / "runware_bindings" / "krea_2_medium" / "request.schema.json"
    schema.write_text(schema.read_text().replace('"maximum": 99', '"maximum": 98'))
    (out / "runware_bindings" / "leftover.py").write_text("x = 1\n")
    res = run_cli("check", "--out", str(out))
    assert res.returncode == 1
    assert "request.schema.json (on disk)" in res.stdout
    assert "request.schema.json (expected)" in res.stdout
    lines = res.stdout.splitlines()
    assert any(ln.startswith("-") and '"maximum": 98' in ln for ln in lines)
    assert any(ln.startswith("+") and '"maximum": 99' in ln for ln in lines)
    assert "leftover.py (on disk)" in res.stdout
    assert "stale" in res.stderr


def test_bad_spec_exits_2_and_leaves_output_untouched(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    model = spec / "models" / "krea-2-medium.yaml"
    text = model.read_text()
    assert "          minItems: 1\n" in text
    model.write_text(text.replace("          minItems: 1\n", "          minItems: 1\n          maxItemz: 3\n"))
    out = tmp_path / "gen"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    (out / "runware_bindings" / "registry.py").write_text("# the previous output\n")
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    res = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert res.returncode == 2
    assert "krea-2-medium.yaml" in res.stderr and "maxItemz" in res.stderr
    assert "nothing written" in res.stderr
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before
    assert (out / "runware_bindings" / "registry.py").read_text() == "# the previous output\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gen.")]


def test_missing_spec_dir_exits_2(tmp_path: Path) -> None:
    res = run_cli("generate", "--spec", str(tmp_path / "none"), "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "no models/ directory" in res.stderr
    assert not (tmp_path / "o").exists()


def test_provenance_records_spec_hashes_and_tools() -> None:
    record = json.loads((GENERATED / "PROVENANCE.json").read_text())
    assert "models/krea-2-medium.yaml" in record["specs"]
    assert "platform/image-inference-request.yaml" in record["specs"]
    assert set(record["tools"]) >= {"black", "jinja2"}
    assert record["models"]["krea:krea@2-medium"]["module"] == "krea_2_medium"


def test_exported_schemas_are_valid_2020_12() -> None:
    from jsonschema import Draft202012Validator

    for path in sorted(GENERATED.rglob("*.schema.json")):
        schema = json.loads(path.read_text())
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", path
        Draft202012Validator.check_schema(schema)
        assert "../" not in path.read_text(), f"{path} still has a cross-file $ref"


def test_schema_command_prints_the_bundled_schema() -> None:
    res = run_cli("schema", "krea:krea@2-medium")
    assert res.returncode == 0
    assert json.loads(res.stdout) == json.loads(
        (GENERATED / "runware_bindings/krea_2_medium/request.schema.json").read_text())
    res = run_cli("schema", "krea:krea@2-medium", "--response")
    assert "imageUUID" in json.loads(res.stdout)["properties"]
    res = run_cli("schema", "krea:krea@2-medum")
    assert res.returncode == 2 and "did you mean 'krea:krea@2-medium'" in res.stderr


def test_generated_package_passes_mypy_strict() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generated/runware_bindings"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert res.returncode == 0, res.stdout[-4000:]


def test_the_distribution_version_changes_with_any_spec_or_the_generator(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from packaging.version import Version

    from generator.render import provenance
    from generator.render.build import build
    from generator.render.cache import Cache

    def version(files: dict[str, str]) -> str:
        [line] = [ln for ln in files["pyproject.toml"].splitlines() if ln.startswith("version = ")]
        return line.split('"')[1]

    def rendered(spec: Path) -> dict[str, str]:
        # One cold render, then only what changed (the cache gives the bytes of a cold run:
        # tests/render/test_build.py).
        cache, why = Cache.open(tmp_path / "cache", "test-generator")
        assert cache is not None, why
        return build(spec, cache=cache, jobs=2).files

    committed = (GENERATED / "pyproject.toml").read_text()
    base = version({"pyproject.toml": committed})
    assert str(Version(base)) == base and base.startswith(provenance.__version__ + "+")
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    assert version(rendered(spec)) == base  # where the specs lie is no part of it
    # A spec change that leaves the output as it is (an overlay) still changes the version.
    overlay = spec / "overlays" / "krea-2-medium.yaml"
    overlay.write_text(overlay.read_text() + "# a note\n")
    changed_spec = version(rendered(spec))
    monkeypatch.setattr(provenance, "__version__", "0.2.0")
    changed_generator = version(rendered(SPEC))
    assert len({base, changed_spec, changed_generator}) == 3
    assert changed_generator.startswith("0.2.0+")
