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
from typing import TYPE_CHECKING, Any

from ._runtime.client import DEFAULT_BASE_URL, AsyncClient, ModelInfo, SyncClient
from ._runtime.results import ResultKind, RunResult, result_class
from ._runtime.webhooks import parse_webhook as _parse_webhook
from .registry import CHECKERS, MODELS, RESPONSE_VALIDATORS

if TYPE_CHECKING:  # a model's client module is imported when its namespace is first used
    from .alibaba_qwen3_tts_1_7b_base.client import (
        AsyncAlibabaQwen3Tts17bBase,
        AlibabaQwen3Tts17bBase,
    )
    from .bria_video_background_removal.client import (
        AsyncBriaVideoBackgroundRemoval,
        BriaVideoBackgroundRemoval,
    )
    from .klingai_video_2_6_pro.client import AsyncKlingaiVideo26Pro, KlingaiVideo26Pro
    from .krea_2_medium.client import AsyncKrea2Medium, Krea2Medium
    from .meta_muse_image.client import AsyncMetaMuseImage, MetaMuseImage
    from .gpt_image_2.client import AsyncGptImage2, GptImage2
    from .openai_gpt_image_2_5_sunburst.client import (
        AsyncOpenaiGptImage25Sunburst,
        OpenaiGptImage25Sunburst,
    )
    from .bfl_flux_2_klein_9b.client import AsyncBflFlux2Klein9b, BflFlux2Klein9b
    from .clarity.client import AsyncClarity, Clarity
    from .tripo_v3_1.client import AsyncTripoV31, TripoV31

__all__ = ["DEFAULT_BASE_URL", "MODEL_INFOS", "AsyncRunware", "Runware", "parse_webhook"]

