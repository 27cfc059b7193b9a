"""Krea 2 Medium (krea:krea@2-medium)

Faster Krea 2 variant for stable, consistent generation with controllable prompt strength and weighted reference guidance

Docs: https://runware.ai/docs/models/krea-2-medium
Generated from spec/models/krea-2-medium.yaml; do not edit by hand."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from . import types
from .validator import check, is_valid, validate, validate_response

MODEL_ID = "krea:krea@2-medium"
NAME = "Krea 2 Medium"
DOCS_URL = "https://runware.ai/docs/models/krea-2-medium"


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
