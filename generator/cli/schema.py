"""``schema MODEL [--response]``: print a model's bundled, standalone JSON Schema."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from ..runtime.validation import did_you_mean
from . import bindings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print a model's bundled JSON Schema 2020-12")
    p.add_argument("model", help="model id, e.g. krea:krea@2-medium")
    p.add_argument("--response", action="store_true", help="the result item schema instead of the request")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    package = bindings()
    if package is None:
        return 2
    MODELS: dict[str, str] = package.MODELS
    module = MODELS.get(args.model)
    if module is None:
        hint = did_you_mean(args.model, MODELS)
        extra = f" (did you mean {hint!r}?)" if hint else ""
        print(f"error: unknown model {args.model!r}{extra}; known models: {', '.join(sorted(MODELS))}",
              file=sys.stderr)
        return 2
    mod = importlib.import_module(f"runware_bindings.{module}")
    schema = mod.response_schema() if args.response else mod.request_schema()
    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