#: Wire model id -> its task type, output media, delivery methods and default, default format.
# Written out here rather than imported from each model's client module, which loads on first use.
MODEL_INFOS: dict[str, ModelInfo] = {
    "alibaba:qwen@3-tts-1.7b-base": ModelInfo(
        "audioInference", "audio", ("sync", "async"), "sync", "MP3"
    ),
    "bria:51@1": ModelInfo("removeBackground", "video", ("async",), "async", "WEBM"),
    "klingai:kling-video@2.6-pro": ModelInfo("videoInference", "video", ("async",), "async", "MP4"),
    "krea:krea@2-medium": ModelInfo("imageInference", "image", ("sync", "async"), "sync", "JPG"),
    "meta:muse@image": ModelInfo("imageInference", "image", ("sync", "async"), "sync", "JPG"),
    "openai:gpt-image@2": ModelInfo("imageInference", "image", ("sync", "async"), "sync", "JPG"),
    "openai:gpt-image@2.5-sunburst": ModelInfo(
        "imageInference", "image", ("sync", "async"), "sync", "JPG"
    ),
    "runware:400@2": ModelInfo("imageInference", "image", ("sync", "async"), "sync", "JPG"),
    "runware:500@1": ModelInfo("upscale", "image", ("sync", "async"), "sync", "JPG"),
    "tripo:v3.1@0": ModelInfo("3dInference", "3d", ("sync", "async"), "async", "GLB"),
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
        from .alibaba_qwen3_tts_1_7b_base.client import AlibabaQwen3Tts17bBase

        return AlibabaQwen3Tts17bBase(self)

    @cached_property
    def bria_video_background_removal(self) -> BriaVideoBackgroundRemoval:
        """Bria Video Background Removal (bria:51@1)."""
        from .bria_video_background_removal.client import BriaVideoBackgroundRemoval

        return BriaVideoBackgroundRemoval(self)

    @cached_property
    def klingai_video_2_6_pro(self) -> KlingaiVideo26Pro:
        """Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro)."""
        from .klingai_video_2_6_pro.client import KlingaiVideo26Pro

        return KlingaiVideo26Pro(self)

    @cached_property
    def krea_2_medium(self) -> Krea2Medium:
        """Krea 2 Medium (krea:krea@2-medium)."""
        from .krea_2_medium.client import Krea2Medium

        return Krea2Medium(self)

    @cached_property
    def meta_muse_image(self) -> MetaMuseImage:
        """Muse Image (meta:muse@image)."""
        from .meta_muse_image.client import MetaMuseImage

        return MetaMuseImage(self)

    @cached_property
    def gpt_image_2(self) -> GptImage2:
        """GPT Image 2 (openai:gpt-image@2)."""
        from .gpt_image_2.client import GptImage2

        return GptImage2(self)

    @cached_property
    def openai_gpt_image_2_5_sunburst(self) -> OpenaiGptImage25Sunburst:
        """GPT-Image-2.5 Sunburst (openai:gpt-image@2.5-sunburst)."""
        from .openai_gpt_image_2_5_sunburst.client import OpenaiGptImage25Sunburst

        return OpenaiGptImage25Sunburst(self)

    @cached_property
    def bfl_flux_2_klein_9b(self) -> BflFlux2Klein9b:
        """FLUX.2 [klein] 9B (runware:400@2)."""
        from .bfl_flux_2_klein_9b.client import BflFlux2Klein9b

        return BflFlux2Klein9b(self)

    @cached_property
    def clarity(self) -> Clarity:
        """Clarity (runware:500@1)."""
        from .clarity.client import Clarity

        return Clarity(self)

    @cached_property
    def tripo_v3_1(self) -> TripoV31:
        """Tripo 3D v3.1 (tripo:v3.1@0)."""
        from .tripo_v3_1.client import TripoV31

        return TripoV31(self)


class AsyncRunware(AsyncClient):
    """Asyncio Runware client; same arguments as :class:`Runware` (``http_client`` is async)."""

    _checkers = CHECKERS
    _models = MODEL_INFOS

    @cached_property
    def alibaba_qwen3_tts_1_7b_base(self) -> AsyncAlibabaQwen3Tts17bBase:
        """Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base)."""
        from .alibaba_qwen3_tts_1_7b_base.client import AsyncAlibabaQwen3Tts17bBase

        return AsyncAlibabaQwen3Tts17bBase(self)

    @cached_property
    def bria_video_background_removal(self) -> AsyncBriaVideoBackgroundRemoval:
        """Bria Video Background Removal (bria:51@1)."""
        from .bria_video_background_removal.client import AsyncBriaVideoBackgroundRemoval

        return AsyncBriaVideoBackgroundRemoval(self)

    @cached_property
    def klingai_video_2_6_pro(self) -> AsyncKlingaiVideo26Pro:
        """Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro)."""
        from .klingai_video_2_6_pro.client import AsyncKlingaiVideo26Pro

        return AsyncKlingaiVideo26Pro(self)

    @cached_property
    def krea_2_medium(self) -> AsyncKrea2Medium:
        """Krea 2 Medium (krea:krea@2-medium)."""
        from .krea_2_medium.client import AsyncKrea2Medium

        return AsyncKrea2Medium(self)

    @cached_property
    def meta_muse_image(self) -> AsyncMetaMuseImage:
        """Muse Image (meta:muse@image)."""
        from .meta_muse_image.client import AsyncMetaMuseImage

        return AsyncMetaMuseImage(self)

    @cached_property
    def gpt_image_2(self) -> AsyncGptImage2:
        """GPT Image 2 (openai:gpt-image@2)."""
        from .gpt_image_2.client import AsyncGptImage2

        return AsyncGptImage2(self)

    @cached_property
    def openai_gpt_image_2_5_sunburst(self) -> AsyncOpenaiGptImage25Sunburst:
        """GPT-Image-2.5 Sunburst (openai:gpt-image@2.5-sunburst)."""
        from .openai_gpt_image_2_5_sunburst.client import AsyncOpenaiGptImage25Sunburst

        return AsyncOpenaiGptImage25Sunburst(self)

    @cached_property
    def bfl_flux_2_klein_9b(self) -> AsyncBflFlux2Klein9b:
        """FLUX.2 [klein] 9B (runware:400@2)."""
        from .bfl_flux_2_klein_9b.client import AsyncBflFlux2Klein9b

        return AsyncBflFlux2Klein9b(self)

    @cached_property
    def clarity(self) -> AsyncClarity:
        """Clarity (runware:500@1)."""
        from .clarity.client import AsyncClarity

        return AsyncClarity(self)

    @cached_property
    def tripo_v3_1(self) -> AsyncTripoV31:
        """Tripo 3D v3.1 (tripo:v3.1@0)."""
        from .tripo_v3_1.client import AsyncTripoV31

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
