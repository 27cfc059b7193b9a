"""Parameter sections (``## Request Parameters`` / ``## Response Parameters``) -> JSON Schema.

Nesting comes from the ``Path`` bullet and the anchor, not from heading depth; ``####`` headings are
the children of an object parameter or of a ``Format 2`` union variant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import PageError
from .page import Block

UUID4 = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
ATTRIBUTES = ("Type", "Required", "Default", "Min", "Max", "Step", "Format", "Value", "Paired with", "Path")
_NUMBER = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


@dataclass
class Param:
    name: str
    line: int
    level: int
    anchor: str = ""
    attrs: dict[str, tuple[str, list[str], int]] = field(default_factory=dict)
    description: str = ""
    enum: list[str] | None = None
    enum_descriptions: dict[str, str] = field(default_factory=dict)
    children: list[Param] = field(default_factory=list)
    variants: list[Param] = field(default_factory=list)  # Format 1 / Format 2
    group: tuple[str, ...] = ()
    group_description: str = ""

    def attr(self, key: str) -> str | None:
        return self.attrs[key][0] if key in self.attrs else None


# Bold labels that open a group of parameters; the paragraph after one says where they nest.
GROUP_LABELS = ("API Options", "Core Parameters", "Inputs", "Settings", "Provider Settings", "Advanced Features")

_VARIANT = re.compile(r"^Format (\d+): (.+)$")


def read_section(blocks: list[Block]) -> list[Param]:
    """Parameters of one section, top level first, children attached."""
    params: list[Param] = []
    current: Param | None = None  # the parameter whose attributes/description come next
    owner: Param | None = None  # the ### parameter that owns #### children
    variant: Param | None = None
    group: tuple[str, ...] = ()
    group_description = ""
    expect_group_description = False
    expect_allowed_list: Param | None = None
    seen_attrs = False
    for block in blocks:
        if block.kind == "heading" and block.level in (3, 4) and block.inline is not None:
            name = block.inline.text
            anchor = (block.inline.href or "").partition("#")[2]
            p = Param(name, block.line, block.level, anchor, group=group, group_description=group_description)
            if block.level == 3:
                params.append(p)
                owner, variant = p, None
            elif variant is not None:
                variant.children.append(p)
            elif owner is not None:
                owner.children.append(p)
            else:
                raise PageError(block.line, f"#### {name} has no ### parameter above it")
            current, seen_attrs, expect_allowed_list = p, False, None
            continue
        if block.kind == "paragraph" and block.inline is not None:
            inline = block.inline
            pair = inline.bold_pair()
            only_bold = bool(inline.strong) and inline.text == inline.strong[0]
            if only_bold and not pair and inline.text in GROUP_LABELS:
                group, group_description, expect_group_description = (), "", True
                owner = variant = current = None
                continue
            if expect_group_description:
                expect_group_description = False
                group_description = inline.text.replace("\\`", "`")
                nested = re.search(r"nested inside the `([^`]+)` object", group_description)
                group = tuple(nested.group(1).split(".")) if nested else ()
                group_description = group_description.split(" These must be nested")[0].strip()
                continue
            if pair and _VARIANT.match(pair[0]) and owner is not None:
                variant = Param(pair[0], block.line, 4)
                owner.variants.append(variant)
                current, seen_attrs = variant, False
                continue
            if pair and pair[0] == "Allowed values" and current is not None:
                if pair[2]:
                    current.enum = list(pair[2])
                else:
                    expect_allowed_list = current
                continue
            if current is not None and seen_attrs and not current.description and not pair:
                current.description = " ".join(inline.markdown.replace("\\`", "`").split())
            continue
        if block.kind == "list" and current is not None:
            if expect_allowed_list is not None:
                values = []
                for item in block.items:
                    if item.codes:
                        values.append(item.codes[0])
                        rest = item.text[len(item.codes[0]):].strip()
                        if rest:
                            current.enum_descriptions[item.codes[0]] = rest
                current.enum = values
                expect_allowed_list = None
                continue
            if not seen_attrs:
                _read_attributes(current, block)
                seen_attrs = True
    return params


def _read_attributes(param: Param, block: Block) -> None:
    for offset, item in enumerate(block.items):
        pair = item.bold_pair()
        if pair is None:
            continue
        key, text, codes = pair
        if key not in ATTRIBUTES:
            continue
        param.attrs[key] = (codes[0] if codes else text, codes, block.line + offset)


def _number(param: Param, key: str) -> int | float:
    text, _, line = param.attrs[key]
    if not _NUMBER.match(text):
        raise PageError(line, f"{param.name}: {key} should be a number, found {text!r}")
    return int(text) if re.match(r"^-?[0-9]+$", text) else float(text)


_SCALARS = {"string": "string", "integer": "integer", "float": "number", "number": "number",
            "boolean": "boolean"}


def schema_of(param: Param, *, response: bool = False) -> dict[str, Any]:
    type_text = param.attr("Type")
    if type_text is None and param.variants:
        type_text = "object"
    if type_text is None:
        raise PageError(param.line, f"{param.name}: no Type bullet")
    line = param.attrs["Type"][2] if "Type" in param.attrs else param.line
    schema: dict[str, Any] = {}
    t = type_text.strip()
    if t in _SCALARS:
        schema["type"] = _SCALARS[t]
    elif t.startswith("object"):
        schema["type"] = "object"
        schema["additionalProperties"] = False
    elif t.startswith("array of "):
        schema["type"] = "array"
        schema["items"] = _items(param, t[len("array of "):], line)
    else:
        raise PageError(line, f"{param.name}: unknown Type {t!r} (expected string, integer, float, boolean, "
                              "object or 'array of ...')")
    kind = schema["type"]
    for key, (word_num, word_str, word_arr) in {"Min": ("minimum", "minLength", "minItems"),
                                               "Max": ("maximum", "maxLength", "maxItems")}.items():
        if key in param.attrs:
            word = {"string": word_str, "array": word_arr}.get(kind, word_num)
            schema[word] = _number(param, key)
    if "Step" in param.attrs:
        schema["multipleOf"] = _number(param, "Step")
    if "Value" in param.attrs:
        schema["const"] = param.attr("Value")
    if param.enum is not None:
        schema["enum"] = param.enum
    if "Default" in param.attrs:
        schema["default"] = _default(param, kind)
    fmt = param.attr("Format")
    if fmt is not None:
        if fmt.lower() == "uuid v4":
            schema.update({"format": "uuid", "pattern": UUID4, "x-format-label": "UUID v4"})
        elif fmt.lower() == "uri":
            schema["format"] = "uri"
        else:
            raise PageError(param.attrs["Format"][2], f"{param.name}: unknown Format {fmt!r}")
    if param.description:
        schema["description"] = param.description
    if not response and _is_image_input(param):
        target = schema["items"] if kind == "array" else schema
        if target.get("type") == "string":
            target["x-media-input"] = "image"
    if param.anchor:
        schema["x-anchor"] = param.anchor
    if param.enum_descriptions:
        schema["x-enum-descriptions"] = dict(param.enum_descriptions)
    if "Paired with" in param.attrs:
        schema["x-paired-with"] = param.attr("Paired with")
    if kind == "object" and param.children:
        schema["properties"] = {}
        required = []
        for child in param.children:
            key = _leaf(child)
            schema["properties"][key] = schema_of(child, response=response)
            if child.attr("Required") == "true":
                required.append(key)
        if required:
            schema["required"] = required
        schema = _order(schema)
    return schema


# "Image input (UUID, URL, Data URI, or Base64)": a string the client may build from a file or bytes.
_MEDIA_FORMS = re.compile(r"\bUUID\b.*\bURL\b.*\bBase64\b", re.IGNORECASE)


def _is_image_input(param: Param) -> bool:
    text = param.description or ""
    return bool(_MEDIA_FORMS.search(text)) and "image" in (text + param.name).lower()


def _items(param: Param, what: str, line: int) -> dict[str, Any]:
    if what in ("strings", "integers", "floats", "booleans"):
        return {"type": _SCALARS[what[:-1]]}
    if what in ("objects", "strings or objects"):
        branches = []
        for variant in param.variants:
            title = _VARIANT.match(variant.name)
            label = f"Format {title.group(1)}" if title else variant.name
            if variant.children:
                obj: dict[str, Any] = {"title": label, "type": "object", "additionalProperties": False,
                                       "properties": {}}
                required = []
                for child in variant.children:
                    key = _leaf(child)
                    obj["properties"][key] = schema_of(child)
                    if child.attr("Required") == "true":
                        required.append(key)
                if required:
                    obj["required"] = required
                branches.append(_order(obj))
            else:
                inner = schema_of(variant)
                branches.append({"title": label, **inner})
        if not branches:
            raise PageError(line, f"{param.name}: 'array of {what}' without Format variants")
        return branches[0] if len(branches) == 1 else {"oneOf": branches}
    raise PageError(line, f"{param.name}: unknown Type 'array of {what}'")


def _order(obj: dict[str, Any]) -> dict[str, Any]:
    head = ("title", "type", "additionalProperties", "required", "properties")
    return {**{k: obj[k] for k in head if k in obj}, **{k: v for k, v in obj.items() if k not in head}}


def _default(param: Param, kind: str) -> Any:
    text = param.attr("Default") or ""
    if kind == "boolean":
        if text not in ("true", "false"):
            raise PageError(param.attrs["Default"][2], f"{param.name}: Default should be true or false, found {text!r}")
        return text == "true"
    if kind in ("integer", "number"):
        return _number(param, "Default")
    return text


def _leaf(param: Param) -> str:
    path = param.attr("Path")
    return path.rsplit(".", 1)[-1] if path else param.name


def path_of(param: Param) -> tuple[str, ...]:
    """Where a top-level parameter sits in the request object."""
    path = param.attr("Path")
    type_text = param.attr("Type") or ""
    if path and type_text.startswith("object") and param.children:
        return tuple(path.split(".")[:-1])  # an object's Path shows its first child
    if path:
        return tuple(path.split("."))
    return (*param.group, param.name)
