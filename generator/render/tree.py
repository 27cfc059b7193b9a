"""Renders every generated file in memory: path (relative to the output dir) -> content.

The tree has three parts, so that a catalogue of hundreds of models renders in parallel and from a
cache (``build.py``):

- per model (:func:`render_model`): a function of that model's spec alone;
- per package (:func:`render_package`): a function of every model's *metadata* (id, module, name,
  ...): the package templates get each model with its schemas emptied (:func:`summary`), so they
  cannot come to depend on what a schema holds, and stay renderable from the cache;
- the rest (:func:`finish`): the runtime copied verbatim, ``PROVENANCE.json`` and the
  distribution's ``pyproject.toml`` (whose version digests everything else).

Nothing is written here; ``outputs.py`` writes the result atomically or compares it with disk.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..spec.model import ModelSpec
from . import provenance
from .formatting import format_python
from .templating import render_template

PACKAGE = "runware_bindings"
DISTRIBUTION = "pyproject.toml"  # beside the package: the bindings are a distribution of their own
RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"

# Per-model Python files: output name -> module whose ``render(model) -> str`` produces it.
MODEL_FILES: tuple[tuple[str, str], ...] = (
    ("validator.py", "generator.render.validator"),
    ("types.py", "generator.render.types"),
    ("strategies.py", "generator.render.strategies"),
    ("client.py", "generator.render.client"),
)

# Package-level Python files rendered from all models: output name -> "module:function".
PACKAGE_FILES: tuple[tuple[str, str], ...] = (("client.py", "generator.render.client:render_package"),)

# Package-level files rendered from a template of the same name.
PACKAGE_TEMPLATES: tuple[str, ...] = ("__init__.py", "registry.py", "__main__.py")


def _renderer(spec: str, default: str) -> Callable[..., str]:
    module, _, func = spec.partition(":")
    fn: Callable[..., str] = getattr(importlib.import_module(module), func or default)
    return fn


def schema_json(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _parts() -> dict[str, list[str]]:
    return {"package_parts": [name.removesuffix(".py") for name, _ in PACKAGE_FILES],
            "model_parts": [name.removesuffix(".py") for name, _ in MODEL_FILES]}


def summary(model: ModelSpec) -> ModelSpec:
    """``model`` without its schemas: all that the package-level files may read of it."""
    return dataclasses.replace(model, request_schema={}, response_schema={}, known_facts=model.facts)


def render_model(model: ModelSpec) -> dict[str, str]:
    """The files of one model's subpackage, from that model alone."""
    base = f"{PACKAGE}/{model.module}"
    files = {f"{base}/__init__.py": format_python(
        render_template("model/__init__.py.jinja", model=model, **_parts()),
        filename=f"{base}/__init__.py")}
    for name, spec in MODEL_FILES:
        files[f"{base}/{name}"] = format_python(_renderer(spec, "render")(model), filename=f"{base}/{name}")
    files[f"{base}/request.schema.json"] = schema_json(model.request_schema)
    files[f"{base}/response.schema.json"] = schema_json(model.response_schema)
    return files


def render_package(catalogue: list[ModelSpec]) -> dict[str, str]:
    """The package's own modules, from the models' summaries (sorted by id)."""
    assert all(not m.request_schema and not m.response_schema for m in catalogue), \
        "package files are rendered from summaries"
    files: dict[str, str] = {}
    for name in PACKAGE_TEMPLATES:
        rel = f"{PACKAGE}/{name}"
        files[rel] = format_python(
            render_template(f"package/{name}.jinja", models=catalogue, **_parts()), filename=rel)
    for name, spec in PACKAGE_FILES:
        rel = f"{PACKAGE}/{name}"
        files[rel] = format_python(_renderer(spec, "render_package")(catalogue), filename=rel)
    return files


def runtime_files() -> dict[str, str]:
    # Hand-written runtime code is copied verbatim: it is linted and tested where it lives.
    files = {f"{PACKAGE}/_runtime/{path.name}": path.read_text(encoding="utf-8")
             for path in sorted(RUNTIME_DIR.glob("*.py"))}
    files[f"{PACKAGE}/py.typed"] = ""
    return files


def finish(files: dict[str, str], catalogue: list[ModelSpec], spec_dir: Path) -> dict[str, str]:
    """``files`` (models' and package's) completed with the runtime, provenance and distribution."""
    out = {**files, **runtime_files()}
    out[provenance.FILENAME] = provenance.render(catalogue, spec_dir, [*out, DISTRIBUTION])
    version = provenance.distribution_version(out)
    out[DISTRIBUTION] = render_template(f"{DISTRIBUTION}.jinja", models=catalogue, version=version)
    return dict(sorted(out.items()))


def render_all(models: list[ModelSpec], spec_dir: Path) -> dict[str, str]:
    """Every file, in this process and without a cache (``build.py`` renders in parallel)."""
    files: dict[str, str] = {}
    for model in models:
        files.update(render_model(model))
    catalogue = sorted((summary(m) for m in models), key=lambda m: m.id)
    files.update(render_package(catalogue))
    return finish(files, catalogue, spec_dir)
