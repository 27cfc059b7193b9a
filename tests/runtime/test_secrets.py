"""The API key (and base_url credentials) never reach an error message, a traceback or a log line.

Keys come from files and environment variables with a trailing newline or space; the client strips
surrounding whitespace, refuses what a header cannot carry before any I/O, and scrubs every text
it did not write (server echoes, transport errors) in every spelling the key can take there.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import traceback
from collections.abc import Callable, Iterator

import httpx
import pytest
from runware_bindings import (
    APIError,
    AsyncRunware,
    AuthenticationError,
    BadRequestError,
    ConnectionError,
    MalformedResponseError,
    Runware,
    RunwareError,
    ServerError,
    TimeoutError,
)

from generator.server import LocalServer

from .conftest import KEY, make_client

KREA = {"positive_prompt": "p", "width": 1024, "height": 1024}
LOGGERS = ("httpx", "httpcore", "runware_bindings")


def fragments(secret: str, size: int = 8) -> set[str]:
    """Every run of ``size`` characters of the secret: a half-scrubbed key still counts."""
    core = secret.strip()
    return {core[i:i + size] for i in range(len(core) - size + 1)} or {core}


def chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything chained to it, suppressed context included."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__]


def texts_of(exc: BaseException) -> list[str]:
    out = ["".join(traceback.format_exception(exc))]
    for item in chain(exc):
        out += [str(item), repr(item), repr(item.args)]
        if isinstance(item, APIError):
            out += [repr(item.error), repr(item.errors)]
    return out


def assert_hidden(texts: list[str], secret: str) -> None:
    bad = {f for f in fragments(secret) for t in texts if f in t}
    assert not bad, f"secret fragments {sorted(bad)} leaked"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    caplog.set_level(logging.DEBUG)
    return lambda: [r.getMessage() for r in caplog.records] + [caplog.text]


# -- the key as given: stripped, or refused before anything is sent --------------------------------

PADDED = [KEY + "\n", KEY + "\r\n", KEY + " ", " " + KEY + "\t\n", "\n" + KEY]


@pytest.mark.parametrize("padded", PADDED, ids=repr)
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_whitespace_around_the_key_is_stripped(server: LocalServer, padded: str, source: str,
                                               monkeypatch: pytest.MonkeyPatch,
                                               debug_logs: Callable[[], list[str]]) -> None:
    monkeypatch.setenv("RUNWARE_API_KEY", padded)
    client = Runware(padded if source == "argument" else None, base_url=server.base_url,
                     max_retries=0)
    with client:
        texts = [repr(client), str(client)]
        assert len(client.krea_2_medium.generate(**KREA)) == 1  # the server took the stripped key
    assert_hidden(texts + debug_logs(), KEY)


MALFORMED = [
    ("é" + KEY, "a non-ASCII character at position 1"),
    (KEY[:9] + "\n" + KEY[9:], "whitespace at position 10"),
    (KEY[:9] + " " + KEY[9:], "whitespace at position 10"),
    (KEY + "\x00", "a control character at position 20"),
    (KEY + "\x7f", "a control character at position 20"),
    (KEY + "\u200b", "a non-ASCII character at position 20"),  # zero-width space
    (KEY[:4] + "\udcff" + KEY[4:], "a non-ASCII character at position 5"),  # byte 0xff, undecoded
]
# An environment variable cannot hold NUL; it is set as bytes, as a shell would.
SOURCES = [(bad, problem, source) for bad, problem in MALFORMED
           for source in ("argument", "environment") if source == "argument" or "\x00" not in bad]


@pytest.mark.parametrize("bad, problem, source", SOURCES, ids=lambda v: repr(v)[:30])
def test_a_key_a_header_cannot_carry_is_refused_without_echoing_it(
        server: LocalServer, bad: str, problem: str, source: str,
        monkeypatch: pytest.MonkeyPatch, debug_logs: Callable[[], list[str]]) -> None:
    if source == "environment":
        monkeypatch.setitem(os.environb, b"RUNWARE_API_KEY", os.fsencode(bad))
        assert os.environ["RUNWARE_API_KEY"] == bad
    before = server.request_count
    with pytest.raises(RunwareError) as info, \
            Runware(bad if source == "argument" else None, base_url=server.base_url,
                    max_retries=0) as client:
        client.krea_2_medium.generate(**KREA)
    assert problem in str(info.value)
    assert ("RUNWARE_API_KEY" in str(info.value)) == (source == "environment")
    assert server.request_count == before  # refused when the client is made
    assert_hidden(texts_of(info.value) + debug_logs(), KEY)


def test_a_key_that_is_not_text_or_only_whitespace_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(TypeError, match="api_key must be a str, found bytes") as info:
        Runware(KEY.encode())  # type: ignore[arg-type]
    assert_hidden(texts_of(info.value), KEY)
    monkeypatch.setenv("RUNWARE_API_KEY", " \n")
    with pytest.raises(RunwareError, match="no API key"):
        Runware()
    with pytest.raises(RunwareError, match="no API key"):
        AsyncRunware("\t")


# -- a server (or transport) that echoes the key back ----------------------------------------------

def echoing(mode: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        auth = request.headers["Authorization"]
        key = auth.removeprefix("Bearer ")
        quoted = json.dumps(f"invalid key {key}")
        if mode == "401-json":
            return httpx.Response(401, json={"errors": [{"code": "invalidApiKey",
                                                         "message": f"bad {auth}", key: key}]})
        if mode == "500-text-at-the-cut":  # the key straddles the message's 200-character cut
            return httpx.Response(500, text="x" * 188 + key + " trailing")
        if mode == "200-not-json":
            return httpx.Response(200, text=f"<html>{auth}</html>")
        if mode == "400-not-json":
            return httpx.Response(400, text=f"{{bad json {auth}")
        if mode == "400-unattributed":
            return httpx.Response(400, content=b'{"errors": [{"message": %s}]}' % quoted.encode())
        if mode == "200-task-error":
            task = json.loads(request.content)[0]
            return httpx.Response(200, json={"data": [], "errors": [
                {"taskUUID": task["taskUUID"], "code": "invalidPrompt", "message": auth}]})
        if mode == "connect-error":
            raise httpx.ConnectError(f"refused while sending {auth!r}", request=request)
        if mode == "read-timeout":
            raise httpx.ReadTimeout(f"timed out after {auth}", request=request)
        raise AssertionError(mode)

    return handler


ECHOES = [("401-json", AuthenticationError), ("500-text-at-the-cut", ServerError),
          ("200-not-json", MalformedResponseError), ("400-not-json", BadRequestError),
          ("400-unattributed", BadRequestError), ("200-task-error", BadRequestError),
          ("connect-error", ConnectionError), ("read-timeout", TimeoutError)]
ODD_KEYS = [KEY, 'sk-"quo\\ted/key+1=']  # escaped differently by repr, JSON and URLs


@pytest.mark.parametrize("mode, error", ECHOES)
@pytest.mark.parametrize("key", ODD_KEYS)
def test_an_echoed_key_is_scrubbed_everywhere(mode: str, error: type[RunwareError], key: str,
                                              debug_logs: Callable[[], list[str]]) -> None:
    http = httpx.Client(transport=httpx.MockTransport(echoing(mode)))
    with Runware(key + "\n", base_url="https://api.example.test/v1", http_client=http,
                 max_retries=0) as client, pytest.raises(error) as info:
        client.krea_2_medium.generate(**KREA)
    http.close()
    assert_hidden(texts_of(info.value) + debug_logs(), key)
    if mode == "500-text-at-the-cut":
        assert "x" * 188 + "***" in str(info.value)


@pytest.mark.parametrize("mode, error", ECHOES)
def test_an_echoed_key_is_scrubbed_by_the_async_client_too(mode: str,
                                                           error: type[RunwareError]) -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return echoing(mode)(request)

    async def main() -> BaseException:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncRunware(KEY, base_url="https://api.example.test/v1", http_client=http,
                                max_retries=0) as client:
            try:
                await client.krea_2_medium.generate(**KREA)
            except RunwareError as exc:
                return exc
            finally:
                await http.aclose()
        raise AssertionError("no error")

    exc = asyncio.run(main())
    assert isinstance(exc, error)
    assert_hidden(texts_of(exc), KEY)


def test_a_short_key_is_scrubbed_as_a_word_and_results_stay_intact() -> None:
    """A key as short as "dev" cannot be told from text inside words, or inside base64 data."""
    image = "data:image/png;base64,devdevdev+dev/dev=="

    def handler(request: httpx.Request) -> httpx.Response:
        [task] = json.loads(request.content)
        return httpx.Response(200, json={
            "data": [{"taskType": "imageInference", "taskUUID": task["taskUUID"],
                      "imageUUID": "aac49721-1964-481a-ae78-8a4e29b91402", "imageDataURI": image,
                      "developer": "dev"}],
            "errors": [{"taskUUID": task["taskUUID"], "code": "invalidDevice",
                        "message": "key dev refused for device 'dev'", "dev": ["dev"]}]})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Runware("dev", base_url="https://api.example.test/v1", http_client=http) as client:
        run = client.run({"taskType": "imageInference", "model": "other:1@1"})
    http.close()
    [result] = run.results
    assert result.task_uuid and result.image_data_uri == image and result.raw["developer"] == "dev"
    [error] = run.errors
    assert error.code == "invalidDevice" and error.task_uuid == result.task_uuid
    assert error.error["message"] == "key *** refused for device '***'"
    assert error.error["***"] == ["***"]
    assert str(error) == "invalidDevice: key *** refused for device '***'"


def test_a_retried_failure_logs_nothing_of_the_key(server: LocalServer,
                                                   debug_logs: Callable[[], list[str]]) -> None:
    server.faults.fail_next(1, status=503)
    with make_client(server) as client:
        client.krea_2_medium.generate(**KREA)
    logs = debug_logs()
    assert any("retry 1" in line for line in logs) and any("httpcore" in t for t in logs)
    assert_hidden(logs, KEY)


# -- base_url --------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["http://user:s3cr3t-pass@127.0.0.1:9/v1",
                                 "https://s3cr3t-pass@api.runware.ai/v1",
                                 "https://:s3cr3t-pass@api.runware.ai/v1"])
def test_credentials_in_base_url_are_refused_without_echoing_them(url: str) -> None:
    # httpx would send them as Basic auth in place of the key, and messages would show them.
    for cls in (Runware, AsyncRunware):
        with pytest.raises(ValueError, match="must not carry credentials") as info:
            cls(KEY, base_url=url)
        assert "***@" in str(info.value)
        assert_hidden(texts_of(info.value), "s3cr3t-pass")


@pytest.mark.parametrize("url", ["ftp://api.runware.ai/v1", "api.runware.ai/v1", "", "http:///v1"])
def test_a_base_url_that_cannot_work_is_refused_when_the_client_is_made(url: str) -> None:
    with pytest.raises(ValueError, match="base_url must be an http:// or https:// URL"):
        Runware(KEY, base_url=url)


def test_a_key_in_base_url_is_scrubbed_from_messages() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    http = httpx.Client(transport=httpx.MockTransport(refuse))
    with Runware(KEY, base_url=f"https://api.example.test/v1?key={KEY}", http_client=http,
                 max_retries=0) as client, pytest.raises(ConnectionError) as info:
        client.krea_2_medium.generate(**KREA)
    http.close()
    assert "https://api.example.test/v1?key=***" in str(info.value)
    assert_hidden([*texts_of(info.value), repr(client), repr(client.krea_2_medium)], KEY)
