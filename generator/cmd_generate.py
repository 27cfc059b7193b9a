"""``generate``: specs -> ``generated/``, all or nothing."""

from __future__ import annotations

import argparse
import sys

from .outputs import write_tree
from .pipeline import add_dirs, render_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("generate", help="generate validators, types, schemas and strategies")
    add_dirs(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = render_from(args.spec)
    if files is None:
        return 2
    try:
        write_tree(args.out, files)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}; it is left as it was",
              file=sys.stderr)
        return 2
    print(f"generated {len(files)} files in {args.out}")
    return 0
