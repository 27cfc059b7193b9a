"""One model's spec from its sources: a docs page, a published schema.json, or both (with the
drift between them). Shared by ``ingest`` and ``update``; every failure is a :class:`SourceError`
naming the source (as the user gave it), the line or JSON pointer, and what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec.errors import SpecError, SpecErrors
from ..spec.load import load_model
from .assemble import IngestResult, ingest_text
from .drift import Drift, Merged, merge
from .emit import dump_spec
from .errors import DocumentError, PageError
from .openapi import OpenAPIError, ingest_openapi, is_openapi, read_parts
from .source import is_json, is_url, parse_json, read_page


class SourceError(Exception):
    """``source`` (a path or URL as given) cannot be ingested: where (line or pointer) and why."""

    def __init__(self, source: str, message: str, *, line: int | None = None, pointer: str | None = None) -> None:
        self.source = source
        self.line = line
        self.pointer = pointer
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line else "")
        return f"{where}: {self.pointer}: {self.message}" if self.pointer else f"{where}: {self.message}"


@dataclass
class Produced:
    spec: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)
    origin: str = ""  # "from <url>" for the spec's header
    drift: list[Drift] | None = None  # with both sources: every disagreement


@dataclass
class Source:
    """A source read into memory: its text, and its JSON when it is JSON."""

    name: str
    text: str
    data: Any = None

    @property
    def kind(self) -> str:
        if self.data is None:
            return "page"
        if isinstance(self.data, dict) and isinstance(self.data.get("inference"), list):
            return "bundle"
        return "schema"


def read_source(name: str) -> Source:
    """``name`` (a path or an http(s) URL) read and, when it is JSON, parsed."""
    try:
        text = read_page(name)
    except PageError as exc:
        raise SourceError(name, exc.message, line=exc.line) from None
    if not is_json(text):
        return Source(name, text)
    try:
        return Source(name, text, parse_json(text))
    except DocumentError as exc:
        raise SourceError(name, exc.message, line=exc.line) from None


def schema_error(name: str, exc: OpenAPIError | DocumentError, text: str | None = None) -> SourceError:
    return SourceError(name, exc.message, pointer=exc.pointer, line=pointer_line(text, exc.pointer) if text else None)


def pointer_line(text: str, pointer: str) -> int | None:
    """The line of ``pointer`` in a JSON text (read as YAML, its superset), when it can be told."""
    from ..spec.yamlsource import parse_document

    try:
        return parse_document(text, Path("schema.json")).line_of(pointer if pointer != "/" else "")
    except (SpecError, RecursionError):
        return None


def page_url(spec: dict[str, Any], name: str) -> tuple[str, str]:
    """(the page's URL, its slug): ``name`` when it is a URL, else the front matter's url + ``.md``."""
    docs = str(spec["model"].get("docs", "")).rstrip("/")
    slug = docs.rsplit("/", 1)[-1].removesuffix(".md") or spec["model"]["module"]
    return (name if is_url(name) else f"{docs}.md"), slug


def _from_page(page: Source, *, module: str, platform_dir: Path, allow_partial: bool) -> IngestResult:
    try:
        result = ingest_text(page.text, module=module, platform_dir=platform_dir, allow_partial=allow_partial)
    except PageError as exc:
        raise SourceError(page.name, exc.message, line=exc.line) from None
    url, slug = page_url(result.spec, page.name)
    result.spec["model"]["sources"] = {"page": url, "slug": slug}
    return result


def _from_schema(schema: Source, *, module: str, platform_dir: Path) -> IngestResult:
    if not is_openapi(schema.data):
        raise SourceError(schema.name, "not an OpenAPI document (a published schema.json has openapi, info and "
                          "components.schemas.RequestBody), nor a schema bundle (schema-map.json has version and "
                          "inference)", pointer="/")
    try:
        return ingest_openapi(schema.data, module=module, platform_dir=platform_dir, name=schema.name,
                              source_url=schema.name if is_url(schema.name) else None)
    except OpenAPIError as exc:
        raise schema_error(schema.name, exc, schema.text) from None


def produce(source: Source, *, module: str, platform_dir: Path, allow_partial: bool = False,
            schema: Source | None = None) -> Produced:
    """The spec of ``source`` (a page or a schema.json); with ``schema`` too, the two merged."""
    if source.kind == "bundle":
        raise SourceError(source.name, "a schema bundle holds many models: write them into a directory "
                                       "(-o DIR)")
    if schema is not None:
        if source.kind != "page":
            raise SourceError(source.name, "--schema goes with a docs page (Markdown): give the page first")
        if schema.kind != "schema":
            raise SourceError(schema.name, "--schema needs a published schema.json (OpenAPI), not "
                              + ("a schema bundle" if schema.kind == "bundle" else "a docs page"))
        page_result = _from_page(source, module=module, platform_dir=platform_dir, allow_partial=allow_partial)
        schema_result = _from_schema(schema, module=module, platform_dir=platform_dir)
        page_id, schema_id = page_result.spec["model"]["id"], schema_result.spec["model"]["id"]
        if page_id != schema_id:
            raise SourceError(source.name, f"the two sources name different models: the page is {page_id!r}, "
                              f"{schema.name} is {schema_id!r}")
        merged = merge_sources(page_result.spec, schema_result.spec, platform_dir, (source.name, schema.name))
        origin = f"from {merged.spec['model']['sources']['page']} and {merged.spec['model']['sources']['schema']}"
        return Produced(merged.spec, page_result.warnings + schema_result.warnings + merged.warnings,
                        page_result.examples, origin, merged.drift)
    if source.kind == "page":
        result = _from_page(source, module=module, platform_dir=platform_dir, allow_partial=allow_partial)
        return Produced(result.spec, result.warnings, result.examples, f"from {result.spec['model']['docs']}")
    result = _from_schema(source, module=module, platform_dir=platform_dir)
    return Produced(result.spec, result.warnings, [], f"from {result.spec['model']['sources']['schema']}")


def bundled_request(spec: dict[str, Any], platform_dir: Path, name: str) -> dict[str, Any]:
    """The request schema of an ingested spec with its platform refs resolved (as ``generate`` sees it)."""
    spec_dir = platform_dir.parent
    try:
        model = load_model(spec_dir / "models" / f"{spec['model']['module']}.yaml", spec_dir,
                           text=dump_spec(spec, f"ingested from {name}"))
    except SpecErrors as exc:
        raise SourceError(name, "what ingest made of it does not load: " + "; ".join(
            f"{e.pointer}: {e.message}" for e in exc.errors)) from None
    return model.request_schema


def merge_sources(page: dict[str, Any], schema: dict[str, Any], platform_dir: Path,
                  names: tuple[str, str]) -> Merged:
    merged = merge(page, schema, bundled_request(page, platform_dir, names[0]),
                   bundled_request(schema, platform_dir, names[1]))
    merged.spec["model"]["sources"] = {"page": page["model"]["sources"]["page"],
                                       "schema": schema["model"]["sources"]["schema"],
                                       "slug": schema["model"]["sources"]["slug"]}
    return merged


def module_name(stem: str) -> str:
    """A Python module name from a file stem or slug: non-alphanumeric runs become ``_``."""
    module = re.sub(r"[^0-9a-zA-Z]+", "_", stem).strip("_").lower() or "model"
    return "m_" + module if module[0].isdigit() else module


__all__ = ["Produced", "Source", "SourceError", "module_name", "produce", "read_parts", "read_source"]
