"""Builds a model spec from a parsed page: metadata, request (with rules), response.

Parameters identical to the platform's (constraints and nested descriptions) become ``$ref``s into
``spec/platform/``; a different top-level description is kept beside the ``$ref``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec.errors import SpecError
from ..spec.yamlsource import load_document
from .errors import PageError
from .page import Block, Page, parse_page
from .parameters import Param, path_of, read_section, schema_of
from .rules import Rules, named_properties, read_rules
from .truncation import Truncation, check

REQUEST_PLATFORM = "image-inference-request.yaml"
RESPONSE_PLATFORM = "image-inference-response.yaml"
_IGNORED = ("description", "x-enum-descriptions", "x-anchor", "title")


@dataclass
class IngestResult:
    spec: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    truncation: Truncation | None = None
    examples: list[dict[str, Any]] = field(default_factory=list)


def _sections(page: Page) -> dict[str, tuple[int, list[Block]]]:
    out: dict[str, tuple[int, list[Block]]] = {}
    heads = [i for i, b in enumerate(page.blocks) if b.kind == "heading" and b.level == 2]
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(page.blocks)
        head = page.blocks[i].inline
        name = head.text if head is not None else ""
        out[name] = (page.blocks[i].line, page.blocks[i + 1:end])
    return out


def _metadata(page: Page, module: str) -> dict[str, Any]:
    title = next((b for b in page.blocks if b.kind == "heading" and b.level == 1), None)
    listing = next((b for b in page.blocks if b.kind == "list"), None)
    facts: dict[str, tuple[str, list[str], int]] = {}
    if listing is not None:
        for offset, item in enumerate(listing.items):
            pair = item.bold_pair()
            if pair:
                facts[pair[0]] = (pair[1], pair[2], listing.line + offset)
    if "ID" not in facts or not facts["ID"][1]:
        raise PageError(listing.line if listing else 1, "no '- **ID**: `provider:model@version`' bullet")
    meta: dict[str, Any] = {"id": facts["ID"][1][0], "name": title.inline.text if title and title.inline else module,
                            "module": module}
    if "Creator" in facts:
        meta["creator"] = facts["Creator"][0]
    if "Status" in facts:
        meta["status"] = facts["Status"][0]
    if "Release Date" in facts:
        text, _, line = facts["Release Date"]
        try:
            meta["releaseDate"] = dt.datetime.strptime(text, "%B %d, %Y").date().isoformat()
        except ValueError:
            raise PageError(line, f"Release Date {text!r} is not like 'May 12, 2026'") from None
    if "Capabilities" in facts:
        meta["capabilities"] = [c.strip() for c in facts["Capabilities"][0].split(",") if c.strip()]
    meta["docs"] = page.front.get("url", "")
    if page.front.get("description"):
        meta["description"] = page.front["description"]
    if not meta["docs"]:
        raise PageError(1, "front matter has no url")
    return meta


def _strip(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _strip(v) for k, v in schema.items() if k not in _IGNORED}
    if isinstance(schema, list):
        return [_strip(v) for v in schema]
    return schema


def _resolve_local(doc: dict[str, Any], node: Any) -> Any:
    if isinstance(node, dict):
        if "$ref" in node and node["$ref"].startswith("#/$defs/"):
            return _resolve_local(doc, doc["$defs"][node["$ref"].rsplit("/", 1)[1]])
        return {k: _resolve_local(doc, v) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve_local(doc, v) for v in node]
    return node


def _same(a: Any, b: Any, *, descriptions: bool) -> bool:
    return bool(a == b) if descriptions else bool(_strip(a) == _strip(b))


class _Platform:
    """The platform files parameters are compared with; a missing or broken one is a SpecError."""

    def __init__(self, platform_dir: Path) -> None:
        self.request = self._load(platform_dir / REQUEST_PLATFORM)
        self.response = self._load(platform_dir / RESPONSE_PLATFORM)

    @staticmethod
    def _load(path: Path) -> dict[str, Any]:
        doc = load_document(path, "a platform file")
        if not isinstance(doc.data, dict):
            raise SpecError(path, 1, "", "a platform file must be a mapping (a schema document)")
        return doc.data

    def reuse(self, name: str, schema: dict[str, Any]) -> dict[str, Any]:
        defs = self.request.get("$defs", {})
        if name in defs:
            target = _resolve_local(self.request, defs[name])
            nested_ok = _same(_children_docs(target), _children_docs(schema), descriptions=True)
            if _same(target, schema, descriptions=False) and nested_ok:
                ref: dict[str, Any] = {"$ref": f"../platform/{REQUEST_PLATFORM}#/$defs/{name}"}
                if schema.get("description") != target.get("description"):
                    ref["description"] = schema.get("description")
                return ref
        if schema.get("type") == "object" and isinstance(schema.get("properties"), dict):
            out = copy.deepcopy(schema)
            for key, sub in schema["properties"].items():
                leaf = name + key[:1].upper() + key[1:]
                if leaf in defs:
                    out["properties"][key] = self.reuse(leaf, sub)
            return out
        return schema


def _children_docs(schema: Any) -> Any:
    if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
        return {k: (v.get("description"), v.get("x-enum-descriptions")) for k, v in schema["properties"].items()
                if isinstance(v, dict)}
    return None


_ONLY_WHEN = re.compile(r"Only applies when `([^`]+)` is `([^`]+)`\.")
_PROSE = re.compile(r"[^.]*\b(must be a multiple of|must be|at most|at least)\b[^.]*\.", re.IGNORECASE)


def _advisories(name: str, schema: dict[str, Any], warnings: list[str], line: int) -> list[dict[str, Any]]:
    out = []
    text = schema.get("description", "")
    for m in _ONLY_WHEN.finditer(text):
        field_name, value = m.group(1), m.group(2)
        out.append({
            "id": f"{name}-only-when-{field_name}-is-{value}".lower(),
            "path": name,
            "message": f"{name} only applies when {field_name} is {value}; otherwise it is ignored.",
            "x-source": m.group(0),
            "when": {"required": [name, field_name], "properties": {field_name: {"not": {"const": value}}}},
        })
    for m in _PROSE.finditer(_ONLY_WHEN.sub("", text)):
        warnings.append(f"line {line}: {name}: prose constraint not turned into a rule: {m.group(0).strip()}")
    return out


def _complete(params: list[Param], partial: bool, warnings: list[str]) -> list[tuple[Param, dict[str, Any]]]:
    """Each parameter with its schema; on a partial page the one the cut went through is left out."""
    out = []
    for param in params:
        try:
            out.append((param, schema_of(param)))
        except PageError as exc:
            if not partial:
                raise
            warnings.append(f"line {param.line}: left out {param.name!r}, cut off by the truncation: {exc.message}")
    return out


def _request(params: list[Param], platform: _Platform, meta: dict[str, Any], warnings: list[str],
             partial: bool = False) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required: list[str] = []
    advisories: list[dict[str, Any]] = []
    task_type = "request"
    for param, schema in _complete(params, partial, warnings):
        path = path_of(param)
        advisories += _advisories(path[-1], schema, warnings, param.line)
        if param.attr("Required") == "true" and len(path) == 1:
            required.append(path[0])
        if path == ("taskType",) and "const" in schema:
            task_type = schema["const"]
        if len(path) == 1:
            props[path[0]] = platform.reuse(path[0], schema)
            continue
        node = props
        for depth, part in enumerate(path[:-1]):
            if part not in node:
                node[part] = {"type": "object", "additionalProperties": False}
                if depth == len(path) - 2 and param.group_description:
                    node[part]["description"] = param.group_description
                node[part]["properties"] = {}
            holder = node[part]
            if param.attr("Required") == "true" and depth == len(path) - 2:
                holder.setdefault("required", []).append(path[-1])
            node = holder["properties"]
        node[path[-1]] = schema
    root: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"{meta['name']} {task_type} request",
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": props,
    }
    if advisories:
        root["x-advisories"] = advisories
    return root


def _response(params: list[Param], platform: _Platform) -> dict[str, Any]:
    props = {p.name: schema_of(p, response=True) for p in params}
    required = [p.name for p in params if p.attr("Required") == "true"]
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": platform.response.get("title"),
              "type": "object", "required": required, "properties": props}
    if _same({**platform.response}, schema, descriptions=True):
        return {"$ref": f"../platform/{RESPONSE_PLATFORM}"}
    schema["title"] = "Result item"
    return schema


def _examples(blocks: list[Block], warnings: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    title = ""
    label = ""
    for block in blocks:
        if block.kind == "heading" and block.inline:
            title = block.inline.text
        elif block.kind == "paragraph" and block.inline and block.inline.bold_pair():
            label = block.inline.bold_pair()[0]  # type: ignore[index]
        elif block.kind == "fence" and block.inline is not None:
            try:
                data = json.loads(block.inline.text)
            except json.JSONDecodeError as exc:
                warnings.append(f"line {block.line}: example {title!r} is not valid JSON: {exc.msg}")
                continue
            if label == "Request":
                out.append({"title": title, "request": data, "line": block.line})
            elif label == "Response" and out and out[-1]["title"] == title:
                out[-1]["response"] = data
    return out


def _keep_declared(rules: Rules, declared: dict[str, Any]) -> None:
    """On a partial page, a rule naming a parameter lost in the cut would contradict the spec (it
    names an undeclared property): it is kept, translated, in ``x-unmapped-rules``, not enforced."""
    kept: list[tuple[dict[str, Any], int]] = []
    for entry, line in zip(rules.entries, rules.lines):
        missing = sorted(named_properties(entry) - set(declared))
        if missing:
            reason = f"names {', '.join(missing)}, which the truncation cut off"
            rules.unmapped.append({"text": entry["x-source"], "line": line, "reason": reason, "rule": entry})
            rules.warnings.append(f"line {line}: rule {reason}; kept, not enforced, as x-unmapped-rules: "
                                  f"{entry['x-source']}")
        else:
            kept.append((entry, line))
    rules.entries = [e for e, _ in kept]
    rules.lines = [n for _, n in kept]


def _conditional_paths(rule: Any) -> list[str]:
    """The parameter paths (dotted) a rule makes conditional: every one its branches of
    ``anyOf`` / ``oneOf`` or its ``not`` require, and those its ``then`` / ``else`` require."""
    found: list[str] = []

    def required_paths(node: Any, prefix: str) -> None:
        if not isinstance(node, dict):
            return
        for name in node.get("required") or []:
            if isinstance(name, str) and f"{prefix}{name}" not in found:
                found.append(f"{prefix}{name}")
        for name, sub in (node.get("properties") or {}).items():
            required_paths(sub, f"{prefix}{name}.")
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key) or []:
                required_paths(sub, prefix)
        required_paths(node.get("not"), prefix)

    if not isinstance(rule, dict):
        return found
    for key in ("anyOf", "oneOf"):
        for branch in rule.get(key) or []:
            required_paths(branch, "")
    for key in ("not", "then", "else"):
        required_paths(rule.get(key), "")
    return found


def _reconcile_required(request: dict[str, Any], rules: Rules, warnings: list[str]) -> None:
    """A parameter listed as "Required: true" that a rule makes conditional (either/or, cannot be
    used with, when ... is required) is not required unconditionally: the page's rule says when it
    is. Each such parameter leaves its ``required`` list, with a warning naming it and the rule."""
    for entry, line in zip(rules.entries, rules.lines):
        for path in _conditional_paths(entry):
            parts = path.split(".")
            holder: Any = request
            for part in parts[:-1]:
                holder = (holder.get("properties") or {}).get(part) if isinstance(holder, dict) else None
            required = holder.get("required") if isinstance(holder, dict) else None
            if not isinstance(required, list) or parts[-1] not in required:
                continue
            required.remove(parts[-1])
            if not required and holder is not request:
                del holder["required"]
            warnings.append(f"line {line}: {path}: listed as Required, but the rule {entry['x-rule']!r} "
                            f"({entry['x-source']}) says when it is: not required unconditionally")


def ingest_text(text: str, *, module: str, platform_dir: Path, allow_partial: bool = False) -> IngestResult:
    page = parse_page(text)
    truncation = check(page)
    if truncation is not None and not allow_partial:
        raise PageError(truncation.line, f"truncated page: {truncation.describe()}; nothing written "
                                         "(--allow-partial writes the complete part, marked partial)")
    warnings: list[str] = []
    meta = _metadata(page, module)
    sections = _sections(page)
    platform = _Platform(platform_dir)
    _, request_blocks = sections.get("Request Parameters", (0, []))
    request = _request(read_section(request_blocks), platform, meta, warnings, partial=truncation is not None)
    if "Compatibility & Validation" in sections:
        rules = read_rules(sections["Compatibility & Validation"][1])
        names: dict[str, int] = {}
        for entry in rules.entries:
            base = entry["x-rule"]
            names[base] = names.get(base, 0) + 1
            if names[base] > 1:
                entry["x-rule"] = f"{base}-{names[base]}"
        if truncation is not None:
            _keep_declared(rules, request["properties"])
        _reconcile_required(request, rules, warnings)
        if rules.entries:
            request["allOf"] = rules.entries
        if rules.unmapped:
            request["x-unmapped-rules"] = rules.unmapped
        warnings += rules.warnings
    if "model" in request["properties"] and request["properties"]["model"].get("const") not in (None, meta["id"]):
        warnings.append(f"the model parameter's Value differs from the ID {meta['id']!r}")
    response_params = read_section(sections["Response Parameters"][1]) if "Response Parameters" in sections else []
    response = _response(response_params, platform) if response_params else {"type": "object"}
    spec: dict[str, Any] = {"model": meta, "request": request, "response": response}
    if truncation is not None:
        spec["model"]["x-partial"] = {"stops-at-line": truncation.line, "incomplete": truncation.missing}
    examples = _examples(sections["Examples"][1], warnings) if "Examples" in sections else []
    return IngestResult(spec, warnings, truncation, examples)
