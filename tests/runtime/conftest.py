"""A local Runware-compatible server per test module, and clients tuned to talk to it quickly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from runware_bindings import AsyncRunware, PollPolicy, RetryPolicy, Runware

from generator.server import LocalServer

KEY = "test-key-7f3a9c1e5b"  # distinctive, so a leak is easy to search for

# Fast but real: the same code paths as the defaults, with shorter waits.
FAST_RETRY = RetryPolicy(max_retries=2, backoff=0.01, max_backoff=0.05, max_elapsed=10.0)
FAST_POLL = PollPolicy(initial=0.05, factor=1.5, max_interval=0.2, timeout=10.0)


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY, async_duration=0.3) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "server" in request.fixturenames:
        request.getfixturevalue("server").faults.clear()


def make_client(server: LocalServer, **options: object) -> Runware:
    settings: dict[str, object] = {"base_url": server.base_url, "retry_policy": FAST_RETRY,
                                   "poll_policy": FAST_POLL, "timeout": 10.0}
    settings.update(options)
    return Runware(KEY, **settings)  # type: ignore[arg-type]


def make_async_client(server: LocalServer, **options: object) -> AsyncRunware:
    settings: dict[str, object] = {"base_url": server.base_url, "retry_policy": FAST_RETRY,
                                   "poll_policy": FAST_POLL, "timeout": 10.0}
    settings.update(options)
    return AsyncRunware(KEY, **settings)  # type: ignore[arg-type]


@pytest.fixture
def client(server: LocalServer) -> Iterator[Runware]:
    with make_client(server) as c:
        yield c
