"""Writes rendered files atomically, or compares them with what is on disk.

The output directory is replaced only when the generator wrote it (its ``PROVENANCE.json`` lists
every file it holds) or when it is empty or absent; anything else is refused before a byte is
written. The new tree is built in a sibling directory and swapped in with one atomic exchange, so
at every instant the output path holds a complete tree, old or new: files that did not change are
hard links to the old tree's (no rewrite), and build artefacts (dist/, build/, *.egg-info/) are
carried over as they are. Files written one by one (``ingest -o``, ``compile -o``) are replaced
only when they carry the writer's header line.
"""

from __future__ import annotations

import ctypes
import difflib
import errno
import json
import os
import shutil
import sys
from pathlib import Path

from ..runtime.atomicfile import create_file, fsync_dir, sweep, temp_path, write_file
from .provenance import FILENAME as PROVENANCE
from .provenance import is_provenance

# Caches that tools drop into any Python tree; they are not the user's work and are discarded.
CACHE_DIRS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})

# What building the bindings' distribution leaves at the top of the tree (``python -m build``
# writes dist/; setuptools-style tools build/ and *.egg-info/). They are the user's: never listed
# as the generator's, never a reason to refuse, never compared by ``check``, and carried over
# unchanged into every new tree (hard links where the filesystem has them, else copies).
BUILD_ARTEFACTS = frozenset({"dist", "build"})


class UnsafeOutput(Exception):
    """The target holds something the generator did not write; nothing was touched."""


def _is_cache(rel: Path) -> bool:
    return bool(CACHE_DIRS.intersection(rel.parts)) or rel.suffix == ".pyc"


def _is_artefact_name(name: str) -> bool:
    return name in BUILD_ARTEFACTS or name.endswith(".egg-info")


def build_artefacts(out_dir: Path) -> list[Path]:
    """The build artefact directories at the top of ``out_dir`` (real directories, not links)."""
    try:
        entries = sorted(out_dir.iterdir())
    except OSError:
        return []
    return [p for p in entries if _is_artefact_name(p.name) and p.is_dir() and not p.is_symlink()]


def _skipped(out_dir: Path) -> set[Path]:
    return set(build_artefacts(out_dir))


def existing_files(out_dir: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    if not out_dir.is_dir():
        return found
    artefacts = _skipped(out_dir)
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir)
        if path.is_dir() or _is_cache(rel) or out_dir / rel.parts[0] in artefacts:
            continue
        try:
            found[rel.as_posix()] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            found[rel.as_posix()] = "<binary file>\n"
    return found


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _foreign(out_dir: Path) -> tuple[list[str], str]:
    """Files in ``out_dir`` that no provenance record of ours lists (caches aside), and why."""
    record_path = out_dir / PROVENANCE
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        record = None
    listed: set[str] | None = None
    if not is_provenance(record):
        why = "it has no PROVENANCE.json of the generator's"
        return [p.relative_to(out_dir).as_posix() for p in sorted(out_dir.iterdir())], why
    assert isinstance(record, dict)
    files = record.get("files")
    # Records written before the file list existed: the package and the record were all.
    listed = {f for f in files if isinstance(f, str)} if isinstance(files, list) else None
    out: list[str] = []
    artefacts = _skipped(out_dir)
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir)
        if _is_cache(rel) or (path.is_dir() and not path.is_symlink()) or out_dir / rel.parts[0] in artefacts:
            continue
        name = rel.as_posix()
        ours = name in listed if listed is not None else (
            name == PROVENANCE or rel.parts[0] == "runware_bindings")
        if not ours or path.is_symlink():
            out.append(name)
    return out, f"its {PROVENANCE} does not list them"


