"""The JSON Schema keywords the generator compiles: the single list the meta-schema, the loader
and the validator compiler all agree on. A keyword outside it is an error, never ignored."""

from __future__ import annotations

# Keywords that constrain an instance (the compiler emits code for each).
ASSERTIONS: tuple[str, ...] = (
    "type", "enum", "const",
    "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
    "maxLength", "minLength", "pattern", "format",
    "maxItems", "minItems", "uniqueItems", "items",
    "maxProperties", "minProperties", "required", "properties", "additionalProperties",
    "dependentRequired",
    "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    "$ref",
)

# Keywords that only annotate or structure (no code is emitted for them).
ANNOTATIONS: tuple[str, ...] = (
    "$schema", "$id", "$defs", "$comment",
    "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
)

# `format` values the compiler checks (anything else is an unsupported keyword value).
FORMATS: tuple[str, ...] = ("uuid", "uri")

# Extension keywords: any key starting with this prefix is an annotation kept for tools and docs.
EXTENSION_PREFIX = "x-"

SUPPORTED: frozenset[str] = frozenset(ASSERTIONS + ANNOTATIONS)


def is_supported(keyword: str) -> bool:
    return keyword in SUPPORTED or keyword.startswith(EXTENSION_PREFIX)
