"""Compiles whole documents (a request, a response, advisories) into module-level source parts,
and assembles a standalone module from them (no templating: the compiler needs none)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import constraints as x_constraints
from . import runtime_index
from .emit import Emitter, Options, PathExpr
from .literals import docstring, py_literal
from .resources import Dyn, Index, Loc
from .writer import Constants, Names, Writer

ENTRY: tuple[Loc, Dyn] = (("", ""), ())  # the caller of an entry point: not a schema

VALUE_AT = '''def _value_at(payload: object, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if type(payload) is not dict:
            return None
        payload = payload.get(part)
    return payload
'''


@dataclass
class ModuleParts:
    opts: Options = field(default_factory=Options)
    constants: Constants = field(default_factory=Constants)
    names: Names = field(default_factory=Names)
    functions: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    runtime_names: set[str] = field(default_factory=set)

    def emitter(self, index: Index) -> Emitter:
        return Emitter(index, self.constants, self.names, self.opts)

    def add_validator(self, em: Emitter, root: Loc, entry: str, doc: str, bool_entry: str | None = None,
                      *, constraints: bool = False) -> None:
        """``entry(payload) -> list[ValidationError]`` (and ``bool_entry(payload) -> bool``) for ``root``;
        with ``constraints``, the root's ``x-constraints`` that the payload decides are checked too
        (a model's request: see ``constraints.py``)."""
        em.frames = [((root, ()), 0)]
        w = Writer(1)
        w.line(docstring(doc, "    "))
        w.line("errs: list[ValidationError] = []")
        w.line("v: Any = payload")
        em.node_e(root, (), "v", PathExpr(None, ()), w)
        node = em.index.node(root)
        if constraints:
            x_constraints.emit_errors(node, w, em.rt)
        w.line("return errs")
        self.entries.append(f"def {entry}(payload: object) -> list[ValidationError]:\n{w.text()}")
        if bool_entry is not None:
            em.frames = [(ENTRY, 0)]
            fn = em.call("b", root, (), em.index.display(root))
            holds = x_constraints.bool_test(node) if constraints else None
            if holds is not None:
                self.functions.append(holds)
                fn = f"_constraints_hold(payload) and {fn}"
            self.entries.append(
                f"def {bool_entry}(payload: object) -> bool:\n"
                f'    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""\n'
                f"    try:\n        return {fn}(payload)\n"
                f"    except RecursionError:\n        return False\n")
        self.collect(em)

    def add_advisories(self, em: Emitter, root: Loc, schema: Any, entry: str) -> None:
        """``entry(payload) -> list[ValidationWarning]`` from the root ``x-advisories`` list."""
        advisories = schema.get("x-advisories", []) if isinstance(schema, dict) else []
        em.frames = [(ENTRY, 0)]
        w = Writer(1)
        w.line("warns: list[ValidationWarning] = []")
        if advisories:
            w.line("v: Any = payload")
        for i, adv in enumerate(advisories if isinstance(advisories, list) else []):
            when = (root[0], f"{root[1]}/x-advisories/{i}/when")
            test = em.pred(when, (), "v")
            parts = tuple(p for p in str(adv.get("path", "")).split(".") if p)
            with w.block("try:"):
                w.line(f"hit = {test}")
            with w.block("except RecursionError:"):
                w.line("hit = False")
            with w.block("if hit:"):
                w.line(
                    f"warns.append(ValidationWarning({py_literal('.'.join(parts))}, {py_literal(adv['id'])}, "
                    f"{py_literal(adv.get('message', adv['id']))}, _value_at(payload, {py_literal(parts)}), "
                    f"None, {py_literal(f'/x-advisories/{i}')}))"
                )
        w.line("return warns")
        self.entries.append(f"def {entry}(payload: object) -> list[ValidationWarning]:\n{w.text()}")
        if advisories and VALUE_AT not in self.functions:
            self.functions.append(VALUE_AT)
        self.collect(em)

    def collect(self, em: Emitter) -> None:
        for fn in em.functions:
            if fn not in self.functions:
                self.functions.append(fn)
        em.functions.clear()
        self.runtime_names |= em.runtime_names

    def imports(self, package: str) -> list[str]:
        """``from <package>.<module> import ...`` lines the emitted code needs."""
        wanted = sorted(self.runtime_names - {"re"})
        by_module: dict[str, list[str]] = {}
        for name in wanted:
            by_module.setdefault(runtime_index.MODULE_OF[name], []).append(name)
        return [f"from {package}.{mod} import {', '.join(names)}" for mod, names in sorted(by_module.items())]


def standalone_source(parts: ModuleParts, *, title: str, source_name: str) -> str:
    """A dependency-free module: ``validate``, ``is_valid``, ``check``, the runtime it needs inlined."""
    head = ("Standalone validator" + (f" for {title}" if title else "") + f", compiled from {source_name}"
            " by `python -m generator compile`.\n\nNo dependencies beyond the standard library. "
            "`validate(instance)` returns every error (an empty list when the instance is valid); "
            "`is_valid(instance)` only says whether there is one; `check(instance)` returns errors and "
            "advisory warnings apart.")
    needed = set(parts.runtime_names) | {"ValidationError", "ValidationReport", "ValidationWarning"}
    out = [
        docstring(head),
        "",
        "from __future__ import annotations",
        "",
        runtime_index.embedded_source(needed, also=("import re", "from typing import Any")),
        "",
        '__all__ = ["ValidationError", "ValidationReport", "ValidationWarning", "check", "is_valid", "validate"]',
        "",
        "_MISSING: Any = object()",
        "",
    ]
    out.extend(parts.constants.definitions)
    out.append("")
    for fn in [*parts.functions, *parts.entries]:
        out.extend(["", fn])
    out.extend([
        "",
        "def check(instance: object) -> ValidationReport:",
        '    """Errors and advisory warnings, kept apart."""',
        "    return ValidationReport(validate(instance), _advisories(instance))",
        "",
    ])
    return "\n".join(out)
