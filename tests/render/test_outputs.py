"""``generate --out``: what it may replace, atomicity under a kill, and clean-up after one."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.render.outputs import UnsafeOutput, check_owned_file, write_owned_file, write_tree
from generator.runtime.atomicfile import sweep, temp_path, write_file
from tests.helpers import ROOT, SPEC, run_cli


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "out"
    res = run_cli("generate", "--out", str(out))
    assert res.returncode == 0, res.stderr
    return out


def test_refuses_a_checkout_and_keeps_every_file(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (repo / "notes.txt").write_text("uncommitted work\n")
    before = _tree(repo)
    for cwd, out in ((repo, "."), (ROOT, str(repo))):
        res = run_cli("generate", "--spec", str(SPEC), "--out", out, cwd=cwd)
        assert res.returncode == 2, res.stderr
        assert "nothing written" in res.stderr
        assert _tree(repo) == before
    assert "notes.txt" in res.stderr and "PROVENANCE.json" in res.stderr


def test_refuses_the_spec_directory_and_anything_overlapping_it(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    before = _tree(spec)
    for out in (spec, spec / "models", tmp_path):
        res = run_cli("generate", "--spec", str(spec), "--out", str(out))
        assert res.returncode == 2 and "overlap" in res.stderr, res.stderr
    assert _tree(spec) == before


def test_refuses_a_file_it_did_not_list_even_inside_its_own_tree(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    mine = out / "runware_bindings" / "my_extension.py"
    mine.write_text("x = 1\n")
    res = run_cli("generate", "--out", str(out))
    assert res.returncode == 2
    assert "runware_bindings/my_extension.py" in res.stderr
    assert mine.read_text() == "x = 1\n"


def test_replaces_its_own_tree_empty_dirs_and_caches(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    (out / "runware_bindings" / "__pycache__").mkdir(exist_ok=True)
    (out / "runware_bindings" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (out / "runware_bindings" / "registry.py").write_text("# edited by hand\n")
    assert run_cli("generate", "--out", str(out)).returncode == 0
    assert _tree(out) == _tree(generated_once)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("generate", "--out", str(empty)).returncode == 0
    assert _tree(empty) == _tree(generated_once)


def test_provenance_lists_every_file(generated_once: Path) -> None:
    record = json.loads((generated_once / "PROVENANCE.json").read_text())
    assert record["files"] == sorted(_tree(generated_once))


def test_refuses_a_foreign_provenance_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "PROVENANCE.json").write_text('{"something": "else"}\n')
    res = run_cli("generate", "--out", str(out))
    assert res.returncode == 2 and "no PROVENANCE.json of the generator's" in res.stderr
    assert _tree(out) == {"PROVENANCE.json": b'{"something": "else"}\n'}


def test_output_files_follow_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"PROVENANCE.json": "{}\n", "pkg/a.py": "x = 1\n"}, spec_dir=SPEC)
    old = os.umask(0o022)
    os.umask(old)
    assert stat.S_IMODE(os.stat(out / "pkg" / "a.py").st_mode) == 0o666 & ~old
    assert stat.S_IMODE(os.stat(out / "pkg").st_mode) == 0o777 & ~old
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o777 & ~old


# A run killed (SIGKILL, no clean-up) at each filesystem step of the swap: before the new tree is
# complete (each file written or linked is a step), at the exchange, and while the old tree is
# being removed.
KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    import generator.render.outputs as outputs
    from generator.cli import main
    target, when = sys.argv[1], int(sys.argv[2])
    calls = {"n": 0}
    def killing(fn):
        def wrapper(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == when:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*args, **kwargs)
        return wrapper
    outputs.create_file = killing(outputs.create_file)
    outputs._link = killing(outputs._link)  # an unchanged file is linked from the old tree instead
    outputs.exchange = killing(outputs.exchange)
    outputs.shutil.rmtree = killing(outputs.shutil.rmtree)
    sys.exit(main(["generate", "--out", target]))
""")


