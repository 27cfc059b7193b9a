"""load + check + render, shared by ``generate`` and ``check``; spec problems exit with status 2."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..render.formatting import RenderBug
from ..render.tree import render_all
from ..spec.errors import SpecErrors
from ..spec.load import load_specs


def add_dirs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=Path("spec"), metavar="DIR",
                        help="spec directory (default: spec/)")
    parser.add_argument("--out", type=Path, default=Path("generated"), metavar="DIR",
                        help="output directory (default: generated/)")


def render_from(spec_dir: Path) -> dict[str, str] | None:
    """Everything the specs produce, or None after printing why nothing can be produced."""
    if not (spec_dir / "models").is_dir():
        print(f"error: {spec_dir}: no models/ directory here; is --spec pointing at a spec tree?",
              file=sys.stderr)
        return None
    try:
        models = load_specs(spec_dir)
    except SpecErrors as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        n = len(exc.errors)
        print(f"{n} spec error{'s' if n != 1 else ''}; nothing written", file=sys.stderr)
        return None
    if not models:
        print(f"error: {spec_dir / 'models'}: no model specs (*.yaml) found", file=sys.stderr)
        return None
    for model in models:
        if model.partial is not None:
            print(f"warning: {model.partial.notice(model.source_files[0])}", file=sys.stderr)
    try:
        return render_all(models, spec_dir)
    except RenderBug as exc:
        print(f"internal error: {exc}; nothing written", file=sys.stderr)
        return None
