"""The render cache: what a model's spec produced last time, so an unchanged model is not rendered
again. Every entry is checked before use, and one that fails a check is ignored (and replaced).

Where: ``<project>/.cache/runware-bindings-generator/`` by default, the project being the spec
directory's parent (``spec/`` and ``generated/`` sit side by side there); never inside the output,
so it cannot be mistaken for output. The directory carries a ``CACHEDIR.TAG`` (backup tools skip
it); a directory that exists without the generator's tag is someone else's and is neither read nor
written.

Keys: an entry is found by the generator's fingerprint (every source file of the generator, its
templates and runtime, and the versions of black, Jinja2, PyYAML, jsonschema and Python), the
model file's path in the spec directory and its bytes. It is used only if every other file the
model was loaded from (its platform files) still has the bytes it had: so an entry is reused
exactly when the spec, the platform files it reads and the generator are unchanged.

Trust: an entry is a header line (format and the sha256 of the body) and a JSON body naming its
own key. A torn, truncated, edited or foreign file fails one of these checks and counts as absent.
Writes are atomic (a temporary renamed into place) but not fsynced: a cache may lose an entry to a
crash, never serve a wrong one.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sys
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..runtime.atomicfile import sweep, temp_path
from ..spec.model import Delivery, Facts, ModelSpec, Partial

FORMAT = "runware-bindings-generator cache 1"
TAG_NAME = "CACHEDIR.TAG"
TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
       "# The render cache of runware-bindings-generator (python -m generator generate / check).\n"
       "# Safe to delete. See https://bford.info/cachedir/ about cache directory tags.\n")
GENERATOR_DIR = Path(__file__).resolve().parent.parent
_SOURCE_SUFFIXES = {".py", ".jinja", ".json", ".yaml"}
_TOOLS = ("black", "jinja2", "pyyaml", "jsonschema")


def default_dir(spec_dir: Path) -> Path:
    return spec_dir.resolve().parent / ".cache" / "runware-bindings-generator"


def fingerprint() -> str:
    """What the generator is: its own files and the tools whose behaviour shapes the output."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR_DIR.rglob("*")):
        if path.suffix in _SOURCE_SUFFIXES and "__pycache__" not in path.parts and path.is_file():
            digest.update(path.relative_to(GENERATOR_DIR).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for tool in _TOOLS:
        try:
            digest.update(f"{tool}={version(tool)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{tool}=?\0".encode())
    digest.update(f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_clean(value: object) -> bool:
    """Whether ``value`` comes back from JSON exactly as it is (types included)."""
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_json_clean(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_clean(v) for k, v in value.items())
    return False


class Sources:
    """Paths as an entry records them (relative to the spec directory when inside it), and the
    sha256 of each file's bytes, read once per run."""

    def __init__(self, spec_dir: Path) -> None:
        self.spec_dir = spec_dir.resolve()
        self._hashes: dict[Path, str | None] = {}

    def name(self, path: Path) -> str:
        path = path.resolve()
        return path.relative_to(self.spec_dir).as_posix() if path.is_relative_to(self.spec_dir) \
            else str(path)

    def path(self, name: str) -> Path:
        return self.spec_dir / name if not os.path.isabs(name) else Path(name)

    def digest(self, path: Path) -> str | None:
        path = path.resolve()
        if path not in self._hashes:
            try:
                self._hashes[path] = _sha(path.read_bytes())
            except OSError:
                self._hashes[path] = None
        return self._hashes[path]

    def snapshot(self, spec_dir: Path) -> None:
        """Hash every file of the spec directory now, before anything reads it."""
        for path in sorted(spec_dir.rglob("*.yaml")):
            self.digest(path)

    def record(self, paths: Iterable[Path]) -> dict[str, str] | None:
        """The hashes to store for a model loaded from ``paths``: None unless each file was
        hashed before the load (:meth:`snapshot`) and still has those bytes."""
        out: dict[str, str] = {}
        for path in paths:
            path = path.resolve()
            before = self._hashes.get(path)
            try:
                now = _sha(path.read_bytes())
            except OSError:
                return None
            if before is None or before != now:
                return None
            out[self.name(path)] = now
        return out

    def unchanged(self, recorded: object) -> bool:
        return isinstance(recorded, dict) and bool(recorded) and all(
            isinstance(name, str) and isinstance(digest, str)
            and self.digest(self.path(name)) == digest for name, digest in recorded.items())


def encode_summary(model: ModelSpec, sources: Sources) -> dict[str, Any] | None:
    """A model's summary as JSON, or None when JSON could not give it back exactly."""
    data: dict[str, Any] = {
        "id": model.id, "slug": model.slug, "module": model.module, "name": model.name,
        "creator": model.creator, "status": model.status, "release_date": model.release_date,
        "capabilities": list(model.capabilities), "docs_url": model.docs_url,
        "description": model.description, "extra": model.extra,
        "partial": None if model.partial is None else {
            "stops_at_line": model.partial.stops_at_line,
            "incomplete": list(model.partial.incomplete)},
        "source_files": [sources.name(p) for p in model.source_files],
        "output": model.output, "sources": model.sources,
        "facts": _encode_facts(model.facts),
    }
    if not _json_clean(data) or not isinstance(model.capabilities, tuple) or (
            model.partial is not None and not isinstance(model.partial.incomplete, tuple)):
        return None
    return data


def decode_summary(data: dict[str, Any], sources: Sources) -> ModelSpec:
    partial = data["partial"]
    return ModelSpec(
        id=data["id"], slug=data["slug"], module=data["module"], name=data["name"],
        creator=data["creator"], status=data["status"], release_date=data["release_date"],
        capabilities=tuple(data["capabilities"]), docs_url=data["docs_url"],
        description=data["description"], request_schema={}, response_schema={},
        source_files=tuple(sources.path(p) for p in data["source_files"]), extra=data["extra"],
        partial=None if partial is None else Partial(partial["stops_at_line"],
                                                     tuple(partial["incomplete"])),
        output=data["output"], sources=data["sources"], known_facts=_decode_facts(data["facts"]),
    )


def _encode_facts(facts: Facts) -> dict[str, Any]:
    return {"task_type": facts.task_type, "methods": list(facts.delivery.methods),
            "default": facts.delivery.default, "output_media": facts.output_media,
            "default_format": facts.default_format}


def _decode_facts(data: dict[str, Any]) -> Facts:
    return Facts(data["task_type"], Delivery(tuple(data["methods"]), data["default"]),
                 data["output_media"], data["default_format"])


_SUMMARY_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str, "slug": str, "module": str, "name": str, "creator": str, "status": str,
    "release_date": (str, type(None)), "capabilities": list, "docs_url": str, "description": str,
    "extra": dict, "partial": (dict, type(None)), "source_files": list, "output": (str, type(None)),
    "sources": dict, "facts": dict,
}
_FACTS_TYPES: dict[str, type | tuple[type, ...]] = {
    "task_type": str, "methods": list, "default": str, "output_media": str,
    "default_format": (str, type(None)),
}


def _summary_ok(data: object) -> bool:
    if not isinstance(data, dict) or set(data) != set(_SUMMARY_TYPES):
        return False
    if not all(isinstance(data[k], t) for k, t in _SUMMARY_TYPES.items()):
        return False
    partial, facts = data["partial"], data["facts"]
    if set(facts) != set(_FACTS_TYPES) or not all(isinstance(facts[k], t) for k, t in _FACTS_TYPES.items()):
        return False
    return (all(isinstance(c, str) for c in data["capabilities"])
            and all(isinstance(m, str) for m in facts["methods"]) and bool(facts["methods"])
            and all(isinstance(v, str) for v in data["sources"].values())
            and all(isinstance(p, str) for p in data["source_files"]) and bool(data["source_files"])
            and (partial is None or (set(partial) == {"stops_at_line", "incomplete"}
                                     and isinstance(partial["stops_at_line"], int)
                                     and isinstance(partial["incomplete"], list)
                                     and all(isinstance(i, str) for i in partial["incomplete"]))))


def _files_ok(files: object) -> bool:
    return isinstance(files, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in files.items())


class Cache:
    """One cache directory. Use :meth:`open`; every failure to read or write is a miss, not an error."""

    def __init__(self, root: Path, generator: str) -> None:
        self.root = root
        self.generator = generator
        self.used: set[Path] = set()

    @classmethod
    def open(cls, root: Path, generator: str) -> tuple[Cache | None, str | None]:
        """(the cache, None), or (None, why the directory cannot serve as one)."""
        tag = root / TAG_NAME
        try:
            if not root.exists():
                _create(root)
            elif not any(root.iterdir()):
                _write(tag, TAG)
            if not tag.is_file() or not tag.read_text(encoding="utf-8").startswith(TAG):
                return None, (f"{root} is not the generator's cache (no {TAG_NAME} of its own); "
                              "rendering without it (remove it, or choose another with --cache)")
        except (OSError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or exc
            return None, f"cannot use the cache {root}: {why}; rendering without it"
        return cls(root, generator), None

    def model_key(self, rel: str, data: bytes) -> str:
        return _sha(f"model\0{self.generator}\0{rel}\0{_sha(data)}".encode())

    def package_key(self, summaries: list[dict[str, Any]]) -> str:
        body = json.dumps(summaries, sort_keys=True, ensure_ascii=False)
        return _sha(f"package\0{self.generator}\0{body}".encode())

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def _read(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        header, sep, body = raw.partition(b"\n")
        if not sep or header != f"{FORMAT} {_sha(body)}".encode():
            return None
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, dict) or data.get("key") != key or not _files_ok(data.get("files")):
            return None
        self.used.add(path)
        return data

    def _store(self, key: str, data: dict[str, Any]) -> None:
        body = json.dumps({"key": key, **data}, ensure_ascii=False).encode("utf-8")
        path = self._path(key)
        try:
            path.parent.mkdir(exist_ok=True)
            _write(path, f"{FORMAT} {_sha(body)}\n".encode() + body)
        except OSError:
            return  # a cache that cannot be written is a slower run, not a failed one
        self.used.add(path)

    def get_model(self, key: str, sources: Sources) -> tuple[ModelSpec, dict[str, str]] | None:
        data = self._read(key)
        if data is None or not _summary_ok(data.get("summary")) or not sources.unchanged(data.get("sources")):
            return None
        return decode_summary(data["summary"], sources), data["files"]

    def put_model(self, key: str, summary: dict[str, Any], recorded: dict[str, str],
                  files: dict[str, str]) -> None:
        self._store(key, {"summary": summary, "sources": recorded, "files": files})

    def get_package(self, key: str) -> dict[str, str] | None:
        data = self._read(key)
        return None if data is None else data["files"]

    def put_package(self, key: str, files: dict[str, str]) -> None:
        self._store(key, {"files": files})

    def prune(self, keep: int) -> None:
        """Drop all but the ``keep`` most recently used entries (this run's are never dropped)."""
        for path in self.used:
            try:
                os.utime(path)
            except OSError:
                pass
        entries: list[tuple[float, Path]] = []
        for shard in self.root.glob("[0-9a-f][0-9a-f]"):
            for path in shard.glob("*.json"):
                if len(path.stem) == 64 and path not in self.used:
                    try:
                        entries.append((path.stat().st_mtime, path))
                    except OSError:
                        pass
        entries.sort(reverse=True)
        for _, path in entries[max(0, keep - len(self.used)):]:
            try:
                path.unlink()
            except OSError:
                pass


def _create(root: Path) -> None:
    """``root`` with its tag, made whole in one rename: a run starting beside this one sees no
    directory, or a tagged one (whoever renames first wins; the other's copy is dropped)."""
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = temp_path(root)
    staging.mkdir()
    try:
        _write(staging / TAG_NAME, TAG)
        try:
            os.rename(staging, root)
        except OSError:
            if not root.is_dir():
                raise
    finally:
        if staging.exists():
            (staging / TAG_NAME).unlink(missing_ok=True)
            staging.rmdir()


def _write(path: Path, data: bytes | str) -> None:
    """Atomic (a reader sees the old file or the new one), without fsync: see the module docstring."""
    sweep(path)
    tmp = temp_path(path)
    try:
        with open(tmp, "xb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
