"""Opening media files with real decoders, for the tests: PyAV (FFmpeg) for video and audio,
Pillow for images, pygltflib for GLB, and a walk of the binary FBX node records."""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from typing import Any

import av
import pygltflib
from PIL import Image

CONTAINERS = {"MP4": "mp4", "MOV": "mov", "WEBM": "matroska", "WAV": "wav", "MP3": "mp3",
              "FLAC": "flac", "OGG": "ogg"}


@dataclass
class Video:
    container: str  # FFmpeg's demuxer names, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    codec: str
    width: int
    height: int
    duration: float
    frames: int
    alpha: bool


@dataclass
class Audio:
    container: str
    codec: str
    sample_rate: int
    channels: int
    duration: float


def video(data: bytes) -> Video:
    """Decode every frame; alpha is what the stream carries (VP9's alpha side data, RGBA frames)."""
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.video[0]
        codec = stream.codec_context.name
        alpha = stream.metadata.get("alpha_mode") == "1"
        frames = 0
        decoder: Any = av.CodecContext.create("libvpx-vp9", "r") if alpha else None
        for packet in container.demux(stream):
            for picture in (decoder.decode(packet) if decoder else packet.decode()):
                frames += 1
                alpha = alpha or "a" in picture.format.name
        duration = float(container.duration or 0) / av.time_base
        return Video(container.format.name, codec, stream.width, stream.height, duration, frames,
                     alpha)


def audio(data: bytes) -> Audio:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        decoded = sum(frame.samples for frame in container.decode(audio=0))
        rate = stream.codec_context.sample_rate
        channels = stream.codec_context.channels
        return Audio(container.format.name, stream.codec_context.name, rate, channels,
                     decoded / rate)


def image(data: bytes) -> Image.Image:
    picture = Image.open(io.BytesIO(data))
    picture.load()
    return picture


def glb(data: bytes) -> pygltflib.GLTF2:
    """Parsed by pygltflib, with the mesh's accessors pointing inside the binary chunk."""
    model = pygltflib.GLTF2.load_from_bytes(data)
    blob = model.binary_blob()
    assert model.asset.version == "2.0" and model.meshes and blob
    for accessor in model.accessors:
        view = model.bufferViews[accessor.bufferView]
        assert view.byteOffset + view.byteLength <= len(blob)
    return model


def fbx_nodes(data: bytes) -> dict[str, Any]:
    """The top-level node records of a binary FBX 7.x file (name -> children), read by their
    end offsets, with the footer's magic checked: a structural check, not a full parser."""
    assert data.startswith(b"Kaydara FBX Binary  \x00\x1a\x00")
    (version,) = struct.unpack("<I", data[23:27])

    def node(offset: int) -> tuple[int, str, dict[str, Any]]:
        end, _, plen, nlen = struct.unpack("<IIIB", data[offset:offset + 13])
        if end == 0:
            return offset + 13, "", {}
        name = data[offset + 13:offset + 13 + nlen].decode()
        position = offset + 13 + nlen + plen
        children: dict[str, Any] = {}
        while position < end:
            position, child, grandchildren = node(position)
            if child:
                children[child] = grandchildren
        assert position == end, (name, position, end)
        return end, name, children

    nodes: dict[str, Any] = {}
    offset = 27
    while True:
        offset, name, children = node(offset)
        if not name:
            break
        nodes[name] = children
    assert data.endswith(bytes.fromhex("f85a8c6adef5d97eece90ce3758f290b"))
    nodes["version"] = version
    return nodes
