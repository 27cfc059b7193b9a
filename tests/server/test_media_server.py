"""The local server's media over raw HTTP: containers, determinism, alpha, upscaling, fields by
model, progress while processing, and its limits on media as on images."""

from __future__ import annotations

import base64
import io
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

from generator.server import LocalServer, media
from generator.server.limits import Limits

from . import decoders

KEY = "media-key-5a1c"
VIDEO = {"taskType": "videoInference", "model": "klingai:kling-video@2.6-pro",
         "positivePrompt": "waves", "width": 1080, "height": 1920}
CUTOUT = {"taskType": "removeBackground", "model": "bria:51@1",
          "inputs": {"video": "https://example.com/in.mp4"}}
UPSCALE = {"taskType": "upscale", "model": "runware:500@1", "outputType": "base64Data",
           "outputFormat": "PNG"}
MODEL_3D = {"taskType": "3dInference", "model": "tripo:v3.1@0", "positivePrompt": "a cup",
            "deliveryMethod": "sync"}
SPEECH = {"taskType": "audioInference", "model": "alibaba:qwen@3-tts-1.7b-base",
          "speech": {"text": "hi there", "voice": "clone"},
          "inputs": {"audio": "https://example.com/v.wav"}, "settings": {"xVectorOnly": True},
          "outputType": "base64Data"}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY, async_duration=0.0) as srv:
        yield srv


@pytest.fixture(scope="module")
def held() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY, async_duration=3600) as srv:
        yield srv


def _post(server: LocalServer, tasks: list[dict[str, Any]]) -> httpx.Response:
    return httpx.post(server.base_url, content=json.dumps(tasks).encode(),
                      headers={"Authorization": f"Bearer {KEY}"}, timeout=60)


def _task(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, "taskUUID": str(uuid.uuid4()), **changes}


def _items(server: LocalServer, task: dict[str, Any]) -> list[dict[str, Any]]:
    """The finished items of a task, polled once when it is async (async_duration is 0)."""
    response = _post(server, [task])
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    if data == [{"taskType": task["taskType"], "taskUUID": task["taskUUID"]}]:
        polled = _post(server, [{"taskType": "getResponse", "taskUUID": task["taskUUID"]}])
        data = polled.json()["data"]
    assert all(i.get("status", "success") == "success" for i in data), data
    return list(data)


def _bytes(item: dict[str, Any]) -> bytes:
    for key, value in item.items():
        if key.endswith("Base64Data"):
            return base64.b64decode(value)
        if key.endswith("URL"):
            return httpx.get(value, timeout=30).content
    return httpx.get(item["outputs"]["files"][0]["url"], timeout=30).content


@pytest.mark.parametrize("base, changes", [
    (UPSCALE, {"inputs": {"image": "https://x.example/a.png"}, "settings": {"seed": 5}}),
    (MODEL_3D, {"seed": 5}),
    (MODEL_3D, {"seed": 5, "outputFormat": "FBX", "settings": {"quad": True}}),
])
def test_the_same_seed_gives_the_same_file(server: LocalServer, base: dict[str, Any],
                                           changes: dict[str, Any]) -> None:
    one, two = (_bytes(_items(server, _task(base, **changes))[0]) for _ in range(2))
    assert one == two
    other = {**changes, "settings": {**changes.get("settings", {}), "seed": 6}} \
        if base is UPSCALE else {**changes, "seed": 6}
    assert _bytes(_items(server, _task(base, **other))[0]) != one


@pytest.mark.parametrize("make", [
    lambda seed: media.video(seed, 64, 48, 2.0, "MP4"),
    lambda seed: media.video(seed, 64, 48, 2.0, "WEBM", alpha=True),
    lambda seed: media.video(seed, 64, 48, 2.0, "MOV", alpha=True),
    lambda seed: media.audio(seed, 0.5, "MP3", bitrate=64),
    lambda seed: media.audio(seed, 0.5, "FLAC"),
    lambda seed: media.audio(seed, 0.5, "OGG"),
    lambda seed: media.audio(seed, 0.5, "WAV"),
])
def test_every_encoder_gives_the_same_bytes_for_the_same_seed(make: Any) -> None:
    """Models without a seed parameter (Kling, Bria, Qwen) get one the server picks and reports;
    the files they get depend on that seed alone (no encoder version, no random stream ids)."""
    first = make(5)
    media._CACHE.clear()  # encoded again, not a cached copy
    assert make(5) == first
    assert make(6) != first


