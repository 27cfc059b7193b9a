"""Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro)

Video generation with native audio, from text or frame images, with motion control from a reference video.

Docs: https://runware.ai/docs/models/klingai-video-2-6-pro
Generated from spec/models/klingai-video-2-6-pro.yaml; do not edit by hand."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from . import types
from .validator import check, is_valid, validate, validate_response

MODEL_ID = "klingai:kling-video@2.6-pro"
NAME = "Kling VIDEO 2.6 Pro"
DOCS_URL = "https://runware.ai/docs/models/klingai-video-2-6-pro"


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
