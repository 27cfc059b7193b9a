"""Payloads the validators accept never crash the server; a crash is a 500, never a dropped line."""

from __future__ import annotations

import base64
import copy
import io
import json
import logging
import socket
import struct
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image
from runware_bindings import validate

from generator.server import LocalServer, imaging

from ..helpers import VALID_KREA
from . import rawhttp

KEY = "crash-key-51c0"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY, async_duration=0.0) as srv:
        yield srv


def _task(**changes: Any) -> dict[str, Any]:
    task = {**copy.deepcopy(VALID_KREA), "taskUUID": str(uuid.uuid4()), "outputType": "base64Data"}
    task.update(changes)
    return task


def _api(server: LocalServer, body: Any) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(server.base_url, content=content, timeout=60,
                      headers={"Authorization": f"Bearer {KEY}"})


def _size(item: dict[str, Any]) -> tuple[int, int]:
    with Image.open(io.BytesIO(base64.b64decode(item["imageBase64Data"]))) as image:
        return image.size


def _server_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "generator.server" and r.levelno >= level]


@pytest.mark.parametrize("changes, results", [
    ({"numberResults": 2.0}, 2),
    ({"width": 1024.0, "height": 1024.0}, 1),
    ({"width": 1248.0, "height": 832}, 1),
    ({"outputQuality": 90.0}, 1),
    ({"outputQuality": 90.0, "outputFormat": "WEBP"}, 1),
    ({"outputQuality": 20.0, "outputFormat": "PNG", "numberResults": 3.0}, 3),
    ({"numberResults": 2.0, "deliveryMethod": "async"}, 2),
    ({"seed": 5.0, "includeCost": True}, 1),
    # what the property test found first (tests/server/test_valid_requests.py)
    ({"model": "openai:gpt-image@2", "width": 480, "height": 480.0}, 1),
])
def test_integral_floats_are_the_integers_they_are(server: LocalServer, changes: dict[str, Any],
                                                   results: int) -> None:
    task = _task(**changes)
    assert validate(task) == []  # 2.0 is an integer in JSON Schema: the validators agree
    response = _api(server, [task])
    assert response.status_code == 200, response.text
    items = response.json()["data"]
    if task.get("deliveryMethod") == "async":
        items = _api(server, [{"taskType": "getResponse", "taskUUID": task["taskUUID"]}]).json()["data"]
    assert len(items) == results and all(i["imageBase64Data"] for i in items)
    assert {_size(i) for i in items} == {(int(task["width"]), int(task["height"]))}


def test_an_integral_float_seed_gives_the_integer_seeds_image(server: LocalServer) -> None:
    [as_float] = _api(server, [_task(seed=5.0)]).json()["data"]
    [as_int] = _api(server, [_task(seed=5)]).json()["data"]
    assert as_float["seed"] == 5 and isinstance(as_float["seed"], int)
    assert as_float["imageBase64Data"] == as_int["imageBase64Data"]


@pytest.mark.parametrize("body", [b"[" * 100_000, b"[" * 65 + b"]" * 65,
                                  b'[{"a": ' * 50_000])
def test_deep_nesting_is_a_400_not_a_recursion_error(server: LocalServer, body: bytes) -> None:
    response = _api(server, body)
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["code"] == "invalidJSON" and "nested too deeply" in error["message"]


@pytest.mark.parametrize("body, problem", [
    (b"[NaN]", "NaN is not a JSON number"), (b"\xff[]", "not UTF-8"),
    (b'[{"a": 1,}]', "line 1, column 10"),
])
def test_bodies_that_are_not_json_say_why(server: LocalServer, body: bytes, problem: str) -> None:
    response = _api(server, body)
    assert response.status_code == 400 and problem in response.json()["errors"][0]["message"]


