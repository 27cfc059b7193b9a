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
import tarfile
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


# -- The bindings as a distribution of their own: generated/pyproject.toml --------------------------

BINDINGS = ROOT / "generated"
DEV_SITE = Path(sysconfig.get_paths()["purelib"])


def _tree_state(root: Path) -> dict[str, bytes]:
    """Every file (with its bytes) and every directory (as b"<dir>") below ``root``."""
    return {p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else b"<dir>"
            for p in sorted(root.rglob("*")) if "__pycache__" not in p.parts}


def _bare_venv(path: Path) -> Path:
    """A venv with nothing in it: no pip, no httpx, no generator, no dev packages."""
    res = _run(sys.executable, "-m", "venv", "--without-pip", path, cwd=path.parent)
    assert res.returncode == 0, res.stderr
    return path / "bin" / "python"


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, **extra}


@pytest.fixture(scope="module")
def bindings_src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of generated/ (as a user has it: caches aside)."""
    src = tmp_path_factory.mktemp("bindings") / "generated"
    shutil.copytree(BINDINGS, src, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return src


@pytest.fixture(scope="module")
def flit_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding only the build backend, for building in a bare venv offline."""
    import flit_core

    out = tmp_path_factory.mktemp("flit-only")
    shutil.copytree(Path(flit_core.__file__).parent, out / "flit_core",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return out


@pytest.fixture(scope="module")
def bindings_dists(bindings_src: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist, and the wheel built from it (``python -m build``), made outside the tree."""
    before = _tree_state(bindings_src)
    out = tmp_path_factory.mktemp("bindings-dist")
    res = _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, bindings_src,
               cwd=out)
    assert res.returncode == 0, res.stdout + res.stderr
    assert _tree_state(bindings_src) == before, "building wrote into the tree"
    [wheel] = out.glob("*.whl")
    [sdist] = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_the_bindings_metadata(bindings_dists: dict[str, Path]) -> None:
    from packaging.version import Version

    wheel = zipfile.ZipFile(bindings_dists["wheel"])
    [meta_name] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    meta = wheel.read(meta_name).decode()
    headers = [line for line in meta.splitlines() if ": " in line]
    version = next(h.split(": ", 1)[1] for h in headers if h.startswith("Version: "))
    assert str(Version(version)) == version  # PEP 440, in its normal form
    assert "Name: runware-bindings" in headers
    assert "Requires-Python: >=3.10" in headers
    assert "License-Expression: MIT" in headers
    assert not [h for h in headers if h.startswith("Requires-Dist:") and "extra ==" not in h], \
        "the bindings need nothing outside the standard library"
    assert 'Requires-Dist: httpx>=0.27,<1 ; extra == "client"' in headers
    assert "Provides-Extra: client" in headers
    names = set(wheel.namelist())
    assert {"runware_bindings/py.typed", "runware_bindings/__main__.py",
            "runware_bindings/krea_2_medium/request.schema.json"} <= names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    shipped = {n for n in names if ".dist-info/" not in n}
    assert shipped == {rel for rel, data in _tree_state(BINDINGS).items()
                       if rel.startswith("runware_bindings/") and data != b"<dir>"}
    with tarfile.open(bindings_dists["sdist"]) as tar:
        members = {m.name.split("/", 1)[1] for m in tar.getmembers() if "/" in m.name}
    assert {"pyproject.toml", "PROVENANCE.json", "runware_bindings/__init__.py"} <= members


TASK_OK = json.dumps(VALID_KREA)
TASK_BAD = json.dumps({**VALID_KREA, "width": 1000, "outputQualty": 90})


def _check_bare(python: Path, where: Path) -> None:
    """What a user without httpx and without the generator has, in a bare venv."""
    env = _clean_env()
    (where / "ok.json").write_text(TASK_OK)
    (where / "bad.jsonl").write_text(TASK_OK + "\n" + TASK_BAD + "\n")
    res = _run(python, "-c", "import sys, runware_bindings as rb; "
               "print(rb.__file__); print(rb.validate(" + TASK_OK.replace("true", "True") + ")); "
               "print(sorted(m for m in ('httpx', 'generator') if m in sys.modules))",
               cwd=where, env=env)
    assert res.returncode == 0, res.stderr
    file, errors, loaded = res.stdout.splitlines()
    assert Path(file).is_relative_to(python.parent.parent) and errors == "[]" and loaded == "[]"
    for probe in ("import httpx", "import generator"):
        assert _run(python, "-c", probe, cwd=where, env=env).returncode == 1, probe
    for statement in ("from runware_bindings import Runware", "import runware_bindings.client",
                      "from runware_bindings.krea_2_medium.client import build_task"):
        res = _run(python, "-c", statement, cwd=where, env=env)
        assert res.returncode == 1, statement
        last = res.stderr.strip().splitlines()[-1]
        assert last == ("ModuleNotFoundError: the Runware client needs httpx, which is not installed: "
                        "pip install 'runware-bindings[client]'"), (statement, res.stderr)
    # Names that need no httpx load lazily too.
    res = _run(python, "-c", "from runware_bindings import InvalidRequestError, RetryPolicy; print('ok')",
               cwd=where, env=env)
    assert res.stdout == "ok\n", res.stderr
    # The bindings' own validate, as the generator's (same output, same exit statuses).
    for args, code in ((["ok.json"], 0), (["bad.jsonl"], 1), (["--format", "json", "bad.jsonl"], 1),
                       (["missing.json"], 2)):
        mine = _run(python, "-m", "runware_bindings", "validate", *args, cwd=where, env=env)
        theirs = _run(sys.executable, "-m", "generator", "validate", *args, cwd=where)
        assert (mine.returncode, mine.stdout, mine.stderr) == (code, theirs.stdout, theirs.stderr), args
        assert theirs.returncode == code


def test_pip_install_of_the_directory_works_in_a_bare_venv(bindings_src: Path, flit_only: Path,
                                                            tmp_path: Path) -> None:
    python = _bare_venv(tmp_path / "venv")
    before = _tree_state(bindings_src)
    # The backend comes from PYTHONPATH for the build only: the venv itself stays bare.
    res = _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-index",
               "--no-build-isolation", bindings_src, cwd=tmp_path, env=_clean_env(PYTHONPATH=str(flit_only)))
    assert res.returncode == 0, res.stdout + res.stderr
    assert _tree_state(bindings_src) == before, "pip install wrote into the tree"
    _check_bare(python, tmp_path)

    # mypy pointed at that venv sees the types, the lazily loaded client's included.
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from runware_bindings import Runware, ValidationError, validate\n"
        "from runware_bindings.krea_2_medium.types import Krea2MediumRequest\n"
        "errors: list[ValidationError] = validate({})\n"
        "count: int = validate({})\n"  # line 4: a list is not an int
        "client = Runware('key')\n"
        "client.krea_2_medium.generate(positive_prompt=1, width=1024, height=1024)\n"  # line 6
        "task: Krea2MediumRequest = {'taskType': 'imageInference'}\n"  # line 7: keys missing
    )
    res = _run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable",
               python, snippet, cwd=tmp_path, env=_clean_env())
    errors = [line for line in res.stdout.splitlines() if ": error:" in line]
    assert [int(line.split(":")[1]) for line in errors] == [4, 6, 7], res.stdout
    assert "import-not-found" not in res.stdout and "import-untyped" not in res.stdout


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_the_wheel_and_the_sdist_install_in_a_bare_venv(bindings_dists: dict[str, Path], flit_only: Path,
                                                        tmp_path: Path, kind: str) -> None:
    python = _bare_venv(tmp_path / "venv")
    res = _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-index",
               "--no-build-isolation", bindings_dists[kind], cwd=tmp_path,
               env=_clean_env(PYTHONPATH=str(flit_only)))
    assert res.returncode == 0, res.stdout + res.stderr
    _check_bare(python, tmp_path)


def test_with_httpx_the_installed_client_works(bindings_dists: dict[str, Path], tmp_path: Path) -> None:
    python = _bare_venv(tmp_path / "venv")
    res = _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
               "--no-index", bindings_dists["wheel"], cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                     cwd=tmp_path).stdout.strip())
    (site / "dev-dependencies.pth").write_text(str(DEV_SITE) + "\n")  # httpx, as the extra brings it
    res = _run(python, "-c", "import runware_bindings as rb; from runware_bindings import Runware; "
               "c = Runware('k', base_url='http://127.0.0.1:9/v1'); print(type(c.krea_2_medium).__name__); "
               "print(rb.__file__)", cwd=tmp_path, env=_clean_env())
    assert res.returncode == 0, res.stderr
    name, file = res.stdout.split()
    assert name == "Krea2Medium" and Path(file).is_relative_to(tmp_path / "venv")
