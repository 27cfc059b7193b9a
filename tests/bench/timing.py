"""How ``make bench`` times things: every contender runs in each round, in a shuffled order, and a
ratio is the median over rounds of the two times measured in the same round, so that a machine
busy with other work slows both sides of a ratio alike."""

from __future__ import annotations

import random
import statistics
import timeit
from collections.abc import Callable
from typing import Any


def per_call(fn: Callable[[], Any], budget: float) -> float:
    """Seconds per call: the best of three runs of about ``budget / 4`` seconds each."""
    number = 1
    while True:
        elapsed = timeit.timeit(fn, number=number)
        if elapsed >= budget / 4:
            break
        number *= 2
    return min(timeit.repeat(fn, number=number, repeat=3)) / number


def interleaved(contenders: dict[str, Callable[[], Any]], rounds: int, budget: float = 0.02) -> dict[str, list[float]]:
    """Per-call seconds of every contender in each round (shuffled order within a round)."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    rng = random.Random(0)
    for _ in range(rounds):
        rng.shuffle(names)
        for name in names:
            times[name].append(per_call(contenders[name], budget))
    return times


def ratio(times: dict[str, list[float]], a: str, b: str) -> float:
    """How many times ``a`` takes ``b``'s time: the median of the per-round ratios."""
    return statistics.median(x / y for x, y in zip(times[a], times[b]))


def median(times: dict[str, list[float]], name: str) -> float:
    return statistics.median(times[name])
