"""What JSON cannot carry is an InvalidRequestError naming its path, before anything is sent.

Lone surrogates (no UTF-8 form), NaN and infinities, non-string keys, bytes and other Python
objects, values that contain themselves, runaway nesting and integers too long to write: each used
to escape as a bare UnicodeEncodeError, TypeError, ValueError or RecursionError from json (or, for
NaN and int keys, to go out as something that is not JSON at all).
"""

from __future__ import annotations

import asyncio
import copy
import math
import uuid
from typing import Any

import httpx
import pytest
from runware_bindings import InvalidRequestError, MalformedResponseError, Runware, RunwareError
from runware_bindings.krea_2_medium.client import build_task

from generator.server import LocalServer

from ..helpers import VALID_KREA
from .conftest import KEY, make_async_client

KREA = {"positive_prompt": "p", "width": 1024, "height": 1024}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def _task(**changes: Any) -> dict[str, Any]:
    return {**copy.deepcopy(VALID_KREA), "taskUUID": str(uuid.uuid4()), **changes}


def _cyclic() -> dict[str, Any]:
    loop: dict[str, Any] = {"name": "loop"}
    loop["again"] = loop
    return loop


def _deep(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


# (field to add or change, the reported path, the rule, a phrase of the message)
NOT_JSON: list[tuple[dict[str, Any], str, str, str]] = [
    ({"positivePrompt": "ok \ud800"}, "positivePrompt", "json", "lone surrogate (U+D800 at index 3)"),
    ({"negativePrompt": "\udcff"}, "negativePrompt", "json", "cannot be encoded as UTF-8 JSON"),
    ({"seed": math.nan}, "seed", "json", "nan is not a JSON number"),
    ({"outputQuality": -math.inf}, "outputQuality", "json", "-inf is not a JSON number"),
    ({"inputs": {"referenceImages": [PNG]}}, "inputs.referenceImages[0]", "json",
     "bytes, which has no JSON form; an image goes in as a data URI"),
    ({"settings": {1: "high"}}, "settings", "json", "has the key 1 (type int)"),
    ({"settings": {None: "high"}}, "settings", "json", "has the key None (type NoneType)"),
    ({"settings": {"\udc80x": 1}}, "settings", "json", "a key with a lone surrogate (U+DC80"),
    ({"extra": {"list": [1, {2.5: 3}]}}, "extra.list[1]", "json", "has the key 2.5"),
    ({"extra": object()}, "extra", "json", "found a Python object, which has no JSON form"),
    ({"extra": {1, 2}}, "extra", "json", "found a Python set"),
    ({"extra": 10 ** 5000}, "extra", "json", "too long to write as JSON"),
    ({"extra": _cyclic()}, "extra.again", "circular", "contains itself"),
    ({"extra": _deep(2000)}, "extra" + "[0]" * 255, "depth", "nested deeper than 256 levels"),
]


def _id(value: object) -> str:
    if isinstance(value, dict):
        return "+".join(map(str, value))  # the field names: reprs of some values cannot be taken
    return str(value)[:30] if isinstance(value, str) else ""


def _expect(info: pytest.ExceptionInfo[InvalidRequestError], path: str, rule: str,
            phrase: str) -> None:
    assert isinstance(info.value, RunwareError)
    matching = [e for e in info.value.errors if e.path == path]
    assert matching, [str(e) for e in info.value.errors]
    assert matching[0].rule == rule and phrase in matching[0].message, str(matching[0])
    assert f"{path}: " in str(info.value)
    str(info.value).encode("utf-8")  # the message itself can be printed


@pytest.mark.parametrize("change, path, rule, phrase", NOT_JSON, ids=_id)
@pytest.mark.parametrize("model, validate", [("other:1@1", True), ("krea:krea@2-medium", False)])
def test_run_refuses_what_json_cannot_carry_and_sends_nothing(
        client: Runware, server: LocalServer, change: dict[str, Any], path: str, rule: str,
        phrase: str, model: str, validate: bool) -> None:
    before = server.request_count
    with pytest.raises(InvalidRequestError) as info:
        client.run(_task(model=model, **change), validate=validate)
    _expect(info, path, rule, phrase)
    with pytest.raises(InvalidRequestError) as info:  # the second task of a batch
        client.run([_task(model=model), _task(model=model, **change)], validate=validate)
    _expect(info, f"[1].{path}" if not path.startswith("[") else f"[1]{path}", rule, phrase)
    assert server.request_count == before


@pytest.mark.parametrize("change, path, rule, phrase", [
    ({"positivePrompt": "ok \ud800"}, "positivePrompt", "json", "lone surrogate"),
    ({"extra": _cyclic()}, "extra.again", "circular", "contains itself"),
])
def test_run_with_validation_reports_json_problems_beside_the_validators(
        client: Runware, change: dict[str, Any], path: str, rule: str, phrase: str) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.run(_task(width=1000, **change))
    _expect(info, path, rule, phrase)
    if rule == "json":  # the validator still ran: one error lists every problem
        assert any(e.rule == "dimensions" or "width" in str(e) for e in info.value.errors)


def test_tuples_and_subclasses_of_json_types_are_sent() -> None:
    class Prompt(str):
        pass

    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(200, json={"data": []})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Runware(KEY, base_url="https://api.example.test/v1", http_client=http) as client:
        client.run(_task(positivePrompt=Prompt("a lighthouse"), model="other:1@1",
                         extra=(1, 2.5, True, None, "é")))
    http.close()
    assert b'"positivePrompt": "a lighthouse"' in seen[0]
    assert '"extra": [1, 2.5, true, null, "é"]'.encode() in seen[0]


@pytest.mark.parametrize("args, path, rule, phrase", [
    ({"positive_prompt": "\ud800"}, "positivePrompt", "json", "lone surrogate (U+D800 at index 0)"),
    ({"safety": _cyclic()}, "safety.again", "circular", "contains itself"),
    ({"safety": {"checkContent": True, 1: 2}}, "safety", "json", "has the key 1"),
])
def test_generate_and_task_refuse_it_too(client: Runware, server: LocalServer,
                                         args: dict[str, Any], path: str, rule: str,
                                         phrase: str) -> None:
    before = server.request_count
    for build in (build_task, client.krea_2_medium.task, client.krea_2_medium.generate):
        with pytest.raises(InvalidRequestError) as info:
            build(**{**KREA, **args})
        _expect(info, path, rule, phrase)
    assert server.request_count == before


def test_the_async_client_refuses_it_too(server: LocalServer) -> None:
    async def main() -> None:
        async with make_async_client(server) as client:
            with pytest.raises(InvalidRequestError) as info:
                await client.run(_task(positivePrompt="\ud800"), validate=False)
            _expect(info, "positivePrompt", "json", "lone surrogate")
            with pytest.raises(InvalidRequestError) as info:
                await client.krea_2_medium.generate(**{**KREA, "positive_prompt": "\udfff"})
            _expect(info, "positivePrompt", "json", "lone surrogate")

    before = server.request_count
    asyncio.run(main())
    assert server.request_count == before


def test_wait_refuses_a_task_uuid_json_cannot_carry(client: Runware, server: LocalServer) -> None:
    before = server.request_count
    with pytest.raises(InvalidRequestError) as info:
        client.wait("\ud800")
    _expect(info, "[0].taskUUID", "json", "lone surrogate")
    assert server.request_count == before


def test_a_response_nested_beyond_reason_is_malformed_not_a_recursion_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Runware(KEY, base_url="https://api.example.test/v1", http_client=http) as client, \
            pytest.raises(MalformedResponseError, match="not JSON"):
        client.krea_2_medium.generate(**KREA)
    http.close()
