"""Which runtime module defines each helper the emitted code calls, and the runtime as one block
of code for standalone modules (only the modules the code needs, dependencies first)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent.parent / "runtime"
# In dependency order: a module only imports modules listed before it.
EMBEDDED = ("validation.py", "jsonvalues.py", "ecmaregex.py", "hostnames.py", "formats.py", "messages.py",
            "deferred.py")


@functools.lru_cache(maxsize=1)
def _modules() -> dict[str, tuple[ast.Module, list[str]]]:
    return {f: (ast.parse(text := (RUNTIME / f).read_text(encoding="utf-8")), text.splitlines()) for f in EMBEDDED}


def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for filename, (tree, _) in _modules().items():
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                out.setdefault(node.name, filename.removesuffix(".py"))
    return out


MODULE_OF = _index()


def _deps(filename: str) -> set[str]:
    tree, _ = _modules()[filename]
    return {f"{node.module}.py" for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}


def embedded_source(names: set[str] | None = None) -> str:
    """The runtime modules defining ``names`` (all when None), relative imports removed."""
    if names is None:
        wanted = set(EMBEDDED)
    else:
        wanted = {f"{MODULE_OF[n]}.py" for n in names if n in MODULE_OF}
        todo = list(wanted)
        while todo:
            for dep in _deps(todo.pop()):
                if dep not in wanted:
                    wanted.add(dep)
                    todo.append(dep)
    chunks = []
    for filename in EMBEDDED:
        if filename not in wanted:
            continue
        tree, source = _modules()[filename]
        drop: set[int] = set()
        for node in tree.body:
            relative = isinstance(node, ast.ImportFrom) and (node.level > 0 or node.module == "__future__")
            doc = (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and node is tree.body[0])
            dunder_all = (isinstance(node, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(t, ast.Name) and t.id == "__all__"
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])))
            if relative or doc or dunder_all:
                drop.update(range(node.lineno - 1, (node.end_lineno or node.lineno)))
        kept = [line for i, line in enumerate(source) if i not in drop]
        chunks.append(f"# --- runtime: {filename} ---\n" + "\n".join(kept).strip() + "\n")
    return "\n\n".join(chunks)
