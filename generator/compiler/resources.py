"""Schema documents, the resources and anchors inside them, and ``$ref`` resolution.

A location is ``(document URI, JSON pointer)``. Every schema object reachable through the
subschema keywords is indexed with its base URI (``$id`` resolved against its parent's), the
resource it belongs to, and the ``$anchor`` / ``$dynamicAnchor`` names it defines. Documents other
than the one being compiled come from a ``Registry``: in-memory documents, a directory standing
for a URI prefix, and the 2020-12 meta-schemas. Nothing is fetched over the network.
"""

from __future__ import annotations

import functools
import json
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..runtime.payloads import UnusableInput, read_json
from . import uri as uris
from .errors import UnsupportedSchema
from .pointers import escape
from .vocabulary import (
    DRAFT_2020_12,
    SUBSCHEMA_LIST,
    SUBSCHEMA_MAP,
    SUBSCHEMA_SINGLE,
    VOCABULARIES,
    VOCABULARY_URI,
)

Loc = tuple[str, str]
Dyn = tuple[tuple[str, Loc], ...]

KNOWN_VOCABULARIES = frozenset(VOCABULARIES) | {"format-assertion"}
DEFAULT_VOCABULARIES = frozenset(VOCABULARIES)  # what the 2020-12 meta-schema declares
_OTHER_DRAFTS = ("http://json-schema.org/draft-", "https://json-schema.org/draft/2019-09/",
                 "https://json-schema.org/draft-0")


class Registry:
    """Where referenced documents come from, by URI (no fragment): given, read, or built in."""

    def __init__(self, documents: Mapping[str, Any] | None = None,
                 directories: Mapping[str, Path] | None = None) -> None:
        self.documents = {uris.defrag(k)[0]: v for k, v in (documents or {}).items()}
        self.directories = {prefix: Path(d) for prefix, d in (directories or {}).items()}

    def get(self, uri: str) -> Any:
        """The document at ``uri``; LookupError saying where it was looked for."""
        if uri in self.documents:
            return self.documents[uri]
        for prefix, directory in sorted(self.directories.items(), key=lambda kv: -len(kv[0])):
            if uri.startswith(prefix):
                rel = urllib.parse.unquote(uri[len(prefix):])
                path = (directory / rel).resolve()
                root = directory.resolve()
                if root != path and root not in path.parents:
                    raise LookupError(f"{uri} points outside {directory}")
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    raise LookupError(f"no document {rel!r} in {directory} ({exc.strerror or exc})") from None
                try:
                    doc = read_json(str(path), data)
                except UnusableInput as exc:
                    raise LookupError(str(exc)) from None
                self.documents[uri] = doc
                return doc
        builtin = _metaschemas().get(uri)
        if builtin is not None:
            return builtin
        where = ", ".join(f"{p} -> {d}" for p, d in self.directories.items()) or "none given"
        raise LookupError(f"no document for {uri} in the registry (directories: {where}; "
                          "remote references are never fetched)")


@functools.lru_cache(maxsize=1)
def _metaschemas() -> dict[str, Any]:
    try:
        from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]  # offline copies
    except ImportError:  # pragma: no cover - installed with jsonschema
        return {}
    return {u: REGISTRY.get(u).contents for u in REGISTRY if "/draft/2020-12/" in u}


@dataclass
class Resource:
    loc: Loc
    vocabularies: frozenset[str]


