"""The generated client methods: keyword names, flattening, image inputs, and their typing."""

from __future__ import annotations

import inspect
import itertools
from pathlib import Path
from typing import Any

import pytest
from runware_bindings.krea_2_medium.client import Krea2Medium, build_task

from generator.render import client as clientgen
from generator.spec.model import ModelSpec
from tests.helpers import mypy_error_lines


def _model(properties: dict[str, Any], required: list[str]) -> ModelSpec:
    request = {"type": "object", "additionalProperties": False, "required": required,
               "properties": {"taskType": {"const": "imageInference"},
                              "taskUUID": {"type": "string"},
                              "model": {"const": "acme:1@1"}, **properties}}
    return ModelSpec(id="acme:1@1", slug="acme", module="acme", name="Acme", creator="Acme",
                     status="live", release_date=None, capabilities=(), docs_url="https://x",
                     description="d", request_schema=request,
                     response_schema={"type": "object", "properties": {"taskUUID": {"type": "string"}}})


def test_groups_are_flattened_and_clashes_prefixed() -> None:
    image = {"type": "string", "x-media-input": "image"}
    module = clientgen.build(_model({
        "seed": {"type": "integer"},
        "inputs": {"type": "object", "properties": {
            "seedImage": image, "maskImages": {"type": "array", "items": image},
            "seed": {"type": "integer"}}},
        "settings": {"type": "object", "properties": {"timeout": {"type": "number"},
                                                      "steps": {"type": "integer"}}},
        "positivePrompt": {"type": "string"},
    }, ["positivePrompt"]))
    names = {p.name: p.path for p in module.params}
    assert names == {
        "positive_prompt": ("positivePrompt",), "seed": ("seed",), "seed_image": ("inputs", "seedImage"),
        "mask_images": ("inputs", "maskImages"), "inputs_seed": ("inputs", "seed"),
        "timeout_": ("settings", "timeout"), "steps": ("settings", "steps"),
    }
    assert module.params[0].name == "positive_prompt" and module.params[0].required
    by_name = {p.name: p.annotation for p in module.params}
    assert by_name["seed_image"] == "ImageInput"
    assert by_name["mask_images"] == "Sequence[ImageInput]"
    assert module.image_paths == [("inputs", "seedImage"), ("inputs", "maskImages", "*")]


@pytest.mark.parametrize("wire, expected", [
    ("positivePrompt", "positive_prompt"), ("NSFWContent", "nsfw_content"),
    ("webhookURL", "webhook_url"), ("CFGScale", "cfg_scale"), ("taskUUID", "task_uuid"),
    ("numberResults", "number_results"), ("seed", "seed"), ("a-b", "a_b"), ("a.b c", "a_b_c"),
    ("_private", "private"), ("__x__", "x"), ("2x", "param_2x"), ("_", "param"), ("日本", "param"),
    ("größe", "gr__e"), ("\u212aelvin", "elvin"), ("class_", "class"), ("match", "match"),
])
def test_keyword_base(wire: str, expected: str) -> None:
    assert clientgen.keyword_base(wire) == expected


@pytest.mark.parametrize("paths, expected", [
    ([("class",), ("self",), ("timeout",), ("type",), ("match",)],
     ["class_", "self_", "timeout_", "type", "match"]),
    ([("outputType",), ("output_type",)], ["output_type_1", "output_type_2"]),
    ([("timeout",), ("timeout_",)], ["timeout_1", "timeout_2"]),
    ([("a_b",), ("a-b",), ("a.b",)], ["a_b_3", "a_b_1", "a_b_2"]),
    ([("x_1",), ("x-",), ("x",)], ["x_1", "x_3", "x_2"]),
    ([("seed",), ("inputs", "seed"), ("settings", "seed")], ["seed", "inputs_seed", "settings_seed"]),
    ([("inputs", "self",)], ["self_"]),
])
def test_keywords_follow_the_documented_rule_whatever_the_order(
        paths: list[tuple[str, ...]], expected: list[str]) -> None:
    assert clientgen.keywords(paths) == expected
    for order in itertools.permutations(range(len(paths))):
        names = clientgen.keywords([paths[i] for i in order])
        assert names == [expected[i] for i in order]


def test_krea_method_signature_is_keyword_only_and_documented() -> None:
    for fn in (build_task, Krea2Medium.generate):
        params = [p for p in inspect.signature(fn).parameters.values() if p.name != "self"]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
        required = [p.name for p in params if p.default is inspect.Parameter.empty]
        assert required == ["positive_prompt", "width", "height"]
        assert {"creativity", "reference_images", "number_results", "output_type"} <= \
            {p.name for p in params}
        assert fn.__doc__ and "creativity: Creativity level." in fn.__doc__


SNIPPET = '''
from runware_bindings import Runware

with Runware("k") as client:
    ok = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                       creativity="raw", output_type="dataURI",
                                       reference_images=["u", {"image": b"x", "strength": 1.0}])
    seed: int | None = ok[0].seed
    client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024, creativity="wild")  # 9
    client.krea_2_medium.generate(positive_prompt="p", width=1024)  # line 10
    client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024, widht=3)  # line 11
    client.krea_2_medium.generate("p", 1024, 1024)  # line 12
    client.gpt_image_2.generate(positive_prompt="p", width=1024, height=1024,
                                provider_settings={"openai": {"quality": "best"}})  # line 14
'''


