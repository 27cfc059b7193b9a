"""``runtime/catalogue.py``: a mapping of model ids to functions imported on first lookup."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.runtime.catalogue import LazyFunctions


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    root = tmp_path / "lazypkg"
    for module in ("alpha", "beta"):
        (root / module).mkdir(parents=True)
        (root / module / "__init__.py").write_text("")
        (root / module / "validator.py").write_text(f"def validate(x):\n    return {module!r}\n")
    (root / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "lazypkg"
    for name in [m for m in sys.modules if m == "lazypkg" or m.startswith("lazypkg.")]:
        del sys.modules[name]


def test_lookups_import_only_the_model_asked_for(package: str) -> None:
    table = LazyFunctions({"a:1": "alpha", "b:1": "beta"}, package, "validator", "validate")
    assert list(table) == ["a:1", "b:1"] and len(table) == 2
    assert "a:1" in table and "c:1" not in table and 3 not in table
    assert "lazypkg.alpha.validator" not in sys.modules  # in, len and iteration import nothing
    assert table["a:1"]("x") == "alpha"
    assert "lazypkg.alpha.validator" in sys.modules and "lazypkg.beta.validator" not in sys.modules
    assert table.lookup("b:1") is table["b:1"] and table.get("b:1") is table["b:1"]
    assert table.lookup("c:1") is None and table.get("c:1") is None and table.lookup(1.5) is None
    with pytest.raises(KeyError):
        table["c:1"]
    with pytest.raises(TypeError):  # as a dict: an unhashable id is a TypeError, which dispatch catches
        table.lookup(["a:1"])
    assert repr(table) == "<validator.validate of 2 models, 2 loaded>"
