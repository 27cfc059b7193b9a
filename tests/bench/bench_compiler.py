"""``make bench`` (compiler part): conformance and speed of the JSON Schema compiler, as ratios
measured in one run, against jsonschema, jsonschema-rs and fastjsonschema.

1. Conformance: cases of the official test suite (../shared/jsts/, draft 2020-12) each library
   passes; a schema a library refuses counts as failing its cases.
2. Runware's published schemas (../shared/runware-schemas/): ``components.schemas.RequestBody``
   compiled (formats asserted) and run on a valid and an invalid request.
3. Compile time of the largest published schema.

The full Krea 2 Medium payload against msgspec, pydantic and the others is ``bench_validators.py``'s
(measured once there, so that ``make bench`` prints each comparison once).

Times are per call; every contender runs in each round, in a shuffled order, and a ratio is the
median over rounds of (ours / theirs) measured in the same round. Run:
.venv/bin/python -m tests.bench.bench_compiler [--rounds N] [--quick]
"""

from __future__ import annotations

import argparse
import copy
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema_rs
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from generator.compiler import compile_schema
from tests.bench.timing import interleaved, ratio
from tests.compiler.samples import invalid_task, valid_task
from tests.compiler.suite import REMOTE_BASE, REMOTES, groups, remote
from tests.helpers import SHARED

Check = Callable[[Any], bool]
SCHEMAS = SHARED / "runware-schemas"


def _accepts(fn: Callable[[Any], Any]) -> Check:
    def run(instance: Any) -> bool:
        try:
            fn(instance)
        except Exception:  # noqa: BLE001 - each library signals "invalid" with its own exception
            return False
        return True
    return run


# -- 1. conformance ------------------------------------------------------------------------------
def _retrieve(uri: str) -> Resource[Any]:
    try:
        return Resource.from_contents(remote(uri))
    except (LookupError, OSError) as exc:
        raise NoSuchResource(uri) from exc


def _compilers() -> dict[str, Callable[[Any, bool], Check]]:
    registry: Registry[Any] = Registry(retrieve=_retrieve)  # type: ignore[call-arg]

    def ours(schema: Any, formats: bool) -> Check:
        return compile_schema(schema, ref_dir=REMOTES, base_uri=REMOTE_BASE,
                              formats="assert" if formats else "annotate").is_valid

    def js(schema: Any, formats: bool) -> Check:
        checker = Draft202012Validator.FORMAT_CHECKER if formats else None
        return Draft202012Validator(schema, registry=registry, format_checker=checker).is_valid

    def rs(schema: Any, formats: bool) -> Check:
        return jsonschema_rs.validator_for(schema, validate_formats=formats, retriever=remote).is_valid

    def fj(schema: Any, formats: bool) -> Check:
        handlers = {"http": remote, "https": remote}
        return _accepts(fastjsonschema.compile(schema, handlers=handlers, use_formats=formats))

    return {"ours": ours, f"jsonschema {version('jsonschema')}": js,
            f"jsonschema-rs {version('jsonschema-rs')}": rs, f"fastjsonschema {version('fastjsonschema')}": fj}


def _issue_measure(g: Any) -> bool:
    """The issue's yardstick: the required files, refRemote aside, plus optional format uuid and uri."""
    return g.kind == "required" or g.file in ("optional/format/uuid.json", "optional/format/uri.json")


def conformance() -> None:
    suite = groups()
    if not suite:
        print("conformance: ../shared/jsts/ is absent, skipped")
        return
    columns: list[tuple[str, Callable[[Any], bool]]] = [
        ("required", lambda g: g.kind == "required"), ("refRemote", lambda g: g.kind == "refRemote"),
        ("optional", lambda g: g.kind == "optional"), ("optional/format", lambda g: g.kind == "optional-format"),
        ("required+uuid/uri", _issue_measure), ("all", lambda g: True)]
    totals = [sum(len(g.tests) for g in suite if keep(g)) for _, keep in columns]
    print("\n1. Official test suite, draft 2020-12: cases passed (a refused schema fails its cases)")
    print(f"   {'library':24s}" + "".join(f"{name:>20s}" for name, _ in columns))
    for name, make in _compilers().items():
        passed = [0] * len(columns)
        for g in suite:
            try:
                check = make(g.schema, g.formats == "assert")
            except Exception:  # noqa: BLE001, S112 - a refusal or a crash: every case of the group fails
                continue
            for _, data, valid in g.tests:
                try:
                    ok = check(copy.deepcopy(data)) is valid
                except Exception:  # noqa: BLE001
                    ok = False
                for i, (_, keep) in enumerate(columns):
                    passed[i] += ok and keep(g)
        cells = "".join(f"{p:>7d}/{t:<5d}{100 * p / t:6.1f}%" for p, t in zip(passed, totals))
        print(f"   {name:24s}{cells}")


