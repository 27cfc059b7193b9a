"""Client methods for Tripo 3D v3.1 (tripo:v3.1@0).

Generated from spec/models/tripo-v3-1.yaml; do not edit by hand. Reach them as ``client.tripo_v3_1`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import ImageInput
from .._runtime.results import ThreeDResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    CompressInput,
    DeliveryMethodInput,
    GeometryQualityInput,
    OrientationInput,
    OutputFormat,
    OutputType,
    TextureAlignmentInput,
    TextureQualityInput,
    TripoV31Request,
)
from .validator import check as _check

__all__ = [
    "AsyncTripoV31",
    "TripoV31",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["tripo:v3.1@0"] = "tripo:v3.1@0"
#: Task type, output media, delivery methods and default, default output format.
MODEL_INFO = ModelInfo(
    "3dInference",
    "3d",
    ("sync", "async"),
    "async",
    "GLB",
)
# Where media inputs sit in a task ("*" = every item of a list), and their kind: encoded from
# files and bytes.
_MEDIA_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (("image", ("inputs", "images", "*")),)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


def build_task(
    *,
    output_format: OutputFormat | None = None,
    images: Sequence[ImageInput] | None = None,
    positive_prompt: str | None = None,
    negative_prompt: str | None = None,
    seed: int | None = None,
    auto_size: bool | None = None,
    compress: CompressInput | None = None,
    export_uv: bool | None = None,
    face_limit: int | None = None,
    generate_parts: bool | None = None,
    geometry_quality: GeometryQualityInput | None = None,
    image_auto_fix: bool | None = None,
    orientation: OrientationInput | None = None,
    pbr: bool | None = None,
    quad: bool | None = None,
    smart_low_poly: bool | None = None,
    texture: bool | None = None,
    texture_alignment: TextureAlignmentInput | None = None,
    texture_quality: TextureQualityInput | None = None,
    texture_seed: int | None = None,
    webhook_url: str | None = None,
    include_cost: bool | None = None,
    number_results: int | None = None,
    upload_endpoint: str | None = None,
    ttl: int | None = None,
    output_type: OutputType | None = None,
    delivery_method: DeliveryMethodInput | None = None,
    task_uuid: str | None = None,
) -> TripoV31Request:
    """Build and validate one Tripo 3D v3.1 task without sending it (e.g. for ``client.run`` batches).

    Args:
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#outputFormat) (default 'GLB')
        images: Image inputs for image-to-3D or multiview-to-3D generation (UUID, URL, Data URI, or Base64). (items >= 1; items <= 4)
        positive_prompt: Text prompt describing elements to include in the generated output. (length <= 1024)
        negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length <= 255)
        seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 1; <= 20240919)
        auto_size: Scales the model to real-world dimensions in meters.
        compress: Compression method for the output mesh. (default 'meshopt')
        export_uv: Enables UV unwrapping on the output mesh. (default True)
        face_limit: Maximum number of faces (polygons) in the output mesh. If not set, determined adaptively. Range depends on mode: 1000–20000 for low-poly, 500–10000 for quad. (>= 500; <= 20000)
        generate_parts: Generates segmented 3D models with individually editable parts.
        geometry_quality: Controls the geometric detail level of the output mesh. (default 'standard')
        image_auto_fix: Optimizes the input image for better 3D generation results.
        orientation: Controls model orientation. (default 'default')
        pbr: Enables physically-based rendering materials. (default True)
        quad: Enables quad mesh output.
        smart_low_poly: Generates low-poly meshes optimized for simple inputs. May fail on complex models.
        texture: Enables texturing on the generated model. Set to false for a base model without textures. (default True)
        texture_alignment: Controls texture alignment priority.
        texture_quality: Resolution quality for generated textures. (default 'standard')
        texture_seed: Seed for texture generation reproducibility. (>= 0; <= 20240919)
        webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        include_cost: Include task cost in the response.
        number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#uploadEndpoint) (uri)
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        output_type: 3D output type. (default 'URL')
        delivery_method: Determines how the API delivers task results. (default 'async')
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("3dInference", MODEL_ID, task_uuid)
    _put(_task, ("outputFormat",), output_format)
    _put(_task, ("inputs", "images"), images)
    _put(_task, ("positivePrompt",), positive_prompt)
    _put(_task, ("negativePrompt",), negative_prompt)
    _put(_task, ("seed",), seed)
    _put(_task, ("settings", "autoSize"), auto_size)
    _put(_task, ("settings", "compress"), compress)
    _put(_task, ("settings", "exportUv"), export_uv)
    _put(_task, ("settings", "faceLimit"), face_limit)
    _put(_task, ("settings", "generateParts"), generate_parts)
    _put(_task, ("settings", "geometryQuality"), geometry_quality)
    _put(_task, ("settings", "imageAutoFix"), image_auto_fix)
    _put(_task, ("settings", "orientation"), orientation)
    _put(_task, ("settings", "pbr"), pbr)
    _put(_task, ("settings", "quad"), quad)
    _put(_task, ("settings", "smartLowPoly"), smart_low_poly)
    _put(_task, ("settings", "texture"), texture)
    _put(_task, ("settings", "textureAlignment"), texture_alignment)
    _put(_task, ("settings", "textureQuality"), texture_quality)
    _put(_task, ("settings", "textureSeed"), texture_seed)
    _put(_task, ("webhookURL",), webhook_url)
    _put(_task, ("includeCost",), include_cost)
    _put(_task, ("numberResults",), number_results)
    _put(_task, ("uploadEndpoint",), upload_endpoint)
    _put(_task, ("ttl",), ttl)
    _put(_task, ("outputType",), output_type)
    _put(_task, ("deliveryMethod",), delivery_method)
    return _cast(TripoV31Request, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS))