@pytest.mark.parametrize("when", [1, 20, "exchange", "rmtree"])
def test_a_killed_run_leaves_a_complete_tree_and_the_next_run_cleans_up(
        generated_once: Path, tmp_path: Path, when: int | str) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    marker = out / "runware_bindings" / "registry.py"
    marker.write_text("# the old tree\n")
    old = _tree(out)
    n_files = len(old)
    step = {"exchange": n_files + 1, "rmtree": n_files + 2}.get(str(when), when)
    res = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(out), str(step)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, check=False)
    assert res.returncode == -signal.SIGKILL, res.stderr
    after = _tree(out)
    assert after in (old, _tree(generated_once)), "the output holds a partial tree"
    assert after == (old if when != "rmtree" else _tree(generated_once))
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert leftovers, "the kill should have left a staging directory to clean up"
    assert run_cli("generate", "--out", str(out)).returncode == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert _tree(out) == _tree(generated_once)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_killed_at_the_exchange_syscall_under_strace(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    res = subprocess.run(
        ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "inject=renameat2:signal=KILL:when=1",
         sys.executable, "-m", "generator", "generate", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    if "ptrace" in res.stderr:
        pytest.skip("ptrace is not permitted here")
    assert res.returncode != 0
    assert _tree(out) == _tree(generated_once)


def test_sweep_removes_only_dead_writers_temporaries(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".x.yaml.tmp-{dead.pid}-0123abcd"
    stale.write_text("half")
    live = temp_path(target)
    live.write_text("in progress")
    other = tmp_path / ".x.yaml.swp"
    other.write_text("an editor's")
    assert sweep(target) == [stale]
    assert live.exists() and other.exists() and not stale.exists()


def test_write_file_keeps_permissions_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_owned_files_are_the_only_ones_replaced(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine.py", tmp_path / "theirs.py"
    mine.write_text('"""Standalone validator, old\n')
    theirs.write_text("important = True\n")
    write_owned_file(mine, '"""Standalone validator, new\n', '"""Standalone validator', "compile")
    assert mine.read_text().endswith("new\n")
    with pytest.raises(UnsafeOutput, match="was not written by compile"):
        write_owned_file(theirs, "x", '"""Standalone validator', "compile")
    assert theirs.read_text() == "important = True\n"
    with pytest.raises(UnsafeOutput, match="is a directory"):
        check_owned_file(tmp_path, "x", "compile")
    with pytest.raises(UnsafeOutput, match="no such directory"):
        write_owned_file(tmp_path / "missing" / "x.py", "x", "x", "compile")


def test_compile_refuses_to_overwrite_a_file_it_did_not_write(tmp_path: Path) -> None:
    schema = tmp_path / "s.json"
    schema.write_text('{"type": "integer"}')
    target = tmp_path / "app.py"
    target.write_text("print('my program')\n")
    res = run_cli("compile", str(schema), "-o", str(target))
    assert res.returncode == 2 and "was not written by `compile`" in res.stderr
    assert target.read_text() == "print('my program')\n"
    fresh = tmp_path / "v.py"
    assert run_cli("compile", str(schema), "-o", str(fresh)).returncode == 0
    assert run_cli("compile", str(schema), "-o", str(fresh)).returncode == 0  # its own: replaced


def _inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in sorted(root.rglob("*")) if p.is_file()}


def test_unchanged_files_are_not_written_again(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    edited = out / "runware_bindings" / "registry.py"
    edited.write_text("# edited by hand\n")
    before = _inodes(out)
    assert run_cli("generate", "--out", str(out)).returncode == 0
    after = _inodes(out)
    assert _tree(out) == _tree(generated_once)
    changed = sorted(rel for rel in after if after[rel] != before.get(rel))
    assert changed == ["runware_bindings/registry.py"]


BUILT = {"dist/runware_bindings-0.1.0-py3-none-any.whl": b"PK\x03\x04 a wheel",
         "dist/runware_bindings-0.1.0.tar.gz": b"\x1f\x8b an sdist",
         "build/lib/runware_bindings/__init__.py": b"# a build's copy\n",
         "runware_bindings.egg-info/PKG-INFO": b"Metadata-Version: 2.1\n"}


def test_build_artefacts_are_kept_and_not_compared(generated_once: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    for rel, data in BUILT.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    (out / "dist" / "runware_bindings-0.1.0.tar.gz").chmod(0o600)
    res = run_cli("check", "--out", str(out))
    assert res.returncode == 0 and "up to date" in res.stdout, res.stdout + res.stderr
    (out / "runware_bindings" / "registry.py").write_text("# stale\n")
    res = run_cli("generate", "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert _tree(out) == {**_tree(generated_once), **BUILT}
    assert stat.S_IMODE(os.stat(out / "dist" / "runware_bindings-0.1.0.tar.gz").st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    # Only the build directories at the top: the same names deeper down are the user's files.
    (out / "runware_bindings" / "dist").mkdir()
    (out / "runware_bindings" / "dist" / "x.txt").write_text("mine\n")
    res = run_cli("generate", "--out", str(out))
    assert res.returncode == 2 and "runware_bindings/dist/x.txt" in res.stderr


@pytest.mark.parametrize("kind", ["file", "symlink"])
def test_a_dist_that_is_not_a_directory_is_refused(generated_once: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated_once, out)
    if kind == "file":
        (out / "dist").write_text("not a build\n")
    else:
        (tmp_path / "elsewhere").mkdir()
        (out / "dist").symlink_to(tmp_path / "elsewhere")
    res = run_cli("generate", "--out", str(out))
    assert res.returncode == 2 and "dist" in res.stderr, res.stderr
    assert (out / "dist").exists()
