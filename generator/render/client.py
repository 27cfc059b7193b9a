"""Client bindings: one keyword-only ``generate`` method per model, and the two client classes.

Every request property becomes a snake_case keyword argument; the children of the ``inputs`` and
``settings`` groups are lifted to the top level (``reference_images=``, ``creativity=``), as the
docs present them. Arguments reuse the names in ``types.py``; only media inputs (marked
``x-media-input: image``, ``video`` or ``audio`` in the spec) widen to ``ImageInput`` /
``MediaInput`` so that files and bytes are accepted. ``generate`` returns the result class of the
model's output media (``list[VideoResult]`` for a video model).

The keyword for a wire name (see :func:`keywords`, and the README) never starts with an
underscore: the generated methods refer to everything of their own through such names
(``_task``, ``_put``, ``_check``, ...), so no keyword can shadow them.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..compiler.constraints import checkable
from ..compiler.literals import class_name
from ..runtime.client import ModelInfo
from ..spec.model import ModelSpec
from ..spec.schemarefs import resolve
from . import types as typegen
from .templating import render_template

# Groups whose children the docs list as parameters of their own.
FLATTENED_GROUPS = ("inputs", "settings")
# Keyword arguments every method has besides the model's parameters.
CALL_OPTIONS = ("task_uuid", "timeout", "max_retries", "wait_timeout", "on_progress")
# Names a parameter cannot take as they are: Python's keywords (a soft keyword such as ``match``
# or ``type`` is a valid parameter name), the method's own ``self``, and the call options.
RESERVED = frozenset(keyword.kwlist) | {"self"} | set(CALL_OPTIONS)
MEDIA_MARK = "x-media-input"
# The media an input may be marked with, and the annotation its argument gets.
MEDIA_INPUTS = {"image": "ImageInput", "video": "MediaInput", "audio": "MediaInput"}
# The result class of each output media (runtime/results.py).
RESULT_CLASSES = {"image": "ImageResult", "video": "VideoResult", "audio": "AudioResult",
                  "3d": "ThreeDResult", "text": "TextResult"}
# What one result is, for docstrings.
RESULT_NOUNS = {"image": "image", "video": "video", "audio": "audio file", "3d": "3D model",
                "text": "text"}


@dataclass
class Param:
    name: str  # the keyword argument
    path: tuple[str, ...]  # where it goes in the task
    annotation: str
    required: bool
    doc: str

    @property
    def wire(self) -> str:
        return ".".join(self.path)

    @property
    def renamed(self) -> bool:
        """Whether the keyword is not simply the snake_case of the wire name."""
        return self.name != keyword_base(self.path[-1])


def keyword_base(wire: str) -> str:
    """``positivePrompt`` -> ``positive_prompt``; ``a-b`` -> ``a_b``; ``2x`` -> ``param_2x``.

    Letters, digits and ``_`` of ASCII are kept (``NSFWContent`` -> ``nsfw_content``); every other
    character becomes ``_``; underscores at either end are dropped. A name left empty is
    ``param``, one starting with a digit gets a ``param_`` prefix.
    """
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", wire)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"[^A-Za-z0-9_]", "_", s).lower().strip("_")
    if not s:
        return "param"
    return "param_" + s if s[0].isdigit() else s


def keywords(paths: Sequence[tuple[str, ...]]) -> list[str]:
    """The keyword argument of each wire path, by the documented rule (order-independent).

    1. :func:`keyword_base` of the last segment; a lifted group child whose name another
       parameter also has keeps its group as a prefix (``inputs.seed`` -> ``inputs_seed``).
    2. Names that still coincide are all numbered, none keeps the plain name: ``_1``, ``_2``, ...
       in code-point order of their wire paths (``outputType`` -> ``output_type_1``,
       ``output_type`` -> ``output_type_2``), skipping numbers another parameter already has.
    3. A reserved name (a Python keyword, ``self``, or a call option such as ``timeout``) gets a
       trailing underscore: ``class_``, ``self_``, ``timeout_``.
    """
    bases = [keyword_base(path[-1]) for path in paths]
    uses = Counter(bases)
    bases = [
        "_".join(keyword_base(p) for p in path) if len(path) > 1 and uses[base] > 1 else base
        for path, base in zip(paths, bases)
    ]
    groups: defaultdict[str, list[int]] = defaultdict(list)
    for i, base in enumerate(bases):
        groups[base].append(i)
    names: dict[int, str] = {}
    for base, members in groups.items():
        if len(members) == 1:
            names[members[0]] = base + "_" if base in RESERVED else base
    taken = set(names.values())
    for base in sorted(b for b, members in groups.items() if len(members) > 1):
        n = 1
        for i in sorted(groups[base], key=lambda i: ".".join(paths[i])):
            while f"{base}_{n}" in taken:
                n += 1
            names[i] = f"{base}_{n}"
            taken.add(names[i])
    return [names[i] for i in range(len(paths))]


@dataclass
class ClientModule:
    model: ModelSpec
    request_type: str
    class_name: str
    task_type: str
    params: list[Param] = field(default_factory=list)
    arg_types: list[typegen.TypedDictDef] = field(default_factory=list)
    media_paths: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (kind, path)
    imported_types: set[str] = field(default_factory=set)
    constraints: list[Any] = field(default_factory=list)  # the request's x-constraints

    @property
    def image_paths(self) -> list[tuple[str, ...]]:
        return [path for kind, path in self.media_paths if kind == "image"]

    @property
    def media(self) -> str:
        return self.model.output_media

    @property
    def result_class(self) -> str:
        return RESULT_CLASSES[self.media]

    @property
    def result_noun(self) -> str:
        return RESULT_NOUNS[self.media]

    @property
    def long_running(self) -> bool:
        """Polled with ``LONG_POLL`` (the runtime's rule, applied to this model's facts)."""
        return model_info(self.model).long_running

    @property
    def default_format(self) -> str | None:
        return model_info(self.model).default_format


def model_info(model: ModelSpec) -> ModelInfo:
    """What the client knows of a model beyond its validator: the runtime's ``ModelInfo``."""
    facts = model.facts
    return ModelInfo(facts.task_type, facts.output_media, facts.delivery.methods,
                     facts.delivery.default, facts.default_format)


