"""Real media files for the local server, the same bytes for the same arguments.

- Video: MP4 (H.264), WEBM (VP9) and MOV (H.264), encoded by FFmpeg through PyAV (``av``, whose
  wheels bundle FFmpeg and these encoders). With an alpha channel (background removal): WEBM
  as VP9 with alpha (``yuva420p``), MOV as PNG frames (``rgba``); MP4 has no alpha.
- Audio: WAV (the standard library's ``wave``), MP3 (LAME), FLAC and OGG (Opus), through PyAV.
- 3D: GLB, a glTF 2.0 binary written here (a small mesh); FBX, a binary FBX 7.4 file written
  here with a header, the version records and one geometry (no scene graph or materials).

Clips stay tiny (a few frames over the requested duration, a short tone), so tests stay fast;
the container's duration and the picture's size are what the request says.
"""

from __future__ import annotations

import array
import io
import json
import math
import random
import struct
import sys
import wave
from fractions import Fraction
from typing import Any

from PIL import Image, ImageDraw

from .store import Bounded

VIDEO_FORMATS = ("MP4", "WEBM", "MOV")
AUDIO_FORMATS = ("WAV", "MP3", "FLAC", "OGG")
MODEL_FORMATS = ("GLB", "FBX")
FRAMES = 4  # per clip, spread over its duration
MAX_VIDEO_PIXELS = 4096 * 2160
MAX_SECONDS = 60.0
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)
# What the encoders take: sample rates (WAV and FLAC take 8 to 192 kHz), bitrates in kbps.
RATES = {"MP3": (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000), "OGG": OPUS_RATES}
BITRATES = {"MP3": (8, 320), "OGG": (6, 510)}
# Recently made files, so the same request twice costs one encoding (bounded by bytes too).
_CACHE: Bounded[tuple[Any, ...], bytes] = Bounded(64, 64 * 1024 * 1024)


def _cached(key: tuple[Any, ...], make: Any) -> bytes:
    found = _CACHE.get(key)
    if found is None:
        found = make()
        _CACHE.put(key, found, len(found))
    return found


def frame(seed: int, width: int, height: int, index: int = 0, *, alpha: bool = False) -> Image.Image:
    """Frame ``index`` of a clip: a smooth colour field with shapes that move from frame to frame
    (with ``alpha``, the shapes on a transparent background)."""
    rng = random.Random(seed)
    if alpha:
        image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    else:
        tiny = Image.new("RGB", (4, 4))
        tiny.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(16)])
        image = tiny.resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(3):
        x, y = rng.randrange(width), rng.randrange(height)
        dx, dy = rng.randint(-8, 8), rng.randint(-8, 8)
        r = max(1, min(width, height) // rng.randint(4, 10))
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)
        cx, cy = x + dx * index * max(1, width // 64), y + dy * index * max(1, height // 64)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour if alpha else colour[:3])
    return image


def video(seed: int, width: int, height: int, seconds: float, fmt: str = "MP4",
          quality: int = 95, *, alpha: bool = False) -> bytes:
    """A clip of ``FRAMES`` frames spanning ``seconds``, in ``fmt`` (with alpha where it can)."""
    if fmt not in VIDEO_FORMATS:
        raise ValueError(f"unknown video format {fmt!r}; expected one of {', '.join(VIDEO_FORMATS)}")
    if width < 2 or height < 2 or width * height > MAX_VIDEO_PIXELS:
        raise ValueError(f"cannot make a {width}x{height} video")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"cannot make a video of {seconds} s")
    alpha = alpha and fmt != "MP4"
    key = ("video", seed, width, height, seconds, fmt, quality, alpha)
    return _cached(key, lambda: _video(seed, width, height, seconds, fmt, quality, alpha))


