"""Retries, timeouts, dropped connections, garbage bodies, auth, and the API key's secrecy."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
import traceback

import pytest
from runware_bindings import (
    AuthenticationError,
    BadRequestError,
    CapacityError,
    ConnectionError,
    MalformedResponseError,
    RateLimitError,
    RetryPolicy,
    Runware,
    RunwareError,
    ServerError,
    TimeoutError,
)

from generator.server import LocalServer

from .conftest import FAST_RETRY, KEY, make_async_client, make_client

KREA = {"positive_prompt": "p", "width": 1024, "height": 1024}


@pytest.mark.parametrize("status", [408, 429, 500, 503, 504])
def test_transient_failures_are_retried_until_success(client: Runware, server: LocalServer,
                                                      status: int) -> None:
    server.faults.fail_next(2, status=status)
    before = server.request_count
    assert len(client.krea_2_medium.generate(**KREA)) == 1
    assert server.request_count - before == 3


def test_retries_stop_at_their_bound(server: LocalServer) -> None:
    server.faults.fail_next(10, status=503)
    with make_client(server, max_retries=3) as client:
        before = server.request_count
        with pytest.raises(CapacityError) as info:
            client.krea_2_medium.generate(**KREA)
    assert server.request_count - before == 4
    assert info.value.status == 503 and info.value.retries == 3
    assert info.value.code == "serviceUnavailable"


def test_per_call_retry_count_overrides_the_clients(client: Runware, server: LocalServer) -> None:
    server.faults.fail_next(5, status=429)
    before = server.request_count
    with pytest.raises(RateLimitError):
        client.krea_2_medium.generate(**KREA, max_retries=0)
    assert server.request_count - before == 1


class FakeClock:
    """The client's view of time: requests take none of it, waits are counted, not slept."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    # Budgets in total time are judged on this clock, so a loaded machine cannot change the count.
    import runware_bindings._runtime.client as client_module
    import runware_bindings._runtime.retry as retry_module

    fake = FakeClock()
    for module in (client_module, retry_module):
        monkeypatch.setattr(module, "time", fake)
    return fake


def test_retries_are_bounded_in_total_time(server: LocalServer, clock: FakeClock) -> None:
    server.faults.fail_next(50, status=500)
    policy = RetryPolicy(max_retries=50, backoff=0.05, max_backoff=0.05, max_elapsed=0.3)
    with make_client(server, retry_policy=policy) as client, pytest.raises(ServerError) as info:
        client.krea_2_medium.generate(**KREA)
    # Full jitter waits 0.025 to 0.05 s: 6 to 12 of them fit in 0.3 s, never 50.
    assert 6 <= info.value.retries <= 12
    assert len(clock.waits) == info.value.retries
    assert sum(clock.waits) <= 0.3


def test_a_400_is_never_retried(client: Runware, server: LocalServer) -> None:
    server.faults.fail_next(1, status=400)
    before = server.request_count
    with pytest.raises(BadRequestError):
        client.krea_2_medium.generate(**KREA)
    assert server.request_count - before == 1


def test_retry_after_is_honoured(client: Runware, server: LocalServer) -> None:
    server.faults.fail_next(1, status=429, retry_after=0.4)
    started = time.monotonic()
    assert len(client.krea_2_medium.generate(**KREA)) == 1
    assert time.monotonic() - started >= 0.4


def test_retry_after_beyond_the_time_budget_gives_up_at_once(server: LocalServer,
                                                              clock: FakeClock) -> None:
    server.faults.fail_next(1, status=503, retry_after=30)
    with make_client(server, retry_policy=RetryPolicy(max_elapsed=1.0)) as client, \
            pytest.raises(CapacityError) as info:
        client.krea_2_medium.generate(**KREA)
    assert info.value.retry_after == 30
    assert clock.waits == []


def test_a_timeout_fires_instead_of_hanging(client: Runware, server: LocalServer) -> None:
    server.faults.delay_next(60.0)
    started = time.monotonic()
    with pytest.raises(TimeoutError) as info:
        client.krea_2_medium.generate(**KREA, timeout=0.3)
    assert time.monotonic() - started < 30  # it fired: the answer would have taken a minute
    assert "0.3 s" in str(info.value)


