"""JSON pointers (RFC 6901): escaping a reference token."""

from __future__ import annotations


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
