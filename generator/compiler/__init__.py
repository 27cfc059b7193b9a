"""JSON Schema 2020-12 -> specialised Python validators (see ``emit.py`` for the code shape).

The compiler itself (``api``, ``emit``, ``module``, ...) knows nothing of templates, models or the
CLI; ``render`` and ``render_standalone`` below are the thin wrappers the generator uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import Validator, build, compile_schema
from .base import Options
from .checks import Checker
from .errors import UnsupportedSchema
from .module import ModuleParts, standalone_source
from .resources import Index, Registry

if TYPE_CHECKING:
    from ..model import ModelSpec

__all__ = ["UnsupportedSchema", "Validator", "compile_schema", "render", "render_standalone"]


def render(model: ModelSpec) -> str:
    """Source of ``runware_bindings/<model>/validator.py`` (formats asserted, unknown keywords refused)."""
    from ..templating import render_template  # only this wrapper renders templates

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
        parts.add_validator(em, (index.main, ""), entry, doc, bool_entry)
        if kind == "request":
            parts.add_advisories(em, (index.main, ""), schema, "_advisories")
        em.check_cycles()
    return render_template("model/validator.py.jinja", model=model, parts=parts, imports=parts.imports(".._runtime"))


def render_standalone(schema: Any, *, source_name: str = "schema", warnings: list[str] | None = None,
                      **options: Any) -> str:
    """A dependency-free module exposing ``validate``, ``is_valid`` and ``check`` (``compile``'s output);
    ``options`` as for ``compile_schema``; what the compiler ignored is appended to ``warnings``."""
    parts, found, node = build(schema, name=source_name, **options)
    if warnings is not None:
        warnings.extend(found)
    title = node.get("title", "") if isinstance(node, dict) else ""
    return standalone_source(parts, title=title if isinstance(title, str) else "", source_name=source_name)
