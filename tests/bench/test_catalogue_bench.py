"""``bench_catalogue.py``: its synthetic catalogue is a valid spec tree, and without git (or the
previous commit) the comparison column is skipped, not faked."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec.load import load_specs
from tests.bench import bench_catalogue as bench


def test_the_catalogue_is_a_valid_spec_tree_of_distinct_models(tmp_path: Path) -> None:
    made = bench.make_catalogue(tmp_path / "spec", 5)
    models = load_specs(tmp_path / "spec")
    assert sorted(m.id for m in models) == sorted(model_id for model_id, _ in made)
    assert len({m.module for m in models}) == len({m.slug for m in models}) == 5
    before = (tmp_path / "spec" / "models" / made[0][1]).read_text()
    bench.change_one(tmp_path / "spec", made[0][1])
    assert (tmp_path / "spec" / "models" / made[0][1]).read_text() != before
    assert len(load_specs(tmp_path / "spec")) == 5


def test_without_git_the_previous_column_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert "failed" in (bench.baseline_tree("no-such-revision", tmp_path) or "")
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)
    why = bench.baseline_tree(bench.BASELINE, tmp_path)
    assert why == "git is not installed" and not any(tmp_path.iterdir())
    step = bench.Step(2.0, 1024)
    figures: dict[str, bench.Step | float] = {
        "cold": bench.Step(10.0, 2048), "one change": step, "check": step, "import": 0.01,
        "import (2 models)": 0.01, "first validate": 0.002, "import + first validate": 0.012,
        "import Runware": 0.05}
    bench.report(5, figures, None, why)
    out = capsys.readouterr().out
    assert "previous generator: skipped (git is not installed)" in out
    assert "generate after one change: 20.0% of a cold run" in out
    assert "per model, cold: 2000 ms\n" in out
