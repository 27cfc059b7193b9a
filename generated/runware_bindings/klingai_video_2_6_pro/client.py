"""Client methods for Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro).

Generated from spec/models/klingai-video-2-6-pro.yaml; do not edit by hand. Reach them as ``client.klingai_video_2_6_pro`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import ImageInput, MediaInput
from .._runtime.results import VideoResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    FrameInput,
    KlingaiVideo26ProRequest,
    OutputFormat,
    OutputType,
    ProviderSettings,
    Safety,
)
from .validator import check as _check

__all__ = [
    "FrameImageArg",
    "AsyncKlingaiVideo26Pro",
    "KlingaiVideo26Pro",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["klingai:kling-video@2.6-pro"] = "klingai:kling-video@2.6-pro"
#: Task type, output media, delivery methods and default, default output format.
MODEL_INFO = ModelInfo(
    "videoInference",
    "video",
    ("async",),
    "async",
    "MP4",
)
# Where media inputs sit in a task ("*" = every item of a list), and their kind: encoded from
# files and bytes.
_MEDIA_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("image", ("inputs", "referenceImages", "*")),
    ("image", ("inputs", "frameImages", "*")),
    ("image", ("inputs", "frameImages", "*", "image")),
    ("video", ("inputs", "referenceVideos", "*")),
)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


class _FrameImageArgRequired(TypedDict):
    image: ImageInput


class FrameImageArg(_FrameImageArgRequired, total=False):
    """FrameImage, with media inputs also accepted as files or bytes.

    image (required): Image input (UUID, URL, Data URI, or Base64).
    frame: Target frame position for the image. Supports first and last frame."""

    frame: FrameInput


def build_task(
    *,
    reference_images: Sequence[ImageInput] | None = None,
    frame_images: Sequence[ImageInput | FrameImageArg] | None = None,
    reference_videos: Sequence[MediaInput] | None = None,
    positive_prompt: str | None = None,
    negative_prompt: str | None = None,
    width: int | None = None,
    height: int | None = None,
    duration: int | None = None,
    cfg_scale: float | None = None,
    provider_settings: ProviderSettings | None = None,
    webhook_url: str | None = None,
    include_cost: bool | None = None,
    number_results: int | None = None,
    upload_endpoint: str | None = None,
    ttl: int | None = None,
    output_type: OutputType | None = None,
    output_format: OutputFormat | None = None,
    output_quality: int | None = None,
    delivery_method: Literal["async"] | None = None,
    safety: Safety | None = None,
    task_uuid: str | None = None,
) -> KlingaiVideo26ProRequest:
    """Build and validate one Kling VIDEO 2.6 Pro task without sending it (e.g. for ``client.run`` batches).

    Args:
        reference_images: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 1)
        frame_images: An array of frame-specific image inputs to guide video generation. Each item can be either a plain image input (UUID, URL, Data URI, or Base64) or an object that pairs an image with a target position in the video. The `frameImages` parameter allows you to constrain specific frames within the video sequence, ensuring that particular visual content appears at designated points. Position can be specified using `frame` (named positions or frame indices) or `timestamp` (seconds), depending on model support. This is different from `referenceImages`, which provide overall visual guidance without constraining specific timeline positions. When the `frame` parameter is omitted, automatic distribution rules apply: - **1 image**: Used as the first frame. - **2 images**: First and last frames. - **3+ images**: First and last frames, with intermediate images evenly spaced between. **Examples**: **Shorthand format:** When you don't need to specify a frame position, you can pass a plain image input directly. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402" ] ``` **Object format:** When you need to specify a position, use an object with `image` and either `frame` or `timestamp` (model-dependent). ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" } ] ``` **First and last frames:** With two images, they automatically become the first and last frames of the video sequence. You can mix shorthand and object formats. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` **Multiple frames:** With three or more images, the first and last are anchored while intermediate frames are evenly distributed across the timeline. ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" }, "c00abf5f-6cdb-4642-a01d-1bfff7bc3cf7", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#frameImages) (items >= 1; items <= 2)
        reference_videos: List of reference videos (UUID or URL). (items >= 1; items <= 1)
        positive_prompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 2500)
        negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length >= 2; length <= 2500)
        width: Width of the generated media in pixels.
        height: Height of the generated media in pixels.
        duration: Length of the generated video in seconds. The total number of frames produced is determined by duration multiplied by the model's frame rate (fps). (default 5)
        cfg_scale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
        provider_settings: Provider-specific configuration settings.
        webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        include_cost: Include task cost in the response.
        number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#uploadEndpoint) (uri)
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        output_type: Video output type. (default 'URL')
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#outputFormat) (default 'MP4')
        output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
        delivery_method: Determines how the API delivers task results. (default 'async')
        safety: Content safety checking configuration for video generation.
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("videoInference", MODEL_ID, task_uuid)
    _put(_task, ("inputs", "referenceImages"), reference_images)
    _put(_task, ("inputs", "frameImages"), frame_images)
    _put(_task, ("inputs", "referenceVideos"), reference_videos)
    _put(_task, ("positivePrompt",), positive_prompt)
    _put(_task, ("negativePrompt",), negative_prompt)
    _put(_task, ("width",), width)
    _put(_task, ("height",), height)
    _put(_task, ("duration",), duration)
    _put(_task, ("CFGScale",), cfg_scale)
    _put(_task, ("providerSettings",), provider_settings)
    _put(_task, ("webhookURL",), webhook_url)
    _put(_task, ("includeCost",), include_cost)
    _put(_task, ("numberResults",), number_results)
    _put(_task, ("uploadEndpoint",), upload_endpoint)
    _put(_task, ("ttl",), ttl)
    _put(_task, ("outputType",), output_type)
    _put(_task, ("outputFormat",), output_format)
    _put(_task, ("outputQuality",), output_quality)
    _put(_task, ("deliveryMethod",), delivery_method)
    _put(_task, ("safety",), safety)
    return _cast(KlingaiVideo26ProRequest, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS))


