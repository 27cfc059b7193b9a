"""Tripo 3D v3.1 (tripo:v3.1@0)

3D asset generation from text or images, with detailed geometry and textures.

Docs: https://runware.ai/docs/models/tripo-v3-1
Generated from spec/models/tripo-v3-1.yaml; do not edit by hand."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from . import types
from .validator import check, is_valid, validate, validate_response

MODEL_ID = "tripo:v3.1@0"
NAME = "Tripo 3D v3.1"
DOCS_URL = "https://runware.ai/docs/models/tripo-v3-1"


def request_schema() -> dict[str, Any]:
    """The bundled JSON Schema 2020-12 document for this model's request."""
    data: dict[str, Any] = json.loads(
        resources.files(__name__).joinpath("request.schema.json").read_text(encoding="utf-8")
    )
    return data


def response_schema() -> dict[str, Any]:
    """The bundled JSON Schema 2020-12 document for one result item."""
    data: dict[str, Any] = json.loads(
        resources.files(__name__).joinpath("response.schema.json").read_text(encoding="utf-8")
    )
    return data


__all__ = [
    "DOCS_URL",
    "MODEL_ID",
    "NAME",
    "check",
    "is_valid",
    "request_schema",
    "response_schema",
    "types",
    "validate",
    "validate_response",
]
