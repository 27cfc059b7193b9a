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
# The spec's x-constraints, as published: checked where the client holds the file's bytes.
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
        audio: The reference recording of the voice to clone (UUID or URL). Required.
        speech: What to say, and how. Required.
        max_new_tokens: Cap on the audio tokens generated; more allows longer audio but risks hangs. (default 2048)
        transcript: Transcript of the reference recording (required unless xVectorOnly is true).
        x_vector_only: Use the speaker embedding only (no transcript needed, less similar).
        webhook_url: URL that receives each finished result as a JSON POST. (uri)
        include_cost: Adds the task's cost (USD) to each result.
        number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
        upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
        ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
        output_type: Audio output type. (default 'URL')
        output_format: File format of the audio. (default 'MP3')
        delivery_method: How the API delivers the task's results. (default 'sync')
        audio_settings: Encoding of the audio (bitrate, channels, sample rate).
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

        Multilingual text-to-speech that clones the voice of a reference recording.

        Args:
            audio: The reference recording of the voice to clone (UUID or URL). Required.
            speech: What to say, and how. Required.
            max_new_tokens: Cap on the audio tokens generated; more allows longer audio but risks hangs. (default 2048)
            transcript: Transcript of the reference recording (required unless xVectorOnly is true).
            x_vector_only: Use the speaker embedding only (no transcript needed, less similar).
            webhook_url: URL that receives each finished result as a JSON POST. (uri)
            include_cost: Adds the task's cost (USD) to each result.
            number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
            upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
            ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Audio output type. (default 'URL')
            output_format: File format of the audio. (default 'MP3')
            delivery_method: How the API delivers the task's results. (default 'sync')
            audio_settings: Encoding of the audio (bitrate, channels, sample rate).
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

        Multilingual text-to-speech that clones the voice of a reference recording.

        Args:
            audio: The reference recording of the voice to clone (UUID or URL). Required.
            speech: What to say, and how. Required.
            max_new_tokens: Cap on the audio tokens generated; more allows longer audio but risks hangs. (default 2048)
            transcript: Transcript of the reference recording (required unless xVectorOnly is true).
            x_vector_only: Use the speaker embedding only (no transcript needed, less similar).
            webhook_url: URL that receives each finished result as a JSON POST. (uri)
            include_cost: Adds the task's cost (USD) to each result.
            number_results: How many results to generate, each with its own seed. (default 1; >= 1; <= 4)
            upload_endpoint: URL the finished media file is uploaded to with an HTTP PUT of its raw bytes. (uri)
            ttl: Seconds the generated content stays available. Only applies when `outputType` is `URL`. (>= 60)
            output_type: Audio output type. (default 'URL')
            output_format: File format of the audio. (default 'MP3')
            delivery_method: How the API delivers the task's results. (default 'sync')
            audio_settings: Encoding of the audio (bitrate, channels, sample rate).
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
