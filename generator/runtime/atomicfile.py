"""Atomic file replacement: a reader, or a writer killed half-way, sees the old file or the new one.

A temporary file is written beside the target and renamed over it. Its name carries the writer's
process id (``.<name>.tmp-<pid>-<hex>``), so the next write to the same target removes what a
killed writer left behind, and nothing else: entries whose writer is still running are kept.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
from pathlib import Path

__all__ = ["create_file", "fsync_dir", "sweep", "temp_path", "write_file"]

_TAG = ".tmp-"


def temp_path(target: Path) -> Path:
    """A fresh temporary name beside ``target`` that :func:`sweep` recognises."""
    return target.with_name(f".{target.name}{_TAG}{os.getpid()}-{secrets.token_hex(4)}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process, or a pid we cannot judge: leave its files alone
    return True


def sweep(target: Path) -> list[Path]:
    """Remove the temporaries that killed writes to ``target`` left behind; return what went."""
    pattern = re.compile(rf"\.{re.escape(target.name)}{re.escape(_TAG)}(\d+)-[0-9a-f]{{8}}\Z")
    removed: list[Path] = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None or _alive(int(match[1])):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except FileNotFoundError:
            pass  # another run swept it first
        except OSError:
            continue
        removed.append(entry)
    return removed


def fsync_dir(directory: Path) -> None:
    """Make a rename inside ``directory`` durable (best effort: not every platform allows it)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def create_file(path: Path, data: bytes) -> None:
    """Write a new file with the permissions the umask gives (never an existing one)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def write_file(target: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``target`` with ``data`` atomically; an existing file keeps its permissions."""
    path = Path(target)
    sweep(path)
    tmp = temp_path(path)
    try:
        create_file(tmp, data)
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            pass
        else:
            if stat.S_ISREG(mode):
                os.chmod(tmp, stat.S_IMODE(mode))
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path