def test_a_crash_while_generating_is_a_500_and_the_task_uuid_stays_free(
        server: LocalServer, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="generator.server")
    real_render = imaging.render
    calls = []

    def render_failing_once(*args: Any) -> bytes:
        calls.append(args)
        if len(calls) == 2:  # the second of three results: the first is already made
            raise RuntimeError("the renderer broke")
        return real_render(*args)

    monkeypatch.setattr(imaging, "render", render_failing_once)
    task = _task(numberResults=3, outputType="URL")
    images_before = server.processor.images.stats()["entries"]
    response = _api(server, [task])
    assert response.status_code == 500
    [error] = response.json()["errors"]
    assert error["code"] == "internalError" and "retried" in error["message"]
    [logged] = _server_records(caplog, logging.WARNING)
    assert logged.levelno == logging.ERROR and logged.exc_info is not None
    assert "the renderer broke" in str(logged.exc_info[1])
    assert server.processor.images.stats()["entries"] == images_before  # nothing half-kept
    retry = _api(server, [task])  # the same UUID: the failed attempt did not use it up
    assert retry.status_code == 200 and len(retry.json()["data"]) == 3


def test_a_crash_in_a_later_task_takes_back_the_earlier_ones(
        server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    real_render = imaging.render
    calls = []

    def render_failing_second(*args: Any) -> bytes:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("the renderer broke")
        return real_render(*args)

    monkeypatch.setattr(imaging, "render", render_failing_second)
    done = _task(outputType="URL", deliveryMethod="async")  # carried out, then the request fails
    crashes = _task()
    before = {k: getattr(server.processor, k).stats()["entries"] for k in ("images", "jobs")}
    assert _api(server, [done, crashes]).status_code == 500
    assert {k: getattr(server.processor, k).stats()["entries"] for k in ("images", "jobs")} == before
    monkeypatch.undo()
    retry = _api(server, [done, crashes])  # the whole request again, as the client would
    assert retry.status_code == 200 and "errors" not in retry.json()


@pytest.mark.parametrize("route", ["api", "sink", "control", "get"])
def test_an_unexpected_error_anywhere_is_a_runware_shaped_500(
        server: LocalServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        route: str) -> None:
    caplog.set_level(logging.DEBUG, logger="generator.server")

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("a bug")

    auth = {"Authorization": f"Bearer {KEY}"}
    target, name, call = {
        "api": (server.processor, "handle", lambda: _api(server, [_task()])),
        "sink": (server.sink, "add", lambda: httpx.post(server.sink_url("x"), content=b"x",
                                                        headers=auth)),
        "control": (server.faults, "configure", lambda: httpx.post(
            server.origin + "/_control/faults", json={}, headers=auth)),
        "get": (server.processor.images, "get", lambda: httpx.get(server.origin + "/images/a.png")),
    }[route]
    monkeypatch.setattr(target, name, broken)
    response = call()
    assert response.status_code == 500
    assert response.json()["errors"][0]["code"] == "internalError"
    [logged] = _server_records(caplog, logging.WARNING)
    assert logged.levelno == logging.ERROR and logged.exc_info is not None
    monkeypatch.undo()
    assert _api(server, [_task()]).status_code == 200


def test_a_client_that_goes_away_is_not_an_error(server: LocalServer,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG, logger="generator.server")
    client = rawhttp.connect(server)
    real_handle = server.processor.handle

    def handle_then_hang_up(tasks: list[Any]) -> Any:
        answer = real_handle(tasks)
        # The client resets the connection before the answer is written, as a timed-out one does.
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        return answer

    monkeypatch.setattr(server.processor, "handle", handle_then_hang_up)
    body = json.dumps([_task(outputFormat="PNG")]).encode()
    client.sendall(rawhttp.request_bytes("POST", "/v1", body, key=KEY))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not any(
            "went away" in r.getMessage() for r in _server_records(caplog, logging.DEBUG)):
        time.sleep(0.02)
    assert any("went away" in r.getMessage() for r in _server_records(caplog, logging.DEBUG))
    assert _server_records(caplog, logging.WARNING) == []
    assert "Traceback" not in capsys.readouterr().err
