"""Client methods for Bria Video Background Removal (bria:51@1).

Generated from spec/models/bria-video-background-removal.yaml; do not edit by hand. Reach them as ``client.bria_video_background_removal`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import MediaInput
from .._runtime.results import VideoResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    BriaVideoBackgroundRemovalRequest,
    OutputFormat,
    OutputType,
)
from .validator import check as _check

__all__ = [
    "AsyncBriaVideoBackgroundRemoval",
    "BriaVideoBackgroundRemoval",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["bria:51@1"] = "bria:51@1"
#: Task type, output media, delivery methods and default, default output format.
MODEL_INFO = ModelInfo(
    "removeBackground",
    "video",
    ("async",),
    "async",
    "WEBM",
)
# Where media inputs sit in a task ("*" = every item of a list), and their kind: encoded from
# files and bytes.
_MEDIA_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (("video", ("inputs", "video")),)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


def build_task(
    *,
    video: MediaInput,
    rgba: Sequence[int] | None = None,
    webhook_url: str | None = None,
    include_cost: bool | None = None,
    upload_endpoint: str | None = None,
    ttl: int | None = None,
    output_quality: int | None = None,
    output_type: OutputType | None = None,
    output_format: OutputFormat | None = None,
    delivery_method: Literal["async"] | None = None,
    task_uuid: str | None = None,
) -> BriaVideoBackgroundRemovalRequest:
    """Build and validate one Bria Video Background Removal task without sending it (e.g. for ``client.run`` batches).

    Args:
        video: Video input (UUID or URL). Required.
        rgba: Background color as `[red, green, blue, alpha]` array. (default [255, 255, 255, 0]; items >= 4; items <= 4)
        webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        include_cost: Include task cost in the response.
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#uploadEndpoint) (uri)
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
        output_type: Video output type. (default 'URL')
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#outputFormat) (default 'WEBM')
        delivery_method: Determines how the API delivers task results. (default 'async')
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("removeBackground", MODEL_ID, task_uuid)
    _put(_task, ("inputs", "video"), video)
    _put(_task, ("settings", "rgba"), rgba)
    _put(_task, ("webhookURL",), webhook_url)
    _put(_task, ("includeCost",), include_cost)
    _put(_task, ("uploadEndpoint",), upload_endpoint)
    _put(_task, ("ttl",), ttl)
    _put(_task, ("outputQuality",), output_quality)
    _put(_task, ("outputType",), output_type)
    _put(_task, ("outputFormat",), output_format)
    _put(_task, ("deliveryMethod",), delivery_method)
    return _cast(
        BriaVideoBackgroundRemovalRequest, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS)
    )


class BriaVideoBackgroundRemoval:
    """Bria Video Background Removal on a sync client: ``client.bria_video_background_removal``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<BriaVideoBackgroundRemoval {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        video: MediaInput,
        rgba: Sequence[int] | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_quality: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        delivery_method: Literal["async"] | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[VideoResult]:
        """Run Bria Video Background Removal (removeBackground); the task is validated before anything is sent.

        Real time AI video background removal for clean layers

        Delivery is async only: the client sends the task, then polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            video: Video input (UUID or URL). Required.
            rgba: Background color as `[red, green, blue, alpha]` array. (default [255, 255, 255, 0]; items >= 4; items <= 4)
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            output_type: Video output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#outputFormat) (default 'WEBM')
            delivery_method: Determines how the API delivers task results. (default 'async')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery (this model's only one), how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`VideoResult` per generated video.

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/bria-video-background-removal"""
        _task = self.task(
            video=video,
            rgba=rgba,
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
            result_type=VideoResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )


class AsyncBriaVideoBackgroundRemoval:
    """Bria Video Background Removal on an async client: ``client.bria_video_background_removal``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncBriaVideoBackgroundRemoval {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        video: MediaInput,
        rgba: Sequence[int] | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_quality: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        delivery_method: Literal["async"] | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[VideoResult]:
        """Run Bria Video Background Removal (removeBackground); the task is validated before anything is sent.

        Real time AI video background removal for clean layers

        Delivery is async only: the client sends the task, then polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            video: Video input (UUID or URL). Required.
            rgba: Background color as `[red, green, blue, alpha]` array. (default [255, 255, 255, 0]; items >= 4; items <= 4)
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            output_type: Video output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/bria-video-background-removal#outputFormat) (default 'WEBM')
            delivery_method: Determines how the API delivers task results. (default 'async')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery (this model's only one), how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`VideoResult` per generated video.

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/bria-video-background-removal"""
        _task = self.task(
            video=video,
            rgba=rgba,
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
            result_type=VideoResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )
