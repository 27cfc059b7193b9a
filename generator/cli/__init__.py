"""The command line: takes arguments and files, gives exit statuses and messages; one module per
command (``generator/cli/<name>.py``, each with ``register(subparsers)``); reading payloads and the
output guard are ``runtime/cli.py`` and ``runtime/payloads.py``, shared with the bindings.

Exit statuses are shared by every command: 0 success, 1 a finding (invalid payload, stale output,
breaking change), 2 unusable input (bad spec, unreadable file, unsupported schema keyword) or
output that cannot be written (a full disk, an I/O error, a closed standard output). A closed pipe
(``| head``) ends the command quietly with 0.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from ..runtime.cli import run_main

# Each name is a module ``generator/cli/<name>.py`` exposing ``register(subparsers)``; the parser it
# adds sets ``func(args) -> int``.
COMMANDS: tuple[str, ...] = (
    "generate", "check", "validate", "schema", "compile", "diff", "ingest", "update", "serve",
)


def bindings() -> ModuleType | None:
    """The generated package ``runware_bindings``, or None after saying how to make it."""
    try:
        return importlib.import_module("runware_bindings")
    except ImportError as exc:
        print(f"error: the generated package is not importable ({exc}); run `make generate`",
              file=sys.stderr)
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Runware docs -> spec -> validated, typed bindings.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"generator.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_main(build_parser, argv)
