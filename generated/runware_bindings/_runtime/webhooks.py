"""Webhook bodies: the server POSTs ``{"data": [item]}`` (or ``{"errors": [...]}``) per result."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from .errors import MalformedResponseError, prefixed
from .results import ResultKind, RunResult, parse_envelope
from .validation import ValidationError

__all__ = ["parse_webhook"]

ItemValidator = Callable[[object], list[ValidationError]]


def parse_webhook(
    body: bytes | str | Mapping[str, Any],
    *,
    validate: ItemValidator | None = None,
    kind: ResultKind | None = None,
) -> RunResult:
    """Parse one webhook body into results and errors, validating every result item.

    ``validate`` checks one item (e.g. a model's ``validate_response``); without it, each item
    must at least be an object naming its ``taskUUID``. A body that fails is rejected whole with
    :class:`MalformedResponseError` listing every problem, so a bad delivery is never half-read.
    ``kind`` is the class results are read as (the model's media); without it each item's own
    fields decide.
    """
    if isinstance(body, (bytes, str)):
        try:
            decoded: Any = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise MalformedResponseError(f"the webhook body is not JSON: {exc}") from None
        except RecursionError:
            raise MalformedResponseError("the webhook body is not JSON: nested too deeply") from None
    else:
        decoded = body
    data, errors = parse_envelope(decoded)
    problems: list[str] = []
    for i, item in enumerate(data):
        if not isinstance(item.get("taskUUID"), str):
            problems.append(f"data[{i}]: the item has no taskUUID")
        if validate is not None and item.get("status", "success") == "success":
            problems.extend(str(prefixed(e, f"data[{i}]")) for e in validate(item))
    if problems:
        raise MalformedResponseError(
            "the webhook body is not a valid result:\n" + "\n".join(f"  - {p}" for p in problems)
        )
    return RunResult.build(data, errors, status=None, default=kind)
