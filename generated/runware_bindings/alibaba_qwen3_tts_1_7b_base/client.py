"""Client methods for Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base).

Generated from spec/models/alibaba-qwen3-tts-1-7b-base.yaml; do not edit by hand. Reach them as ``client.alibaba_qwen3_tts_1_7b_base`` on a ``Runware`` or ``AsyncRunware`` client, or build a task without sending it with :func:`build_task`.
"""

from __future__ import annotations

from typing import Literal
from typing import cast as _cast

from .._runtime.client import AsyncClient, ModelInfo, ProgressCallback, SyncClient
from .._runtime.images import MediaInput
from .._runtime.results import AudioResult
from .._runtime.tasks import finish_task as _finish_task
from .._runtime.tasks import new_task as _new_task
from .._runtime.tasks import put as _put
from .types import (
    AlibabaQwen3Tts17bBaseRequest,
    AudioSettings,
    DeliveryMethodInput,
    OutputFormat,
    OutputType,
    Speech,
)
from .validator import check as _check

__all__ = [
    "AsyncAlibabaQwen3Tts17bBase",
    "AlibabaQwen3Tts17bBase",
    "MODEL_INFO",
    "build_task",
]

MODEL_ID: Literal["alibaba:qwen@3-tts-1.7b-base"] = "alibaba:qwen@3-tts-1.7b-base"
#: Task type, output media, delivery methods and default, default output format.
MODEL_INFO = ModelInfo(
    "audioInference",
    "audio",
    ("sync", "async"),
    "sync",
    "MP3",
)
# Where media inputs sit in a task ("*" = every item of a list), and their kind: encoded from
# files and bytes.
_MEDIA_PATHS: tuple[tuple[str, tuple[str, ...]], ...] = (("audio", ("inputs", "audio")),)
# The spec's x-constraints the validator does not check: checked where the client holds the
# file's bytes, advisories otherwise.
_CONSTRAINTS: tuple[dict[str, object], ...] = ()


def build_task(
    *,
    audio: MediaInput,
    speech: Speech,
    max_new_tokens: int | None = None,
    transcript: str | None = None,
    x_vector_only: bool | None = None,
    webhook_url: str | None = None,
    include_cost: bool | None = None,
    number_results: int | None = None,
    upload_endpoint: str | None = None,
    ttl: int | None = None,
    output_type: OutputType | None = None,
    output_format: OutputFormat | None = None,
    delivery_method: DeliveryMethodInput | None = None,
    audio_settings: AudioSettings | None = None,
    task_uuid: str | None = None,
) -> AlibabaQwen3Tts17bBaseRequest:
    """Build and validate one Qwen3-TTS 1.7B Base task without sending it (e.g. for ``client.run`` batches).

    Args:
        audio: Audio input (UUID or URL). Required.
        speech: Settings for speech generation. Required.
        max_new_tokens: Audio output token cap. Higher values allow longer audio but risk hangs. (default 2048)
        transcript: Transcript of the reference audio. Required for ICL mode, optional for x-vector-only mode.
        x_vector_only: If true, uses speaker embedding only (no transcript needed, lower similarity). If false, uses ICL mode (requires transcript, higher quality).
        webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
        include_cost: Include task cost in the response.
        number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
        upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#uploadEndpoint) (uri)
        ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
        output_type: Audio output type. (default 'URL')
        output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#outputFormat) (default 'MP3')
        delivery_method: Determines how the API delivers task results. (default 'sync')
        audio_settings: Audio encoding settings for controlling the bitrate, number of channels, and sample rate of the generated audio. Only applicable for lossy output formats (`MP3` and `OGG`). When using lossless formats (`WAV` or `FLAC`), this parameter must not be provided. The available sample rates and valid bitrate ranges depend on the output format. For `OGG`, bitrate limits also vary by the number of channels. **MP3 bitrate limits**: Bitrate limits for MP3 are the same regardless of mono or stereo. | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 64 kbps | | 11,025 Hz | 8 kbps | 64 kbps | | 12,000 Hz | 8 kbps | 64 kbps | | 16,000 Hz | 8 kbps | 160 kbps | | 22,050 Hz | 8 kbps | 160 kbps | | 24,000 Hz | 8 kbps | 160 kbps | | 32,000 Hz | 32 kbps | 320 kbps | | 44,100 Hz | 32 kbps | 320 kbps | | 48,000 Hz | 32 kbps | 320 kbps | **OGG bitrate limits — Mono (1 channel)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 40 kbps | | 12,000 Hz | 16 kbps | 48 kbps | | 16,000 Hz | 16 kbps | 96 kbps | | 24,000 Hz | 16 kbps | 80 kbps | | 48,000 Hz | 32 kbps | 224 kbps | **OGG bitrate limits — Stereo (2 channels)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 16 kbps | 80 kbps | | 12,000 Hz | 16 kbps | 96 kbps | | 16,000 Hz | 24 kbps | 192 kbps | | 24,000 Hz | 32 kbps | 160 kbps | | 48,000 Hz | 48 kbps | 256 kbps | > [!NOTE] > **Lossless formats**: When `outputFormat` is set to `WAV` or `FLAC`, the `audioSettings` parameter is not available since these formats produce uncompressed or lossless audio with no configurable encoding settings. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#audioSettings)
        task_uuid: The task's UUID v4; a fresh one when omitted.

    Raises:
        InvalidRequestError: The arguments break the docs' rules, listing every problem."""
    _task = _new_task("audioInference", MODEL_ID, task_uuid)
    _put(_task, ("inputs", "audio"), audio)
    _put(_task, ("speech",), speech)
    _put(_task, ("settings", "maxNewTokens"), max_new_tokens)
    _put(_task, ("settings", "transcript"), transcript)
    _put(_task, ("settings", "xVectorOnly"), x_vector_only)
    _put(_task, ("webhookURL",), webhook_url)
    _put(_task, ("includeCost",), include_cost)
    _put(_task, ("numberResults",), number_results)
    _put(_task, ("uploadEndpoint",), upload_endpoint)
    _put(_task, ("ttl",), ttl)
    _put(_task, ("outputType",), output_type)
    _put(_task, ("outputFormat",), output_format)
    _put(_task, ("deliveryMethod",), delivery_method)
    _put(_task, ("audioSettings",), audio_settings)
    return _cast(
        AlibabaQwen3Tts17bBaseRequest, _finish_task(_task, _check, _MEDIA_PATHS, _CONSTRAINTS)
    )


