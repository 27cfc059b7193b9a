"""The client's I/O-free pieces: error mapping, retry and poll schedules, results, image inputs."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest
from runware_bindings import (
    APIError,
    AuthenticationError,
    BadRequestError,
    CapacityError,
    ImageInputError,
    ImageResult,
    InsufficientBalanceError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    PollPolicy,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from runware_bindings._runtime.errors import error_for
from runware_bindings._runtime.images import encode_image
from runware_bindings._runtime.results import parse_envelope
from runware_bindings._runtime.retry import is_retryable_status, parse_retry_after, poll_delays


@pytest.mark.parametrize("status, cls", [
    (400, BadRequestError), (401, AuthenticationError), (402, InsufficientBalanceError),
    (403, PermissionDeniedError), (404, NotFoundError), (429, RateLimitError),
    (500, ServerError), (502, ServerError), (503, CapacityError), (504, CapacityError),
    (418, BadRequestError),
])
def test_errors_are_typed_by_status(status: int, cls: type[APIError]) -> None:
    error = {"code": "x", "message": "m", "parameter": "width", "taskUUID": "t",
             "documentation": "https://runware.ai/docs#request-width", "allowedValues": [1]}
    exc = error_for(status, [error])
    assert type(exc) is cls
    assert exc.error == error and exc.parameter == "width" and exc.task_uuid == "t"
    assert exc.documentation == error["documentation"] and exc.status == status


@pytest.mark.parametrize("code, cls", [
    ("invalidApiKey", AuthenticationError), ("insufficientCredits", InsufficientBalanceError),
    ("invalidPositivePrompt", BadRequestError), ("timeoutProvider", CapacityError),
    ("somethingNew", APIError),
])
def test_errors_without_a_telling_status_are_typed_by_code(code: str, cls: type[APIError]) -> None:
    assert type(error_for(None, [{"code": code, "message": "m"}])) is cls


def test_several_errors_are_all_kept() -> None:
    exc = error_for(400, [{"code": "a", "message": "one"}, {"code": "b", "message": "two"}])
    assert [e["code"] for e in exc.errors] == ["a", "b"]
    assert "(and 1 more)" in str(exc)


def test_retryable_statuses() -> None:
    assert [s for s in (400, 401, 402, 403, 404, 408, 409, 429, 500, 503, 504, 599)
            if is_retryable_status(s)] == [408, 429, 500, 503, 504, 599]


def test_backoff_grows_is_jittered_capped_and_floored_by_retry_after() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=4.0)
    rng = random.Random(1)
    for retry, ceiling in enumerate([0.5, 1.0, 2.0, 4.0, 4.0, 4.0]):
        delays = [policy.delay(retry, rng=rng) for _ in range(200)]
        assert ceiling / 2 <= min(delays) and max(delays) <= ceiling
        assert len(set(delays)) > 100  # jittered
    assert policy.delay(0, retry_after=7.5, rng=rng) == 7.5


def test_next_delay_respects_count_and_time_budget() -> None:
    policy = RetryPolicy(max_retries=2, backoff=1.0, max_backoff=1.0, max_elapsed=10.0)
    assert policy.next_delay(0, started=0.0, now=0.0) is not None
    assert policy.next_delay(2, started=0.0, now=0.0) is None  # count spent
    assert policy.next_delay(0, started=0.0, now=9.8) is None  # time spent
    assert policy.next_delay(0, started=0.0, now=0.0, retry_after=20) is None
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize("header, expected", [
    ("3", 3.0), ("0.25", 0.25), ("-4", 0.0), ("soon", None), (None, None), ("nan", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
])
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header) == expected


def test_parse_retry_after_http_date_in_the_future() -> None:
    value = parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    assert value == pytest.approx(10.0)


def test_poll_schedule_matches_the_docs_advice() -> None:
    delays = list(poll_delays(PollPolicy()))
    assert delays[:5] == pytest.approx([1.0, 1.5, 2.25, 3.375, 5.0625])
    assert max(delays) == 10.0
    assert sum(delays) == pytest.approx(600.0)
    with pytest.raises(ValueError):
        PollPolicy(initial=0)


def test_results_are_lenient_about_new_and_odd_fields() -> None:
    result = ImageResult.from_item({"taskUUID": "t", "imageUUID": "i", "seed": "12",
                                    "cost": True, "NSFWContent": "no", "brandNew": [1, 2]})
    assert (result.seed, result.cost, result.nsfw_content) == (None, None, None)
    assert result.raw["brandNew"] == [1, 2]
    with pytest.raises(ValueError, match="no image"):
        result.read()


def test_result_bytes_from_base64_and_data_uri() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"rest"
    encoded = base64.b64encode(png).decode()
    assert ImageResult("t", "i", image_base64_data=encoded).read() == png
    from_uri = ImageResult("t", "i", image_data_uri=f"data:image/png;base64,{encoded}")
    assert from_uri.read() == png and from_uri.media_type == "image/png"
    assert ImageResult("t", "i", image_base64_data=encoded).media_type == "image/png"
    with pytest.raises(ValueError, match="not valid base64"):
        ImageResult("t", "i", image_base64_data="***").read()


def test_envelope_accepts_the_legacy_single_error_field() -> None:
    assert parse_envelope({"error": "boom"}) == ([], [{"message": "boom"}])
    assert parse_envelope({"error": {"code": "c"}}) == ([], [{"code": "c"}])
    data, errors = parse_envelope({"data": [{"a": 1}], "errors": [{"code": "x"}]})
    assert data == [{"a": 1}] and errors == [{"code": "x"}]
    with pytest.raises(MalformedResponseError):
        parse_envelope([1, 2])


@pytest.mark.parametrize("value", [
    "https://example.com/a.png", "http://127.0.0.1/x", "data:image/png;base64,AAAA",
    "aac49721-1964-481a-ae78-8a4e29b91402", base64.b64encode(b"x" * 30).decode(),
])
def test_wire_strings_pass_through(value: str) -> None:
    assert encode_image(value) == value


@pytest.mark.parametrize("value, problem", [
    ("no/such/file.png", "no such file"),
    ("hello", "is not a file, URL, image UUID, data URI or base64"),
    (3.5, "found float"),
    (b"GIF89a" + b"\0" * 10, None),
])
def test_image_input_errors_say_what_was_found(value: object, problem: str | None) -> None:
    if problem is None:
        assert encode_image(value).startswith("data:image/gif;base64,")
        return
    with pytest.raises(ImageInputError, match=problem) as info:
        encode_image(value, "inputs.referenceImages[0]")
    assert info.value.where == "inputs.referenceImages[0]"


@pytest.mark.parametrize("value, problem", [
    ("\ud800.png", r"'\ud800.png' cannot be a file name: 'utf-8' codec can't encode"),
    (Path("\ud800.png"), r"'\ud800.png' cannot be a file name"),
    ("a\x00b.png", r"'a\x00b.png' cannot be a file name: embedded null byte"),
    (Path("a\x00b.png"), "cannot be a file name: embedded null byte"),
    (Path("\udcff-missing.png"), r"no such file: '\udcff-missing.png'"),  # undecodable byte 0xff
])
def test_file_names_no_file_can_have_are_image_input_errors(value: object, problem: str) -> None:
    with pytest.raises(ImageInputError) as info:
        encode_image(value, "inputs.referenceImages[0]")
    assert problem in str(info.value)
    str(info.value).encode("utf-8")  # the message can be printed


def test_saving_into_a_missing_directory_says_so_and_writes_nothing(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"rest"
    result = ImageResult("t", "i", image_base64_data=base64.b64encode(png).decode())
    with pytest.raises(FileNotFoundError, match="no such directory"):
        result.save(tmp_path / "missing" / "out.png")
    assert list(tmp_path.iterdir()) == []
    assert result.save(tmp_path / "out.png").read_bytes() == png
