"""Result objects and the response envelope.

Results are lenient on purpose: a field the server adds later is kept in ``raw`` and never breaks
parsing, and a field of an unexpected type reads as ``None`` instead of crashing.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomicfile import write_file
from .errors import APIError, MalformedResponseError, error_for

__all__ = ["EXTENSIONS", "ImageResult", "RunResult", "TaskOutcome", "parse_envelope"]

EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
}


def sniff_media_type(data: bytes) -> str | None:
    """The image media type from the file's magic bytes (jpeg, png, webp, gif, bmp)."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.startswith(b"BM"):
        return "image/bmp"
    return None


def _str(item: Mapping[str, Any], key: str) -> str | None:
    value = item.get(key)
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class ImageResult:
    """One generated image. ``raw`` is the item exactly as the server sent it."""

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

    @classmethod
    def from_item(cls, item: Mapping[str, Any]) -> ImageResult:
        seed = item.get("seed")
        cost = item.get("cost")
        nsfw = item.get("NSFWContent")
        return cls(
            task_uuid=_str(item, "taskUUID"),
            image_uuid=_str(item, "imageUUID"),
            image_url=_str(item, "imageURL"),
            image_base64_data=_str(item, "imageBase64Data"),
            image_data_uri=_str(item, "imageDataURI"),
            seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else None,
            cost=(
                float(cost)
                if isinstance(cost, (int, float)) and not isinstance(cost, bool)
                else None
            ),
            nsfw_content=nsfw if isinstance(nsfw, bool) else None,
            status=_str(item, "status"),
            task_type=_str(item, "taskType"),
            raw=dict(item),
        )

    @property
    def media_type(self) -> str | None:
        """``image/png`` etc., from the data URI, the URL's extension or the decoded bytes."""
        if self.image_data_uri and self.image_data_uri.startswith("data:"):
            return self.image_data_uri[5:].split(";", 1)[0].split(",", 1)[0] or None
        if self.image_url:
            suffix = Path(self.image_url.split("?", 1)[0]).suffix.lower()
            for media, ext in EXTENSIONS.items():
                if suffix == ext or (suffix == ".jpeg" and ext == ".jpg"):
                    return media
        inline = self._inline_bytes()
        return sniff_media_type(inline) if inline is not None else None

    def _inline_bytes(self) -> bytes | None:
        encoded: str | None = None
        if self.image_base64_data is not None:
            encoded = self.image_base64_data
        elif self.image_data_uri is not None:
            head, sep, encoded = self.image_data_uri.partition(",")
            if not sep or not head.endswith(";base64"):
                raise ValueError("the result's data URI is not base64-encoded")
        if encoded is None:
            return None
        try:
            return base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"the result's image data is not valid base64: {exc}") from None

    def read(self, *, timeout: float = 60.0) -> bytes:
        """The image's bytes: decoded from base64 / data URI, or downloaded from its URL."""
        inline = self._inline_bytes()
        if inline is not None:
            return inline
        if self.image_url is None:
            raise ValueError("this result carries no image (no URL, base64 data or data URI)")
        import httpx

        response = httpx.get(self.image_url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
        return response.content

    async def aread(self, *, timeout: float = 60.0) -> bytes:
        """Like :meth:`read`, downloading without blocking the event loop."""
        inline = self._inline_bytes()
        if inline is not None:
            return inline
        if self.image_url is None:
            raise ValueError("this result carries no image (no URL, base64 data or data URI)")
        import httpx

        async with httpx.AsyncClient(timeout=timeout, follow_redirects=True) as client:
            response = await client.get(self.image_url)
            response.raise_for_status()
            return response.content

    def save(self, path: str | os.PathLike[str], *, timeout: float = 60.0) -> Path:
        """Write the image to ``path`` (a file, or a directory to name it after its UUID)."""
        return self._write(Path(path), self.read(timeout=timeout))

    async def asave(self, path: str | os.PathLike[str], *, timeout: float = 60.0) -> Path:
        return self._write(Path(path), await self.aread(timeout=timeout))

    def _write(self, path: Path, data: bytes) -> Path:
        if not path.parent.is_dir():
            raise FileNotFoundError(f"cannot save the image: no such directory {path.parent}")
        if path.is_dir():
            ext = EXTENSIONS.get(self.media_type or sniff_media_type(data) or "", ".img")
            path = path / f"{self.image_uuid or 'image'}{ext}"
        # Beside the target, then renamed: a failure never leaves half an image behind.
        return write_file(path, data)


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
    results: list[ImageResult] = field(default_factory=list)
    errors: list[APIError] = field(default_factory=list)


@dataclass
class RunResult(_Errors):
    """Everything one request returned, routed by ``taskUUID``.

    ``results`` and ``errors`` hold every item in arrival order; ``tasks`` maps each task UUID to
    its :class:`TaskOutcome`. Errors the server did not attribute to a task are only in ``errors``.
    """

    results: list[ImageResult] = field(default_factory=list)
    errors: list[APIError] = field(default_factory=list)
    tasks: dict[str, TaskOutcome] = field(default_factory=dict)
    status: int | None = None  # the HTTP status of the answer

    def __getitem__(self, task_uuid: str) -> TaskOutcome:
        return self.tasks[task_uuid]

    def __iter__(self) -> Iterator[ImageResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def outcome(self, task_uuid: str) -> TaskOutcome:
        return self.tasks.setdefault(task_uuid, TaskOutcome(task_uuid))

    def add_result(self, result: ImageResult) -> None:
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
    ) -> RunResult:
        run = cls(status=status)
        for uuid in task_uuids:
            run.outcome(uuid)
        for item in data:
            run.add_result(ImageResult.from_item(item))
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
