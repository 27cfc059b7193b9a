"""``compile SCHEMA.json [-o FILE] [--ref-dir DIR [--base-uri URI]] [--pointer P] [--formats MODE]
[--unknown-keywords MODE]``: any JSON Schema 2020-12 -> a standalone validator module exposing
``validate(instance) -> list``, ``is_valid(instance) -> bool`` and ``check(instance)``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..compiler import UnsupportedSchema
from ..render.formatting import format_python
from ..render.outputs import UnsafeOutput, write_owned_file
from ..render.standalone import render_standalone
from ..runtime.payloads import UnusableInput, read_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compile", help="compile a JSON Schema into a standalone validator module")
    p.add_argument("schema", type=Path, metavar="SCHEMA.json")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    p.add_argument("--ref-dir", type=Path, metavar="DIR",
                   help="documents that $refs to other URIs resolve to (never fetched over the network)")
    p.add_argument("--base-uri", metavar="URI",
                   help="the URI DIR stands for, e.g. http://localhost:1234/ (default: DIR's file: URI)")
    p.add_argument("--pointer", default="", metavar="POINTER",
                   help="compile the subschema at this JSON pointer (e.g. /components/schemas/RequestBody); "
                        "its $refs resolve in the whole document")
    p.add_argument("--formats", choices=("annotate", "assert"), default="annotate",
                   help="'format' as an annotation (the 2020-12 default) or as an assertion")
    p.add_argument("--unknown-keywords", choices=("annotate", "refuse"), default="annotate",
                   help="keywords outside 2020-12 are annotations (reported on stderr) or refused")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        data = args.schema.read_bytes()
    except OSError as exc:
        print(f"error: {args.schema}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return 2
    try:
        schema = read_json(str(args.schema), data)
    except UnusableInput as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 2
    if args.base_uri is not None and args.ref_dir is None:
        print("error: --base-uri names the URI that --ref-dir stands for: give --ref-dir too", file=sys.stderr)
        return 2
    if args.ref_dir is not None and not args.ref_dir.is_dir():
        print(f"error: --ref-dir {args.ref_dir}: not a directory", file=sys.stderr)
        return 2
    warnings: list[str] = []
    try:
        source = render_standalone(
            schema, source_name=args.schema.name, pointer=args.pointer, uri=args.schema.resolve().as_uri(),
            ref_dir=args.ref_dir, base_uri=args.base_uri, formats=args.formats,
            unknown_keywords=args.unknown_keywords, warnings=warnings)
        source = format_python(source, filename=str(args.output or "<stdout>"))
    except UnsupportedSchema as exc:
        print(f"error: {args.schema}: {exc.pointer}: {exc.message}; nothing written", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"error: {args.schema}: nested too deeply to compile; nothing written", file=sys.stderr)
        return 2
    for warning in warnings:
        print(f"warning: {args.schema}: {warning}", file=sys.stderr)
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
