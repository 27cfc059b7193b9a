"""Bounded in-memory state of the local server: images, async jobs, task UUIDs and the sink.

Every store has a cap on entries and on bytes (see ``Limits``) and drops its oldest entries to
stay under both, counting what it dropped; ``stats()`` reports entries, bytes and drops.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .limits import Limits

K = TypeVar("K")
V = TypeVar("V")


class Bounded(Generic[K, V]):
    """An insertion-ordered map that drops its oldest entries beyond ``max_entries`` or ``max_bytes``."""

    def __init__(self, max_entries: int, max_bytes: int) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._bytes = 0
        self.dropped = 0

    def put(self, key: K, value: V, size: int, *, only_new: bool = False) -> bool:
        """Keep ``value``; False when it alone exceeds ``max_bytes`` (or ``only_new`` and known)."""
        if size > self.max_bytes:
            return False
        with self._lock:
            old = self._items.get(key)
            if old is not None:
                if only_new:
                    return False
                del self._items[key]
                self._bytes -= old[1]
            self._items[key] = (value, size)
            self._bytes += size
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                _, (_, dropped_size) = self._items.popitem(last=False)
                self._bytes -= dropped_size
                self.dropped += 1
        return True

    def get(self, key: K) -> V | None:
        with self._lock:
            found = self._items.get(key)
        return None if found is None else found[0]

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._items

    def discard(self, key: K) -> None:
        with self._lock:
            found = self._items.pop(key, None)
            if found is not None:
                self._bytes -= found[1]

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "bytes": self._bytes, "dropped": self.dropped}

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0


class ImageStore(Bounded[str, tuple[str, bytes]]):
    """The newest files by name (``<uuid>.<ext>``), served at ``/images/<name>`` (images) and
    ``/media/<name>`` (video, audio, 3D files)."""

    def __init__(self, limits: Limits) -> None:
        super().__init__(limits.image_entries, limits.image_bytes)

    def add(self, name: str, media_type: str, data: bytes) -> bool:
        return self.put(name, (media_type, data), len(data) + len(name) + len(media_type))


@dataclass
class Job:
    """An async task: its items become visible one by one until ``ready_at`` has passed."""

    task_type: str
    task_uuid: str
    items: list[dict[str, Any]]
    started: float = field(default_factory=time.monotonic)
    duration: float = 0.5

    def ready_at(self, index: int) -> float:
        return self.started + self.duration * (index + 1) / len(self.items)

    @property
    def size(self) -> int:
        """About what the job holds: its string values (base64 data dominates) plus a little per item."""
        return sum(64 + sum(len(v) for v in item.values() if isinstance(v, str))
                   for item in self.items)

    def snapshot(self) -> list[dict[str, Any]]:
        """Each item as a poll sees it now: finished (its result, ``progress: 100``), or still
        ``processing`` with the ``progress`` (0-99) it has made towards its ``ready_at``."""
        now = time.monotonic()
        out = []
        for i, item in enumerate(self.items):
            ready = self.ready_at(i)
            if now >= ready:
                out.append({**item, "progress": 100})
            else:
                share = (now - self.started) / (ready - self.started)
                out.append({"taskType": self.task_type, "taskUUID": self.task_uuid,
                            "status": "processing", "progress": max(0, min(99, int(100 * share)))})
        return out


class JobStore(Bounded[str, Job]):
    def __init__(self, limits: Limits) -> None:
        super().__init__(limits.job_entries, limits.job_bytes)

    def add(self, job: Job) -> bool:
        return self.put(job.task_uuid, job, job.size)

    def finish_all(self) -> int:
        """Make every job's items ready now; how many jobs were still running."""
        with self._lock:
            jobs = [job for job, _ in self._items.values()]
        now = time.monotonic()
        running = [job for job in jobs if now < job.ready_at(len(job.items) - 1)]
        for job in running:
            job.duration = 0.0
        return len(running)


class SeenTasks(Bounded[str, None]):
    """Task UUIDs already accepted: reusing one is a ``conflictTaskUUID`` error, as on Runware."""

    def __init__(self, limits: Limits) -> None:
        # UUIDs are 36 characters; the byte cap only guards against callers passing other strings.
        super().__init__(limits.task_uuids, limits.task_uuids * 64)

    def claim(self, task_uuid: str) -> bool:
        return self.put(task_uuid, None, len(task_uuid), only_new=True)

    def release(self, task_uuid: str) -> None:
        """Forget a claim whose task could not be carried out, so a retry is not a conflict."""
        self.discard(task_uuid)


@dataclass(frozen=True)
class Received:
    """One request the sink received (a webhook POST or an upload PUT)."""

    method: str
    path: str
    query: str
    content_type: str
    body: bytes

    @property
    def size(self) -> int:
        return len(self.body) + len(self.path) + len(self.query) + len(self.content_type)


class Sink:
    """Requests received at ``/_sink/<name>``, oldest first, all names sharing one bounded log.

    Beyond ``sink_entries`` requests or ``sink_bytes`` bytes the oldest are dropped (``dropped``
    counts them); ``recorded_bytes`` is what the sink holds now.
    """

    def __init__(self, limits: Limits | None = None) -> None:
        limits = limits or Limits()
        self.max_entries, self.max_bytes = limits.sink_entries, limits.sink_bytes
        self._lock = threading.Condition()
        self._log: deque[tuple[str, Received, int]] = deque()
        self._counts: dict[str, int] = {}
        self.recorded_bytes = 0
        self.dropped = 0

    def add(self, name: str, received: Received) -> bool:
        """Record ``received``; False (nothing kept) when it alone exceeds the byte cap."""
        size = received.size + len(name)
        if size > self.max_bytes:
            return False
        with self._lock:
            self._log.append((name, received, size))
            self._counts[name] = self._counts.get(name, 0) + 1
            self.recorded_bytes += size
            while len(self._log) > self.max_entries or self.recorded_bytes > self.max_bytes:
                old_name, _, old_size = self._log.popleft()
                self.recorded_bytes -= old_size
                self.dropped += 1
                self._counts[old_name] -= 1
                if not self._counts[old_name]:
                    del self._counts[old_name]
            self._lock.notify_all()
        return True

    def get(self, name: str) -> list[Received]:
        with self._lock:
            return self._of(name)

    def _of(self, name: str) -> list[Received]:
        if name not in self._counts:
            return []
        return [received for n, received, _ in self._log if n == name]

    def wait_for(self, name: str, count: int, timeout: float = 10.0) -> list[Received]:
        """Block until ``count`` requests arrived at ``name`` (or ``timeout`` passed)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._counts.get(name, 0) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(left)
            return self._of(name)

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._log), "bytes": self.recorded_bytes, "dropped": self.dropped}