def _media_kind(s: dict[str, Any]) -> str | None:
    kind = s.get(MEDIA_MARK)
    return kind if isinstance(kind, str) and kind in MEDIA_INPUTS else None


def _has_image(root: dict[str, Any], node: Any, depth: int = 0) -> bool:
    """Whether a media input lies anywhere in ``node``."""
    s = resolve(root, node)
    if not isinstance(s, dict) or depth > 20:
        return False
    if _media_kind(s):
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
        self.arg_names: dict[int, str] = {}  # id(schema node) -> its Arg TypedDict

    def annotation(self, node: Any, path: tuple[str, ...]) -> str:
        s = resolve(self.root, node)
        if not isinstance(s, dict):
            return "Any"
        kind = _media_kind(s)
        if kind and s.get("type") == "string":
            self.out.media_paths.append((kind, path))
            return MEDIA_INPUTS[kind]
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
        if id(node) in self.arg_names:
            return self.arg_names[id(node)]
        base = self.types.by_node.get(id(node), class_name(path[-1] if path else "Item"))
        name = self.arg_names[id(node)] = self.types.claim(f"{base}Arg")  # unlike any type's
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
        doc = f"{base}, with media inputs also accepted as files or bytes."
        self.out.arg_types.append(typegen.TypedDictDef(name, doc, fields))
        return name


def build(model: ModelSpec) -> ClientModule:
    root = model.request_schema
    request = resolve(root, root)
    types = typegen.build(model)
    properties = request.get("properties", {}) if isinstance(request, dict) else {}
    out = ClientModule(
        model, class_name(model.module) + "Request", class_name(model.module), model.task_type
    )
    constraints = request.get("x-constraints") if isinstance(request, dict) else None
    # The validator checks area and ratio of two numbers already (compiler/constraints.py); the
    # client is left what needs the bytes it holds, or a measure only the server can take.
    owned = {i for i, _ in checkable(request)}
    out.constraints = [c for i, c in enumerate(constraints) if i not in owned] if isinstance(constraints, list) else []
    out.imported_types.add(out.request_type)
    args = _Args(root, types, out)
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

    names = keywords([path for path, _, _ in entries])
    for name, (path, node, required) in zip(names, entries):
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
    needs = {
        word
        for word in ("Sequence", "ImageInput", "MediaInput", "Any")
        if re.search(rf"\b{word}\b", annotations)
    }
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
        infos={m.module: model_info(m) for m in models},
        result_classes=sorted({RESULT_CLASSES[m.output_media] for m in models}),
    )