def test_seeds_differ_per_result_and_per_task(server: LocalServer) -> None:
    items = _items(server, _task(MODEL_3D, seed=40, numberResults=3))
    assert [i["seed"] for i in items] == [40, 41, 42]
    assert len({_bytes(i) for i in items}) == 3


@pytest.mark.parametrize("fmt, codec", [("WEBM", "vp9"), ("MOV", "png")])
def test_background_removal_keeps_an_alpha_channel_and_fetches_nothing(
        server: LocalServer, fmt: str, codec: str) -> None:
    never = server.sink_url(f"never-{fmt}")
    [item] = _items(server, _task(CUTOUT, inputs={"video": never}, outputFormat=fmt))
    clip = decoders.video(_bytes(item))
    assert clip.alpha and clip.codec == codec
    assert server.sink.get(f"never-{fmt}") == []  # the input's URL was not fetched
    assert set(item) == {"taskType", "taskUUID", "videoUUID", "videoURL", "progress", "status"}


def _png_uri(width: int, height: int) -> str:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (5, 100, 200)).save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


@pytest.mark.parametrize("given, factor, size", [
    (_png_uri(50, 30), 3, (150, 90)),
    (_png_uri(50, 30).split(",")[1], 1.5, (75, 45)),  # raw base64
    ("https://example.com/remote.png", 4, (1024, 1024)),  # never fetched: taken as 256x256
    ("aac49721-1964-481a-ae78-8a4e29b91402", None, (512, 512)),  # an uploaded image's UUID
    ("QUJDRA==", 2, (512, 512)),  # base64 that is no image
])
def test_upscale_scales_what_it_holds_and_imagines_the_rest(
        server: LocalServer, given: str, factor: float | None, size: tuple[int, int]) -> None:
    task = _task(UPSCALE, inputs={"image": given}, **({"upscaleFactor": factor} if factor else {}))
    [item] = _items(server, task)
    assert decoders.image(_bytes(item)).size == size
    assert set(item) == {"taskType", "taskUUID", "imageUUID", "imageBase64Data"}  # no seed field


def test_an_upscale_beyond_the_servers_size_is_refused_not_a_crash(server: LocalServer) -> None:
    task = _task(UPSCALE, inputs={"image": _png_uri(3000, 3000)}, upscaleFactor=2)
    response = _post(server, [task])
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["code"] == "resultTooLarge" and "3000x3000 by 2 gives 6000x6000" in error["message"]
    retry = _post(server, [{**task, "upscaleFactor": 1}])  # the UUID was given back
    assert retry.status_code == 200


def test_results_carry_only_the_fields_their_model_declares(server: LocalServer) -> None:
    [video] = _items(server, _task(VIDEO, includeCost=True, duration=5,
                                   safety={"checkContent": True}))
    assert video["NSFWContent"] is False and video["cost"] == pytest.approx(0.35)
    assert isinstance(video["seed"], int) and video["videoURL"].startswith(server.origin + "/media/")
    [cutout] = _items(server, _task(CUTOUT, includeCost=True))
    assert "seed" not in cutout and "NSFWContent" not in cutout and cutout["cost"] > 0
    [sound] = _items(server, _task(SPEECH))
    assert set(sound) == {"taskType", "taskUUID", "audioUUID", "audioBase64Data", "seed"}


