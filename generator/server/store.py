"""Bounded in-memory state of the local server: images, async jobs and received deliveries."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import Any

MAX_IMAGES = 256
MAX_JOBS = 1024
MAX_RECEIVED = 1024
MAX_TASK_UUIDS = 100_000


class ImageStore:
    """The newest images by file name (``<imageUUID>.<ext>``), served at ``/images/<name>``."""

    def __init__(self, limit: int = MAX_IMAGES) -> None:
        self._lock = threading.Lock()
        self._items: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
        self._limit = limit

    def put(self, name: str, media_type: str, data: bytes) -> None:
        with self._lock:
            self._items[name] = (media_type, data)
            while len(self._items) > self._limit:
                self._items.popitem(last=False)

    def get(self, name: str) -> tuple[str, bytes] | None:
        with self._lock:
            return self._items.get(name)


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

    def snapshot(self) -> list[dict[str, Any]]:
        now = time.monotonic()
        out = []
        for i, item in enumerate(self.items):
            if now >= self.ready_at(i):
                out.append(item)
            else:
                out.append({"taskType": self.task_type, "taskUUID": self.task_uuid,
                            "status": "processing"})
        return out


class JobStore:
    def __init__(self, limit: int = MAX_JOBS) -> None:
        self._lock = threading.Lock()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._limit = limit

    def add(self, job: Job) -> None:
        with self._lock:
            self._jobs[job.task_uuid] = job
            while len(self._jobs) > self._limit:
                self._jobs.popitem(last=False)

    def get(self, task_uuid: str) -> Job | None:
        with self._lock:
            return self._jobs.get(task_uuid)


class SeenTasks:
    """Task UUIDs already accepted: reusing one is a ``conflictTaskUUID`` error, as on Runware."""

    def __init__(self, limit: int = MAX_TASK_UUIDS) -> None:
        self._lock = threading.Lock()
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._limit = limit

    def claim(self, task_uuid: str) -> bool:
        with self._lock:
            if task_uuid in self._seen:
                return False
            self._seen[task_uuid] = None
            while len(self._seen) > self._limit:
                self._seen.popitem(last=False)
            return True


@dataclass(frozen=True)
class Received:
    """One request the sink received (a webhook POST or an upload PUT)."""

    method: str
    path: str
    query: str
    content_type: str
    body: bytes


class Sink:
    """Requests received at ``/_sink/<name>``, by name, newest last (bounded)."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._by_name: dict[str, deque[Received]] = {}

    def add(self, name: str, received: Received) -> None:
        with self._lock:
            self._by_name.setdefault(name, deque(maxlen=MAX_RECEIVED)).append(received)
            self._lock.notify_all()

    def get(self, name: str) -> list[Received]:
        with self._lock:
            return list(self._by_name.get(name, ()))

    def wait_for(self, name: str, count: int, timeout: float = 10.0) -> list[Received]:
        """Block until ``count`` requests arrived at ``name`` (or ``timeout`` passed)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._by_name.get(name, ())) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(left)
            return list(self._by_name.get(name, ()))
