"""Every valid request, for every model, gets a 200 with as many results as it asked for.

Requests come from each model's generated ``valid_requests()``; integers are sometimes sent as
integral floats (``2.0``), which JSON Schema and the validators count as integers too. This is
the test that finds payloads the validators accept but the server cannot carry out.
"""

from __future__ import annotations

import base64
import importlib
import io
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from runware_bindings import MODELS, validate

from generator.server import LocalServer

KEY = "property-key-0d2e"
MODULES = sorted(set(MODELS.values()))
OUTPUT_FIELDS = {"URL": "imageURL", "base64Data": "imageBase64Data", "dataURI": "imageDataURI"}


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


def _image_size(item: dict[str, Any], output: str, client: httpx.Client) -> tuple[int, int]:
    if output == "URL":
        data = client.get(item["imageURL"]).content
    else:
        data = base64.b64decode(item[OUTPUT_FIELDS[output]].split(",")[-1])
    with Image.open(io.BytesIO(data)) as image:
        return image.size


def _results(server: LocalServer, client: httpx.Client, task: dict[str, Any]) -> list[Any]:
    response = client.post(server.base_url, content=json.dumps([task]).encode())
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body["errors"]
    if task.get("deliveryMethod") != "async":
        return list(body["data"])
    assert body["data"] == [{"taskType": "imageInference", "taskUUID": task["taskUUID"]}]
    poll = json.dumps([{"taskType": "getResponse", "taskUUID": task["taskUUID"]}]).encode()
    deadline = time.monotonic() + 60  # async_duration is 0: the first poll normally has them all
    while True:
        items = client.post(server.base_url, content=poll).json()["data"]
        if all(i["status"] != "processing" for i in items) or time.monotonic() > deadline:
            return list(items)
        time.sleep(0.05)


@pytest.mark.parametrize("module", MODULES)
def test_every_valid_request_gets_its_results(module: str, server: LocalServer,
                                              client: httpx.Client) -> None:
    strategies = importlib.import_module(f"runware_bindings.{module}.strategies")

    @settings(max_examples=8, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(payload=strategies.valid_requests(), data=st.data())
    def check(payload: dict[str, Any], data: st.DataObject) -> None:
        task = _with_integral_floats({**payload, "taskUUID": str(uuid.uuid4())}, data)
        assert validate(task) == [], "the strategy drew a request the validator refuses"
        items = _results(server, client, task)
        assert len(items) == int(task.get("numberResults", 1))
        output = task.get("outputType", "URL")
        size = (int(task["width"]), int(task["height"]))
        for item in items:
            assert item["taskUUID"] == task["taskUUID"]
            assert item.get("status", "success") == "success"
            assert isinstance(item["seed"], int)
            assert _image_size(item, output, client) == size

    check()
