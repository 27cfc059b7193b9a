"""Bundling: every cross-file ``$ref`` becomes a ``#/$defs/<name>`` entry of the root document.

Each node of the result remembers where it came from (file and JSON pointer), so problems found
after bundling are still reported at the line a person would edit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import SpecError, shown_path
from .yamlsource import Document, escape

Origin = tuple[Document, str]


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(data: Any, pointer: str) -> Any:
    node = data
    for token in pointer.lstrip("/").split("/") if pointer else []:
        token = _unescape(token)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def beside(base: Path, file_part: str) -> tuple[Path, list[Path]]:
    """The file a ``$ref`` names, relative to the document holding it; (path, places tried)."""
    target = (base.parent / file_part).resolve()
    return target, [target]


class Bundler:
    """Bundles schemas rooted in one document; ``load`` reads (and caches) other documents, and
    ``locate`` finds the file a ``$ref`` names (with the places it looked, for the message)."""

    def __init__(self, load: Callable[[Path], Document],
                 locate: Callable[[Path, str], tuple[Path, list[Path]]] = beside) -> None:
        self.load = load
        self.locate = locate
        self.origins: dict[str, Origin] = {}
        self.defs: dict[str, Any] = {}
        self._names: dict[tuple[Path, str], str] = {}

    def bundle(self, doc: Document, pointer: str) -> dict[str, Any]:
        self.origins, self.defs, self._names = {}, {}, {}
        root = self._walk(resolve_pointer(doc.data, pointer), doc, pointer, "", doc)
        if not isinstance(root, dict):
            raise SpecError(doc.path, doc.line_of(pointer), pointer, "a schema here must be a mapping")
        if set(root) == {"$ref"} and root["$ref"].startswith("#/$defs/"):
            # A schema that is only a reference to a whole file: inline it as the root.
            name = root["$ref"].rsplit("/", 1)[1]
            inner = self.defs.pop(name)
            prefix = f"/$defs/{escape(name)}"
            self.origins = {("" if k == prefix else k[len(prefix):] if k.startswith(prefix + "/") else k): v
                            for k, v in self.origins.items()}
            root = dict(inner)
        if self.defs:
            merged = dict(root.get("$defs", {}))
            merged.update(self.defs)
            root = {**root, "$defs": merged}
        return root

    def _walk(self, node: Any, doc: Document, src: str, out: str, root_doc: Document) -> Any:
        self.origins[out] = (doc, src)
        if isinstance(node, list):
            return [self._walk(v, doc, f"{src}/{i}", f"{out}/{i}", root_doc) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            child_src, child_out = f"{src}/{escape(key)}", f"{out}/{escape(key)}"
            if key == "$ref" and isinstance(value, str):
                self.origins[child_out] = (doc, child_src)
                result[key] = self._ref(value, doc, child_src, root_doc)
            elif key.startswith("x-") or key in ("enum", "const", "default", "examples", "required"):
                self.origins[child_out] = (doc, child_src)
                self._record(value, doc, child_src, child_out)
                result[key] = value
            else:
                result[key] = self._walk(value, doc, child_src, child_out, root_doc)
        return result

    def _record(self, value: Any, doc: Document, src: str, out: str) -> None:
        self.origins[out] = (doc, src)
        if isinstance(value, dict):
            for k, v in value.items():
                self._record(v, doc, f"{src}/{escape(k)}", f"{out}/{escape(k)}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                self._record(v, doc, f"{src}/{i}", f"{out}/{i}")

    def _ref(self, ref: str, doc: Document, where: str, root_doc: Document) -> str:
        # Local refs are relative to the file, not to the schema being bundled: copy them too.
        file_part, _, fragment = ref.partition("#")
        target_path, tried = self.locate(doc.path, file_part) if file_part else (doc.path, [])
        try:
            target_doc = self.load(target_path)
        except SpecError as exc:
            if exc.line is not None:
                raise  # the target exists but is broken: report it where it is broken
            detail = f"{target_path.name}: {exc.message}"
            if exc.message == "file not found" and len(tried) > 1:
                detail = "neither " + " nor ".join(shown_path(p) for p in tried) + " exists"
            raise SpecError(doc.path, doc.line_of(where), where, f"$ref {ref!r} does not resolve: {detail}") from None
        try:
            target = resolve_pointer(target_doc.data, fragment)
        except KeyError as exc:
            raise SpecError(doc.path, doc.line_of(where), where,
                            f"$ref {ref!r} does not resolve: {target_path.name} has no {exc.args[0]!r} "
                            f"at {fragment or '/'}") from None
        key = (target_path, fragment)
        name = self._names.get(key)
        if name is None:
            base = _unescape(fragment.rsplit("/", 1)[-1]) if fragment else target_path.stem
            name, n = base, 2
            while name in self.defs:
                name, n = f"{base}{n}", n + 1
            self._names[key] = name
            self.defs[name] = None  # reserve the name before recursing (self-references)
            self.defs[name] = self._walk(target, target_doc, fragment, f"/$defs/{escape(name)}", root_doc)
        return f"#/$defs/{escape(name)}"
