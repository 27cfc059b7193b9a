"""Compiles whole documents (a request, a response, advisories) into module-level source parts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .checks import check_schema
from .emit import PathExpr, SchemaCompiler
from .literals import py_literal
from .writer import Constants, Names, Writer


@dataclass
class ModuleParts:
    constants: Constants = field(default_factory=Constants)
    names: Names = field(default_factory=Names)
    functions: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    runtime_names: set[str] = field(default_factory=set)

    def add_validator(self, schema: Any, entry: str, doc: str) -> SchemaCompiler:
        """``entry(payload) -> list[ValidationError]`` for ``schema`` (checked first)."""
        check_schema(schema)
        sc = SchemaCompiler(schema, self.constants, self.names)
        w = Writer(1)
        w.line(f'"""{doc}"""')
        w.line("errs: list[ValidationError] = []")
        w.line("v: Any = payload")
        sc.node(schema, "", "v", PathExpr(None, ()), w)
        w.line("return errs")
        self.entries.append(f"def {entry}(payload: object) -> list[ValidationError]:\n{w.text()}")
        self._collect(sc)
        return sc

    def add_advisories(self, schema: Any, sc: SchemaCompiler, entry: str) -> None:
        """``entry(payload) -> list[ValidationWarning]`` from the root ``x-advisories`` list."""
        advisories = schema.get("x-advisories", []) if isinstance(schema, dict) else []
        w = Writer(1)
        w.line("warns: list[ValidationWarning] = []")
        for i, adv in enumerate(advisories):
            fn = sc.function(adv["when"], f"/x-advisories/{i}/when")
            parts = tuple(p for p in str(adv.get("path", "")).split(".") if p)
            with w.block(f"if _ok({fn}, payload):"):
                w.line(
                    f"warns.append(ValidationWarning({py_literal('.'.join(parts))}, {py_literal(adv['id'])}, "
                    f"{py_literal(adv.get('message', adv['id']))}, _value_at(payload, {py_literal(parts)}), "
                    f"None, {py_literal(f'/x-advisories/{i}')}))"
                )
        w.line("return warns")
        self.entries.append(f"def {entry}(payload: object) -> list[ValidationWarning]:\n{w.text()}")
        self._collect(sc)

    def _collect(self, sc: SchemaCompiler) -> None:
        for fn in sc.functions:
            if fn not in self.functions:
                self.functions.append(fn)
        sc.functions.clear()
        self.runtime_names |= sc.runtime_names

    def imports(self, module: str) -> list[str]:
        """``from <runtime>.<module> import ...`` lines the emitted code needs."""
        from . import runtime_index

        wanted = sorted(self.runtime_names - {"re"})
        by_module: dict[str, list[str]] = {}
        for name in wanted:
            by_module.setdefault(runtime_index.MODULE_OF[name], []).append(name)
        return [f"from {module}.{mod} import {', '.join(names)}" for mod, names in sorted(by_module.items())]
