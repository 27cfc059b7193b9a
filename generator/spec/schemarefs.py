"""Following local ``$ref``s in a bundled schema, for the generators that read schemas as data."""

from __future__ import annotations

from typing import Any


def resolve(root: Any, node: Any, *, limit: int = 50) -> Any:
    """``node`` with its ``$ref`` chain followed; sibling keywords override the target's."""
    for _ in range(limit):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        target: Any = root
        for token in node["$ref"].lstrip("#/").split("/") if node["$ref"] != "#" else []:
            target = target[token.replace("~1", "/").replace("~0", "~")]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if isinstance(target, dict) else target
    return node
