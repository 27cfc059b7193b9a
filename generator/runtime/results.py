"""Result objects, one class per output media, and the response envelope.

Results are lenient on purpose: a field the server adds later is kept in ``raw`` and never breaks
parsing, and a field of an unexpected type reads as ``None`` instead of crashing. Legacy items
that name their file ``mediaUUID`` / ``mediaURL`` are read too.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from .atomicfile import write_file
from .errors import (
    APIError,
    ConnectionError,
    MalformedResponseError,
    RunwareError,
    TimeoutError,
    error_for,
)
from .media import (
    EXTENSIONS,
    TASK_MEDIA,
    extension_for,
    kind_of,
    media_type_of_format,
    media_type_of_suffix,
    sniff,
)

__all__ = [
    "EXTENSIONS",
    "AudioResult",
    "ImageResult",
    "OutputFile",
    "Result",
    "ResultKind",
    "RunResult",
    "TaskOutcome",
    "TextResult",
    "ThreeDResult",
    "VideoResult",
    "parse_envelope",
    "result_class",
    "result_from_item",
    "sniff_media_type",
]

DOWNLOAD_TIMEOUT = 60.0

def sniff_media_type(data: bytes) -> str | None:
    """The image media type from the file's magic bytes (jpeg, png, webp, gif, bmp)."""
    media = sniff(data)
    return media if kind_of(media) == "image" else None


def _str(item: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, str):
            return value
    return None


def _int(item: Mapping[str, Any], key: str) -> int | None:
    value = item.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(item: Mapping[str, Any], key: str) -> float | None:
    value = item.get(key)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _bool(item: Mapping[str, Any], key: str) -> bool | None:
    value = item.get(key)
    return value if isinstance(value, bool) else None


def _common(item: Mapping[str, Any], output_format: str | None) -> dict[str, Any]:
    return {
        "task_uuid": _str(item, "taskUUID"),
        "seed": _int(item, "seed"),
        "cost": _float(item, "cost"),
        "status": _str(item, "status"),
        "task_type": _str(item, "taskType"),
        "progress": _float(item, "progress"),
        "raw": dict(item),
        "output_format": output_format,
    }


def _shown_url(url: str) -> str:
    """A URL for a message: without its query, which may hold a signature or a token."""
    return url.split("?", 1)[0].split("#", 1)[0][:200]


def _download_failure(exc: Exception, url: str, timeout: float) -> RunwareError:
    import httpx

    shown = _shown_url(url)
    if isinstance(exc, httpx.InvalidURL):
        return MalformedResponseError(f"the result's URL cannot be downloaded: {shown!r}: {exc}")
    if isinstance(exc, httpx.TimeoutException):
        return TimeoutError(f"downloading {shown}: no answer within {timeout:g} s")
    return ConnectionError(f"cannot download {shown}: {type(exc).__name__}: {exc or 'no detail'}")


def _status_failure(status: int, reason: str, url: str) -> APIError:
    return error_for(status, [], fallback=f"cannot download {_shown_url(url)}: {reason}")


def _fetch(url: str, timeout: float) -> bytes:
    import httpx

    failure: RunwareError
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        failure = _download_failure(exc, url, timeout)
    else:
        if response.is_success:
            return response.content
        failure = _status_failure(response.status_code, response.reason_phrase, url)
    # Raised outside the ``except``: httpx's exception does not ride along as the context.
    raise failure


async def _afetch(url: str, timeout: float) -> bytes:
    import httpx

    failure: RunwareError
    try:
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=True) as client:
            response = await client.get(url)
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        failure = _download_failure(exc, url, timeout)
    else:
        if response.is_success:
            return response.content
        failure = _status_failure(response.status_code, response.reason_phrase, url)
    raise failure


