"""Real images for the local server: JPG / PNG / WEBP at any size, the same bytes for the same seed."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

from .store import Bounded

MEDIA_TYPES = {"JPG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
# Pillow's codec names for our output formats.
_CODECS = {"JPG": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
MAX_PIXELS = 4096 * 4096
# Recently made images, so the same request twice costs one encoding (bounded by bytes too).
_CACHE: Bounded[tuple[int, int, int, str, int], bytes] = Bounded(64, 64 * 1024 * 1024)


def render(seed: int, width: int, height: int, fmt: str = "JPG", quality: int = 95) -> bytes:
    """An image that depends only on its arguments: a smooth colour field with a few shapes.

    Integral floats (``1024.0``, valid JSON Schema integers) are taken as the integers they are.
    """
    seed, width, height, quality = (_integer(name, value) for name, value in (
        ("seed", seed), ("width", width), ("height", height), ("quality", quality)))
    if fmt not in _CODECS:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(_CODECS)}")
    if width < 1 or height < 1 or width * height > MAX_PIXELS:
        raise ValueError(f"cannot render {width}x{height}")
    if not 1 <= quality <= 100:
        raise ValueError(f"quality must be 1..100, found {quality}")
    key = (seed, width, height, fmt, quality)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _render(seed, width, height, fmt, quality)
        _CACHE.put(key, cached, len(cached))
    return cached


def _integer(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(f"{name} must be an integer, found {value!r}")
    return int(value)


def _render(seed: int, width: int, height: int, fmt: str, quality: int) -> bytes:
    rng = random.Random(seed)
    # Upscaling a tiny random image gives a smooth field fast, whatever the output size.
    tiny = Image.new("RGB", (4, 4))
    tiny.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(16)])
    image = tiny.resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(3):
        x, y = rng.randrange(width), rng.randrange(height)
        r = max(1, min(width, height) // rng.randint(4, 10))
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, "PNG", compress_level=1)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=quality, method=0)  # the fastest encoder: 3x at 4K
    else:
        image.save(out, _CODECS[fmt], quality=quality)
    return out.getvalue()
