"""Writes rendered files atomically, or compares them with what is on disk.

A run either replaces the whole output directory or leaves it exactly as it was: files are written
into a fresh sibling directory which is then swapped in with renames.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path

IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache"}


def existing_files(out_dir: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    if not out_dir.is_dir():
        return found
    for path in sorted(out_dir.rglob("*")):
        if path.is_dir() or IGNORED_DIRS.intersection(path.relative_to(out_dir).parts):
            continue
        if path.suffix == ".pyc":
            continue
        rel = path.relative_to(out_dir).as_posix()
        try:
            found[rel] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            found[rel] = "<binary file>\n"
    return found


def write_tree(out_dir: Path, files: dict[str, str]) -> None:
    """Replace ``out_dir`` with exactly ``files``; on any failure ``out_dir`` is left untouched."""
    out_dir = out_dir.resolve()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        for rel, content in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    retired = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        os.replace(out_dir, retired)
    try:
        os.replace(staging, out_dir)
    except BaseException:
        if retired.exists():
            os.replace(retired, out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def stale_diff(out_dir: Path, files: dict[str, str], label: str) -> str:
    """A unified diff from what is on disk to what the specs produce ("" when up to date)."""
    on_disk = existing_files(out_dir)
    chunks: list[str] = []
    for rel in sorted(set(on_disk) | set(files)):
        old, new = on_disk.get(rel), files.get(rel)
        if old == new:
            continue
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"{label}/{rel} (on disk)" if old is not None else "/dev/null",
                tofile=f"{label}/{rel} (expected)" if new is not None else "/dev/null",
            )
        )
        if chunks and not chunks[-1].endswith("\n"):
            chunks[-1] += "\n\\ No newline at end of file\n"
    return "".join(chunks)