class AlibabaQwen3Tts17bBase:
    """Qwen3-TTS 1.7B Base on a sync client: ``client.alibaba_qwen3_tts_1_7b_base``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AlibabaQwen3Tts17bBase {MODEL_ID} on {self._client!r}>"

    def generate(
        self,
        *,
        audio: MediaInput,
        speech: Speech,
        max_new_tokens: int | None = None,
        transcript: str | None = None,
        x_vector_only: bool | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        audio_settings: AudioSettings | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[AudioResult]:
        """Run Qwen3-TTS 1.7B Base (audioInference); the task is validated before anything is sent.

        High-quality multilingual text-to-speech with voice cloning and ultra-low latency

        Args:
            audio: Audio input (UUID or URL). Required.
            speech: Settings for speech generation. Required.
            max_new_tokens: Audio output token cap. Higher values allow longer audio but risk hangs. (default 2048)
            transcript: Transcript of the reference audio. Required for ICL mode, optional for x-vector-only mode.
            x_vector_only: If true, uses speaker embedding only (no transcript needed, lower similarity). If false, uses ICL mode (requires transcript, higher quality).
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Audio output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#outputFormat) (default 'MP3')
            delivery_method: Determines how the API delivers task results. (default 'sync')
            audio_settings: Audio encoding settings for controlling the bitrate, number of channels, and sample rate of the generated audio. Only applicable for lossy output formats (`MP3` and `OGG`). When using lossless formats (`WAV` or `FLAC`), this parameter must not be provided. The available sample rates and valid bitrate ranges depend on the output format. For `OGG`, bitrate limits also vary by the number of channels. **MP3 bitrate limits**: Bitrate limits for MP3 are the same regardless of mono or stereo. | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 64 kbps | | 11,025 Hz | 8 kbps | 64 kbps | | 12,000 Hz | 8 kbps | 64 kbps | | 16,000 Hz | 8 kbps | 160 kbps | | 22,050 Hz | 8 kbps | 160 kbps | | 24,000 Hz | 8 kbps | 160 kbps | | 32,000 Hz | 32 kbps | 320 kbps | | 44,100 Hz | 32 kbps | 320 kbps | | 48,000 Hz | 32 kbps | 320 kbps | **OGG bitrate limits — Mono (1 channel)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 40 kbps | | 12,000 Hz | 16 kbps | 48 kbps | | 16,000 Hz | 16 kbps | 96 kbps | | 24,000 Hz | 16 kbps | 80 kbps | | 48,000 Hz | 32 kbps | 224 kbps | **OGG bitrate limits — Stereo (2 channels)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 16 kbps | 80 kbps | | 12,000 Hz | 16 kbps | 96 kbps | | 16,000 Hz | 24 kbps | 192 kbps | | 24,000 Hz | 32 kbps | 160 kbps | | 48,000 Hz | 48 kbps | 256 kbps | > [!NOTE] > **Lossless formats**: When `outputFormat` is set to `WAV` or `FLAC`, the `audioSettings` parameter is not available since these formats produce uncompressed or lossless audio with no configurable encoding settings. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#audioSettings)
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery, how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`AudioResult` per generated audio file (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base"""
        _task = self.task(
            audio=audio,
            speech=speech,
            max_new_tokens=max_new_tokens,
            transcript=transcript,
            x_vector_only=x_vector_only,
            webhook_url=webhook_url,
            include_cost=include_cost,
            number_results=number_results,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_type=output_type,
            output_format=output_format,
            delivery_method=delivery_method,
            audio_settings=audio_settings,
            task_uuid=task_uuid,
        )
        return self._client.generate_task(
            _task,
            result_type=AudioResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )


class AsyncAlibabaQwen3Tts17bBase:
    """Qwen3-TTS 1.7B Base on an async client: ``client.alibaba_qwen3_tts_1_7b_base``."""

    model_id = MODEL_ID
    info = MODEL_INFO
    task = staticmethod(build_task)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncAlibabaQwen3Tts17bBase {MODEL_ID} on {self._client!r}>"

    async def generate(
        self,
        *,
        audio: MediaInput,
        speech: Speech,
        max_new_tokens: int | None = None,
        transcript: str | None = None,
        x_vector_only: bool | None = None,
        webhook_url: str | None = None,
        include_cost: bool | None = None,
        number_results: int | None = None,
        upload_endpoint: str | None = None,
        ttl: int | None = None,
        output_type: OutputType | None = None,
        output_format: OutputFormat | None = None,
        delivery_method: DeliveryMethodInput | None = None,
        audio_settings: AudioSettings | None = None,
        task_uuid: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[AudioResult]:
        """Run Qwen3-TTS 1.7B Base (audioInference); the task is validated before anything is sent.

        High-quality multilingual text-to-speech with voice cloning and ultra-low latency

        Args:
            audio: Audio input (UUID or URL). Required.
            speech: Settings for speech generation. Required.
            max_new_tokens: Audio output token cap. Higher values allow longer audio but risk hangs. (default 2048)
            transcript: Transcript of the reference audio. Required for ICL mode, optional for x-vector-only mode.
            x_vector_only: If true, uses speaker embedding only (no transcript needed, lower similarity). If false, uses ICL mode (requires transcript, higher quality).
            webhook_url: Webhook URL that receives JSON responses via HTTP POST when generation tasks complete. For batch requests with multiple results, each completed item triggers a separate webhook call as it becomes available. (uri)
            include_cost: Include task cost in the response.
            number_results: Number of results to generate. Each result uses a different seed, producing variations of the same parameters. (default 1; >= 1; <= 4)
            upload_endpoint: Specifies a URL where the generated content will be automatically uploaded using the HTTP PUT method. The raw binary data of the media file is sent directly as the request body. For secure uploads to cloud storage, use presigned URLs that include temporary authentication credentials. **Common use cases:** - **Cloud storage**: Upload directly to S3 buckets, Google Cloud Storage, or Azure Blob Storage using presigned URLs. - **CDN integration**: Upload to content delivery networks for immediate distribution. ```text // S3 presigned URL for secure upload https://your-bucket.s3.amazonaws.com/generated/content.mp4?X-Amz-Signature=abc123&X-Amz-Expires=3600 // Google Cloud Storage presigned URL https://storage.googleapis.com/your-bucket/content.jpg?X-Goog-Signature=xyz789 // Custom storage endpoint https://storage.example.com/uploads/generated-image.jpg ``` The content data will be sent as the request body to the specified URL when generation is complete. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#uploadEndpoint) (uri)
            ttl: Time-to-live (TTL) in seconds for generated content. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Audio output type. (default 'URL')
            output_format: Specifies the file format of the generated output. The available values depend on the task type and the specific model's capabilities. - \\`JPG\\`: Best for photorealistic images with smaller file sizes (no transparency). - \\`PNG\\`: Lossless compression, supports high quality and transparency (alpha channel). - \\`WEBP\\`: Modern format providing superior compression and transparency support. - \\`MP4\\`: Widely supported video container (H.264), recommended for general use. - \\`WEBM\\`: Optimized for web delivery. - \\`MOV\\`: QuickTime format, common in professional workflows (Apple ecosystem). - \\`GIF\\`: Animated image format (no audio), suitable for short loops or previews. - \\`MP3\\`: Compressed audio, smaller file size. - \\`WAV\\`: Uncompressed, high-quality audio. - \\`FLAC\\`: Lossless compression. - \\`OGG\\`: Open-source compressed audio format (Vorbis codec). - \\`SVG\\`: Scalable Vector Graphics. - \\`TIFF\\`: High-quality output supporting layers. - \\`GLB\\`: Binary glTF format for 3D models, including geometry, textures, and PBR materials. > [!NOTE] > \\*\\*Transparency\\*\\*: If you are using features like background removal or LayerDiffuse that require transparency, you must select a format that supports an alpha channel (e.g., \\`PNG\\`, \\`WEBP\\`, \\`TIFF\\`). \\`JPG\\` does not support transparency. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#outputFormat) (default 'MP3')
            delivery_method: Determines how the API delivers task results. (default 'sync')
            audio_settings: Audio encoding settings for controlling the bitrate, number of channels, and sample rate of the generated audio. Only applicable for lossy output formats (`MP3` and `OGG`). When using lossless formats (`WAV` or `FLAC`), this parameter must not be provided. The available sample rates and valid bitrate ranges depend on the output format. For `OGG`, bitrate limits also vary by the number of channels. **MP3 bitrate limits**: Bitrate limits for MP3 are the same regardless of mono or stereo. | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 64 kbps | | 11,025 Hz | 8 kbps | 64 kbps | | 12,000 Hz | 8 kbps | 64 kbps | | 16,000 Hz | 8 kbps | 160 kbps | | 22,050 Hz | 8 kbps | 160 kbps | | 24,000 Hz | 8 kbps | 160 kbps | | 32,000 Hz | 32 kbps | 320 kbps | | 44,100 Hz | 32 kbps | 320 kbps | | 48,000 Hz | 32 kbps | 320 kbps | **OGG bitrate limits — Mono (1 channel)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 8 kbps | 40 kbps | | 12,000 Hz | 16 kbps | 48 kbps | | 16,000 Hz | 16 kbps | 96 kbps | | 24,000 Hz | 16 kbps | 80 kbps | | 48,000 Hz | 32 kbps | 224 kbps | **OGG bitrate limits — Stereo (2 channels)**: | Sample Rate | Min Bitrate | Max Bitrate | | --- | --- | --- | | 8,000 Hz | 16 kbps | 80 kbps | | 12,000 Hz | 16 kbps | 96 kbps | | 16,000 Hz | 24 kbps | 192 kbps | | 24,000 Hz | 32 kbps | 160 kbps | | 48,000 Hz | 48 kbps | 256 kbps | > [!NOTE] > **Lossless formats**: When `outputFormat` is set to `WAV` or `FLAC`, the `audioSettings` parameter is not available since these formats produce uncompressed or lossless audio with no configurable encoding settings. [Read full documentation](https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base#audioSettings)
            task_uuid: The task's UUID v4; a fresh one when omitted.
            timeout: Seconds to wait for each HTTP response (the client's setting when omitted).
            max_retries: Retries after 408, 429, 5xx and connection failures (the client's setting).
            wait_timeout: With async delivery, how long to poll before giving up.
            on_progress: With async delivery, called with each :class:`Progress` (percent, results finished) as it changes.

        Returns:
            One :class:`AudioResult` per generated audio file (``number_results`` of them).

        Raises:
            InvalidRequestError: The arguments break the docs' rules; nothing was sent.
            APIError: The server rejected or failed the task (a subclass names the cause).
            TimeoutError: No answer within ``timeout`` (or the async wait ran out).
            ConnectionError: The server could not be reached, after every retry.

        Docs: https://runware.ai/docs/models/alibaba-qwen3-tts-1-7b-base"""
        _task = self.task(
            audio=audio,
            speech=speech,
            max_new_tokens=max_new_tokens,
            transcript=transcript,
            x_vector_only=x_vector_only,
            webhook_url=webhook_url,
            include_cost=include_cost,
            number_results=number_results,
            upload_endpoint=upload_endpoint,
            ttl=ttl,
            output_type=output_type,
            output_format=output_format,
            delivery_method=delivery_method,
            audio_settings=audio_settings,
            task_uuid=task_uuid,
        )
        return await self._client.generate_task(
            _task,
            result_type=AudioResult,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            on_progress=on_progress,
        )
