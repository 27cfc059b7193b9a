"""Refuses, before any code is emitted, what the compiler cannot check exactly, and lists what it
ignores: every document is checked against the 2020-12 meta-schema, every ``$ref`` must resolve,
every ``pattern`` must be ECMA-262 that Python can run; an unknown keyword is an annotation (as the
specification says), reported as a warning, or refused when asked to."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from .errors import UnsupportedSchema
from .patterns import RegexSyntaxError, UntranslatablePattern, translate
from .pointers import escape
from .resources import Index, Loc
from .vocabulary import EXTENSION_PREFIX, FORMATS, SUPPORTED

_META = Draft202012Validator(Draft202012Validator.META_SCHEMA)


class Checker:
    """Checks every schema object the index knows, including documents loaded along the way."""

    def __init__(self, index: Index, *, refuse_unknown: bool) -> None:
        self.index = index
        self.refuse_unknown = refuse_unknown
        self.warnings: list[str] = []
        self.checked: set[Loc] = set()
        index.on_document = self.meta

    def meta(self, doc_uri: str, node: Any, ptr: str) -> None:
        """``node`` (a whole document or a subtree reached by pointer) is valid 2020-12."""
        error = best_match(_META.iter_errors(node))
        if error is None:
            return
        parts = list(error.absolute_path)
        where = self.index.display((doc_uri, ptr + "".join(f"/{escape(str(p))}" for p in parts)))
        keyword = parts[-1] if parts and isinstance(parts[-1], str) else str(error.validator)
        raise UnsupportedSchema(where, keyword,
                                f"not a valid JSON Schema 2020-12 document: {error.message}")

    def run(self) -> list[str]:
        while True:
            pending = [loc for loc in self.index.base_of if loc not in self.checked]
            if not pending:
                return self.warnings
            for loc in pending:
                self.checked.add(loc)
                self.node(loc)

    def node(self, loc: Loc) -> None:
        s = self.index.node(loc)
        if not isinstance(s, dict):
            return
        where = self.index.display(loc)
        for key, value in s.items():
            at = f"{where}/{escape(key)}"
            if key.startswith(EXTENSION_PREFIX):
                if key == "x-advisories":
                    self._advisories(value, at, loc)
                continue
            if key not in SUPPORTED:
                if self.refuse_unknown:
                    raise UnsupportedSchema(at, key, f"unsupported keyword {key!r}")
                self.warnings.append(f"{at}: unknown keyword {key!r} is an annotation: nothing checks it")
                continue
            if key == "format" and value not in FORMATS:
                if self.refuse_unknown:
                    raise UnsupportedSchema(at, key, f"unsupported format {value!r} (supported: {', '.join(FORMATS)})")
                self.warnings.append(f"{at}: unknown format {value!r} is an annotation: nothing checks it")
            elif key == "pattern" and isinstance(value, str):
                self._pattern(value, at, key)
            elif key == "patternProperties" and isinstance(value, dict):
                for p in value:
                    self._pattern(p, f"{at}/{escape(p)}", key)
            elif key in ("$ref", "$dynamicRef") and isinstance(value, str):
                try:
                    self.index.resolve(value, loc)
                except LookupError as exc:
                    raise UnsupportedSchema(at, key, f"{key} {value!r} does not resolve: {exc}") from None

    def _pattern(self, pattern: str, at: str, keyword: str) -> None:
        try:
            translate(pattern)
        except RegexSyntaxError as exc:
            raise UnsupportedSchema(at, keyword, f"{pattern!r} is not an ECMA-262 regular expression: {exc}") from None
        except UntranslatablePattern as exc:
            raise UnsupportedSchema(at, keyword, f"{pattern!r} cannot be compiled exactly: {exc}") from None

    def _advisories(self, value: Any, at: str, loc: Loc) -> None:
        if not isinstance(value, list):
            raise UnsupportedSchema(at, "x-advisories", "x-advisories must be a list")
        for i, item in enumerate(value):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) or "when" not in item:
                raise UnsupportedSchema(f"{at}/{i}", "x-advisories", "each advisory needs an 'id' and a 'when' schema")
            self.index.base((loc[0], f"{loc[1]}/x-advisories/{i}/when"))
