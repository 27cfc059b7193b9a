"""The layout: one package per pipeline stage, and imports that point one way only.

The graph is read from the source with ``ast`` (nothing is imported), so a cycle or a backward edge
fails here with the file and line that makes it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "generator"

# Which generator packages each package may import. Everything not listed is forbidden; the order
# of the pipeline reads top to bottom. ``runtime`` is copied into the bindings and imports nothing.
ALLOWED: dict[str, set[str]] = {
    "runtime": set(),
    "compiler": {"runtime"},
    "spec": {"runtime", "compiler"},
    "diff": {"runtime", "compiler", "spec"},
    "render": {"runtime", "compiler", "spec"},
    "ingest": {"runtime", "compiler", "spec"},
    "server": {"runtime", "compiler", "spec"},
    "cli": {"runtime", "compiler", "spec", "diff", "render", "ingest", "server"},
}
ROOT_MODULES = {"__init__", "__main__"}
STAGES = {p.stem for p in PACKAGE.iterdir() if p.is_dir() or p.suffix == ".py"} - ROOT_MODULES


def _package_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, generator package) for every import of another part of the generator."""
    text = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(text, filename=str(path))
    module_parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if module_parts[-1] == "__init__":
        module_parts.pop()
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module_parts[: len(module_parts) - node.level + (path.name == "__init__.py")]
                target = ".".join([*base, *(node.module.split(".") if node.module else [])])
                names = [target] if node.module else [f"{target}.{a.name}" for a in node.names]
            elif node.module:
                names = [node.module]
        for name in names:
            parts = name.split(".")
            # ``from generator import __version__`` reads the root package: allowed everywhere.
            if parts[0] == "generator" and len(parts) > 1 and parts[1] in STAGES:
                out.append((node.lineno, parts[1]))
    return out


def test_the_root_holds_no_more_than_three_modules() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    assert len(modules) <= 3 and ROOT_MODULES <= modules, sorted(modules)


def test_every_stage_is_a_package_that_says_what_it_takes_and_gives() -> None:
    for name in ALLOWED:
        init = PACKAGE / name / "__init__.py"
        if name == "runtime":
            assert (PACKAGE / name).is_dir()
            continue
        assert init.is_file(), f"generator/{name}/ is not a package"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc.splitlines()[0]) > 10, f"generator/{name}/__init__.py has no docstring"


def test_imports_point_one_way() -> None:
    bad: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "templates" in path.parts:
            continue
        here = _package_of(path)
        allowed = ALLOWED.get(here)
        for line, target in _imports(path):
            if target == here or here in ROOT_MODULES:
                continue
            if allowed is None or target not in allowed:
                bad.append(f"{path.relative_to(ROOT)}:{line}: {here} imports {target}")
    assert not bad, "imports against the pipeline's direction:\n" + "\n".join(bad)


def test_the_walk_sees_relative_absolute_and_package_imports() -> None:
    here = PACKAGE / "spec" / "example.py"
    source = ("from ..render.outputs import x\nimport generator.cli\nfrom .. import server\n"
              "from . import load\nfrom .. import __version__\n")
    assert _imports(here, source) == [(1, "render"), (2, "cli"), (3, "server"), (4, "spec")]
    init = PACKAGE / "render" / "__init__.py"
    assert _imports(init, "from .outputs import x\nfrom ..spec import load\n") == [
        (1, "render"), (2, "spec")]


def test_tests_mirror_the_packages() -> None:
    for name in ALLOWED:
        assert (ROOT / "tests" / name).is_dir(), f"tests/{name}/ is missing"
