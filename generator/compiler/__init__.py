"""JSON Schema -> specialised Python validators (see ``emit.py`` for the code shape)."""

from __future__ import annotations

from typing import Any

from ..model import ModelSpec
from ..templating import render_template
from .errors import UnsupportedSchema
from .module import ModuleParts
from .runtime_index import embedded_source

__all__ = ["UnsupportedSchema", "render", "render_standalone"]


def render(model: ModelSpec) -> str:
    """Source of ``runware_bindings/<model>/validator.py``."""
    parts = ModuleParts()
    sc = parts.add_validator(model.request_schema, "validate",
                             "Every error in a request payload (empty when valid).")
    parts.add_advisories(model.request_schema, sc, "_advisories")
    parts.add_validator(model.response_schema, "validate_response",
                        "Every error in one result item (empty when valid).")
    return render_template(
        "model/validator.py.jinja", model=model, parts=parts,
        imports=parts.imports(".._runtime"),
    )


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
