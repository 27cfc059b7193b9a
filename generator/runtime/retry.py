"""When to retry a request and how long to wait first: pure functions, shared by both clients."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["LONG_POLL", "PollPolicy", "RetryPolicy", "parse_retry_after", "poll_delays"]

# 408 request timeout, 429 queue full, and every 5xx: the request may succeed later.
RETRYABLE_STATUSES = frozenset({408, 429})


def is_retryable_status(status: int) -> bool:
    return status in RETRYABLE_STATUSES or 500 <= status <= 599


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded in attempts and in total time.

    ``max_retries`` counts retries after the first attempt; ``max_elapsed`` bounds the time spent
    across all attempts and waits (a wait that would cross it is not taken).
    """

    max_retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_elapsed: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, found {self.max_retries}")
        if self.backoff < 0 or self.max_backoff < 0 or self.max_elapsed < 0:
            raise ValueError("backoff, max_backoff and max_elapsed must be >= 0")

    def delay(
        self,
        retry: int,
        *,
        retry_after: float | None = None,
        rng: random.Random | None = None,
    ) -> float:
        """Seconds to wait before retry number ``retry`` (0-based).

        A server's ``Retry-After`` is a floor: we never come back sooner than asked.
        """
        ceiling = min(self.max_backoff, self.backoff * (2**retry))
        jittered = (rng or random).uniform(ceiling / 2, ceiling)
        if retry_after is not None:
            return max(retry_after, jittered)
        return jittered

    def next_delay(
        self,
        retry: int,
        started: float,
        *,
        retry_after: float | None = None,
        now: float | None = None,
    ) -> float | None:
        """The wait before retry ``retry``, or ``None`` when the budget is spent."""
        if retry >= self.max_retries:
            return None
        wait = self.delay(retry, retry_after=retry_after)
        elapsed = (time.monotonic() if now is None else now) - started
        if elapsed + wait > self.max_elapsed:
            return None
        return wait


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date. Junk gives ``None``."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


@dataclass(frozen=True)
class PollPolicy:
    """How to poll ``getResponse`` for an async task: first wait, growth factor, cap, deadline."""

    initial: float = 1.0
    factor: float = 1.5
    max_interval: float = 10.0
    timeout: float = 600.0

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.factor < 1 or self.max_interval <= 0 or self.timeout <= 0:
            raise ValueError(
                "poll policy needs initial > 0, factor >= 1, max_interval > 0 and timeout > 0"
            )


#: For tasks that take minutes (async-only models, video and 3D): first poll after 2 s, x1.5,
#: at most every 15 s, for 30 minutes in all.
LONG_POLL = PollPolicy(initial=2.0, factor=1.5, max_interval=15.0, timeout=1800.0)


def poll_delays(policy: PollPolicy) -> Iterator[float]:
    """The waits before each poll until the deadline (the last one trimmed to fit)."""
    total, wait = 0.0, policy.initial
    while total < policy.timeout:
        step = min(wait, policy.timeout - total)
        yield step
        total += step
        wait = min(wait * policy.factor, policy.max_interval)
