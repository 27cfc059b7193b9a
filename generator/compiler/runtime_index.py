"""Which runtime module defines each helper the emitted code calls."""

from __future__ import annotations

import ast
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
EMBEDDED = ("validation.py", "jsonvalues.py", "formats.py", "messages.py")


def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for filename in EMBEDDED:
        tree = ast.parse((RUNTIME / filename).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                out.setdefault(node.name, filename.removesuffix(".py"))
    return out


MODULE_OF = _index()


def embedded_source() -> str:
    """The runtime modules as one block of code, relative imports removed (they become local)."""
    chunks = []
    for filename in EMBEDDED:
        tree = ast.parse((RUNTIME / filename).read_text(encoding="utf-8"))
        source = (RUNTIME / filename).read_text(encoding="utf-8").splitlines()
        drop: set[int] = set()
        for node in tree.body:
            relative = isinstance(node, ast.ImportFrom) and (node.level > 0 or node.module == "__future__")
            docstring = (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
                         and node is tree.body[0])
            dunder_all = (isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets))
            if relative or docstring or dunder_all:
                drop.update(range(node.lineno - 1, (node.end_lineno or node.lineno)))
        kept = [line for i, line in enumerate(source) if i not in drop]
        chunks.append(f"# --- runtime: {filename} ---\n" + "\n".join(kept).strip() + "\n")
    return "\n\n".join(chunks)
