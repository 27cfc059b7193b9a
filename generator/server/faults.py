"""Fault injection: make the next requests fail, stall, drop or come back garbled.

Faults are consumed by authenticated API requests only, oldest first. Every argument is checked
when the fault is queued (in Python and over HTTP alike), so a queued fault cannot crash the
request that takes it; a control body is checked whole before any of it is applied.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any

from runware_bindings._runtime.validation import describe

MAX_DELAY = 60.0
MAX_RETRY_AFTER = 3600.0
MAX_COUNT = 10_000  # per call; the queue stores (fault, count) pairs, never one entry per request
MAX_QUEUED = 1_000  # (fault, count) pairs waiting


class InvalidFault(ValueError):
    """A fault argument or control-body field that is out of range or of the wrong type."""

    def __init__(self, field: str, expected: str, found: Any, *, shown: str | None = None) -> None:
        self.field, self.expected = field, expected
        super().__init__(f"{field}: expected {expected}, found {shown or _found(found)}")


def _found(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return describe(value)
    kind = {str: "a string", int: "an integer", float: "a number", dict: "", list: ""}
    prefix = kind.get(type(value), type(value).__name__)
    return f"{prefix} {describe(value)}".strip()


def _short(key: str) -> str:
    return key if len(key) <= 80 else key[:80] + "..."


def _is_integer(value: Any) -> bool:
    """An integer in the JSON Schema sense: 3 and 3.0, not true, not 3.5."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _count(value: Any, field: str) -> int:
    expected = f"an integer 0..{MAX_COUNT}"
    if not _is_integer(value) or not 0 <= value <= MAX_COUNT:
        raise InvalidFault(field, expected, value)
    return int(value)


def _seconds(value: Any, field: str, maximum: float) -> float:
    expected = f"a number of seconds 0..{maximum:g}"
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or not 0 <= value <= maximum:
        raise InvalidFault(field, expected, value)
    return float(value)


def _status(value: Any, field: str) -> int:
    if not _is_integer(value) or not 400 <= value <= 599:
        raise InvalidFault(field, "an HTTP status 400..599", value)
    return int(value)


@dataclass(frozen=True)
class Fault:
    kind: str  # "status" | "delay" | "drop" | "malformed"
    status: int = 200
    retry_after: float | None = None
    seconds: float = 0.0
    body: bytes = b""