class _File:
    """Reading and saving one file that a result names: inline (base64, data URI) or at a URL.

    Subclasses say where the file is (``_locations``) and how to name it (``_name``).
    """

    #: The media of the file, for messages and for a file name without an extension.
    media: ClassVar[str] = "file"
    output_format: str | None

    def _locations(self) -> tuple[str | None, str | None, str | None]:
        """``(url, base64 data, data URI)``."""
        return None, None, None

    def _name(self) -> str:
        return self.media

    @property
    def media_type(self) -> str | None:
        """``video/mp4`` etc., from the data URI, the URL's suffix, the format asked for, or the
        decoded bytes."""
        url, _, data_uri = self._locations()
        if data_uri and data_uri.startswith("data:"):
            return data_uri[5:].split(";", 1)[0].split(",", 1)[0] or None
        found = media_type_of_suffix(url) or media_type_of_format(self.output_format)
        if found:
            return found
        inline = self._inline_bytes()
        return sniff(inline) if inline is not None else None

    def _inline_bytes(self) -> bytes | None:
        _, encoded, data_uri = self._locations()
        if encoded is None and data_uri is not None:
            head, sep, encoded = data_uri.partition(",")
            if not sep or not head.endswith(";base64"):
                raise ValueError(f"the result's data URI is not base64-encoded ({self.media})")
        if encoded is None:
            return None
        try:
            return base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"the result's {self.media} data is not valid base64: {exc}") from None

    def _url_or_fail(self) -> str:
        url = self._locations()[0]
        if url is None:
            raise ValueError(f"this result carries no {self.media} (no URL, base64 data or data URI)")
        return url

    def read(self, *, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
        """The file's bytes: decoded from base64 / a data URI, or downloaded from its URL.

        A download that fails raises :class:`TimeoutError`, :class:`ConnectionError` or the
        :class:`APIError` of its HTTP status (``NotFoundError`` for 404, ...).
        """
        inline = self._inline_bytes()
        return inline if inline is not None else _fetch(self._url_or_fail(), timeout)

    async def aread(self, *, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
        """Like :meth:`read`, downloading without blocking the event loop."""
        inline = self._inline_bytes()
        return inline if inline is not None else await _afetch(self._url_or_fail(), timeout)

    def save(self, path: str | os.PathLike[str], *, timeout: float = DOWNLOAD_TIMEOUT) -> Path:
        """Write the file to ``path``, or into the directory ``path`` named after its UUID with
        the extension its bytes show (else its data URI's, URL's or format's); atomically."""
        return self._write(Path(path), self.read(timeout=timeout))

    async def asave(self, path: str | os.PathLike[str], *, timeout: float = DOWNLOAD_TIMEOUT) -> Path:
        return self._write(Path(path), await self.aread(timeout=timeout))

    def extension(self, data: bytes | None = None) -> str:
        """The extension a saved file gets: ``.mp4``, ``.wav``, ``.glb``..."""
        media = (sniff(data) if data is not None else None) or self.media_type
        return extension_for(media, ".img" if self.media == "image" else ".bin")

    def _write(self, path: Path, data: bytes) -> Path:
        if not path.parent.is_dir():
            raise FileNotFoundError(f"cannot save the {self.media}: no such directory {path.parent}")
        if path.is_dir():
            path = path / f"{self._name()}{self.extension(data)}"
        # Beside the target, then renamed: a failure never leaves half a file behind.
        return write_file(path, data)


class Result(_File):
    """What every result has; one subclass per output media (:func:`result_class`).

    ``raw`` is the item exactly as the server sent it; ``progress`` (0-100) is set on items of
    tasks still processing, when the server reports it.
    """

    task_uuid: str | None
    seed: int | None
    cost: float | None
    status: str | None
    task_type: str | None
    progress: float | None
    raw: Mapping[str, Any]

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, output_format: str | None = None) -> Result:
        raise NotImplementedError


@dataclass(frozen=True)
class ImageResult(Result):
    """One generated image."""

    media: ClassVar[str] = "image"
    task_uuid: str | None
    image_uuid: str | None
    image_url: str | None = None
    image_base64_data: str | None = None
    image_data_uri: str | None = None
    seed: int | None = None
    cost: float | None = None
    nsfw_content: bool | None = None
    status: str | None = None
    task_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    progress: float | None = None
    output_format: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, output_format: str | None = None) -> ImageResult:
        return cls(
            image_uuid=_str(item, "imageUUID", "mediaUUID"),
            image_url=_str(item, "imageURL", "mediaURL"),
            image_base64_data=_str(item, "imageBase64Data"),
            image_data_uri=_str(item, "imageDataURI"),
            nsfw_content=_bool(item, "NSFWContent"),
            **_common(item, output_format),
        )

    def _locations(self) -> tuple[str | None, str | None, str | None]:
        return self.image_url, self.image_base64_data, self.image_data_uri

    def _name(self) -> str:
        return self.image_uuid or "image"


@dataclass(frozen=True)
class VideoResult(Result):
    """One generated (or processed) video."""

    media: ClassVar[str] = "video"
    task_uuid: str | None
    video_uuid: str | None
    video_url: str | None = None
    video_base64_data: str | None = None
    video_data_uri: str | None = None
    seed: int | None = None
    cost: float | None = None
    nsfw_content: bool | None = None
    status: str | None = None
    task_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    progress: float | None = None
    output_format: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, output_format: str | None = None) -> VideoResult:
        return cls(
            video_uuid=_str(item, "videoUUID", "mediaUUID"),
            video_url=_str(item, "videoURL", "mediaURL"),
            video_base64_data=_str(item, "videoBase64Data"),
            video_data_uri=_str(item, "videoDataURI"),
            nsfw_content=_bool(item, "NSFWContent"),
            **_common(item, output_format),
        )

    def _locations(self) -> tuple[str | None, str | None, str | None]:
        return self.video_url, self.video_base64_data, self.video_data_uri

    def _name(self) -> str:
        return self.video_uuid or "video"


