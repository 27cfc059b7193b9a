"""``make bench`` prints each comparison once, as one ratio from one measurement."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import pytest

from tests.bench import bench_validators


def test_the_bar_and_goals_repeat_the_tables_ratios(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # Every "measurement" gives new figures, so a second measurement of a comparison shows up.
    figures = itertools.count(1)

    def fake_interleaved(contenders: dict[str, Callable[[], Any]], rounds: int,
                         budget: float = 0.02) -> dict[str, list[float]]:
        return {name: [next(figures) * 1e-6 for _ in range(rounds)] for name in contenders}

    monkeypatch.setattr(bench_validators, "interleaved", fake_interleaved)
    bench_validators.main(rounds=3)
    out = capsys.readouterr().out
    table = out.split("full valid payload:")[1].split("\n\n")[0]

    def row(library: str) -> float:
        [line] = [li for li in table.splitlines() if li.strip().startswith(library)]
        found = re.search(r"us\s+([\d.]+)x", line)
        assert found, line
        return float(found.group(1))

    bar = re.search(r"bar: .*?: ([\d.]+)x", out)
    goal = re.search(r"goal: generated validate at most 0.8x msgspec's time .*?: ([\d.]+)x", out)
    assert bar and goal, out
    assert float(bar.group(1)) == pytest.approx(row("fastjsonschema"), abs=0.05)
    assert float(goal.group(1)) == pytest.approx(1 / row("msgspec"), abs=0.01)
    assert out.count("bar:") == 1 and out.count("msgspec's time") == 1
    # is_valid against validate: its row in each of the three tables, and no second figure.
    assert out.count("is_valid (generated, boolean)") == 3 and "validate's time" not in out


def test_the_compiler_bench_does_not_measure_the_krea_payload_again() -> None:
    from tests.bench import bench_compiler

    assert not hasattr(bench_compiler, "krea_payload")
