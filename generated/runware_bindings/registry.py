"""Model id -> generated validators; dispatches a payload on its ``model`` field."""

from __future__ import annotations

from collections.abc import Callable

from ._runtime.catalogue import LazyFunctions
from ._runtime.validation import (
    ValidationError,
    ValidationReport,
    describe,
    did_you_mean,
)

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

# A model's validator module is imported when the first payload for it arrives, so importing the
# package costs the same whatever the size of the catalogue.
_PACKAGE = __name__.rpartition(".")[0]
_VALIDATE: LazyFunctions[Callable[[object], list[ValidationError]]] = LazyFunctions(
    MODELS, _PACKAGE, "validator", "validate"
)
#: Wire model id -> ``check`` (errors and advisory warnings) of that model, imported on first use.
CHECKERS: LazyFunctions[Callable[[object], ValidationReport]] = LazyFunctions(
    MODELS, _PACKAGE, "validator", "check"
)
#: Wire model id -> ``validate_response`` (one result item) of that model, imported on first use.
RESPONSE_VALIDATORS: LazyFunctions[Callable[[object], list[ValidationError]]] = LazyFunctions(
    MODELS, _PACKAGE, "validator", "validate_response"
)


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
        fn = _VALIDATE.lookup(payload["model"])  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        fn = None
    if fn is None:
        return [_dispatch_error(payload)]
    return fn(payload)


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a task payload, kept apart."""
    try:
        fn = CHECKERS.lookup(payload["model"])  # type: ignore[index]
    except (TypeError, KeyError, IndexError):
        fn = None
    if fn is None:
        return ValidationReport([_dispatch_error(payload)], [])
    return fn(payload)


def validate_response(model: str, item: object) -> list[ValidationError]:
    """Every error in one result item of ``model`` (responses are open: unknown fields pass)."""
    fn = RESPONSE_VALIDATORS.lookup(model)
    if fn is None:
        return [_dispatch_error({"model": model})]
    return fn(item)
