"""Image inputs: a file path, bytes, a URL, an image UUID, a data URI or raw base64.

Files and bytes become data URIs with the media type read from the image's own magic bytes, so a
mislabelled file is still sent correctly and a file that is not an image is refused before sending.
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path
from typing import Union

from .errors import ImageInputError
from .results import sniff_media_type

__all__ = ["ImageInput", "encode_image"]

#: What an image parameter accepts.
ImageInput = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}\Z")
_SCHEMES = ("http://", "https://", "data:")
MAX_FILE_BYTES = 50 * 1024 * 1024


def _data_uri(data: bytes, where: str) -> str:
    if not data:
        raise ImageInputError(where, "the image is empty (0 bytes)")
    # The bytes decide, not the file name: these are the formats Runware accepts.
    media = sniff_media_type(data)
    if media is None:
        raise ImageInputError(
            where, "not a recognised image (expected JPEG, PNG, WEBP, GIF or BMP bytes)"
        )
    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


def _shown(path: Path) -> str:
    """The path for a message that can always be printed (control characters and lone
    surrogates, which have no UTF-8 form, escaped)."""
    text = str(path)
    return text if text.isprintable() else repr(text)


def _read_file(path: Path, where: str) -> str:
    shown = _shown(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageInputError(
                where, f"{shown} is {size} bytes; image inputs are limited to {MAX_FILE_BYTES}"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImageInputError(where, f"no such file: {shown}") from None
    except IsADirectoryError:
        raise ImageInputError(where, f"{shown} is a directory, not an image file") from None
    except OSError as exc:
        raise ImageInputError(where, f"cannot read {shown}: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL byte, or a lone surrogate the file system cannot encode
        raise ImageInputError(where, f"{shown} cannot be a file name: {exc}") from None
    try:
        return _data_uri(data, where)
    except ImageInputError as exc:
        raise ImageInputError(where, f"{shown}: {exc.detail}") from None


def _looks_like_path(text: str) -> bool:
    return (
        os.sep in text
        or text.startswith(("~", "."))
        or bool(re.search(r"\.(jpe?g|png|webp|gif|bmp)\Z", text, re.IGNORECASE))
    )


def _is_file(text: str) -> bool:
    try:
        return Path(text).expanduser().is_file()
    except (OSError, ValueError):  # names too long, NUL bytes
        return False


def encode_image(value: object, where: str = "image") -> str:
    """The wire form of one image input (see the module docstring for what is accepted)."""
    if isinstance(value, os.PathLike):
        return _read_file(Path(os.fspath(value)).expanduser(), where)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _data_uri(bytes(value), where)
    if not isinstance(value, str):
        raise ImageInputError(
            where,
            f"expected a file path, bytes, URL, image UUID, data URI or base64 string, "
            f"found {type(value).__name__}",
        )
    if value.startswith(_SCHEMES) or _UUID.match(value):
        return value
    if _is_file(value):
        return _read_file(Path(value).expanduser(), where)
    if len(value) >= 16 and len(value) % 4 == 0 and _BASE64.match(value):
        return value
    if _looks_like_path(value):
        return _read_file(Path(value).expanduser(), where)  # reports the missing file
    raise ImageInputError(
        where, f"{value[:60]!r} is not a file, URL, image UUID, data URI or base64 string"
    )
