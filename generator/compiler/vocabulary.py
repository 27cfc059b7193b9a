"""The JSON Schema 2020-12 keywords the generator compiles: the single list the meta-schema, the
loader and the validator compiler all agree on. In a model spec a keyword outside it is an error,
never ignored; ``compile`` treats one as an annotation (as the specification says) and reports it.
"""

from __future__ import annotations

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

# Where subschemas sit, by the shape of the keyword's value.
SUBSCHEMA_SINGLE: tuple[str, ...] = (
    "additionalProperties", "items", "contains", "propertyNames", "not", "if", "then", "else",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)
SUBSCHEMA_LIST: tuple[str, ...] = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_MAP: tuple[str, ...] = ("properties", "patternProperties", "dependentSchemas", "$defs", "dependencies")

# The vocabularies of the 2020-12 meta-schema and the keywords each defines.
VOCABULARIES: dict[str, tuple[str, ...]] = {
    "core": ("$id", "$schema", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
             "$comment", "$defs"),
    "applicator": ("prefixItems", "items", "contains", "additionalProperties", "properties",
                   "patternProperties", "dependentSchemas", "propertyNames", "if", "then", "else",
                   "allOf", "anyOf", "oneOf", "not"),
    "unevaluated": ("unevaluatedItems", "unevaluatedProperties"),
    "validation": ("type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
                   "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
                   "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties",
                   "required", "dependentRequired"),
    "meta-data": ("title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples"),
    "format-annotation": ("format",),
    "content": ("contentEncoding", "contentMediaType", "contentSchema"),
}
VOCABULARY_URI = "https://json-schema.org/draft/2020-12/vocab/"
# Defined by the 2020-12 meta-schema for compatibility (draft 7's split of dependentRequired and
# dependentSchemas); compiled as the applicator vocabulary's.
COMPATIBILITY: tuple[str, ...] = ("dependencies",)

# Keywords that constrain an instance (the compiler emits code for each).
ASSERTIONS: tuple[str, ...] = (
    *VOCABULARIES["validation"], *VOCABULARIES["applicator"], *VOCABULARIES["unevaluated"],
    "format", "$ref", "$dynamicRef", *COMPATIBILITY,
)

# Keywords that only annotate or structure (no code is emitted for them).
ANNOTATIONS: tuple[str, ...] = (
    "$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary", "$defs", "$comment",
    *VOCABULARIES["meta-data"], *VOCABULARIES["content"],
)

# `format` values the compiler checks (a model spec using another is an error; `compile` treats an
# unknown format as an annotation, as the specification says).
FORMATS: tuple[str, ...] = (
    "date-time", "date", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
    "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
    "json-pointer", "relative-json-pointer", "regex",
)

# Extension keywords: any key starting with this prefix is an annotation kept for tools and docs.
EXTENSION_PREFIX = "x-"

SUPPORTED: frozenset[str] = frozenset(ASSERTIONS + ANNOTATIONS)


def is_supported(keyword: str) -> bool:
    return keyword in SUPPORTED or keyword.startswith(EXTENSION_PREFIX)
