"""Client methods for GPT-Image-2.5 Sunburst (openai:gpt-image@2.5-sunburst).

Generated from spec/models/openai-gpt-image-2-5-sunburst.yaml; do not edit by hand. Reach them as ``client.openai_gpt_image_2_5_sunburst`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, TypedDict
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import ImageInput
from .._runtime.results import ImageResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    BackgroundInput,
    DeliveryMethodInput,
    ModerationInput,
    OpenaiGptImage25SunburstRequest,
    OutputFormat,
    OutputType,
    Quality,
    Safety,
)
from .validator import check as _check

__all__ = [
    "AdvancedFeaturesArg",
    "AsyncOpenaiGptImage25Sunburst",
    "OpenaiGptImage25Sunburst",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["openai:gpt-image@2.5-sunburst"] = "openai:gpt-image@2.5-sunburst"
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
    ("image", ("inputs", "maskImage")),
    ("image", ("inputs", "referenceImages", "*")),
)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


class AdvancedFeaturesArg(TypedDict, total=False):
    """AdvancedFeatures, with media inputs also accepted as files or bytes.

    watermark: Configuration object for adding watermarks to generated videos. Watermarks can be applied using either text or image content with customizable positioning and appearance. You must provide either `text` or `image` content for the watermark, but not both. **Text watermark**: ```json "advancedFeatures": { "watermark": { "text": "© 2025 Company", "displayPosition": "bottom-right", "opacity": 0.6, "fontColor": "#ffffff", "bgColor": "#000000" } } ``` **Image watermark**: ```json "advancedFeatures": { "watermark": { "image": "c64351d5-4c59-42f7-95e1-eace013eddab", "displayPosition": "top-left", "opacity": 0.6 } } ``` **Tiled watermark**: ```json "advancedFeatures": { "watermark": { "text": "PREVIEW", "tiled": true, "opacity": 0.4, "fontColor": "#cccccc" } } ``` [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#watermark)
    """

    watermark: Any


def build_task(
    *,
    positive_prompt: str,
    mask_image: ImageInput | None = None,
    reference_images: Sequence[ImageInput] | None = None,
    width: int | None = None,
    height: int | None = None,
    background: BackgroundInput | None = None,
    moderation: ModerationInput | None = None,
    quality: Quality | None = None,
    webhook_url: str | None = None,
    include_cost: bool | None = None,
    number_results: int | None = None,
    upload_endpoint: str | None = None,
    ttl: int | None = None,
    output_type: OutputType | None = None,
    output_format: OutputFormat | None = None,
    output_quality: int | None = None,
    delivery_method: DeliveryMethodInput | None = None,
    safety: Safety | None = None,
    advanced_features: AdvancedFeaturesArg | None = None,
    task_uuid: str | None = None,
) -> OpenaiGptImage25SunburstRequest:
    """Build and validate one GPT-Image-2.5 Sunburst task without sending it (e.g. for ``client.run`` batches).

    Args:
        positive_prompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 32000) Required.
        mask_image: Image used to specify which areas of the input image should be edited (UUID, URL, Data URI, or Base64). White marks the area to edit, black is preserved. The model treats the mask as guidance rather than a hard boundary, so edits can extend past its shape. With several reference images the mask applies to the first.
        reference_images: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 16)
        width: Width of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
        height: Height of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
        background: Background handling in generated images. (default 'auto')
        moderation: Content moderation level. (default 'auto')
        quality: Image quality level. (default 'auto')
        webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        include_cost: Include task cost in the response.
        number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#uploadEndpoint) (uri)
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        output_type: Image output type. (default 'URL')
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#outputFormat) (default 'JPG')
        output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
        delivery_method: Determines how the API delivers task results. (default 'sync')
        safety: Content safety checking configuration for image generation.
        advanced_features: Model-specific advanced configuration options.
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("imageInference", MODEL_ID, task_uuid)
    _put(_task, ("positivePrompt",), positive_prompt)
    _put(_task, ("inputs", "maskImage"), mask_image)
    _put(_task, ("inputs", "referenceImages"), reference_images)
    _put(_task, ("width",), width)
    _put(_task, ("height",), height)
    _put(_task, ("settings", "background"), background)
    _put(_task, ("settings", "moderation"), moderation)
    _put(_task, ("settings", "quality"), quality)
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
    _put(_task, ("advancedFeatures",), advanced_features)
    return _cast(
        OpenaiGptImage25SunburstRequest, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS)
    )


