"""Runware's published schema.json (OpenAPI 3.1) -> model spec, in the same format as a page's.

The request is ``components.schemas.RequestBody.items`` (the task object) and the result item is
``components.schemas.ResponseBody.properties.data.items``; both are kept as published (every
keyword, every rule, ``x-constraints``), with four changes, each an annotation or a provable
rendering artefact, never a change of what validates:

- ``$id`` becomes ``x-id``: the spec bundles references into its own ``$defs``, which a nested
  base URI would redirect; no published ``$id`` is the target of a reference.
- a ``$ref`` into the document is inlined (a spec file's ``#`` is the file, not the schema);
- an integer bound printed as 9223372036854776000 (2^63-1 rounded through a double) becomes the
  exact int64 bound, with the printed value kept in ``x-docs-maximum`` (reported as a warning);
- media inputs get ``x-media-input`` (image, video, audio), the root rules an ``x-rule`` name;
- a branch of an ``anyOf`` / ``oneOf`` rule that requires a property its closed object does not
  declare (``additionalProperties: false``) can only match payloads that are invalid anyway: it is
  moved to ``x-unreachable`` beside the union (reported as a warning), which accepts and rejects
  exactly what the published rule does.

Parameters identical to one of ``spec/platform/<task type>-request.yaml`` (result fields:
``<media>-result.yaml``) become ``$ref``s there, a differing title or description kept beside.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..compiler import compile_schema
from ..compiler.errors import UnsupportedSchema
from ..compiler.vocabulary import SUBSCHEMA_LIST, SUBSCHEMA_MAP, SUBSCHEMA_SINGLE
from ..spec.errors import SpecError
from ..spec.yamlsource import escape, load_document
from .assemble import IngestResult

REQUEST_POINTER = "/components/schemas/RequestBody"
RESPONSE_POINTER = "/components/schemas/ResponseBody"
SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"
DOCS = "https://runware.ai/docs/models/"
UNKNOWN_RESPONSE = "Unknown response structure"
MEDIA = ("image", "video", "audio", "3d", "text")

# The output media of a task type's results; upscale and removeBackground follow their input.
TASK_MEDIA = {
    "imageInference": "image", "imageMasking": "image", "controlNetPreprocess": "image",
    "vectorize": "image", "videoInference": "video", "audioInference": "audio",
    "3dInference": "3d", "textInference": "text", "caption": "text", "promptEnhance": "text",
}
FORMAT_MEDIA = {
    **dict.fromkeys(("JPG", "JPEG", "PNG", "WEBP", "TIFF", "SVG", "BMP"), "image"),
    **dict.fromkeys(("MP4", "WEBM", "MOV"), "video"),
    **dict.fromkeys(("MP3", "WAV", "FLAC", "OGG"), "audio"),
    **dict.fromkeys(("GLB", "FBX", "OBJ", "USDZ"), "3d"),
}
RESULT_MEDIA = (("imageUUID", "image"), ("videoUUID", "video"), ("audioUUID", "audio"),
                ("outputs", "3d"), ("text", "text"))

INT64_MAX = 2**63 - 1
PRINTED_INT64 = 9223372036854776000  # what a JavaScript double prints for 2^63-1 (and for 2^63)
_INT64_NOTE = ("The published schema prints {printed}, which is 2^63{sign}1 rounded through an IEEE "
               "double; the parameter is a signed 64-bit integer, so the exact bound is {exact}.")


class OpenAPIError(Exception):
    """Not usable as a model's schema.json: ``pointer`` says where, ``message`` what is wrong."""

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer or "/"
        self.message = message
        super().__init__(f"{self.pointer}: {message}")


def is_openapi(data: Any) -> bool:
    """An OpenAPI document (what ingest then requires of it is checked by :func:`ingest_openapi`)."""
    return isinstance(data, dict) and ("openapi" in data or "components" in data)


def _at(data: Any, pointer: str, what: str) -> Any:
    node = data
    walked = ""
    for token in pointer.strip("/").split("/"):
        walked += f"/{token}"
        if not isinstance(node, dict) or token not in node:
            raise OpenAPIError(walked, f"missing: {what}")
        node = node[token]
    return node


