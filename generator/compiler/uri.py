"""URI references as RFC 3986 section 5 resolves them (``urljoin`` mishandles ``urn:`` and ``tag:``)."""

from __future__ import annotations

import re
from typing import NamedTuple

_SPLIT = re.compile(r"^(?:([A-Za-z][A-Za-z0-9+.\-]*):)?(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.DOTALL)


class Parts(NamedTuple):
    scheme: str | None
    authority: str | None
    path: str
    query: str | None
    fragment: str | None


def split(uri: str) -> Parts:
    m = _SPLIT.match(uri)
    assert m is not None  # the expression matches every string
    return Parts(*m.groups())


def unsplit(p: Parts) -> str:
    out = ""
    if p.scheme is not None:
        out += p.scheme + ":"
    if p.authority is not None:
        out += "//" + p.authority
    out += p.path
    if p.query is not None:
        out += "?" + p.query
    if p.fragment is not None:
        out += "#" + p.fragment
    return out


def _remove_dot_segments(path: str) -> str:
    out: list[str] = []
    while path:
        if path.startswith("../"):
            path = path[3:]
        elif path.startswith(("./", "/./")):
            path = path[2:]
        elif path == "/.":
            path = "/"
        elif path.startswith("/../"):
            path = path[3:]
            if out:
                out.pop()
        elif path == "/..":
            path = "/"
            if out:
                out.pop()
        elif path in (".", ".."):
            path = ""
        else:
            start = 1 if path.startswith("/") else 0
            end = path.find("/", start)
            end = len(path) if end < 0 else end
            out.append(path[:end])
            path = path[end:]
    return "".join(out)


def resolve(base: str, ref: str) -> str:
    """The target URI of ``ref`` relative to the absolute URI ``base`` (RFC 3986 5.2.2)."""
    r = split(ref)
    if r.scheme is not None:
        return unsplit(r._replace(path=_remove_dot_segments(r.path)))
    b = split(base)
    if r.authority is not None:
        return unsplit(Parts(b.scheme, r.authority, _remove_dot_segments(r.path), r.query, r.fragment))
    if r.path == "":
        return unsplit(Parts(b.scheme, b.authority, b.path, r.query if r.query is not None else b.query,
                             r.fragment))
    if r.path.startswith("/"):
        path = _remove_dot_segments(r.path)
    else:
        if b.authority is not None and b.path == "":
            merged = "/" + r.path
        else:
            cut = b.path.rfind("/")
            merged = b.path[: cut + 1] + r.path if cut >= 0 else r.path
        path = _remove_dot_segments(merged)
    return unsplit(Parts(b.scheme, b.authority, path, r.query, r.fragment))


def defrag(uri: str) -> tuple[str, str]:
    """``(uri without fragment, fragment)``; an empty fragment and no fragment are the same."""
    head, _, frag = uri.partition("#")
    return head, frag


def is_absolute(uri: str) -> bool:
    return split(uri).scheme is not None
