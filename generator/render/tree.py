"""Renders every generated file in memory: path (relative to the output dir) -> content.

Nothing is written here; `outputs.py` writes the result atomically or compares it with disk.
"""

from __future__ import annotations

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


def _renderer(spec: str, default: str) -> Callable[..., str]:
    module, _, func = spec.partition(":")
    fn: Callable[..., str] = getattr(importlib.import_module(module), func or default)
    return fn


def schema_json(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def render_all(models: list[ModelSpec], spec_dir: Path) -> dict[str, str]:
    files: dict[str, str] = {}

    def put_py(rel: str, source: str) -> None:
        files[rel] = format_python(source, filename=rel)

    # Hand-written runtime code is copied verbatim: it is linted and tested where it lives.
    for path in sorted(RUNTIME_DIR.glob("*.py")):
        files[f"{PACKAGE}/_runtime/{path.name}"] = path.read_text(encoding="utf-8")
    files[f"{PACKAGE}/py.typed"] = ""

    package_parts = [name.removesuffix(".py") for name, _ in PACKAGE_FILES]
    model_parts = [name.removesuffix(".py") for name, _ in MODEL_FILES]
    context = {"models": models, "package_parts": package_parts, "model_parts": model_parts}
    put_py(f"{PACKAGE}/__init__.py", render_template("package/__init__.py.jinja", **context))
    put_py(f"{PACKAGE}/registry.py", render_template("package/registry.py.jinja", **context))
    put_py(f"{PACKAGE}/__main__.py", render_template("package/__main__.py.jinja", **context))
    for name, spec in PACKAGE_FILES:
        put_py(f"{PACKAGE}/{name}", _renderer(spec, "render_package")(models))

    for model in models:
        base = f"{PACKAGE}/{model.module}"
        put_py(f"{base}/__init__.py", render_template("model/__init__.py.jinja", model=model, **context))
        for name, spec in MODEL_FILES:
            put_py(f"{base}/{name}", _renderer(spec, "render")(model))
        files[f"{base}/request.schema.json"] = schema_json(model.request_schema)
        files[f"{base}/response.schema.json"] = schema_json(model.response_schema)

    files[provenance.FILENAME] = provenance.render(models, spec_dir, list(files))
    return dict(sorted(files.items()))