class KlingaiVideo26Pro:
    """Kling VIDEO 2.6 Pro on a sync client: ``client.klingai_video_2_6_pro``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<KlingaiVideo26Pro {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        reference_images: Sequence[ImageInput] | None = None,
        frame_images: Sequence[ImageInput | FrameImageArg] | None = None,
        reference_videos: Sequence[MediaInput] | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        width: int | None = None,
        height: int | None = None,
        duration: int | None = None,
        cfg_scale: float | None = None,
        provider_settings: ProviderSettings | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        output_quality: int | None = None,
        delivery_method: Literal["async"] | None = None,
        safety: Safety | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[VideoResult]:
        """Run Kling VIDEO 2.6 Pro (videoInference); the task is validated before anything is sent.

        Kling VIDEO 2.6 Pro is a full audio-visual AI video model that combines cinematic-quality video generation with native audio (dialogue, sound effects, ambience), with optional Motion Control for precise character movement via the API.

        Delivery is async only: the client sends the task, then polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            reference_images: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 1)
            frame_images: An array of frame-specific image inputs to guide video generation. Each item can be either a plain image input (UUID, URL, Data URI, or Base64) or an object that pairs an image with a target position in the video. The `frameImages` parameter allows you to constrain specific frames within the video sequence, ensuring that particular visual content appears at designated points. Position can be specified using `frame` (named positions or frame indices) or `timestamp` (seconds), depending on model support. This is different from `referenceImages`, which provide overall visual guidance without constraining specific timeline positions. When the `frame` parameter is omitted, automatic distribution rules apply: - **1 image**: Used as the first frame. - **2 images**: First and last frames. - **3+ images**: First and last frames, with intermediate images evenly spaced between. **Examples**: **Shorthand format:** When you don't need to specify a frame position, you can pass a plain image input directly. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402" ] ``` **Object format:** When you need to specify a position, use an object with `image` and either `frame` or `timestamp` (model-dependent). ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" } ] ``` **First and last frames:** With two images, they automatically become the first and last frames of the video sequence. You can mix shorthand and object formats. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` **Multiple frames:** With three or more images, the first and last are anchored while intermediate frames are evenly distributed across the timeline. ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" }, "c00abf5f-6cdb-4642-a01d-1bfff7bc3cf7", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#frameImages) (items >= 1; items <= 2)
            reference_videos: List of reference videos (UUID or URL). (items >= 1; items <= 1)
            positive_prompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 2500)
            negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length >= 2; length <= 2500)
            width: Width of the generated media in pixels.
            height: Height of the generated media in pixels.
            duration: Length of the generated video in seconds. The total number of frames produced is determined by duration multiplied by the model's frame rate (fps). (default 5)
            cfg_scale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
            provider_settings: Provider-specific configuration settings.
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Video output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#outputFormat) (default 'MP4')
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            delivery_method: Determines how the API delivers task results. (default 'async')
            safety: Content safety checking configuration for video generation.
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery (this model's only one), how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`VideoResult` per generated video (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/klingai-video-2-6-pro"""
        _task = self.task(
            reference_images=reference_images,
            frame_images=frame_images,
            reference_videos=reference_videos,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            width=width,
            height=height,
            duration=duration,
            cfg_scale=cfg_scale,
            provider_settings=provider_settings,
            webhook_url=webhook_url,
            include_cost=include_cost,
            number_results=number_results,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_type=output_type,
            output_format=output_format,
            output_quality=output_quality,
            delivery_method=delivery_method,
            safety=safety,
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


class AsyncKlingaiVideo26Pro:
    """Kling VIDEO 2.6 Pro on an async client: ``client.klingai_video_2_6_pro``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncKlingaiVideo26Pro {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        reference_images: Sequence[ImageInput] | None = None,
        frame_images: Sequence[ImageInput | FrameImageArg] | None = None,
        reference_videos: Sequence[MediaInput] | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        width: int | None = None,
        height: int | None = None,
        duration: int | None = None,
        cfg_scale: float | None = None,
        provider_settings: ProviderSettings | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        output_quality: int | None = None,
        delivery_method: Literal["async"] | None = None,
        safety: Safety | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[VideoResult]:
        """Run Kling VIDEO 2.6 Pro (videoInference); the task is validated before anything is sent.

        Kling VIDEO 2.6 Pro is a full audio-visual AI video model that combines cinematic-quality video generation with native audio (dialogue, sound effects, ambience), with optional Motion Control for precise character movement via the API.

        Delivery is async only: the client sends the task, then polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            reference_images: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 1)
            frame_images: An array of frame-specific image inputs to guide video generation. Each item can be either a plain image input (UUID, URL, Data URI, or Base64) or an object that pairs an image with a target position in the video. The `frameImages` parameter allows you to constrain specific frames within the video sequence, ensuring that particular visual content appears at designated points. Position can be specified using `frame` (named positions or frame indices) or `timestamp` (seconds), depending on model support. This is different from `referenceImages`, which provide overall visual guidance without constraining specific timeline positions. When the `frame` parameter is omitted, automatic distribution rules apply: - **1 image**: Used as the first frame. - **2 images**: First and last frames. - **3+ images**: First and last frames, with intermediate images evenly spaced between. **Examples**: **Shorthand format:** When you don't need to specify a frame position, you can pass a plain image input directly. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402" ] ``` **Object format:** When you need to specify a position, use an object with `image` and either `frame` or `timestamp` (model-dependent). ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" } ] ``` **First and last frames:** With two images, they automatically become the first and last frames of the video sequence. You can mix shorthand and object formats. ```json "frameImages": [ "aac49721-1964-481a-ae78-8a4e29b91402", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` **Multiple frames:** With three or more images, the first and last are anchored while intermediate frames are evenly distributed across the timeline. ```json "frameImages": [ { "image": "aac49721-1964-481a-ae78-8a4e29b91402", "frame": "first" }, "c00abf5f-6cdb-4642-a01d-1bfff7bc3cf7", { "image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "frame": "last" } ] ``` [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#frameImages) (items >= 1; items <= 2)
            reference_videos: List of reference videos (UUID or URL). (items >= 1; items <= 1)
            positive_prompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 2500)
            negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length >= 2; length <= 2500)
            width: Width of the generated media in pixels.
            height: Height of the generated media in pixels.
            duration: Length of the generated video in seconds. The total number of frames produced is determined by duration multiplied by the model's frame rate (fps). (default 5)
            cfg_scale: Guidance scale representing how closely the output will resemble the prompt. Higher values produce results more aligned with the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
            provider_settings: Provider-specific configuration settings.
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Video output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/klingai-video-2-6-pro#outputFormat) (default 'MP4')
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            delivery_method: Determines how the API delivers task results. (default 'async')
            safety: Content safety checking configuration for video generation.
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery (this model's only one), how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`VideoResult` per generated video (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/klingai-video-2-6-pro"""
        _task = self.task(
            reference_images=reference_images,
            frame_images=frame_images,
            reference_videos=reference_videos,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            width=width,
            height=height,
            duration=duration,
            cfg_scale=cfg_scale,
            provider_settings=provider_settings,
            webhook_url=webhook_url,
            include_cost=include_cost,
            number_results=number_results,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_type=output_type,
            output_format=output_format,
            output_quality=output_quality,
            delivery_method=delivery_method,
            safety=safety,
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
