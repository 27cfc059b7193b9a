"""Runware model bindings generated from the specs in ``spec/``; do not edit by hand.

Validate any task payload with :func:`validate` (it dispatches on ``payload["model"]``)::

    from runware_bindings import validate
    for error in validate(payload):
        print(error)

Generate images with :class:`Runware` (or :class:`AsyncRunware`)::

    from runware_bindings import Runware
    with Runware() as client:
        images = client.alibaba_qwen3_tts_1_7b_base.generate(positive_prompt="...", width=1024, height=1024)

Models: alibaba:qwen@3-tts-1.7b-base, bria:51@1, klingai:kling-video@2.6-pro, krea:krea@2-medium, openai:gpt-image@2, runware:500@1, tripo:v3.1@0.
"""

from ._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .registry import MODELS, check, validate, validate_response
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
