"""Clarity (runware:500@1)

Creative image upscaler (up to 4x) that adds detail.

Docs: https://runware.ai/docs/models/clarity
Generated from spec/models/clarity.yaml; do not edit by hand."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from . import types
from .validator import check, is_valid, validate, validate_response

MODEL_ID = "runware:500@1"
NAME = "Clarity"
DOCS_URL = "https://runware.ai/docs/models/clarity"


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
