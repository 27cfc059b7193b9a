"""The generated validator of each model Runware publishes a schema.json for, against jsonschema
on Runware's OWN schema (``components.schemas.RequestBody.items`` of the published document, refs
resolving in the whole document), not on the spec made from it: on drawn instances and on
instances mutated to break one thing (a required key dropped, an unknown key added, a bound or an
enum broken). ``x-constraints`` are not JSON Schema, so the oracle is jsonschema and, beside it,
a plain-Python reading of the published area / ratio bounds.

Instances come from hypothesis-jsonschema, except for schemas whose rules negate (``not``,
``else``), which it meets only by rejecting nearly every draft, and schemas with x-constraints it
cannot know: those come from the model's generated ``valid_requests()``, judged by the oracle all
the same. Bounded and derandomized (tests/conftest.py's profile)."""

from __future__ import annotations

import copy
import importlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator

from generator.ingest.produce import module_name
from tests.compiler.xconstraints import constraints_hold
from tests.helpers import SHARED

SCHEMAS = SHARED / "runware-schemas"
PUBLISHED = sorted(p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.schema.json"))
POINTER = "#/components/schemas/RequestBody/items"
FORMATS = {"uuid": st.uuids(version=4).map(str)}  # hypothesis-jsonschema knows no uuid format


def _document(slug: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{slug}.schema.json").read_text())
    return loaded


def _negates(node: Any) -> bool:
    if isinstance(node, dict):
        return "not" in node or "else" in node or any(_negates(v) for v in node.values())
    return isinstance(node, list) and any(_negates(v) for v in node)


class Oracle:
    def __init__(self, slug: str) -> None:
        doc = _document(slug)
        self.items = doc["components"]["schemas"]["RequestBody"]["items"]
        self.constraints = self.items.get("x-constraints") or []
        self.jsonschema = Draft202012Validator({**doc, "$ref": POINTER},
                                               format_checker=Draft202012Validator.FORMAT_CHECKER)

    def is_valid(self, payload: Any) -> bool:
        return self.jsonschema.is_valid(payload) and constraints_hold(self.items, payload)


def _setup(slug: str) -> tuple[Oracle, Any, st.SearchStrategy[Any]]:
    oracle = Oracle(slug)
    module = module_name(slug)
    validator = importlib.import_module(f"runware_bindings.{module}.validator")
    if _negates(oracle.items) or oracle.constraints:
        drawn: st.SearchStrategy[Any] = importlib.import_module(f"runware_bindings.{module}.strategies").valid_requests()
    else:
        drawn = from_schema(oracle.items, custom_formats=FORMATS)
    return oracle, validator, drawn


def _agree(oracle: Oracle, validator: Any, payload: Any) -> bool:
    before = copy.deepcopy(payload)
    errors = validator.validate(payload)
    assert payload == before, "the validator mutated its input"
    expected = oracle.is_valid(payload)
    assert (errors == []) is expected, (
        f"generated validator says {'valid' if not errors else errors[:3]}, Runware's schema says "
        f"{'valid' if expected else list(oracle.jsonschema.iter_errors(payload))[:3] or 'x-constraints broken'}"
        f" for {payload!r}")
    assert validator.is_valid(payload) is expected
    return expected


@pytest.mark.parametrize("slug", PUBLISHED)
def test_agree_on_instances_drawn_from_runwares_schema(slug: str) -> None:
    oracle, validator, drawn = _setup(slug)

    @settings(max_examples=60)
    @given(drawn)
    def check(payload: Any) -> None:
        assert _agree(oracle, validator, payload), "a drawn instance is valid by Runware's schema"

    check()


def _mutations(items: dict[str, Any]) -> list[tuple[str, Any]]:
    """(kind, what) of every single-point break the root object offers."""
    out: list[tuple[str, Any]] = [("unknown", "notAParameter")]
    out += [("drop", name) for name in items.get("required") or []]
    for name, prop in (items.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        if isinstance(prop.get("enum"), list):
            out.append(("value", (name, "not-one-of-the-values")))
        if "const" in prop:
            out.append(("value", (name, "not-the-const")))
        if isinstance(prop.get("maximum"), (int, float)):
            out.append(("value", (name, prop["maximum"] + 1)))
        if isinstance(prop.get("minimum"), (int, float)):
            out.append(("value", (name, prop["minimum"] - 1)))
        if isinstance(prop.get("maxLength"), int):
            out.append(("value", (name, "x" * (prop["maxLength"] + 1))))
        if prop.get("type") in ("integer", "number", "boolean", "array", "object"):
            out.append(("value", (name, "a string")))
    # Two sizes each within its own bounds, together outside an area or ratio constraint.
    props = items.get("properties") or {}
    for c in items.get("x-constraints") or []:
        pair = c.get("parameters") or []
        if "scope" in c or len(pair) != 2 or not all(p in props for p in pair):
            continue
        (a, sa), (b, sb) = ((p, props[p]) for p in pair)
        if all(isinstance(s.get(k), (int, float)) for s in (sa, sb) for k in ("minimum", "maximum")):
            out.append(("pair", {a: sa["minimum"], b: sb["minimum"]}))
            out.append(("pair", {a: sa["maximum"], b: sb["minimum"]}))
    return out


def _mutated(payload: dict[str, Any], mutation: tuple[str, Any]) -> dict[str, Any]:
    kind, what = mutation
    out = copy.deepcopy(payload)
    if kind == "unknown":
        out[what] = 1
    elif kind == "drop":
        out.pop(what, None)
    elif kind == "pair":
        out.update(what)
    else:
        out[what[0]] = what[1]
    return out


@pytest.mark.parametrize("slug", PUBLISHED)
def test_agree_on_mutated_instances(slug: str) -> None:
    """Every mutation on every drawn instance (a drawn choice of one would favour the first)."""
    oracle, validator, drawn = _setup(slug)
    mutations = _mutations(oracle.items)

    @settings(max_examples=30)
    @given(drawn)
    def check(payload: dict[str, Any]) -> None:
        for mutation in mutations:
            valid = _agree(oracle, validator, _mutated(payload, mutation))
            if mutation[0] in ("unknown", "drop"):
                assert not valid, ("a closed object with a required key dropped or an unknown key added",
                                   mutation)

    check()
