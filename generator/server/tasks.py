"""What the local server does with each task of a request: validate, generate, or look up."""

from __future__ import annotations

import base64
import binascii
import importlib
import json
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import runware_bindings
from runware_bindings._runtime.formats import is_uuid
from runware_bindings._runtime.results import EXTENSIONS, sniff_media_type
from runware_bindings._runtime.validation import describe

from . import imaging
from .errors import from_validation, runware_error
from .faults import Faults
from .limits import Limits
from .store import ImageStore, Job, JobStore, SeenTasks

COST_PER_MEGAPIXEL = 0.0025


@dataclass
class Delivery:
    """A webhook POST or upload PUT to make once ``job`` has item ``index`` ready."""

    method: str
    url: str
    body: bytes
    content_type: str
    job: Job | None = None
    index: int = 0


@dataclass
class Generated:
    item: dict[str, Any]
    data: bytes | None = None  # None when the generation failed
    media: str = "application/octet-stream"


@dataclass
class Answer:
    data: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    results_left: int = 0  # images this request may still return (Limits.max_results)
    errors_left: int = 0  # errors it may still list (Limits.max_errors); the rest are counted
    unlisted: int = 0
    # What the request changed in the stores, so that a failure can take it all back.
    claimed: list[str] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)

    def mark(self) -> tuple[int, int, int]:
        return len(self.claimed), len(self.stored), len(self.queued)

    def error(self, *errors: dict[str, Any]) -> None:
        for error in errors:
            if self.errors_left > 0:
                self.errors.append(error)
                self.errors_left -= 1
            else:
                self.unlisted += 1

    @property
    def status(self) -> int:
        return 400 if self.errors and not self.data else 200

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.data or not self.errors:
            out["data"] = self.data
        if self.errors:
            out["errors"] = self.errors
            if self.unlisted:
                out["errors"] = [*self.errors, runware_error(
                    "tooManyErrors", f"{self.unlisted} more errors are not listed")]
        return out


def _docs_url(model: Any) -> str:
    module = runware_bindings.MODELS.get(model) if isinstance(model, str) else None
    if module is None:
        return "https://runware.ai/docs"
    url: str = importlib.import_module(f"runware_bindings.{module}").DOCS_URL
    return url


class _TooLarge(Exception):
    """A result bigger than its store can hold (only with lowered ``Limits``)."""


def _int(task: dict[str, Any], key: str, default: int) -> int:
    """An integer parameter the validator accepted: 2 and 2.0 alike (JSON Schema integers)."""
    value = task.get(key, default)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