@dataclass(frozen=True)
class AudioResult(Result):
    """One generated audio file."""

    media: ClassVar[str] = "audio"
    task_uuid: str | None
    audio_uuid: str | None
    audio_url: str | None = None
    audio_base64_data: str | None = None
    audio_data_uri: str | None = None
    seed: int | None = None
    cost: float | None = None
    status: str | None = None
    task_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    progress: float | None = None
    output_format: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, output_format: str | None = None) -> AudioResult:
        return cls(
            audio_uuid=_str(item, "audioUUID", "mediaUUID"),
            audio_url=_str(item, "audioURL", "mediaURL"),
            audio_base64_data=_str(item, "audioBase64Data"),
            audio_data_uri=_str(item, "audioDataURI"),
            **_common(item, output_format),
        )

    def _locations(self) -> tuple[str | None, str | None, str | None]:
        return self.audio_url, self.audio_base64_data, self.audio_data_uri

    def _name(self) -> str:
        return self.audio_uuid or "audio"


@dataclass(frozen=True)
class OutputFile(_File):
    """One file of a 3D result (``outputs.files[i]``): ``read()`` / ``save()`` each on its own."""

    media: ClassVar[str] = "3D file"
    uuid: str | None
    url: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    output_format: str | None = field(default=None, repr=False, compare=False)

    def _locations(self) -> tuple[str | None, str | None, str | None]:
        return self.url, None, None

    def _name(self) -> str:
        return self.uuid or "model"


