"""Reading a source (a file path or an http(s) URL) into text; every failure is a PageError.

A source is a Markdown docs page or a JSON document (a published schema.json, a schema bundle):
:func:`is_json` tells them apart by their content, never by their name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx

from ..spec.errors import SpecError
from ..spec.yamlsource import MAX_BYTES, read_text
from .errors import DocumentError, PageError

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


def is_json(text: str) -> bool:
    """A JSON object or array (after any whitespace and byte-order mark), not Markdown: no docs
    page starts with ``{`` or ``[`` (front matter, a heading or prose come first)."""
    return text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DocumentError("", f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise DocumentError("", f"{name} is not a JSON number")


def parse_json(text: str) -> Any:
    """``text`` as JSON: exact integers, no NaN/Infinity, no duplicate keys; a DocumentError naming
    the line and column otherwise."""
    try:
        return json.loads(text.lstrip("\ufeff"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DocumentError("", f"not valid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from None
    except RecursionError:
        raise DocumentError("", "nested too deeply to be a schema") from None
    except ValueError as exc:  # an integer of more digits than Python converts
        raise DocumentError("", f"not usable JSON: {exc}") from None