def request_items(doc: Any) -> dict[str, Any]:
    """``RequestBody.items``: the task object; an OpenAPIError when the document has none."""
    if not isinstance(doc, dict):
        raise OpenAPIError("", "not an OpenAPI document: a JSON object with components.schemas.RequestBody "
                               "was expected")
    body = _at(doc, REQUEST_POINTER, "a Runware model's schema.json has components.schemas.RequestBody "
                                     "(an array of task objects)")
    if not isinstance(body, dict) or body.get("type") != "array" or not isinstance(body.get("items"), dict):
        raise OpenAPIError(REQUEST_POINTER, "expected an array schema whose items is the task object "
                                            f"(type: array, items: {{...}}), found {_shape(body)}")
    items: dict[str, Any] = body["items"]
    if not isinstance(items.get("properties"), dict):
        raise OpenAPIError(REQUEST_POINTER + "/items", "the task object has no properties")
    return items


def _shape(node: Any) -> str:
    if isinstance(node, dict):
        keys = ", ".join(sorted(node)[:6])
        return f"an object with {keys}" if keys else "an empty object"
    return type(node).__name__


def response_item(doc: dict[str, Any]) -> dict[str, Any] | None:
    """``ResponseBody.properties.data.items``; None when the document does not describe it."""
    body = doc.get("components", {}).get("schemas", {}).get("ResponseBody")
    data = body.get("properties", {}).get("data") if isinstance(body, dict) else None
    item = data.get("items") if isinstance(data, dict) else None
    if not isinstance(item, dict) or not isinstance(item.get("properties"), dict) or not item["properties"]:
        return None
    return item


def check_compiles(doc: dict[str, Any], name: str) -> None:
    """The compiler takes the request and the response as published (refs resolving in the whole
    document), else an OpenAPIError naming the pointer."""
    for pointer in (REQUEST_POINTER, RESPONSE_POINTER):
        if pointer == RESPONSE_POINTER and "ResponseBody" not in doc["components"]["schemas"]:
            continue
        try:
            compile_schema(doc, pointer=pointer, formats="assert", name=name)
        except UnsupportedSchema as exc:
            where = exc.pointer if exc.pointer.startswith(pointer) else pointer + exc.pointer.lstrip("#")
            raise OpenAPIError(where, f"the validator compiler cannot take this: {exc.message}") from None


# -- walking schemas -------------------------------------------------------------------------------


def _children(node: dict[str, Any]) -> list[tuple[str, Any]]:
    """(pointer suffix, subschema) of every subschema directly inside ``node``."""
    out: list[tuple[str, Any]] = []
    for key, value in node.items():
        if key in SUBSCHEMA_SINGLE:
            out.append((f"/{key}", value))
        elif key in SUBSCHEMA_LIST and isinstance(value, list):
            out.extend((f"/{key}/{i}", v) for i, v in enumerate(value))
        elif key in SUBSCHEMA_MAP and key != "dependencies" and isinstance(value, dict):
            out.extend((f"/{key}/{escape(k)}", v) for k, v in value.items())
    return out


