"""JSON Schema 2020-12 -> validator source: takes a schema, gives the straight-line Python that
checks it (``module.ModuleParts``; ``emit.py`` explains the code shape), or a ready ``Validator``
(``compile_schema``). Knows nothing of templates, specs or files."""

from __future__ import annotations

from .api import Validator, build, compile_schema
from .errors import UnsupportedSchema
from .module import ModuleParts, standalone_source

__all__ = ["ModuleParts", "UnsupportedSchema", "Validator", "build", "compile_schema", "standalone_source"]
