"""``## Compatibility & Validation`` -> JSON Schema.

Rules are sentences in paragraphs and list items (blocks separated by ``---``, though any number
of paragraphs may share a block), and the tables a sentence introduces ("The following dimension
combinations are supported:"). Sentences are matched with their code spans replaced by ``{}``
placeholders; ``width/height`` means the pair. Every sentence, table and code block of the section
becomes a rule or an ``x-unmapped-rules`` entry that is reported: nothing is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import PageError
from .page import Block, Inline

Schema = dict[str, Any]


@dataclass
class Rules:
    entries: list[Schema] = field(default_factory=list)  # allOf entries
    lines: list[int] = field(default_factory=list)  # the page line of each entry
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


@dataclass
class _Sentence:
    template: str  # code spans as {} placeholders
    text: str  # as the page shows it (code spans without backticks)
    codes: list[str]


_BOUNDARY = re.compile(r"(?<=[.!?])\s+")


def sentences(inline: Inline) -> list[_Sentence]:
    """The sentences of a paragraph or list item, split after '.', '!' or '?' and a space."""
    runs: list[tuple[bool, str]] = []  # (is a code span, content); emphasis and links add nothing
    for tok in inline.tokens:
        if tok.type == "code_inline":
            runs.append((True, tok.content))
        elif tok.type in ("text", "softbreak"):
            piece = tok.content if tok.type == "text" else " "
            if runs and not runs[-1][0]:
                runs[-1] = (False, runs[-1][1] + piece)
            else:
                runs.append((False, piece))
    out: list[_Sentence] = []
    template: list[str] = []
    text: list[str] = []
    codes: list[str] = []
    for is_code, content in runs:
        if is_code:
            template.append("{}")
            text.append(content)
            codes.append(content)
            continue
        for n, piece in enumerate(_BOUNDARY.split(content)):
            if n and "".join(text).strip():
                out.append(_Sentence("".join(template).strip(), "".join(text).strip(), codes))
                template, text, codes = [], [], []
            template.append(piece)
            text.append(piece)
    if "".join(text).strip():
        out.append(_Sentence("".join(template).strip(), "".join(text).strip(), codes))
    return out


_TABLE_RULES = (("dimension combinations are supported", dimension_table),
                ("vary based on the configuration", configuration_table))


def read_rules(blocks: list[Block]) -> Rules:
    rules = Rules()
    used: set[int] = set()  # tables a sentence introduced

    def unmapped(text: str, line: int, why: str = "rule not understood") -> None:
        rules.unmapped.append({"text": text, "line": line})
        rules.warnings.append(f"line {line}: {why}, kept as x-unmapped-rules: {text}")

    def add(entry: Schema, source: str, line: int) -> None:
        rules.entries.append({"x-rule": entry.pop("x-rule"), "x-source": source, **entry})
        rules.lines.append(line)

    def next_table(i: int) -> int | None:
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind in ("hr", "heading"):
                return None
            if blocks[j].kind == "table" and j not in used:
                return j
        return None

    for i, block in enumerate(blocks):
        if block.kind in ("paragraph", "list"):
            inlines = [block.inline] if block.kind == "paragraph" and block.inline else block.items
            for inline in inlines:
                line = inline.line or block.line
                pending: list[str] = []  # consecutive sentences no template matches, kept as one entry
                for sentence in sentences(inline):
                    table_rule = next((fn for phrase, fn in _TABLE_RULES if phrase in sentence.text), None)
                    j = next_table(i) if table_rule is not None else None
                    if table_rule is not None and j is not None:
                        used.add(j)
                        entry: Schema | None = table_rule(blocks[j].rows, blocks[j].line)
                    else:
                        entry = translate(sentence.template, sentence.codes)
                    if entry is None:
                        pending.append(sentence.text)
                        continue
                    if pending:
                        unmapped(" ".join(pending), line)
                        pending = []
                    add(entry, sentence.text, line)
                if pending:
                    unmapped(" ".join(pending), line)
        elif block.kind == "table" and i not in used:
            unmapped(_table_text(block.rows), block.line, "table no sentence introduces")
        elif block.kind == "fence" and block.inline is not None:
            unmapped(block.inline.text.rstrip("\n"), block.line, "code block not read as a rule")
    return rules


def _table_text(rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def named_properties(rule: Any) -> set[str]:
    """The top-level property names a rule (an allOf entry) mentions."""
    names: set[str] = set()
    if not isinstance(rule, dict):
        return names
    names.update(n for n in rule.get("required") or [] if isinstance(n, str))
    for key, deps in (rule.get("dependentRequired") or {}).items():
        names.add(key)
        names.update(d for d in deps if isinstance(d, str))
    names.update(rule.get("properties") or {})
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in rule.get(key) or []:
            names |= named_properties(sub)
    for key in ("not", "if", "then", "else"):
        names |= named_properties(rule.get(key))
    return names