def test_files_are_served_with_their_media_type(server: LocalServer) -> None:
    [item] = _items(server, _task(VIDEO, outputFormat="WEBM"))
    response = httpx.get(item["videoURL"], timeout=30)
    assert response.status_code == 200 and response.headers["content-type"] == "video/webm"
    [model] = _items(server, _task(MODEL_3D))
    url = model["outputs"]["files"][0]["url"]
    assert url.endswith(".glb") and httpx.get(url, timeout=30).headers["content-type"] == "model/gltf-binary"
    missing = httpx.get(server.origin + "/media/nope.mp4", timeout=10)
    assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == "mediaNotFound"


def test_polls_report_progress_until_the_job_finishes(held: LocalServer) -> None:
    task = _task(VIDEO, numberResults=2)
    ack = _post(held, [task]).json()["data"]
    assert ack == [{"taskType": "videoInference", "taskUUID": task["taskUUID"]}]  # async by default
    poll = [{"taskType": "getResponse", "taskUUID": task["taskUUID"]}]
    before = _post(held, poll).json()["data"]
    assert [(i["status"], type(i["progress"])) for i in before] == [("processing", int)] * 2
    assert all(0 <= i["progress"] <= 99 for i in before)
    assert held.finish_jobs() >= 1
    after = _post(held, poll).json()["data"]
    assert [(i["status"], i["progress"]) for i in after] == [("success", 100)] * 2
    assert all(i["videoUUID"] for i in after)


def test_task_types_no_spec_declares_are_refused_naming_those_served(server: LocalServer) -> None:
    response = _post(server, [{"taskType": "caption", "taskUUID": str(uuid.uuid4())}])
    [error] = response.json()["errors"]
    assert error["code"] == "invalidTaskType"
    for served in ("3dInference", "audioInference", "imageInference", "removeBackground",
                   "upscale", "videoInference"):
        assert served in error["message"]


def test_uploads_put_the_media_file_itself(server: LocalServer) -> None:
    task = _task(VIDEO, outputFormat="MOV", uploadEndpoint=server.sink_url("uploads-mov"))
    [item] = _items(server, task)
    [put] = server.sink.wait_for("uploads-mov", 1)
    assert put.method == "PUT" and put.content_type == "video/quicktime"
    assert put.body == _bytes(item)


def test_media_results_are_bounded_like_images() -> None:
    with LocalServer(api_key=KEY, limits=Limits(image_bytes=2000)) as small:
        response = _post(small, [_task(VIDEO)])
        assert response.status_code == 400
        [error] = response.json()["errors"]
        assert error["code"] == "resultTooLarge" and "Limits.image_bytes = 2000" in error["message"]
        assert small.stats()["images"]["entries"] == 0
        [ok] = _items(small, _task(SPEECH, outputType="base64Data"))  # not kept: not limited
        assert ok["audioBase64Data"]


def test_image_cutouts_keep_alpha_where_the_format_can() -> None:
    from generator.server import imaging

    png = decoders.image(imaging.render_cutout(3, 64, 48, "PNG"))
    assert png.mode == "RGBA" and png.getextrema()[3] == (0, 255)  # transparent and opaque parts
    webp = decoders.image(imaging.render_cutout(3, 64, 48, "WEBP"))
    assert webp.mode == "RGBA"
    jpg = decoders.image(imaging.render_cutout(3, 64, 48, "JPG"))
    assert jpg.mode == "RGB" and min(jpg.getpixel((0, 0))) >= 245  # flattened onto white (lossy)


@pytest.mark.parametrize("settings", [
    {"bitrate": 10**20, "sampleRate": 7},  # found by the property test: a crash before
    {"sampleRate": -3, "channels": 1},
    {"sampleRate": 10**12},
])
def test_audio_settings_the_schema_leaves_open_are_made_at_the_nearest_supported(
        server: LocalServer, settings: dict[str, Any]) -> None:
    """Without an outputFormat (MP3 by default) the schema bounds no sample rate nor bitrate:
    the validators accept them all, so the server must make a file for each."""
    [item] = _items(server, _task(SPEECH, audioSettings=settings))
    sound = decoders.audio(_bytes(item))
    assert sound.container == "mp3" and sound.channels == settings.get("channels", 2)
    assert sound.sample_rate in (8000, 48000)