class Processor:
    def __init__(self, origin: Callable[[], str], faults: Faults, *,
                 async_duration: float = 0.3, limits: Limits | None = None) -> None:
        self.origin = origin
        self.faults = faults
        self.async_duration = async_duration
        self.limits = limits or Limits()
        self.images = ImageStore(self.limits)
        self.jobs = JobStore(self.limits)
        self.seen = SeenTasks(self.limits)
        self._rng = random.Random()
        self._rng_lock = threading.Lock()

    def handle(self, tasks: list[Any]) -> Answer:
        """Carry out ``tasks``. If this raises, the request changed nothing: the UUIDs it claimed
        are free again and nothing it made is kept, so the client may send it again as it was."""
        answer = Answer(results_left=self.limits.max_results, errors_left=self.limits.max_errors)
        try:
            self._handle(tasks, answer)
        except BaseException:
            self._undo(answer, (0, 0, 0))
            raise
        return answer

    def _undo(self, answer: Answer, mark: tuple[int, int, int]) -> None:
        claimed, stored, queued = mark
        for task_uuid in answer.claimed[claimed:]:
            self.seen.release(task_uuid)
        for name in answer.stored[stored:]:
            self.images.discard(name)
        for task_uuid in answer.queued[queued:]:
            self.jobs.discard(task_uuid)
        del answer.claimed[claimed:], answer.stored[stored:], answer.queued[queued:]

    def _handle(self, tasks: list[Any], answer: Answer) -> None:
        for task in tasks:
            if not isinstance(task, dict):
                answer.error(runware_error(
                    "invalidTask", f"each task must be a JSON object, found {describe(task)}"))
                continue
            task_type = task.get("taskType")
            handler = {"imageInference": self._inference, "getResponse": self._get_response,
                       "imageUpload": self._upload}.get(task_type) if isinstance(task_type, str) else None
            if handler is None:
                answer.error(runware_error(
                    "invalidTaskType", f"unsupported taskType {describe(task_type)}; this server "
                    "handles imageInference, getResponse and imageUpload", task,
                    parameter="taskType"))
                continue
            handler(task, answer)

    def _claim(self, task: dict[str, Any], answer: Answer) -> bool:
        task_uuid = task["taskUUID"]
        if self.seen.claim(task_uuid):
            answer.claimed.append(task_uuid)
            return True
        answer.error(runware_error(
            "conflictTaskUUID", f"taskUUID {task_uuid} was already used; every task needs a fresh "
            "UUID v4", task, parameter="taskUUID"))
        return False

    def _inference(self, task: dict[str, Any], answer: Answer) -> None:
        report = runware_bindings.check(task)
        if report.errors:
            docs = _docs_url(task.get("model"))
            listed = report.errors[:max(answer.errors_left, 0)]
            answer.error(*(from_validation(e, task, docs) for e in listed))
            answer.unlisted += len(report.errors) - len(listed)
            return
        count = _int(task, "numberResults", 1)
        if count > answer.results_left:
            answer.error(runware_error(
                "tooManyResults", f"this server makes at most {self.limits.max_results} images per "
                f"request; this task asks for {count} with {answer.results_left} left", task,
                parameter="numberResults"))
            return
        mark = answer.mark()
        if not self._claim(task, answer):
            return
        made = [self._generate(task, i) for i in range(count)]
        try:
            job = self._commit(task, made, answer)
        except _TooLarge as exc:
            self._undo(answer, mark)
            answer.error(runware_error("resultTooLarge", str(exc), task))
            return
        answer.results_left -= count
        self._answer(task, made, job, answer)

    def _commit(self, task: dict[str, Any], made: list[Generated], answer: Answer) -> Job | None:
        """Store URL images and the async job; the job (None for sync delivery)."""
        for generated in made:
            if generated.data is not None and task.get("outputType", "URL") == "URL":
                generated.item["imageURL"] = self._store(generated.item["imageUUID"],
                                                         generated.media, generated.data, answer)
        if task.get("deliveryMethod") != "async":
            return None
        job = Job("imageInference", task["taskUUID"], [m.item for m in made],
                  duration=self.async_duration)
        if not self.jobs.add(job):
            raise _TooLarge(f"the results take {job.size} bytes, more than this server keeps for "
                            f"async tasks (Limits.job_bytes = {self.limits.job_bytes})")
        answer.queued.append(job.task_uuid)
        return job

    def _answer(self, task: dict[str, Any], made: list[Generated], job: Job | None,
                answer: Answer) -> None:
        if job is not None:
            answer.data.append({"taskType": "imageInference", "taskUUID": task["taskUUID"]})
        for index, generated in enumerate(made):
            if generated.data is None:
                if job is None:
                    answer.error(generated.item["error"])
                continue
            shown = {k: v for k, v in generated.item.items() if k != "status"}
            if job is None:
                answer.data.append(shown)
            if "webhookURL" in task:
                body = json.dumps({"data": [shown]}).encode("utf-8")
                answer.deliveries.append(Delivery("POST", task["webhookURL"], body,
                                                  "application/json", job, index))
            if "uploadEndpoint" in task:
                answer.deliveries.append(Delivery("PUT", task["uploadEndpoint"], generated.data,
                                                  generated.media, job, index))

    def _generate(self, task: dict[str, Any], index: int) -> Generated:
        """Result ``index`` of a task: its item (with ``status``) and, unless it failed, its bytes."""
        task_uuid = task["taskUUID"]
        if self.faults.take_result_failure():
            error = runware_error("generationFailed", f"result {index + 1} of the task failed "
                                  "(injected fault)", task)
            return Generated({"taskType": task["taskType"], "taskUUID": task_uuid,
                              "status": "error", "error": error})
        if "seed" in task:
            seed = (_int(task, "seed", 0) + index) % 2**63
        else:
            with self._rng_lock:
                seed = self._rng.getrandbits(32)
        fmt = task.get("outputFormat", "JPG")
        width, height = _int(task, "width", 1024), _int(task, "height", 1024)
        data = imaging.render(seed, width, height, fmt, _int(task, "outputQuality", 95))
        media = imaging.MEDIA_TYPES[fmt]
        image_uuid = str(uuid.uuid4())
        item: dict[str, Any] = {"taskType": task["taskType"], "taskUUID": task_uuid,
                                "imageUUID": image_uuid, "status": "success"}
        output = task.get("outputType", "URL")
        if output == "base64Data":
            item["imageBase64Data"] = base64.b64encode(data).decode("ascii")
        elif output == "dataURI":
            item["imageDataURI"] = f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
        item["seed"] = seed
        if isinstance(task.get("safety"), dict) and task["safety"].get("checkContent"):
            item["NSFWContent"] = False
        if task.get("includeCost"):
            item["cost"] = round(COST_PER_MEGAPIXEL * width * height / 1_000_000, 6)
        return Generated(item, data, media)

    def _store(self, image_uuid: str, media: str, data: bytes, answer: Answer) -> str:
        """Keep an image to serve at ``/images/<uuid>.<ext>``; its URL."""
        name = image_uuid + EXTENSIONS[media]
        if not self.images.add(name, media, data):
            raise _TooLarge(f"an image of {len(data)} bytes is more than this server keeps for URLs "
                            f"(Limits.image_bytes = {self.limits.image_bytes})")
        answer.stored.append(name)
        return f"{self.origin()}/images/{name}"

    def _task_uuid(self, task: dict[str, Any], answer: Answer) -> str | None:
        """The task's UUID when it is one; otherwise an error is added and None returned."""
        value = task.get("taskUUID")
        if isinstance(value, str) and is_uuid(value):
            return value
        answer.error(runware_error(
            "missingTaskUUID" if value is None else "invalidTaskUUID",
            f"taskUUID must be a UUID string, found {describe(value)}", task,
            parameter="taskUUID"))
        return None

    def _get_response(self, task: dict[str, Any], answer: Answer) -> None:
        task_uuid = self._task_uuid(task, answer)
        if task_uuid is None:
            return
        job = self.jobs.get(task_uuid)
        if job is None:
            answer.error(runware_error(
                "taskNotFound", f"no async task with taskUUID {task_uuid} (never sent, not async, "
                f"or older than the newest {self.limits.job_entries} kept)", task,
                parameter="taskUUID"))
            return
        items = job.snapshot()
        done = sum(1 for item in items if item.get("status") != "processing")
        if done > answer.results_left:
            answer.error(runware_error(
                "tooManyResults", f"this server returns at most {self.limits.max_results} images "
                f"per request; ask for this task in another request", task, parameter="taskUUID"))
            return
        answer.results_left -= done
        answer.data.extend(items)

    def _upload(self, task: dict[str, Any], answer: Answer) -> None:
        task_uuid = self._task_uuid(task, answer)
        if task_uuid is None:
            return
        image = task.get("image")
        if not isinstance(image, str) or image.startswith(("http://", "https://")):
            answer.error(runware_error(
                "invalidImage", "image must be a data URI or base64 string (this local server "
                "does not fetch URLs)", task, parameter="image"))
            return
        encoded = image.split(",", 1)[1] if image.startswith("data:") and "," in image else image
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            data = b""
        media = sniff_media_type(data)
        if media is None:
            answer.error(runware_error(
                "invalidImage", "image is not base64 of a JPEG, PNG, WEBP, GIF or BMP file", task,
                parameter="image"))
            return
        mark = answer.mark()
        if not self._claim(task, answer):
            return
        image_uuid = str(uuid.uuid4())
        try:
            url = self._store(image_uuid, media, data, answer)
        except _TooLarge as exc:
            self._undo(answer, mark)
            answer.error(runware_error("resultTooLarge", str(exc), task, parameter="image"))
            return
        answer.data.append({"taskType": "imageUpload", "taskUUID": task_uuid,
                            "imageUUID": image_uuid, "imageURL": url})
