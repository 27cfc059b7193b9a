"""``validate`` is one command with two entry points: the generator's and the bindings' own.

Every behaviour test of ``validate`` takes the ``validate_cli`` fixture and so runs against both.
The bindings' entry point runs with a ``generator`` package on the path that refuses to import, so
a test passes there only if ``python -m runware_bindings`` needs nothing of the generator.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

ENTRY_POINTS = ("generator", "runware_bindings")


class ValidateCli:
    def __init__(self, module: str, env: dict[str, str]) -> None:
        self.module = module
        self.env = env

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", self.module, "validate", *args]

    def __call__(self, *args: str, stdin: str | None = None, cwd: Path = ROOT,
                 timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*args), input=stdin, capture_output=True, text=True, cwd=cwd,
                              env=self.env, timeout=timeout, check=False)

    def popen(self, *args: str, **kwargs: object) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(*args), cwd=ROOT, env=self.env, text=True, **kwargs)  # type: ignore[call-overload]

    def run(self, *args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*args), cwd=ROOT, env=self.env, timeout=300, check=False,  # type: ignore[call-overload]
                              **kwargs)


@pytest.fixture(scope="session")
def _no_generator(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shadow = tmp_path_factory.mktemp("no-generator")
    (shadow / "generator").mkdir()
    (shadow / "generator" / "__init__.py").write_text(
        'raise ImportError("the bindings imported the generator")\n')
    return shadow


@pytest.fixture(params=ENTRY_POINTS)
def validate_cli(request: pytest.FixtureRequest, _no_generator: Path) -> ValidateCli:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if request.param == "runware_bindings":
        env["PYTHONPATH"] = str(_no_generator)
    return ValidateCli(request.param, env)


