"""``validate FILE|-``: check task payloads against their model's generated validator.

The command itself (reading payloads, reporting, exit statuses) is ``runtime/cli.py``, copied into
the bindings, so that ``python -m runware_bindings validate`` is the same command without the
generator installed.
"""

from __future__ import annotations

import argparse

from ..runtime.cli import VALIDATE_HELP, add_validate_arguments, validate_command
from . import bindings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("validate", help=VALIDATE_HELP)
    add_validate_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    runware_bindings = bindings()
    if runware_bindings is None:
        return 2
    return validate_command(args, runware_bindings.check)
