"""``update``: from changed docs to regenerated bindings in one command.

Every spec written by ``ingest`` records its sources (``model.sources``: the page and/or schema
URL, and the slug). ``update`` re-ingests each such model from them (over HTTP, or from
``--source-dir DIR`` holding ``<slug>.md`` and/or ``<slug>.schema.json``; with ``--bundle`` a
Runware schema bundle supplies the schemas, and names the catalogue), applies the overlays,
prints one change report across all models, writes the specs and regenerates.

All or nothing: when a model cannot be ingested, nothing is written (``--keep-going`` keeps that
model's old spec and goes on); the new set of specs is checked whole (ids, modules) before the
first write, and a failing generation puts every spec back as it was.
"""

from __future__ import annotations

import argparse
import json
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..diff import LEVELS, Change, compare_models
from ..ingest.bundle import Entry, entry_document, read_bundle
from ..ingest.errors import PageError
from ..ingest.page import front_matter
from ..ingest.produce import Source, SourceError, module_name, produce, read_source
from ..render.outputs import (
    UnsafeOutput,
    check_owned_file,
    check_replaceable,
    put_back,
    write_owned_file,
    write_tree,
)
from ..spec.errors import SpecError, SpecErrors, shown_path
from ..spec.load import duplicate_errors, load_specs
from ..spec.model import ModelSpec
from .ingest import HEADER, WRITER, Planned, finish
from .pipeline import add_dirs, positive, render_from

# Models read at once: their sources are fetched over HTTP, which waits far longer than ingest
# computes, and a catalogue of 350 read one at a time waits 350 round trips in a row. Eight keeps
# the docs server's load modest.
FETCHES = 8

R = TypeVar("R")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("update", help="re-ingest every model from its recorded sources, report the "
                                      "changes and regenerate")
    add_dirs(p)
    p.add_argument("--source-dir", type=Path, metavar="DIR",
                   help="read <slug>.md and <slug>.schema.json from DIR instead of the recorded URLs; "
                        "a slug found there without a spec is a new model")
    p.add_argument("--bundle", metavar="BUNDLE",
                   help="a Runware schema bundle (schema-map.json, a path or URL): its entries' schemas "
                        "replace the recorded schema URLs, entries without a spec are new models, and "
                        "ingested specs it does not list are gone")
    p.add_argument("--prune", action="store_true",
                   help="remove the specs of gone models (ingested ones only); without it they are "
                        "reported and kept")
    p.add_argument("--keep-going", action="store_true",
                   help="a model that fails to ingest keeps its old spec (reported) instead of stopping "
                        "the update with nothing written")
    p.add_argument("--dry-run", action="store_true", help="report the changes; write nothing")
    p.add_argument("--fail-on", choices=LEVELS, default=None, metavar="LEVEL",
                   help="exit 1 when a change at this level or above exists (info, warning, breaking)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="the report's format")
    p.add_argument("--fetches", type=positive("models"), default=FETCHES, metavar="N",
                   help=f"models whose sources are read at once (default: {FETCHES}; 1 reads them "
                        "one after another)")
    p.set_defaults(func=run)


@dataclass
class Report:
    """One model's line in the change report."""

    slug: str
    path: Path
    status: str  # changed | unchanged | added | gone | failed | kept
    changes: list[Change] = field(default_factory=list)
    error: str | None = None
    planned: Planned | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"slug": self.slug, "spec": shown_path(self.path), "status": self.status,
                                "changes": [c.to_dict() for c in self.changes]}
        if self.error is not None:
            data["error"] = self.error
        return data


@dataclass
class Current:
    path: Path
    model: ModelSpec
    sources: dict[str, str]

    @property
    def slug(self) -> str:
        return self.sources.get("slug") or self.path.stem


