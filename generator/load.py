"""Loads spec/models/*.yaml into ModelSpec objects with bundled, standalone schemas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .bundle import bundle
from .errors import SpecError, SpecErrors
from .model import ModelSpec

SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"


def load_specs(spec_dir: Path) -> list[ModelSpec]:
    errors: list[SpecError] = []
    models: list[ModelSpec] = []
    for path in sorted((spec_dir / "models").glob("*.yaml")):
        try:
            models.append(load_model(path, spec_dir))
        except SpecErrors as exc:
            errors.extend(exc.errors)
    if errors:
        raise SpecErrors(errors)
    return sorted(models, key=lambda m: m.id)


def load_model(path: Path, spec_dir: Path) -> ModelSpec:
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SpecErrors([SpecError(path, mark.line + 1 if mark else None, "", f"malformed YAML: {exc}")]) from None
    meta = doc["model"]
    request = _standalone(bundle(doc["request"], path))
    response = _standalone(bundle(doc["response"], path))
    return ModelSpec(
        id=meta["id"], slug=path.stem, module=meta["module"], name=meta["name"],
        creator=meta.get("creator", ""), status=meta.get("status", ""),
        release_date=meta.get("releaseDate"), capabilities=tuple(meta.get("capabilities", ())),
        docs_url=meta["docs"], description=meta.get("description", ""),
        request_schema=request, response_schema=response, source_files=(path,),
    )


def _standalone(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if set(schema) <= {"$ref", "$defs"} and isinstance(ref, str) and ref.startswith("#/$defs/"):
        name = ref.split("/")[-1]
        inner = dict(schema["$defs"][name])
        rest = {k: v for k, v in schema["$defs"].items() if k != name}
        if rest:
            inner.setdefault("$defs", {}).update(rest)
        schema = inner
    out = {"$schema": SCHEMA_URI}
    out.update({k: v for k, v in schema.items() if k != "$schema"})
    return out
