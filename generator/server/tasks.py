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
from runware_bindings._runtime.results import sniff_media_type

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
        items = [self._generate(task, i) for i in range(task.get("numberResults", 1))]
        if task.get("deliveryMethod") == "async":
            job = Job("imageInference", task["taskUUID"], items, duration=self.async_duration)
            self.jobs.add(job)
            answer.data.append({"taskType": "imageInference", "taskUUID": task["taskUUID"]})
            for i, item in enumerate(items):
                self._deliveries(task, item, answer, job, i)
            return
        for item in items:
            if item["status"] == "error":
                answer.errors.append(item["error"])
                continue
            plain = {k: v for k, v in item.items() if k not in ("status", "_bytes", "_media")}
            answer.data.append(plain)
            self._deliveries(task, item, answer, None, 0)
        for item in items:
            item.pop("_bytes", None)

    def _generate(self, task: dict[str, Any], index: int) -> dict[str, Any]:
        task_uuid = task["taskUUID"]
        if self.faults.take_result_failure():
            error = runware_error("generationFailed", f"result {index + 1} of the task failed "
                                  "(injected fault)", task)
            return {"taskType": task["taskType"], "taskUUID": task_uuid, "status": "error",
                    "error": error}
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
            name = f"{image_uuid}.{imaging.EXTENSIONS[fmt]}"
            self.images.put(name, media, data)
            item["imageURL"] = f"{self.origin()}/images/{name}"
        elif output == "base64Data":
            item["imageBase64Data"] = base64.b64encode(data).decode("ascii")
        else:
            item["imageDataURI"] = f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
        item["seed"] = seed
        if isinstance(task.get("safety"), dict) and task["safety"].get("checkContent"):
            item["NSFWContent"] = False
        if task.get("includeCost"):
            item["cost"] = round(COST_PER_MEGAPIXEL * width * height / 1_000_000, 6)
        item["_bytes"], item["_media"] = data, media
        return item

    def _deliveries(self, task: dict[str, Any], item: dict[str, Any], answer: Answer,
                    job: Job | None, index: int) -> None:
        data, media = item.pop("_bytes", None), item.pop("_media", "application/octet-stream")
        if item.get("status") == "error":
            return
        if "webhookURL" in task:
            shown = {k: v for k, v in item.items() if k != "status"}
            body = json.dumps({"data": [shown]}).encode("utf-8")
            answer.deliveries.append(Delivery("POST", task["webhookURL"], body,
                                              "application/json", job, index))
        if "uploadEndpoint" in task and data is not None:
            answer.deliveries.append(Delivery("PUT", task["uploadEndpoint"], data, media, job, index))

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
        name = f"{image_uuid}.{media.split('/')[1].replace('jpeg', 'jpg')}"
        self.images.put(name, media, data)
        answer.data.append({"taskType": "imageUpload", "taskUUID": task.get("taskUUID"),
                            "imageUUID": image_uuid, "imageURL": f"{self.origin()}/images/{name}"})
