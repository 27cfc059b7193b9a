"""``python -m generator <command>``: one module per command, each with ``register(subparsers)``.

Exit statuses are shared by every command: 0 success, 1 a finding (invalid payload, stale output,
breaking change), 2 unusable input (bad spec, unreadable file, unsupported schema keyword).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each name is a module ``generator/cmd_<name>.py`` exposing ``register(subparsers)``; the parser it
# adds sets ``func(args) -> int``.
COMMANDS: tuple[str, ...] = (
    "generate", "check", "validate", "schema", "compile", "diff", "ingest", "serve",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Runware docs -> spec -> validated, typed bindings.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"generator.cmd_{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