class OpenaiGptImage25Sunburst:
    """GPT-Image-2.5 Sunburst on a sync client: ``client.openai_gpt_image_2_5_sunburst``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<OpenaiGptImage25Sunburst {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        positive_prompt: str,
        mask_image: ImageInput | None = None,
        reference_images: Sequence[ImageInput] | None = None,
        width: int | None = None,
        height: int | None = None,
        background: BackgroundInput | None = None,
        moderation: ModerationInput | None = None,
        quality: Quality | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        output_quality: int | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        safety: Safety | None = None,
        advanced_features: AdvancedFeaturesArg | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ImageResult]:
        """Run GPT-Image-2.5 Sunburst (imageInference); the task is validated before anything is sent.

        Premium image generation and editing with precise control across iterative edits

        Args:
            positive_prompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 32000) Required.
            mask_image: Image used to specify which areas of the input image should be edited (UUID, URL, Data URI, or Base64). White marks the area to edit, black is preserved. The model treats the mask as guidance rather than a hard boundary, so edits can extend past its shape. With several reference images the mask applies to the first.
            reference_images: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 16)
            width: Width of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
            height: Height of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
            background: Background handling in generated images. (default 'auto')
            moderation: Content moderation level. (default 'auto')
            quality: Image quality level. (default 'auto')
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Image output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#outputFormat) (default 'JPG')
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            delivery_method: Determines how the API delivers task results. (default 'sync')
            safety: Content safety checking configuration for image generation.
            advanced_features: Model-specific advanced configuration options.
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

        Docs: https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst"""
        _task = self.task(
            positive_prompt=positive_prompt,
            mask_image=mask_image,
            reference_images=reference_images,
            width=width,
            height=height,
            background=background,
            moderation=moderation,
            quality=quality,
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
            advanced_features=advanced_features,
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


class AsyncOpenaiGptImage25Sunburst:
    """GPT-Image-2.5 Sunburst on an async client: ``client.openai_gpt_image_2_5_sunburst``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncOpenaiGptImage25Sunburst {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        positive_prompt: str,
        mask_image: ImageInput | None = None,
        reference_images: Sequence[ImageInput] | None = None,
        width: int | None = None,
        height: int | None = None,
        background: BackgroundInput | None = None,
        moderation: ModerationInput | None = None,
        quality: Quality | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        output_quality: int | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        safety: Safety | None = None,
        advanced_features: AdvancedFeaturesArg | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ImageResult]:
        """Run GPT-Image-2.5 Sunburst (imageInference); the task is validated before anything is sent.

        Premium image generation and editing with precise control across iterative edits

        Args:
            positive_prompt: Text prompt describing elements to include in the generated output. (length >= 2; length <= 32000) Required.
            mask_image: Image used to specify which areas of the input image should be edited (UUID, URL, Data URI, or Base64). White marks the area to edit, black is preserved. The model treats the mask as guidance rather than a hard boundary, so edits can extend past its shape. With several reference images the mask applies to the first.
            reference_images: List of reference images (UUID, URL, Data URI, or Base64). (items >= 1; items <= 16)
            width: Width of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
            height: Height of the generated media in pixels. (>= 16; <= 3840; multiple of 16)
            background: Background handling in generated images. (default 'auto')
            moderation: Content moderation level. (default 'auto')
            quality: Image quality level. (default 'auto')
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 20)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Image output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst#outputFormat) (default 'JPG')
            output_quality: Compression quality of the output. Higher values preserve quality but increase file size. (default 95; >= 20; <= 99)
            delivery_method: Determines how the API delivers task results. (default 'sync')
            safety: Content safety checking configuration for image generation.
            advanced_features: Model-specific advanced configuration options.
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

        Docs: https://runware.ai/docs/models/openai-gpt-image-2-5-sunburst"""
        _task = self.task(
            positive_prompt=positive_prompt,
            mask_image=mask_image,
            reference_images=reference_images,
            width=width,
            height=height,
            background=background,
            moderation=moderation,
            quality=quality,
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
            advanced_features=advanced_features,
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
