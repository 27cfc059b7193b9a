"""Compile a schema with ``render_standalone`` and load the module without touching the disk."""

from __future__ import annotations

import types
from typing import Any

from generator.render.formatting import format_python
from generator.render.standalone import render_standalone


def load(schema: Any, name: str = "compiled_schema", **options: Any) -> types.ModuleType:
    """Formats are assertions unless ``formats="annotate"`` is passed (jsonschema is the reference)."""
    options.setdefault("formats", "assert")
    source = format_python(render_standalone(schema, **options), filename=name)
    module = types.ModuleType(name)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 - our own generated code
    return module