class _Ingest:
    """Where each model's documents are, and turning them into a planned spec."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.platform = args.spec / "platform"
        self.bundle_name: str | None = args.bundle
        self.entries: dict[str, Entry] = {}

    def read_bundle(self) -> None:
        if self.bundle_name is None:
            return
        source = read_source(self.bundle_name)
        if source.kind != "bundle":
            raise SourceError(self.bundle_name, "not a schema bundle (schema-map.json has version and "
                                                "inference[{slug, air, requestSchema, responseSchema}])")
        _, entries = read_bundle(source)
        self.entries = {e.slug: e for e in entries}

    def _local(self, slug: str, suffix: str) -> str | None:
        directory: Path | None = self.args.source_dir
        if directory is None:
            return None
        path = directory / f"{slug}{suffix}"
        return str(path) if path.is_file() else None

    def locations(self, slug: str, sources: dict[str, str]) -> tuple[str | None, str | None]:
        """(page, schema) to read for ``slug``: the source directory's files, else the URLs."""
        if self.args.source_dir is not None:
            page, schema = self._local(slug, ".md"), self._local(slug, ".schema.json")
            if "page" in sources and page is None:
                raise SourceError(str(self.args.source_dir), f"no {slug}.md here, and the spec of "
                                  f"{slug!r} comes from a docs page ({sources['page']})")
            if "schema" in sources and schema is None and slug not in self.entries:
                raise SourceError(str(self.args.source_dir), f"no {slug}.schema.json here, and the spec "
                                  f"of {slug!r} comes from a schema.json ({sources['schema']})")
            return page, schema
        return sources.get("page"), sources.get("schema")

    def plan(self, slug: str, dest: Path, module: str, sources: dict[str, str]) -> Planned:
        """The spec ``slug``'s sources give now, overlay applied, loaded as ``dest``."""
        page_name, schema_name = self.locations(slug, sources)
        entry = self.entries.get(slug)
        schema: Source | None = None
        if entry is not None:
            assert self.bundle_name is not None
            doc, name = entry_document(self.bundle_name, entry)
            schema = Source(name, json.dumps(doc), doc)
        elif schema_name is not None:
            schema = read_source(schema_name)
        page = read_source(page_name) if page_name is not None else None
        if page is not None:
            produced = produce(page, module=module, platform_dir=self.platform, schema=schema)
        elif schema is not None:
            produced = produce(schema, module=module, platform_dir=self.platform)
        else:
            raise SourceError(shown_path(dest), "the spec records no page or schema to re-ingest from")
        return finish(produced, dest, self.args.spec, None, (page or schema).name)  # type: ignore[union-attr]


def _current(spec_dir: Path) -> list[Current]:
    return [Current(m.source_files[0], m, m.sources) for m in load_specs(spec_dir)]


