"""What a model is for the runtime: its task type, its delivery methods and its results' media,
derived from the spec (and refused, with file, line and pointer, when the spec cannot say)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec.errors import SpecErrors
from generator.spec.load import load_model, load_specs
from generator.spec.model import Delivery
from tests.helpers import SPEC

EXPECTED = {
    "krea:krea@2-medium": ("imageInference", Delivery(("sync", "async"), "sync"), "image"),
    "openai:gpt-image@2": ("imageInference", Delivery(("sync", "async"), "sync"), "image"),
    "klingai:kling-video@2.6-pro": ("videoInference", Delivery(("async",), "async"), "video"),
    "bria:51@1": ("removeBackground", Delivery(("async",), "async"), "video"),
    "runware:500@1": ("upscale", Delivery(("sync", "async"), "sync"), "image"),
    "tripo:v3.1@0": ("3dInference", Delivery(("sync", "async"), "async"), "3d"),
    "alibaba:qwen@3-tts-1.7b-base": ("audioInference", Delivery(("sync", "async"), "sync"), "audio"),
}


def test_the_committed_specs() -> None:
    models = {m.id: m for m in load_specs(SPEC)}
    assert {i: (m.task_type, m.delivery, m.output_media) for i, m in models.items()
            if i in EXPECTED} == EXPECTED
    assert models["bria:51@1"].delivery.async_only
    assert not models["tripo:v3.1@0"].delivery.async_only


def _write(tmp_path: Path, request_props: dict[str, Any], response: Any,
           **model: Any) -> tuple[Path, str]:
    spec = tmp_path / "spec"
    if not spec.exists():
        shutil.copytree(SPEC / "platform", spec / "platform")
        (spec / "models").mkdir()
    doc = {
        "model": {"id": "acme:1@1", "name": "Acme", "module": "acme",
                  "docs": "https://example.com/docs/acme", **model},
        "request": {"type": "object", "additionalProperties": False,
                    "properties": {"model": {"type": "string", "const": "acme:1@1"},
                                   **request_props}},
        "response": response,
    }
    text = yaml.safe_dump(doc, sort_keys=False)
    path = spec / "models" / "acme.yaml"
    path.write_text(text)
    return path, text


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _errors(path: Path) -> list[tuple[str, int | None, str, str]]:
    with pytest.raises(SpecErrors) as info:
        load_model(path, path.parents[1])
    return [(e.file.name, e.line, e.pointer, e.message) for e in info.value.errors]


VIDEO_TYPE = {"taskType": {"type": "string", "const": "videoInference"}}
OPEN = {"type": "object"}


def test_a_request_without_a_task_type_is_a_spec_error(tmp_path: Path) -> None:
    path, text = _write(tmp_path, {"prompt": {"type": "string"}}, OPEN)
    [(name, line, pointer, message)] = _errors(path)
    assert (name, line, pointer) == ("acme.yaml", _line(text, "  properties:"), "/request/properties")
    assert "no taskType parameter" in message and "const" in message


def test_a_task_type_without_a_const_is_a_spec_error(tmp_path: Path) -> None:
    path, text = _write(tmp_path, {"taskType": {"type": "string", "enum": ["a", "b"]}}, OPEN)
    [(_, line, pointer, message)] = _errors(path)
    assert (line, pointer) == (_line(text, "taskType:"), "/request/properties/taskType")
    assert "string `const`" in message


def test_a_task_type_from_a_platform_ref(tmp_path: Path) -> None:
    ref = {"$ref": "../platform/image-inference-request.yaml#/$defs/taskType"}
    path, _ = _write(tmp_path, {"taskType": ref}, {"$ref": "../platform/image-inference-response.yaml"})
    model = load_model(path, path.parents[1])
    assert (model.task_type, model.output_media) == ("imageInference", "image")


@pytest.mark.parametrize("declared, expected", [
    (None, Delivery(("sync",), "sync")),
    ({"type": "string", "enum": ["sync", "async"], "default": "async"}, Delivery(("sync", "async"), "async")),
    ({"type": "string", "enum": ["async", "sync"]}, Delivery(("sync", "async"), "sync")),
    ({"type": "string", "const": "async"}, Delivery(("async",), "async")),
    ({"type": "string", "oneOf": [{"const": "async"}], "default": "async"}, Delivery(("async",), "async")),
    ({"type": "string", "oneOf": [{"const": "sync"}, {"const": "async"}]}, Delivery(("sync", "async"), "sync")),
])
def test_delivery_from_enum_const_or_one_of_consts(tmp_path: Path, declared: Any,
                                                   expected: Delivery) -> None:
    props = {**VIDEO_TYPE, **({"deliveryMethod": declared} if declared else {})}
    path, _ = _write(tmp_path, props, OPEN)
    assert load_model(path, path.parents[1]).delivery == expected


@pytest.mark.parametrize("declared, pointer, words", [
    ({"type": "string", "enum": ["sync", "webhook"]}, "/request/properties/deliveryMethod",
     "deliveryMethod must list its methods"),
    ({"type": "string"}, "/request/properties/deliveryMethod", "found none"),
    ({"type": "string", "oneOf": [{"const": "async"}], "default": "sync"},
     "/request/properties/deliveryMethod/default", "the default 'sync' is not one of the methods it allows (async)"),
])
def test_an_unreadable_delivery_is_a_spec_error(tmp_path: Path, declared: Any, pointer: str,
                                                words: str) -> None:
    path, _ = _write(tmp_path, {**VIDEO_TYPE, "deliveryMethod": declared}, OPEN)
    messages = {(p, m) for _, _, p, m in _errors(path)}
    assert any(p == pointer and words in m for p, m in messages), messages


@pytest.mark.parametrize("response, expected", [
    ({"type": "object", "properties": {"videoUUID": {"type": "string"}}}, "video"),
    ({"type": "object", "properties": {"audioUUID": {"type": "string"}}}, "audio"),
    ({"type": "object", "properties": {"outputs": {"type": "object", "properties": {
        "files": {"type": "array"}}}}}, "3d"),
    ({"type": "object", "properties": {"text": {"type": "string"}}}, "text"),
    ({"type": "object", "properties": {"imageUUID": {"type": "string"}}}, "image"),
    (OPEN, "video"),  # "Unknown response structure": the task type decides
    ({"type": "object", "properties": {"imageUUID": {}, "videoUUID": {}}}, "video"),
])
def test_output_media_from_the_result_fields_then_the_task_type(tmp_path: Path, response: Any,
                                                                 expected: str) -> None:
    path, _ = _write(tmp_path, VIDEO_TYPE, response)
    assert load_model(path, path.parents[1]).output_media == expected


def test_an_explicit_output_wins(tmp_path: Path) -> None:
    response = {"type": "object", "properties": {"imageUUID": {"type": "string"}}}
    path, _ = _write(tmp_path, VIDEO_TYPE, response, output="video")
    assert load_model(path, path.parents[1]).output_media == "video"


def test_an_unknown_output_is_refused_by_the_meta_schema(tmp_path: Path) -> None:
    path, text = _write(tmp_path, VIDEO_TYPE, OPEN, output="hologram")
    [(_, line, pointer, message)] = _errors(path)
    assert (line, pointer) == (_line(text, "output: hologram"), "/model/output")
    assert "'hologram' is not one of" in message


@pytest.mark.parametrize("response, found", [
    (OPEN, "none of imageUUID"),
    ({"type": "object", "properties": {"imageUUID": {}, "videoUUID": {}}}, "several media (image, video)"),
])
def test_a_result_nothing_decides_is_a_spec_error(tmp_path: Path, response: Any, found: str) -> None:
    upscale = {"taskType": {"type": "string", "const": "upscale"}}
    path, text = _write(tmp_path, upscale, response)
    [(name, line, pointer, message)] = _errors(path)
    assert (name, line, pointer) == ("acme.yaml", _line(text, "response:"), "/response")
    assert found in message and "set `model.output`" in message and "upscale" in message
    path, _ = _write(tmp_path, upscale, response, output="image")
    assert load_model(path, path.parents[1]).output_media == "image"
