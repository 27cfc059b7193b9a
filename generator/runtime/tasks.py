"""Building a task from a generated method's keyword arguments (shared by every model)."""

from __future__ import annotations

import math
import uuid
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import ImageInputError, InvalidRequestError
from .images import encode_media
from .media import image_size
from .validation import ValidationError, ValidationReport, describe, format_path

__all__ = [
    "MediaPath",
    "RunwareWarning",
    "check_constraints",
    "finish_task",
    "json_problems",
    "new_task",
    "new_task_uuid",
    "put",
    "to_wire",
]


def new_task_uuid() -> str:
    """A fresh UUID v4: every task needs its own, and the server rejects one used before."""
    return str(uuid.uuid4())


def new_task(task_type: str, model: str, task_uuid: str | None) -> dict[str, Any]:
    """A task's fixed fields; the generated ``build_task`` adds each argument with :func:`put`."""
    return {"taskType": task_type, "taskUUID": task_uuid or new_task_uuid(), "model": model}


class RunwareWarning(UserWarning):
    """An advisory rule of the docs: the task is valid, but part of it will be ignored."""


_SCALARS = (str, int, float, bool, type(None))
#: Deeper than this is refused before sending: no task needs it, and encoders recurse.
MAX_DEPTH = 256


class _Circular:
    """Stands where a copied value referred back to itself."""

    __slots__ = ()


_CIRCULAR = _Circular()


def to_wire(value: Any) -> Any:
    """A JSON-shaped copy: tuples and other sequences become lists, mappings become dicts.

    Copying means that encoding image inputs later never touches the caller's objects. Where a
    value contains itself the copy holds a marker instead, and what nests beyond
    :data:`MAX_DEPTH` is left uncopied: :func:`json_problems` reports both at their paths.
    """
    kind = type(value)
    if kind in _SCALARS:  # the common case, without the cost of ABC checks
        return value
    return _copy(value, [])


def _copy(value: Any, ancestors: list[int]) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if id(value) in ancestors:
        return _CIRCULAR
    if len(ancestors) > MAX_DEPTH:
        return value
    if kind is list or kind is tuple:
        ancestors.append(id(value))
        out: Any = [_copy(v, ancestors) for v in value]
    elif kind is dict or isinstance(value, Mapping):
        ancestors.append(id(value))
        out = {k: _copy(v, ancestors) for k, v in value.items()}
    elif isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray, memoryview)):
        ancestors.append(id(value))
        out = [_copy(v, ancestors) for v in value]
    else:
        return value
    ancestors.pop()
    return out


def _surrogate(text: str) -> str | None:
    """Where a lone surrogate sits in ``text`` (it has no UTF-8 encoding), or None."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"a lone surrogate (U+{ord(text[exc.start]):04X} at index {exc.start})"
    return None


def _plain(value: Any) -> bool:
    """True when ``value`` is certainly plain JSON: the fast path, without paths or recursion.

    False means "look closer" (:func:`json_problems` then walks it again, naming each problem):
    tuples and subclasses land there too, as does anything nested beyond :data:`MAX_DEPTH`,
    which is also how a value that contains itself ends this loop.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > MAX_DEPTH:
            return False
        depth += 1
        if type(node) is dict:
            for key in node:
                if type(key) is not str or not key.isascii():
                    return False
            items: Any = node.values()
        elif type(node) is list:
            items = node
        else:
            return False
        for item in items:
            kind = type(item)
            if kind is str:
                if not item.isascii() and _surrogate(item):
                    return False
            elif kind is int or kind is bool or item is None:
                if kind is int and item.bit_length() > 10_000:
                    return False
            elif kind is float:
                if not math.isfinite(item):
                    return False
            elif kind is dict or kind is list:
                push((item, depth))
            else:
                return False
    return True


