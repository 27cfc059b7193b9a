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
from runware_bindings._runtime.results import EXTENSIONS, sniff_media_type

from . import imaging
from .errors import from_validation, runware_error
from .faults import Faults
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

    @property
    def status(self) -> int:
        return 400 if self.errors and not self.data else 200

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.data or not self.errors:
            out["data"] = self.data
        if self.errors:
            out["errors"] = self.errors
        return out


def _docs_url(model: Any) -> str:
    module = runware_bindings.MODELS.get(model) if isinstance(model, str) else None
    if module is None:
        return "https://runware.ai/docs"
    url: str = importlib.import_module(f"runware_bindings.{module}").DOCS_URL
    return url


class Processor:
    def __init__(self, origin: Callable[[], str], faults: Faults, *,
                 async_duration: float = 0.3) -> None:
        self.origin = origin
        self.faults = faults
        self.async_duration = async_duration
        self.images = ImageStore()
        self.jobs = JobStore()
        self.seen = SeenTasks()
        self._rng = random.Random()
        self._rng_lock = threading.Lock()

    def handle(self, tasks: list[Any]) -> Answer:
        answer = Answer()
        for task in tasks:
            if not isinstance(task, dict):
                answer.errors.append(runware_error(
                    "invalidTask", f"each task must be a JSON object, found {type(task).__name__}"))
                continue
            task_type = task.get("taskType")
            handler = {"imageInference": self._inference, "getResponse": self._get_response,
                       "imageUpload": self._upload}.get(task_type) if isinstance(task_type, str) else None
            if handler is None:
                answer.errors.append(runware_error(
                    "invalidTaskType", f"unsupported taskType {task_type!r}; this server handles "
                    "imageInference, getResponse and imageUpload", task, parameter="taskType"))
                continue
            handler(task, answer)
        return answer

    def _claim(self, task: dict[str, Any], answer: Answer) -> bool:
        task_uuid = task.get("taskUUID")
        if not isinstance(task_uuid, str) or self.seen.claim(task_uuid):
            return True
        answer.errors.append(runware_error(
            "conflictTaskUUID", f"taskUUID {task_uuid} was already used; every task needs a fresh "
            "UUID v4", task, parameter="taskUUID"))
        return False

    def _inference(self, task: dict[str, Any], answer: Answer) -> None:
        report = runware_bindings.check(task)
        if report.errors:
            docs = _docs_url(task.get("model"))
            answer.errors.extend(from_validation(e, task, docs) for e in report.errors)
            return
        if not self._claim(task, answer):
            return
        made = [self._generate(task, i) for i in range(task.get("numberResults", 1))]
        job = None
        if task.get("deliveryMethod") == "async":
            job = Job("imageInference", task["taskUUID"], [m.item for m in made],
                      duration=self.async_duration)
            self.jobs.add(job)
            answer.data.append({"taskType": "imageInference", "taskUUID": task["taskUUID"]})
        for index, generated in enumerate(made):
            if generated.data is None:
                if job is None:
                    answer.errors.append(generated.item["error"])
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
            seed = (task["seed"] + index) % 2**63
        else:
            with self._rng_lock:
                seed = self._rng.getrandbits(32)
        fmt = task.get("outputFormat", "JPG")
        width, height = task["width"], task["height"]
        data = imaging.render(seed, width, height, fmt, task.get("outputQuality", 95))
        media = imaging.MEDIA_TYPES[fmt]
        image_uuid = str(uuid.uuid4())
        item: dict[str, Any] = {"taskType": task["taskType"], "taskUUID": task_uuid,
                                "imageUUID": image_uuid, "status": "success"}
        output = task.get("outputType", "URL")
        if output == "URL":
            item["imageURL"] = self._store(image_uuid, media, data)
        elif output == "base64Data":
            item["imageBase64Data"] = base64.b64encode(data).decode("ascii")
        else:
            item["imageDataURI"] = f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
        item["seed"] = seed
        if isinstance(task.get("safety"), dict) and task["safety"].get("checkContent"):
            item["NSFWContent"] = False
        if task.get("includeCost"):
            item["cost"] = round(COST_PER_MEGAPIXEL * width * height / 1_000_000, 6)
        return Generated(item, data, media)

    def _store(self, image_uuid: str, media: str, data: bytes) -> str:
        """Keep an image to serve at ``/images/<uuid>.<ext>``; its URL."""
        name = image_uuid + EXTENSIONS[media]
        self.images.put(name, media, data)
        return f"{self.origin()}/images/{name}"

    def _get_response(self, task: dict[str, Any], answer: Answer) -> None:
        task_uuid = task.get("taskUUID")
        job = self.jobs.get(task_uuid) if isinstance(task_uuid, str) else None
        if job is None:
            answer.errors.append(runware_error(
                "taskNotFound", f"no async task with taskUUID {task_uuid!r}", task,
                parameter="taskUUID"))
            return
        answer.data.extend(job.snapshot())

    def _upload(self, task: dict[str, Any], answer: Answer) -> None:
        image = task.get("image")
        if not isinstance(image, str) or image.startswith(("http://", "https://")):
            answer.errors.append(runware_error(
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
            answer.errors.append(runware_error(
                "invalidImage", "image is not base64 of a JPEG, PNG, WEBP, GIF or BMP file", task,
                parameter="image"))
            return
        if not self._claim(task, answer):
            return
        image_uuid = str(uuid.uuid4())
        answer.data.append({"taskType": "imageUpload", "taskUUID": task.get("taskUUID"),
                            "imageUUID": image_uuid, "imageURL": self._store(image_uuid, media, data)})
