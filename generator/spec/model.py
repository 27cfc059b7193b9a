"""The in-memory form of a loaded, checked model spec: what the renderer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..runtime.media import TASK_MEDIA as _RUNTIME_TASK_MEDIA
from .errors import shown_path
from .schemarefs import resolve

#: What a model's results are, for the runtime: which result class, which files.
MEDIA = ("image", "video", "audio", "3d", "text")
DELIVERY_METHODS = ("sync", "async")
# Task types whose results are always of one media (the runtime's table; upscale and
# removeBackground follow their input, so they decide nothing).
TASK_MEDIA = {t: m for t, m in _RUNTIME_TASK_MEDIA.items() if t != "imageUpload"}
# A response item's property (a dotted path) -> the media it names.
RESULT_FIELDS = (("imageUUID", "image"), ("videoUUID", "video"), ("audioUUID", "audio"),
                 ("outputs.files", "3d"), ("text", "text"))


class SpecProblem(ValueError):
    """A derived property cannot be read from the spec: ``pointer`` (in the bundled request or
    response schema, named by ``part``) says where, the message what was expected."""

    def __init__(self, part: str, pointer: str, message: str) -> None:
        self.part, self.pointer, self.message = part, pointer, message
        super().__init__(f"/{part}{pointer}: {message}")


@dataclass(frozen=True)
class Delivery:
    """How a model's results may be delivered (``deliveryMethod``), and which way by default."""

    methods: tuple[str, ...]
    default: str

    @property
    def async_only(self) -> bool:
        return self.methods == ("async",)


def _const_values(schema: dict[str, Any]) -> list[Any] | None:
    """The values an ``enum``, a ``const`` or a ``oneOf`` of ``const`` branches allows."""
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    branches = schema.get("oneOf", schema.get("anyOf"))
    if isinstance(branches, list) and branches and all(
            isinstance(b, dict) and "const" in b for b in branches):
        return [b["const"] for b in branches]
    return None


def _request_property(root: dict[str, Any], name: str) -> Any:
    request = resolve(root, root)
    properties = request.get("properties") if isinstance(request, dict) else None
    return resolve(root, properties.get(name)) if isinstance(properties, dict) else None


def task_type_of(request: dict[str, Any]) -> str:
    declared = _request_property(request, "taskType")
    if declared is None:
        raise SpecProblem("request", "/properties", "no taskType parameter: a request must fix its "
                          "task type with `taskType: {type: string, const: <taskType>}`")
    if not isinstance(declared, dict) or not isinstance(declared.get("const"), str) \
            or not declared["const"]:
        raise SpecProblem("request", "/properties/taskType", "taskType must fix the task type "
                          "with a string `const` (e.g. `const: videoInference`)")
    return str(declared["const"])


def delivery_of(request: dict[str, Any]) -> Delivery:
    declared = _request_property(request, "deliveryMethod")
    if declared is None:
        return Delivery(("sync",), "sync")
    where = "/properties/deliveryMethod"
    values = _const_values(declared) if isinstance(declared, dict) else None
    if not values or any(v not in DELIVERY_METHODS for v in values):
        raise SpecProblem("request", where, "deliveryMethod must list its methods (sync, async) as "
                          "an `enum`, a `const` or a `oneOf` of `const`s, found "
                          f"{values if values else 'none'}")
    methods = tuple(m for m in DELIVERY_METHODS if m in values)
    default = declared.get("default", "sync" if "sync" in methods else methods[0])
    if default not in methods:
        raise SpecProblem("request", where + "/default", f"the default {default!r} is not one of "
                          f"the methods it allows ({', '.join(methods)})")
    return Delivery(methods, str(default))


def _has_field(root: dict[str, Any], dotted: str) -> bool:
    node: Any = resolve(root, root)
    for key in dotted.split("."):
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or key not in properties:
            return False
        node = resolve(root, properties[key])
    return True


