"""The sync and async Runware clients over httpx (REST protocol, see RUNWARE-API).

The generated package subclasses these to add one namespace per model and the validators of every
known model. Both clients share all decisions (validation, retry policy, envelope parsing, async
bookkeeping) through :class:`_ClientCore`; they differ only in how they wait and do I/O.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar, Generic, NamedTuple, TypeVar, cast
from urllib.parse import quote

try:
    import httpx
except ModuleNotFoundError as exc:  # validators and types need no httpx; only the client does
    if exc.name != "httpx":
        raise
    raise ModuleNotFoundError("the Runware client needs httpx, which is not installed: "
                              "pip install 'runware-bindings[client]'", name="httpx") from None

from .errors import (
    APIError,
    ConnectionError,
    InvalidRequestError,
    MalformedResponseError,
    RunwareError,
    TimeoutError,
    error_for,
    prefixed,
)
from .images import ImageInput, encode_image
from .media import TASK_MEDIA
from .polling import Progress, Waiter, expected_results, is_async
from .progress import Reporter, make_bar
from .results import (
    ImageResult,
    Result,
    ResultKind,
    RunResult,
    parse_envelope,
    result_class,
)
from .retry import (
    LONG_POLL,
    PollPolicy,
    RetryPolicy,
    is_retryable_status,
    parse_retry_after,
    poll_delays,
)
from .tasks import is_structural, json_problems, merge_problems, new_task_uuid
from .validation import ValidationError, ValidationReport

__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "ModelInfo", "ProgressCallback", "SyncClient"]

DEFAULT_BASE_URL = "https://api.runware.ai/v1"
DEFAULT_TIMEOUT = 120.0
API_KEY_ENV = "RUNWARE_API_KEY"
_SNIPPET = 200
# Keys at least this long are scrubbed wherever they appear; shorter ones only as whole words.
_DISTINCT_KEY = 16

log = logging.getLogger("runware_bindings")
log.addHandler(logging.NullHandler())  # a library stays quiet unless the application logs

_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)
_Sync = TypeVar("_Sync", bound="SyncClient")
_Async = TypeVar("_Async", bound="AsyncClient")
_R = TypeVar("_R", bound=Result)
Tasks = Mapping[str, Any] | Sequence[Mapping[str, Any]]
ProgressCallback = Callable[[Progress], object]


class ModelInfo(NamedTuple):
    """What the client needs to know of a model beyond its validator (from its spec)."""

    task_type: str
    media: str  # image, video, audio, 3d or text: the class of its results
    deliveries: tuple[str, ...]  # the deliveryMethod values it allows
    default_delivery: str  # what the server does when a task names none
    default_format: str | None = None  # outputFormat when a task names none

    @property
    def long_running(self) -> bool:
        """Async-only models, video and 3D take minutes: polled with ``LONG_POLL``."""
        return self.deliveries == ("async",) or self.media in ("video", "3d")


class _ClientCore(Generic[_H]):
    """Configuration and every I/O-free decision, shared by both clients."""

    #: Set by the generated subclass: wire model id -> check(payload) for every known model.
    _checkers: ClassVar[Mapping[str, Callable[[object], ValidationReport]]] = {}
    #: Set by the generated subclass: wire model id -> what its results and delivery are.
    _models: ClassVar[Mapping[str, ModelInfo]] = {}

    # What __init__ sets, declared so that the names a model module may not take (it becomes an
    # attribute of the clients) can be read off the class.
    base_url: str
    timeout: float
    retry_policy: RetryPolicy
    poll_policy: PollPolicy
    progress_bar: bool | None
    validate: bool
    _poll_given: bool
    _owns_http: bool
    _http: _H

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        poll_policy: PollPolicy | None = None,
        validate: bool = True,
        http_client: _H | None = None,
        progress_bar: bool | None = None,
    ) -> None:
        key = _checked_key(api_key)
        if timeout <= 0:
            raise ValueError(f"timeout must be > 0 seconds, found {timeout!r}")
        self.__key = key  # name-mangled and never printed: see __repr__
        # How the key could appear in text we did not write: verbatim, or escaped by repr, JSON
        # or URL encoding (longest first). A key too short to be unmistakable is matched only as
        # a whole word, so that a test key such as "k" leaves "taskUUID" alone.
        spellings = sorted(
            {key, repr(key)[1:-1], json.dumps(key)[1:-1], quote(key, safe="")},
            key=len,
            reverse=True,
        )
        pattern = "|".join(map(re.escape, spellings))
        if len(key) < _DISTINCT_KEY:
            pattern = f"(?<![A-Za-z0-9])(?:{pattern})(?![A-Za-z0-9])"
        self.__pattern = re.compile(pattern)
        self.base_url = _checked_base_url(base_url)
        self.timeout = timeout
        self.retry_policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            self.retry_policy = replace(self.retry_policy, max_retries=max_retries)
        # Without a policy of the caller's, each model gets its own (LONG_POLL for long tasks).
        self._poll_given = poll_policy is not None
        self.poll_policy = poll_policy or PollPolicy()
        self.progress_bar = progress_bar  # None: draw one when stderr is a terminal
        self.validate = validate
        self._owns_http = http_client is None
        self._http: _H = http_client if http_client is not None else self._new_http()

    def _new_http(self) -> _H:
        raise NotImplementedError

    def __repr__(self) -> str:
        return self._scrub(
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.retry_policy.max_retries!r}, api_key='***')"
        )

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.__key}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def _scrub(self, text: str) -> str:
        """Remove the key from any text we did not write ourselves (server echoes, OS errors)."""
        return self.__pattern.sub("***", text)

    def _scrub_errors(self, errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Server error objects with the key removed from every string in them, keys included.

        Only error objects (which become messages) are scrubbed: result items are left exactly
        as sent, since their base64 image data must not be touched.
        """
        stack: list[Any] = list(errors)
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                for i, item in enumerate(node):
                    if isinstance(item, str):
                        node[i] = self._scrub(item)
                    elif isinstance(item, (list, dict)):
                        stack.append(item)
            elif isinstance(node, dict):
                for name in list(node):
                    clean = self._scrub(name)
                    item = node.pop(name) if clean != name else node[name]
                    if isinstance(item, str):
                        item = self._scrub(item)
                    elif isinstance(item, (list, dict)):
                        stack.append(item)
                    node[clean] = item
        return errors

    def _json(self, response: httpx.Response) -> tuple[bool, Any]:
        """``(True, body)``, or ``(False, None)`` when the body is not JSON."""
        try:
            return True, response.json()
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested beyond reason
            return False, None

    def _snippet(self, response: httpx.Response) -> str:
        # Scrubbed before it is cut, so a key straddling the cut cannot leave half of itself.
        return self._scrub(response.text)[:_SNIPPET]

    def _policy(self, max_retries: int | None) -> RetryPolicy:
        if max_retries is None:
            return self.retry_policy
        return replace(self.retry_policy, max_retries=max_retries)

    def _poll(self, wait_timeout: float | None, long_running: bool) -> PollPolicy:
        policy = self.poll_policy
        if long_running and not self._poll_given:
            policy = LONG_POLL
        return policy if wait_timeout is None else replace(policy, timeout=wait_timeout)

    def _info(self, task: Mapping[str, Any]) -> ModelInfo | None:
        model = task.get("model")
        return self._models.get(model) if isinstance(model, str) else None

    def _kind(self, task: Mapping[str, Any]) -> ResultKind | None:
        """How to read the task's items: its model's result class and the format asked for."""
        info = self._info(task)
        fmt = task.get("outputFormat")
        fmt = fmt if isinstance(fmt, str) else (info.default_format if info else None)
        if info is not None:
            return ResultKind(result_class(info.media), fmt)
        task_type = task.get("taskType")
        media = TASK_MEDIA.get(task_type) if isinstance(task_type, str) else None
        return ResultKind(result_class(media), fmt) if media else None

    def _kinds(self, tasks: Sequence[Mapping[str, Any]]) -> dict[str, ResultKind]:
        out = {}
        for task in tasks:
            kind = self._kind(task)
            if kind is not None and isinstance(task.get("taskUUID"), str):
                out[task["taskUUID"]] = kind
        return out

    def _awaiting(self, batch: list[dict[str, Any]], run: RunResult) -> dict[str, int]:
        """The accepted async tasks (UUID -> results expected), their acknowledgements removed.

        A task naming no ``deliveryMethod`` is async when its model's default is (video models).
        """
        awaited = {}
        for task in batch:
            info = self._info(task)
            if is_async(task, info.default_delivery if info else "sync") and \
                    not run.outcome(task["taskUUID"]).errors:
                awaited[task["taskUUID"]] = expected_results(task)
        if awaited:
            _drop_acks(run, awaited)
        return awaited

    def _long_running(self, tasks: Sequence[Mapping[str, Any]]) -> bool:
        return any((info := self._info(t)) is not None and info.long_running for t in tasks)

    def _reporter(self, on_progress: ProgressCallback | None, label: str) -> Reporter:
        return Reporter(on_progress, make_bar(self.progress_bar, label))

    # -- building the request ---------------------------------------------------------------

    def _prepare(self, tasks: Tasks, *, validate: bool | None) -> list[dict[str, Any]]:
        """Copy the tasks (never mutating the caller's), fill in task UUIDs, validate."""
        if isinstance(tasks, Mapping):
            batch = [dict(tasks)]
        elif isinstance(tasks, Sequence) and not isinstance(tasks, (str, bytes)):
            batch = [dict(t) if isinstance(t, Mapping) else t for t in tasks]
        else:
            raise TypeError(
                f"expected a task dict or a list of task dicts, found {type(tasks).__name__}"
            )
        if not batch:
            raise ValueError("no tasks to send")
        problems: list[ValidationError] = []
        for i, task in enumerate(batch):
            where = f"[{i}]" if len(batch) > 1 else ""
            if not isinstance(task, dict):
                problems.append(ValidationError(where, "type", "expected a task object", task))
                continue
            task.setdefault("taskUUID", new_task_uuid())
            # Checked whether or not validation is on: what JSON cannot carry cannot be sent.
            not_json = json_problems(task)
            model = task.get("model")
            checker = self._checkers.get(model) if isinstance(model, str) else None
            errors: list[ValidationError] = []
            if (
                (self.validate if validate is None else validate)
                and checker is not None
                and not any(is_structural(p) for p in not_json)
            ):
                errors = checker(task).errors
            problems.extend(prefixed(e, where) for e in merge_problems(errors, not_json))
        if problems:
            raise InvalidRequestError(problems)
        return batch

    @staticmethod
    def _body(tasks: list[dict[str, Any]]) -> bytes:
        # ``_prepare`` checked the caller's tasks; this catches what reaches a request another way
        # (a UUID given to ``wait``), and allow_nan=False keeps NaN from ever going out as ``NaN``.
        try:
            return json.dumps(tasks, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except (TypeError, ValueError, RecursionError):
            pass
        # Outside the ``except``: the encoder's error (holding the text) is not chained.
        problems = json_problems(tasks)
        raise InvalidRequestError(
            problems or [ValidationError("", "json", "the request cannot be encoded as JSON")]
        )

    # -- reading the response ---------------------------------------------------------------

    def _status_failure(self, response: httpx.Response) -> APIError:
        """The typed error for a non-2xx response, whatever its body looks like."""
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        errors: list[dict[str, Any]] = []
        decoded, body = self._json(response)
        if decoded:
            try:
                _, errors = parse_envelope(body, status=status)
            except MalformedResponseError:
                pass
        errors = self._scrub_errors(errors)
        fallback = self._snippet(response) or response.reason_phrase
        return error_for(status, errors, retry_after=retry_after, fallback=fallback)

    def _transport_failure(self, exc: httpx.HTTPError, timeout: float) -> RunwareError:
        if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
            # Not retried: the server may be working on the task already.
            return TimeoutError(self._scrub(f"no response from {self.base_url} within {timeout:g} s"))
        detail = str(exc) or "no detail"
        return ConnectionError(
            self._scrub(f"cannot talk to {self.base_url}: {type(exc).__name__}: {detail}")
        )

    def _interpret(
        self, response: httpx.Response, task_uuids: list[str], kinds: Mapping[str, ResultKind]
    ) -> RunResult:
        status = response.status_code
        if not 200 <= status < 300 and status != 400:
            raise self._status_failure(response)
        # Raised outside any ``except``: no decoding error (holding the body) rides along as
        # ``__context__``.
        decoded, body = self._json(response)
        if not decoded:
            if status == 400:
                raise self._status_failure(response)
            raise MalformedResponseError(
                f"HTTP {status}: the body is not JSON: {self._snippet(response)!r}", status=status
            )
        data, errors = parse_envelope(body, status=status)
        errors = self._scrub_errors(errors)
        # A 400 whose errors all belong to our tasks is a per-task answer, kept apart from results;
        # any other 400 (malformed request, unattributed errors) is raised.
        if status == 400 and not (errors and all(e.get("taskUUID") in task_uuids for e in errors)):
            raise error_for(status, errors, fallback="bad request")
        return RunResult.build(data, errors, status=status, task_uuids=task_uuids, kinds=kinds)

    def _upload_task(self, image: ImageInput) -> dict[str, Any]:
        return {
            "taskType": "imageUpload",
            "taskUUID": new_task_uuid(),
            "image": encode_image(image, "image"),
        }


def _checked_key(api_key: object) -> str:
    """The key as it will be sent: surrounding whitespace stripped, and nothing a header refuses.

    A malformed key is refused here, without echoing it, so that it never reaches httpx (whose
    errors and DEBUG log lines would show the whole header) or the server.
    """
    source = "api_key"
    if api_key is None:
        api_key, source = os.environ.get(API_KEY_ENV), API_KEY_ENV
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, found {type(api_key).__name__}")
    key = (api_key or "").strip()
    if not key:
        raise RunwareError(f"no API key: pass api_key=... or set {API_KEY_ENV}")
    for i, ch in enumerate(key):
        if "!" <= ch <= "~":  # visible ASCII: everything a bearer token is made of
            continue
        if ch.isspace():
            kind = "whitespace"
        elif ch < " " or "\x7f" <= ch <= "\x9f":
            kind = "a control character"
        else:
            kind = "a non-ASCII character"
        raise RunwareError(
            f"the API key ({source}) has {kind} at position {i + 1} of {len(key)}; an API key "
            f"is printable ASCII (the key itself is not shown)"
        )
    return key


def _checked_base_url(base_url: str) -> str:
    """The endpoint, refused now (not at the first request) when it cannot work or would leak."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a usable URL: {exc}") from None
    if url.userinfo:
        # httpx would send them as Basic auth in place of the key, and every message naming
        # the endpoint would show the password.
        shown = url.copy_with(username=None, password=None)
        raise ValueError(
            f"base_url must not carry credentials (user:password@): found them in "
            f"{str(shown).replace('://', '://***@', 1)}; the API key is the only credential"
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http:// or https:// URL with a host, found {base_url!r}")
    return base_url


def _single(run: RunResult, task_uuid: str) -> list[Result]:
    outcome = run.outcome(task_uuid)
    outcome.raise_for_errors()
    run.raise_for_errors()
    return outcome.results


def _first(run: RunResult, task_uuid: str) -> Result:
    results = _single(run, task_uuid)
    if not results:
        raise MalformedResponseError("the server returned no item for the task", status=run.status)
    return results[0]


def _typed(results: list[Result], result_type: type[_R]) -> list[_R]:
    """The results as the model's class (``RunResult`` built them from the model's media)."""
    return cast("list[_R]", results)


class _Attempts:
    """Counts retries and decides the wait before the next one (or gives up)."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.started = time.monotonic()
        self.retries = 0

    def wait_after(self, failure: RunwareError) -> float:
        if isinstance(failure, TimeoutError):
            raise failure from None
        retry_after = failure.retry_after if isinstance(failure, APIError) else None
        delay = self.policy.next_delay(self.retries, self.started, retry_after=retry_after)
        if delay is None:
            failure.retries = self.retries
            raise failure
        self.retries += 1
        log.warning(
            "Runware request failed (%s); retry %d in %.2f s",
            type(failure).__name__,
            self.retries,
            delay,
        )
        return delay


