"""The client's exception hierarchy, keyed by HTTP status and Runware error code.

Every server-side error keeps the whole error object the server sent (``error``), so nothing the
server said is lost, except the API key: the client scrubs it from the decoded body, and from any
text it did not write, before an error is built.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .validation import ValidationError

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "CapacityError",
    "ConnectionError",
    "ImageInputError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RunwareError",
    "ServerError",
    "TaskFailedError",
    "TimeoutError",
    "error_for",
    "prefixed",
]


class RunwareError(Exception):
    """Base class of everything the client raises."""

    #: How many retries were made before this was raised (0 when none were).
    retries: int = 0


class InvalidRequestError(RunwareError, ValueError):
    """A task failed local validation; nothing was sent. ``errors`` lists every problem."""

    def __init__(self, errors: Sequence[ValidationError], *, task_uuid: str | None = None) -> None:
        self.errors = list(errors)
        self.task_uuid = task_uuid
        lines = "\n".join(f"  - {e}" for e in self.errors)
        count = len(self.errors)
        super().__init__(
            f"the task is invalid ({count} problem{'s' if count != 1 else ''}); "
            f"nothing was sent:\n{lines}"
        )


def prefixed(error: ValidationError, where: str) -> ValidationError:
    """``error`` re-rooted under ``where`` (e.g. ``[2]`` for the third task of a batch)."""
    if not where:
        return error
    joiner = "." if error.path and not error.path.startswith("[") else ""
    return type(error)(
        where + joiner + error.path,
        error.rule,
        error.message,
        error.value,
        error.allowed,
        error.schema_path,
        error.suggestion,
    )


class ImageInputError(RunwareError, ValueError):
    """An image input could not be read or recognised (missing file, unreadable file, ...)."""

    def __init__(self, where: str, detail: str) -> None:
        self.where = where
        self.detail = detail
        super().__init__(f"{where}: {detail}" if where else detail)


class APIError(RunwareError):
    """An error reported by the server. ``error`` is the server's error object, unmodified."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        error: Mapping[str, Any] | None = None,
        errors: Sequence[Mapping[str, Any]] = (),
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.error: dict[str, Any] = dict(error or {})
        self.errors: list[dict[str, Any]] = [dict(e) for e in errors] or (
            [self.error] if self.error else []
        )
        self.retry_after = retry_after
        super().__init__(message)

    @property
    def code(self) -> str | None:
        code = self.error.get("code")
        return code if isinstance(code, str) else None

    @property
    def parameter(self) -> Any:
        return self.error.get("parameter")

    @property
    def documentation(self) -> str | None:
        doc = self.error.get("documentation")
        return doc if isinstance(doc, str) else None

    @property
    def task_uuid(self) -> str | None:
        uuid = self.error.get("taskUUID")
        return uuid if isinstance(uuid, str) else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, code={self.code!r})"


class BadRequestError(APIError):
    """400: the server rejected a task or parameter (validation)."""


class AuthenticationError(APIError):
    """401: no valid API key."""


class InsufficientBalanceError(APIError):
    """402: the account's balance does not cover the task."""


class PermissionDeniedError(APIError):
    """403: the key lacks permission for this model or feature."""


class NotFoundError(APIError):
    """404: the endpoint, model or task is unknown."""


class RateLimitError(APIError):
    """429: the queue is full; retried with backoff."""


class ServerError(APIError):
    """5xx: a failure on the server's side; retried with backoff."""


class CapacityError(ServerError):
    """503 / 504: no capacity right now, or the queue wait ran out; retried with backoff."""


class TaskFailedError(APIError):
    """A task (or one of its results) ended with ``status: error`` during async delivery."""


class MalformedResponseError(APIError):
    """The server's answer was not the JSON envelope the protocol promises."""


class TimeoutError(RunwareError):
    """A request or an async wait took longer than its timeout.

    After an async wait, ``partial`` holds whatever had finished by then.
    """

    def __init__(self, message: str, *, partial: Any = None) -> None:
        self.partial = partial
        super().__init__(message)


class ConnectionError(RunwareError):
    """The server could not be reached, or dropped the connection, after every retry."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientBalanceError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    503: CapacityError,
    504: CapacityError,
}

# Codes seen without a telling HTTP status (per-task errors in a 200 batch, webhook bodies).
_BY_CODE_PREFIX: tuple[tuple[str, type[APIError]], ...] = (
    ("invalidApiKey", AuthenticationError),
    ("insufficient", InsufficientBalanceError),
    ("permission", PermissionDeniedError),
    ("notFound", NotFoundError),
    ("timeout", CapacityError),
    ("invalid", BadRequestError),
    ("missing", BadRequestError),
    ("unsupported", BadRequestError),
    ("conflict", BadRequestError),
)


def _class_for(status: int | None, code: str | None) -> type[APIError]:
    if status is not None and status in _BY_STATUS:
        return _BY_STATUS[status]
    if status is not None and status >= 500:
        return ServerError
    for prefix, cls in _BY_CODE_PREFIX:
        if code and code.startswith(prefix):
            return cls
    if status is not None and 400 <= status < 500:
        return BadRequestError
    return APIError


def describe_error(error: Mapping[str, Any]) -> str:
    """One line from a server error object: ``code: message (parameter ...)``."""
    code = error.get("code")
    message = error.get("message") or error.get("error") or "no message"
    text = f"{code}: {message}" if code else str(message)
    parameter = error.get("parameter")
    if parameter and str(parameter) not in text:
        text += f" (parameter {parameter})"
    return text


def error_for(
    status: int | None,
    errors: Sequence[Mapping[str, Any]],
    *,
    retry_after: float | None = None,
    fallback: str = "",
) -> APIError:
    """The typed exception for an HTTP status and the server's error objects."""
    first = errors[0] if errors else {}
    code = first.get("code") if isinstance(first.get("code"), str) else None
    cls = _class_for(status, code)
    parts = [describe_error(e) for e in errors] or [fallback or "the server reported an error"]
    prefix = f"HTTP {status}: " if status is not None and status >= 400 else ""
    extra = f" (and {len(parts) - 1} more)" if len(parts) > 1 else ""
    return cls(
        prefix + parts[0] + extra,
        status=status,
        error=first,
        errors=errors,
        retry_after=retry_after,
    )
