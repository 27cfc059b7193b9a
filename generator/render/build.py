"""The whole tree from a spec directory, at catalogue scale: models load and render in a process
pool, unchanged ones come from the cache (``cache.py``), and the result is the same bytes as
:func:`tree.render_all` over :func:`spec.load.load_specs`, whatever the order in which the workers
finish (results are placed by model file, and every file map is sorted).

Each model loads with a loader of its own, so what a model was loaded from is exactly its own
files; errors are gathered in model-file order and de-duplicated as ``load_specs`` does (a broken
platform file is reported once), then the checks across models run (ids and modules unique).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..spec.errors import SpecError, SpecErrors
from ..spec.load import duplicate_errors, load_one, model_files
from ..spec.model import ModelSpec
from ..spec.yamlsource import read_text
from .cache import Cache, Sources, encode_summary
from .formatting import RenderBug
from .tree import finish, render_model, render_package, summary

Progress = Callable[[int, int], None]  # (models done, models in all)

# What a worker sends back: ("ok", summary, files, sources it was loaded from) or
# ("errors", [(file, line, pointer, message, column), ...], summary or None) or ("bug", message).
# Plain tuples: SpecError does not survive pickling.
Outcome = tuple[Any, ...]


def usable_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _load_and_render(path: str, spec_dir: str, text: str) -> Outcome:
    """One model, from the text the caller hashed (so the cache key matches what was rendered)."""
    model, errors = load_one(Path(path), Path(spec_dir), text=text)
    if errors:
        # The model too (when there is one): the checks across models see it, as load_specs does.
        return ("errors", [_plain(e) for e in errors], None if model is None else summary(model))
    assert model is not None
    try:
        files = render_model(model)
    except RenderBug as exc:
        return ("bug", str(exc))
    return ("ok", summary(model), files, [str(p) for p in model.source_files])


@dataclass
class Built:
    files: dict[str, str]
    catalogue: list[ModelSpec]  # the models' summaries, sorted by id
    rendered: int = 0  # models rendered by this run (the others came from the cache)
    warnings: list[str] = field(default_factory=list)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed process its parent has not reaped yet is gone all the same
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rpartition(b")")[2].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _watch(parent: int) -> None:
    """Worker initializer: end this worker when the process that made the pool is gone. Killed
    (SIGKILL, an OOM), it cannot stop its pool, and a worker would wait forever to hand over its
    result."""
    if os.name != "posix":
        return  # os.kill(pid, 0) would terminate the process on Windows

    def watch() -> None:
        while _alive(parent):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _pool(jobs: int) -> ProcessPoolExecutor:
    # forkserver where there is one: workers fork from a clean, single-threaded server that has
    # imported the renderer once, instead of from this process (which may hold threads).
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload([__name__])
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_watch,
                               initargs=(os.getpid(),))


Task = tuple[str, str, str]  # (model file, spec directory, the file's text)
Runner = Callable[[list[Task], int, Callable[[], None]], Iterator[tuple[int, Outcome]]]


def run_tasks(tasks: list[Task], jobs: int, step: Callable[[], None]) -> Iterator[tuple[int, Outcome]]:
    """(index, outcome) per task, in the order they finish; ``step()`` after each."""
    if jobs <= 1 or len(tasks) <= 1:
        for i, task in enumerate(tasks):
            yield i, _load_and_render(*task)
            step()
        return
    pool = _pool(min(jobs, len(tasks)))
    try:
        pending: dict[Future[Outcome], int] = {pool.submit(_load_and_render, *t): i
                                               for i, t in enumerate(tasks)}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield pending.pop(future), future.result()
                step()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def build(spec_dir: Path, *, cache: Cache | None = None, jobs: int = 1,
          progress: Progress | None = None, run: Runner = run_tasks) -> Built:
    """Every file the specs in ``spec_dir`` produce. Raises ``SpecErrors`` or ``RenderBug``."""
    paths = model_files(spec_dir)  # as load_specs names them (source_files[0], messages)
    sources = Sources(spec_dir)
    if cache is not None:
        # Hashed before any worker reads them, and again after: an entry is stored only when both
        # agree, so a spec edited during the run is never recorded with the other version's output.
        sources.snapshot(spec_dir)
    results: list[Outcome | None] = [None] * len(paths)
    keys: dict[int, str] = {}
    tasks: list[Task] = []
    task_index: list[int] = []
    for i, path in enumerate(paths):
        try:
            text = read_text(path.resolve(), "a spec file")
        except SpecError as exc:
            results[i] = ("errors", [_plain(exc)])
            continue
        if cache is not None:
            keys[i] = cache.model_key(sources.name(path), text.encode("utf-8"))
            hit = cache.get_model(keys[i], sources)
            if hit is not None:
                results[i] = ("cached", *hit)
                continue
        tasks.append((str(path), str(spec_dir), text))
        task_index.append(i)

    done = len(paths) - len(tasks)

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(paths))

    if progress is not None:
        progress(done, len(paths))
    for n, outcome in run(tasks, jobs, step):
        results[task_index[n]] = outcome

    models: list[ModelSpec] = []
    files: dict[str, str] = {}
    errors: list[SpecError] = []
    bugs: list[str] = []
    for i, result in enumerate(results):
        assert result is not None, "every model file has an outcome"
        outcome = result
        if outcome[0] == "errors":
            errors.extend(SpecError(f, line, ptr, msg, column=col) for f, line, ptr, msg, col in outcome[1])
            if len(outcome) > 2 and outcome[2] is not None:
                models.append(outcome[2])
        elif outcome[0] == "bug":
            bugs.append(outcome[1])
        elif outcome[0] == "cached":
            models.append(outcome[1])
            files.update(outcome[2])
        else:
            _, model, rendered, loaded_from = outcome
            models.append(model)
            files.update(rendered)
            if cache is not None:
                data = encode_summary(model, sources)
                record = sources.record(Path(p) for p in loaded_from)
                if data is not None and record is not None:
                    cache.put_model(keys[i], data, record, rendered)
    if bugs:
        raise RenderBug(bugs[0])
    errors.extend(duplicate_errors(models))
    if errors:
        raise SpecErrors(_dedupe(errors))

    catalogue = sorted(models, key=lambda m: m.id)
    files.update(_package(catalogue, cache, sources))
    if cache is not None:
        cache.prune(keep=max(256, 4 * (len(paths) + 1)))
    return Built(finish(files, catalogue, spec_dir), catalogue, rendered=len(tasks))


def _package(catalogue: list[ModelSpec], cache: Cache | None, sources: Sources) -> dict[str, str]:
    encoded = [encode_summary(m, sources) for m in catalogue] if cache is not None else []
    key = None
    if cache is not None and all(e is not None for e in encoded):
        key = cache.package_key([e for e in encoded if e is not None])
        hit = cache.get_package(key)
        if hit is not None:
            return hit
    files = render_package(catalogue)
    if cache is not None and key is not None:
        cache.put_package(key, files)
    return files


def _plain(e: SpecError) -> tuple[str, int | None, str, str, int | None]:
    return (str(e.file), e.line, e.pointer, e.message, e.column)


def _dedupe(errors: list[SpecError]) -> list[SpecError]:
    seen: set[tuple[str, str, str]] = set()
    out: list[SpecError] = []
    for e in errors:
        key = (str(e.file), e.pointer, e.message)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
