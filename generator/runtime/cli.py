"""The ``validate`` command and the guard every command runs under, shared by the generator's CLI
(``python -m generator validate``) and the bindings' own (``python -m runware_bindings validate``).

Exit statuses: 0 success, 1 a finding (an invalid payload), 2 unusable input or output that cannot
be written (a full disk, an I/O error, a closed standard output). A closed pipe (``| head``) ends
the command quietly with 0.

``validate`` writes results as each payload is checked, so a JSON Lines input of any size runs in
bounded memory; ``--format json`` streams one JSON document (its ``payloads`` array first, then the
``summary``). One JSON Lines line that cannot be read is exit 2 too, after the other lines are
checked and reported.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from .payloads import Payload, Unusable, UnusableInput, open_source, read_payloads
from .validation import ValidationReport

Checker = Callable[[object], ValidationReport]

VALIDATE_HELP = ("validate a JSON object, a JSON array of tasks, or JSONL "
                 "(exit 0 valid, 1 invalid, 2 unusable)")


class OutputError(Exception):
    """Standard output could not be written. Not an OSError, so that a command's own handling of
    its files' OSErrors never mistakes it for one of them."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror or str(cause))
        self.cause = cause


class GuardedStream(io.TextIOBase):
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


def run_main(build_parser: Callable[[], argparse.ArgumentParser], argv: Sequence[str] | None) -> int:
    """Parse ``argv`` and run the chosen command's ``func(args) -> int`` under the output guard."""
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = GuardedStream(_text_stream(real_out), fatal=True)
    sys.stderr = GuardedStream(_text_stream(real_err), fatal=False)
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


def add_validate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="FILE|-", help="payload file, or - for standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="report only invalid payloads (errors, no warnings), then a one-line summary")


def validate_command(args: argparse.Namespace, check: Checker) -> int:
    """``validate FILE|-`` with ``check`` (the bindings' dispatch on ``model``): the exit status."""
    try:
        with open_source(args.source) as (label, stream):
            items = read_payloads(label, stream)
            first = next(items, None)  # whatever makes the whole input unusable is raised here
            out = sys.stdout
            report: _Report = _JsonReport(out, args.quiet) if args.format == "json" else \
                _TextReport(out, args.quiet)
            item = first
            while item is not None:
                if isinstance(item, Unusable):
                    print(f"error: {item.source}: {item.message}", file=sys.stderr)
                    report.unusable(item)
                else:
                    report.payload(item, check(item.value))
                item = next(items, None)
    except UnusableInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report.finish()
    if report.unusable_count:
        return 2
    return 1 if report.invalid else 0


def bindings_parser(check: Checker) -> argparse.ArgumentParser:
    """The parser of ``python -m runware_bindings``: the ``validate`` command alone."""
    parser = argparse.ArgumentParser(prog="python -m runware_bindings",
                                     description="Check Runware task payloads against their model's spec.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    p = sub.add_parser("validate", help=VALIDATE_HELP)
    add_validate_arguments(p)
    p.set_defaults(func=lambda args: validate_command(args, check))
    return parser


def bindings_main(check: Checker, argv: Sequence[str] | None = None) -> int:
    return run_main(lambda: bindings_parser(check), argv)


class _Report:
    def __init__(self, out: TextIO, quiet: bool) -> None:
        self.out = out
        self.quiet = quiet
        self.total = 0
        self.invalid = 0
        self.unusable_count = 0

    def payload(self, item: Payload, result: ValidationReport) -> None:
        self.total += 1
        if result.errors:
            self.invalid += 1

    def unusable(self, item: Unusable) -> None:
        self.unusable_count += 1

    def finish(self) -> None:
        raise NotImplementedError

    def summary_line(self) -> str:
        noun = "payload" if self.total == 1 else "payloads"
        text = f"{self.invalid} of {self.total} {noun} invalid"
        if self.unusable_count:
            lines = "line" if self.unusable_count == 1 else "lines"
            text += f", {self.unusable_count} {lines} unusable"
        return text


class _TextReport(_Report):
    def payload(self, item: Payload, result: ValidationReport) -> None:
        super().payload(item, result)
        lines: list[str] = []
        if result.errors:
            n = len(result.errors)
            lines.append(f"{item.source}: invalid ({n} error{'s' if n != 1 else ''})")
            lines.extend(f"  error: {e}" for e in result.errors)
        elif not self.quiet:
            lines.append(f"{item.source}: valid")
        if not self.quiet:
            lines.extend(f"  warning: {w}" for w in result.warnings)
        if lines:
            self.out.write("\n".join(lines) + "\n")

    def finish(self) -> None:
        if self.quiet or self.total + self.unusable_count > 1 or self.unusable_count:
            self.out.write(self.summary_line() + "\n")


_SURROGATE = re.compile("[\ud800-\udfff]")


class _JsonReport(_Report):
    """Writes ``{"payloads": [...], "summary": {...}, "valid": ...}`` as ``json.dumps(indent=2)``
    would, one entry at a time."""

    def __init__(self, out: TextIO, quiet: bool) -> None:
        super().__init__(out, quiet)
        encoding = getattr(out, "encoding", None) or "utf-8"
        # Non-ASCII stays readable on a UTF-8 stream; any other encoding gets \\u escapes.
        self.ascii = codecs.lookup(encoding).name != "utf-8"
        self.entries = 0
        out.write('{\n  "payloads": [')

    def _dumps(self, value: Any) -> str:
        text = json.dumps(value, indent=2, ensure_ascii=self.ascii)
        # A lone surrogate (from a payload's \\ud800 escape) cannot be encoded: write it as the
        # JSON escape it came from. It can only occur inside a string literal.
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

    def _entry(self, entry: dict[str, Any]) -> None:
        sep = "," if self.entries else ""
        self.entries += 1
        self.out.write(sep + "\n    " + self._dumps(entry).replace("\n", "\n    "))

    def payload(self, item: Payload, result: ValidationReport) -> None:
        super().payload(item, result)
        if self.quiet and not result.errors:
            return
        model = item.value.get("model") if isinstance(item.value, dict) else None
        self._entry({
            "source": item.source,
            "line": item.line,
            "index": item.index,
            "model": model if isinstance(model, str) else None,
            "valid": not result.errors,
            "errors": [e.to_dict() for e in result.errors],
            "warnings": [] if self.quiet else [w.to_dict() for w in result.warnings],
        })

    def unusable(self, item: Unusable) -> None:
        super().unusable(item)
        self._entry({"source": item.source, "line": item.line, "index": None, "model": None,
                     "valid": False, "unusable": item.message, "errors": [], "warnings": []})

    def finish(self) -> None:
        summary = {"payloads": self.total, "invalid": self.invalid, "unusable": self.unusable_count}
        valid = not self.invalid and not self.unusable_count
        self.out.write(("\n  ]" if self.entries else "]") + ',\n  "summary": '
                       + self._dumps(summary).replace("\n", "\n  ")
                       + f',\n  "valid": {"true" if valid else "false"}\n}}\n')
