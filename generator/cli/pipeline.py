"""load + check + render, shared by ``generate`` and ``check``; spec problems exit with status 2.

Both render in a process pool (``--jobs``, every usable core by default) from the render cache
(``--cache DIR``, ``--no-cache``; see ``render/cache.py``), and show progress on a terminal.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..render.build import build, usable_cpus
from ..render.cache import Cache, default_dir, fingerprint
from ..render.formatting import RenderBug
from ..spec.errors import SpecErrors
from ..spec.load import model_files


def add_dirs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", type=Path, default=Path("spec"), metavar="DIR",
                        help="spec directory (default: spec/)")
    parser.add_argument("--out", type=Path, default=Path("generated"), metavar="DIR",
                        help="output directory (default: generated/)")
    parser.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                        help="models rendered at once (default: every usable core)")
    parser.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help="render cache (default: .cache/runware-bindings-generator/ beside "
                             "the spec directory)")
    parser.add_argument("--no-cache", action="store_true",
                        help="render every model, reading and writing no cache")


def positive(what: str) -> Callable[[str], int]:
    """An argparse type: a whole number of ``what``, at least 1."""
    def parse(text: str) -> int:
        try:
            n = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number of {what}, found {text!r}") from None
        if n < 1:
            raise argparse.ArgumentTypeError(f"expected a number of {what} (at least 1), found {n}")
        return n
    return parse


_jobs = positive("processes")


class _Progress:
    """``generate: 120/350 models`` on one line, rewritten in place; only on a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = False
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        self.shown = True
        sys.stderr.write(f"\r{self.label}: {done}/{total} models")
        sys.stderr.flush()

    def close(self) -> None:
        if self.shown:
            self.shown = False
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _close(progress: _Progress | None) -> None:
    if progress is not None:
        progress.close()


def render_from(args: argparse.Namespace, label: str) -> dict[str, str] | None:
    """Everything the specs produce, or None after printing why nothing can be produced."""
    spec_dir: Path = args.spec
    if not (spec_dir / "models").is_dir():
        print(f"error: {spec_dir}: no models/ directory here; is --spec pointing at a spec tree?",
              file=sys.stderr)
        return None
    if not model_files(spec_dir):
        print(f"error: {spec_dir / 'models'}: no model specs (*.yaml) found", file=sys.stderr)
        return None
    cache = None
    if not args.no_cache:
        root = args.cache or default_dir(spec_dir)
        out = Path(args.out).resolve()
        if root.resolve() == out or out in root.resolve().parents:
            print(f"error: the cache {root} is inside the output directory {args.out}, which holds only "
                  "what the generator writes there; choose another --cache", file=sys.stderr)
            return None
        cache, why = Cache.open(root, fingerprint())
        if why:
            print(f"warning: {why}", file=sys.stderr)
    progress = _Progress(label) if sys.stderr.isatty() else None
    try:
        built = build(spec_dir, cache=cache, jobs=args.jobs or usable_cpus(), progress=progress)
    except SpecErrors as exc:
        _close(progress)
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        n = len(exc.errors)
        print(f"{n} spec error{'s' if n != 1 else ''}; nothing written", file=sys.stderr)
        return None
    except (RenderBug, BrokenProcessPool) as exc:
        _close(progress)
        what = exc if isinstance(exc, RenderBug) else f"a rendering process died ({exc})"
        print(f"internal error: {what}; nothing written", file=sys.stderr)
        return None
    finally:
        _close(progress)  # also on Ctrl-C: the next line starts clean
    for model in built.catalogue:
        if model.partial is not None:
            print(f"warning: {model.partial.notice(model.source_files[0])}", file=sys.stderr)
    return built.files
