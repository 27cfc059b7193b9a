"""``make bench``, part 3: the generator at catalogue scale, against the previous generator.

A synthetic catalogue of 350 models (copies of the real specs with renamed ids, module names and
slugs, in a temporary directory) is generated cold, generated again after one spec changes, and
checked; then the package it produced is imported, and one model validates its first payload.
Every step runs in a fresh process. The same steps run on the previous generator (the commit
before the catalogue work, taken with ``git archive`` into a temporary directory and run with this
venv, ``PYTHONPATH`` pointing at it), so the ratios come from one run on one machine; without git
that column is skipped.

Peak memory is ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` of a wrapper process around each step:
the resident size of the largest process of the step (the generator, or one of its workers).
Run: .venv/bin/python -m tests.bench.bench_catalogue [--models N] [--baseline REV]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec"
# The last commit of main before the catalogue work (lazy registry, cache, process pool).
BASELINE = "751c6cf4df7d3d5dfddaaedd24ba92286e6f48e0"
# (slug, id, module, name) of the real specs the catalogue copies.
SOURCES = (("krea-2-medium", "krea:krea@2-medium", "krea_2_medium", "Krea 2 Medium"),
           ("gpt-image-2", "openai:gpt-image@2", "gpt_image_2", "GPT Image 2"))
REPEATS = 5  # import and first-validate timings: best of this many fresh processes


def make_catalogue(dest: Path, n: int, spec: Path = SPEC) -> list[tuple[str, str]]:
    """A spec tree of ``n`` models in ``dest``; returns (model id, spec file name) of each."""
    shutil.copytree(spec / "platform", dest / "platform")
    (dest / "models").mkdir(parents=True)
    texts = {slug: (spec / "models" / f"{slug}.yaml").read_text(encoding="utf-8") for slug, *_ in SOURCES}
    made: list[tuple[str, str]] = []
    for i in range(n):
        slug, model_id, module, name = SOURCES[i % len(SOURCES)]
        suffix = f"c{i:03d}"
        text = (texts[slug].replace(model_id, f"{model_id}-{suffix}").replace(module, f"{module}_{suffix}")
                .replace(slug, f"{slug}-{suffix}").replace(name, f"{name} {suffix.upper()}"))
        file = f"{slug}-{suffix}.yaml"
        (dest / "models" / file).write_text(text, encoding="utf-8")
        made.append((f"{model_id}-{suffix}", file))
    return made


def change_one(spec_dir: Path, file: str) -> None:
    """One edit a docs update brings: a parameter's range (the reference strength's maximum)."""
    path = spec_dir / "models" / file
    text = path.read_text(encoding="utf-8")
    assert "maximum: 2\n" in text, f"{file} has no 'maximum: 2' to change"
    path.write_text(text.replace("maximum: 2\n", "maximum: 3\n", 1), encoding="utf-8")


# Runs one step and reports (seconds, peak KiB, exit status). As a subreaper (Linux) it also reaps
# what the step leaves to outlive it (the forkserver, whose children are the pool's workers), so
# their memory counts too.
_WRAPPER = ("import ctypes, os, resource, subprocess, sys, time\n"
            "try:\n"
            "    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER\n"
            "except (OSError, AttributeError):\n"
            "    pass\n"
            "t = time.perf_counter()\n"
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
            "elapsed = time.perf_counter() - t\n"
            "while True:\n"
            "    try:\n"
            "        os.wait()\n"
            "    except ChildProcessError:\n"
            "        break\n"
            "sys.stderr.buffer.write(r.stderr)\n"
            "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)\n")


@dataclass
class Step:
    seconds: float
    peak_kib: int


def timed(args: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...] = (0,)) -> Step:
    res = subprocess.run([sys.executable, "-c", _WRAPPER, *args], cwd=cwd, env=env, capture_output=True,
                         text=True, check=False)
    if res.returncode != 0 or not res.stdout.strip():
        raise SystemExit(f"bench: {' '.join(args)} failed: {res.stderr[-2000:]}")
    seconds, peak, code = res.stdout.split()
    if int(code) not in ok:
        raise SystemExit(f"bench: {' '.join(args)} exited {code}: {res.stderr[-2000:]}")
    return Step(float(seconds), int(peak))


_IMPORT = ("import time; t = time.perf_counter(); import runware_bindings; "
           "print(time.perf_counter() - t)")
_FIRST_VALIDATE = ("import json, sys, time; import runware_bindings; p = json.loads(sys.argv[1]); "
                   "t = time.perf_counter(); e = runware_bindings.validate(p); "
                   "print(time.perf_counter() - t); assert e == [], e")
_IMPORT_CLIENT = ("import time; t = time.perf_counter(); from runware_bindings import Runware; "
                  "print(time.perf_counter() - t)")
_IMPORT_AND_VALIDATE = ("import json, sys, time; p = json.loads(sys.argv[1]); t = time.perf_counter(); "
                        "import runware_bindings; e = runware_bindings.validate(p); "
                        "print(time.perf_counter() - t); assert e == [], e")


def best(code: str, package_parent: Path, env: dict[str, str], *args: str) -> float:
    env = {**env, "PYTHONPATH": str(package_parent)}
    times = []
    for _ in range(REPEATS):
        res = subprocess.run([sys.executable, "-c", code, *args], cwd=package_parent, env=env,
                             capture_output=True, text=True, check=False)
        if res.returncode != 0:
            raise SystemExit(f"bench: importing the bindings in {package_parent} failed: {res.stderr[-2000:]}")
        times.append(float(res.stdout.split()[-1]))
    return min(times)


def measure(generator_root: Path, work: Path, catalogue: Path, models: list[tuple[str, str]]) -> dict[str, Step | float]:
    """Every figure for the generator whose source tree is ``generator_root``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(generator_root)
    work.mkdir()
    spec = work / "spec"
    shutil.copytree(catalogue, spec)
    gen = ["-m", "generator"]
    out: dict[str, Step | float] = {}
    out["cold"] = timed([sys.executable, *gen, "generate", "--spec", "spec", "--out", "gen"], work, env)
    change_one(spec, models[0][1])
    out["one change"] = timed([sys.executable, *gen, "generate", "--spec", "spec", "--out", "gen"], work, env)
    out["check"] = timed([sys.executable, *gen, "check", "--spec", "spec", "--out", "gen"], work, env)
    out["import"] = best(_IMPORT, work / "gen", env)
    model_id = models[-1][0]
    payload = {"taskType": "imageInference", "taskUUID": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47",
               "model": model_id, "positivePrompt": "a lighthouse", "width": 1024, "height": 1024}
    out["first validate"] = best(_FIRST_VALIDATE, work / "gen", env, json.dumps(payload))
    out["import + first validate"] = best(_IMPORT_AND_VALIDATE, work / "gen", env, json.dumps(payload))
    out["import Runware"] = best(_IMPORT_CLIENT, work / "gen", env)
    # The same package with the two real models, for import time against catalogue size.
    small = work / "small"
    small.mkdir()
    shutil.copytree(SPEC, small / "spec")
    timed([sys.executable, *gen, "generate", "--spec", "spec", "--out", "gen"], small, env)
    out["import (2 models)"] = best(_IMPORT, small / "gen", env)
    return out