def _video(seed: int, width: int, height: int, seconds: float, fmt: str, quality: int,
           alpha: bool) -> bytes:
    import av

    crf = str(round(45 - 35 * (min(max(quality, 1), 100) / 100)))  # quality 99 -> crf 10
    if fmt == "WEBM":
        codec, pix = "libvpx-vp9", "yuva420p" if alpha else "yuv420p"
        options = {"deadline": "realtime", "cpu-used": "8", "crf": crf, "b": "0"}
    elif alpha:  # MOV with alpha: PNG frames
        codec, pix, options = "png", "rgba", {}
    else:
        codec, options = "libx264", {"preset": "ultrafast", "crf": crf}
        pix = "yuv420p" if width % 2 == 0 and height % 2 == 0 else "yuv444p"
    out = io.BytesIO()
    rate = Fraction(FRAMES) / Fraction(seconds).limit_denominator(1000)
    # bitexact: no encoder version or random ids in the file, so a seed gives the same bytes.
    with av.open(out, "w", format={"MP4": "mp4", "WEBM": "webm", "MOV": "mov"}[fmt],
                 options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream(codec, rate=rate)
        stream.width, stream.height, stream.pix_fmt = width, height, pix
        stream.codec_context.thread_count = 1
        stream.codec_context.flags |= av.codec.context.Flags.bitexact
        stream.options = options
        for index in range(FRAMES):
            picture = av.VideoFrame.from_image(  # type: ignore[no-untyped-call]
                frame(seed, width, height, index, alpha=alpha))
            for packet in stream.encode(picture):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def _tone(seed: int, seconds: float, rate: int, channels: int) -> bytes:
    """Signed 16-bit little-endian samples: a soft tone whose pitch comes from the seed."""
    pitch = 220.0 + (seed % 440)
    count = max(1, int(rate * seconds))
    step = 2 * math.pi * pitch / rate
    samples = array.array("h", (int(9000 * math.sin(step * i)) for i in range(count)))
    if channels == 2:
        stereo = array.array("h", bytes(4 * count))
        stereo[0::2] = samples
        stereo[1::2] = samples
        samples = stereo
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def supported_rate(fmt: str, requested: int | None) -> int:
    """The sample rate made for ``requested``: itself where the encoder takes it, else the
    nearest one it does (the schemas leave some rates open that no encoder has)."""
    rates = RATES.get(fmt)
    if requested is None:
        return 48000 if fmt == "OGG" else 44100
    if rates is None:
        return min(max(requested, 8000), 192000)
    return min(rates, key=lambda r: abs(r - requested))


def audio(seed: int, seconds: float, fmt: str = "MP3", *, sample_rate: int | None = None,
          channels: int = 2, bitrate: int | None = None) -> bytes:
    """``seconds`` of a tone in ``fmt`` at ``sample_rate`` (see :func:`supported_rate`), at
    ``bitrate`` kbps (brought into the encoder's range)."""
    if fmt not in AUDIO_FORMATS:
        raise ValueError(f"unknown audio format {fmt!r}; expected one of {', '.join(AUDIO_FORMATS)}")
    if channels not in (1, 2):
        raise ValueError(f"channels must be 1 or 2, found {channels}")
    if not 0 < seconds <= MAX_SECONDS:
        raise ValueError(f"cannot make {seconds} s of audio")
    rate = supported_rate(fmt, sample_rate)
    if bitrate is not None:
        low, high = BITRATES.get(fmt, (bitrate, bitrate))
        bitrate = min(max(bitrate, low), high)
    key = ("audio", seed, seconds, fmt, rate, channels, bitrate)
    return _cached(key, lambda: _audio(seed, seconds, fmt, rate, channels, bitrate))


def _audio(seed: int, seconds: float, fmt: str, rate: int, channels: int,
           bitrate: int | None) -> bytes:
    pcm = _tone(seed, seconds, rate, channels)
    out = io.BytesIO()
    if fmt == "WAV":
        with wave.open(out, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(pcm)
        return out.getvalue()
    import av

    codec = {"MP3": "libmp3lame", "FLAC": "flac", "OGG": "libopus"}[fmt]
    layout = "stereo" if channels == 2 else "mono"
    with av.open(out, "w", format=fmt.lower(), options={"fflags": "+bitexact"}) as container:
        stream = container.add_stream(codec, rate=rate)
        stream.layout = layout
        context = stream.codec_context
        context.flags |= av.codec.context.Flags.bitexact
        if bitrate and fmt != "FLAC":
            context.bit_rate = bitrate * 1000
        source = av.AudioFrame(format="s16", layout=layout, samples=len(pcm) // (2 * channels))
        source.planes[0].update(pcm)
        source.sample_rate = rate
        source.pts = 0
        source.time_base = Fraction(1, rate)
        formats = context.codec.audio_formats
        resampler = av.AudioResampler(format=formats[0].name if formats else "s16", layout=layout,
                                      rate=rate, frame_size=context.frame_size or None)
        for piece in [*resampler.resample(source), *resampler.resample(None)]:
            for packet in stream.encode(piece):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


# -- 3D ------------------------------------------------------------------------------------------

def _mesh(seed: int) -> tuple[list[tuple[float, float, float]], list[int], tuple[float, ...]]:
    """A cube whose size, proportions and colour come from the seed: (positions, indices, RGBA)."""
    rng = random.Random(seed)
    sx, sy, sz = (round(rng.uniform(0.5, 2.0), 4) for _ in range(3))
    corners = [(x * sx, y * sy, z * sz) for x in (-0.5, 0.5) for y in (-0.5, 0.5) for z in (-0.5, 0.5)]
    faces = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    indices = [i for a, b, c, d in faces for i in (a, b, c, a, c, d)]
    colour = (round(rng.random(), 4), round(rng.random(), 4), round(rng.random(), 4), 1.0)
    return corners, indices, colour


def _padded(data: bytes, fill: bytes) -> bytes:
    return data + fill * (-len(data) % 4)


def glb(seed: int) -> bytes:
    """A glTF 2.0 binary (GLB): one scene, one node, one mesh (a cube), one material."""
    return _cached(("glb", seed), lambda: _glb(seed))


def _glb(seed: int) -> bytes:
    positions, indices, colour = _mesh(seed)
    vertex_bytes = b"".join(struct.pack("<3f", *p) for p in positions)
    index_bytes = _padded(struct.pack(f"<{len(indices)}H", *indices), b"\x00")
    binary = vertex_bytes + index_bytes
    document = {
        "asset": {"version": "2.0", "generator": "runware-local"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "name": "model"}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "indices": 1, "material": 0}]}],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": list(colour)}}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": len(vertex_bytes), "target": 34962},
            {"buffer": 0, "byteOffset": len(vertex_bytes), "byteLength": 2 * len(indices),
             "target": 34963},
        ],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": len(positions), "type": "VEC3",
             "min": [min(p[i] for p in positions) for i in range(3)],
             "max": [max(p[i] for p in positions) for i in range(3)]},
            {"bufferView": 1, "componentType": 5123, "count": len(indices), "type": "SCALAR"},
        ],
    }
    json_chunk = _padded(json.dumps(document, separators=(",", ":")).encode(), b" ")
    bin_chunk = _padded(binary, b"\x00")
    length = 12 + 8 + len(json_chunk) + 8 + len(bin_chunk)
    return b"".join([
        struct.pack("<4sII", b"glTF", 2, length),
        struct.pack("<I4s", len(json_chunk), b"JSON"), json_chunk,
        struct.pack("<I4s", len(bin_chunk), b"BIN\x00"), bin_chunk,
    ])


