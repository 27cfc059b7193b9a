"""Compile a schema with ``render_standalone`` and load the module without touching the disk."""

from __future__ import annotations

import types
from typing import Any

from generator.render.formatting import format_python
from generator.render.standalone import render_standalone


def load(schema: Any, name: str = "compiled_schema") -> types.ModuleType:
    source = format_python(render_standalone(schema), filename=name)
    module = types.ModuleType(name)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)  # noqa: S102 - our own generated code
    return module