def _burn(n: int) -> float:
    t = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return time.perf_counter() - t


def cores_available() -> float:
    """How many cores this run really had: one CPU-bound loop alone against one per core at once.
    On a machine shared with other work a pool cannot be faster than this allows."""
    n = os.cpu_count() or 1
    alone = min(_burn(5_000_000) for _ in range(3))
    with ProcessPoolExecutor(n) as pool:
        list(pool.map(_burn, [1000] * n))  # started before timing
        t = time.perf_counter()
        list(pool.map(_burn, [5_000_000] * n))
        together = time.perf_counter() - t
    return n * alone / together


def baseline_tree(rev: str, dest: Path) -> str | None:
    """The previous generator's ``generator/`` in ``dest``, or why it cannot be had."""
    if shutil.which("git") is None:
        return "git is not installed"
    res = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "generator"],
                         capture_output=True, check=False)
    if res.returncode != 0:
        return f"git archive {rev[:12]} failed: {res.stderr.decode(errors='replace').strip()}"
    with tarfile.open(fileobj=io.BytesIO(res.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return None


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds >= 0.001 else f"{seconds * 1e6:.0f} us"


def _mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def report(n: int, new: dict[str, Step | float], old: dict[str, Step | float] | None, skipped: str | None,
           cores: tuple[float, float] | None = None) -> None:
    print(f"catalogue of {n} models; Python {platform.python_version()}, {os.cpu_count()} cores "
          f"(usable: {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'})")
    if cores:
        print(f"cores free for this run (a CPU-bound loop on every core against one alone): "
              f"{cores[0]:.1f} before, {cores[1]:.1f} after")
    head = f"{'step':<28}{'this generator':>18}{'previous':>14}{'ratio':>9}   peak memory (this / previous)"
    print(head)
    print("-" * len(head))
    for name in ("cold", "one change", "check"):
        a = new[name]
        b = old[name] if old else None
        assert isinstance(a, Step) and (b is None or isinstance(b, Step))
        ratio = f"{b.seconds / a.seconds:.1f}x" if b else "-"
        prev = f"{b.seconds:.1f} s" if b else "skipped"
        mem = _mib(a.peak_kib) + (f" / {_mib(b.peak_kib)}" if b else "")
        label = {"cold": "generate, cold", "one change": "generate, one spec changed",
                 "check": "check"}[name]
        print(f"{label:<28}{a.seconds:>16.1f} s{prev:>14}{ratio:>9}   {mem}")
    for name in ("import", "import (2 models)", "first validate", "import + first validate", "import Runware"):
        a_s = new[name]
        b_s = old[name] if old else None
        assert isinstance(a_s, float) and (b_s is None or isinstance(b_s, float))
        prev = _ms(b_s) if b_s is not None else "skipped"
        ratio = f"{b_s / a_s:.1f}x" if b_s is not None else "-"
        label = {"import": f"import ({n} models)", "import (2 models)": "import (2 models)",
                 "first validate": "first validate of a model",
                 "import + first validate": "import + first validate",
                 "import Runware": "from ... import Runware"}[name]
        print(f"{label:<28}{_ms(a_s):>18}{prev:>14}{ratio:>9}")
    cold, one = new["cold"], new["one change"]
    assert isinstance(cold, Step) and isinstance(one, Step)
    print()
    print(f"per model, cold: {cold.seconds / n * 1000:.0f} ms"
          + (f" (previous: {old['cold'].seconds / n * 1000:.0f} ms)" if old and isinstance(old["cold"], Step) else ""))
    print(f"generate after one change: {one.seconds / cold.seconds:.1%} of a cold run")
    imp, imp2 = new["import"], new["import (2 models)"]
    assert isinstance(imp, float) and isinstance(imp2, float)
    print(f"import with {n} models: {imp / imp2:.2f}x the import with 2")
    if skipped:
        print(f"previous generator: skipped ({skipped})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=350, help="catalogue size (default 350)")
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the previous generator")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-catalogue-") as tmp:
        base = Path(tmp)
        catalogue = base / "catalogue"
        models = make_catalogue(catalogue, args.models)
        previous = base / "previous"
        previous.mkdir()
        skipped = baseline_tree(args.baseline, previous)
        # A copy of this generator, so that editing the checkout while the bench runs changes nothing.
        current = base / "current"
        shutil.copytree(ROOT / "generator", current / "generator",
                        ignore=shutil.ignore_patterns("__pycache__"))
        before = cores_available()
        new = measure(current, base / "new", catalogue, models)
        old = None if skipped else measure(previous, base / "old", catalogue, models)
        report(args.models, new, old, skipped, (before, cores_available()))


if __name__ == "__main__":
    main()