FBX_MAGIC = b"Kaydara FBX Binary  \x00\x1a\x00"
FBX_VERSION = 7400
_FBX_FOOTER_ID = bytes.fromhex("fa bc ab 09 d0 c8 d4 66 b1 76 fb 83 1c f7 26 7e")
_FBX_FOOTER_MAGIC = bytes.fromhex("f8 5a 8c 6a de f5 d9 7e ec e9 0c e3 75 8f 29 0b")
_NULL_RECORD = b"\x00" * 13


def _fbx_property(value: Any) -> bytes:
    if isinstance(value, bool):
        return b"C" + struct.pack("<?", value)
    if isinstance(value, int):
        return (b"I" + struct.pack("<i", value)) if -2**31 <= value < 2**31 else \
            (b"L" + struct.pack("<q", value))
    if isinstance(value, float):
        return b"D" + struct.pack("<d", value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return b"S" + struct.pack("<I", len(raw)) + raw
    if isinstance(value, tuple) and value and value[0] in ("d", "i"):
        kind: str = value[0]
        items: list[Any] = value[1]
        data = struct.pack(f"<{len(items)}{kind}", *items)
        return kind.encode() + struct.pack("<III", len(items), 0, len(data)) + data
    raise TypeError(f"no FBX property type for {value!r}")


def _fbx_node(offset: int, name: str, properties: list[Any], children: list[Any]) -> bytes:
    """One node record (FBX 7.4: 32-bit offsets) starting at file offset ``offset``."""
    props = b"".join(_fbx_property(p) for p in properties)
    head_size = 13 + len(name)
    body = b""
    if children:
        position = offset + head_size + len(props)
        for child_name, child_props, grandchildren in children:
            record = _fbx_node(position, child_name, child_props, grandchildren)
            body += record
            position += len(record)
        body += _NULL_RECORD
    end = offset + head_size + len(props) + len(body)
    return struct.pack("<IIIB", end, len(properties), len(props), len(name)) + name.encode() + \
        props + body


def fbx(seed: int) -> bytes:
    """A binary FBX 7.4 file: header, header extension (versions), one mesh geometry, footer."""
    return _cached(("fbx", seed), lambda: _fbx(seed))


def _fbx(seed: int) -> bytes:
    positions, indices, _ = _mesh(seed)
    # FBX polygons: the last index of each is written as -(index + 1); here triangles.
    polygon = [(-(i + 1) if n % 3 == 2 else i) for n, i in enumerate(indices)]
    nodes: list[tuple[str, list[Any], list[Any]]] = [
        ("FBXHeaderExtension", [], [("FBXHeaderVersion", [1003], []),
                                    ("FBXVersion", [FBX_VERSION], []),
                                    ("Creator", ["runware-local"], [])]),
        ("Objects", [], [("Geometry", [1000 + seed % 1000, "Geometry::model\x00\x01Geometry", "Mesh"],
                          [("Vertices", [("d", [c for p in positions for c in p])], []),
                           ("PolygonVertexIndex", [("i", polygon)], [])])]),
    ]
    out = bytearray(FBX_MAGIC + struct.pack("<I", FBX_VERSION))
    for name, props, children in nodes:
        out += _fbx_node(len(out), name, props, children)
    out += _NULL_RECORD
    out += _FBX_FOOTER_ID + b"\x00" * 4
    out += b"\x00" * (-len(out) % 16)
    out += struct.pack("<I", FBX_VERSION) + b"\x00" * 120 + _FBX_FOOTER_MAGIC
    return bytes(out)
