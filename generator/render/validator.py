"""``runware_bindings/<model>/validator.py``: the compiled request and response validators."""

from __future__ import annotations

from ..compiler.base import Options
from ..compiler.checks import Checker
from ..compiler.module import ModuleParts
from ..compiler.resources import Index, Registry
from ..spec.model import ModelSpec
from .templating import render_template


def render(model: ModelSpec) -> str:
    """Formats are asserted and unknown keywords refused (the spec loader already refuses them)."""
    parts = ModuleParts(Options(assert_formats=True))
    for kind, schema, entry, doc, bool_entry in (
        ("request", model.request_schema, "validate", "Every error in a request payload (empty when valid).",
         "is_valid"),
        ("response", model.response_schema, "validate_response", "Every error in one result item (empty when valid).",
         None),
    ):
        index = Index(Registry())
        index.main = f"urn:x-model:{kind}"
        index.add_document(index.main, schema)
        Checker(index, refuse_unknown=True).run()
        em = parts.emitter(index)
        parts.add_validator(em, (index.main, ""), entry, doc, bool_entry, constraints=kind == "request")
        if kind == "request":
            parts.add_advisories(em, (index.main, ""), schema, "_advisories")
        em.check_cycles()
    return render_template("model/validator.py.jinja", model=model, parts=parts, imports=parts.imports(".._runtime"))
