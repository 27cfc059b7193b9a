"""Loads ``spec/models/*.yaml`` into checked ``ModelSpec`` objects with bundled schemas.

Every problem found in the tree is collected (not just the first) and raised together as
``SpecErrors``, each naming the file, line and JSON pointer.

Two rules make a spec file readable wherever it lies:

- Hidden files (a name starting with ``.``: editors' swap files, other tools' temporaries) are not
  specs and are never read as models.
- A ``$ref`` to ``../platform/<file>`` resolves beside the file that holds it; when there is no
  such file there (a spec copied to ``old/``, or written with ``ingest -o`` outside
  ``spec/models/``), it resolves against the spec directory's ``platform/``.
"""

from __future__ import annotations

import keyword
from pathlib import Path, PurePosixPath
from typing import Any

from jsonschema import Draft202012Validator

from ..compiler.vocabulary import SUPPORTED
from ..runtime.client import AsyncClient, SyncClient
from ..runtime.validation import did_you_mean
from . import metaschema
from .bundle import Bundler
from .checks import contradictions
from .errors import SpecError, SpecErrors
from .model import ModelSpec, Partial
from .yamlsource import Document, escape, load_document, parse_document

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"

# A model's module becomes both ``runware_bindings.<module>`` and an attribute of the clients, so
# it must not be a name either already holds (``run`` would hide ``client.run``, ``validate`` the
# package's ``validate``). The package-level names are pinned by a test against the templates.
PACKAGE_NAMES = frozenset({
    "client", "registry", "_runtime", "validate", "check", "validate_response", "parse_webhook", "MODELS",
    "ValidationError", "ValidationReport", "ValidationWarning", "LONG_POLL",
    "__main__", "TYPE_CHECKING", "_LAZY",  # python -m runware_bindings; the lazy client names
})
RESERVED_MODULES = PACKAGE_NAMES | frozenset(
    name for cls in (SyncClient, AsyncClient) for klass in cls.__mro__
    for name in (*vars(klass), *getattr(klass, "__annotations__", {})))


class _Loader:
    def __init__(self, spec_dir: Path | None) -> None:
        self.spec_dir = spec_dir
        self.docs: dict[Path, Document] = {}
        self.errors: list[SpecError] = []
        self._checked: set[Path] = set()

    def locate(self, base: Path, file_part: str) -> tuple[Path, list[Path]]:
        """The file a ``$ref`` names: beside ``base``, else (``../platform/...``) in the spec's platform/."""
        target = (base.parent / file_part).resolve()
        parts = PurePosixPath(file_part).parts
        if self.spec_dir is None or target.exists() or parts[:2] != ("..", "platform") or len(parts) < 3:
            return target, [target]
        fallback = (self.spec_dir / "platform" / Path(*parts[2:])).resolve()
        if fallback == target:  # the file lies in the spec directory's models/ already
            return target, [target]
        return fallback, [target, fallback]

    def document(self, path: Path) -> Document:
        path = path.resolve()
        if path not in self.docs:
            self.docs[path] = load_document(path)
        return self.docs[path]

    def platform_document(self, path: Path) -> Document:
        doc = self.document(path)
        if doc.path not in self._checked:
            self._checked.add(doc.path)
            self.errors.extend(_meta_errors(doc, metaschema.validator("platform"), ""))
        return doc


def _meta_errors(doc: Document, validator: Draft202012Validator, prefix: str) -> list[SpecError]:
    out = []
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: [str(p) for p in e.absolute_path]):
        pointer = prefix + "".join(f"/{escape(str(p))}" for p in err.absolute_path)
        leaves = [err]
        while leaves and any(e.context for e in leaves):
            leaves = [c for e in leaves for c in (e.context or [e])]
        for leaf in leaves[:1]:
            if leaf.validator == "propertyNames" or (leaf.validator == "enum" and isinstance(leaf.instance, str)
                                                     and leaf.validator_value == sorted(SUPPORTED)):
                key = leaf.instance
                rel = "" if leaf is err else "".join(f"/{escape(str(p))}" for p in leaf.relative_path)
                where = pointer + rel + f"/{escape(key)}"
                hint = did_you_mean(key, SUPPORTED)
                message = f"unsupported keyword {key!r}" + (f" (did you mean {hint!r}?)" if hint else "") + \
                    " (the generator compiles: " + ", ".join(sorted(SUPPORTED)) + ", and x-* annotations)"
                out.append(SpecError(doc.path, doc.line_of(where.removeprefix(prefix) if prefix else where),
                                     where, message))
            else:
                rel = "" if leaf is err else "".join(f"/{escape(str(p))}" for p in leaf.relative_path)
                where = pointer + rel
                out.append(SpecError(doc.path, doc.line_of(where), where, leaf.message))
    return _dedupe(out)