# -- 2. Runware's published schemas --------------------------------------------------------------
def runware_schemas(rounds: int) -> None:
    files = sorted(SCHEMAS.glob("*.schema.json"))
    if not files:
        print("\n2. ../shared/runware-schemas/ is absent, skipped")
        return
    print("\n2. Runware's published schemas, components.schemas.RequestBody (formats asserted):")
    print("   time per call of ours (validate, every error), and how many times longer the others take")
    header = f"   {'schema':42s} {'case':8s} {'ours':>9s} {'fastjsonschema':>15s} {'jsonschema-rs':>14s} {'jsonschema':>11s}"
    print(header)
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        wrapper = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                   "$ref": "#/components/schemas/RequestBody", "components": doc["components"]}
        ours = compile_schema(doc, pointer="/components/schemas/RequestBody", formats="assert")
        js = Draft202012Validator(wrapper, format_checker=Draft202012Validator.FORMAT_CHECKER)
        rs = jsonschema_rs.validator_for(wrapper, validate_formats=True)
        try:
            fj: Check | None = _accepts(fastjsonschema.compile(wrapper))
        except Exception:  # noqa: BLE001
            fj = None
        task_schema = doc["components"]["schemas"]["RequestBody"]["items"]
        valid = [valid_task(task_schema, js)]
        invalid = [invalid_task(valid[0], task_schema)]
        for case, instance, expected in (("valid", valid, True), ("invalid", invalid, False)):
            assert ours.is_valid(instance) is expected and js.is_valid(instance) is expected, (path.name, case)
            contenders: dict[str, Callable[[], Any]] = {
                "ours": lambda i=instance, f=ours.validate: f(i), "rs": lambda i=instance, f=rs.is_valid: f(i),
                "js": lambda i=instance, f=js.is_valid: f(i)}
            if fj is not None and fj(instance) is expected:
                contenders["fj"] = lambda i=instance, f=fj: f(i)
            times = interleaved(contenders, rounds)
            cells = [f"{ratio(times, n, 'ours'):>{w}.2f}x" if n in times else f"{'n/a':>{w + 1}s}"
                     for n, w in (("fj", 14), ("rs", 13), ("js", 10))]
            print(f"   {path.name:42s} {case:8s} {statistics.median(times['ours']) * 1e6:7.1f}us {' '.join(cells)}")
    print("   (above 1: the other library takes longer; ours reports every error with its message,")
    print("    jsonschema-rs and jsonschema only answer is_valid, fastjsonschema stops at the first error)")


# -- 3. Krea ---------------------------------------------------------------------------------------
# -- 3. compile time -------------------------------------------------------------------------------
def compile_time() -> None:
    files = sorted(SCHEMAS.glob("*.schema.json"), key=lambda p: p.stat().st_size)
    if not files:
        return
    largest = files[-1]
    doc = json.loads(largest.read_text(encoding="utf-8"))
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        compile_schema(doc, pointer="/components/schemas/RequestBody", formats="assert")
        best = min(best, time.perf_counter() - start)
    print(f"\n3. Compile time of the largest published schema ({largest.name}, {largest.stat().st_size} bytes): "
          f"{best * 1000:.0f} ms (compile_schema: checks, code, exec; best of 5; goal: under 1 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="3 rounds, no conformance table")
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    print(f"Python {platform.python_version()} on {platform.machine()}")
    if not args.quick:
        conformance()
    runware_schemas(rounds)
    compile_time()


if __name__ == "__main__":
    main()
