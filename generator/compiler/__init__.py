"""JSON Schema -> validator source: takes a schema, gives the straight-line Python that checks it
(``module.ModuleParts``; ``emit.py`` explains the code shape). Knows nothing of templates or files."""

from __future__ import annotations

from .errors import UnsupportedSchema
from .module import ModuleParts

__all__ = ["ModuleParts", "UnsupportedSchema"]
