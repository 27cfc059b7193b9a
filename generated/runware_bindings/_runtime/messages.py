"""Builds the errors generated validators report: one function per kind of failure, one wording.

Only called on the failure path, so nothing here costs a valid payload anything.
"""

from __future__ import annotations

import math
from typing import Any

from .validation import ValidationError, describe, did_you_mean, format_path

Path = tuple[Any, ...]

_TYPE_NAMES = {
    "string": "a string", "integer": "an integer", "number": "a number", "boolean": "a boolean",
    "object": "an object", "array": "an array", "null": "null",
}


def json_type(value: Any) -> str:
    t = type(value)
    if t is bool:
        return "boolean"
    if t is int:
        return "integer"
    if t is float:
        if math.isnan(value) or math.isinf(value):
            return "non-finite number"
        return "integer" if value.is_integer() else "number"
    if t is str:
        return "string"
    if value is None:
        return "null"
    if t is list:
        return "array"
    if t is dict:
        return "object"
    return t.__name__


def wrong_type(path: Path, value: Any, types: tuple[str, ...], where: str, rule: str = "type") -> ValidationError:
    expected = " or ".join(_TYPE_NAMES.get(t, t) for t in types)
    found = json_type(value)
    shown = describe(value)
    detail = f"{found} {shown}" if found not in ("object", "array", "null") else shown
    if found == "non-finite number":
        detail = f"{shown}, which is not a JSON number"
    return ValidationError(format_path(path), rule, f"expected {expected}, found {detail}",
                           value, list(types), where)


def not_in_enum(path: Path, value: Any, options: list[Any], where: str, rule: str = "enum") -> ValidationError:
    shown = ", ".join(describe(o) for o in options)
    strings = [o for o in options if isinstance(o, str)]
    return ValidationError(format_path(path), rule, f"{describe(value)} is not one of: {shown}",
                           value, options, where, did_you_mean(value, strings))


def not_const(path: Path, value: Any, const: Any, where: str, rule: str = "const") -> ValidationError:
    return ValidationError(format_path(path), rule, f"must be {describe(const)}, found {describe(value)}",
                           value, [const], where)


_BOUND_TEXT = {
    "minimum": "at least", "maximum": "at most",
    "exclusiveMinimum": "greater than", "exclusiveMaximum": "less than",
}


def out_of_range(path: Path, value: Any, keyword: str, limit: Any, bounds: dict[str, Any],
                 where: str, rule: str) -> ValidationError:
    span = _range_text(bounds)
    return ValidationError(
        format_path(path), rule,
        f"{describe(value)} is not {_BOUND_TEXT[keyword]} {limit!r}{span}", value, bounds, where)


def _range_text(bounds: dict[str, Any]) -> str:
    lo = bounds.get("minimum", bounds.get("exclusiveMinimum"))
    hi = bounds.get("maximum", bounds.get("exclusiveMaximum"))
    if lo is not None and hi is not None:
        lo_b = "[" if "minimum" in bounds else "("
        hi_b = "]" if "maximum" in bounds else ")"
        return f" (allowed: {lo_b}{lo!r}, {hi!r}{hi_b})"
    return ""


def not_multiple(path: Path, value: Any, divisor: Any, where: str, rule: str) -> ValidationError:
    return ValidationError(format_path(path), rule, f"{describe(value)} is not a multiple of {divisor!r}",
                           value, {"multipleOf": divisor}, where)


_SIZE_NOUN = {"Length": ("character", "characters"), "Items": ("item", "items"),
              "Properties": ("property", "properties")}


def bad_size(path: Path, value: Any, keyword: str, limit: int, bounds: dict[str, Any],
             where: str, rule: str) -> ValidationError:
    kind = keyword[3:]
    one, many = _SIZE_NOUN[kind]
    size = len(value)
    least = keyword.startswith("min")
    noun = one if limit == 1 else many
    found = f"{size} {one if size == 1 else many}"
    text = f"must have at {'least' if least else 'most'} {limit} {noun}, found {found}"
    return ValidationError(format_path(path), rule, text, value, bounds, where)


def no_pattern_match(path: Path, value: Any, pattern: str, where: str, rule: str) -> ValidationError:
    return ValidationError(format_path(path), rule, f"{describe(value)} does not match the pattern {pattern!r}",
                           value, {"pattern": pattern}, where)


_FORMAT_TEXT = {
    "uuid": "a UUID (8-4-4-4-12 hexadecimal digits)", "uri": "an absolute URI (RFC 3986)",
    "uri-reference": "a URI reference (RFC 3986)", "iri": "an absolute IRI (RFC 3987)",
    "iri-reference": "an IRI reference (RFC 3987)", "uri-template": "a URI template (RFC 6570)",
    "date-time": "a date-time (RFC 3339, e.g. 2024-05-01T12:00:00Z)", "date": "a date (RFC 3339, YYYY-MM-DD)",
    "time": "a time with offset (RFC 3339, e.g. 12:00:00Z)", "duration": "a duration (RFC 3339, e.g. P1DT2H)",
    "email": "an e-mail address (RFC 5321)", "idn-email": "an internationalised e-mail address (RFC 6531)",
    "hostname": "a host name (RFC 1123)", "idn-hostname": "an internationalised host name (RFC 5890)",
    "ipv4": "an IPv4 address (dotted quad)", "ipv6": "an IPv6 address (RFC 4291)",
    "json-pointer": "a JSON pointer (RFC 6901)", "relative-json-pointer": "a relative JSON pointer",
    "regex": "an ECMA-262 regular expression",
}


