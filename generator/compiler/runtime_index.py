"""Which runtime module defines each helper the emitted code calls, and the runtime as one block
of code for standalone modules: only the top-level definitions the code needs (and what they
need), in their modules' order, so a schema using two formats does not carry the other seventeen."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
# In dependency order: a module only imports modules listed before it.
EMBEDDED = ("validation.py", "jsonvalues.py", "ecmaregex.py", "hostnames.py", "formats.py", "messages.py",
            "deferred.py")


class _Statement:
    def __init__(self, module: str, node: ast.stmt, source: str) -> None:
        self.module = module
        self.source = source
        self.defines = _bound(node)
        self.is_import = isinstance(node, (ast.Import, ast.ImportFrom))
        self.uses = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            self.uses.discard(node.name)


def _bound(node: ast.stmt) -> set[str]:
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).split(".")[0] for a in node.names}
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
        node, (ast.AnnAssign, ast.AugAssign)) else []
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


@functools.lru_cache(maxsize=1)
def _statements() -> tuple[_Statement, ...]:
    out = []
    for filename in EMBEDDED:
        text = (RUNTIME / filename).read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        for i, node in enumerate(tree.body):
            if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                continue  # the module docstring
            if isinstance(node, ast.ImportFrom) and (node.level > 0 or node.module == "__future__"):
                continue  # runtime modules become one namespace
            stmt = _Statement(filename, node, "")
            if "__all__" in stmt.defines:
                continue
            start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])]) - 1
            stmt.source = "\n".join(lines[start:node.end_lineno])
            out.append(stmt)
    return tuple(out)


def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for stmt in _statements():
        for name in stmt.defines:
            out.setdefault(name, stmt.module.removesuffix(".py"))
    return out


MODULE_OF = _index()


def embedded_source(names: set[str] | None = None, also: tuple[str, ...] = ()) -> str:
    """The runtime statements defining ``names`` and everything they use (all when None), their
    imports (with ``also``) first and once."""
    statements = _statements()
    if names is None:
        keep = set(range(len(statements)))
    else:
        keep = set()
        wanted = set(names)
        done: set[str] = set()
        while wanted - done:
            name = (wanted - done).pop()
            done.add(name)
            for i, stmt in enumerate(statements):
                if name in stmt.defines and i not in keep:
                    keep.add(i)
                    wanted |= stmt.uses
    imports: list[str] = list(also)
    chunks: list[str] = []
    current = ""
    for i, stmt in enumerate(statements):
        if i not in keep:
            continue
        if stmt.is_import:
            if stmt.source not in imports:
                imports.append(stmt.source)
            continue
        if stmt.module != current:
            chunks.append(f"# --- runtime: {stmt.module} ---")
            current = stmt.module
        chunks.append(stmt.source)
    imports = sorted(set(imports), key=lambda line: (line.startswith("from "), line))
    return "\n".join(imports) + "\n\n\n" + "\n\n\n".join(chunks) + "\n"
