"""The generated TypedDicts accept well-typed payloads and mypy rejects ill-typed ones."""

from __future__ import annotations

import typing
from pathlib import Path

from runware_bindings.krea_2_medium import types

from tests.helpers import mypy_error_lines

SNIPPET = '''
from runware_bindings.krea_2_medium.types import Krea2MediumRequest, Krea2MediumResponse, ReferenceImage

ok: Krea2MediumRequest = {
    "taskType": "imageInference", "taskUUID": "x", "model": "krea:krea@2-medium",
    "positivePrompt": "p", "width": 1024, "height": 1024,
    "inputs": {"referenceImages": ["a", {"image": "b", "strength": 0.5}]},
    "settings": {"creativity": "raw"}, "safety": {"checkContent": True, "mode": "fast"},
}
item: Krea2MediumResponse = {"taskType": "imageInference", "taskUUID": "u", "imageUUID": "i", "cost": 0.01}
bad_enum: Krea2MediumRequest = {**ok, "settings": {"creativity": "wild"}}  # line 11
missing: Krea2MediumRequest = {"taskType": "imageInference"}  # line 12
bad_ref: ReferenceImage = {"strength": 1.0}  # line 13
bad_type: Krea2MediumRequest = {**ok, "width": "1024"}  # line 14
'''


def test_mypy_accepts_good_and_rejects_bad_payloads(tmp_path: Path) -> None:
    lines, output = mypy_error_lines(SNIPPET, tmp_path)
    assert lines == {11, 12, 13, 14}, output


def test_literal_enums_match_the_schema() -> None:
    assert typing.get_args(types.OutputType) == ("URL", "base64Data", "dataURI")
    assert typing.get_args(types.Creativity) == ("raw", "low", "medium", "high")
    hints = typing.get_type_hints(types.Krea2MediumRequest)
    assert set(hints) >= {"positivePrompt", "width", "height", "inputs", "settings", "safety", "seed"}
    assert types.Krea2MediumRequest.__required_keys__ == frozenset(
        {"taskType", "taskUUID", "model", "positivePrompt", "width", "height"})
    assert types.ReferenceImage.__required_keys__ == frozenset({"image"})
    assert "Influence strength" in (types.ReferenceImage.__doc__ or "")
