"""The meta-schema every model spec file must satisfy, built from ``vocabulary.py`` so the two
cannot drift: the official 2020-12 meta-schema for keyword values, plus a restriction of every
schema object to the keywords the generator compiles (and ``x-*`` annotations)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator

from ..compiler.vocabulary import (
    EXTENSION_PREFIX,
    FORMATS,
    SUBSCHEMA_LIST,
    SUBSCHEMA_MAP,
    SUBSCHEMA_SINGLE,
    SUPPORTED,
)
from .model import MEDIA

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _restricted() -> dict[str, Any]:
    sub = {"$ref": "#/$defs/schema"}
    subschemas: dict[str, Any] = {key: sub for key in SUBSCHEMA_SINGLE}
    subschemas |= {key: {"type": "array", "items": sub} for key in SUBSCHEMA_LIST}
    subschemas |= {key: {"type": "object", "additionalProperties": sub} for key in SUBSCHEMA_MAP}
    subschemas["dependencies"] = {"type": "object", "additionalProperties": {"anyOf": [sub, {"type": "array"}]}}
    return {
        "type": ["object", "boolean"],
        "propertyNames": {"anyOf": [{"enum": sorted(SUPPORTED)}, {"pattern": f"^{EXTENSION_PREFIX}"}]},
        "properties": {
            **subschemas,
            "format": {"enum": list(FORMATS)},
            "x-advisories": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "path", "message", "when"],
                    "properties": {"id": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
                                   "path": {"type": "string"}, "message": {"type": "string"},
                                   "when": sub},
                },
            },
        },
    }


def meta_schema() -> dict[str, Any]:
    schema = {"allOf": [{"$ref": DRAFT}, {"$ref": "#/$defs/schema"}]}
    return {
        "$schema": DRAFT,
        "$id": "urn:runware-bindings:model-spec",
        "type": "object",
        "required": ["model", "request", "response"],
        "additionalProperties": False,
        "properties": {
            "model": {
                "type": "object",
                "required": ["id", "name", "module", "docs"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "minLength": 1},
                    "name": {"type": "string", "minLength": 1},
                    "module": {"type": "string", "pattern": "^[a-z_][a-z0-9_]*$"},
                    "creator": {"type": "string"},
                    "status": {"type": "string"},
                    "releaseDate": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                    "capabilities": {"type": "array", "items": {"type": "string"}},
                    "docs": {"type": "string", "pattern": "^https?://"},
                    "description": {"type": "string"},
                    "output": {"enum": list(MEDIA)},
                    # Where the spec was ingested from, so `update` can ingest it again.
                    "sources": {
                        "type": "object",
                        "required": ["slug"],
                        "additionalProperties": False,
                        "properties": {"page": {"type": "string", "pattern": "^https?://"},
                                       "schema": {"type": "string", "pattern": "^https?://"},
                                       "slug": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$"}},
                    },
                    "x-partial": {
                        "type": "object",
                        "required": ["stops-at-line", "incomplete"],
                        "additionalProperties": False,
                        "properties": {"stops-at-line": {"type": "integer", "minimum": 1},
                                       "incomplete": {"type": "array", "items": {"type": "string"}}},
                    },
                },
                "patternProperties": {f"^{EXTENSION_PREFIX}": True},
            },
            "request": schema,
            "response": schema,
        },
        "$defs": {"schema": _restricted()},
    }


def platform_meta_schema() -> dict[str, Any]:
    """Platform files are schema documents whose ``$defs`` hold shared parameters."""
    return {"$schema": DRAFT, "allOf": [{"$ref": DRAFT}, {"$ref": "#/$defs/schema"}],
            "$defs": {"schema": _restricted()}}


@lru_cache(maxsize=2)
def validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(meta_schema() if kind == "model" else platform_meta_schema())