def _rename_ids(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$id":
            out["x-id"] = value
        elif key in SUBSCHEMA_SINGLE:
            out[key] = _rename_ids(value)
        elif key in SUBSCHEMA_LIST and isinstance(value, list):
            out[key] = [_rename_ids(v) for v in value]
        elif key in SUBSCHEMA_MAP and key != "dependencies" and isinstance(value, dict):
            out[key] = {k: _rename_ids(v) for k, v in value.items()}
        else:
            out[key] = value
    return out


class _Refs:
    """Inlines what local ``$ref``s point at: a spec file's ``#`` is the whole file (model, request,
    response), so a reference into the published document cannot stay one. A ``$ref`` alone
    becomes its target; one with siblings becomes ``allOf: [target, ...]`` beside them (what a
    2020-12 ``$ref`` means). A reference cycle cannot be inlined: refused, naming the pointer."""

    # Inlining copies a target at every use: two uses per level double the size with each level,
    # so a small document could expand without end. Past this many objects it is refused.
    MAX_NODES = 200_000

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.defs: dict[str, Any] = {}  # nothing is left to put in $defs
        self.made = 0

    def internalize(self, node: Any, where: str, stack: tuple[str, ...] = ()) -> Any:
        if not isinstance(node, dict):
            return node
        self.made += 1
        if self.made > self.MAX_NODES:
            raise OpenAPIError(where, f"its $refs expand to over {self.MAX_NODES} schema objects once inlined "
                                      "(a reference used twice at each of many levels): too large to be a spec")
        ref = node.get("$ref")
        out = {k: v for k, v in node.items() if k != "$ref"} if isinstance(ref, str) else dict(node)
        for suffix, child in _children(out):
            parts = suffix.split("/")[1:]
            if len(parts) == 1:
                out[parts[0]] = self.internalize(child, where + suffix, stack)
            else:
                key, sub = parts[0], parts[1]
                container = out[key] = copy.copy(out[key])
                if isinstance(container, list):
                    container[int(sub)] = self.internalize(child, where + suffix, stack)
                else:
                    container[sub.replace("~1", "/").replace("~0", "~")] = self.internalize(child, where + suffix,
                                                                                           stack)
        if not isinstance(ref, str):
            return out
        if ref in stack:
            raise OpenAPIError(where + "/$ref", f"$ref {ref!r} leads back to itself: a recursive schema cannot be "
                                                "made into a spec (its references are inlined)")
        target = self.internalize(_rename_ids(copy.deepcopy(self._target(ref, where + "/$ref"))), ref[1:],
                                  (*stack, ref))
        if not out:
            return target
        out["allOf"] = [target, *out.get("allOf", [])]
        return out

    def _target(self, ref: str, where: str) -> Any:
        if not ref.startswith("#/"):
            raise OpenAPIError(where, f"$ref {ref!r} points outside the document: a spec is made from "
                                      "one document (its own references only)")
        node: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise OpenAPIError(where, f"$ref {ref!r} does not resolve in the document")
        return node


def _exact_int64(node: Any, where: str, warnings: list[str]) -> Any:
    """Integer bounds printed as 9223372036854776000 become the exact int64 bounds (with a note)."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    if node.get("type") == "integer":
        for key, exact, sign in (("maximum", INT64_MAX, "-"), ("minimum", -2**63, "+")):
            printed = node.get(key)
            if isinstance(printed, (int, float)) and not isinstance(printed, bool) \
                    and abs(printed) == PRINTED_INT64 and (printed > 0) == (key == "maximum"):
                out[key] = exact
                out[f"x-docs-{key}"] = printed
                out["$comment"] = _INT64_NOTE.format(printed=printed, sign=sign, exact=exact)
                warnings.append(f"{where}/{key}: {printed} is 2^63{sign}1 printed through a double; "
                                f"the spec keeps the exact {exact}")
    for suffix, child in _children(node):
        key, _, rest = suffix[1:].partition("/")
        if not rest:
            out[key] = _exact_int64(child, where + suffix, warnings)
        else:
            container = out[key] = copy.copy(out[key])
            index: Any = int(rest) if isinstance(container, list) else rest.replace("~1", "/").replace("~0", "~")
            container[index] = _exact_int64(child, where + suffix, warnings)
    return out


def _impossible(branch: Any, declared: set[str]) -> list[str]:
    """The undeclared properties ``branch`` requires (directly or through ``allOf``)."""
    if not isinstance(branch, dict):
        return []
    names = [n for n in branch.get("required") or [] if isinstance(n, str) and n not in declared]
    for sub in branch.get("allOf") or []:
        names += [n for n in _impossible(sub, declared) if n not in names]
    return names


def _prune_rules(rule: Any, declared: set[str], where: str, warnings: list[str]) -> Any:
    """``rule`` (applied to an object with exactly ``declared`` properties) without the union
    branches no valid payload can match."""
    if not isinstance(rule, dict):
        return rule
    out = dict(rule)
    for key in ("anyOf", "oneOf"):
        branches = rule.get(key)
        if not isinstance(branches, list):
            continue
        keep: list[Any] = []
        dropped: list[Any] = []
        named: list[str] = []
        for branch in branches:
            missing = _impossible(branch, declared)
            (dropped if missing else keep).append(branch)
            named += [n for n in missing if n not in named]
        if dropped and keep:
            out[key] = keep
            out["x-unreachable"] = {**out.get("x-unreachable", {}), key: dropped}
            warnings.append(f"{where}/{key}: {len(dropped)} of {len(branches)} branches require "
                            f"{', '.join(named)}, which the object does not declare (it admits no other "
                            "property): they can never match, kept as x-unreachable")
        if key in out:
            out[key] = [_prune_rules(b, declared, f"{where}/{key}/{i}", warnings) for i, b in enumerate(out[key])]
    for key in ("allOf",):
        if isinstance(rule.get(key), list):
            out[key] = [_prune_rules(b, declared, f"{where}/{key}/{i}", warnings) for i, b in enumerate(rule[key])]
    for key in ("not", "then", "else"):
        if key in rule:
            out[key] = _prune_rules(rule[key], declared, f"{where}/{key}", warnings)
    return out


def _prune_unreachable(node: Any, where: str, warnings: list[str]) -> Any:
    if not isinstance(node, dict):
        return node
    out = dict(node)
    props = node.get("properties")
    if isinstance(props, dict) and node.get("additionalProperties") is False and "patternProperties" not in node:
        declared = set(props)
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                pruned = _prune_rules({key: node[key]}, declared, where, warnings)
                out[key] = pruned[key]
                if "x-unreachable" in pruned:
                    out["x-unreachable"] = {**out.get("x-unreachable", {}), **pruned["x-unreachable"]}
        for key in ("not", "if", "then", "else"):
            if key in node and key != "if":
                out[key] = _prune_rules(node[key], declared, f"{where}/{key}", warnings)
    for suffix, child in _children(node):
        key, _, rest = suffix[1:].partition("/")
        if key in ("allOf", "anyOf", "oneOf", "not", "if", "then", "else"):
            continue  # rules, pruned above against their object
        if not rest:
            out[key] = _prune_unreachable(child, where + suffix, warnings)
        else:
            container = out[key] = copy.copy(out[key])
            index: Any = int(rest) if isinstance(container, list) else rest.replace("~1", "/").replace("~0", "~")
            container[index] = _prune_unreachable(child, where + suffix, warnings)
    return out


# "Image input (UUID, URL, Data URI, or Base64)", "Video input (UUID or URL)": what the client may
# build from a file or bytes.
_MEDIA_FORMS = re.compile(r"\(UUID(, URL, Data URI,)? or (URL|Base64)\)")


def _media_inputs(node: Any, name: str = "") -> Any:
    if not isinstance(node, dict):
        return node
    out = dict(node)
    text: str = node["description"] if isinstance(node.get("description"), str) else ""
    if node.get("type") == "string" and _MEDIA_FORMS.search(text):
        words = (text.split("(")[0] + " " + name).lower()
        media = next((m for m in ("image", "video", "audio") if m in words), None)
        if media is not None:
            out["x-media-input"] = media
    for key, value in node.items():
        if key in ("properties", "patternProperties") and isinstance(value, dict):
            out[key] = {k: _media_inputs(v, k) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "contains"):
            out[key] = _media_inputs(value, name)
        elif key in ("anyOf", "oneOf", "prefixItems") and isinstance(value, list):
            out[key] = [_media_inputs(v, name) for v in value]
    return out


# -- rule names ------------------------------------------------------------------------------------


def _mentioned(node: Any, prefix: str = "") -> list[str]:
    """The property paths a rule schema names (``inputs.frameImages``), deepest first, in order."""
    found: list[str] = []
    if not isinstance(node, dict):
        return found

    def add(path: str) -> None:
        if path not in found:
            found.append(path)

    props: dict[str, Any] = node["properties"] if isinstance(node.get("properties"), dict) else {}
    for name in list(node.get("required") or []) + [k for k in props if k not in (node.get("required") or [])]:
        if not isinstance(name, str):
            continue
        path = f"{prefix}{name}"
        deeper = _mentioned(props.get(name), path + ".")
        for p in deeper or [path]:
            add(p)
    for key, deps in (node.get("dependentRequired") or {}).items():
        for p in [key, *deps]:
            add(f"{prefix}{p}")
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            for p in _mentioned(sub, prefix):
                add(p)
    for key in ("not", "if", "then", "else"):
        for p in _mentioned(node.get(key), prefix):
            add(p)
    return found


def _slug(paths: list[str]) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", "-", p.lower()).strip("-") for p in paths) or "rule"


def is_dimension_table(entry: Any) -> bool:
    then = entry.get("then") if isinstance(entry, dict) else None
    branches = then.get("oneOf") if isinstance(then, dict) else None
    return isinstance(branches, list) and bool(branches) and all(
        isinstance(b, dict) and isinstance(b.get("properties"), dict) and len(b["properties"]) == 2
        and all(isinstance(p, dict) and set(p) == {"const"} for p in b["properties"].values())
        for b in branches)


def rule_name(entry: Any) -> str:
    """A name for a root ``allOf`` entry, from its shape and the parameters it names."""
    if not isinstance(entry, dict):
        return "rule"
    keys = {k for k in entry if not k.startswith("x-") and k not in ("title", "description", "$comment")}
    if is_dimension_table(entry):
        return "dimensions"
    if keys == {"dependentRequired"}:
        deps = entry["dependentRequired"]
        names = sorted({n for k, v in deps.items() for n in [k, *v]})
        return "paired-dimensions" if names == ["height", "width"] else f"paired-{_slug(names)}"
    if keys == {"not"}:
        return f"exclusive-{_slug(_mentioned(entry['not']))}"
    if keys == {"oneOf"}:
        return f"exactly-one-of-{_slug(_mentioned(entry))}"
    if keys == {"anyOf"}:
        return f"either-{_slug(_mentioned(entry))}"
    if "if" in keys:
        return f"when-{_slug(_mentioned(entry['if']))}"
    return f"rule-{_slug(_mentioned(entry))}"


def name_rules(schema: dict[str, Any]) -> None:
    """``x-rule`` on each root ``allOf`` entry that has none (unique names, ``-2`` on repeats); the
    dimension table's ``then`` is named too, so a size outside it reports ``dimensions``."""
    seen: dict[str, int] = {}
    for entry in schema.get("allOf") or []:
        if not isinstance(entry, dict):
            continue
        base: str = entry["x-rule"] if isinstance(entry.get("x-rule"), str) else rule_name(entry)
        seen[base] = seen.get(base, 0) + 1
        entry["x-rule"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        if base == "dimensions" and isinstance(entry.get("then"), dict):
            entry["then"].setdefault("x-rule", "dimensions")


def _with_rule_first(entry: dict[str, Any]) -> dict[str, Any]:
    return {"x-rule": entry["x-rule"], **{k: v for k, v in entry.items() if k != "x-rule"}}


# -- platform reuse --------------------------------------------------------------------------------

_SIDE = ("title", "description", "x-id")  # may differ beside a $ref


def kebab(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()


def request_platform(task_type: str) -> str:
    return f"{kebab(task_type)}-request.yaml"


def result_platform(media: str) -> str:
    return f"{media}-result.yaml"


def _core(node: Any) -> Any:
    return {k: v for k, v in node.items() if k not in _SIDE} if isinstance(node, dict) else node


class SchemaPlatform:
    """One ``spec/platform/`` file: a parameter equal to one of its ``$defs`` (title,
    description and x-id aside) becomes a ``$ref`` to it. A missing file reuses nothing."""

    def __init__(self, platform_dir: Path, file: str) -> None:
        self.file = file
        path = platform_dir / file
        self.defs: dict[str, Any] = {}
        if path.exists():
            doc = load_document(path, "a platform file")
            defs = doc.data.get("$defs") if isinstance(doc.data, dict) else None
            if not isinstance(defs, dict):
                raise SpecError(path, 1, "/$defs", "a platform file holds its shared parameters in $defs")
            self.defs = {k: self._resolve(defs, v) for k, v in defs.items()}

    @staticmethod
    def _resolve(defs: dict[str, Any], node: Any, depth: int = 0) -> Any:
        if depth > 20:
            return node
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/") and ref[8:] in defs:
                target = SchemaPlatform._resolve(defs, defs[ref[8:]], depth + 1)
                return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return {k: SchemaPlatform._resolve(defs, v, depth + 1) for k, v in node.items()}
        if isinstance(node, list):
            return [SchemaPlatform._resolve(defs, v, depth + 1) for v in node]
        return node

    def _ref(self, name: str, node: dict[str, Any]) -> dict[str, Any]:
        target = self.defs[name]
        out: dict[str, Any] = {"$ref": f"../platform/{self.file}#/$defs/{name}"}
        for key in _SIDE:
            if key in node and node[key] != target.get(key):
                out[key] = node[key]
        return out

    def _match(self, name: str | None, node: Any) -> str | None:
        if not isinstance(node, dict):
            return None
        candidates = [name] if name else []
        if isinstance(node.get("x-media-input"), str):
            candidates.append(f"{node['x-media-input']}Input")
        for candidate in candidates:
            if candidate in self.defs and _core(self.defs[candidate]) == _core(node):
                return candidate
        return None

    def reuse(self, node: Any, name: str | None = None) -> Any:
        """``node`` with every parameter the file holds replaced by a ``$ref`` (the whole node when
        it matches; else its properties, items and union branches, each by its own name)."""
        if not isinstance(node, dict) or not self.defs:
            return node
        hit = self._match(name, node)
        if hit is not None:
            return self._ref(hit, node)
        out = dict(node)
        if isinstance(node.get("properties"), dict):
            out["properties"] = {k: self.reuse(v, (name + k[:1].upper() + k[1:]) if name else k)
                                 for k, v in node["properties"].items()}
        if isinstance(node.get("items"), dict):
            out["items"] = self.reuse(node["items"])
        for key in ("anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                out[key] = [self.reuse(b) for b in node[key]]
        return out


# -- metadata and media ----------------------------------------------------------------------------


def _enum_values(node: Any) -> list[Any]:
    if not isinstance(node, dict):
        return []
    if isinstance(node.get("enum"), list):
        return list(node["enum"])
    if "const" in node:
        return [node["const"]]
    return [b["const"] for b in node.get("oneOf") or node.get("anyOf") or [] if isinstance(b, dict) and "const" in b]


def output_media(task_type: str, items: dict[str, Any], response: dict[str, Any] | None) -> tuple[str, str]:
    """(media, how it was told): the task type, else the outputFormat values, else the outputType
    description, else the result's fields. An OpenAPIError when none decides."""
    if task_type in TASK_MEDIA:
        return TASK_MEDIA[task_type], f"the task type {task_type}"
    props = items.get("properties", {})
    formats = {FORMAT_MEDIA.get(str(v).upper()) for v in _enum_values(props.get("outputFormat"))}
    if len(formats) == 1 and None not in formats:
        return str(formats.pop()), "the outputFormat values"
    described = props.get("outputType", {}).get("description", "") if isinstance(props.get("outputType"), dict) else ""
    word = re.match(r"^\s*(Image|Video|Audio|3D|Text) output type", described or "", re.IGNORECASE)
    if word:
        return word.group(1).lower(), "the outputType description"
    fields = {media for key, media in RESULT_MEDIA if response and key in response.get("properties", {})}
    if len(fields) == 1:
        return fields.pop(), "the result's fields"
    raise OpenAPIError(REQUEST_POINTER + "/items/properties/outputFormat",
                       f"cannot tell what a {task_type} result holds (image, video, audio, 3d or text): "
                       "neither the task type, the outputFormat values, the outputType description nor "
                       "the result's fields say it")


def schema_url(slug: str) -> str:
    return f"{DOCS}{slug}/schema.json"


def _metadata(doc: dict[str, Any], module: str, source_url: str | None) -> dict[str, Any]:
    info: dict[str, Any] = doc["info"] if isinstance(doc.get("info"), dict) else {}
    model_id = info.get("x-air-id")
    if not isinstance(model_id, str) or not model_id:
        raise OpenAPIError("/info/x-air-id", "missing: the model id (info.x-air-id, e.g. 'openai:gpt-image@2')")
    slug = info.get("x-model-id")
    if not isinstance(slug, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", slug):
        raise OpenAPIError("/info/x-model-id", f"expected the model's slug (e.g. 'openai-gpt-image-2'), found {slug!r}")
    title: str = info["title"] if isinstance(info.get("title"), str) else ""
    name = re.sub(r"^Runware API\s*[-:]\s*", "", title).strip() or slug
    meta: dict[str, Any] = {"id": model_id, "name": name, "module": module}
    creator = info.get("x-creator")
    if isinstance(creator, dict) and isinstance(creator.get("name"), str):
        meta["creator"] = creator["name"]
    if isinstance(info.get("x-status"), str):
        meta["status"] = info["x-status"]
    released = info.get("x-released-at")
    if isinstance(released, str) and re.match(r"^\d{4}-\d{2}-\d{2}", released):
        meta["releaseDate"] = released[:10]
    if isinstance(info.get("x-capabilities"), list):
        meta["capabilities"] = [str(c) for c in info["x-capabilities"]]
    docs = doc.get("externalDocs", {}).get("url") if isinstance(doc.get("externalDocs"), dict) else None
    meta["docs"] = docs if isinstance(docs, str) and re.match(r"^https?://", docs) else f"{DOCS}{slug}"
    summary = info.get("summary") or info.get("description")
    if isinstance(summary, str) and summary:
        meta["description"] = summary
    meta["sources"] = {"schema": source_url or schema_url(slug), "slug": slug}
    if isinstance(info.get("x-modes"), list):
        meta["x-modes"] = info["x-modes"]
    return meta


# -- the whole document ----------------------------------------------------------------------------


@dataclass
class Parts:
    """What one published document gives, before platform reuse."""

    meta: dict[str, Any]
    request: dict[str, Any]
    response: dict[str, Any] | None
    task_type: str


def read_parts(doc: Any, *, module: str, name: str, source_url: str | None = None,
               warnings: list[str] | None = None) -> Parts:
    warnings = warnings if warnings is not None else []
    items = request_items(doc)
    check_compiles(doc, name)
    task = items["properties"].get("taskType")
    task_type = task.get("const") if isinstance(task, dict) else None
    if not isinstance(task_type, str) or not task_type:
        raise OpenAPIError(REQUEST_POINTER + "/items/properties/taskType",
                           "the task object must fix its task type (taskType: {const: ...})")
    meta = _metadata(doc, module, source_url)
    refs = _Refs(doc)
    request = refs.internalize(_rename_ids(copy.deepcopy(items)), REQUEST_POINTER + "/items")
    request = _exact_int64(request, REQUEST_POINTER + "/items", warnings)
    request = _media_inputs(_prune_unreachable(request, REQUEST_POINTER + "/items", warnings))
    if refs.defs:
        request["$defs"] = {**request.get("$defs", {}), **refs.defs}
    name_rules(request)
    if isinstance(request.get("allOf"), list):
        request["allOf"] = [_with_rule_first(e) if isinstance(e, dict) else e for e in request["allOf"]]
    item = response_item(doc)
    response = None
    if item is not None:
        response_refs = _Refs(doc)
        response = response_refs.internalize(_rename_ids(copy.deepcopy(item)),
                                             RESPONSE_POINTER + "/properties/data/items")
        if response_refs.defs:
            response["$defs"] = {**response.get("$defs", {}), **response_refs.defs}
    media, _ = output_media(task_type, items, item)
    meta["output"] = media
    return Parts(meta, request, response, task_type)


def _order(meta: dict[str, Any]) -> dict[str, Any]:
    head = ("id", "name", "module", "creator", "status", "releaseDate", "capabilities", "docs", "description",
            "output", "sources")
    return {**{k: meta[k] for k in head if k in meta}, **{k: v for k, v in meta.items() if k not in head}}


def ingest_openapi(doc: Any, *, module: str, platform_dir: Path, name: str = "schema.json",
                   source_url: str | None = None) -> IngestResult:
    """The spec of the model ``doc`` (a parsed schema.json) publishes; ``name`` is how messages
    name it, ``source_url`` where it came from (else its canonical URL, from its slug)."""
    warnings: list[str] = []
    parts = read_parts(doc, module=module, name=name, source_url=source_url, warnings=warnings)
    return assemble(parts, platform_dir, warnings)


def assemble(parts: Parts, platform_dir: Path, warnings: list[str]) -> IngestResult:
    request = SchemaPlatform(platform_dir, request_platform(parts.task_type)).reuse(parts.request)
    title = f"{parts.meta['name']} {parts.task_type} request"
    root = {"$schema": SCHEMA_URI, "title": title, **{k: v for k, v in request.items() if k != "$schema"}}
    if parts.response is None:
        response: dict[str, Any] = {
            "$schema": SCHEMA_URI, "title": "Result item", "type": "object",
            "description": f"{UNKNOWN_RESPONSE}: the published schema does not describe the result, so any "
                           f"object is accepted; its media ({parts.meta['output']}) is model.output.",
        }
        warnings.append(f"{RESPONSE_POINTER}: {UNKNOWN_RESPONSE.lower()}: the result item is a lenient object "
                        f"and its media ({parts.meta['output']}) is recorded in model.output")
    else:
        reused = SchemaPlatform(platform_dir, result_platform(parts.meta["output"])).reuse(parts.response, "")
        response = {"$schema": SCHEMA_URI, **{k: v for k, v in reused.items() if k != "$schema"}}
        response.setdefault("title", "Result item")
    spec = {"model": _order(parts.meta), "request": root, "response": response}
    return IngestResult(spec, warnings)
