"""Docs page (Markdown) -> model spec: page.py parses, parameters.py and rules.py translate,
assemble.py builds the spec, overlay.py applies corrections, emit.py writes YAML."""

from .assemble import IngestResult, ingest_text
from .errors import PageError

__all__ = ["IngestResult", "PageError", "ingest_text"]
