"""``compile_schema``: any JSON Schema 2020-12 -> a ``Validator``, without writing files.

>>> v = compile_schema({"type": "object", "required": ["a"]})
>>> v.is_valid({"a": 1}), [str(e) for e in v.validate({})]
(True, ["a: required property 'a' is missing"])
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .base import Options
from .checks import Checker
from .errors import UnsupportedSchema
from .module import ModuleParts, standalone_source
from .resources import Index, Registry

DEFAULT_URI = "urn:x-compiled:schema"
FORMAT_MODES = ("annotate", "assert")
UNKNOWN_MODES = ("annotate", "refuse")


class Validator:
    """A compiled schema. ``validate(x)`` lists every error (empty when valid), ``is_valid(x)`` only
    answers yes or no (faster), ``check(x)`` keeps advisory warnings apart; ``source`` is the
    standalone module (what ``compile -o`` writes, before formatting) and ``warnings`` what the
    compiler ignored (unknown keywords and formats are annotations)."""

    def __init__(self, source: str, warnings: list[str], name: str) -> None:
        self.source = source
        self.warnings = warnings
        self.module = types.ModuleType(f"compiled_{name}")
        code = compile(source, f"<compiled {name}>", "exec")
        exec(code, self.module.__dict__)  # noqa: S102 - the compiler's own output; schema text only as literals

    def validate(self, instance: object) -> list[Any]:
        result: list[Any] = self.module.validate(instance)
        return result

    def is_valid(self, instance: object) -> bool:
        return bool(self.module.is_valid(instance))

    def check(self, instance: object) -> Any:
        return self.module.check(instance)


def build(schema: Any, **options: Any) -> tuple[ModuleParts, list[str], Any]:
    """Check and compile; returns the module parts, the warnings and the compiled (root) schema."""
    try:
        return _build(schema, **options)
    except RecursionError:
        raise UnsupportedSchema("", "", "the schema is nested too deeply to compile") from None


def _build(schema: Any, *, pointer: str = "", uri: str | None = None, ref_dir: str | Path | None = None,
           base_uri: str | None = None, registry: Mapping[str, Any] | None = None, formats: str = "annotate",
           unknown_keywords: str = "annotate", name: str = "schema") -> tuple[ModuleParts, list[str], Any]:
    if formats not in FORMAT_MODES:
        raise ValueError(f"formats must be one of {FORMAT_MODES}, not {formats!r}")
    if unknown_keywords not in UNKNOWN_MODES:
        raise ValueError(f"unknown_keywords must be one of {UNKNOWN_MODES}, not {unknown_keywords!r}")
    directories: dict[str, Path] = {}
    if ref_dir is not None:
        directory = Path(ref_dir)
        prefix = base_uri if base_uri is not None else directory.resolve().as_uri() + "/"
        directories[prefix] = directory
    elif base_uri is not None:
        raise ValueError("base_uri names the URI that ref_dir stands for: give ref_dir too")
    doc_uri = uri or DEFAULT_URI
    index = Index(Registry(registry, directories))
    index.main = doc_uri
    checker = Checker(index, refuse_unknown=unknown_keywords == "refuse")
    checker.meta(doc_uri, schema, "")
    index.add_document(doc_uri, schema, label=name)
    root = (doc_uri, pointer)
    try:
        node = index.node(root)
    except LookupError as exc:
        raise UnsupportedSchema(pointer, "", f"the pointer {pointer!r} does not exist in the document: {exc}") from None
    index.base(root)
    warnings = checker.run()
    parts = ModuleParts(Options(assert_formats=formats == "assert"))
    em = parts.emitter(index)
    parts.add_validator(em, root, "validate", "Every error in ``payload`` (empty when valid).", "is_valid")
    parts.add_advisories(em, root, node, "_advisories")
    em.check_cycles()
    return parts, warnings + [w for w in checker.run() if w not in warnings], node


def compile_schema(schema: Any, *, pointer: str = "", uri: str | None = None, ref_dir: str | Path | None = None,
                   base_uri: str | None = None, registry: Mapping[str, Any] | None = None,
                   formats: str = "annotate", unknown_keywords: str = "annotate", name: str = "schema") -> Validator:
    """Compile ``schema`` (the subschema at ``pointer`` when given; refs resolve in the whole document).

    ``uri``: the document's base URI (default: its ``$id``, else a ``urn:``). Other documents come
    from ``registry`` (URI -> document) and from ``ref_dir``, the directory that ``base_uri`` (default:
    the directory's own ``file:`` URI) stands for; nothing is fetched over the network. ``formats``:
    "annotate" (the 2020-12 default) or "assert". ``unknown_keywords``: "annotate" (reported in
    ``warnings``) or "refuse". Raises ``UnsupportedSchema`` naming the JSON pointer of the problem.
    """
    parts, warnings, node = build(schema, pointer=pointer, uri=uri, ref_dir=ref_dir, base_uri=base_uri,
                                  registry=registry, formats=formats, unknown_keywords=unknown_keywords, name=name)
    title = node.get("title", "") if isinstance(node, dict) else ""
    source = standalone_source(parts, title=title if isinstance(title, str) else "", source_name=name)
    return Validator(source, warnings, name)