def check_replaceable(out_dir: Path, spec_dir: Path) -> None:
    """Raise :class:`UnsafeOutput` unless replacing ``out_dir`` can lose nothing of the user's."""
    out = out_dir.resolve()
    spec = spec_dir.resolve()
    if _inside(spec, out) or _inside(out, spec):
        raise UnsafeOutput(f"{out_dir} and the spec directory {spec_dir} overlap; "
                           "choose an output directory outside the specs")
    if _inside(Path.cwd().resolve(), out):
        raise UnsafeOutput(f"{out_dir} is the current directory or holds it; choose a directory "
                           "of its own (the default is generated/)")
    if not out.exists():
        return
    if not out.is_dir():
        raise UnsafeOutput(f"{out_dir} exists and is not a directory")
    try:
        empty = next(out.iterdir(), None) is None
    except OSError as exc:
        raise UnsafeOutput(f"{out_dir}: cannot list it: {exc.strerror or exc}") from None
    if empty:
        return
    foreign, why = _foreign(out)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise UnsafeOutput(
            f"{out_dir} holds what the generator did not write ({shown}: {why}); it replaces only "
            "a directory it generated itself, an empty one or a new one. Move those away or "
            "choose another --out")


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step; False where the platform cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    fa, fb = os.fsencode(a), os.fsencode(b)
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        fn = libc.renameat2
        fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        at_fdcwd, rename_exchange = -100, 2
        rc = fn(at_fdcwd, fa, at_fdcwd, fb, rename_exchange)
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        fn = libc.renamex_np
        fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        rc = fn(fa, fb, 0x2)  # RENAME_SWAP
    else:
        return False
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # e.g. a filesystem without exchange support
    raise OSError(err, os.strerror(err), str(a), None, str(b))


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _same_file(path: Path, data: bytes) -> bool:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _populate(staging: Path, files: dict[str, str], old: Path | None) -> None:
    """The new tree in ``staging``: a file the old tree already holds byte for byte is linked
    from it (written and made durable before), every other one is written."""
    os.mkdir(staging)
    for rel, content in files.items():
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8")
        if old is not None and _same_file(old / rel, data):
            try:
                _link(old / rel, target)
                continue
            except OSError:
                pass  # no hard links here: write it
        create_file(target, data)
    if old is not None:
        for artefact in build_artefacts(old):
            shutil.copytree(artefact, staging / artefact.name, symlinks=True,
                            copy_function=_link_or_copy)


def _link(source: Path, target: Path) -> None:
    os.link(source, target, follow_symlinks=False)


def write_tree(out_dir: Path, files: dict[str, str], *, spec_dir: Path) -> None:
    """Replace ``out_dir`` with exactly ``files``; on any failure ``out_dir`` is left untouched."""
    check_replaceable(out_dir, spec_dir)
    out = out_dir.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    sweep(out)
    staging = temp_path(out)
    assert not any(_is_artefact_name(rel.split("/", 1)[0]) for rel in files), "a build artefact name"
    try:
        _populate(staging, files, out if out.is_dir() else None)
        if not out.exists():
            os.rename(staging, out)
        elif not exchange(staging, out):
            # No atomic exchange here: two renames, with a short window in which out is absent.
            retired = temp_path(out)
            os.rename(out, retired)
            try:
                os.rename(staging, out)
            except BaseException:
                os.rename(retired, out)
                raise
            staging = retired
    finally:
        # After the exchange the staging name holds the old tree; before it, a partial new one.
        shutil.rmtree(staging, ignore_errors=True)
    fsync_dir(out.parent)


def check_owned_file(target: Path, header: str, writer: str) -> None:
    """Raise :class:`UnsafeOutput` unless ``target`` is absent or starts with ``header``."""
    try:
        with open(target, "rb") as fh:
            head = fh.read(len(header.encode("utf-8")))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise UnsafeOutput(f"{target} is a directory") from None
    except OSError as exc:
        raise UnsafeOutput(f"{target}: cannot read it to see who wrote it: "
                           f"{exc.strerror or exc}") from None
    if head != header.encode("utf-8"):
        raise UnsafeOutput(f"{target} exists and was not written by {writer} (its first line is "
                           "not the header it writes); remove it or choose another output file")


def write_owned_file(target: Path, text: str, header: str, writer: str) -> None:
    """Atomically replace a file only ``writer`` writes (see :func:`check_owned_file`)."""
    check_owned_file(target, header, writer)
    if not target.parent.is_dir():
        raise UnsafeOutput(f"{target}: no such directory {target.parent}")
    write_file(target, text.encode("utf-8"))


def put_back(before: dict[Path, bytes | None]) -> None:
    """Undo a series of writes: each file back to the bytes it had (None: it did not exist)."""
    for path, data in before.items():
        if data is None:
            path.unlink(missing_ok=True)
        else:
            write_file(path, data)


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
