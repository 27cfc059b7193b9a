"""``## Compatibility & Validation`` -> JSON Schema.

Each rule is a paragraph (plus a table for the table rules), rules separated by ``---``. Sentences
are matched with their code spans replaced by ``{}`` placeholders; ``width/height`` means the pair.
A sentence no template matches is kept as an ``x-unmapped-rules`` entry and reported, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import PageError
from .page import Block

Schema = dict[str, Any]


@dataclass
class Rules:
    entries: list[Schema] = field(default_factory=list)  # allOf entries
    unmapped: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _terms(code: str) -> list[str]:
    return code.split("/") if code == "width/height" else [code]


def present(code: str) -> Schema:
    """A schema that holds when ``code`` (a name, a dotted path, or width/height) is present."""
    names = _terms(code)
    if len(names) > 1:
        return {"required": names}
    parts = code.split(".")
    schema: Schema = {"required": [parts[-1]]}
    for parent in reversed(parts[:-1]):
        schema = {"required": [parent], "properties": {parent: schema}}
    return schema


def _at(code: str, inner: Schema) -> Schema:
    """``inner`` applied to the value at a dotted path."""
    parts = code.split(".")
    schema = inner
    for part in reversed(parts):
        schema = {"properties": {part: schema}}
    return schema


def _any_present(codes: list[str]) -> Schema:
    return present(codes[0]) if len(codes) == 1 else {"anyOf": [present(c) for c in codes]}


def _slug(*codes: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", "-", c.lower()).strip("-") for c in codes)


_NUMBER = r"(\d+)"


def translate(sentence: str, codes: list[str]) -> Schema | None:
    """One rule sentence -> an allOf entry (without x-rule / x-source), or None."""
    s = re.sub(r"\s+", " ", sentence).strip()
    c = codes
    if re.fullmatch(r"\{\} and \{\} must be used together\.", s):
        return {"x-rule": "paired-dimensions" if c == ["width", "height"] else f"paired-{_slug(*c)}",
                "dependentRequired": {c[0]: [c[1]], c[1]: [c[0]]}}
    if re.fullmatch(r"\{\} cannot be used with \{\}\.", s):
        pairs = [{"required": [a, b]} for a in _terms(c[0]) for b in _terms(c[1])]
        return {"x-rule": f"exclusive-{_slug(*c)}", "not": pairs[0] if len(pairs) == 1 else {"anyOf": pairs}}
    if re.fullmatch(r"Provide exactly one of: \{\}((, | or )\{\})+\.", s):
        return {"x-rule": f"exactly-one-of-{_slug(*c)}", "oneOf": [present(x) for x in c]}
    if re.fullmatch(r"Either provide \{\}, or specify \{\}( or \{\})*\.", s):
        return {"x-rule": f"either-{_slug(*c)}", "anyOf": [present(x) for x in c]}
    m = re.fullmatch(r"When \{\}((?: or \{\})*) is provided, (.+)\.", s)
    if m:
        n_cond = 1 + m.group(1).count("{}")
        cond, rest_codes, rest = c[:n_cond], c[n_cond:], m.group(2)
        then = _consequence(rest, rest_codes)
        if then is None:
            return None
        return {"x-rule": f"when-{_slug(*cond)}", "if": _any_present(cond), "then": then}
    return None


def _consequence(text: str, codes: list[str]) -> Schema | None:
    if re.fullmatch(r"\{\}( or \{\})* is required", text):
        return _any_present(codes) if len(codes) > 1 else present(codes[0])
    if re.fullmatch(r"\{\}( and \{\})* (is|are) required", text):
        return {"allOf": [present(x) for x in codes]} if len(codes) > 1 else present(codes[0])
    m = re.fullmatch(r"\{\} requires at least " + _NUMBER + r" items?", text)
    if m:
        return {**present(codes[0]), **_merge(present(codes[0]), _at(codes[0], {"minItems": int(m.group(1))}))}
    if re.fullmatch(r"\{\}((?:,| and| or) \{\})* cannot be used", text):
        names = [n for x in codes for n in _terms(x)]
        return {"not": _any_present(names)}
    m = re.fullmatch(r"\{\} must be \{\}", text)
    if m:
        return _at(codes[0], {"const": _value(codes[1])})
    m = re.fullmatch(r"\{\} is limited to " + _NUMBER + r" items?", text)
    if m:
        return _at(codes[0], {"maxItems": int(m.group(1))})
    return None


def _merge(a: Schema, b: Schema) -> Schema:
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _value(text: str) -> Any:
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return {"true": True, "false": False}.get(text, text)


_DIMS = re.compile(r"^`?(\d+)x(\d+)`?$")


def dimension_table(rows: list[list[str]], line: int) -> Schema:
    header, body = rows[0], rows[1:]
    if [h.lower() for h in header] != ["configuration", "dimensions"]:
        raise PageError(line, f"dimension table header should be Configuration | Dimensions, found {header}")
    branches = []
    for offset, row in enumerate(body, start=2):
        if len(row) != 2:
            raise PageError(line + offset, f"dimension table row has {len(row)} cells, expected 2")
        m = _DIMS.match(row[1])
        if not m:
            raise PageError(line + offset, f"dimension table row: {row[1]!r} is not WIDTHxHEIGHT")
        branches.append({"title": row[0].strip("`"),
                         "properties": {"width": {"const": int(m.group(1))}, "height": {"const": int(m.group(2))}}})
    return {"x-rule": "dimensions", "if": {"required": ["width", "height"]},
            "then": {"title": "Supported dimensions", "x-rule": "dimensions", "oneOf": branches}}


def configuration_table(rows: list[list[str]], line: int) -> Schema:
    """``| Dimensions | duration |`` rows: each listed size allows the values; ``Other`` the rest."""
    header, body = rows[0], rows[1:]
    if len(header) != 2 or header[0].lower() != "dimensions":
        raise PageError(line, f"configuration table header should be Dimensions | <parameter>, found {header}")
    param = header[1].strip("`")
    entries: list[Schema] = []
    listed: list[Schema] = []
    for offset, row in enumerate(body, start=2):
        if len(row) != 2:
            raise PageError(line + offset, f"configuration table row has {len(row)} cells, expected 2")
        values = [_value(v) for v in re.findall(r"`([^`]+)`", row[1])]
        allowed = _at(param, {"enum": values})
        if row[0].strip("`") == "Other":
            entries.append({"if": {"not": {"anyOf": listed}} if listed else True, "then": allowed})
            continue
        m = _DIMS.match(row[0])
        if not m:
            raise PageError(line + offset, f"configuration row: {row[0]!r} is not WIDTHxHEIGHT or Other")
        size = {"required": ["width", "height"],
                "properties": {"width": {"const": int(m.group(1))}, "height": {"const": int(m.group(2))}}}
        listed.append(size)
        entries.append({"if": size, "then": allowed})
    return {"x-rule": f"{_slug(param)}-by-dimensions", "allOf": entries}


def read_rules(blocks: list[Block]) -> Rules:
    rules = Rules()
    chunks: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind == "hr":
            chunks.append([])
        else:
            chunks[-1].append(block)
    for chunk in chunks:
        paragraphs = [b for b in chunk if b.kind == "paragraph" and b.inline is not None]
        tables = [b for b in chunk if b.kind == "table"]
        if not paragraphs:
            continue
        first = paragraphs[0]
        assert first.inline is not None
        text = first.inline.text
        source = text
        if tables and "dimension combinations are supported" in text:
            entry = dimension_table(tables[0].rows, tables[0].line)
        elif tables and "vary based on the configuration" in text:
            entry = configuration_table(tables[0].rows, tables[0].line)
        else:
            placeholder = _placeholders(first)
            entry = translate(placeholder, first.inline.codes) or {}
        if entry:
            rules.entries.append({"x-rule": entry.pop("x-rule"), "x-source": source, **entry})
        else:
            rules.unmapped.append({"text": source, "line": first.line})
            rules.warnings.append(f"line {first.line}: rule not understood, kept as x-unmapped-rules: {source}")
    return rules


def _placeholders(block: Block) -> str:
    assert block.inline is not None
    out = []
    for tok in block.inline.tokens:
        if tok.type == "code_inline":
            out.append("{}")
        elif tok.type == "text":
            out.append(tok.content)
        elif tok.type == "softbreak":
            out.append(" ")
    return "".join(out)