def test_a_dropped_connection_is_retried(client: Runware, server: LocalServer) -> None:
    server.faults.drop_next(1)
    assert len(client.krea_2_medium.generate(**KREA)) == 1


def test_connections_that_keep_dropping_raise_a_connection_error(client: Runware,
                                                                 server: LocalServer) -> None:
    server.faults.drop_next(3)
    with pytest.raises(ConnectionError) as info:
        client.krea_2_medium.generate(**KREA)
    assert info.value.retries == 2


def test_nothing_listening_is_a_connection_error() -> None:
    # Bound but not listening: connections are refused, and no other process can take the port.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        with Runware(KEY, base_url=f"http://127.0.0.1:{port}/v1", retry_policy=FAST_RETRY) as client, \
                pytest.raises(ConnectionError) as info:
            client.krea_2_medium.generate(**KREA)
    assert f"127.0.0.1:{port}" in str(info.value)


def test_a_garbage_body_is_a_malformed_response(client: Runware, server: LocalServer) -> None:
    server.faults.malformed_next(1)
    with pytest.raises(MalformedResponseError) as info:
        client.krea_2_medium.generate(**KREA)
    assert info.value.status == 200 and "not JSON" in str(info.value)


def test_async_client_retries_and_times_out(server: LocalServer) -> None:
    async def main() -> None:
        async with make_async_client(server) as client:
            server.faults.fail_next(2, status=503)
            assert len(await client.krea_2_medium.generate(**KREA)) == 1
            server.faults.delay_next(5.0)
            with pytest.raises(TimeoutError):
                await client.krea_2_medium.generate(**KREA, timeout=0.3)
            server.faults.drop_next(1)
            assert len(await client.krea_2_medium.generate(**KREA)) == 1
            server.faults.malformed_next(1)
            with pytest.raises(MalformedResponseError):
                await client.krea_2_medium.generate(**KREA)

    asyncio.run(main())


def test_a_wrong_key_is_an_authentication_error(server: LocalServer) -> None:
    with Runware("wrong-key", base_url=server.base_url) as client, \
            pytest.raises(AuthenticationError) as info:
        client.krea_2_medium.generate(**KREA)
    assert info.value.status == 401 and info.value.code == "invalidApiKey"
    assert info.value.error["message"]  # the whole server object


def test_the_key_comes_from_the_environment(server: LocalServer,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUNWARE_API_KEY", KEY)
    with Runware(base_url=server.base_url) as client:
        assert len(client.krea_2_medium.generate(**KREA)) == 1
    monkeypatch.delenv("RUNWARE_API_KEY")
    with pytest.raises(RunwareError, match="RUNWARE_API_KEY"):
        Runware()


def test_the_key_never_appears_in_reprs_logs_or_errors(server: LocalServer,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with make_client(server) as client:
        texts += [repr(client), str(client), repr(client.krea_2_medium)]
        server.faults.fail_next(1, status=503)
        client.krea_2_medium.generate(**KREA)  # logs a retry
        failures: list[BaseException] = []
        for inject in (lambda: server.faults.fail_next(5, status=503),
                       lambda: server.faults.drop_next(5),
                       lambda: server.faults.malformed_next(1),
                       lambda: server.faults.delay_next(2.0)):
            inject()
            try:
                client.krea_2_medium.generate(**KREA, timeout=0.3)
            except RunwareError as exc:
                failures.append(exc)
        for bad in ({"positive_prompt": "p", "width": 1, "height": 1},):
            try:
                client.krea_2_medium.generate(**bad)
            except RunwareError as exc:
                failures.append(exc)
    assert len(failures) == 5
    with Runware(KEY + "x", base_url=server.base_url) as wrong:
        try:
            wrong.krea_2_medium.generate(**KREA)
        except AuthenticationError as exc:
            failures.append(exc)
    for exc in failures:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retry" in t for t in texts)
    assert not [t for t in texts if KEY in t]


def test_a_callers_http_client_is_used_and_left_open(server: LocalServer) -> None:
    import httpx

    seen: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: seen.append(r.method)]}) as http:
        with Runware(KEY, base_url=server.base_url, http_client=http) as client:
            client.krea_2_medium.generate(**KREA)
        assert seen == ["POST"] and not http.is_closed
