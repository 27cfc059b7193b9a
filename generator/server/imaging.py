"""Real images for the local server: JPG / PNG / WEBP at any size, the same bytes for the same seed;
upscaled copies of an input image, and images with a transparent background."""

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


def encode(image: Image.Image, fmt: str, quality: int = 95) -> bytes:
    """``image`` as a ``fmt`` file (JPG drops an alpha channel onto white)."""
    if fmt not in _CODECS:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {', '.join(_CODECS)}")
    if fmt == "JPG" and image.mode != "RGB":
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A") if "A" in image.getbands() else None)
        image = flat
    out = io.BytesIO()
    if fmt == "PNG":
        image.save(out, "PNG", compress_level=1)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=quality, method=0)  # the fastest encoder: 3x at 4K
    else:
        image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def render_cutout(seed: int, width: int, height: int, fmt: str = "PNG", quality: int = 95) -> bytes:
    """Shapes on a transparent background (as background removal leaves them), where the format
    keeps alpha (PNG, WEBP); on white in a JPG."""
    from .media import frame

    if width < 1 or height < 1 or width * height > MAX_PIXELS:
        raise ValueError(f"cannot render {width}x{height}")
    return encode(frame(seed, width, height, alpha=True), fmt, quality)


def upscale(data: bytes, factor: float, fmt: str, quality: int = 95) -> bytes | None:
    """The image in ``data`` scaled by ``factor`` (Lanczos); None when it is not a readable image.

    The size is read from the header first: an image whose upscaled size exceeds ``MAX_PIXELS``
    is refused (ValueError) before anything is decoded.
    """
    from runware_bindings._runtime.media import image_size

    size = image_size(data)
    if size is None:
        return None
    width, height = (max(1, round(n * factor)) for n in size)
    if width * height > MAX_PIXELS or size[0] * size[1] > MAX_PIXELS:
        raise ValueError(f"upscaling {size[0]}x{size[1]} by {factor:g} gives {width}x{height}, "
                         f"more than this server makes ({MAX_PIXELS} pixels)")
    try:
        with Image.open(io.BytesIO(data)) as source:
            source.load()
            image = source.convert("RGBA" if "A" in source.getbands() else "RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    return encode(image.resize((width, height), Image.Resampling.LANCZOS), fmt, quality)


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
    return encode(image, fmt, quality)