@dataclass
class Index:
    registry: Registry
    on_document: Callable[[str, Any, str], None] | None = None  # (uri, node, pointer): a new tree
    docs: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # how messages name each document
    resources: dict[str, Resource] = field(default_factory=dict)
    anchors: dict[tuple[str, str], Loc] = field(default_factory=dict)
    dynamic_anchors: dict[tuple[str, str], Loc] = field(default_factory=dict)
    base_of: dict[Loc, str] = field(default_factory=dict)
    resource_of: dict[Loc, str] = field(default_factory=dict)
    main: str = ""

    # -- building ---------------------------------------------------------------------------
    def add_document(self, uri: str, doc: Any, label: str | None = None) -> None:
        self.docs[uri] = doc
        self.labels[uri] = label if label is not None else uri
        self._walk(uri, "", doc, uri, None, None)

    def _walk(self, doc_uri: str, ptr: str, node: Any, base: str, resource: str | None,
              vocab: frozenset[str] | None) -> None:
        if not isinstance(node, dict):
            if resource is None:
                self._add_resource(base, (doc_uri, ptr), DEFAULT_VOCABULARIES)
                resource = base
            self.resource_of[(doc_uri, ptr)] = resource
            self.base_of[(doc_uri, ptr)] = base
            return
        loc = (doc_uri, ptr)
        if loc in self.base_of:
            return
        own_id = node.get("$id")
        if isinstance(own_id, str):
            base = uris.defrag(uris.resolve(base, own_id))[0]
        if resource is None or isinstance(own_id, str):
            vocab = self._vocabularies(node, loc, vocab)
            resource = base
            self._add_resource(base, loc, vocab)
        assert vocab is not None
        self.base_of[loc] = base
        self.resource_of[loc] = resource
        for key, table in (("$anchor", self.anchors), ("$dynamicAnchor", self.dynamic_anchors)):
            name = node.get(key)
            if isinstance(name, str):
                self.anchors.setdefault((resource, name), loc)
                table[(resource, name)] = loc
        for key, sub in node.items():
            where = f"{ptr}/{escape(key)}"
            if key in SUBSCHEMA_SINGLE:
                self._walk(doc_uri, where, sub, base, resource, vocab)
            elif key in SUBSCHEMA_LIST and isinstance(sub, list):
                for i, item in enumerate(sub):
                    self._walk(doc_uri, f"{where}/{i}", item, base, resource, vocab)
            elif key in SUBSCHEMA_MAP and isinstance(sub, dict):
                for name, item in sub.items():
                    if isinstance(item, (dict, bool)):  # ``dependencies`` also holds name lists
                        self._walk(doc_uri, f"{where}/{escape(name)}", item, base, resource, vocab)

    def _add_resource(self, uri: str, loc: Loc, vocab: frozenset[str]) -> None:
        existing = self.resources.get(uri)
        if existing is not None and existing.loc != loc:
            if _same_json(self.node(existing.loc), self.node(loc)):
                return  # the same schema published twice under one $id
            raise UnsupportedSchema(self.display(loc) + "/$id", "$id",
                                    f"two different schemas have the $id {uri!r} "
                                    f"(the other is at {self.display(existing.loc)})")
        self.resources[uri] = Resource(loc, vocab)

    def _vocabularies(self, node: dict[str, Any], loc: Loc, inherited: frozenset[str] | None) -> frozenset[str]:
        meta = node.get("$schema")
        if not isinstance(meta, str) or uris.defrag(meta)[0] == DRAFT_2020_12:
            return inherited if (inherited is not None and not isinstance(meta, str)) else DEFAULT_VOCABULARIES
        where = self.display(loc) + "/$schema"
        if meta.startswith(_OTHER_DRAFTS):
            raise UnsupportedSchema(where, "$schema", f"{meta!r} is not JSON Schema 2020-12 "
                                    "(only 2020-12 documents are compiled)")
        try:
            doc = self.registry.get(uris.defrag(meta)[0])
        except LookupError as exc:
            raise UnsupportedSchema(where, "$schema", f"unknown meta-schema {meta!r}: {exc}") from None
        declared = doc.get("$vocabulary") if isinstance(doc, dict) else None
        if not isinstance(declared, dict):
            return DEFAULT_VOCABULARIES
        out = {"core"}
        for vocab_uri, required in declared.items():
            name = vocab_uri[len(VOCABULARY_URI):] if vocab_uri.startswith(VOCABULARY_URI) else None
            if name in KNOWN_VOCABULARIES:
                out.add(name)
            elif required is True:
                raise UnsupportedSchema(where, "$schema", f"the meta-schema requires the vocabulary "
                                        f"{vocab_uri!r}, which this compiler does not know")
        return frozenset(out)

    # -- queries ----------------------------------------------------------------------------
    def node(self, loc: Loc) -> Any:
        doc_uri, ptr = loc
        node = self.docs[doc_uri]
        for raw in ptr.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node) and (
                    token == "0" or not token.startswith("0")):
                node = node[int(token)]
            else:
                raise LookupError(f"no {token!r} there")
        return node

    def display(self, loc: Loc) -> str:
        """How an error names a location: a JSON pointer in the main document, else ``uri#pointer``."""
        doc_uri, ptr = loc
        if doc_uri == self.main:
            return ptr
        return f"{self.labels.get(doc_uri, doc_uri)}#{ptr}"

    def base(self, loc: Loc) -> str:
        if loc not in self.base_of:
            self._adopt(loc)
        return self.base_of[loc]

    def vocabularies(self, loc: Loc) -> frozenset[str]:
        if loc not in self.resource_of:
            self._adopt(loc)
        return self.resources[self.resource_of[loc]].vocabularies

    def is_resource_root(self, loc: Loc) -> bool:
        res = self.resources.get(self.resource_of.get(loc, ""))
        return res is not None and res.loc == loc

    def dynamic_names(self, loc: Loc) -> list[tuple[str, Loc]]:
        """The ``$dynamicAnchor`` names the resource rooted at ``loc`` defines."""
        uri = self.resource_of[loc]
        return sorted((name, target) for (res, name), target in self.dynamic_anchors.items() if res == uri)

    def _adopt(self, loc: Loc) -> None:
        """Index a schema reached only by a JSON pointer (inside an unknown keyword, say)."""
        doc_uri, ptr = loc
        parent = ptr
        while parent and (doc_uri, parent) not in self.base_of:
            parent = parent.rsplit("/", 1)[0]
        anchor = (doc_uri, parent)
        if anchor not in self.base_of:
            self._walk(doc_uri, "", self.docs[doc_uri], doc_uri, None, None)
        base = self.base_of[anchor]
        resource = self.resource_of[anchor]
        vocab = self.resources[resource].vocabularies
        self._walk(doc_uri, ptr, self.node(loc), base, resource, vocab)
        if self.on_document is not None:
            self.on_document(doc_uri, self.node(loc), ptr)

    def resolve(self, ref: str, at: Loc) -> tuple[Loc, str]:
        """Where ``ref`` (written at ``at``) points, and the absolute URI it resolved to."""
        target = uris.resolve(self.base(at), ref)
        head, frag = uris.defrag(target)
        resource = self._resource(head)
        frag = urllib.parse.unquote(frag)
        if frag == "":
            return resource.loc, target
        if frag.startswith("/"):
            loc = (resource.loc[0], resource.loc[1] + frag)
            try:
                self.node(loc)
            except LookupError as exc:
                raise LookupError(f"{target} does not resolve: {exc}") from None
            return loc, target
        found = self.anchors.get((head, frag))
        if found is None:
            raise LookupError(f"no $anchor or $dynamicAnchor {frag!r} in {head}")
        return found, target

    def _resource(self, head: str) -> Resource:
        res = self.resources.get(head)
        if res is not None:
            return res
        doc = self.registry.get(head)
        self.add_document(head, doc)
        if self.on_document is not None:
            self.on_document(head, doc, "")
        res = self.resources.get(head)
        if res is None:  # the document's own $id differs from where it was found
            root = self.resources[self.resource_of[(head, "")]]
            self.resources[head] = root
            res = root
        return res


def _same_json(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