class Faults:
    """A queue of faults, each consumed by one authenticated API request (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[list[Any]] = deque()  # [Fault, how many requests it still takes]
        self._failed_results = 0

    def fail_next(self, count: int = 1, *, status: int = 503,
                  retry_after: float | None = None) -> None:
        """Answer the next ``count`` requests with ``status`` and a Runware-shaped error."""
        self._push([(self._fail(count, status, retry_after, ("count", "status", "retry_after")),
                     _count(count, "count"))])

    def delay_next(self, seconds: float, count: int = 1) -> None:
        """Wait ``seconds`` before handling each of the next ``count`` requests."""
        self._push([(Fault("delay", seconds=_seconds(seconds, "seconds", MAX_DELAY)),
                     _count(count, "count"))])

    def drop_next(self, count: int = 1) -> None:
        """Close the connection without answering the next ``count`` requests."""
        self._push([(Fault("drop"), _count(count, "count"))])

    def malformed_next(self, count: int = 1, *, body: bytes = b'{"data": [truncated') -> None:
        """Answer the next ``count`` requests with 200 and a body that is not valid JSON."""
        if not isinstance(body, bytes):
            raise InvalidFault("body", "bytes", body)
        self._push([(Fault("malformed", body=body), _count(count, "count"))])

    def fail_results(self, count: int = 1) -> None:
        """Make the next ``count`` generated images fail (``status: error`` / an error entry)."""
        n = _count(count, "count")
        with self._lock:
            self._failed_results = min(self._failed_results + n, MAX_COUNT)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._failed_results = 0

    def pending(self) -> int:
        """How many requests the queued faults will still take."""
        with self._lock:
            return sum(entry[1] for entry in self._queue)

    def take(self) -> Fault | None:
        with self._lock:
            if not self._queue:
                return None
            entry = self._queue[0]
            entry[1] -= 1
            if entry[1] <= 0:
                self._queue.popleft()
            fault: Fault = entry[0]
            return fault

    def take_result_failure(self) -> bool:
        with self._lock:
            if self._failed_results:
                self._failed_results -= 1
                return True
            return False

    @staticmethod
    def _fail(count: Any, status: Any, retry_after: Any, names: tuple[str, str, str]) -> Fault:
        _count(count, names[0])
        code = _status(status, names[1])
        wait = None if retry_after is None else _seconds(retry_after, names[2], MAX_RETRY_AFTER)
        return Fault("status", status=code, retry_after=wait)

    def _push(self, faults: list[tuple[Fault, int]], *, clear: bool = False,
              failed_results: int = 0) -> None:
        """Queue all of ``faults`` or, when the queue is full, none of them."""
        wanted = [(fault, n) for fault, n in faults if n > 0]
        with self._lock:
            if clear:
                self._queue.clear()
                self._failed_results = 0
            if len(self._queue) + len(wanted) > MAX_QUEUED:
                raise InvalidFault("the fault queue", f"at most {MAX_QUEUED} queued faults "
                                   '(send {"clear": true} first)', None,
                                   shown=f"{len(self._queue) + len(wanted)} with these")
            self._queue.extend([fault, n] for fault, n in wanted)
            self._failed_results = min(self._failed_results + failed_results, MAX_COUNT)

    def configure(self, spec: Any) -> None:
        """Apply a JSON control body, e.g. ``{"fail": {"count": 2, "status": 429}}``.

        Raises ``InvalidFault`` naming the field (``fail.retryAfter``), what was expected and what
        was found; nothing is applied then.
        """
        if not isinstance(spec, dict):
            raise InvalidFault("the control body", "a JSON object such as "
                               '{"fail": {"count": 2, "status": 503}}', spec)
        known = ("fail", "delay", "drop", "malformed", "failResults", "clear")
        for key in spec:
            if key not in known:
                raise InvalidFault(_short(key), f"one of the faults {', '.join(known)}", None,
                                   shown="an unknown key")
        clear = spec.get("clear", False)
        if not isinstance(clear, bool):
            raise InvalidFault("clear", "true or false", clear)
        faults: list[tuple[Fault, int]] = []
        if "fail" in spec:
            f = _options(spec, "fail", ("count", "status", "retryAfter"))
            count = _count(f.get("count", 1), "fail.count")
            faults.append((self._fail(count, f.get("status", 503), f.get("retryAfter"),
                                      ("fail.count", "fail.status", "fail.retryAfter")), count))
        if "delay" in spec:
            d = _options(spec, "delay", ("seconds", "count"))
            faults.append((Fault("delay", seconds=_seconds(d.get("seconds", 1.0), "delay.seconds",
                                                           MAX_DELAY)),
                           _count(d.get("count", 1), "delay.count")))
        if "drop" in spec:
            faults.append((Fault("drop"), _count(spec["drop"], "drop")))
        if "malformed" in spec:
            faults.append((Fault("malformed", body=b'{"data": [truncated'),
                           _count(spec["malformed"], "malformed")))
        failed = _count(spec["failResults"], "failResults") if "failResults" in spec else 0
        self._push(faults, clear=clear, failed_results=failed)


def _options(spec: dict[str, Any], name: str, fields: tuple[str, ...]) -> dict[str, Any]:
    value = spec[name]
    if not isinstance(value, dict):
        raise InvalidFault(name, f"an object with {', '.join(fields)}", value)
    for key in value:
        if key not in fields:
            raise InvalidFault(f"{name}.{_short(key)}", f"one of the fields {', '.join(fields)}", None,
                               shown="an unknown key")
    return value