@dataclass(frozen=True)
class ThreeDResult(Result):
    """One generated 3D model: ``files`` (GLB, FBX...), each with its own ``read`` / ``save``.

    ``read()`` and ``save()`` on the result itself act on its first file.
    """

    media: ClassVar[str] = "3D model"
    task_uuid: str | None
    files: tuple[OutputFile, ...] = ()
    seed: int | None = None
    cost: float | None = None
    status: str | None = None
    task_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    progress: float | None = None
    output_format: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, output_format: str | None = None) -> ThreeDResult:
        outputs = item.get("outputs")
        listed = outputs.get("files") if isinstance(outputs, Mapping) else None
        files = tuple(
            OutputFile(_str(f, "uuid"), _str(f, "url"), dict(f), output_format)
            for f in (listed if isinstance(listed, list) else [])
            if isinstance(f, Mapping)
        )
        return cls(files=files, **_common(item, output_format))

    def _first(self) -> OutputFile:
        if not self.files:
            raise ValueError("this result carries no 3D file (outputs.files is empty or missing)")
        return self.files[0]

    def _locations(self) -> tuple[str | None, str | None, str | None]:
        return self.files[0].url if self.files else None, None, None

    def _name(self) -> str:
        return self._first()._name()

    def read(self, *, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
        return self._first().read(timeout=timeout)

    async def aread(self, *, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
        return await self._first().aread(timeout=timeout)


@dataclass(frozen=True)
class TextResult(Result):
    """One generated text (``textInference``, ``caption``...): ``read()`` gives it as UTF-8."""

    media: ClassVar[str] = "text"
    task_uuid: str | None
    text: str | None = None
    finish_reason: str | None = None
    usage: Mapping[str, Any] | None = None
    seed: int | None = None
    cost: float | None = None
    status: str | None = None
    task_type: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    progress: float | None = None
    output_format: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_item(cls, item: Mapping[str, Any], *, output_format: str | None = None) -> TextResult:
        usage = item.get("usage")
        return cls(
            text=_str(item, "text"),
            finish_reason=_str(item, "finishReason"),
            usage=dict(usage) if isinstance(usage, Mapping) else None,
            **_common(item, output_format),
        )

    def _name(self) -> str:
        return self.task_uuid or "text"

    def extension(self, data: bytes | None = None) -> str:
        return ".txt"

    def read(self, *, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
        if self.text is None:
            raise ValueError("this result carries no text")
        return self.text.encode("utf-8")

    async def aread(self, *, timeout: float = DOWNLOAD_TIMEOUT) -> bytes:
        return self.read(timeout=timeout)


_CLASSES: dict[str, type[Result]] = {
    "image": ImageResult, "video": VideoResult, "audio": AudioResult, "3d": ThreeDResult,
    "text": TextResult,
}


def result_class(media: str) -> type[Result]:
    """The result class of an output media (``image``, ``video``, ``audio``, ``3d``, ``text``)."""
    return _CLASSES.get(media, ImageResult)


class ResultKind(NamedTuple):
    """How to read the items of one task: its result class, and the file format it asked for."""

    cls: type[Result]
    output_format: str | None = None


def _guess(item: Mapping[str, Any]) -> type[Result]:
    """The result class an item's own fields name, else its task type's; images by default."""
    for key, media in (("imageUUID", "image"), ("videoUUID", "video"), ("audioUUID", "audio"),
                       ("outputs", "3d"), ("text", "text")):
        if key in item:
            return _CLASSES[media]
    task_type = item.get("taskType")
    return _CLASSES[TASK_MEDIA.get(task_type, "image") if isinstance(task_type, str) else "image"]


def result_from_item(item: Mapping[str, Any], kind: ResultKind | None = None) -> Result:
    if kind is None:
        return _guess(item).from_item(item)
    return kind.cls.from_item(item, output_format=kind.output_format)


class _Errors:
    """``ok`` and ``raise_for_errors`` for anything holding ``errors``."""

    errors: list[APIError]

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise the first error, if any (all of them stay in ``errors``)."""
        if self.errors:
            raise self.errors[0]


@dataclass
class TaskOutcome(_Errors):
    """What came back for one task: its results and its errors, kept apart."""

    task_uuid: str
    results: list[Result] = field(default_factory=list)
    errors: list[APIError] = field(default_factory=list)


@dataclass
class RunResult(_Errors):
    """Everything one request returned, routed by ``taskUUID``.

    ``results`` and ``errors`` hold every item in arrival order; ``tasks`` maps each task UUID to
    its :class:`TaskOutcome`. Errors the server did not attribute to a task are only in ``errors``.
    Each result is of its model's media class (:class:`VideoResult` for a video model, ...).
    """

    results: list[Result] = field(default_factory=list)
    errors: list[APIError] = field(default_factory=list)
    tasks: dict[str, TaskOutcome] = field(default_factory=dict)
    status: int | None = None  # the HTTP status of the answer

    def __getitem__(self, task_uuid: str) -> TaskOutcome:
        return self.tasks[task_uuid]

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def outcome(self, task_uuid: str) -> TaskOutcome:
        return self.tasks.setdefault(task_uuid, TaskOutcome(task_uuid))

    def add_result(self, result: Result) -> None:
        self.results.append(result)
        if result.task_uuid is not None:
            self.outcome(result.task_uuid).results.append(result)

    def add_error(self, error: APIError) -> None:
        self.errors.append(error)
        if error.task_uuid is not None:
            self.outcome(error.task_uuid).errors.append(error)

    @classmethod
    def build(
        cls,
        data: Iterable[Mapping[str, Any]],
        errors: Iterable[Mapping[str, Any]],
        *,
        status: int | None,
        task_uuids: Iterable[str] = (),
        kinds: Mapping[str, ResultKind] | None = None,
        default: ResultKind | None = None,
    ) -> RunResult:
        """``kinds`` (task UUID -> how to read its items) types each result; an item of another
        task is read as ``default``, else as what its own fields name."""
        run = cls(status=status)
        for uuid in task_uuids:
            run.outcome(uuid)
        for item in data:
            task_uuid = item.get("taskUUID")
            kind = (kinds or {}).get(task_uuid) if isinstance(task_uuid, str) else None
            run.add_result(result_from_item(item, kind or default))
        for error in errors:
            run.add_error(error_for(status, [error]))
        return run


def _legacy_errors(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"message": value}]
    if isinstance(value, Mapping):
        return [dict(value)]
    if isinstance(value, list):
        return [dict(e) if isinstance(e, Mapping) else {"message": str(e)} for e in value]
    return [{"message": repr(value)}]


def parse_envelope(
    body: Any, *, status: int | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(data, errors)`` from a decoded response body; anything else is malformed."""
    if not isinstance(body, Mapping):
        raise MalformedResponseError(
            f"expected a JSON object with 'data' and/or 'errors', found {type(body).__name__}",
            status=status,
        )
    data = body.get("data", [])
    errors: Any = body.get("errors", [])
    if "error" in body and not errors:  # older servers sent a single `error` field
        errors = _legacy_errors(body["error"])
    if "data" not in body and "errors" not in body and "error" not in body:
        raise MalformedResponseError("the response has neither 'data' nor 'errors'", status=status)
    if not isinstance(data, list) or not all(isinstance(d, Mapping) for d in data):
        raise MalformedResponseError("'data' is not an array of objects", status=status)
    if not isinstance(errors, list):
        errors = _legacy_errors(errors)
    return [dict(d) for d in data], _legacy_errors(errors)
