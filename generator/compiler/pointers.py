"""JSON pointers (RFC 6901) into schema documents."""

from __future__ import annotations

from typing import Any


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(root: Any, ref: str) -> Any:
    """The node a local ``#/...`` reference points at; LookupError naming the missing part."""
    fragment = ref.removeprefix("#")
    node = root
    if not fragment:
        return node
    if not fragment.startswith("/"):
        raise LookupError(f"{ref!r} is not a JSON pointer")
    for raw in fragment[1:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise LookupError(f"no {token!r} there")
    return node
