"""Runware's schema bundle (``schema-map.json``): ``version`` and ``inference[{slug, air,
requestSchema, responseSchema}]``, the schemas named by URL or by a path relative to the bundle.

Each entry's request schema is either a model's published schema.json (OpenAPI, whose
``info.x-air-id`` must be the entry's ``air``) or a plain JSON Schema of the task object (or of
the array of tasks); the response schema, when given, is an OpenAPI document, a schema of
``{data: [item]}`` or of the item itself. Each entry becomes one OpenAPI document in memory, which
the schema ingester reads as it reads a schema.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from .openapi import OpenAPIError, _Refs, ingest_openapi, is_openapi
from .produce import Produced, Source, SourceError, module_name, read_source, schema_error
from .source import is_url


@dataclass(frozen=True)
class Entry:
    slug: str
    air: str
    request: str  # where the request schema is (a URL or a path), resolved against the bundle
    response: str | None
    pointer: str  # the entry in the bundle, e.g. /inference/3


def _locate(bundle: str, ref: str) -> str:
    if is_url(ref):
        return ref
    if is_url(bundle):
        return urljoin(bundle, ref)
    return str(Path(bundle).parent / ref)


def read_bundle(source: Source) -> tuple[str, list[Entry]]:
    """The bundle's version and entries; a SourceError naming the pointer of a malformed part."""
    data = source.data
    if not isinstance(data, dict):
        raise SourceError(source.name, "a schema bundle is a JSON object", pointer="/")
    version = data.get("version")
    if not isinstance(version, (str, int, float)) or isinstance(version, bool):
        raise SourceError(source.name, "missing: the bundle's version", pointer="/version")
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(data["inference"]):
        where = f"/inference/{i}"
        if not isinstance(item, dict):
            raise SourceError(source.name, "an entry is an object {slug, air, requestSchema, responseSchema}",
                              pointer=where)
        for key in ("slug", "air", "requestSchema"):
            if not isinstance(item.get(key), str) or not item[key]:
                raise SourceError(source.name, f"missing: {key} (a string)", pointer=f"{where}/{key}")
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", item["slug"]):
            raise SourceError(source.name, f"{item['slug']!r} is not a model slug (letters, digits, '.', '_', '-')",
                              pointer=f"{where}/slug")
        response = item.get("responseSchema")
        if response is not None and (not isinstance(response, str) or not response):
            raise SourceError(source.name, "responseSchema must be a URL or a path", pointer=f"{where}/responseSchema")
        for key in ("slug", "air"):
            if item[key] in seen:
                raise SourceError(source.name, f"{key} {item[key]!r} is also the {key} of {seen[item[key]]}",
                                  pointer=f"{where}/{key}")
            seen[item[key]] = where
        entries.append(Entry(item["slug"], item["air"], _locate(source.name, item["requestSchema"]),
                             _locate(source.name, response) if response else None, where))
    return str(version), entries


def _schema_of(source: Source, bundle: str, entry: Entry, key: str) -> Any:
    if source.kind != "schema":
        raise SourceError(bundle, f"{entry.request if key == 'requestSchema' else entry.response}: "
                          "not a JSON schema document", pointer=f"{entry.pointer}/{key}")
    return source.data


def _read(bundle: str, entry: Entry, key: str, where: str) -> Source:
    try:
        return read_source(where)
    except SourceError as exc:
        raise SourceError(bundle, f"{key} of {entry.slug!r} cannot be read: {exc}",
                          pointer=f"{entry.pointer}/{key}") from None


def entry_document(bundle: str, entry: Entry) -> tuple[dict[str, Any], str]:
    """(the entry as one OpenAPI document, the name of the request schema's source)."""
    request = _read(bundle, entry, "requestSchema", entry.request)
    data = _schema_of(request, bundle, entry, "requestSchema")
    if is_openapi(data):
        info = data.get("info") if isinstance(data.get("info"), dict) else {}
        if info.get("x-air-id") not in (None, entry.air):
            raise SourceError(bundle, f"the entry names {entry.air!r} but {entry.request} is the schema of "
                              f"{info.get('x-air-id')!r}: two sources naming different models",
                              pointer=f"{entry.pointer}/air")
        doc = dict(data)
        doc["info"] = {**info, "x-air-id": entry.air, "x-model-id": info.get("x-model-id", entry.slug)}
    else:
        if not isinstance(data, dict):
            raise SourceError(bundle, f"{entry.request}: a request schema is a JSON object",
                              pointer=f"{entry.pointer}/requestSchema")
        task = data["items"] if data.get("type") == "array" and isinstance(data.get("items"), dict) else data
        doc = {"openapi": "3.1.0",
               "info": {"title": str(data.get("title") or entry.slug), "x-air-id": entry.air,
                        "x-model-id": entry.slug},
               "components": {"schemas": {"RequestBody": {"type": "array", "items": task}}}}
        if isinstance(data.get("$defs"), dict):
            doc["$defs"] = data["$defs"]  # its refs (#/$defs/...) resolve at the root, as before
    if entry.response is not None and not (is_openapi(data) and entry.response == entry.request):
        response = _read(bundle, entry, "responseSchema", entry.response)
        item_doc = _schema_of(response, bundle, entry, "responseSchema")
        schemas = _object_at(doc, "components", "schemas")
        if not isinstance(schemas, dict):
            raise SourceError(bundle, f"{entry.request}: /components/schemas is not an object",
                              pointer=f"{entry.pointer}/requestSchema")
        if is_openapi(item_doc):
            body = _object_at(item_doc, "components", "schemas", "ResponseBody")
        elif isinstance(_object_at(item_doc, "properties", "data"), dict):
            body = item_doc
        else:
            body = {"type": "object", "properties": {"data": {"type": "array", "items": item_doc}}}
        if body is not None:
            # Another file's references name places in that file, not in the request's document.
            try:
                body = _Refs(item_doc).internalize(body, "/components/schemas/ResponseBody")
            except OpenAPIError as exc:
                raise SourceError(bundle, f"responseSchema of {entry.slug!r}: {schema_error(entry.response, exc)}",
                                  pointer=f"{entry.pointer}/responseSchema") from None
            doc["components"] = {**doc["components"], "schemas": {**schemas, "ResponseBody": body}}
    return doc, entry.request


def _object_at(node: Any, *keys: str) -> Any:
    """``node[k1][k2]...``, or None where a step is not an object or lacks the key."""
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def produce_bundle(source: Source, platform_dir: Path) -> tuple[str, list[tuple[Entry, Produced]]]:
    """The bundle's version and each entry's spec (module = its slug's), in the bundle's order;
    a SourceError naming the bundle and the entry's pointer when any entry cannot be ingested."""
    version, entries = read_bundle(source)
    out: list[tuple[Entry, Produced]] = []
    for entry in entries:
        doc, name = entry_document(source.name, entry)
        try:
            result = ingest_openapi(doc, module=module_name(entry.slug), platform_dir=platform_dir,
                                    name=name, source_url=name if is_url(name) else None)
        except OpenAPIError as exc:
            raise SourceError(source.name, f"{schema_error(name, exc)}", pointer=entry.pointer) from None
        out.append((entry, Produced(result.spec, result.warnings, [],
                                    f"from {result.spec['model']['sources']['schema']}")))
    return version, out