def test_mypy_checks_the_generated_methods(tmp_path: Path) -> None:
    lines, output = mypy_error_lines(SNIPPET, tmp_path)
    assert lines == {9, 10, 11, 12, 14}, output


MEDIA_SNIPPET = '''
from runware_bindings import (AudioResult, ImageResult, Progress, Runware, TextResult,
                              ThreeDResult, VideoResult)

def show(progress: Progress) -> None:
    print(progress.percent, progress.finished, progress.expected)

with Runware("k") as client:
    videos: list[VideoResult] = client.klingai_video_2_6_pro.generate(
        positive_prompt="p", width=1920, height=1080, duration=5, output_format="WEBM",
        frame_images=[b"x", {"image": "u", "frame": "last"}], on_progress=show)
    cutouts: list[VideoResult] = client.bria_video_background_removal.generate(video=b"x")
    upscaled: list[ImageResult] = client.clarity.generate(image="u", upscale_factor=2.5)
    models: list[ThreeDResult] = client.tripo_v3_1.generate(positive_prompt="p", seed=3)
    first: str | None = models[0].files[0].uuid
    speech: list[AudioResult] = client.alibaba_qwen3_tts_1_7b_base.generate(
        speech={"text": "t", "voice": "clone"}, audio="u", output_format="FLAC")
    wrong: list[ImageResult] = client.klingai_video_2_6_pro.generate(positive_prompt="p")  # E
    client.klingai_video_2_6_pro.generate(positive_prompt="p", duration="5")  # E
    client.klingai_video_2_6_pro.generate(positive_prompt="p", output_format="MP3")  # E
    client.tripo_v3_1.generate(positive_prompt="p", seed=1.5)  # E
    client.alibaba_qwen3_tts_1_7b_base.generate(speech={"text": "t", "voice": "mine"}, audio="u")  # E
    client.bria_video_background_removal.generate(video=3)  # E
    client.clarity.generate()  # E: inputs.image is required
    client.klingai_video_2_6_pro.generate(positive_prompt="p", on_progress="show")  # E
    text: TextResult = upscaled[0]  # E
'''


def test_mypy_types_every_task_types_results_and_arguments(tmp_path: Path) -> None:
    """Accepted: each model's own result class, media inputs as bytes, its Literal formats.
    Refused (the lines marked E): another result class, wrong keyword types, a format or
    voice the model does not have, a missing required input, a callback that is not one."""
    lines, output = mypy_error_lines(MEDIA_SNIPPET, tmp_path)
    marked = {n for n, line in enumerate(MEDIA_SNIPPET.splitlines(), 1) if "# E" in line}
    assert len(marked) == 9 and lines == marked, output


def test_media_inputs_and_results_by_media() -> None:
    image = {"type": "string", "x-media-input": "image"}
    video = {"type": "string", "x-media-input": "video"}
    audio = {"type": "string", "x-media-input": "audio"}
    frame = {"type": "object", "required": ["image"],
             "properties": {"image": image, "frame": {"oneOf": [{"const": "first"}, {"const": 0}]}}}
    model = _model({"inputs": {"type": "object", "properties": {
        "frameImages": {"type": "array", "items": {"anyOf": [image, frame]}},
        "referenceVideos": {"type": "array", "items": video}, "audio": audio}}}, [])
    module = clientgen.build(model)
    by_name = {p.name: p.annotation for p in module.params}
    assert by_name["reference_videos"] == "Sequence[MediaInput]"
    assert by_name["audio"] == "MediaInput"
    assert by_name["frame_images"].startswith("Sequence[ImageInput | ")
    assert module.media_paths == [("image", ("inputs", "frameImages", "*")),
                                  ("image", ("inputs", "frameImages", "*", "image")),
                                  ("video", ("inputs", "referenceVideos", "*")),
                                  ("audio", ("inputs", "audio"))]
    assert module.result_class == "ImageResult"  # the task type of _model: imageInference


@pytest.mark.parametrize("task_type, response, result_class", [
    ("videoInference", {"type": "object"}, "VideoResult"),  # "Unknown response structure"
    ("audioInference", {"type": "object"}, "AudioResult"),
    ("3dInference", {"type": "object"}, "ThreeDResult"),
    ("textInference", {"type": "object"}, "TextResult"),
    ("upscale", {"type": "object", "properties": {"videoUUID": {"type": "string"}}}, "VideoResult"),
])
def test_a_model_whose_result_is_unknown_still_gets_a_typed_lenient_result(
        task_type: str, response: dict[str, Any], result_class: str) -> None:
    model = _model({}, [])
    model.request_schema["properties"]["taskType"] = {"const": task_type}
    model = ModelSpec(**{**model.__dict__, "response_schema": response})
    source = clientgen.render(model)
    assert f"-> list[{result_class}]:" in source and f"result_type={result_class}," in source
    compile(source, "client.py", "exec")


def test_x_constraints_reach_the_generated_client() -> None:
    from runware_bindings.clarity import client as clarity

    assert clarity._CONSTRAINTS == ({"operation": "area", "parameters": ["inputs.image"],
                                     "maximum": 1153433, "scope": "each"},)
    assert clarity.MODEL_INFO == ("upscale", "image", ("sync", "async"), "sync", "JPG")
