"""Real images for the local server: JPG / PNG / WEBP at any size, the same bytes for the same seed."""

from __future__ import annotations

import functools
import io
import random

from PIL import Image, ImageDraw

MEDIA_TYPES = {"JPG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
# Pillow's codec names for our output formats.
_CODECS = {"JPG": "JPEG", "PNG": "PNG", "WEBP": "WEBP"}
MAX_PIXELS = 4096 * 4096


@functools.lru_cache(maxsize=64)
def render(seed: int, width: int, height: int, fmt: str = "JPG", quality: int = 95) -> bytes:
    """An image that depends only on its arguments: a smooth colour field with a few shapes."""
    if fmt not in _CODECS:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(_CODECS)}")
    if width < 1 or height < 1 or width * height > MAX_PIXELS:
        raise ValueError(f"cannot render {width}x{height}")
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
    else:
        image.save(out, _CODECS[fmt], quality=quality)
    return out.getvalue()