def json_problems(value: Any) -> list[ValidationError]:
    """What in ``value`` JSON cannot carry, by path: checked before anything is sent.

    JSON text is UTF-8 with string keys; NaN, infinities, bytes and other Python objects have no
    JSON form, and ``json.dumps`` would either fail with a bare TypeError or ValueError, or write
    something that is not JSON (``NaN``, an ``int`` key silently turned into a string).
    """
    if _plain(value):
        return []
    problems: list[ValidationError] = []
    trail: list[str | int] = []  # the path of the node being looked at, shared to save copies
    ancestors: list[int] = []

    def bad(rule: str, message: str, found: Any) -> None:
        problems.append(ValidationError(format_path(trail), rule, message, found))

    def walk(node: Any) -> None:
        kind = type(node)
        if kind is str:
            if not node.isascii():
                _check_text(node)
        elif kind is int or kind is bool or node is None:
            if kind is int and node.bit_length() > 10_000:
                _check_int(node)
        elif kind is dict or kind is list or kind is tuple:
            _check_container(node)
        elif kind is float:
            if not math.isfinite(node):
                bad("json", f"{node!r} is not a JSON number (NaN and infinities cannot be sent)", node)
        # Subclasses, which json.dumps writes as their base type.
        elif isinstance(node, str):
            _check_text(node)
        elif isinstance(node, int):
            _check_int(node)
        elif isinstance(node, float):
            walk(float(node))
        elif isinstance(node, (dict, list, tuple)):
            _check_container(node)
        elif node is _CIRCULAR:
            bad("circular", "contains itself (a circular reference), which JSON cannot", None)
        else:
            hint = (
                "; an image goes in as a data URI, URL, UUID or base64 text"
                if isinstance(node, (bytes, bytearray, memoryview))
                else ""
            )
            bad("json", f"found a Python {kind.__name__}, which has no JSON form{hint}", None)

    def _check_text(text: str) -> None:
        where = _surrogate(text)
        if where:
            bad("json", f"contains {where}, which cannot be encoded as UTF-8 JSON", text)

    def _check_int(number: int) -> None:
        try:
            int.__repr__(number)
        except ValueError:  # beyond sys.get_int_max_str_digits()
            bad("json", f"{describe(number)} is too long to write as JSON", None)

    def _check_container(node: Any) -> None:
        if id(node) in ancestors:
            walk(_CIRCULAR)
            return
        if len(ancestors) >= MAX_DEPTH:
            bad("depth", f"nested deeper than {MAX_DEPTH} levels", None)
            return
        ancestors.append(id(node))
        if isinstance(node, dict):
            for key, item in node.items():
                if type(key) is not str and not isinstance(key, str):
                    bad("json", f"has the key {repr(key)[:60]} (type {type(key).__name__}); "
                                "JSON object keys are strings", key)
                    continue
                where = None if key.isascii() else _surrogate(key)
                if where:
                    bad("json", f"has a key with {where}: {key!r}", key)
                    continue
                trail.append(key)
                walk(item)
                trail.pop()
        else:
            for i, item in enumerate(node):
                trail.append(i)
                walk(item)
                trail.pop()
        ancestors.pop()

    walk(value)
    return problems


def is_structural(problem: ValidationError) -> bool:
    """A cycle or runaway nesting: no validator should walk such a value."""
    return problem.rule in ("circular", "depth")


def merge_problems(
    first: Sequence[ValidationError], more: Sequence[ValidationError]
) -> list[ValidationError]:
    """``first``, then those of ``more`` at a path ``first`` did not already report."""
    seen = {p.path for p in first}
    return [*first, *(p for p in more if p.path not in seen)]


def put(task: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set ``task[path]`` (creating parent objects) unless ``value`` is ``None`` (= not given)."""
    if value is None:
        return
    node = task
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = to_wire(value)


#: Where a media input sits in a task (``"*"``: every item of a list), and its kind.
MediaPath = tuple[str, tuple[str, ...]]


def _encode(
    task: dict[str, Any], paths: Sequence[MediaPath]
) -> tuple[list[ValidationError], dict[str, bytes | None]]:
    """Media inputs in wire form, in place; the problems, and each input's bytes by path (None
    where the client does not hold them: a URL or a UUID)."""
    problems: list[ValidationError] = []
    held: dict[str, bytes | None] = {}

    def walk(node: Any, kind: str, path: tuple[str, ...], trail: list[str | int]) -> None:
        head, rest = path[0], path[1:]
        if head == "*":
            keys: Sequence[Any] = range(len(node)) if isinstance(node, list) else ()
        else:
            keys = [head] if isinstance(node, dict) and head in node else []
        for key in keys:
            where = [*trail, key]
            if rest:
                walk(node[key], kind, rest, where)
            elif not isinstance(node[key], (dict, list)):
                try:
                    node[key], held[format_path(where)] = encode_media(node[key], "", kind)
                except ImageInputError as exc:
                    problems.append(
                        ValidationError(format_path(where), kind, exc.detail, node[key])
                    )

    for kind, path in paths:
        walk(task, kind, path, [])
    return problems, held


_BOUNDS = (("minimum", "at least"), ("maximum", "at most"))
_MEASURES = {"area": "pixels (width x height)", "ratio": "(width / height)",
             "fileSize": "bytes", "duration": "seconds"}


def _shown(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def _bounds(constraint: Mapping[str, Any]) -> str:
    return " and ".join(f"{word} {_shown(constraint[key])}" for key, word in _BOUNDS
                        if isinstance(constraint.get(key), (int, float)))


def _outside(value: float, constraint: Mapping[str, Any]) -> bool:
    low, high = constraint.get("minimum"), constraint.get("maximum")
    return (isinstance(low, (int, float)) and value < low) or \
        (isinstance(high, (int, float)) and value > high)


def _measure(operation: str, data: bytes) -> tuple[float, str] | None:
    """What the client can measure of a file it holds: ``(value, how it was found)``."""
    if operation == "fileSize":
        return float(len(data)), f"{len(data)} bytes"
    size = image_size(data) if operation in ("area", "ratio") else None
    if size is None:
        return None
    width, height = size
    if operation == "area":
        return float(width * height), f"{width}x{height} = {width * height} pixels"
    return (width / height if height else float("inf")), f"{width}x{height} (ratio {width / max(height, 1):.4g})"


def _values(task: Mapping[str, Any], parameter: str) -> list[tuple[str, Any]]:
    """``(path, value)`` of each value a constraint's parameter names (each item of a list)."""
    node: Any = task
    for key in parameter.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return []
        node = node[key]
    if isinstance(node, list):
        return [(f"{parameter}[{i}]", v) for i, v in enumerate(node)]
    return [(parameter, node)]


