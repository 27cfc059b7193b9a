"""The module ``compile`` writes: one schema's validator with the runtime it needs embedded."""

from __future__ import annotations

from typing import Any

from ..compiler.module import ModuleParts
from ..compiler.runtime_index import embedded_source
from .templating import render_template


def render_standalone(schema: Any, *, source_name: str = "schema") -> str:
    """A dependency-free module exposing ``validate(instance) -> list`` and ``check(instance)``."""
    parts = ModuleParts()
    sc = parts.add_validator(schema, "validate", "Every error in ``payload`` (empty when valid).")
    parts.add_advisories(schema, sc, "_advisories")
    title = schema.get("title", "") if isinstance(schema, dict) else ""
    return render_template(
        "standalone.py.jinja", parts=parts, runtime=embedded_source(), title=title,
        source_name=source_name,
    )