class SyncClient(_ClientCore[httpx.Client]):
    """Blocking client. Use as a context manager, or call :meth:`close` when done."""

    def _new_http(self) -> httpx.Client:
        return httpx.Client()

    def __enter__(self: _Sync) -> _Sync:  # noqa: PYI019 - typing.Self is 3.11+
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def _send(
        self,
        tasks: list[dict[str, Any]],
        timeout: float | None,
        max_retries: int | None,
        kinds: Mapping[str, ResultKind],
    ) -> RunResult:
        body = self._body(tasks)
        limit = self.timeout if timeout is None else timeout
        attempts = _Attempts(self._policy(max_retries))
        while True:
            try:
                response = self._http.post(
                    self.base_url, content=body, headers=self._headers(), timeout=limit
                )
            except httpx.HTTPError as exc:
                failure = self._transport_failure(exc, limit)
            else:
                if not is_retryable_status(response.status_code):
                    return self._interpret(response, [t["taskUUID"] for t in tasks], kinds)
                failure = self._status_failure(response)
            time.sleep(attempts.wait_after(failure))

    def run(
        self,
        tasks: Tasks,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait: bool = True,
        wait_timeout: float | None = None,
        validate: bool | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> RunResult:
        """Send one task or several in one request; results and errors come back by taskUUID.

        Async tasks (``deliveryMethod: "async"``, or none for a model whose default is async)
        are polled until done unless ``wait=False``; ``on_progress`` gets each one's
        :class:`Progress` as it changes.
        """
        batch = self._prepare(tasks, validate=validate)
        kinds = self._kinds(batch)
        run = self._send(batch, timeout, max_retries, kinds)
        awaited = self._awaiting(batch, run)
        if not awaited:
            return run
        if wait:
            long_running = self._long_running([t for t in batch if t["taskUUID"] in awaited])
            self._wait(awaited, run, timeout, max_retries, wait_timeout, kinds,
                       long_running, on_progress)
        return run

    def wait(
        self,
        task_uuid: str,
        *,
        number_results: int = 1,
        model: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[Result]:
        """Poll an async task (sent earlier with ``wait=False``) until all results finished.

        With ``model`` (its wire id) the results are of its class and polled at its pace.
        """
        run = RunResult()
        task = {"taskUUID": task_uuid, "model": model}
        kind = self._kind(task)
        self._wait({task_uuid: number_results}, run, timeout, max_retries, wait_timeout,
                   {task_uuid: kind} if kind else {}, self._long_running([task]), on_progress)
        return _single(run, task_uuid)

    def _wait(
        self,
        awaited: dict[str, int],
        run: RunResult,
        timeout: float | None,
        max_retries: int | None,
        wait_timeout: float | None,
        kinds: Mapping[str, ResultKind],
        long_running: bool,
        on_progress: ProgressCallback | None,
    ) -> None:
        policy = self._poll(wait_timeout, long_running)
        waiter = Waiter(awaited, scrub=self._scrub_errors, kinds=kinds)
        reporter = self._reporter(on_progress, "Runware")
        deadline = time.monotonic() + policy.timeout
        try:
            for delay in poll_delays(policy):
                time.sleep(min(delay, max(0.0, deadline - time.monotonic())))
                answer = self._send(waiter.poll_tasks(), timeout, max_retries, kinds)
                waiter.absorb(answer)
                reporter.report(waiter.progress())
                if waiter.done or time.monotonic() >= deadline:
                    break
        finally:
            reporter.close()
        waiter.fill(run)
        if not waiter.done:
            raise waiter.timeout_error(policy.timeout, run)

    def generate_task(
        self,
        task: Mapping[str, Any],
        *,
        result_type: type[_R] = Result,  # type: ignore[assignment]
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[_R]:
        """Send one already-validated task and return its results, raising its first error."""
        run = self.run(
            task,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            validate=False,
            on_progress=on_progress,
        )
        return _typed(_single(run, str(task["taskUUID"])), result_type)

    def upload_image(self, image: ImageInput, *, timeout: float | None = None) -> ImageResult:
        """Upload an image once and get its ``image_uuid`` to reuse as an input."""
        task = self._upload_task(image)
        run = self._send([task], timeout, None, {task["taskUUID"]: ResultKind(ImageResult)})
        return cast(ImageResult, _first(run, task["taskUUID"]))


class AsyncClient(_ClientCore[httpx.AsyncClient]):
    """Asyncio client. Use ``async with``, or ``await client.aclose()`` when done."""

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient()

    async def __aenter__(self: _Async) -> _Async:  # noqa: PYI019 - typing.Self is 3.11+
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def _send(
        self,
        tasks: list[dict[str, Any]],
        timeout: float | None,
        max_retries: int | None,
        kinds: Mapping[str, ResultKind],
    ) -> RunResult:
        body = self._body(tasks)
        limit = self.timeout if timeout is None else timeout
        attempts = _Attempts(self._policy(max_retries))
        while True:
            try:
                response = await self._http.post(
                    self.base_url, content=body, headers=self._headers(), timeout=limit
                )
            except httpx.HTTPError as exc:
                failure = self._transport_failure(exc, limit)
            else:
                if not is_retryable_status(response.status_code):
                    return self._interpret(response, [t["taskUUID"] for t in tasks], kinds)
                failure = self._status_failure(response)
            await asyncio.sleep(attempts.wait_after(failure))

    async def run(
        self,
        tasks: Tasks,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait: bool = True,
        wait_timeout: float | None = None,
        validate: bool | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> RunResult:
        """Send one task or several in one request; see :meth:`SyncClient.run`."""
        batch = self._prepare(tasks, validate=validate)
        kinds = self._kinds(batch)
        run = await self._send(batch, timeout, max_retries, kinds)
        awaited = self._awaiting(batch, run)
        if not awaited:
            return run
        if wait:
            long_running = self._long_running([t for t in batch if t["taskUUID"] in awaited])
            await self._wait(awaited, run, timeout, max_retries, wait_timeout, kinds,
                             long_running, on_progress)
        return run

    async def wait(
        self,
        task_uuid: str,
        *,
        number_results: int = 1,
        model: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[Result]:
        """Poll an async task (sent earlier with ``wait=False``); see :meth:`SyncClient.wait`."""
        run = RunResult()
        task = {"taskUUID": task_uuid, "model": model}
        kind = self._kind(task)
        await self._wait({task_uuid: number_results}, run, timeout, max_retries, wait_timeout,
                         {task_uuid: kind} if kind else {}, self._long_running([task]),
                         on_progress)
        return _single(run, task_uuid)

    async def _wait(
        self,
        awaited: dict[str, int],
        run: RunResult,
        timeout: float | None,
        max_retries: int | None,
        wait_timeout: float | None,
        kinds: Mapping[str, ResultKind],
        long_running: bool,
        on_progress: ProgressCallback | None,
    ) -> None:
        policy = self._poll(wait_timeout, long_running)
        waiter = Waiter(awaited, scrub=self._scrub_errors, kinds=kinds)
        reporter = self._reporter(on_progress, "Runware")
        deadline = time.monotonic() + policy.timeout
        try:
            for delay in poll_delays(policy):
                await asyncio.sleep(min(delay, max(0.0, deadline - time.monotonic())))
                answer = await self._send(waiter.poll_tasks(), timeout, max_retries, kinds)
                waiter.absorb(answer)
                reporter.report(waiter.progress())
                if waiter.done or time.monotonic() >= deadline:
                    break
        finally:
            reporter.close()
        waiter.fill(run)
        if not waiter.done:
            raise waiter.timeout_error(policy.timeout, run)

    async def generate_task(
        self,
        task: Mapping[str, Any],
        *,
        result_type: type[_R] = Result,  # type: ignore[assignment]
        timeout: float | None = None,
        max_retries: int | None = None,
        wait_timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[_R]:
        """Send one already-validated task and return its results, raising its first error."""
        run = await self.run(
            task,
            timeout=timeout,
            max_retries=max_retries,
            wait_timeout=wait_timeout,
            validate=False,
            on_progress=on_progress,
        )
        return _typed(_single(run, str(task["taskUUID"])), result_type)

    async def upload_image(self, image: ImageInput, *, timeout: float | None = None) -> ImageResult:
        """Upload an image once and get its ``image_uuid`` to reuse as an input."""
        task = self._upload_task(image)
        run = await self._send([task], timeout, None, {task["taskUUID"]: ResultKind(ImageResult)})
        return cast(ImageResult, _first(run, task["taskUUID"]))


def _drop_acks(run: RunResult, awaited: Mapping[str, int]) -> None:
    """Async acknowledgements are not results: the polled items replace them."""
    run.results = [r for r in run.results if r.task_uuid not in awaited]
    for task_uuid in awaited:
        run.outcome(task_uuid).results.clear()
