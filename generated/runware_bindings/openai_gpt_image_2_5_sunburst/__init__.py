"""GPT-Image-2.5 Sunburst (openai:gpt-image@2.5-sunburst)

Premium image generation and editing with precise control across iterative edits

Docs: https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst
Generated from spec/models/openai-gpt-image-2-5-sunburst.yaml; do not edit by hand."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from . import types
from .validator import check, is_valid, validate, validate_response

MODEL_ID = "openai:gpt-image@2.5-sunburst"
NAME = "GPT-Image-2.5 Sunburst"
DOCS_URL = "https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst"


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
