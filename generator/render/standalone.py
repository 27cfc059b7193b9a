"""The module ``compile`` writes: one schema's validator with the runtime it needs embedded."""

from __future__ import annotations

from typing import Any

from ..compiler import build, standalone_source


def render_standalone(schema: Any, *, source_name: str = "schema", warnings: list[str] | None = None,
                      **options: Any) -> str:
    """A dependency-free module exposing ``validate``, ``is_valid`` and ``check``; ``options`` as for
    ``compile_schema``; what the compiler ignored is appended to ``warnings``."""
    parts, found, node = build(schema, name=source_name, **options)
    if warnings is not None:
        warnings.extend(found)
    title = node.get("title", "") if isinstance(node, dict) else ""
    return standalone_source(parts, title=title if isinstance(title, str) else "", source_name=source_name)
