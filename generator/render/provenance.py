"""The provenance record written beside the generated package: which specs and tools made it."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import jinja2

from .. import __version__
from ..spec.model import ModelSpec

FILENAME = "PROVENANCE.json"
PRODUCER = "runware-bindings-generator"


def is_provenance(record: object) -> bool:
    """Whether ``record`` is a provenance record this generator wrote (older ones included)."""
    return (isinstance(record, dict) and isinstance(record.get("generator"), str)
            and isinstance(record.get("specs"), dict) and record.get("producer", PRODUCER) == PRODUCER)


def spec_hashes(spec_dir: Path) -> dict[str, str]:
    """sha256 of every spec file, keyed by its posix path relative to the spec directory."""
    out: dict[str, str] = {}
    for path in sorted(spec_dir.rglob("*.yaml")):
        if any(part.startswith(".") for part in path.relative_to(spec_dir).parts):
            continue  # editors' swap files and other tools' temporaries are not specs
        rel = path.relative_to(spec_dir).as_posix()
        out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _dist_version(name: str, fallback: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return fallback


def render(models: list[ModelSpec], spec_dir: Path, files: list[str]) -> str:
    """The record; ``files`` lists every file of the tree, so a later run knows what it may replace."""
    # No timestamps and no interpreter version: the record must be identical on every machine.
    record = {
        "producer": PRODUCER,
        "generator": __version__,
        "tools": {
            "black": _dist_version("black", "unknown"),
            "jinja2": _dist_version("jinja2", jinja2.__version__),
        },
        "specs": spec_hashes(spec_dir),
        "models": {m.id: {"module": m.module, "spec": f"models/{m.slug}.yaml"} for m in models},
        "files": sorted({*files, FILENAME}),
    }
    return json.dumps(record, indent=2, sort_keys=False) + "\n"


def distribution_version(files: dict[str, str]) -> str:
    """The bindings' PEP 440 version: the generator's, with a local label digesting ``files``.

    ``files`` is every file of the tree but the one that carries the version (PROVENANCE.json
    included, so a spec change shows even where the output does not change).
    """
    digest = hashlib.sha256()
    for rel in sorted(files):
        digest.update(rel.encode("utf-8") + b"\0" + files[rel].encode("utf-8") + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"