def _dedupe(errors: list[SpecError]) -> list[SpecError]:
    seen, out = set(), []
    for e in errors:
        key = (str(e.file), e.pointer, e.message)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def is_hidden(path: Path, root: Path) -> bool:
    """Whether ``path`` (below ``root``) is or lies in a hidden file or directory."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def model_files(spec_dir: Path) -> list[Path]:
    models = spec_dir / "models"
    return sorted(p for p in models.glob("*.yaml") if not is_hidden(p, models))


def load_specs(spec_dir: Path) -> list[ModelSpec]:
    loader = _Loader(spec_dir)
    models: list[ModelSpec] = []
    for path in model_files(spec_dir):
        model = _load(loader, path)
        if model is not None:
            models.append(model)
    loader.errors.extend(duplicate_errors(models))
    if loader.errors:
        raise SpecErrors(_dedupe(loader.errors))
    return sorted(models, key=lambda m: m.id)


def duplicate_errors(models: list[ModelSpec]) -> list[SpecError]:
    """Models (in file order) whose id or module an earlier one already has."""
    errors: list[SpecError] = []
    for attr in ("id", "module"):
        seen: dict[str, ModelSpec] = {}
        for m in models:
            value = getattr(m, attr)
            if value in seen:
                errors.append(SpecError(m.source_files[0], None, f"/model/{attr}",
                                        f"{attr} {value!r} is also used by {seen[value].source_files[0].name}"))
            seen[value] = m
    return errors


def load_model(path: Path, spec_dir: Path | None = None, *, text: str | None = None) -> ModelSpec:
    """One model file. ``spec_dir`` is where ``../platform/`` refs fall back to (see the module
    docstring); with ``text`` the file is that text, read in memory but named ``path`` in errors."""
    model, errors = load_one(path, spec_dir, text=text)
    if errors or model is None:
        raise SpecErrors(errors)
    return model


def load_one(path: Path, spec_dir: Path | None = None, *,
             text: str | None = None) -> tuple[ModelSpec | None, list[SpecError]]:
    """One model file and every problem found loading it, as :func:`load_specs` sees that file:
    the model comes back even with problems in the files it shares (a platform file), so that
    the checks across models still see it."""
    loader = _Loader(spec_dir)
    if text is not None:
        try:
            loader.docs[path.resolve()] = parse_document(text, path.resolve())
        except SpecError as exc:
            return None, [exc]
    model = _load(loader, path)
    return model, _dedupe(loader.errors)


def _load(loader: _Loader, path: Path) -> ModelSpec | None:
    try:
        doc = loader.document(path)
    except SpecError as exc:
        loader.errors.append(exc)
        return None
    if not isinstance(doc.data, dict):
        loader.errors.append(SpecError(path, 1, "", "a model spec must be a mapping with model, request and response"))
        return None
    meta_errors = _meta_errors(doc, metaschema.validator("model"), "")
    if meta_errors:
        loader.errors.extend(meta_errors)
        return None
    schemas: dict[str, dict[str, Any]] = {}
    origins: dict[str, dict[str, tuple[Document, str]]] = {}
    for part in ("request", "response"):
        bundler = Bundler(loader.platform_document, loader.locate)
        origins[part] = bundler.origins
        try:
            bundled = bundler.bundle(doc, f"/{part}")
        except SpecError as exc:
            loader.errors.append(exc)
            continue
        bundled = {"$schema": SCHEMA_URI, **{k: v for k, v in bundled.items() if k != "$schema"}}
        for pointer, message in contradictions(bundled):
            src_doc, src_ptr = _origin(bundler.origins, pointer, doc, f"/{part}")
            loader.errors.append(SpecError(src_doc.path, src_doc.line_of(src_ptr), src_ptr, message))
        schemas[part] = bundled
    meta = doc.data["model"]
    if keyword.iskeyword(meta["module"]):
        loader.errors.append(SpecError(path, doc.line_of("/model/module"), "/model/module",
                                       f"module {meta['module']!r} is a Python keyword"))
    elif meta["module"] in RESERVED_MODULES:
        loader.errors.append(SpecError(
            path, doc.line_of("/model/module"), "/model/module",
            f"module {meta['module']!r} is a name the bindings use themselves (a package module, "
            "an export of runware_bindings or a client attribute); choose another, e.g. "
            f"{meta['module'] + '_model'!r}"))
    model_prop = doc.data["request"].get("properties", {}).get("model") if isinstance(doc.data["request"], dict) else None
    if isinstance(model_prop, dict) and "const" in model_prop and model_prop["const"] != meta["id"]:
        where = "/request/properties/model/const"
        loader.errors.append(SpecError(path, doc.line_of(where), where,
                                       f"request model const {model_prop['const']!r} differs from the model id {meta['id']!r}"))
    if len(schemas) != 2:
        return None
    partial = meta.get("x-partial")
    model = ModelSpec(
        id=meta["id"], slug=path.stem, module=meta["module"], name=meta["name"],
        creator=meta.get("creator", ""), status=meta.get("status", ""),
        release_date=meta.get("releaseDate"), capabilities=tuple(meta.get("capabilities", ())),
        docs_url=meta["docs"], description=meta.get("description", ""),
        request_schema=schemas["request"], response_schema=schemas["response"],
        source_files=(path, *sorted(p for p in loader.docs if p != path.resolve())),
        extra={k: v for k, v in meta.items() if k.startswith("x-")},
        partial=Partial(partial["stops-at-line"], tuple(partial["incomplete"])) if partial else None,
        output=meta.get("output"), sources=dict(meta.get("sources") or {}),
    )
    # What the runtime needs of every model: its task type, its delivery, its results' media.
    problems = model.problems()
    for problem in problems:
        src_doc, src_ptr = _origin(origins[problem.part], problem.pointer, doc, f"/{problem.part}")
        loader.errors.append(SpecError(src_doc.path, src_doc.line_of(src_ptr), src_ptr,
                                       problem.message))
    return None if problems else model


def _origin(origins: dict[str, tuple[Document, str]], pointer: str, doc: Document, base: str) -> tuple[Document, str]:
    probe = pointer
    while True:
        if probe in origins:
            src_doc, src_ptr = origins[probe]
            return src_doc, src_ptr + pointer[len(probe):]
        if not probe:
            return doc, base + pointer
        probe = probe.rsplit("/", 1)[0]
