"""Every valid request, for every model, gets a 200 with as many results as it asked for, each a
real file of the media, container and size asked for, and each item as the model's response
schema describes it.

Requests come from each model's generated ``valid_requests()``; integers are sometimes sent as
integral floats (``2.0``), which JSON Schema and the validators count as integers too. This is
the test that finds payloads the validators accept but the server cannot carry out. It is
bounded (a few examples per model) and derandomized.
"""

from __future__ import annotations

import base64
import importlib
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from runware_bindings import MODELS, validate, validate_response
from runware_bindings._runtime.images import held_bytes
from runware_bindings._runtime.media import FORMAT_MEDIA_TYPES, image_size, sniff
from runware_bindings.client import MODEL_INFOS

from generator.server import LocalServer

from . import decoders

KEY = "property-key-0d2e"
MODULES = sorted(set(MODELS.values()))
IDS = {module: model_id for model_id, module in MODELS.items()}
DEFAULT_FORMATS = {"image": "JPG", "video": "MP4", "audio": "MP3", "3d": "GLB"}
MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY, async_duration=0.0) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server: LocalServer) -> Iterator[httpx.Client]:
    with httpx.Client(headers={"Authorization": f"Bearer {KEY}"}, timeout=120) as c:
        yield c


def _with_integral_floats(value: Any, data: st.DataObject) -> Any:
    """``value`` with some of its integers written as floats (only where that is exact)."""
    if isinstance(value, dict):
        return {k: _with_integral_floats(v, data) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_integral_floats(v, data) for v in value]
    if type(value) is int and abs(value) <= 2**53 and data.draw(st.booleans(), label="as float"):
        return float(value)
    return value


def _results(server: LocalServer, client: httpx.Client, task: dict[str, Any],
             default_delivery: str) -> list[Any]:
    response = client.post(server.base_url, content=json.dumps([task]).encode())
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    if task.get("deliveryMethod", default_delivery) != "async":
        return list(body["data"])
    assert body["data"] == [{"taskType": task["taskType"], "taskUUID": task["taskUUID"]}]
    poll = json.dumps([{"taskType": "getResponse", "taskUUID": task["taskUUID"]}]).encode()
    deadline = time.monotonic() + 60  # async_duration is 0: the first poll normally has them all
    while True:
        items = client.post(server.base_url, content=poll).json()["data"]
        if all(i["status"] != "processing" for i in items) or time.monotonic() > deadline:
            assert all(i.get("progress") == 100 for i in items)
            return list(items)
        time.sleep(0.05)


def _file(item: dict[str, Any], media: str, client: httpx.Client) -> bytes:
    """The result's bytes, wherever the item carries them."""
    if media == "3d":
        [entry] = item["outputs"]["files"]
        return client.get(entry["url"]).content
    for suffix in ("URL", "Base64Data", "DataURI"):
        value = item.get(f"{media}{suffix}")
        if value is None:
            continue
        if suffix == "URL":
            response = client.get(value)
            assert response.status_code == 200
            return response.content
        return base64.b64decode(value.split(",")[-1])
    raise AssertionError(f"no {media} in {sorted(item)}")


def _expected_image_size(task: dict[str, Any]) -> tuple[int, int]:
    if task["taskType"] != "upscale":
        # A model whose sizes are optional: the server's 1024x1024 when the task names none.
        return int(task.get("width", 1024)), int(task.get("height", 1024))
    factor = float(task.get("upscaleFactor", 2))
    given = held_bytes(task["inputs"]["image"])
    source = image_size(given) if given else None  # the server fetches no URL: 256x256 then
    return tuple(max(1, round(n * factor)) for n in (source or (256, 256)))  # type: ignore[return-value]


def _check_file(data: bytes, task: dict[str, Any], media: str) -> None:
    fmt = str(task.get("outputFormat", MODEL_INFOS[task["model"]].default_format or
                       DEFAULT_FORMATS[media]))
    assert sniff(data) == FORMAT_MEDIA_TYPES[fmt], (fmt, data[:16])
    if media == "image":
        assert decoders.image(data).size == _expected_image_size(task)
    elif media == "video":
        clip = decoders.video(data)
        assert (clip.width, clip.height) == (int(task.get("width", 64)), int(task.get("height", 64)))
        assert clip.duration == pytest.approx(float(task.get("duration", 1)), abs=0.05)
        assert clip.frames >= 2
        assert clip.alpha == (task["taskType"] == "removeBackground")
    elif media == "audio":
        sound = decoders.audio(data)
        settings = task.get("audioSettings", {})
        assert sound.channels == int(settings.get("channels", 2))
        rate = settings.get("sampleRate")
        # Rates the schema leaves open but no encoder has are made at the nearest one it has;
        # Opus (OGG) always decodes at 48 kHz.
        if fmt == "MP3" and rate in MP3_RATES or fmt == "WAV" and rate is not None:
            assert sound.sample_rate == int(rate)
        assert sound.duration > 0.3
    elif fmt == "GLB":
        decoders.glb(data)
    else:
        assert "Objects" in decoders.fbx_nodes(data)


@pytest.mark.parametrize("module", MODULES)
def test_every_valid_request_gets_its_results(module: str, server: LocalServer,
                                              client: httpx.Client) -> None:
    strategies = importlib.import_module(f"runware_bindings.{module}.strategies")
    info = MODEL_INFOS[IDS[module]]

    @settings(max_examples=8, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(payload=strategies.valid_requests(), data=st.data())
    def check(payload: dict[str, Any], data: st.DataObject) -> None:
        task = _with_integral_floats({**payload, "taskUUID": str(uuid.uuid4())}, data)
        assert validate(task) == [], "the strategy drew a request the validator refuses"
        items = _results(server, client, task, info.default_delivery)
        assert len(items) == int(task.get("numberResults", 1))
        for item in items:
            assert item["taskUUID"] == task["taskUUID"]
            assert item.get("status", "success") == "success"
            result = {k: v for k, v in item.items() if k not in ("status", "progress")}
            assert validate_response(task["model"], result) == [], result
            if "seed" in item:
                assert isinstance(item["seed"], int)
            _check_file(_file(item, info.media, client), task, info.media)

    check()
