"""Requests built from Runware's published schemas, for tests and the benchmark: a valid task that
uses as many parameters as the schema allows, and the same task with four defects."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator


def _value(sub: Any) -> Any:
    """A value the subschema accepts (checked with jsonschema), or None when none is found."""
    if not isinstance(sub, dict):
        return None
    check = Draft202012Validator(sub, format_checker=Draft202012Validator.FORMAT_CHECKER).is_valid
    for candidate in _candidates(sub):
        if candidate is not None and check(candidate):
            return candidate
    return None


def _candidates(sub: dict[str, Any]) -> list[Any]:
    out: list[Any] = [sub[k] for k in ("const", "default") if k in sub]
    out += list(sub.get("enum", [])[:1]) + list(sub.get("examples", [])[:1])
    plain = {k: v for k, v in sub.items() if k not in ("anyOf", "oneOf")}
    for branch in sub.get("anyOf", []) + sub.get("oneOf", []):
        if isinstance(branch, dict):
            out += _candidates({**plain, **branch})
    fmt, t = sub.get("format"), sub.get("type")
    if fmt == "uuid":
        out.append("5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47")
    if fmt == "uri":
        out.append("https://example.com/inputs/photo.png")
    if t == "string":
        out.append("a lighthouse at dusk, oil on canvas"[: sub.get("maxLength", 40)].ljust(sub.get("minLength", 0), "a"))
    if t in ("integer", "number"):
        lo, step = sub.get("minimum", sub.get("exclusiveMinimum", 0)), sub.get("multipleOf", 1)
        out += [lo, lo + step, (lo // step + 1) * step, 1]
    if t == "boolean":
        out.append(True)
    if t == "array":
        item = _value(sub.get("items", {}))
        out += [[item] * max(1, sub.get("minItems", 1))] if item is not None else []
    if t == "object":
        inner = {k: _value(v) for k, v in sub.get("properties", {}).items()}
        out.append({k: v for k, v in inner.items() if v is not None})
        out.append({k: v for k, v in inner.items() if v is not None and k in sub.get("required", [])})
    return out


def _order(error: Any) -> tuple[Any, ...]:
    """Deepest first, then by path and message: jsonschema's own order varies between runs."""
    return (-len(error.absolute_path), [str(p) for p in error.absolute_path], str(error.validator), error.message)


def valid_task(schema: dict[str, Any], validator: Draft202012Validator) -> dict[str, Any]:
    """A valid task using as many parameters as the schema allows: every property gets a value it
    accepts, then the task is repaired from jsonschema's errors (dropping or adding parameters)."""
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    task = {k: v for k, sub in props.items() if (v := _value(sub)) is not None}
    seen: set[str] = set()
    for _ in range(200):
        errors = sorted(validator.iter_errors([task]), key=_order)
        if not errors:
            return task
        state = json.dumps(task, sort_keys=True)
        again = state in seen
        seen.add(state)
        error = errors[0]
        path = list(error.absolute_path)[1:]
        if error.validator == "anyOf" and not path and error.context:
            error = next((e for e in sorted(error.context, key=_order) if e.validator == "required"), error)
        if error.validator == "dependentRequired" and not path:
            for key, deps in error.validator_value.items():
                if key in task and key not in required and any(d not in task for d in deps):
                    del task[key]
        elif error.validator == "required":
            node: Any = task
            sub: Any = schema
            for part in list(error.absolute_path)[1:]:
                node, sub = node[part], sub.get("properties", {}).get(part, {})
            for key in error.validator_value:
                if key not in node:
                    node[key] = _value(sub.get("properties", {}).get(key, {})) or "a"
        elif path and path[0] not in required:
            del task[path[0]]
        elif len(path) > 1:
            parent = task
            for part in path[:-2]:
                parent = parent[part]
            del parent[path[-2]][path[-1]]
        else:  # a rule about several parameters (not / oneOf / if): drop the deepest one it names
            named = [p for p in _named(error.schema, ()) if p[0] not in required and _has(task, p)]
            if not named:
                raise RuntimeError(f"cannot build a valid task: {error.message}")
            *parents, leaf = min(named, key=len) if again else max(named, key=len)  # a loop: drop more
            node = task
            for part in parents:
                node = node[part]
            del node[leaf]
    raise RuntimeError("cannot build a valid task")


def _named(schema: Any, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Key paths a rule names in its ``required`` lists (through properties and applicators)."""
    if isinstance(schema, list):
        return [p for item in schema for p in _named(item, prefix)]
    if not isinstance(schema, dict):
        return []
    out = [(*prefix, k) for k in schema.get("required", []) if isinstance(k, str)]
    for key, sub in schema.get("properties", {}).items():
        out += _named(sub, (*prefix, key))
    for key in ("allOf", "anyOf", "oneOf", "not", "if", "then", "else"):
        out += _named(schema.get(key), prefix)
    return out


def _has(task: dict[str, Any], path: tuple[str, ...]) -> bool:
    node: Any = task
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def invalid_task(task: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The valid task with four defects: an unknown key, a wrong type, a bound and an enum broken."""
    bad = {**task, "outputTyp": "URL"}
    props: dict[str, Any] = schema.get("properties", {})
    broke = 0
    for key, sub in props.items():
        if not isinstance(sub, dict) or key in ("taskType", "model"):
            continue
        if broke < 3 and "maximum" in sub and sub.get("type") in ("integer", "number"):
            bad[key] = sub["maximum"] + 1000
            broke += 1
        elif broke < 3 and sub.get("enum") and sub.get("type") == "string":
            bad[key] = str(sub["enum"][0]) + "x"
            broke += 1
    return bad
