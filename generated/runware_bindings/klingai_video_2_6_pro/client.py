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
# The spec's x-constraints, as published: checked where the client holds the file's bytes.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


class _FrameImageArgRequired(TypedDict):
    image: ImageInput


class FrameImageArg(_FrameImageArgRequired, total=False):
    """FrameImage, with media inputs also accepted as files or bytes.

    image (required): An image, as an image UUID, a URL, a data URI or base64.
    frame: Where in the video the image goes (first or last frame)."""

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
        reference_images: Reference images (at most one). (items >= 1; items <= 1)
        frame_images: Images pinned to frames of the video, each a plain image input or an `{image, frame}` object. Without `frame`, one image is the first frame and two are the first and last. (items >= 1; items <= 2)
        reference_videos: Reference videos for motion control (at most one). (items >= 1; items <= 1)
        positive_prompt: Text prompt describing what the video shows. (length >= 2; length <= 2500)
        negative_prompt: Text prompt describing what to leave out. (length >= 2; length <= 2500)
        width: Width of the video in pixels.
        height: Height of the video in pixels.
        duration: Length of the video in seconds. (default 5)
        cfg_scale: How closely the video follows the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
        provider_settings: Provider-specific settings.
        webhook_url: URL that receives each finished result as a JSON POST. (uri)
        include_cost: Adds the task's cost (USD) to each result.
        number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
        upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
        ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
        output_type: Video output type. (default 'URL')
        output_format: File format of the video. (default 'MP4')
        output_quality: Compression quality of the output; higher keeps more detail in a larger file. (default 95; >= 20; <= 99)
        delivery_method: How the API delivers the task's results (only async for this task). (default 'async')
        safety: Content safety checking for video generation.
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

        Video generation with native audio, from text or frame images, with motion control from a reference video.

        Delivery is async only: the client sends the task, then polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            reference_images: Reference images (at most one). (items >= 1; items <= 1)
            frame_images: Images pinned to frames of the video, each a plain image input or an `{image, frame}` object. Without `frame`, one image is the first frame and two are the first and last. (items >= 1; items <= 2)
            reference_videos: Reference videos for motion control (at most one). (items >= 1; items <= 1)
            positive_prompt: Text prompt describing what the video shows. (length >= 2; length <= 2500)
            negative_prompt: Text prompt describing what to leave out. (length >= 2; length <= 2500)
            width: Width of the video in pixels.
            height: Height of the video in pixels.
            duration: Length of the video in seconds. (default 5)
            cfg_scale: How closely the video follows the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
            provider_settings: Provider-specific settings.
            webhook_url: URL that receives each finished result as a JSON POST. (uri)
            include_cost: Adds the task's cost (USD) to each result.
            number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
            upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
            ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Video output type. (default 'URL')
            output_format: File format of the video. (default 'MP4')
            output_quality: Compression quality of the output; higher keeps more detail in a larger file. (default 95; >= 20; <= 99)
            delivery_method: How the API delivers the task's results (only async for this task). (default 'async')
            safety: Content safety checking for video generation.
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

        Video generation with native audio, from text or frame images, with motion control from a reference video.

        Delivery is async only: the client sends the task, then polls getResponse until every result finished.
        Polled at the pace of long tasks (first after 2 s, x1.5, at most every 15 s, 30 minutes in all) unless the client was given a ``poll_policy`` of its own.

        Args:
            reference_images: Reference images (at most one). (items >= 1; items <= 1)
            frame_images: Images pinned to frames of the video, each a plain image input or an `{image, frame}` object. Without `frame`, one image is the first frame and two are the first and last. (items >= 1; items <= 2)
            reference_videos: Reference videos for motion control (at most one). (items >= 1; items <= 1)
            positive_prompt: Text prompt describing what the video shows. (length >= 2; length <= 2500)
            negative_prompt: Text prompt describing what to leave out. (length >= 2; length <= 2500)
            width: Width of the video in pixels.
            height: Height of the video in pixels.
            duration: Length of the video in seconds. (default 5)
            cfg_scale: How closely the video follows the prompt. (default 0.5; >= 0; <= 1; multiple of 0.01)
            provider_settings: Provider-specific settings.
            webhook_url: URL that receives each finished result as a JSON POST. (uri)
            include_cost: Adds the task's cost (USD) to each result.
            number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
            upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
            ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Video output type. (default 'URL')
            output_format: File format of the video. (default 'MP4')
            output_quality: Compression quality of the output; higher keeps more detail in a larger file. (default 95; >= 20; <= 99)
            delivery_method: How the API delivers the task's results (only async for this task). (default 'async')
            safety: Content safety checking for video generation.
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
