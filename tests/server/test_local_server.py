"""The local server over raw HTTP: the protocol's shapes, auth, routes, controls and the CLI."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator

import httpx
import pytest

from generator.server import LocalServer

from ..helpers import ROOT, VALID_KREA

KEY = "server-key-1"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY) as srv:
        yield srv


def _post(server: LocalServer, body: object, key: str | None = KEY) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(server.base_url, content=content, headers=headers, timeout=10)


def _task(**changes: object) -> dict[str, object]:
    task = {**copy.deepcopy(VALID_KREA), "taskUUID": str(uuid.uuid4())}
    task.update(changes)
    return task


@pytest.mark.parametrize("key", [None, "wrong"])
def test_missing_or_wrong_key_is_401_runware_shaped(server: LocalServer, key: str | None) -> None:
    response = _post(server, [_task()], key=key)
    assert response.status_code == 401
    [error] = response.json()["errors"]
    assert error["code"] == "invalidApiKey" and error["message"]


def test_the_authentication_task_is_an_alternative_to_the_header(server: LocalServer) -> None:
    body = [{"taskType": "authentication", "apiKey": KEY}, _task(outputType="base64Data")]
    response = _post(server, body, key=None)
    assert response.status_code == 200 and len(response.json()["data"]) == 1


def test_validation_errors_name_code_parameter_and_docs_anchor(server: LocalServer) -> None:
    bad = _task(positivePrompt=7, extra=1)
    del bad["height"]
    response = _post(server, [bad, _task(outputType="dataURI")])
    assert response.status_code == 200
    body = response.json()
    assert len(body["data"]) == 1 and body["data"][0]["imageDataURI"].startswith("data:image/jpeg")
    by_code = {e["code"]: e for e in body["errors"]}
    assert {"invalidPositivePrompt", "missingHeight", "unsupportedParameter"} <= by_code.keys()
    prompt = by_code["invalidPositivePrompt"]
    assert prompt["parameter"] == "positivePrompt" and prompt["taskUUID"] == bad["taskUUID"]
    assert prompt["taskType"] == "imageInference"
    assert prompt["documentation"] == \
        "https://runware.ai/docs/models/krea-2-medium#request-positiveprompt"
    assert by_code["missingHeight"]["documentation"].endswith("#request-height")


def test_enum_errors_carry_the_allowed_values(server: LocalServer) -> None:
    response = _post(server, [_task(outputFormat="GIF")])
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["code"] == "invalidOutputFormat"
    assert error["allowedValues"] == ["JPG", "PNG", "WEBP"]


@pytest.mark.parametrize("body, code", [
    (b"{oops", "invalidJSON"), ([], "invalidRequestBody"), ({"taskType": "x"}, "invalidRequestBody"),
    ([{"taskType": "vectorize", "taskUUID": "x"}], "invalidTaskType"), ([3], "invalidTask"),
    ([{"taskType": "videoInference", "taskUUID": str(uuid.uuid4())}], "missingModel"),
    ([{"taskType": "getResponse", "taskUUID": str(uuid.uuid4())}], "taskNotFound"),
    ([{**VALID_KREA, "model": "krea:krea@9"}], "invalidModel"),
])
def test_bad_requests_are_400_with_a_code(server: LocalServer, body: object, code: str) -> None:
    response = _post(server, body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == code


def test_url_images_are_served_by_the_same_server(server: LocalServer) -> None:
    response = _post(server, [_task(outputFormat="WEBP")])
    [item] = response.json()["data"]
    assert item["imageURL"].startswith(server.origin + "/images/")
    image = httpx.get(item["imageURL"], timeout=10)
    assert image.status_code == 200 and image.headers["content-type"] == "image/webp"
    assert image.content[8:12] == b"WEBP"
    missing = httpx.get(server.origin + "/images/nope.jpg", timeout=10)
    assert missing.status_code == 404 and missing.json()["errors"][0]["code"] == "imageNotFound"


def test_get_response_reports_processing_then_success() -> None:
    # Jobs that would take an hour: every poll sees "processing" until the test finishes them.
    with LocalServer(api_key=KEY, async_duration=3600.0) as slow:
        task = _task(deliveryMethod="async", numberResults=2, outputType="base64Data")
        ack = _post(slow, [task]).json()["data"]
        assert ack == [{"taskType": "imageInference", "taskUUID": task["taskUUID"]}]
        poll = [{"taskType": "getResponse", "taskUUID": task["taskUUID"]}]
        for _ in range(2):
            assert [i["status"] for i in _post(slow, poll).json()["data"]] == ["processing"] * 2
        assert slow.finish_jobs() == 1
        assert slow.finish_jobs() == 0
        items = _post(slow, poll).json()["data"]
        assert [i["status"] for i in items] == ["success", "success"]
        assert all(i["imageBase64Data"] for i in items)


def test_faults_can_be_injected_over_http(server: LocalServer) -> None:
    control = server.origin + "/_control/faults"
    headers = {"Authorization": f"Bearer {KEY}"}
    assert httpx.post(control, json={"fail": {"count": 1, "status": 429, "retryAfter": 2}},
                      headers=headers).status_code == 200
    response = _post(server, [_task()])
    assert response.status_code == 429 and response.headers["retry-after"] == "2"
    assert response.json()["errors"][0]["code"] == "queueFull"
    assert _post(server, [_task()]).status_code == 200
    assert httpx.post(control, json={"explode": 1}, headers=headers).status_code == 400
    assert httpx.post(control, json={"drop": 1}).status_code == 401


def test_only_loopback_hosts_are_accepted() -> None:
    with pytest.raises(ValueError, match="loopback"):
        LocalServer("0.0.0.0")


def test_serve_command_runs_until_stopped() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", "0", "--api-key", "cli-key"],
        cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/v1)", line)
        assert match, line
        response = httpx.post(match.group(1), json=[_task(outputType="base64Data")],
                              headers={"Authorization": "Bearer cli-key"}, timeout=10)
        assert response.status_code == 200 and response.json()["data"][0]["imageBase64Data"]
        assert "cli-key" not in line
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_refuses_a_public_address() -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "serve", "--host", "0.0.0.0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "loopback" in result.stderr
