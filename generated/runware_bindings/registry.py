"""Model id -> generated validators; dispatches a payload on its ``model`` field."""

from __future__ import annotations

from collections.abc import Callable

from ._runtime.validation import (
    ValidationError,
    ValidationReport,
    describe,
    did_you_mean,
)
from .alibaba_qwen3_tts_1_7b_base import validator as _alibaba_qwen3_tts_1_7b_base
from .bria_video_background_removal import validator as _bria_video_background_removal
from .klingai_video_2_6_pro import validator as _klingai_video_2_6_pro
from .krea_2_medium import validator as _krea_2_medium
from .gpt_image_2 import validator as _gpt_image_2
from .clarity import validator as _clarity
from .tripo_v3_1 import validator as _tripo_v3_1

#: Wire model id -> module name inside this package.
MODELS: dict[str, str] = {
    "alibaba:qwen@3-tts-1.7b-base": "alibaba_qwen3_tts_1_7b_base",
    "bria:51@1": "bria_video_background_removal",
    "klingai:kling-video@2.6-pro": "klingai_video_2_6_pro",
    "krea:krea@2-medium": "krea_2_medium",
    "openai:gpt-image@2": "gpt_image_2",
    "runware:500@1": "clarity",
    "tripo:v3.1@0": "tripo_v3_1",
}

_VALIDATE: dict[object, Callable[[object], list[ValidationError]]] = {
    "alibaba:qwen@3-tts-1.7b-base": _alibaba_qwen3_tts_1_7b_base.validate,
    "bria:51@1": _bria_video_background_removal.validate,
    "klingai:kling-video@2.6-pro": _klingai_video_2_6_pro.validate,
    "krea:krea@2-medium": _krea_2_medium.validate,
    "openai:gpt-image@2": _gpt_image_2.validate,
    "runware:500@1": _clarity.validate,
    "tripo:v3.1@0": _tripo_v3_1.validate,
}
#: Wire model id -> ``check`` (errors and advisory warnings) of that model.
CHECKERS: dict[str, Callable[[object], ValidationReport]] = {
    "alibaba:qwen@3-tts-1.7b-base": _alibaba_qwen3_tts_1_7b_base.check,
    "bria:51@1": _bria_video_background_removal.check,
    "klingai:kling-video@2.6-pro": _klingai_video_2_6_pro.check,
    "krea:krea@2-medium": _krea_2_medium.check,
    "openai:gpt-image@2": _gpt_image_2.check,
    "runware:500@1": _clarity.check,
    "tripo:v3.1@0": _tripo_v3_1.check,
}
#: Wire model id -> ``validate_response`` (one result item) of that model.
RESPONSE_VALIDATORS: dict[str, Callable[[object], list[ValidationError]]] = {
    "alibaba:qwen@3-tts-1.7b-base": _alibaba_qwen3_tts_1_7b_base.validate_response,
    "bria:51@1": _bria_video_background_removal.validate_response,
    "klingai:kling-video@2.6-pro": _klingai_video_2_6_pro.validate_response,
    "krea:krea@2-medium": _krea_2_medium.validate_response,
    "openai:gpt-image@2": _gpt_image_2.validate_response,
    "runware:500@1": _clarity.validate_response,
    "tripo:v3.1@0": _tripo_v3_1.validate_response,
}


def _dispatch_error(payload: object) -> ValidationError:
    if type(payload) is not dict:
        return ValidationError(
            "", "type", f"expected a task object, found {describe(payload)}", payload, ["object"]
        )
    if "model" not in payload:
        return ValidationError(
            "model", "required", "required property 'model' is missing", None, sorted(MODELS)
        )
    model = payload["model"]
    return ValidationError(
        "model",
        "model",
        f"unknown model {describe(model)}; known models: {', '.join(sorted(MODELS))}",
        model,
        sorted(MODELS),
        suggestion=did_you_mean(model, MODELS),
    )


def validate(payload: object) -> list[ValidationError]:
    """Every error in a task payload, checked against its model's spec (empty when valid)."""
    try:
        fn = _VALIDATE.get(payload["model"])  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        fn = None
    if fn is None:
        return [_dispatch_error(payload)]
    return fn(payload)


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a task payload, kept apart."""
    try:
        fn = CHECKERS.get(payload["model"])  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        fn = None
    if fn is None:
        return ValidationReport([_dispatch_error(payload)], [])
    return fn(payload)


def validate_response(model: str, item: object) -> list[ValidationError]:
    """Every error in one result item of ``model`` (responses are open: unknown fields pass)."""
    fn = RESPONSE_VALIDATORS.get(model)
    if fn is None:
        return [_dispatch_error({"model": model})]
    return fn(item)
