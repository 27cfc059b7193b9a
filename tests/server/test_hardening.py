"""Nobody on loopback can make the local server misbehave: keys, bounds, lies and slow clients."""

from __future__ import annotations

import copy
import http.server
import json
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any, ClassVar

import httpx
import pytest

from generator.server import LocalServer, imaging

from ..helpers import VALID_KREA
from . import rawhttp

KEY = "hardening-key-3b9d"
AUTH = {"Authorization": f"Bearer {KEY}"}


def limited(**limits: Any) -> LocalServer:
    """A server with some limits lowered, so tests reach them quickly."""
    from generator.server.limits import Limits

    return LocalServer(api_key=KEY, limits=Limits(**limits))


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=KEY) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _no_faults_left(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "server" in request.fixturenames:
        request.getfixturevalue("server").faults.clear()


def _task(**changes: Any) -> dict[str, Any]:
    task = {**copy.deepcopy(VALID_KREA), "taskUUID": str(uuid.uuid4()), "outputType": "base64Data"}
    task.update(changes)
    return task


def _api(server: LocalServer, body: Any, *, key: str | None = KEY) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(server.base_url, content=content, headers=headers, timeout=30)


def _control(server: LocalServer, body: Any, *, key: str | None = KEY) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(server.origin + "/_control/faults", content=content, headers=headers,
                      timeout=30)


@pytest.mark.parametrize("field, value", [("max_body", 0), ("sink_bytes", -1),
                                          ("request_timeout", 0.0), ("max_tasks", True),
                                          ("image_entries", 2.5)])
def test_limits_must_be_positive_numbers(field: str, value: object) -> None:
    from generator.server.limits import Limits

    with pytest.raises(ValueError, match=f"Limits.{field} must be a positive"):
        Limits(**{field: value})  # type: ignore[arg-type]


# -- the sink -------------------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["POST", "PUT"])
@pytest.mark.parametrize("key", [None, "wrong"])
def test_the_sink_refuses_requests_without_the_key(server: LocalServer, method: str,
                                                   key: str | None) -> None:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = httpx.request(method, server.sink_url("strangers"), content=b"x" * 1000,
                             headers=headers, timeout=10)
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "invalidApiKey"
    assert server.sink.get("strangers") == []


def test_the_sink_keeps_at_most_its_entries_and_bytes_dropping_the_oldest() -> None:
    with limited(sink_entries=5, sink_bytes=10_000) as srv, httpx.Client(headers=AUTH) as client:
        for i in range(40):
            name = "even" if i % 2 == 0 else "odd"
            body = f"{i:04d}".encode() * 250  # 1000 bytes, telling which post it was
            assert client.post(srv.sink_url(name), content=body).status_code == 200
        stats = srv.sink.stats()
        assert stats["entries"] == 5 and stats["dropped"] == 35
        assert srv.sink.recorded_bytes == stats["bytes"] <= 10_000
        kept = [r.body[:4] for r in srv.sink.get("even") + srv.sink.get("odd")]
        assert sorted(kept) == [b"0035", b"0036", b"0037", b"0038", b"0039"]
        for _ in range(3):  # by bytes now: only two of these fit under 10 000
            assert client.post(srv.sink_url("big"), content=b"b" * 4000).status_code == 200
        assert srv.sink.recorded_bytes <= 10_000
        assert len(srv.sink.get("big")) == 2 and srv.sink.get("odd") == []
        too_big = client.post(srv.sink_url("huge"), content=b"h" * 10_001)
        assert too_big.status_code == 413
        assert too_big.json()["errors"][0]["code"] == "requestTooLarge"
        assert srv.sink.get("huge") == []


def test_the_sink_memory_stays_bounded_under_a_flood(server: LocalServer) -> None:
    """The reported case (40 x 10 MB, all kept) at the default limits, measured by the counter."""
    from generator.server.limits import Limits

    cap = Limits().sink_bytes
    body = b"f" * (4 * 1024 * 1024)
    with httpx.Client(headers=AUTH, timeout=60) as client:
        for i in range(2 * cap // len(body)):
            assert client.post(server.sink_url(f"flood-{i}"), content=body).status_code == 200
            assert server.sink.recorded_bytes <= cap
    assert server.sink.stats()["dropped"] > 0
    assert server.sink.get(f"flood-{2 * cap // len(body) - 1}")  # the newest is kept


def test_bodies_over_the_limit_are_413_before_being_read(server: LocalServer) -> None:
    for path in ("/v1", "/_sink/big", "/_control/faults"):
        data = rawhttp.request_bytes("POST", path, key=KEY, length=10**12)  # no body follows
        [response] = rawhttp.exchange(server, data)
        assert response.status == 413, path
        assert response.json()["errors"][0]["code"] == "requestTooLarge"
    with limited(max_body=1000) as srv:
        headers = {**AUTH, "Content-Type": "application/octet-stream"}
        assert httpx.post(srv.sink_url("s"), content=b"x" * 1000, headers=headers).status_code == 200
        over = httpx.post(srv.sink_url("s"), content=b"x" * 1001, headers=headers)
        assert over.status_code == 413 and "at most 1000 bytes" in over.json()["errors"][0]["message"]
        assert len(srv.sink.get("s")) == 1


class _Capture(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        type(self).seen.append(dict(self.headers))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_webhooks_carry_the_key_to_the_own_sink_only(server: LocalServer) -> None:
    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Capture)
    thread = threading.Thread(target=other.serve_forever, daemon=True)
    thread.start()
    try:
        elsewhere = f"http://127.0.0.1:{other.server_address[1]}/_sink/steal"
        response = _api(server, [_task(webhookURL=server.sink_url("own-hook")),
                                 _task(webhookURL=elsewhere),
                                 _task(webhookURL=server.origin + "/_sink/../_control/faults")])
        assert response.status_code == 200
        assert len(server.sink.wait_for("own-hook", 1)) == 1
        deadline = time.monotonic() + 20
        while len(_Capture.seen) < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(_Capture.seen) == 1
        assert all(KEY not in value for value in _Capture.seen[0].values())
        # the dot segments resolve to the control route: that delivery must not carry the key
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not any(
                "_control" in r.url for r in server.deliverer.log):
            time.sleep(0.05)
        [record] = [r for r in server.deliverer.log if "_control" in r.url]
        assert record.outcome == "failed: HTTP 401"
    finally:
        other.shutdown()
        other.server_close()


# -- fault control --------------------------------------------------------------------------------

@pytest.mark.parametrize("body, field, expected, found", [
    ({"fail": {"retryAfter": "abc"}}, "fail.retryAfter", "a number of seconds 0..3600",
     "a string 'abc'"),
    ({"fail": {"count": 10**12}}, "fail.count", "an integer 0..10000", "an integer 1000000000000"),
    ({"fail": {"count": True}}, "fail.count", "an integer 0..10000", "true"),
    ({"fail": {"count": 1.5}}, "fail.count", "an integer 0..10000", "a number 1.5"),
    ({"fail": {"count": -1}}, "fail.count", "an integer 0..10000", "an integer -1"),
    ({"fail": {"status": 200}}, "fail.status", "an HTTP status 400..599", "an integer 200"),
    ({"fail": {"status": "503"}}, "fail.status", "an HTTP status 400..599", "a string '503'"),
    ({"fail": {"retryAfter": -1}}, "fail.retryAfter", "a number of seconds 0..3600", "an integer -1"),
    ({"fail": {"cuont": 1}}, "fail.cuont", "one of the fields count, status, retryAfter",
     "an unknown key"),
    ({"fail": 3}, "fail", "an object with count, status, retryAfter", "an integer 3"),
    ({"delay": {"seconds": 1e9}}, "delay.seconds", "a number of seconds 0..60",
     "an integer 1000000000"),
    ({"delay": {"seconds": "2"}}, "delay.seconds", "a number of seconds 0..60", "a string '2'"),
    ({"delay": {"count": 10**6}}, "delay.count", "an integer 0..10000", "an integer 1000000"),
    ({"drop": "2"}, "drop", "an integer 0..10000", "a string '2'"),
    ({"malformed": None}, "malformed", "an integer 0..10000", "null"),
    ({"failResults": 10**12}, "failResults", "an integer 0..10000", "an integer 1000000000000"),
    ({"clear": "yes"}, "clear", "true or false", "a string 'yes'"),
    ({"explode": 1}, "explode", "one of the faults fail, delay", "an unknown key"),
    ([], "the control body", "a JSON object", "an array of 0 items"),
])
def test_control_bodies_are_checked_field_by_field(server: LocalServer, body: Any, field: str,
                                                   expected: str, found: str) -> None:
    response = _control(server, body)
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    assert error["code"] == "invalidFault" and error["parameter"] == field
    assert f"expected {expected}" in error["message"] and f"found {found}" in error["message"]
    assert server.faults.pending() == 0
    assert _api(server, [_task()]).status_code == 200  # and the next API request is unharmed


@pytest.mark.parametrize("body", [b"{oops", b'{"delay": {"seconds": NaN}}', b"[" * 60_000])
def test_control_bodies_that_are_not_json_are_400(server: LocalServer, body: bytes) -> None:
    response = _control(server, body)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "invalidFault"


def test_a_rejected_control_body_applies_nothing(server: LocalServer) -> None:
    response = _control(server, {"drop": 1, "fail": {"count": 1, "retryAfter": "abc"}})
    assert response.status_code == 400
    assert server.faults.pending() == 0
    assert _api(server, [_task()]).status_code == 200


def test_integral_numbers_in_control_bodies_are_integers(server: LocalServer) -> None:
    assert _control(server, {"fail": {"count": 1.0, "status": 503.0, "retryAfter": 2.0}}) \
        .status_code == 200
    response = _api(server, [_task()])
    assert response.status_code == 503 and response.headers["retry-after"] == "2"


def test_the_python_fault_api_checks_its_arguments_too(server: LocalServer) -> None:
    faults = server.faults
    with pytest.raises(ValueError, match=r"count: expected an integer 0\.\.10000"):
        faults.fail_next(10**12)
    with pytest.raises(ValueError, match="retry_after: expected a number of seconds"):
        faults.fail_next(1, retry_after="abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="seconds"):
        faults.delay_next(float("nan"))
    with pytest.raises(ValueError, match="status"):
        faults.fail_next(1, status=True)
    assert faults.pending() == 0
    for _ in range(1000):  # the queue holds (fault, count) pairs, a bounded number of them
        faults.drop_next(1)
    with pytest.raises(ValueError, match="at most 1000 queued faults"):
        faults.drop_next(1)
    assert faults.pending() == 1000
    faults.clear()


def test_only_authenticated_api_requests_take_a_queued_fault(server: LocalServer) -> None:
    server.faults.fail_next(1, status=503)
    assert _api(server, [_task()], key=None).status_code == 401
    assert _api(server, [_task()], key="wrong").status_code == 401
    wrong_task = [{"taskType": "authentication", "apiKey": "wrong"}, _task()]
    assert _api(server, wrong_task, key=None).status_code == 401
    assert _api(server, b"{not json", key=None).status_code == 401
    assert httpx.post(server.sink_url("x"), content=b"x", headers=AUTH).status_code == 200
    assert server.faults.pending() == 1
    assert _api(server, [_task()]).status_code == 503
    assert _api(server, [_task()]).status_code == 200


def test_stats_need_the_key(server: LocalServer) -> None:
    assert httpx.get(server.origin + "/_control/stats", timeout=10).status_code == 401
    stats = httpx.get(server.origin + "/_control/stats", headers=AUTH, timeout=10).json()
    assert {"sink", "images", "jobs", "taskUUIDs", "requests"} <= stats.keys()
    assert stats["sink"] == server.sink.stats()


# -- slow and lying clients -----------------------------------------------------------------------

def test_a_client_trickling_its_body_is_cut_off_at_the_deadline() -> None:
    with limited(request_timeout=1.0) as srv, rawhttp.connect(srv) as sock:
        sock.sendall(rawhttp.request_bytes("POST", "/v1", key=KEY, length=1000))
        started = time.monotonic()
        answer = rawhttp.trickle(sock, b" ", every=0.05, for_at_most=20)
        assert answer is not None, "the server let a trickling client hold a thread for 20 s"
        [response] = rawhttp.parse_responses(answer)
        assert response.status == 408 and response.json()["errors"][0]["code"] == "requestTimeout"
        assert time.monotonic() - started < 20


def test_a_client_trickling_its_headers_is_cut_off_at_the_deadline() -> None:
    with limited(request_timeout=1.0) as srv, rawhttp.connect(srv) as sock:
        sock.sendall(b"POST /v1 HTTP/1.1\r\nX-Slow: ")
        answer = rawhttp.trickle(sock, b"a", every=0.05, for_at_most=20)
        assert answer is not None, "the server let a trickling client hold a thread for 20 s"
        [response] = rawhttp.parse_responses(answer)
        assert response.status == 408


def test_an_idle_connection_is_closed_at_the_deadline() -> None:
    with limited(request_timeout=1.0) as srv, rawhttp.connect(srv) as sock:
        assert rawhttp.read_until_closed(sock) == b""  # the socket timeout (20 s) would raise


def test_a_body_shorter_than_its_content_length_is_not_run(server: LocalServer) -> None:
    task = _task()
    body = json.dumps([task]).encode()
    data = rawhttp.request_bytes("POST", "/v1", body, key=KEY, length=len(body) + 10)
    [response] = rawhttp.exchange(server, data, half_close=True)
    assert response.status == 400
    [error] = response.json()["errors"]
    assert error["code"] == "incompleteBody" and f"Content-Length is {len(body) + 10}" in error["message"]
    assert task["taskUUID"] not in server.processor.seen


def test_bytes_beyond_the_content_length_are_answered_as_a_bad_request(server: LocalServer) -> None:
    body = json.dumps([_task()]).encode()
    data = rawhttp.request_bytes("POST", "/v1", body, key=KEY) + b"GARBAGE\r\n\r\n"
    first, second = rawhttp.exchange(server, data)
    assert first.status == 200
    assert second.status == 400 and second.json()["errors"][0]["code"] == "badRequest"


@pytest.mark.parametrize("headers, status, code", [
    ({"Content-Length": "abc"}, 400, "invalidContentLength"),
    ({"Content-Length": "-5"}, 400, "invalidContentLength"),
    ({"Content-Length": "1e3"}, 400, "invalidContentLength"),
    ({"Content-Length": "9" * 5000}, 400, "invalidContentLength"),
    ({"Content-Length": "2", "Transfer-Encoding": "chunked"}, 400, "invalidContentLength"),
    ({"Transfer-Encoding": "chunked"}, 411, "lengthRequired"),
    ({}, 411, "lengthRequired"),
])
def test_content_lengths_that_cannot_be_trusted_are_refused(server: LocalServer,
                                                            headers: dict[str, str], status: int,
                                                            code: str) -> None:
    data = rawhttp.request_bytes("POST", "/v1", key=KEY, headers=headers) + b"[]"
    [response] = rawhttp.exchange(server, data)
    assert response.status == status and response.json()["errors"][0]["code"] == code


def test_conflicting_content_lengths_are_refused(server: LocalServer) -> None:
    data = (f"POST /v1 HTTP/1.1\r\nAuthorization: Bearer {KEY}\r\nContent-Length: 2\r\n"
            "Content-Length: 20\r\n\r\n[]").encode()
    [response] = rawhttp.exchange(server, data)
    assert response.status == 400 and "conflicting" in response.json()["errors"][0]["message"]


def test_malformed_request_lines_get_runware_shaped_errors(server: LocalServer) -> None:
    for data, status in ((b"NONSENSE\r\n\r\n", 400), (b"BREW /v1 HTTP/1.1\r\n\r\n", 501),
                         (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414)):
        [response] = rawhttp.exchange(server, data)
        assert response.status == status
        assert len(response.json()["errors"][0]["message"]) < 200


# -- everything kept is bounded -------------------------------------------------------------------

def test_url_images_are_kept_within_their_byte_cap() -> None:
    with limited(image_bytes=300_000) as srv:
        urls = []
        for seed in range(6):  # JPGs of about 90 kB
            response = _api(srv, [_task(outputType="URL", seed=seed)])
            urls.append(response.json()["data"][0]["imageURL"])
        stats = srv.processor.images.stats()
        assert stats["bytes"] <= 300_000 and stats["dropped"] > 0
        assert httpx.get(urls[-1]).status_code == 200
        assert httpx.get(urls[0]).status_code == 404
        task = _task(outputType="URL", outputFormat="PNG", seed=1)
        assert len(imaging.render(1, 1024, 1024, "PNG", 95)) > 300_000  # more than all the room
        [error] = _api(srv, [task]).json()["errors"]
        assert error["code"] == "resultTooLarge" and "300000" in error["message"]
        assert _api(srv, [{**task, "outputFormat": "JPG"}]).status_code == 200  # UUID not used up


def test_async_jobs_are_kept_within_their_byte_cap() -> None:
    with limited(job_bytes=500_000) as srv:
        uuids = []
        for seed in range(6):  # base64 of JPGs of about 90 kB: four fit
            task = _task(deliveryMethod="async", seed=seed)
            assert _api(srv, [task]).status_code == 200
            uuids.append(task["taskUUID"])
        assert srv.processor.jobs.stats()["bytes"] <= 500_000
        newest = _api(srv, [{"taskType": "getResponse", "taskUUID": uuids[-1]}])
        assert newest.status_code == 200
        oldest = _api(srv, [{"taskType": "getResponse", "taskUUID": uuids[0]}])
        assert oldest.json()["errors"][0]["code"] == "taskNotFound"


def test_the_task_uuid_memory_is_bounded() -> None:
    with limited(task_uuids=3) as srv:
        for _ in range(5):
            assert _api(srv, [_task()]).status_code == 200
        assert srv.processor.seen.stats()["entries"] == 3


@pytest.mark.parametrize("task_type", ["imageUpload", "getResponse"])
def test_task_uuids_that_are_not_uuids_are_refused_and_not_echoed(server: LocalServer,
                                                                  task_type: str) -> None:
    huge = "u" * 1_000_000
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    response = _api(server, [{"taskType": task_type, "taskUUID": huge, "image": png}])
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "invalidTaskUUID"
    assert len(response.content) < 2000
    assert huge not in server.processor.seen


def test_unknown_keys_are_not_echoed_at_length(server: LocalServer) -> None:
    response = _api(server, [_task(**{"k" * 100_000: 1})])
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "unsupportedParameter"
    assert len(response.content) < 5000


def test_an_answer_lists_a_bounded_number_of_errors(server: LocalServer) -> None:
    response = _api(server, [_task(**{f"x{i}": i for i in range(5000)})])
    errors = response.json()["errors"]
    assert len(errors) == 101
    assert errors[-1]["code"] == "tooManyErrors" and "4900 more" in errors[-1]["message"]


def test_a_request_holds_a_bounded_number_of_tasks(server: LocalServer) -> None:
    response = _api(server, [{"taskType": "getResponse", "taskUUID": str(uuid.uuid4())}] * 101)
    assert response.status_code == 400
    assert response.json()["errors"] == [{"code": "tooManyTasks", "message": (
        "this server takes at most 100 tasks per request, found 101")}]


def test_a_request_makes_a_bounded_number_of_images() -> None:
    with limited(max_results=3) as srv:
        first, second = _task(numberResults=2), _task(numberResults=2)
        body = _api(srv, [first, second]).json()
        assert len(body["data"]) == 2
        [error] = body["errors"]
        assert error["code"] == "tooManyResults" and error["taskUUID"] == second["taskUUID"]
        assert _api(srv, [second]).status_code == 200  # not claimed: it may be sent again


def test_connections_beyond_the_cap_are_503() -> None:
    with limited(max_connections=2) as srv:
        idle = [rawhttp.connect(srv), rawhttp.connect(srv)]
        try:
            with rawhttp.connect(srv) as third:
                [response] = rawhttp.parse_responses(rawhttp.read_until_closed(third))
            assert response.status == 503
            assert response.json()["errors"][0]["code"] == "tooManyConnections"
        finally:
            for sock in idle:
                sock.close()
        deadline = time.monotonic() + 20
        while srv.stats()["connections"] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _api(srv, [_task()]).status_code == 200


def test_bodies_in_flight_are_bounded() -> None:
    with limited(body_bytes_in_flight=1000) as srv, rawhttp.connect(srv) as slow:
        slow.sendall(rawhttp.request_bytes("POST", "/v1", key=KEY, length=900))
        deadline = time.monotonic() + 20
        while srv.stats()["bodyBytesInFlight"] < 900 and time.monotonic() < deadline:
            time.sleep(0.02)
        busy = _api(srv, [_task()])  # a few hundred bytes more than the 100 left
        assert busy.status_code == 503 and busy.json()["errors"][0]["code"] == "serverBusy"
        slow.sendall(b" " * 898 + b"[]")
        [response] = rawhttp.parse_responses(slow.recv(65536))
        assert response.status == 400  # an empty array: read whole, then judged
        deadline = time.monotonic() + 20
        while srv.stats()["bodyBytesInFlight"] and time.monotonic() < deadline:
            time.sleep(0.02)
        assert srv.stats()["bodyBytesInFlight"] == 0
        assert _api(srv, [_task()]).status_code == 200


def test_deliveries_waiting_to_be_sent_are_bounded() -> None:
    from generator.server.limits import Limits

    with LocalServer(api_key=KEY, async_duration=60.0,
                     limits=Limits(pending_deliveries=2)) as srv:
        task = _task(deliveryMethod="async", numberResults=3, webhookURL=srv.sink_url("later"))
        assert _api(srv, [task]).status_code == 200
        assert srv.deliverer.pending() == 2
        [skipped] = [r for r in srv.deliverer.log if r.outcome.startswith("skipped")]
        assert "2 deliveries" in skipped.outcome

