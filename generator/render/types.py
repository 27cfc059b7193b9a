"""Typed bindings: request and response TypedDicts, nested types and ``Literal`` enums.

The schema is walked once; every object with declared properties becomes a TypedDict, every string
enum a ``Literal`` alias, every union an alias. Python 3.10 has no ``Required``/``NotRequired``, so
an object with both kinds of keys becomes a total base class (required keys) and a ``total=False``
subclass (optional keys).
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from ..compiler.literals import class_name, py_literal
from ..spec.model import ModelSpec
from ..spec.schemarefs import resolve as _resolve
from .templating import render_template


@dataclass
class Field:
    key: str
    annotation: str
    required: bool
    doc: str


@dataclass
class TypedDictDef:
    name: str
    doc: str
    fields: list[Field]

    @property
    def functional(self) -> bool:
        return any(not f.key.isidentifier() or keyword.iskeyword(f.key) for f in self.fields)

    @property
    def required(self) -> list[Field]:
        return [f for f in self.fields if f.required]

    @property
    def optional(self) -> list[Field]:
        return [f for f in self.fields if not f.required]


@dataclass
class Alias:
    name: str
    annotation: str
    doc: str


@dataclass
class TypeModule:
    definitions: list[TypedDictDef | Alias] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    exported: list[str] = field(default_factory=list)
    # id(schema node as written) -> its annotation, so the client generator can reuse the names.
    by_node: dict[int, str] = field(default_factory=dict)

    def claim(self, *candidates: str) -> str:
        for name in candidates:
            if name not in self.names:
                self.names.add(name)
                return name
        base, n = candidates[-1], 2
        while f"{base}{n}" in self.names:
            n += 1
        self.names.add(f"{base}{n}")
        return f"{base}{n}"


def field_doc(schema: dict[str, Any]) -> str:
    parts = [" ".join(str(schema.get("description", "")).split())]
    facts = []
    if "default" in schema:
        facts.append(f"default {py_literal(schema['default'])}")
    for kw, word in (("minimum", ">="), ("maximum", "<="), ("exclusiveMinimum", ">"), ("exclusiveMaximum", "<"),
                     ("minItems", "items >="), ("maxItems", "items <="), ("minLength", "length >="),
                     ("maxLength", "length <="), ("multipleOf", "multiple of")):
        if kw in schema:
            facts.append(f"{word} {schema[kw]!r}")
    if "format" in schema:
        facts.append(str(schema.get("x-format-label", schema["format"])))
    if facts:
        parts.append("(" + "; ".join(facts) + ")")
    return " ".join(p for p in parts if p)


class _Builder:
    def __init__(self, root: dict[str, Any], module: TypeModule) -> None:
        self.root = root
        self.module = module

    def annotation(self, schema: Any, hint: str, parent: str) -> str:
        result = self._annotation(schema, hint, parent)
        self.module.by_node[id(schema)] = result
        return result

    def _annotation(self, schema: Any, hint: str, parent: str) -> str:
        schema = _resolve(self.root, schema)
        if schema is True or not isinstance(schema, dict):
            return "Any"
        if "const" in schema and isinstance(schema["const"], (str, int, bool)) and not isinstance(schema["const"], float):
            return f"Literal[{py_literal(schema['const'])}]"
        if "enum" in schema and schema["enum"] and all(isinstance(v, str) for v in schema["enum"]):
            name = self.module.claim(class_name(hint), parent + class_name(hint))
            values = ", ".join(py_literal(v) for v in schema["enum"])
            self.module.definitions.append(Alias(name, f"Literal[{values}]", field_doc(schema)))
            self.module.exported.append(name)
            return name
        for kw in ("oneOf", "anyOf"):
            if kw in schema:
                branches = []
                for i, branch in enumerate(schema[kw]):
                    b = _resolve(self.root, branch)
                    sub_hint = hint if len(schema[kw]) == 1 or (isinstance(b, dict) and b.get("type") == "object") \
                        else f"{hint}{i + 1}"
                    branches.append(self.annotation(b, sub_hint, parent))
                unique = list(dict.fromkeys(branches))
                if len(unique) == 1:
                    return unique[0]
                name = self.module.claim(class_name(hint) + "Input", parent + class_name(hint) + "Input")
                self.module.definitions.append(Alias(name, " | ".join(unique), field_doc(schema)))
                self.module.exported.append(name)
                return name
        types = schema.get("type")
        type_list = [types] if isinstance(types, str) else list(types or [])
        if len(type_list) > 1:
            return " | ".join(self.annotation({**schema, "type": t}, hint, parent) for t in type_list)
        t = type_list[0] if type_list else ("object" if "properties" in schema else None)
        if t == "object":
            if isinstance(schema.get("properties"), dict) and schema["properties"]:
                return self.typed_dict(schema, hint, parent)
            return "dict[str, Any]"
        if t == "array":
            item_hint = hint[:-1] if hint.endswith("s") and len(hint) > 1 else hint + "Item"
            return f"list[{self.annotation(schema.get('items', True), item_hint, parent)}]"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(t or "", "Any")

    def typed_dict(self, schema: dict[str, Any], hint: str, parent: str, name: str | None = None) -> str:
        name = name or self.module.claim(class_name(hint), parent + class_name(hint))
        required = set(schema.get("required", []))
        fields = []
        for key, sub in schema["properties"].items():
            resolved = _resolve(self.root, sub)
            ann = self.annotation(sub, key, name)
            fields.append(Field(key, ann, key in required, field_doc(resolved) if isinstance(resolved, dict) else ""))
        self.module.definitions.append(TypedDictDef(name, " ".join(str(schema.get("description", "")).split()), fields))
        self.module.exported.append(name)
        return name


# Names ``types.py`` and ``client.py`` define or import themselves: no spec-derived type may take
# one (a parameter called ``sequence`` or ``imageResult`` with an enum would otherwise shadow it).
RESERVED_NAMES = frozenset({
    "Any", "Literal", "TypedDict", "Union", "Sequence", "ImageInput", "ImageResult", "SyncClient",
    "AsyncClient", "MODEL_ID",
})


def build(model: ModelSpec) -> TypeModule:
    module = TypeModule()
    base = class_name(model.module)
    module.names.update(RESERVED_NAMES | {base, "Async" + base})  # the client's two classes
    for schema, suffix in ((model.request_schema, "Request"), (model.response_schema, "Response")):
        builder = _Builder(schema, module)
        root = _resolve(schema, schema)
        name = module.claim(base + suffix)
        if isinstance(root.get("properties"), dict) and root["properties"]:
            builder.typed_dict(root, suffix, base, name=name)
        else:
            module.definitions.append(Alias(name, "dict[str, Any]", ""))
            module.exported.append(name)
    return module


def render(model: ModelSpec) -> str:
    module = build(model)
    return render_template("model/types.py.jinja", model=model, module=module,
                           exported=sorted(module.exported))
