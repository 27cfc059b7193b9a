"""Async delivery bookkeeping, shared by both clients (no I/O here).

A task is finished when each of its N results reached ``status: success`` or ``status: error``,
whatever the output media: completion is never inferred from the presence of a URL field (base64
and data URI outputs, 3D files and texts carry none). ``progress`` (0-100), when the server
reports it on items still processing, is summed up per task for progress callbacks and bars.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import TaskFailedError, TimeoutError, error_for
from .results import ResultKind, RunResult, result_from_item

__all__ = ["Progress", "Waiter"]

FINISHED = frozenset({"success", "error", "failed"})
PENDING = frozenset({"processing", "pending", "queued"})
# Fields only a finished item carries, for items of older servers that send no status.
_RESULT_FIELDS = ("imageUUID", "videoUUID", "audioUUID", "mediaUUID", "outputs", "text")


@dataclass(frozen=True)
class Progress:
    """How far one async task is: ``percent`` (0-100) over all of its ``expected`` results, of
    which ``finished`` reached ``success`` or ``error``."""

    task_uuid: str
    percent: float
    finished: int
    expected: int

    @property
    def done(self) -> bool:
        return self.finished >= self.expected


class Waiter:
    """The tasks still awaited, and what the latest poll said about each of them."""

    def __init__(
        self,
        expected: Mapping[str, int],
        *,
        scrub: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] = lambda errors: errors,
        kinds: Mapping[str, ResultKind] | None = None,
    ) -> None:
        self.expected = dict(expected)
        self.scrub = scrub  # the client's: removes its key from error objects
        self.kinds = dict(kinds or {})
        self.items: dict[str, list[dict[str, Any]]] = {u: [] for u in expected}
        self.task_errors: dict[str, list[dict[str, Any]]] = {u: [] for u in expected}
        self.status: int | None = None

    def poll_tasks(self) -> list[dict[str, Any]]:
        return [{"taskType": "getResponse", "taskUUID": u} for u in self.pending()]

    def pending(self) -> list[str]:
        return [u for u in self.expected if not self._finished(u)]

    @property
    def done(self) -> bool:
        return not self.pending()

    def _finished(self, task_uuid: str) -> bool:
        if self.task_errors[task_uuid]:
            return True
        finished = [i for i in self.items[task_uuid] if _status(i) in FINISHED]
        return len(finished) >= self.expected[task_uuid]

    def absorb(self, answer: RunResult) -> None:
        """Take in one poll's answer: each poll reports every generation so far."""
        self.status = answer.status
        fresh: dict[str, list[dict[str, Any]]] = {}
        for result in answer.results:
            if result.task_uuid in self.items:
                fresh.setdefault(result.task_uuid, []).append(dict(result.raw))
        for task_uuid, items in fresh.items():
            if not self._finished(task_uuid):
                self.items[task_uuid] = items
        for error in answer.errors:
            if error.task_uuid in self.task_errors:
                self.task_errors[error.task_uuid].append(error.error)

    def progress(self) -> list[Progress]:
        """Each awaited task's progress: finished results count 100, the others what they report."""
        out = []
        for task_uuid, expected in self.expected.items():
            items = self.items[task_uuid]
            finished = sum(1 for i in items if _status(i) in FINISHED)
            if self.task_errors[task_uuid]:
                finished = expected
            reported = [100.0 if _status(i) in FINISHED else _percent(i) for i in items[:expected]]
            percent = 100.0 if finished >= expected else sum(reported) / expected
            out.append(Progress(task_uuid, round(min(100.0, percent), 2), min(finished, expected),
                                expected))
        return out

    def fill(self, run: RunResult) -> None:
        """Put every finished result and every failure into ``run``."""
        for task_uuid, items in self.items.items():
            for item in items:
                state = _status(item)
                if state in PENDING:
                    continue
                if state in ("error", "failed"):
                    detail = item.get("error")
                    [error] = self.scrub([dict(detail) if isinstance(detail, Mapping) else {}])
                    error.setdefault("taskUUID", task_uuid)
                    error.setdefault("code", "taskFailed")
                    error.setdefault("message", "the generation failed")
                    run.add_error(
                        TaskFailedError(
                            f"task {task_uuid}: {error['code']}: {error['message']}",
                            status=self.status,
                            error=error,
                        )
                    )
                else:
                    run.add_result(result_from_item(item, self.kinds.get(task_uuid)))
        for task_errors in self.task_errors.values():
            for error in task_errors:
                run.add_error(error_for(self.status, [error]))

    def timeout_error(self, seconds: float, partial: RunResult) -> TimeoutError:
        lines = []
        for task_uuid in self.pending():
            done = sum(1 for i in self.items[task_uuid] if _status(i) in FINISHED)
            lines.append(f"{task_uuid} ({done} of {self.expected[task_uuid]} results finished)")
        return TimeoutError(
            f"async tasks still processing after {seconds:g} s: {', '.join(lines)}",
            partial=partial,
        )


def _status(item: Mapping[str, Any]) -> str:
    status = item.get("status")
    if isinstance(status, str):
        return status
    # Items without a status (older servers) count as finished once they carry a result.
    return "success" if any(key in item for key in _RESULT_FIELDS) else "processing"


def _percent(item: Mapping[str, Any]) -> float:
    value = item.get("progress")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return max(0.0, min(100.0, float(value)))
    return 0.0


def expected_results(task: Mapping[str, Any]) -> int:
    """``numberResults`` (``2.0`` too: JSON Schema integers include integral floats), else 1."""
    n = task.get("numberResults", 1)
    if isinstance(n, float) and n.is_integer() and n <= 2**31:
        n = int(n)
    return n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 1


def is_async(task: Mapping[str, Any], default: str = "sync") -> bool:
    """Whether ``task`` is delivered async: its ``deliveryMethod``, else its model's default."""
    return bool(task.get("deliveryMethod", default) == "async")