def check_constraints(
    task: Mapping[str, Any], constraints: Sequence[Mapping[str, Any]], held: Mapping[str, bytes | None]
) -> tuple[list[ValidationError], list[str]]:
    """The spec's ``x-constraints`` (rules JSON Schema cannot say: an image's pixel area, a file's
    size, a ratio of two parameters), checked where the client can: ``(errors, advisories)``.

    A file the client holds (a local file, bytes, a data URI) is measured; one it does not hold
    (a URL, a UUID), or a measure it cannot take (a video's duration), is an advisory: only the
    server can judge it.
    """
    errors: list[ValidationError] = []
    advisories: list[str] = []
    for c in constraints:
        operation = str(c.get("operation", ""))
        parameters = [str(p) for p in c.get("parameters", []) if isinstance(p, str)]
        bounds = _bounds(c)
        if not bounds or not parameters:
            continue
        unit = _MEASURES.get(operation, "")
        numbers = [n for n in (task.get(p) for p in parameters)
                   if isinstance(n, (int, float)) and not isinstance(n, bool)]
        if operation in ("area", "ratio") and len(parameters) == 2:
            if len(numbers) == 2:
                a, b = numbers
                try:
                    value = float(a * b) if operation == "area" else (a / b if b else float("inf"))
                except OverflowError:  # beyond any bound a float can state
                    value = float("inf") if (a > 0) == (b > 0) else float("-inf")
                if _outside(value, c):
                    errors.append(ValidationError(
                        "", operation, f"{parameters[0]} and {parameters[1]} give {_shown(value)} "
                        f"{unit}; {bounds} allowed", {p: n for p, n in zip(parameters, numbers)},
                        {k: c[k] for k in ("minimum", "maximum") if k in c}))
            continue
        for parameter in parameters:
            for path, value in _values(task, parameter):
                data = held.get(path)
                measured = _measure(operation, data) if data is not None else None
                if measured is None:
                    why = ("the input is a URL or UUID, which only the server can read"
                           if data is None else f"its {operation} cannot be read here")
                    advisories.append(f"{path}: the server allows {bounds} {unit} ({operation}); "
                                      f"not checked here: {why}")
                elif _outside(measured[0], c):
                    errors.append(ValidationError(
                        path, operation, f"the input is {measured[1]}; {bounds} {unit} allowed",
                        measured[0], {k: c[k] for k in ("minimum", "maximum") if k in c}))
    return errors, advisories


def finish_task(
    task: dict[str, Any],
    check: Callable[[object], ValidationReport],
    media_paths: Sequence[MediaPath] = (),
    constraints: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """Encode media inputs, validate, and raise one error listing every problem; warn on advice.

    ``constraints`` are the spec's ``x-constraints`` (see :func:`check_constraints`).
    """
    problems, held = _encode(task, media_paths)
    not_json = json_problems(task)
    if any(is_structural(p) for p in not_json):
        raise InvalidRequestError(merge_problems(problems, not_json), task_uuid=task.get("taskUUID"))
    report = check(task)
    measured, advisories = check_constraints(task, constraints, held)
    problems = merge_problems(merge_problems(merge_problems(problems, report.errors), measured),
                              not_json)
    if problems:
        raise InvalidRequestError(problems, task_uuid=task.get("taskUUID"))
    for warning in [*map(str, report.warnings), *advisories]:
        warnings.warn(warning, RunwareWarning, stacklevel=3)
    return task