def bad_format(path: Path, value: Any, fmt: str, where: str, rule: str) -> ValidationError:
    return ValidationError(format_path(path), rule, f"{describe(value)} is not {_FORMAT_TEXT.get(fmt, fmt)}",
                           value, {"format": fmt}, where)


def not_unique(path: Path, value: Any, first: int, second: int, where: str, rule: str) -> ValidationError:
    return ValidationError(format_path(path), rule, f"items {first} and {second} are equal; items must be unique",
                           value, None, where)


def missing(path: Path, key: str, where: str, rule: str = "required") -> ValidationError:
    return ValidationError(format_path((*path, key)), rule, f"required property {key!r} is missing",
                           None, None, where)


def missing_dependency(path: Path, key: str, because: str, where: str, rule: str) -> ValidationError:
    return ValidationError(format_path((*path, key)), rule,
                           f"{key!r} is required when {because!r} is given", None, [because, key], where)


#: Unknown keys per object that get a did-you-mean; the others are reported without one, so an
#: object with 100k stray keys costs 100k cheap errors rather than 100k fuzzy searches.
SUGGESTIONS_PER_OBJECT = 20


def unexpected(path: Path, key: object, value: Any, known: list[str], where: str,
               rule: str = "additionalProperties", *, suggest: bool = True) -> ValidationError:
    if isinstance(key, str):
        text = f"unknown property {key!r}"
        if not known:
            text += " (no properties are allowed here)"
    else:
        text = f"property key {key!r} is not a string (JSON object keys are strings)"
    hint = did_you_mean(key, known) if suggest else None
    return ValidationError(format_path((*path, key)), rule, text, value, known, where, hint)


def unexpected_keys(path: Path, obj: dict[Any, Any], known_keys: frozenset[str], known: list[str],
                    where: str, rule: str = "additionalProperties") -> list[ValidationError]:
    """An error for every key of ``obj`` outside ``known_keys``, in key order."""
    out: list[ValidationError] = []
    for key, value in obj.items():
        if key not in known_keys:
            out.append(unexpected(path, key, value, known, where, rule,
                                  suggest=len(out) < SUGGESTIONS_PER_OBJECT))
    return out


def not_one_of(path: Path, value: Any, matched: int, branches: list[Any], where: str, rule: str,
               keyword: str = "oneOf") -> ValidationError:
    if keyword == "anyOf" or matched == 0:
        text = f"{describe(value)} matches none of the {len(branches)} allowed alternatives"
    else:
        text = f"{describe(value)} matches {matched} of the alternatives; exactly one is allowed"
    return ValidationError(format_path(path), rule, text, value, branches, where)


def combination_labels(keys: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
    """``1K (1:1): 1024x1024; ...``: computed once when the validator is generated."""
    return "; ".join(
        (f"{row['label']}: " if row.get("label") else "") + "x".join(repr(row[k]) for k in keys)
        for row in rows
    )


def bad_combination(path: Path, value: dict[str, Any], keys: tuple[str, ...], rows: list[dict[str, Any]],
                    labels: str, matched: int, where: str, rule: str) -> ValidationError:
    given = "x".join(describe(value.get(k)) if k in value else "(missing)" for k in keys)
    names = "/".join(keys)
    if matched == 0:
        text = f"{names} {given} is not a supported combination; supported: {labels}"
    else:
        text = f"{names} {given} matches {matched} combinations; exactly one is allowed: {labels}"
    return ValidationError(format_path(path), rule, text, {k: value.get(k) for k in keys if k in value},
                           rows, where)


def forbidden(path: Path, value: Any, where: str, rule: str = "not") -> ValidationError:
    return ValidationError(format_path(path), rule, f"{describe(value)} matches a schema it must not match",
                           value, None, where)


def nothing_allowed(path: Path, value: Any, where: str, rule: str = "false") -> ValidationError:
    return ValidationError(format_path(path), rule, "no value is allowed here", value, None, where)


def too_deep(path: Path, value: Any, where: str) -> ValidationError:
    return ValidationError(format_path(path), "depth", "nested too deeply to validate", None, None, where)


# -- keywords added with the full 2020-12 vocabulary ---------------------------------------------
def bad_contains(path: Path, value: Any, matched: int, minimum: int, maximum: int | None,
                 where: str, rule: str) -> ValidationError:
    if matched < minimum:
        text = f"must contain at least {minimum} matching item{'s' if minimum != 1 else ''}, found {matched}"
    else:
        text = f"must contain at most {maximum} matching item{'s' if maximum != 1 else ''}, found {matched}"
    bounds = {"minContains": minimum} if maximum is None else {"minContains": minimum, "maxContains": maximum}
    return ValidationError(format_path(path), rule, text, value, bounds, where)


def unevaluated(path: Path, part: Any, value: Any, where: str, rule: str) -> ValidationError:
    what = f"item {part}" if isinstance(part, int) else f"property {part!r}"
    return ValidationError(format_path((*path, part)), rule,
                           f"{what} is not allowed here (no other keyword accepts it)", value, None, where)


def bad_property_name(path: Path, key: str, where: str, rule: str) -> ValidationError:
    return ValidationError(format_path((*path, key)), rule,
                           f"property name {describe(key)} does not match the propertyNames schema",
                           key, None, where)
