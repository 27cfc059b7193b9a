"""Client methods for Krea 2 Medium (krea:krea@2-medium).

Generated from spec/models/krea-2-medium.yaml; do not edit by hand. Reach them as ``client.krea_2_medium`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import ImageInput
from .._runtime.results import ImageResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    Creativity,
    DeliveryMethod,
    Krea2MediumRequest,
    OutputFormat,
    OutputType,
    Safety,
)
from .validator import check as _check

__all__ = [
    "ReferenceImageArg",
    "AsyncKrea2Medium",
    "Krea2Medium",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["krea:krea@2-medium"] = "krea:krea@2-medium"
#: Task type, output media, delivery methods and default, default output format.
MODEL_INFO = ModelInfo(
    "imageInference",
    "image",
    ("sync", "async"),
    "sync",
    "JPG",
)
# Where media inputs sit in a task ("*" = every item of a list), and their kind: encoded from
# files and bytes.
_MEDIA_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("image", ("inputs", "referenceImages", "*")),
    ("image", ("inputs", "referenceImages", "*", "image")),
)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


class _ReferenceImageArgRequired(TypedDict):
    image: ImageInput


class ReferenceImageArg(_ReferenceImageArgRequired, total=False):
    """ReferenceImage, with media inputs also accepted as files or bytes.

    image (required): Image input (UUID, URL, Data URI, or Base64).
    strength: Influence strength of the reference image. Positive values guide the output toward the reference; negative values guide away from it. (default 0.7; >= -2; <= 2)
    """

    strength: float


def build_task(
    *,
    positive_prompt: str,
    width: int,
    height: int,
    output_type: OutputType | None = None,
    output_format: OutputFormat | None = None,
    output_quality: int | None = None,
    webhook_url: str | None = None,
    delivery_method: DeliveryMethod | None = None,
    upload_endpoint: str | None = None,
    safety: Safety | None = None,
    ttl: int | None = None,
    include_cost: bool | None = None,
    number_results: int | None = None,
    reference_images: Sequence[ImageInput | ReferenceImageArg] | None = None,
    seed: int | None = None,
    creativity: Creativity | None = None,
    task_uuid: str | None = None,
) -> Krea2MediumRequest:
    """Build and validate one Krea 2 Medium task without sending it (e.g. for ``client.run`` batches).

    Args:
        positive_prompt: Text prompt describing elements to include in the generated output. Required.
        width: Width of the generated media in pixels. Required.
        height: Height of the generated media in pixels. Required.
        output_type: Image output type. (default 'URL')
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. (default 'JPG')
        output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
        webhook_url: Specifies a webhook URL where JSON responses will be sent via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        delivery_method: Determines how the API delivers task results. (default 'sync')
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. (uri)
        safety: Content safety checking configuration for image generation.
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        include_cost: Include task cost in the response. (default False)
        number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
        reference_images: Style reference images for guiding generation. Each item can be a plain image input (UUID, URL, DataURI, or Base64) or an object with an image and a per-image strength. (items >= 1; items <= 10)
        seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
        creativity: Creativity level. Controls how closely the model follows the prompt versus generating its own interpretation. (default 'medium')
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("imageInference", MODEL_ID, task_uuid)
    _put(_task, ("positivePrompt",), positive_prompt)
    _put(_task, ("width",), width)
    _put(_task, ("height",), height)
    _put(_task, ("outputType",), output_type)
    _put(_task, ("outputFormat",), output_format)
    _put(_task, ("outputQuality",), output_quality)
    _put(_task, ("webhookURL",), webhook_url)
    _put(_task, ("deliveryMethod",), delivery_method)
    _put(_task, ("uploadEndpoint",), upload_endpoint)
    _put(_task, ("safety",), safety)
    _put(_task, ("ttl",), ttl)
    _put(_task, ("includeCost",), include_cost)
    _put(_task, ("numberResults",), number_results)
    _put(_task, ("inputs", "referenceImages"), reference_images)
    _put(_task, ("seed",), seed)
    _put(_task, ("settings", "creativity"), creativity)
    return _cast(Krea2MediumRequest, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS))


