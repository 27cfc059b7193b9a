"""``diff OLD NEW``: every change between two model specs, with a stable id and a level.

A spec's ``../platform/`` refs resolve beside it, else in ``--spec``'s ``platform/`` (so
``diff old/x.yaml spec/models/x.yaml`` reads a copy kept anywhere); a docs page (``.md``) is
ingested in memory against ``--spec``'s platform files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..diff import LEVELS, Change, compare_models
from ..ingest import PageError, ingest_text
from ..ingest.emit import dump_spec
from ..ingest.source import read_page
from ..spec.errors import SpecError, SpecErrors
from ..spec.load import load_model
from ..spec.model import ModelSpec


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("diff", help="list the changes between two model specs (breaking, warning, info)")
    p.add_argument("old", type=Path, metavar="OLD", help="the earlier spec file or docs page (.md)")
    p.add_argument("new", type=Path, metavar="NEW", help="the later spec file or docs page (.md)")
    p.add_argument("--spec", type=Path, default=Path("spec"), metavar="DIR",
                   help="spec directory whose platform/ pages are ingested against (default: spec/)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--fail-on", choices=LEVELS, default=None, metavar="LEVEL",
                   help="exit 1 when a change at this level or above exists (info, warning, breaking)")
    p.set_defaults(func=run)


def _from_page(path: Path, spec_dir: Path) -> ModelSpec | None:
    """Ingest a docs page in memory and load the result, as ``ingest`` would write it."""
    try:
        result = ingest_text(read_page(str(path)), module="page", platform_dir=spec_dir / "platform")
    except PageError as exc:
        print(f"error: {path}:{exc.line}: {exc.message}" if exc.line else f"error: {path}: {exc.message}",
              file=sys.stderr)
        return None
    # Named after the page: an error here is in what ingest made of it.
    return load_model(path.with_name(path.name + " (as ingested)"), spec_dir,
                      text=dump_spec(result.spec, f"ingested from {path}"))


def _load(path: Path, spec_dir: Path) -> ModelSpec | None:
    try:
        model = _from_page(path, spec_dir) if path.suffix.lower() in (".md", ".markdown") else \
            load_model(path, spec_dir)
    except SpecErrors as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        return None
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    if model is not None and model.partial is not None:
        print(f"warning: {model.partial.notice(path)}", file=sys.stderr)
    return model


def run(args: argparse.Namespace) -> int:
    old, new = _load(args.old, args.spec), _load(args.new, args.spec)
    if old is None or new is None:
        return 2
    changes = compare_models(old, new)
    if args.format == "json":
        json.dump({"old": str(args.old), "new": str(args.new), "changes": [c.to_dict() for c in changes]},
                  sys.stdout, indent=2, default=repr)
        sys.stdout.write("\n")
    else:
        _print(changes)
    if args.fail_on is not None:
        floor = LEVELS.index(args.fail_on)
        if any(LEVELS.index(c.level) >= floor for c in changes):
            return 1
    return 0


def _print(changes: list[Change]) -> None:
    if not changes:
        print("no changes")
        return
    for c in changes:
        print(f"{c.level:8s} {c.rule}: {c.message}")
    counts = {level: sum(1 for c in changes if c.level == level) for level in reversed(LEVELS)}
    print(", ".join(f"{n} {level}" for level, n in counts.items()))
