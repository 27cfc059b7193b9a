"""``validate FILE|-``: check task payloads against their model's generated validator.

Results are written as each payload is checked, so a JSON Lines input of any size runs in bounded
memory; ``--format json`` streams one JSON document (its ``payloads`` array first, then the
``summary``). Exit status: 0 all valid, 1 an invalid payload, 2 unusable input (the whole input, or
one JSON Lines line: the other lines are still checked and reported).
"""

from __future__ import annotations

import argparse
import codecs
import json
import re
import sys
from typing import Any, TextIO

from . import bindings
from .payloads import Payload, Unusable, UnusableInput, open_source, read_payloads


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="validate a JSON object, a JSON array of tasks, or JSONL (exit 0 valid, 1 invalid, 2 unusable)",
    )
    p.add_argument("source", metavar="FILE|-", help="payload file, or - for standard input")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="report only invalid payloads (errors, no warnings), then a one-line summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    runware_bindings = bindings()
    if runware_bindings is None:
        return 2
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
                    report.payload(item, runware_bindings.check(item.value))
                item = next(items, None)
    except UnusableInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report.finish()
    if report.unusable_count:
        return 2
    return 1 if report.invalid else 0


class _Report:
    def __init__(self, out: TextIO, quiet: bool) -> None:
        self.out = out
        self.quiet = quiet
        self.total = 0
        self.invalid = 0
        self.unusable_count = 0

    def payload(self, item: Payload, result: Any) -> None:
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
    def payload(self, item: Payload, result: Any) -> None:
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

    def payload(self, item: Payload, result: Any) -> None:
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