def output_media_of(output: str | None, response: dict[str, Any], task_type: str) -> str:
    """``output`` when the spec says it; else what the result's fields name; else the task type's."""
    if output is not None:
        return output
    named = [media for field_name, media in RESULT_FIELDS if _has_field(response, field_name)]
    if len(named) == 1:
        return named[0]
    if TASK_MEDIA.get(task_type) in named or (not named and task_type in TASK_MEDIA):
        return TASK_MEDIA[task_type]
    found = (f"fields of several media ({', '.join(named)})" if named else
             "none of imageUUID, videoUUID, audioUUID, outputs.files or text")
    raise SpecProblem("response", "", f"cannot tell what a {task_type} result holds: its item has "
                      f"{found}, and the task type does not decide; set `model.output` to one of "
                      f"{', '.join(MEDIA)}")


def default_format_of(request: dict[str, Any]) -> str | None:
    declared = _request_property(request, "outputFormat")
    value = declared.get("default") if isinstance(declared, dict) else None
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Facts:
    """What the runtime needs to know of a model beyond its validator, read from its schemas."""

    task_type: str
    delivery: Delivery
    output_media: str
    default_format: str | None  # outputFormat when a task names none


@dataclass(frozen=True)
class Partial:
    """A spec ingested with ``--allow-partial`` from a page that stops early (``x-partial``)."""

    stops_at_line: int  # the last line of the page
    incomplete: tuple[str, ...]  # what a complete page has and this one lacks

    def notice(self, file: Path) -> str:
        return (f"{shown_path(file)}: partial spec: its docs page stops at line {self.stops_at_line} "
                f"({'; '.join(self.incomplete)}); what the page lost past the cut is missing")


@dataclass(frozen=True)
class ModelSpec:
    """One model, with its request and response schemas bundled into standalone documents.

    ``request_schema`` and ``response_schema`` are JSON Schema 2020-12 documents with every
    cross-file ``$ref`` moved into the document's own ``$defs``: they are what we export, what
    the validator compiler compiles, and what the type and strategy generators read.
    """

    id: str  # wire id, e.g. "krea:krea@2-medium"
    slug: str  # spec file stem, e.g. "krea-2-medium"
    module: str  # Python module name, e.g. "krea_2_medium"
    name: str
    creator: str
    status: str
    release_date: str | None
    capabilities: tuple[str, ...]
    docs_url: str
    description: str
    request_schema: dict[str, Any]
    response_schema: dict[str, Any]
    source_files: tuple[Path, ...] = field(default=(), compare=False)
    extra: dict[str, Any] = field(default_factory=dict, compare=False)  # x-* metadata keys
    partial: Partial | None = field(default=None, compare=False)
    output: str | None = None  # ``model.output``: the output media, when the spec says it
    # ``model.sources``: where ``ingest`` read the model (page / schema URL, slug); {} when written by hand.
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    # The facts as read before the schemas were dropped (a summary for package-level files).
    known_facts: Facts | None = field(default=None, compare=False)

    @property
    def task_type(self) -> str:
        """``taskType`` of every task, from the request's ``properties.taskType.const``."""
        if self.known_facts is not None:
            return self.known_facts.task_type
        return task_type_of(self.request_schema)

    @property
    def delivery(self) -> Delivery:
        """The delivery methods ``deliveryMethod`` allows and its default (sync only without it)."""
        if self.known_facts is not None:
            return self.known_facts.delivery
        return delivery_of(self.request_schema)

    @property
    def output_media(self) -> str:
        """``image``, ``video``, ``audio``, ``3d`` or ``text``: what each result holds."""
        if self.known_facts is not None:
            return self.known_facts.output_media
        return output_media_of(self.output, self.response_schema, self.task_type)

    @property
    def facts(self) -> Facts:
        if self.known_facts is not None:
            return self.known_facts
        return Facts(self.task_type, self.delivery, self.output_media,
                     default_format_of(self.request_schema))

    def problems(self) -> list[SpecProblem]:
        """What keeps the derived properties from being read (the loader reports each)."""
        found: list[SpecProblem] = []
        for prop in ("task_type", "delivery", "output_media"):
            try:
                getattr(self, prop)
            except SpecProblem as exc:
                found.append(exc)
                if prop == "task_type":
                    break  # the media needs the task type
        return found
