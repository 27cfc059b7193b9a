"""``runware_bindings/<model>/validator.py``: the compiled request and response validators."""

from __future__ import annotations

from ..compiler.module import ModuleParts
from ..spec.model import ModelSpec
from .templating import render_template


def render(model: ModelSpec) -> str:
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
