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

from ._runtime.client import DEFAULT_BASE_URL, AsyncClient, SyncClient
from ._runtime.results import RunResult
from ._runtime.webhooks import parse_webhook as _parse_webhook
from .registry import CHECKERS, MODELS, RESPONSE_VALIDATORS

if TYPE_CHECKING:  # a model's client module is imported when its namespace is first used
    from .krea_2_medium.client import AsyncKrea2Medium, Krea2Medium
    from .gpt_image_2.client import AsyncGptImage2, GptImage2

__all__ = ["DEFAULT_BASE_URL", "AsyncRunware", "Runware", "parse_webhook"]


class Runware(SyncClient):
    """Blocking Runware client: ``client.run(tasks)`` and one namespace per model.

    Args:
        api_key: The API key; ``RUNWARE_API_KEY`` when omitted. It is never shown in a repr,
            a log line or an error message.
        base_url: The REST endpoint (the real one by default; the local server's in tests).
        timeout: Seconds to wait for each HTTP response.
        max_retries: Retries after 408, 429, 5xx and connection failures (default 2).
        retry_policy: Backoff, cap and total-time bound of those retries.
        poll_policy: How async tasks are polled (about 1 s, x1.5, capped at 10 s, 10 min overall).
        validate: Validate raw tasks given to ``run`` for known models (default True).
        http_client: An ``httpx.Client`` to use (and not close) instead of our own.
    """

    _checkers = CHECKERS

    @cached_property
    def krea_2_medium(self) -> Krea2Medium:
        """Krea 2 Medium (krea:krea@2-medium)."""
        from .krea_2_medium.client import Krea2Medium

        return Krea2Medium(self)

    @cached_property
    def gpt_image_2(self) -> GptImage2:
        """GPT Image 2 (openai:gpt-image@2)."""
        from .gpt_image_2.client import GptImage2

        return GptImage2(self)


class AsyncRunware(AsyncClient):
    """Asyncio Runware client; same arguments as :class:`Runware` (``http_client`` is async)."""

    _checkers = CHECKERS

    @cached_property
    def krea_2_medium(self) -> AsyncKrea2Medium:
        """Krea 2 Medium (krea:krea@2-medium)."""
        from .krea_2_medium.client import AsyncKrea2Medium

        return AsyncKrea2Medium(self)

    @cached_property
    def gpt_image_2(self) -> AsyncGptImage2:
        """GPT Image 2 (openai:gpt-image@2)."""
        from .gpt_image_2.client import AsyncGptImage2

        return AsyncGptImage2(self)


def parse_webhook(body: bytes | str | Mapping[str, Any], *, model: str | None = None) -> RunResult:
    """Parse a webhook body into results and errors, validating each item against ``model``.

    Without ``model`` only the envelope and each item's ``taskUUID`` are checked.
    """
    if model is not None and model not in RESPONSE_VALIDATORS:
        raise ValueError(f"unknown model {model!r}; known: {', '.join(sorted(MODELS))}")
    return _parse_webhook(body, validate=RESPONSE_VALIDATORS.get(model) if model else None)
