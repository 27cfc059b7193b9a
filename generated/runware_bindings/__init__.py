"""Runware model bindings generated from the specs in ``spec/``; do not edit by hand.

Validate any task payload with :func:`validate` (it dispatches on ``payload["model"]``)::

    from runware_bindings import validate
    for error in validate(payload):
        print(error)

Generate images with :class:`Runware` (or :class:`AsyncRunware`)::

    from runware_bindings import Runware
    with Runware() as client:
        images = client.alibaba_qwen3_tts_1_7b_base.generate(positive_prompt="...", width=1024, height=1024)

Models: alibaba:qwen@3-tts-1.7b-base, bria:51@1, klingai:kling-video@2.6-pro, krea:krea@2-medium, meta:muse@image, openai:gpt-image@2, openai:gpt-image@2.5-sunburst, runware:400@2, runware:500@1, tripo:v3.1@0.
"""

from typing import TYPE_CHECKING

from ._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .registry import MODELS, check, validate, validate_response

if TYPE_CHECKING:
    from ._runtime.errors import (
        APIError,
        AuthenticationError,
        BadRequestError,
        CapacityError,
        ConnectionError,
        ImageInputError,
        InsufficientBalanceError,
        InvalidRequestError,
        MalformedResponseError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RunwareError,
        ServerError,
        TaskFailedError,
        TimeoutError,
    )
    from ._runtime.images import ImageInput, MediaInput
    from ._runtime.polling import Progress
    from ._runtime.results import (
        AudioResult,
        ImageResult,
        OutputFile,
        Result,
        RunResult,
        TaskOutcome,
        TextResult,
        ThreeDResult,
        VideoResult,
    )
    from ._runtime.retry import LONG_POLL, PollPolicy, RetryPolicy
    from ._runtime.tasks import RunwareWarning
    from .client import AsyncRunware, Runware, parse_webhook

# The client's names load on first use: validating needs only the standard library, and the client
# needs httpx (``pip install 'runware-bindings[client]'``; its absence is an ImportError saying so).
_LAZY: dict[str, str] = {
    "APIError": "._runtime.errors",
    "AuthenticationError": "._runtime.errors",
    "BadRequestError": "._runtime.errors",
    "CapacityError": "._runtime.errors",
    "ConnectionError": "._runtime.errors",
    "ImageInputError": "._runtime.errors",
    "InsufficientBalanceError": "._runtime.errors",
    "InvalidRequestError": "._runtime.errors",
    "MalformedResponseError": "._runtime.errors",
    "NotFoundError": "._runtime.errors",
    "PermissionDeniedError": "._runtime.errors",
    "RateLimitError": "._runtime.errors",
    "RunwareError": "._runtime.errors",
    "ServerError": "._runtime.errors",
    "TaskFailedError": "._runtime.errors",
    "TimeoutError": "._runtime.errors",
    "ImageInput": "._runtime.images",
    "MediaInput": "._runtime.images",
    "Progress": "._runtime.polling",
    "AudioResult": "._runtime.results",
    "ImageResult": "._runtime.results",
    "OutputFile": "._runtime.results",
    "Result": "._runtime.results",
    "RunResult": "._runtime.results",
    "TaskOutcome": "._runtime.results",
    "TextResult": "._runtime.results",
    "ThreeDResult": "._runtime.results",
    "VideoResult": "._runtime.results",
    "LONG_POLL": "._runtime.retry",
    "PollPolicy": "._runtime.retry",
    "RetryPolicy": "._runtime.retry",
    "RunwareWarning": "._runtime.tasks",
    "AsyncRunware": ".client",
    "Runware": ".client",
    "parse_webhook": ".client",
}

if not TYPE_CHECKING:  # hidden from type checkers, which see the imports above instead

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib  # here, not at the top: the package's namespace stays its public names

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY})


__all__ = [
    "APIError",
    "AsyncRunware",
    "AudioResult",
    "AuthenticationError",
    "BadRequestError",
    "CapacityError",
    "ConnectionError",
    "ImageInput",
    "ImageInputError",
    "ImageResult",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "LONG_POLL",
    "MODELS",
    "MalformedResponseError",
    "MediaInput",
    "NotFoundError",
    "OutputFile",
    "PermissionDeniedError",
    "PollPolicy",
    "Progress",
    "RateLimitError",
    "Result",
    "RetryPolicy",
    "RunResult",
    "Runware",
    "RunwareError",
    "RunwareWarning",
    "ServerError",
    "TaskFailedError",
    "TaskOutcome",
    "TextResult",
    "ThreeDResult",
    "TimeoutError",
    "VideoResult",
    "ValidationError",
    "ValidationReport",
    "ValidationWarning",
    "check",
    "parse_webhook",
    "validate",
    "validate_response",
]
