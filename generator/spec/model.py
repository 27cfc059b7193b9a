"""The in-memory form of a loaded, checked model spec: what the renderer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import shown_path


@dataclass(frozen=True)
class Partial:
    """A spec ingested with ``--allow-partial`` from a page that stops early (``x-partial``)."""

    stops_at_line: int  # the last line of the page
    incomplete: tuple[str, ...]  # what a complete page has and this one lacks

    def notice(self, file: Path) -> str:
        return (f"{shown_path(file)}: partial spec: its docs page stops at line {self.stops_at_line} "
                f"({'; '.join(self.incomplete)}); what the page lost past the cut is missing")


@dataclass(frozen=True)
class ModelSpec:
    """One model, with its request and response schemas bundled into standalone documents.

    ``request_schema`` and ``response_schema`` are JSON Schema 2020-12 documents with every
    cross-file ``$ref`` moved into the document's own ``$defs``: they are what we export, what
    the validator compiler compiles, and what the type and strategy generators read.
    """

    id: str  # wire id, e.g. "krea:krea@2-medium"
    slug: str  # spec file stem, e.g. "krea-2-medium"
    module: str  # Python module name, e.g. "krea_2_medium"
    name: str
    creator: str
    status: str
    release_date: str | None
    capabilities: tuple[str, ...]
    docs_url: str
    description: str
    request_schema: dict[str, Any]
    response_schema: dict[str, Any]
    source_files: tuple[Path, ...] = field(default=(), compare=False)
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # x-* metadata keys
    partial: Partial | None = field(default=None, compare=False)
