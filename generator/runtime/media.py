"""Media files by their bytes: what a file is (its magic numbers), its extension, an image's size.

Shared by result objects (naming saved files), media inputs (the data URI's media type) and the
client's checks of ``x-constraints`` (an image's pixel area read from its header).
"""

from __future__ import annotations

import struct
from pathlib import PurePosixPath

__all__ = [
    "EXTENSIONS",
    "FORMAT_MEDIA_TYPES",
    "MEDIA_KINDS",
    "TASK_MEDIA",
    "extension_for",
    "image_size",
    "kind_of",
    "media_type_of_format",
    "media_type_of_suffix",
    "sniff",
]

#: What a model's results hold (``ModelSpec.output_media`` in the generator).
MEDIA_KINDS = ("image", "video", "audio", "3d", "text")

#: Task types whose results are always of one media. ``upscale`` and ``removeBackground`` are
#: not here: they follow their input (an image upscaler returns image fields, a video one video).
TASK_MEDIA = {
    "imageInference": "image", "imageUpload": "image", "imageMasking": "image",
    "controlNetPreprocess": "image", "vectorize": "image", "videoInference": "video",
    "audioInference": "audio", "3dInference": "3d", "textInference": "text", "caption": "text",
    "promptEnhance": "text",
}

#: Media type -> the extension a saved file gets.
EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/bmp": ".bmp",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
    "video/webm": ".webm",
    "video/x-matroska": ".mkv",
    "audio/wav": ".wav",
    "audio/mpeg": ".mp3",
    "audio/flac": ".flac",
    "audio/ogg": ".ogg",
    "audio/mp4": ".m4a",
    "model/gltf-binary": ".glb",
    "model/fbx": ".fbx",
    "text/plain": ".txt",
}

#: ``outputFormat`` values -> the media type of the file asked for.
FORMAT_MEDIA_TYPES = {
    "JPG": "image/jpeg",
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "MP4": "video/mp4",
    "MOV": "video/quicktime",
    "WEBM": "video/webm",
    "MKV": "video/x-matroska",
    "WAV": "audio/wav",
    "MP3": "audio/mpeg",
    "FLAC": "audio/flac",
    "OGG": "audio/ogg",
    "M4A": "audio/mp4",
    "GLB": "model/gltf-binary",
    "FBX": "model/fbx",
    "TXT": "text/plain",
}

_SUFFIXES = {**{ext: media for media, ext in EXTENSIONS.items()}, ".jpeg": "image/jpeg",
             ".qt": "video/quicktime", ".oga": "audio/ogg", ".opus": "audio/ogg",
             ".wave": "audio/wav"}
_QUICKTIME_BRANDS = (b"qt  ",)
_AUDIO_MP4_BRANDS = (b"M4A ", b"M4B ")


def _is_mp3_frame(data: bytes) -> bool:
    """An MPEG audio frame header: 11 sync bits, a version that exists and a layer (not AAC's 0)."""
    if len(data) < 2 or data[0] != 0xFF or data[1] & 0xE0 != 0xE0:
        return False
    version, layer = (data[1] >> 3) & 3, (data[1] >> 1) & 3
    return version != 1 and layer != 0


def sniff(data: bytes) -> str | None:
    """The media type the bytes are (images, MP4/MOV, WEBM, WAV, MP3, FLAC, OGG, GLB, FBX)."""
    head = data[:64]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _QUICKTIME_BRANDS:
            return "video/quicktime"
        return "audio/mp4" if brand in _AUDIO_MP4_BRANDS else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):  # EBML: WebM says so in its DocType
        return "video/webm" if b"webm" in head else "video/x-matroska"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or _is_mp3_frame(head):
        return "audio/mpeg"
    if head.startswith(b"glTF"):
        return "model/gltf-binary"
    if head.startswith((b"Kaydara FBX Binary", b"; FBX")):
        return "model/fbx"
    if head.startswith(b"BM") and len(data) >= 26:
        return "image/bmp"
    return None


def kind_of(media_type: str | None) -> str | None:
    """``image``, ``video``, ``audio`` or ``3d`` for a media type."""
    if not media_type:
        return None
    top = media_type.split("/", 1)[0]
    if top == "model":
        return "3d"
    return top if top in ("image", "video", "audio", "text") else None


def media_type_of_format(output_format: object) -> str | None:
    return FORMAT_MEDIA_TYPES.get(output_format.upper()) if isinstance(output_format, str) else None


def media_type_of_suffix(url: str | None) -> str | None:
    """The media type a URL's file name suffix names (query and fragment ignored)."""
    if not url or url.startswith("data:"):
        return None
    path = url.split("#", 1)[0].split("?", 1)[0]
    return _SUFFIXES.get(PurePosixPath(path).suffix.lower())


def extension_for(media_type: str | None, fallback: str = ".bin") -> str:
    return EXTENSIONS.get(media_type or "", fallback)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        # SOF0..SOF15 hold the frame's size, except DHT (C4), JPG (C8) and DAC (CC).
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """``(width, height)`` from an image's header (JPEG, PNG, WEBP, GIF, BMP); None if unreadable."""
    try:
        media = sniff(data)
        if media == "image/png" and data[12:16] == b"IHDR":
            width, height = struct.unpack(">II", data[16:24])
            return width, height
        if media == "image/gif":
            width, height = struct.unpack("<HH", data[6:10])
            return width, height
        if media == "image/bmp":
            width, height = struct.unpack("<ii", data[18:26])
            return abs(width), abs(height)  # a negative height is a top-down bitmap
        if media == "image/jpeg":
            return _jpeg_size(data)
        if media == "image/webp":
            return _webp_size(data)
    except struct.error:  # a header cut short
        return None
    return None
