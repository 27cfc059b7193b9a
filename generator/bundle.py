"""Bundling: cross-file $refs become #/$defs/<name> entries of the root document."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))

def _pointer(doc: Any, frag: str) -> Any:
    if not frag:
        return doc
    for part in frag.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc

def bundle(schema: Any, base: Path) -> dict[str, Any]:
    defs: dict[str, Any] = {}
    names: dict[tuple[str, str], str] = {}
    def walk(node: Any, here: Path, local_doc: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == "$ref" and isinstance(v, str):
                    file, _, frag = v.partition("#")
                    target_path = (here.parent / file).resolve() if file else here
                    key = (str(target_path), frag)
                    if file == "" and here == base:
                        out[k] = v
                        continue
                    if key not in names:
                        name = frag.rsplit("/", 1)[-1] if frag else target_path.stem
                        n, i = name, 2
                        while n in defs:
                            n = f"{name}{i}"; i += 1
                        names[key] = n
                        doc = _load(target_path)
                        defs[n] = None
                        defs[n] = walk(copy.deepcopy(_pointer(doc, frag)), target_path, doc)
                    out[k] = f"#/$defs/{names[key]}"
                else:
                    out[k] = walk(v, here, local_doc)
            return out
        if isinstance(node, list):
            return [walk(v, here, local_doc) for v in node]
        return node
    root = walk(schema, base, schema)
    if defs:
        root.setdefault("$defs", {}).update(defs)
    return root
