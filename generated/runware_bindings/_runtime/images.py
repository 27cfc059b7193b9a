"""Media inputs (images, videos, audio): a file path, bytes, a URL, a UUID, a data URI or base64.

Files and bytes become data URIs with the media type read from the file's own magic bytes, so a
mislabelled file is still sent correctly and a file of the wrong kind (a text file, audio given
for an image) is refused before sending.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from pathlib import Path
from typing import Union

from .errors import ImageInputError
from .media import kind_of, sniff

__all__ = ["ImageInput", "MediaInput", "encode_image", "encode_media", "held_bytes"]

#: What an image parameter accepts.
ImageInput = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]"]
#: What a video or audio parameter accepts: the same forms as an image.
MediaInput = ImageInput

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]+={0,2}\Z")
_SCHEMES = ("http://", "https://", "data:")
_FILE_NAME = re.compile(
    r"\.(jpe?g|png|webp|gif|bmp|mp4|mov|webm|mkv|wav|mp3|flac|ogg|m4a)\Z", re.IGNORECASE)
MAX_FILE_BYTES = 50 * 1024 * 1024
# What each kind of input accepts (Runware's formats), for messages.
_ACCEPTED = {"image": "JPEG, PNG, WEBP, GIF or BMP", "video": "MP4, MOV or WEBM",
             "audio": "WAV, MP3, FLAC or OGG"}
_NOUN = {"image": "image", "video": "video", "audio": "audio file"}


def _data_uri(data: bytes, where: str, kind: str) -> str:
    noun = _NOUN.get(kind, kind)
    if not data:
        raise ImageInputError(where, f"the {noun} is empty (0 bytes)")
    # The bytes decide, not the file name.
    media = sniff(data)
    if media is None or kind_of(media) != kind:
        found = f" (found {media} bytes)" if media else ""
        raise ImageInputError(
            where, f"not a recognised {noun} (expected {_ACCEPTED.get(kind, kind)} bytes){found}"
        )
    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"


def _shown(path: Path) -> str:
    """The path for a message that can always be printed (control characters and lone
    surrogates, which have no UTF-8 form, escaped)."""
    text = str(path)
    return text if text.isprintable() else repr(text)


def _read_file(path: Path, where: str, kind: str) -> tuple[str, bytes]:
    shown = _shown(path)
    noun = _NOUN.get(kind, kind)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImageInputError(
                where, f"{shown} is {size} bytes; {noun} inputs are limited to {MAX_FILE_BYTES}"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImageInputError(where, f"no such file: {shown}") from None
    except IsADirectoryError:
        raise ImageInputError(where, f"{shown} is a directory, not a file") from None
    except OSError as exc:
        raise ImageInputError(where, f"cannot read {shown}: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL byte, or a lone surrogate the file system cannot encode
        raise ImageInputError(where, f"{shown} cannot be a file name: {exc}") from None
    try:
        return _data_uri(data, where, kind), data
    except ImageInputError as exc:
        raise ImageInputError(where, f"{shown}: {exc.detail}") from None


def _looks_like_path(text: str) -> bool:
    return os.sep in text or text.startswith(("~", ".")) or bool(_FILE_NAME.search(text))


def _is_file(text: str) -> bool:
    try:
        return Path(text).expanduser().is_file()
    except (OSError, ValueError):  # names too long, NUL bytes
        return False


def held_bytes(wire: str) -> bytes | None:
    """The file's bytes when a wire value carries them (a data URI or base64), else None."""
    if wire.startswith(("http://", "https://")) or _UUID.match(wire):
        return None
    head, sep, encoded = wire.partition(",")
    if wire.startswith("data:"):
        if not sep or not head.endswith(";base64"):
            return None
    else:
        encoded = wire
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return None


def encode_media(value: object, where: str = "image", kind: str = "image") -> tuple[str, bytes | None]:
    """The wire form of one media input, and the file's bytes when the client holds them (read
    from a file, given as bytes, or inside a data URI or base64): ``(wire, bytes or None)``."""
    noun = _NOUN.get(kind, kind)
    if isinstance(value, os.PathLike):
        return _read_file(Path(os.fspath(value)).expanduser(), where, kind)
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return _data_uri(data, where, kind), data
    if not isinstance(value, str):
        raise ImageInputError(
            where,
            f"expected a file path, bytes, URL, {noun} UUID, data URI or base64 string, "
            f"found {type(value).__name__}",
        )
    if value.startswith(_SCHEMES) or _UUID.match(value):
        return value, held_bytes(value) if value.startswith("data:") else None
    if _is_file(value):
        return _read_file(Path(value).expanduser(), where, kind)
    if len(value) >= 16 and len(value) % 4 == 0 and _BASE64.match(value):
        return value, held_bytes(value)
    if _looks_like_path(value):
        return _read_file(Path(value).expanduser(), where, kind)  # reports the missing file
    raise ImageInputError(
        where, f"{value[:60]!r} is not a file, URL, {noun} UUID, data URI or base64 string"
    )


def encode_image(value: object, where: str = "image") -> str:
    """The wire form of one image input (see the module docstring for what is accepted)."""
    return encode_media(value, where, "image")[0]