class Krea2Medium:
    """Krea 2 Medium on a sync client: ``client.krea_2_medium``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<Krea2Medium {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        positive_prompt: str,
        width: int,
        height: int,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        output_quality: int | None = None,
        webhook_url: str | None = None,
        delivery_method: DeliveryMethod | None = None,
        upload_endpoint: str | None = None,
        safety: Safety | None = None,
        ttl: int | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        reference_images: Sequence[ImageInput | ReferenceImageArg] | None = None,
        seed: int | None = None,
        creativity: Creativity | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ImageResult]:
        """Run Krea 2 Medium (imageInference); the task is validated before anything is sent.

        Faster Krea 2 variant for stable, consistent generation with controllable prompt strength and weighted reference guidance

        Args:
            positive_prompt: Text prompt describing elements to include in the generated output. Required.
            width: Width of the generated media in pixels. Required.
            height: Height of the generated media in pixels. Required.
            output_type: Image output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. (default 'JPG')
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            webhook_url: Specifies a webhook URL where JSON responses will be sent via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            delivery_method: Determines how the API delivers task results. (default 'sync')
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. (uri)
            safety: Content safety checking configuration for image generation.
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            include_cost: Include task cost in the response. (default False)
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
            reference_images: Style reference images for guiding generation. Each item can be a plain image input (UUID, URL, DataURI, or Base64) or an object with an image and a per-image strength. (items >= 1; items <= 10)
            seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
            creativity: Creativity level. Controls how closely the model follows the prompt versus generating its own interpretation. (default 'medium')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery, how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`ImageResult` per generated image (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/krea-2-medium"""
        _task = self.task(
            positive_prompt=positive_prompt,
            width=width,
            height=height,
            output_type=output_type,
            output_format=output_format,
            output_quality=output_quality,
            webhook_url=webhook_url,
            delivery_method=delivery_method,
            upload_endpoint=upload_endpoint,
            safety=safety,
            ttl=ttl,
            include_cost=include_cost,
            number_results=number_results,
            reference_images=reference_images,
            seed=seed,
            creativity=creativity,
            task_uuid=task_uuid,
        )
        return self._client.generate_task(
            _task,
            result_type=ImageResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )


class AsyncKrea2Medium:
    """Krea 2 Medium on an async client: ``client.krea_2_medium``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncKrea2Medium {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        positive_prompt: str,
        width: int,
        height: int,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        output_quality: int | None = None,
        webhook_url: str | None = None,
        delivery_method: DeliveryMethod | None = None,
        upload_endpoint: str | None = None,
        safety: Safety | None = None,
        ttl: int | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        reference_images: Sequence[ImageInput | ReferenceImageArg] | None = None,
        seed: int | None = None,
        creativity: Creativity | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ImageResult]:
        """Run Krea 2 Medium (imageInference); the task is validated before anything is sent.

        Faster Krea 2 variant for stable, consistent generation with controllable prompt strength and weighted reference guidance

        Args:
            positive_prompt: Text prompt describing elements to include in the generated output. Required.
            width: Width of the generated media in pixels. Required.
            height: Height of the generated media in pixels. Required.
            output_type: Image output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. (default 'JPG')
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            webhook_url: Specifies a webhook URL where JSON responses will be sent via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            delivery_method: Determines how the API delivers task results. (default 'sync')
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. (uri)
            safety: Content safety checking configuration for image generation.
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            include_cost: Include task cost in the response. (default False)
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
            reference_images: Style reference images for guiding generation. Each item can be a plain image input (UUID, URL, DataURI, or Base64) or an object with an image and a per-image strength. (items >= 1; items <= 10)
            seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
            creativity: Creativity level. Controls how closely the model follows the prompt versus generating its own interpretation. (default 'medium')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery, how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`ImageResult` per generated image (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/krea-2-medium"""
        _task = self.task(
            positive_prompt=positive_prompt,
            width=width,
            height=height,
            output_type=output_type,
            output_format=output_format,
            output_quality=output_quality,
            webhook_url=webhook_url,
            delivery_method=delivery_method,
            upload_endpoint=upload_endpoint,
            safety=safety,
            ttl=ttl,
            include_cost=include_cost,
            number_results=number_results,
            reference_images=reference_images,
            seed=seed,
            creativity=creativity,
            task_uuid=task_uuid,
        )
        return await self._client.generate_task(
            _task,
            result_type=ImageResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )
