"""What the local server does with each task of a request: validate, generate, or look up.

Every task type a model spec declares is served (``runware_bindings.client.MODEL_INFOS``): the
result's media, its fields and the default delivery and format come from the model's spec, and
a result carries only the fields its model's response schema declares.
"""

from __future__ import annotations

import base64
import binascii
import functools
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
from runware_bindings._runtime.images import held_bytes
from runware_bindings._runtime.media import EXTENSIONS, FORMAT_MEDIA_TYPES
from runware_bindings._runtime.results import sniff_media_type
from runware_bindings._runtime.validation import describe
from runware_bindings.client import MODEL_INFOS

from . import imaging, media
from .errors import from_validation, runware_error
from .faults import Faults
from .limits import Limits
from .store import ImageStore, Job, JobStore, SeenTasks

COST_PER_MEGAPIXEL = 0.0025
COST_PER_VIDEO_SECOND = 0.07
COST_PER_AUDIO_SECOND = 0.0005
COST_PER_3D_MODEL = 0.2
# What the server makes when a request does not say (small, so tests stay fast).
DEFAULT_FORMATS = {"image": "JPG", "video": "MP4", "audio": "MP3", "3d": "GLB", "text": "TXT"}
VIDEO_SIZE = (64, 64)
VIDEO_SECONDS = 1.0
INPUT_IMAGE_SIZE = (256, 256)  # what an upscaler takes an input it cannot read (a URL) to be
DEFAULT_UPSCALE = 2.0


@dataclass(frozen=True)
class ModelFacts:
    """What the server needs of one model: its spec's runtime facts and its result's fields."""

    model_id: str
    module: str
    task_type: str
    media: str
    default_delivery: str
    default_format: str
    fields: frozenset[str] | None  # the result's declared fields; None when it admits others

    def allows(self, name: str) -> bool:
        return self.fields is None or name in self.fields


@functools.cache
def model_facts(model_id: str) -> ModelFacts | None:
    info = MODEL_INFOS.get(model_id)
    if info is None:
        return None
    module = runware_bindings.MODELS[model_id]
    schema = importlib.import_module(f"runware_bindings.{module}").response_schema()
    root = schema
    while isinstance(root, dict) and isinstance(root.get("$ref"), str) and \
            root["$ref"].startswith("#/$defs/"):
        root = schema["$defs"][root["$ref"].rsplit("/", 1)[1]]
    closed = isinstance(root, dict) and root.get("additionalProperties") is False
    fields = frozenset(root.get("properties", {})) if closed else None
    return ModelFacts(model_id, module, info.task_type, info.media, info.default_delivery,
                      info.default_format or DEFAULT_FORMATS[info.media], fields)


def served_task_types() -> list[str]:
    return sorted({info.task_type for info in MODEL_INFOS.values()})


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
    file_uuid: str = ""  # the name the file is served under
    url_field: str | None = None  # where its URL goes (``videoURL``; ``outputs`` for 3D files)


@dataclass
class Answer:
    data: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    results_left: int = 0  # results this request may still return (Limits.max_results)
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
    """A result bigger than its store can hold (only with lowered ``Limits``), or than the
    server makes (an upscale beyond its pixel limit)."""


def _int(task: dict[str, Any], key: str, default: int) -> int:
    """An integer parameter the validator accepted: 2 and 2.0 alike (JSON Schema integers)."""
    value = task.get(key, default)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _object(task: dict[str, Any], key: str) -> dict[str, Any]:
    value = task.get(key)
    return value if isinstance(value, dict) else {}


