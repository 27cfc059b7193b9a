"""Runware-shaped error objects, as the real API sends them."""

from __future__ import annotations

from typing import Any

from runware_bindings import ValidationError

_ECHO = 100  # longest caller-supplied string an error repeats verbatim


def short(text: str, limit: int = _ECHO) -> str:
    """``text``, cut to a length an error message can repeat (a key may be megabytes long)."""
    return text if len(text) <= limit else text[:limit] + "..."


def runware_error(code: str, message: str, task: Any = None, **extra: Any) -> dict[str, Any]:
    """``{code, message, [taskType, taskUUID], ...}``; the task fields only when known."""
    error: dict[str, Any] = {"code": code, "message": message}
    if isinstance(task, dict):
        for key in ("taskType", "taskUUID"):
            value = task.get(key)
            if isinstance(value, str) and len(value) <= _ECHO:  # a longer one is no UUID anyway
                error[key] = value
    error.update({k: v for k, v in extra.items() if v is not None})
    return error


def _parts(path: str) -> list[str]:
    """``inputs.referenceImages[2].image`` -> ``["inputs", "referenceImages", "image"]``."""
    cleaned = []
    for chunk in path.replace("[", ".[").split("."):
        if chunk and not chunk.startswith("["):
            cleaned.append(chunk)
    return cleaned


def code_for(error: ValidationError) -> str:
    """``missingPositivePrompt``, ``invalidWidth``, ``unsupportedParameter``..."""
    if error.rule == "additionalProperties":
        return "unsupportedParameter"
    parts = _parts(error.path)
    if not parts and isinstance(error.value, dict):  # a rule over several keys (dimension pairs)
        return "invalid" + error.rule[:1].upper() + error.rule[1:].replace("-", "")
    name = short(parts[-1]) if parts else "Request"
    word = "missing" if error.rule == "required" else "invalid"
    return word + name[:1].upper() + name[1:]


def from_validation(error: ValidationError, task: Any, docs_url: str) -> dict[str, Any]:
    parts = [short(p) for p in _parts(error.path)]
    parameter: Any = short(error.path) if error.path else None
    if not parts and isinstance(error.value, dict) and error.value:
        parameter = [short(k) for k in error.value]  # the API names several parameters as an array
        parts = [parameter[0]]
    anchor = "-".join(["request", *(p.lower() for p in parts)]) if parts else "request"
    allowed = error.allowed if isinstance(error.allowed, list) and len(error.allowed) <= 50 else None
    return runware_error(
        code_for(error),
        short(str(error), 2000),  # the validator's messages quote unknown keys whole
        task,
        parameter=parameter,
        documentation=f"{docs_url}#{anchor}",
        allowedValues=allowed,
    )
