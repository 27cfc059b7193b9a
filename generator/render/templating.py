"""The one Jinja2 environment every template renders in.

Templates live in ``generator/templates/`` and are named after the file they produce
(``model/validator.py.jinja`` -> ``runware_bindings/<model>/validator.py``). Spec content may only
enter a template through the filters below, which render it as safe Python literals.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from ..compiler.literals import class_name, comment, docstring, identifier, py_literal, snake_case

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["py"] = py_literal
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["ident"] = identifier
    env.filters["snake"] = snake_case
    env.filters["classname"] = class_name
    env.filters["fielddocs"] = _field_docs
    env.filters["wrapunion"] = lambda ann: f"Union[{ann}]" if ", " in ann else ann
    return env


def _field_docs(fields: Any) -> str:
    """One line per key: ``name (required): description``."""
    return "\n".join(
        f"{f.key}{' (required)' if f.required else ''}: {f.doc}".rstrip(": ") for f in fields
    )


def render_template(name: str, **context: Any) -> str:
    """Render ``generator/templates/<name>`` with ``context``."""
    return environment().get_template(name).render(**context)