def _optional_int(node: dict[str, Any], key: str) -> int | None:
    value = node.get(key)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _number(node: Any, key: str, default: float) -> float:
    value = node.get(key, default) if isinstance(node, dict) else default
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


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
            served = served_task_types()
            handler: Callable[[dict[str, Any], Answer], None] | None = {
                "getResponse": self._get_response, "imageUpload": self._upload,
            }.get(task_type) if isinstance(task_type, str) else None
            if handler is None and task_type in served:
                handler = self._inference
            if handler is None:
                answer.error(runware_error(
                    "invalidTaskType", f"unsupported taskType {describe(task_type)}; this server "
                    f"handles {', '.join(served)}, getResponse and imageUpload", task,
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
        facts = model_facts(task["model"])
        assert facts is not None  # the validator knows the model
        count = _int(task, "numberResults", 1)
        if count > answer.results_left:
            answer.error(runware_error(
                "tooManyResults", f"this server makes at most {self.limits.max_results} results "
                f"per request; this task asks for {count} with {answer.results_left} left", task,
                parameter="numberResults"))
            return
        mark = answer.mark()
        if not self._claim(task, answer):
            return
        try:
            made = [self._generate(task, facts, i) for i in range(count)]
            job = self._commit(task, facts, made, answer)
        except _TooLarge as exc:
            self._undo(answer, mark)
            answer.error(runware_error("resultTooLarge", str(exc), task))
            return
        answer.results_left -= count
        self._answer(task, made, job, answer)

    def _commit(self, task: dict[str, Any], facts: ModelFacts, made: list[Generated],
                answer: Answer) -> Job | None:
        """Store the files served by URL and the async job; the job (None for sync delivery)."""
        for generated in made:
            if generated.data is None or generated.url_field is None:
                continue
            url = self._store(generated.file_uuid, generated.media, generated.data, answer)
            if generated.url_field == "outputs":
                generated.item["outputs"]["files"][0]["url"] = url
            else:
                generated.item[generated.url_field] = url
        if task.get("deliveryMethod", facts.default_delivery) != "async":
            return None
        job = Job(task["taskType"], task["taskUUID"], [m.item for m in made],
                  duration=self.async_duration)
        if not self.jobs.add(job):
            raise _TooLarge(f"the results take {job.size} bytes, more than this server keeps for "
                            f"async tasks (Limits.job_bytes = {self.limits.job_bytes})")
        answer.queued.append(job.task_uuid)
        return job

    def _answer(self, task: dict[str, Any], made: list[Generated], job: Job | None,
                answer: Answer) -> None:
        if job is not None:
            answer.data.append({"taskType": task["taskType"], "taskUUID": task["taskUUID"]})
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

    def _seed(self, task: dict[str, Any], index: int) -> int:
        """Result ``index``'s seed: the task's (top level, or in ``settings``) plus ``index``."""
        for node in (task, task.get("settings")):
            if isinstance(node, dict) and "seed" in node:
                return (int(_number(node, "seed", 0)) + index) % 2**63
        with self._rng_lock:
            return self._rng.getrandbits(32)

    def _generate(self, task: dict[str, Any], facts: ModelFacts, index: int) -> Generated:
        """Result ``index`` of a task: its item (with ``status``) and, unless it failed, its bytes."""
        task_uuid = task["taskUUID"]
        if self.faults.take_result_failure():
            error = runware_error("generationFailed", f"result {index + 1} of the task failed "
                                  "(injected fault)", task)
            return Generated({"taskType": task["taskType"], "taskUUID": task_uuid,
                              "status": "error", "error": error})
        seed = self._seed(task, index)
        fmt = str(task.get("outputFormat", facts.default_format))
        try:
            data, cost = self._make(task, facts, seed, fmt)
        except ValueError as exc:  # a size beyond what this server makes
            raise _TooLarge(str(exc)) from None
        mime = FORMAT_MEDIA_TYPES.get(fmt, "application/octet-stream")
        file_uuid = str(uuid.uuid4())
        item: dict[str, Any] = {"taskType": task["taskType"], "taskUUID": task_uuid}
        output = task.get("outputType", "URL")
        url_field: str | None = None
        if facts.media == "3d":
            item["outputs"] = {"files": [{"uuid": file_uuid, "url": ""}]}
            url_field = "outputs"
        elif facts.media == "text":
            item["text"] = data.decode("utf-8")
        else:
            item[f"{facts.media}UUID"] = file_uuid
            encoded = base64.b64encode(data).decode("ascii")
            if output == "base64Data":
                item[f"{facts.media}Base64Data"] = encoded
            elif output == "dataURI":
                item[f"{facts.media}DataURI"] = f"data:{mime};base64,{encoded}"
            else:
                url_field = f"{facts.media}URL"
        if facts.allows("seed"):
            item["seed"] = seed
        if isinstance(task.get("safety"), dict) and task["safety"].get("checkContent") and \
                facts.allows("NSFWContent"):
            item["NSFWContent"] = False
        if task.get("includeCost") and facts.allows("cost"):
            item["cost"] = cost
        item["status"] = "success"
        return Generated(item, data, mime, file_uuid, url_field)

    def _make(self, task: dict[str, Any], facts: ModelFacts, seed: int,
              fmt: str) -> tuple[bytes, float]:
        """The result's bytes, and its cost in USD."""
        quality = _int(task, "outputQuality", 95)
        cutout = facts.task_type == "removeBackground"
        if facts.media == "image":
            if facts.task_type == "upscale":
                data, (width, height) = self._upscaled(task, seed, fmt, quality)
            else:
                width, height = _int(task, "width", 1024), _int(task, "height", 1024)
                data = (imaging.render_cutout(seed, width, height, fmt, quality) if cutout
                        else imaging.render(seed, width, height, fmt, quality))
            return data, round(COST_PER_MEGAPIXEL * width * height / 1_000_000, 6)
        if facts.media == "video":
            width, height = _int(task, "width", VIDEO_SIZE[0]), _int(task, "height", VIDEO_SIZE[1])
            if facts.task_type == "upscale":
                factor = _number(task, "upscaleFactor", DEFAULT_UPSCALE)
                width, height = round(width * factor), round(height * factor)
            seconds = _number(task, "duration", VIDEO_SECONDS)
            data = media.video(seed, width, height, seconds, fmt, quality, alpha=cutout)
            return data, round(COST_PER_VIDEO_SECOND * seconds, 6)
        if facts.media == "audio":
            settings = _object(task, "audioSettings")
            text = _object(task, "speech").get("text")
            text = text if isinstance(text, str) else ""
            seconds = _number(task, "duration", min(4.0, 0.5 + 0.02 * len(text)))
            data = media.audio(seed, seconds, fmt, sample_rate=_optional_int(settings, "sampleRate"),
                               channels=int(_number(settings, "channels", 2)),
                               bitrate=_optional_int(settings, "bitrate"))
            return data, round(COST_PER_AUDIO_SECOND * seconds, 6)
        if facts.media == "3d":
            return (media.fbx(seed) if fmt == "FBX" else media.glb(seed)), COST_PER_3D_MODEL
        words = random.Random(seed).choices(["runware", "local", "server", "text", "result"], k=8)
        return " ".join(words).encode("utf-8"), 0.0001

    def _upscaled(self, task: dict[str, Any], seed: int, fmt: str,
                  quality: int) -> tuple[bytes, tuple[int, int]]:
        """The input image scaled by ``upscaleFactor``. The server fetches no URL: an input it
        does not hold the bytes of (a URL, a UUID, or base64 that is no image) is taken to be a
        rendered image of ``INPUT_IMAGE_SIZE``."""
        factor = _number(task, "upscaleFactor", DEFAULT_UPSCALE)
        given = _object(task, "inputs").get("image")
        data = held_bytes(given) if isinstance(given, str) else None
        upscaled = imaging.upscale(data, factor, fmt, quality) if data else None
        if upscaled is not None:
            from runware_bindings._runtime.media import image_size

            size = image_size(upscaled) or (0, 0)
            return upscaled, size
        width, height = (max(1, round(n * factor)) for n in INPUT_IMAGE_SIZE)
        return imaging.render(seed, width, height, fmt, quality), (width, height)

    def _store(self, file_uuid: str, mime: str, data: bytes, answer: Answer) -> str:
        """Keep a file to serve at ``/images/<uuid>.<ext>`` (or ``/media/`` for other media)."""
        name = file_uuid + EXTENSIONS.get(mime, ".bin")
        if not self.images.add(name, mime, data):
            raise _TooLarge(f"a file of {len(data)} bytes is more than this server keeps for URLs "
                            f"(Limits.image_bytes = {self.limits.image_bytes})")
        answer.stored.append(name)
        route = "images" if mime.startswith("image/") else "media"
        return f"{self.origin()}/{route}/{name}"

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
        mime = sniff_media_type(data)
        if mime is None:
            answer.error(runware_error(
                "invalidImage", "image is not base64 of a JPEG, PNG, WEBP, GIF or BMP file", task,
                parameter="image"))
            return
        mark = answer.mark()
        if not self._claim(task, answer):
            return
        image_uuid = str(uuid.uuid4())
        try:
            url = self._store(image_uuid, mime, data, answer)
        except _TooLarge as exc:
            self._undo(answer, mark)
            answer.error(runware_error("resultTooLarge", str(exc), task, parameter="image"))
            return
        answer.data.append({"taskType": "imageUpload", "taskUUID": task_uuid,
                            "imageUUID": image_uuid, "imageURL": url})
