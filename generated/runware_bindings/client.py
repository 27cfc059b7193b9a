"""The Runware clients, with one namespace per model; generated, do not edit by hand.

::

    from runware_bindings import Runware

    with Runware() as client:  # the key comes from RUNWARE_API_KEY
        [image] = client.krea_2_medium.generate(positive_prompt="a lighthouse", width=1024, height=1024)
        image.save("lighthouse.jpg")
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from ._runtime.client import DEFAULT_BASE_URL, AsyncClient, ModelInfo, SyncClient
from ._runtime.results import ResultKind, RunResult, result_class
from ._runtime.webhooks import parse_webhook as _parse_webhook
from .registry import CHECKERS, MODELS, RESPONSE_VALIDATORS
from .alibaba_qwen3_tts_1_7b_base.client import MODEL_INFO as _alibaba_qwen3_tts_1_7b_base
from .alibaba_qwen3_tts_1_7b_base.client import AsyncAlibabaQwen3Tts17bBase, AlibabaQwen3Tts17bBase
from .bria_video_background_removal.client import MODEL_INFO as _bria_video_background_removal
from .bria_video_background_removal.client import (
    AsyncBriaVideoBackgroundRemoval,
    BriaVideoBackgroundRemoval,
)
from .klingai_video_2_6_pro.client import MODEL_INFO as _klingai_video_2_6_pro
from .klingai_video_2_6_pro.client import AsyncKlingaiVideo26Pro, KlingaiVideo26Pro
from .krea_2_medium.client import MODEL_INFO as _krea_2_medium
from .krea_2_medium.client import AsyncKrea2Medium, Krea2Medium
from .gpt_image_2.client import MODEL_INFO as _gpt_image_2
from .gpt_image_2.client import AsyncGptImage2, GptImage2
from .clarity.client import MODEL_INFO as _clarity
from .clarity.client import AsyncClarity, Clarity
from .tripo_v3_1.client import MODEL_INFO as _tripo_v3_1
from .tripo_v3_1.client import AsyncTripoV31, TripoV31

__all__ = ["DEFAULT_BASE_URL", "MODEL_INFOS", "AsyncRunware", "Runware", "parse_webhook"]

#: Wire model id -> its task type, output media, delivery methods and default, default format.
MODEL_INFOS: dict[str, ModelInfo] = {
    "alibaba:qwen@3-tts-1.7b-base": _alibaba_qwen3_tts_1_7b_base,
    "bria:51@1": _bria_video_background_removal,
    "klingai:kling-video@2.6-pro": _klingai_video_2_6_pro,
    "krea:krea@2-medium": _krea_2_medium,
    "openai:gpt-image@2": _gpt_image_2,
    "runware:500@1": _clarity,
    "tripo:v3.1@0": _tripo_v3_1,
}


class Runware(SyncClient):
    """Blocking Runware client: ``client.run(tasks)`` and one namespace per model.

    Args:
        api_key: The API key; ``RUNWARE_API_KEY`` when omitted. It is never shown in a repr,
            a log line or an error message.
        base_url: The REST endpoint (the real one by default; the local server's in tests).
        timeout: Seconds to wait for each HTTP response.
        max_retries: Retries after 408, 429, 5xx and connection failures (default 2).
        retry_policy: Backoff, cap and total-time bound of those retries.
        poll_policy: How async tasks are polled; by default about 1 s, x1.5, capped at 10 s,
            10 min overall, and for long tasks (async-only models, video, 3D) 2 s, x1.5, capped
            at 15 s, 30 min overall (``LONG_POLL``). A policy given here applies to every model.
        validate: Validate raw tasks given to ``run`` for known models (default True).
        http_client: An ``httpx.Client`` to use (and not close) instead of our own.
        progress_bar: Draw a progress bar on stderr while polling: None (the default) when
            stderr is a terminal, False never, True always.
    """

    _checkers = CHECKERS
    _models = MODEL_INFOS

    @cached_property
    def alibaba_qwen3_tts_1_7b_base(self) -> AlibabaQwen3Tts17bBase:
        """Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base)."""
        return AlibabaQwen3Tts17bBase(self)

    @cached_property
    def bria_video_background_removal(self) -> BriaVideoBackgroundRemoval:
        """Bria Video Background Removal (bria:51@1)."""
        return BriaVideoBackgroundRemoval(self)

    @cached_property
    def klingai_video_2_6_pro(self) -> KlingaiVideo26Pro:
        """Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro)."""
        return KlingaiVideo26Pro(self)

    @cached_property
    def krea_2_medium(self) -> Krea2Medium:
        """Krea 2 Medium (krea:krea@2-medium)."""
        return Krea2Medium(self)

    @cached_property
    def gpt_image_2(self) -> GptImage2:
        """GPT Image 2 (openai:gpt-image@2)."""
        return GptImage2(self)

    @cached_property
    def clarity(self) -> Clarity:
        """Clarity (runware:500@1)."""
        return Clarity(self)

    @cached_property
    def tripo_v3_1(self) -> TripoV31:
        """Tripo 3D v3.1 (tripo:v3.1@0)."""
        return TripoV31(self)


class AsyncRunware(AsyncClient):
    """Asyncio Runware client; same arguments as :class:`Runware` (``http_client`` is async)."""

    _checkers = CHECKERS
    _models = MODEL_INFOS

    @cached_property
    def alibaba_qwen3_tts_1_7b_base(self) -> AsyncAlibabaQwen3Tts17bBase:
        """Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base)."""
        return AsyncAlibabaQwen3Tts17bBase(self)

    @cached_property
    def bria_video_background_removal(self) -> AsyncBriaVideoBackgroundRemoval:
        """Bria Video Background Removal (bria:51@1)."""
        return AsyncBriaVideoBackgroundRemoval(self)

    @cached_property
    def klingai_video_2_6_pro(self) -> AsyncKlingaiVideo26Pro:
        """Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro)."""
        return AsyncKlingaiVideo26Pro(self)

    @cached_property
    def krea_2_medium(self) -> AsyncKrea2Medium:
        """Krea 2 Medium (krea:krea@2-medium)."""
        return AsyncKrea2Medium(self)

    @cached_property
    def gpt_image_2(self) -> AsyncGptImage2:
        """GPT Image 2 (openai:gpt-image@2)."""
        return AsyncGptImage2(self)

    @cached_property
    def clarity(self) -> AsyncClarity:
        """Clarity (runware:500@1)."""
        return AsyncClarity(self)

    @cached_property
    def tripo_v3_1(self) -> AsyncTripoV31:
        """Tripo 3D v3.1 (tripo:v3.1@0)."""
        return AsyncTripoV31(self)


def parse_webhook(body: bytes | str | Mapping[str, Any], *, model: str | None = None) -> RunResult:
    """Parse a webhook body into results and errors, validating each item against ``model``.

    With ``model`` the results are of its media's class (``VideoResult`` for a video model...);
    without it only the envelope and each item's ``taskUUID`` are checked, and each item's own
    fields decide its class.
    """
    if model is None:
        return _parse_webhook(body)
    if model not in RESPONSE_VALIDATORS:
        raise ValueError(f"unknown model {model!r}; known: {', '.join(sorted(MODELS))}")
    info = MODEL_INFOS[model]
    kind = ResultKind(result_class(info.media), info.default_format)
    return _parse_webhook(body, validate=RESPONSE_VALIDATORS[model], kind=kind)