class TripoV31:
    """Tripo 3D v3.1 on a sync client: ``client.tripo_v3_1``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<TripoV31 {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        output_format: OutputFormat | None = None,
        images: Sequence[ImageInput] | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        auto_size: bool | None = None,
        compress: CompressInput | None = None,
        export_uv: bool | None = None,
        face_limit: int | None = None,
        generate_parts: bool | None = None,
        geometry_quality: GeometryQualityInput | None = None,
        image_auto_fix: bool | None = None,
        orientation: OrientationInput | None = None,
        pbr: bool | None = None,
        quad: bool | None = None,
        smart_low_poly: bool | None = None,
        texture: bool | None = None,
        texture_alignment: TextureAlignmentInput | None = None,
        texture_quality: TextureQualityInput | None = None,
        texture_seed: int | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ThreeDResult]:
        """Run Tripo 3D v3.1 (3dInference); the task is validated before anything is sent.

        High-fidelity 3D asset generation with enhanced geometry and texture precision

        Delivery is async by default (``delivery_method="sync"`` has the results in the response instead): the client polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#outputFormat) (default 'GLB')
            images: Image inputs for image-to-3D or multiview-to-3D generation (UUID, URL, Data URI, or Base64). (items >= 1; items <= 4)
            positive_prompt: Text prompt describing elements to include in the generated output. (length <= 1024)
            negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length <= 255)
            seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 1; <= 20240919)
            auto_size: Scales the model to real-world dimensions in meters.
            compress: Compression method for the output mesh. (default 'meshopt')
            export_uv: Enables UV unwrapping on the output mesh. (default True)
            face_limit: Maximum number of faces (polygons) in the output mesh. If not set, determined adaptively. Range depends on mode: 1000–20000 for low-poly, 500–10000 for quad. (>= 500; <= 20000)
            generate_parts: Generates segmented 3D models with individually editable parts.
            geometry_quality: Controls the geometric detail level of the output mesh. (default 'standard')
            image_auto_fix: Optimizes the input image for better 3D generation results.
            orientation: Controls model orientation. (default 'default')
            pbr: Enables physically-based rendering materials. (default True)
            quad: Enables quad mesh output.
            smart_low_poly: Generates low-poly meshes optimized for simple inputs. May fail on complex models.
            texture: Enables texturing on the generated model. Set to false for a base model without textures. (default True)
            texture_alignment: Controls texture alignment priority.
            texture_quality: Resolution quality for generated textures. (default 'standard')
            texture_seed: Seed for texture generation reproducibility. (>= 0; <= 20240919)
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: 3D output type. (default 'URL')
            delivery_method: Determines how the API delivers task results. (default 'async')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery (this model's default), how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`ThreeDResult` per generated 3D model (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/tripo-v3-1"""
        _task = self.task(
            output_format=output_format,
            images=images,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            auto_size=auto_size,
            compress=compress,
            export_uv=export_uv,
            face_limit=face_limit,
            generate_parts=generate_parts,
            geometry_quality=geometry_quality,
            image_auto_fix=image_auto_fix,
            orientation=orientation,
            pbr=pbr,
            quad=quad,
            smart_low_poly=smart_low_poly,
            texture=texture,
            texture_alignment=texture_alignment,
            texture_quality=texture_quality,
            texture_seed=texture_seed,
            webhook_url=webhook_url,
            include_cost=include_cost,
            number_results=number_results,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_type=output_type,
            delivery_method=delivery_method,
            task_uuid=task_uuid,
        )
        return self._client.generate_task(
            _task,
            result_type=ThreeDResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )


class AsyncTripoV31:
    """Tripo 3D v3.1 on an async client: ``client.tripo_v3_1``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncTripoV31 {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        output_format: OutputFormat | None = None,
        images: Sequence[ImageInput] | None = None,
        positive_prompt: str | None = None,
        negative_prompt: str | None = None,
        seed: int | None = None,
        auto_size: bool | None = None,
        compress: CompressInput | None = None,
        export_uv: bool | None = None,
        face_limit: int | None = None,
        generate_parts: bool | None = None,
        geometry_quality: GeometryQualityInput | None = None,
        image_auto_fix: bool | None = None,
        orientation: OrientationInput | None = None,
        pbr: bool | None = None,
        quad: bool | None = None,
        smart_low_poly: bool | None = None,
        texture: bool | None = None,
        texture_alignment: TextureAlignmentInput | None = None,
        texture_quality: TextureQualityInput | None = None,
        texture_seed: int | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[ThreeDResult]:
        """Run Tripo 3D v3.1 (3dInference); the task is validated before anything is sent.

        High-fidelity 3D asset generation with enhanced geometry and texture precision

        Delivery is async by default (``delivery_method="sync"`` has the results in the response instead): the client polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#outputFormat) (default 'GLB')
            images: Image inputs for image-to-3D or multiview-to-3D generation (UUID, URL, Data URI, or Base64). (items >= 1; items <= 4)
            positive_prompt: Text prompt describing elements to include in the generated output. (length <= 1024)
            negative_prompt: Prompt to guide what to exclude from generation. Ignored when guidance is disabled (CFGScale ≤ 1). (length <= 255)
            seed: Random seed for reproducible generation. When not provided, a random seed is generated in the unsigned 32-bit range. (>= 1; <= 20240919)
            auto_size: Scales the model to real-world dimensions in meters.
            compress: Compression method for the output mesh. (default 'meshopt')
            export_uv: Enables UV unwrapping on the output mesh. (default True)
            face_limit: Maximum number of faces (polygons) in the output mesh. If not set, determined adaptively. Range depends on mode: 1000–20000 for low-poly, 500–10000 for quad. (>= 500; <= 20000)
            generate_parts: Generates segmented 3D models with individually editable parts.
            geometry_quality: Controls the geometric detail level of the output mesh. (default 'standard')
            image_auto_fix: Optimizes the input image for better 3D generation results.
            orientation: Controls model orientation. (default 'default')
            pbr: Enables physically-based rendering materials. (default True)
            quad: Enables quad mesh output.
            smart_low_poly: Generates low-poly meshes optimized for simple inputs. May fail on complex models.
            texture: Enables texturing on the generated model. Set to false for a base model without textures. (default True)
            texture_alignment: Controls texture alignment priority.
            texture_quality: Resolution quality for generated textures. (default 'standard')
            texture_seed: Seed for texture generation reproducibility. (>= 0; <= 20240919)
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/tripo-v3-1#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: 3D output type. (default 'URL')
            delivery_method: Determines how the API delivers task results. (default 'async')
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery (this model's default), how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`ThreeDResult` per generated 3D model (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/tripo-v3-1"""
        _task = self.task(
            output_format=output_format,
            images=images,
            positive_prompt=positive_prompt,
            negative_prompt=negative_prompt,
            seed=seed,
            auto_size=auto_size,
            compress=compress,
            export_uv=export_uv,
            face_limit=face_limit,
            generate_parts=generate_parts,
            geometry_quality=geometry_quality,
            image_auto_fix=image_auto_fix,
            orientation=orientation,
            pbr=pbr,
            quad=quad,
            smart_low_poly=smart_low_poly,
            texture=texture,
            texture_alignment=texture_alignment,
            texture_quality=texture_quality,
            texture_seed=texture_seed,
            webhook_url=webhook_url,
            include_cost=include_cost,
            number_results=number_results,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_type=output_type,
            delivery_method=delivery_method,
            task_uuid=task_uuid,
        )
        return await self._client.generate_task(
            _task,
            result_type=ThreeDResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )
