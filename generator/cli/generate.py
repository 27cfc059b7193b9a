"""``generate``: specs -> ``generated/``, all or nothing."""

from __future__ import annotations

import argparse
import sys

from ..render.outputs import UnsafeOutput, check_replaceable, write_tree
from .pipeline import add_dirs, render_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("generate", help="generate validators, types, schemas and strategies")
    add_dirs(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        check_replaceable(args.out, args.spec)  # before the work, so a refusal comes at once
        files = render_from(args, "generate")
        if files is None:
            return 2
        write_tree(args.out, files, spec_dir=args.spec)
    except UnsafeOutput as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}; it is left as it was",
              file=sys.stderr)
        return 2
    print(f"generated {len(files)} files in {args.out}")
    return 0
