"""A plain (non-editable) install works: the wheel holds every module of the tree, and the installed
copy runs from outside the checkout.

Offline: the wheel is built with the dev venv's setuptools (no build isolation), and the fresh venv
(no system site-packages) gets its dependencies from the dev venv's site-packages through a .pth
file, which appends that directory after the venv's own site-packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT, VALID_KREA

# Where each source directory lands in the wheel (pyproject.toml's package discovery).
TREES = {ROOT / "generator": "generator", ROOT / "generated" / "runware_bindings": "runware_bindings"}
SHIPPED = {".py", ".jinja", ".json", ".yaml"}


def _expected_files() -> set[str]:
    out: set[str] = set()
    for source, target in TREES.items():
        for path in source.rglob("*"):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            if path.suffix in SHIPPED or path.name == "py.typed":
                out.add(f"{target}/{path.relative_to(source).as_posix()}")
    return out


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Build from a copy, so the build's own files (build/, *.egg-info) never land in the checkout.
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generator", src / "generator", ignore=ignore)
    shutil.copytree(ROOT / "generated", src / "generated", ignore=ignore)
    out = tmp_path_factory.mktemp("wheel")
    res = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
               "--no-index", "--quiet", "-w", out, src, cwd=src)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "warning" not in (res.stdout + res.stderr).lower(), res.stdout + res.stderr
    [built] = out.glob("*.whl")
    return built


def test_wheel_holds_every_module_of_the_tree(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = _expected_files()
    # The tree really has the parts a too-short package list used to leave out.
    for part in ("runware_bindings/_runtime/validation.py", "runware_bindings/krea_2_medium/validator.py",
                 "generator/compiler/__init__.py", "generator/diff/__init__.py",
                 "generator/ingest/__init__.py", "generator/server/__init__.py",
                 "generator/runtime/validation.py", "generator/templates/model/validator.py.jinja"):
        assert part in expected, part
    assert sorted(expected - names) == []
    stray = sorted(n for n in names - expected if ".dist-info/" not in n)
    assert stray == []


def test_installed_wheel_runs_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    res = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    python = venv / "bin" / "python"
    res = _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
               "--no-index", wheel, cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).stdout.strip())
    (site / "dev-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "task.json").write_text(json.dumps(VALID_KREA))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}

    res = _run(python, "-c", "import generator, runware_bindings; print(generator.__file__); "
               "print(runware_bindings.__file__); print(runware_bindings.validate({}) != [])",
               cwd=elsewhere, env=env)
    assert res.returncode == 0, res.stderr
    gen_file, bindings_file, rejects = res.stdout.split()
    assert Path(gen_file).is_relative_to(venv) and Path(bindings_file).is_relative_to(venv)
    assert rejects == "True"

    res = _run(python, "-m", "generator", "--help", cwd=elsewhere, env=env)
    assert res.returncode == 0 and "validate" in res.stdout, res.stderr
    res = _run(python, "-m", "generator", "validate", "task.json", cwd=elsewhere, env=env)
    assert (res.returncode, res.stdout) == (0, "task.json: valid\n"), res.stderr
    # The installed generator finds its own templates and runtime files.
    res = _run(python, "-m", "generator", "generate", "--spec", ROOT / "spec", "--out", "out",
               cwd=elsewhere, env=env)
    assert res.returncode == 0, res.stderr
    assert (elsewhere / "out" / "runware_bindings" / "_runtime" / "validation.py").is_file()
