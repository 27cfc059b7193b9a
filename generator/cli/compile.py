"""``compile SCHEMA.json [-o FILE]``: any JSON Schema using the supported keywords -> a standalone
validator module exposing ``validate(instance) -> list``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from ..compiler import UnsupportedSchema
from ..render.formatting import format_python
from ..render.outputs import UnsafeOutput, write_owned_file
from ..render.standalone import render_standalone


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compile", help="compile a JSON Schema into a standalone validator module")
    p.add_argument("schema", type=Path, metavar="SCHEMA.json")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    p.set_defaults(func=run)


def _pointer(parts: object) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)  # type: ignore[attr-defined]


def run(args: argparse.Namespace) -> int:
    try:
        text = args.schema.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: {args.schema}: cannot read: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 2
    try:
        schema = json.loads(text)
    except json.JSONDecodeError as exc:
        print(f"error: {args.schema}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"error: {args.schema}: nested too deeply to read", file=sys.stderr)
        return 2
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        print(f"error: {args.schema}: {_pointer(exc.path)}: not a valid JSON Schema 2020-12 document: "
              f"{exc.message}", file=sys.stderr)
        return 2
    try:
        source = format_python(render_standalone(schema, source_name=args.schema.name),
                               filename=str(args.output or "<stdout>"))
    except UnsupportedSchema as exc:
        print(f"error: {args.schema}: {exc.pointer}: {exc.message}; nothing written", file=sys.stderr)
        return 2
    if args.output is None:
        sys.stdout.write(source)
        return 0
    return _write(args.output, source)


# Every module ``compile`` writes starts so; a file that does not is never overwritten.
HEADER = '"""Standalone validator'


def _write(target: Path, source: str) -> int:
    try:
        write_owned_file(target, source, HEADER, "`compile`")
    except UnsafeOutput as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {target}: {exc.strerror or exc}; nothing written", file=sys.stderr)
        return 2
    print(f"wrote {target}", file=sys.stderr)
    return 0
