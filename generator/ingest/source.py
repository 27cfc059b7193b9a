"""Reading a docs page (a file path or an http(s) URL) into text; every failure is a PageError."""

from __future__ import annotations

import re
from pathlib import Path

import httpx

from ..spec.errors import SpecError
from ..spec.yamlsource import MAX_BYTES, read_text
from .errors import PageError

_TOO_LARGE = f"larger than {MAX_BYTES // (1024 * 1024)} MiB: not a docs page"


def is_url(doc: str) -> bool:
    return re.match(r"^https?://", doc, re.IGNORECASE) is not None


def read_page(doc: str) -> str:
    """The page's text: fetched when ``doc`` is a URL, read from the file otherwise."""
    text = _fetch(doc) if is_url(doc) else _read_file(Path(doc))
    if "\x00" in text:
        raise PageError(text[:text.index("\x00")].count("\n") + 1, "holds NUL bytes: a binary file, not a docs page")
    return text


def _read_file(path: Path) -> str:
    try:
        return read_text(path, "a docs page")
    except SpecError as exc:
        raise PageError(exc.line, exc.message) from None


def _fetch(url: str) -> str:
    try:
        with httpx.stream("GET", url, timeout=30, follow_redirects=True) as response:
            if response.is_error:
                raise PageError(None, f"cannot fetch: HTTP {response.status_code} {response.reason_phrase}".rstrip())
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BYTES:
                    raise PageError(None, _TOO_LARGE)
            encoding = response.charset_encoding or "utf-8"
    except httpx.InvalidURL as exc:
        raise PageError(None, f"not a usable URL: {exc}") from None
    except httpx.HTTPError as exc:
        raise PageError(None, f"cannot fetch: {exc}") from None
    try:
        return bytes(body).decode(encoding)
    except LookupError:
        raise PageError(None, f"the server names an unknown charset {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise PageError(bytes(body[:exc.start]).count(b"\n") + 1,
                        f"not {encoding} text (byte 0x{body[exc.start]:02x} at offset {exc.start})") from None
