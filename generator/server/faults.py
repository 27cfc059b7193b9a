"""Fault injection: make the next requests fail, stall, drop or come back garbled."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

MAX_DELAY = 60.0


@dataclass
class Fault:
    kind: str  # "status" | "delay" | "drop" | "malformed"
    status: int = 200
    retry_after: float | None = None
    seconds: float = 0.0
    body: bytes = b""


class Faults:
    """A queue of faults, each consumed by one API request (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[Fault] = []
        self._failed_results = 0

    def fail_next(self, count: int = 1, *, status: int = 503,
                  retry_after: float | None = None) -> None:
        """Answer the next ``count`` requests with ``status`` and a Runware-shaped error."""
        if not 400 <= status <= 599:
            raise ValueError(f"a failure status must be 4xx or 5xx, found {status}")
        self._push(count, Fault("status", status=status, retry_after=retry_after))

    def delay_next(self, seconds: float, count: int = 1) -> None:
        """Wait ``seconds`` before handling each of the next ``count`` requests."""
        if not 0 <= seconds <= MAX_DELAY:
            raise ValueError(f"delay must be within 0..{MAX_DELAY:g} s, found {seconds}")
        self._push(count, Fault("delay", seconds=seconds))

    def drop_next(self, count: int = 1) -> None:
        """Close the connection without answering the next ``count`` requests."""
        self._push(count, Fault("drop"))

    def malformed_next(self, count: int = 1, *, body: bytes = b'{"data": [truncated') -> None:
        """Answer the next ``count`` requests with 200 and a body that is not valid JSON."""
        self._push(count, Fault("malformed", body=body))

    def fail_results(self, count: int = 1) -> None:
        """Make the next ``count`` generated images fail (``status: error`` / an error entry)."""
        with self._lock:
            self._failed_results += count

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._failed_results = 0

    def take(self) -> Fault | None:
        with self._lock:
            return self._queue.pop(0) if self._queue else None

    def take_result_failure(self) -> bool:
        with self._lock:
            if self._failed_results:
                self._failed_results -= 1
                return True
            return False

    def _push(self, count: int, fault: Fault) -> None:
        if count < 0:
            raise ValueError(f"count must be >= 0, found {count}")
        with self._lock:
            self._queue.extend([fault] * count)

    def configure(self, spec: dict[str, Any]) -> None:
        """Apply a JSON control body, e.g. ``{"fail": {"count": 2, "status": 429}}``."""
        known = {"fail", "delay", "drop", "malformed", "failResults", "clear"}
        unknown = set(spec) - known
        if unknown:
            raise ValueError(f"unknown fault(s) {sorted(unknown)}; known: {sorted(known)}")
        if spec.get("clear"):
            self.clear()
        if "fail" in spec:
            f = _options(spec, "fail", '{"count": 2, "status": 503, "retryAfter": 1}')
            self.fail_next(int(f.get("count", 1)), status=int(f.get("status", 503)),
                           retry_after=f.get("retryAfter"))
        if "delay" in spec:
            d = _options(spec, "delay", '{"seconds": 2, "count": 1}')
            self.delay_next(float(d.get("seconds", 1.0)), int(d.get("count", 1)))
        if "drop" in spec:
            self.drop_next(int(spec["drop"]))
        if "malformed" in spec:
            self.malformed_next(int(spec["malformed"]))
        if "failResults" in spec:
            self.fail_results(int(spec["failResults"]))


def _options(spec: dict[str, Any], name: str, example: str) -> dict[str, Any]:
    value = spec[name]
    if not isinstance(value, dict):
        raise TypeError(f"{name!r} must be an object such as {example}, found {value!r}")
    return value
