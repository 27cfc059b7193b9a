"""``check``: regenerate in memory and fail with a unified diff when ``generated/`` is stale."""

from __future__ import annotations

import argparse
import sys

from ..render.outputs import stale_diff
from .pipeline import add_dirs, render_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="exit 1 with a diff when the generated output is stale")
    add_dirs(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = render_from(args, "check")
    if files is None:
        return 2
    diff = stale_diff(args.out, files, label=str(args.out).rstrip("/"))
    if diff:
        sys.stdout.write(diff)
        print(f"{args.out} is stale: run `make generate` (python -m generator generate)",
              file=sys.stderr)
        return 1
    print(f"{args.out} is up to date ({len(files)} files)")
    return 0
