"""Client bindings: one keyword-only ``generate`` method per model, and the two client classes.

Every request property becomes a snake_case keyword argument; the children of the ``inputs`` and
``settings`` groups are lifted to the top level (``reference_images=``, ``creativity=``), as the
docs present them. Arguments reuse the names in ``types.py``; only image inputs (marked
``x-media-input: image`` in the spec) widen to ``ImageInput`` so that files and bytes are accepted.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from . import typegen
from .literals import class_name, snake_case
from .model import ModelSpec
from .schemarefs import resolve
from .templating import render_template

# Groups whose children the docs list as parameters of their own.
FLATTENED_GROUPS = ("inputs", "settings")
# Keyword arguments every method has besides the model's parameters.
CALL_OPTIONS = ("task_uuid", "timeout", "max_retries", "wait_timeout")
IMAGE_MARK = "x-media-input"


@dataclass
class Param:
    name: str  # the keyword argument
    path: tuple[str, ...]  # where it goes in the task
    annotation: str
    required: bool
    doc: str


@dataclass
class ClientModule:
    model: ModelSpec
    request_type: str
    class_name: str
    task_type: str
    params: list[Param] = field(default_factory=list)
    arg_types: list[typegen.TypedDictDef] = field(default_factory=list)
    image_paths: list[tuple[str, ...]] = field(default_factory=list)
    imported_types: set[str] = field(default_factory=set)


def _has_image(root: dict[str, Any], node: Any, depth: int = 0) -> bool:
    s = resolve(root, node)
    if not isinstance(s, dict) or depth > 20:
        return False
    if s.get(IMAGE_MARK) == "image":
        return True
    children: list[Any] = []
    for kw in ("oneOf", "anyOf"):
        children += s.get(kw, [])
    if isinstance(s.get("items"), dict):
        children.append(s["items"])
    if isinstance(s.get("properties"), dict):
        children += s["properties"].values()
    return any(_has_image(root, c, depth + 1) for c in children)


class _Args:
    """Annotations for keyword arguments, built on the names ``typegen`` gave each schema node."""

    def __init__(self, root: dict[str, Any], types: typegen.TypeModule, out: ClientModule) -> None:
        self.root = root
        self.types = types
        self.out = out
        self.exported = set(types.exported)

    def annotation(self, node: Any, path: tuple[str, ...]) -> str:
        s = resolve(self.root, node)
        if not isinstance(s, dict):
            return "Any"
        if s.get(IMAGE_MARK) == "image" and s.get("type") == "string":
            self.out.image_paths.append(path)
            return "ImageInput"
        if s.get("type") == "array" and isinstance(s.get("items"), dict):
            return f"Sequence[{self.annotation(s['items'], (*path, '*'))}]"
        if not _has_image(self.root, s):
            return self._reuse(node)
        for kw in ("oneOf", "anyOf"):
            if kw in s:
                branches = [self.annotation(b, path) for b in s[kw]]
                return " | ".join(dict.fromkeys(branches))
        if isinstance(s.get("properties"), dict):
            return self._typed_dict(node, s, path)
        return self._reuse(node)

    def _reuse(self, node: Any) -> str:
        ann = self.types.by_node.get(id(node), "Any")
        self.out.imported_types.update(
            n for n in re.findall(r"\b[A-Za-z_]\w*\b", ann) if n in self.exported
        )
        return ann.replace("list[", "Sequence[")

    def _typed_dict(self, node: Any, s: dict[str, Any], path: tuple[str, ...]) -> str:
        base = self.types.by_node.get(id(node), class_name(path[-1] if path else "Item"))
        name = f"{base}Arg"
        required = set(s.get("required", []))
        fields = []
        for key, sub in s["properties"].items():
            resolved = resolve(self.root, sub)
            fields.append(
                typegen.Field(
                    key,
                    self.annotation(sub, (*path, key)),
                    key in required,
                    typegen.field_doc(resolved) if isinstance(resolved, dict) else "",
                )
            )
        if all(t.name != name for t in self.out.arg_types):
            doc = f"{base}, with image inputs also accepted as files or bytes."
            self.out.arg_types.append(typegen.TypedDictDef(name, doc, fields))
        return name


def build(model: ModelSpec) -> ClientModule:
    root = model.request_schema
    request = resolve(root, root)
    types = typegen.build(model)
    properties = request.get("properties", {}) if isinstance(request, dict) else {}
    declared = resolve(root, properties.get("taskType", {}))
    task_type = (
        declared.get("const", "imageInference") if isinstance(declared, dict) else "imageInference"
    )
    out = ClientModule(
        model, class_name(model.module) + "Request", class_name(model.module), str(task_type)
    )
    out.imported_types.add(out.request_type)
    args = _Args(root, types, out)
    taken = set(CALL_OPTIONS)
    top_required = set(request.get("required", [])) if isinstance(request, dict) else set()

    entries: list[tuple[tuple[str, ...], Any, bool]] = []
    for key, node in properties.items():
        s = resolve(root, node)
        if key == "taskUUID" or (isinstance(s, dict) and "const" in s):
            continue  # filled in by the method: taskType, taskUUID, model
        if (
            key in FLATTENED_GROUPS
            and isinstance(s, dict)
            and isinstance(s.get("properties"), dict)
        ):
            inner_required = set(s.get("required", [])) if key in top_required else set()
            for child, sub in s["properties"].items():
                entries.append(((key, child), sub, child in inner_required))
        else:
            entries.append(((key,), node, key in top_required))

    uses = Counter(snake_case(path[-1]) for path, _, _ in entries)
    for path, node, required in entries:
        name = snake_case(path[-1])
        # A lifted group child sharing its name with another parameter keeps its group's prefix.
        if name in taken or (len(path) > 1 and uses[name] > 1):
            name = snake_case("_".join(path))
        if name in taken:
            raise ValueError(f"{model.slug}: two parameters map to the keyword argument {name!r}")
        taken.add(name)
        s = resolve(root, node)
        out.params.append(
            Param(
                name,
                path,
                args.annotation(node, path),
                required,
                typegen.field_doc(s) if isinstance(s, dict) else "",
            )
        )
    # Required first (the order of the docs otherwise), as Python needs no-default args first.
    out.params.sort(key=lambda p: not p.required)
    return out


def render(model: ModelSpec) -> str:
    module = build(model)
    annotations = " ".join(
        [p.annotation for p in module.params]
        + [f.annotation for t in module.arg_types for f in t.fields]
    )
    needs = {word for word in ("Sequence", "ImageInput") if word in annotations}
    if module.arg_types:
        needs.add("TypedDict")
    return render_template(
        "model/client.py.jinja",
        model=model,
        m=module,
        needs=needs,
        types=sorted(module.imported_types),
    )


def render_package(models: list[ModelSpec]) -> str:
    return render_template(
        "package/client.py.jinja",
        models=models,
        classes={m.module: class_name(m.module) for m in models},
    )
