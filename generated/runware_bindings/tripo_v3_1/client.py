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
# The spec's x-constraints, as published: checked where the client holds the file's bytes.
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
        output_format: File format of the 3D model. (default 'GLB')
        images: Images for image-to-3D or multiview-to-3D generation. (items >= 1; items <= 4)
        positive_prompt: Text prompt describing the 3D model. (length <= 1024)
        negative_prompt: Text prompt describing what to leave out. (length <= 255)
        seed: Random seed for reproducible results; a random one when omitted. (>= 1; <= 20240919)
        auto_size: Scale the model to real-world dimensions in meters.
        compress: Compression of the output mesh. (default 'meshopt')
        export_uv: Unwrap UVs on the output mesh. (default True)
        face_limit: Most faces (polygons) of the mesh; adaptive when omitted. (>= 500; <= 20000)
        generate_parts: Segment the model into separately editable parts.
        geometry_quality: Geometric detail of the mesh. (default 'standard')
        image_auto_fix: Optimise the input image for 3D generation.
        orientation: Orientation of the model. (default 'default')
        pbr: Physically-based rendering materials. (default True)
        quad: Quad mesh output.
        smart_low_poly: Low-poly meshes for simple inputs (may fail on complex ones).
        texture: Texture the model (false for a bare mesh). (default True)
        texture_alignment: What texture alignment favours.
        texture_quality: Resolution of the textures. (default 'standard')
        texture_seed: Seed of the texture generation. (>= 0; <= 20240919)
        webhook_url: URL that receives each finished result as a JSON POST. (uri)
        include_cost: Adds the task's cost (USD) to each result.
        number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
        upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
        ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
        output_type: 3D output type. (default 'URL')
        delivery_method: How the API delivers the task's results. (default 'async')
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

        3D asset generation from text or images, with detailed geometry and textures.

        Delivery is async by default (``delivery_method="sync"`` has the results in the response instead): the client polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            output_format: File format of the 3D model. (default 'GLB')
            images: Images for image-to-3D or multiview-to-3D generation. (items >= 1; items <= 4)
            positive_prompt: Text prompt describing the 3D model. (length <= 1024)
            negative_prompt: Text prompt describing what to leave out. (length <= 255)
            seed: Random seed for reproducible results; a random one when omitted. (>= 1; <= 20240919)
            auto_size: Scale the model to real-world dimensions in meters.
            compress: Compression of the output mesh. (default 'meshopt')
            export_uv: Unwrap UVs on the output mesh. (default True)
            face_limit: Most faces (polygons) of the mesh; adaptive when omitted. (>= 500; <= 20000)
            generate_parts: Segment the model into separately editable parts.
            geometry_quality: Geometric detail of the mesh. (default 'standard')
            image_auto_fix: Optimise the input image for 3D generation.
            orientation: Orientation of the model. (default 'default')
            pbr: Physically-based rendering materials. (default True)
            quad: Quad mesh output.
            smart_low_poly: Low-poly meshes for simple inputs (may fail on complex ones).
            texture: Texture the model (false for a bare mesh). (default True)
            texture_alignment: What texture alignment favours.
            texture_quality: Resolution of the textures. (default 'standard')
            texture_seed: Seed of the texture generation. (>= 0; <= 20240919)
            webhook_url: URL that receives each finished result as a JSON POST. (uri)
            include_cost: Adds the task's cost (USD) to each result.
            number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
            upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
            ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
            output_type: 3D output type. (default 'URL')
            delivery_method: How the API delivers the task's results. (default 'async')
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

        3D asset generation from text or images, with detailed geometry and textures.

        Delivery is async by default (``delivery_method="sync"`` has the results in the response instead): the client polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            output_format: File format of the 3D model. (default 'GLB')
            images: Images for image-to-3D or multiview-to-3D generation. (items >= 1; items <= 4)
            positive_prompt: Text prompt describing the 3D model. (length <= 1024)
            negative_prompt: Text prompt describing what to leave out. (length <= 255)
            seed: Random seed for reproducible results; a random one when omitted. (>= 1; <= 20240919)
            auto_size: Scale the model to real-world dimensions in meters.
            compress: Compression of the output mesh. (default 'meshopt')
            export_uv: Unwrap UVs on the output mesh. (default True)
            face_limit: Most faces (polygons) of the mesh; adaptive when omitted. (>= 500; <= 20000)
            generate_parts: Segment the model into separately editable parts.
            geometry_quality: Geometric detail of the mesh. (default 'standard')
            image_auto_fix: Optimise the input image for 3D generation.
            orientation: Orientation of the model. (default 'default')
            pbr: Physically-based rendering materials. (default True)
            quad: Quad mesh output.
            smart_low_poly: Low-poly meshes for simple inputs (may fail on complex ones).
            texture: Texture the model (false for a bare mesh). (default True)
            texture_alignment: What texture alignment favours.
            texture_quality: Resolution of the textures. (default 'standard')
            texture_seed: Seed of the texture generation. (>= 0; <= 20240919)
            webhook_url: URL that receives each finished result as a JSON POST. (uri)
            include_cost: Adds the task's cost (USD) to each result.
            number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
            upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
            ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
            output_type: 3D output type. (default 'URL')
            delivery_method: How the API delivers the task's results. (default 'async')
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
