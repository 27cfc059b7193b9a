"""Client methods for Clarity (runware:500@1).

Generated from spec/models/clarity.yaml; do not edit by hand. Reach them as ``client.clarity`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from typing import Literal
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import ImageInput
from .._runtime.results import ImageResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    ClarityRequest,
    DeliveryMethodInput,
    OutputFormat,
    OutputType,
    Scheduler,
)
from .validator import check as _check

__all__ = [
    "AsyncClarity",
    "Clarity",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["runware:500@1"] = "runware:500@1"
#: Task type, output media, delivery methods and default, default output format.
MODEL_INFO = ModelInfo(
    "upscale",
    "image",
    ("sync", "async"),
    "sync",
    "JPG",
)
# Where media inputs sit in a task ("*" = every item of a list), and their kind: encoded from
# files and bytes.
_MEDIA_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (("image", ("inputs", "image")),)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = (
    {"operation": "area", "parameters": ["inputs.image"], "maximum": 1153433, "scope": "each"},
)


def build_task(
    *,
    image: ImageInput,
    upscale_factor: float | None = None,
    positive_prompt: str | None = None,
    negative_prompt: str | None = None,
    seed: int | None = None,
    steps: int | None = None,
    scheduler: Scheduler | None = None,
    cfg_scale: float | None = None,
    strength: float | None = None,
    control_net_weight: float | None = None,
    webhook_url: str | None = None,
    include_cost: bool | None = None,
    upload_endpoint: str | None = None,
    ttl: int | None = None,
    output_quality: int | None = None,
    output_type: OutputType | None = None,
    output_format: OutputFormat | None = None,
    delivery_method: DeliveryMethodInput | None = None,
    task_uuid: str | None = None,
) -> ClarityRequest:
    """Build and validate one Clarity task without sending it (e.g. for ``client.run`` batches).

    Args:
        image: Image input (UUID, URL, Data URI, or Base64). Required.
        upscale_factor: Factor by which to upscale the generated image. A value of 2 doubles width and height. (>= 1; <= 4)
        positive_prompt: Text prompt describing elements to include in the generated output.
        negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1).
        seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
        steps: Total number of denoising steps. Higher values generally produce more detailed results but take longer. (>= 1)
        scheduler: Scheduler to use for the diffusion process.
        cfg_scale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (>= 0; multiple of 0.01)
        strength: Strength of the transformation. Lower values result in more influence from the original input. (default 0.8; >= 0; <= 1; multiple of 0.01)
        control_net_weight: Strength of the ControlNet influence. A value of 0 means no influence. Higher values increase the influence, and negative values can be used to steer away from the guide image. (default 1; >= -4; <= 4; multiple of 0.01)
        webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        include_cost: Include task cost in the response.
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/clarity#uploadEndpoint) (uri)
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
        output_type: Image output type. (default 'URL')
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/clarity#outputFormat) (default 'JPG')
        delivery_method: Determines how the API delivers task results. (default 'sync')
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("upscale", MODEL_ID, task_uuid)
    _put(_task, ("inputs", "image"), image)
    _put(_task, ("upscaleFactor",), upscale_factor)
    _put(_task, ("settings", "positivePrompt"), positive_prompt)
    _put(_task, ("settings", "negativePrompt"), negative_prompt)
    _put(_task, ("settings", "seed"), seed)
    _put(_task, ("settings", "steps"), steps)
    _put(_task, ("settings", "scheduler"), scheduler)
    _put(_task, ("settings", "CFGScale"), cfg_scale)
    _put(_task, ("settings", "strength"), strength)
    _put(_task, ("settings", "controlNetWeight"), control_net_weight)
    _put(_task, ("webhookURL",), webhook_url)
    _put(_task, ("includeCost",), include_cost)
    _put(_task, ("uploadEndpoint",), upload_endpoint)
    _put(_task, ("ttl",), ttl)
    _put(_task, ("outputQuality",), output_quality)
    _put(_task, ("outputType",), output_type)
    _put(_task, ("outputFormat",), output_format)
    _put(_task, ("deliveryMethod",), delivery_method)
    return _cast(ClarityRequest, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS))


class Clarity:
    """Clarity on a sync client: ``client.clarity``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<Clarity {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        image: ImageInput,
        upscale_factor: float | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        steps: int | None = None,
        scheduler: Scheduler | None = None,
        cfg_scale: float | None = None,
        strength: float | None = None,
        control_net_weight: float | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_quality: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ImageResult]:
        """Run Clarity (upscale); the task is validated before anything is sent.

        Creative 4× image upscaler for detail enhancement

        Args:
            image: Image input (UUID, URL, Data URI, or Base64). Required.
            upscale_factor: Factor by which to upscale the generated image. A value of 2 doubles width and height. (>= 1; <= 4)
            positive_prompt: Text prompt describing elements to include in the generated output.
            negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1).
            seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
            steps: Total number of denoising steps. Higher values generally produce more detailed results but take longer. (>= 1)
            scheduler: Scheduler to use for the diffusion process.
            cfg_scale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (>= 0; multiple of 0.01)
            strength: Strength of the transformation. Lower values result in more influence from the original input. (default 0.8; >= 0; <= 1; multiple of 0.01)
            control_net_weight: Strength of the ControlNet influence. A value of 0 means no influence. Higher values increase the influence, and negative values can be used to steer away from the guide image. (default 1; >= -4; <= 4; multiple of 0.01)
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/clarity#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            output_type: Image output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/clarity#outputFormat) (default 'JPG')
            delivery_method: Determines how the API delivers task results. (default 'sync')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery, how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`ImageResult` per generated image.

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/clarity"""
        _task = self.task(
            image=image,
            upscale_factor=upscale_factor,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            steps=steps,
            scheduler=scheduler,
            cfg_scale=cfg_scale,
            strength=strength,
            control_net_weight=control_net_weight,
            webhook_url=webhook_url,
            include_cost=include_cost,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_quality=output_quality,
            output_type=output_type,
            output_format=output_format,
            delivery_method=delivery_method,
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


class AsyncClarity:
    """Clarity on an async client: ``client.clarity``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncClarity {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        image: ImageInput,
        upscale_factor: float | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        steps: int | None = None,
        scheduler: Scheduler | None = None,
        cfg_scale: float | None = None,
        strength: float | None = None,
        control_net_weight: float | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_quality: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ImageResult]:
        """Run Clarity (upscale); the task is validated before anything is sent.

        Creative 4× image upscaler for detail enhancement

        Args:
            image: Image input (UUID, URL, Data URI, or Base64). Required.
            upscale_factor: Factor by which to upscale the generated image. A value of 2 doubles width and height. (>= 1; <= 4)
            positive_prompt: Text prompt describing elements to include in the generated output.
            negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1).
            seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 0; <= 9223372036854775807)
            steps: Total number of denoising steps. Higher values generally produce more detailed results but take longer. (>= 1)
            scheduler: Scheduler to use for the diffusion process.
            cfg_scale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (>= 0; multiple of 0.01)
            strength: Strength of the transformation. Lower values result in more influence from the original input. (default 0.8; >= 0; <= 1; multiple of 0.01)
            control_net_weight: Strength of the ControlNet influence. A value of 0 means no influence. Higher values increase the influence, and negative values can be used to steer away from the guide image. (default 1; >= -4; <= 4; multiple of 0.01)
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/clarity#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            output_type: Image output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/clarity#outputFormat) (default 'JPG')
            delivery_method: Determines how the API delivers task results. (default 'sync')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery, how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`ImageResult` per generated image.

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/clarity"""
        _task = self.task(
            image=image,
            upscale_factor=upscale_factor,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            steps=steps,
            scheduler=scheduler,
            cfg_scale=cfg_scale,
            strength=strength,
            control_net_weight=control_net_weight,
            webhook_url=webhook_url,
            include_cost=include_cost,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_quality=output_quality,
            output_type=output_type,
            output_format=output_format,
            delivery_method=delivery_method,
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
