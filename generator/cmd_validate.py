"""``validate FILE|-``: check task payloads against their model's generated validator."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .payloads import Payload, UnusableInput, parse, read_source


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="validate a JSON object, a JSON array of tasks, or JSONL (exit 0 valid, 1 invalid, 2 unusable)",
    )
    p.add_argument("source", metavar="FILE|-", help="payload file, or - for standard input")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        import runware_bindings
    except ImportError as exc:
        print(f"error: the generated package is not importable ({exc}); run `make generate`",
              file=sys.stderr)
        return 2
    try:
        payloads = parse(*read_source(args.source))
    except UnusableInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = []
    for item in payloads:
        report = runware_bindings.check(item.value)
        results.append((item, report))
    invalid = sum(1 for _, r in results if r.errors)
    if args.format == "json":
        json.dump(_json_report(results), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_text(results, invalid)
    return 1 if invalid else 0


def _json_report(results: list[tuple[Payload, Any]]) -> dict[str, Any]:
    return {
        "valid": all(not r.errors for _, r in results),
        "payloads": [
            {
                "source": p.source,
                "line": p.line,
                "index": p.index,
                "model": p.value.get("model") if isinstance(p.value, dict) else None,
                "valid": not r.errors,
                "errors": [e.to_dict() for e in r.errors],
                "warnings": [w.to_dict() for w in r.warnings],
            }
            for p, r in results
        ],
    }


def _print_text(results: list[tuple[Payload, Any]], invalid: int) -> None:
    for p, r in results:
        if r.errors:
            n = len(r.errors)
            print(f"{p.source}: invalid ({n} error{'s' if n != 1 else ''})")
        else:
            print(f"{p.source}: valid")
        for e in r.errors:
            print(f"  error: {e}")
        for w in r.warnings:
            print(f"  warning: {w}")
    if len(results) > 1:
        print(f"{invalid} of {len(results)} payloads invalid")