def _new_slugs(args: argparse.Namespace, ingest: _Ingest, known: set[str]) -> list[str]:
    """Slugs with sources but no spec: the bundle's entries, and in ``--source-dir`` every
    ``<slug>.schema.json`` and every ``<slug>.md`` that is that model's docs page (a README or
    notes beside them are not models: they are named on stderr and left out)."""
    found = set(ingest.entries)
    directory: Path | None = args.source_dir
    if directory is not None:
        for path in sorted(directory.iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            if path.name.endswith(".schema.json"):
                found.add(path.name.removesuffix(".schema.json"))
            elif path.suffix == ".md" and path.stem not in known:
                if _is_page_of(path, path.stem):
                    found.add(path.stem)
                else:
                    print(f"note: {path}: not the docs page of a model {path.stem!r} (its front matter has "
                          f"no url ending in /models/{path.stem}): not a new model", file=sys.stderr)
    return sorted(found - known)


def _is_page_of(path: Path, slug: str) -> bool:
    """Whether ``path`` starts with a docs page's front matter whose url names ``slug``."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            front, _, _ = front_matter(fh.read(4096))
    except (OSError, PageError):
        return True  # let ingest say what is wrong with it
    return str(front.get("url", "")).rstrip("/").removesuffix(".md").endswith(f"/models/{slug}")


def _collect(args: argparse.Namespace, ingest: _Ingest, current: list[Current]) -> list[Report]:
    """Every model's outcome, in catalogue order, nothing written yet."""
    tasks: list[Callable[[], Report]] = []
    for cur in current:
        if not cur.sources:
            tasks.append(partial(Report, cur.slug, cur.path, "kept",
                                 error="records no sources (not written by ingest): left as it is"))
        elif ingest.bundle_name is not None and cur.slug not in ingest.entries:
            tasks.append(partial(_gone, cur, args.prune))
        else:
            tasks.append(partial(_attempt, ingest, cur.slug, cur.path, cur.model.module, cur.sources, cur.model))
    models_dir = args.spec / "models"
    for slug in _new_slugs(args, ingest, {c.slug for c in current}):
        tasks.append(partial(_attempt, ingest, slug, models_dir / f"{slug}.yaml", module_name(slug),
                             {"slug": slug}, None))
    return _in_threads(tasks, args.fetches)


def _gone(cur: Current, prune: bool) -> Report:
    """A model the bundle no longer lists; with --prune, kept if ``ingest`` did not write its spec."""
    if prune:
        try:
            check_owned_file(cur.path, HEADER, WRITER)
        except UnsafeOutput as exc:
            return Report(cur.slug, cur.path, "kept", error=f"gone from the bundle, but not removed: {exc}")
    return Report(cur.slug, cur.path, "gone", [Change("model-removed", cur.model.id)])


def _in_threads(tasks: list[Callable[[], R]], workers: int) -> list[R]:
    """Each task's result, in order, run on up to ``workers`` threads. Threads, not processes:
    what they wait for is the network (the GIL serialises the rest). Daemon threads: on Ctrl-C the
    command stops at once rather than waiting out the fetches in flight (nothing is written yet)."""
    if workers <= 1 or len(tasks) <= 1:
        return [task() for task in tasks]
    outcomes: list[tuple[bool, Any]] = [(False, None)] * len(tasks)
    finished = [threading.Event() for _ in tasks]
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in range(len(tasks)):
        todo.put(i)

    def work() -> None:
        while True:
            try:
                i = todo.get_nowait()
            except queue.Empty:
                return
            try:
                outcomes[i] = (True, tasks[i]())
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
                outcomes[i] = (False, exc)
            finished[i].set()

    for _ in range(min(workers, len(tasks))):
        threading.Thread(target=work, name="update-fetch", daemon=True).start()
    results: list[R] = []
    for i in range(len(tasks)):
        finished[i].wait()
        ok, value = outcomes[i]
        if not ok:
            raise value
        results.append(value)
    return results


def _attempt(ingest: _Ingest, slug: str, dest: Path, module: str, sources: dict[str, str],
             old: ModelSpec | None) -> Report:
    try:
        check_owned_file(dest, HEADER, WRITER)
        planned = ingest.plan(slug, dest, module, sources)
    except (SourceError, UnsafeOutput, SpecError) as exc:
        return Report(slug, dest, "failed", error=str(exc))
    except SpecErrors as exc:
        return Report(slug, dest, "failed", error="what ingest made of it does not load: "
                      + "; ".join(str(e) for e in exc.errors))
    if old is None:
        return Report(slug, dest, "added", [Change("model-added", planned.model.id)], planned=planned)
    changes = compare_models(old, planned.model)
    return Report(slug, dest, "changed" if changes or _text(dest) != planned.text else "unchanged",
                  changes, planned=planned)


def _text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _print(reports: list[Report], stream: Any, args: argparse.Namespace) -> None:
    for r in reports:
        if r.status == "unchanged":
            continue
        where = f"{r.slug} ({shown_path(r.path)})"
        if r.status == "failed":
            kept = " (its old spec is kept)" if args.keep_going and r.path.exists() else ""
            print(f"{where}: failed{kept}: {r.error}", file=stream)
            continue
        if r.status == "kept":
            print(f"{where}: kept: {r.error}", file=stream)
            continue
        n = len(r.changes)
        gone = "gone from the bundle: " + ("its spec is removed" if args.prune else "its spec is kept (--prune "
                                           "removes it)")
        what = {"changed": f"{n} change{'s' if n != 1 else ''}" if n else "reworded (no rule changed)",
                "added": "new model", "gone": gone}[r.status]
        print(f"{where}: {what}", file=stream)
        for c in r.changes:
            print(f"  {c.level:8s} {c.rule}: {c.message}", file=stream)
    counts = {s: sum(1 for r in reports if r.status == s)
              for s in ("changed", "unchanged", "added", "gone", "failed", "kept")}
    levels = {lv: sum(1 for r in reports for c in r.changes if c.level == lv) for lv in reversed(LEVELS)}
    print(f"update: {len(reports)} models: " + ", ".join(f"{n} {s}" for s, n in counts.items())
          + "; " + ", ".join(f"{n} {lv}" for lv, n in levels.items()), file=stream)


def run(args: argparse.Namespace) -> int:
    spec_dir: Path = args.spec
    if not (spec_dir / "models").is_dir():
        print(f"error: {spec_dir}: no models/ directory here; is --spec pointing at a spec tree?",
              file=sys.stderr)
        return 2
    if args.source_dir is not None and not args.source_dir.is_dir():
        what = "not a directory" if args.source_dir.exists() else "no such directory"
        print(f"error: --source-dir {args.source_dir}: {what}; nothing written", file=sys.stderr)
        return 2
    try:
        if not args.dry_run:
            check_replaceable(args.out, spec_dir)
        current = _current(spec_dir)
        ingest = _Ingest(args)
        ingest.read_bundle()
    except UnsafeOutput as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 2
    except SpecErrors as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print("the specs as they are do not load; nothing written", file=sys.stderr)
        return 2
    except SourceError as exc:
        print(f"error: {exc}; nothing written", file=sys.stderr)
        return 2
    reports = _collect(args, ingest, current)
    for r in reports:
        if r.planned is not None:
            for warning in r.planned.produced.warnings:
                print(f"warning: {r.planned.source}: {warning}", file=sys.stderr)
    if args.format == "json":
        json.dump({"models": [r.to_dict() for r in reports]}, sys.stdout, indent=2, default=repr)
        sys.stdout.write("\n")
    else:
        _print(reports, sys.stdout, args)
    failed = [r for r in reports if r.status == "failed"]
    if failed and not args.keep_going:
        n = len(failed)
        print(f"{n} model{'s' if n != 1 else ''} could not be ingested; nothing written "
              "(--keep-going keeps their old specs and goes on)", file=sys.stderr)
        return 2
    if not args.dry_run:
        code = _apply(args, reports, current)
        if code:
            return code
    if failed:  # as ``make -k`` does: the rest is done, and the run still says it was not all
        n = len(failed)
        print(f"{n} model{'s' if n != 1 else ''} could not be ingested; "
              f"{'their old specs are' if n != 1 else 'its old spec is'} kept", file=sys.stderr)
        return 2
    if args.fail_on is not None:
        floor = LEVELS.index(args.fail_on)
        if any(LEVELS.index(c.level) >= floor for r in reports for c in r.changes):
            return 1
    return 0


def _apply(args: argparse.Namespace, reports: list[Report], current: list[Current]) -> int:
    """Write the specs, then regenerate; if generation fails, every spec goes back as it was."""
    keep = {c.path: c.model for c in current}
    final: dict[Path, ModelSpec] = dict(keep)
    for r in reports:
        if r.planned is not None and r.status in ("changed", "added"):
            final[r.path] = r.planned.model
        elif r.status == "gone" and args.prune:
            final.pop(r.path, None)
    clashes = duplicate_errors(sorted(final.values(), key=lambda m: str(m.source_files[0])))
    if clashes:
        for err in clashes:
            print(f"error: {err}", file=sys.stderr)
        print("the updated specs clash with each other; nothing written", file=sys.stderr)
        return 2
    before: dict[Path, bytes | None] = {}
    writing = args.out  # what an OSError is about: the user's path, never a temporary file's
    try:
        for r in reports:
            writing = r.path
            if r.planned is not None and r.status in ("changed", "added"):
                before[r.path] = r.path.read_bytes() if r.path.exists() else None
                write_owned_file(r.path, r.planned.text, HEADER, WRITER)
            elif r.status == "gone" and args.prune:
                check_owned_file(r.path, HEADER, WRITER)
                before[r.path] = r.path.read_bytes()
                r.path.unlink()
        writing = args.out
        files = render_from(args, "update")
        if files is None:
            raise _Undo("generation failed")
        write_tree(args.out, files, spec_dir=args.spec)
    except (UnsafeOutput, OSError, _Undo) as exc:
        put_back(before)
        detail = f"cannot write {writing}: {exc.strerror or exc}" if isinstance(exc, OSError) else str(exc)
        print(f"error: {detail}; every spec is back as it was", file=sys.stderr)
        return 2
    n = len(before)
    print(f"updated {n} spec{'s' if n != 1 else ''}; generated {len(files)} files in {args.out}",
          file=sys.stderr if args.format == "json" else sys.stdout)
    return 0


class _Undo(Exception):
    pass
