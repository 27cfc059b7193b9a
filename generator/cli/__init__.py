"""The command line: takes arguments and files, gives exit statuses and messages; one module per
command (``generator/cli/<name>.py``, each with ``register(subparsers)``), plus reading payloads.

Exit statuses are shared by every command: 0 success, 1 a finding (invalid payload, stale output,
breaking change), 2 unusable input (bad spec, unreadable file, unsupported schema keyword) or
output that cannot be written (a full disk, an I/O error, a closed standard output). A closed pipe
(``| head``) ends the command quietly with 0.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import io
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TextIO

# Each name is a module ``generator/cli/<name>.py`` exposing ``register(subparsers)``; the parser it
# adds sets ``func(args) -> int``.
COMMANDS: tuple[str, ...] = (
    "generate", "check", "validate", "schema", "compile", "diff", "ingest", "serve",
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


class OutputError(Exception):
    """Standard output could not be written. Not an OSError, so that a command's own handling of
    its files' OSErrors never mistakes it for one of them."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror or str(cause))
        self.cause = cause


class _GuardedStream(io.TextIOBase):
    """Standard output or error, with write failures turned into ``OutputError`` (stdout) or
    dropped (stderr: a diagnostic that cannot be shown must not change the exit status)."""

    def __init__(self, inner: TextIO | None, *, fatal: bool) -> None:
        super().__init__()
        self._inner = inner
        self._fatal = fatal

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._inner, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._inner, "errors", None)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        try:
            return self._inner is not None and self._inner.isatty()
        except (OSError, ValueError):
            return False

    def fileno(self) -> int:
        if self._inner is None:
            raise OSError(errno.EBADF, "closed")
        return self._inner.fileno()

    def write(self, text: str) -> int:
        try:
            if self._inner is None:
                raise OSError(errno.EBADF, "it is closed")
            return self._inner.write(text)
        except OSError as exc:
            if self._fatal:
                raise OutputError(exc) from None
            return len(text)

    def close(self) -> None:
        # The real stream stays open (the interpreter flushes it at exit); this wrapper holds nothing.
        pass

    def flush(self) -> None:
        try:
            if self._inner is not None:
                self._inner.flush()
        except OSError as exc:
            if self._fatal:
                raise OutputError(exc) from None


def _text_stream(stream: TextIO | None) -> TextIO | None:
    # Lone surrogates (from file names or payload strings) cannot be encoded strictly.
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")
    return stream


def _discard_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's final flush of what is left cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = _GuardedStream(_text_stream(real_out), fatal=True)
    sys.stderr = _GuardedStream(_text_stream(real_err), fatal=False)
    try:
        try:
            args = build_parser().parse_args(argv)
            code = int(args.func(args))
            sys.stdout.flush()
            return code
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
        except OutputError as exc:
            _discard_stdout()
            if isinstance(exc.cause, BrokenPipeError):
                return 0
            print(f"error: cannot write to standard output: {exc}", file=sys.stderr)
            return 2
        except SystemExit as exc:  # argparse: --help, or a usage error
            try:
                sys.stdout.flush()
            except OutputError as out:
                _discard_stdout()
                if not isinstance(out.cause, BrokenPipeError):
                    print(f"error: cannot write to standard output: {out}", file=sys.stderr)
                    return 2
                return 0
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        sys.stdout, sys.stderr = real_out, real_err
