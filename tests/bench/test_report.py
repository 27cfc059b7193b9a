"""``make bench`` prints each comparison once, as one ratio from one measurement."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

import pytest

from tests.bench import bench_validators


def test_the_bar_repeats_the_tables_ratio(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # Every "measurement" gives a new figure, so a second measurement of a comparison shows up.
    figures = itertools.count(1)

    def fake_best_time(fn: Callable[[], Any], budget: float = 0.4) -> float:
        return next(figures) * 1e-6

    monkeypatch.setattr(bench_validators, "best_time", fake_best_time)
    bench_validators.main()
    out = capsys.readouterr().out
    table = out.split("full valid payload:")[1].split("\n\n")[0]
    [row] = [line for line in table.splitlines() if line.strip().startswith("fastjsonschema")]
    table_ratio = re.search(r"us\s+([\d.]+)x", row)
    bar = re.search(r"bar: .*?: ([\d.]+)x", out)
    assert table_ratio and bar, out
    assert bar.group(1) == table_ratio.group(1)
    assert out.count("bar:") == 1
