"""Building a task from a generated method's keyword arguments (shared by every model)."""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import ImageInputError, InvalidRequestError
from .images import encode_image
from .validation import ValidationError, ValidationReport, format_path

__all__ = ["RunwareWarning", "finish_task", "new_task_uuid", "put", "to_wire"]


def new_task_uuid() -> str:
    """A fresh UUID v4: every task needs its own, and the server rejects one used before."""
    return str(uuid.uuid4())


class RunwareWarning(UserWarning):
    """An advisory rule of the docs: the task is valid, but part of it will be ignored."""


_SCALARS = (str, int, float, bool, type(None))


def to_wire(value: Any) -> Any:
    """A JSON-shaped copy: tuples and other sequences become lists, mappings become dicts.

    Copying means that encoding image inputs later never touches the caller's objects.
    """
    kind = type(value)
    if kind in _SCALARS:  # the common case, without the cost of ABC checks
        return value
    if kind is list or kind is tuple:
        return [to_wire(v) for v in value]
    if kind is dict or isinstance(value, Mapping):
        return {k: to_wire(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray, memoryview)):
        return [to_wire(v) for v in value]
    return value


def put(task: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set ``task[path]`` (creating parent objects) unless ``value`` is ``None`` (= not given)."""
    if value is None:
        return
    node = task
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = to_wire(value)


def _encode(task: dict[str, Any], paths: Sequence[tuple[str, ...]]) -> list[ValidationError]:
    problems: list[ValidationError] = []

    def walk(node: Any, path: tuple[str, ...], trail: list[str | int]) -> None:
        head, rest = path[0], path[1:]
        if head == "*":
            keys: Sequence[Any] = range(len(node)) if isinstance(node, list) else ()
        else:
            keys = [head] if isinstance(node, dict) and head in node else []
        for key in keys:
            where = [*trail, key]
            if rest:
                walk(node[key], rest, where)
            elif not isinstance(node[key], (dict, list)):
                try:
                    node[key] = encode_image(node[key], "")
                except ImageInputError as exc:
                    problems.append(
                        ValidationError(format_path(where), "image", exc.detail, node[key])
                    )

    for path in paths:
        walk(task, path, [])
    return problems


def finish_task(
    task: dict[str, Any],
    check: Callable[[object], ValidationReport],
    image_paths: Sequence[tuple[str, ...]] = (),
) -> dict[str, Any]:
    """Encode image inputs, validate, and raise one error listing every problem; warn on advice."""
    problems = _encode(task, image_paths)
    report = check(task)
    unreadable = {p.path for p in problems}
    problems.extend(e for e in report.errors if e.path not in unreadable)
    if problems:
        raise InvalidRequestError(problems, task_uuid=task.get("taskUUID"))
    for warning in report.warnings:
        warnings.warn(str(warning), RunwareWarning, stacklevel=3)
    return task
