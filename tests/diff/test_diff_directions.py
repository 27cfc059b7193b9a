"""Each keyword in its three directions: it appears, it disappears, its value changes. The level
follows what the change does to a payload valid before (request) or to a reader (response); no
message prints a missing value as None."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diff import RULES, compare_models
from generator.spec.load import load_model
from tests.diff.test_diff_rules import _copy, _resp, pdef, props, req, table

Doc = dict[str, Any]
Mutation = Callable[[Doc], Any] | None


def width(**kw: Any) -> Callable[[Doc], Any]:
    return lambda d: props(d)["width"].update(kw)


def drop(getter: Callable[[Doc], Doc], key: str) -> Callable[[Doc], Any]:
    return lambda d: getter(d).pop(key)


def prompt(d: Doc) -> Doc:
    return props(d)["positivePrompt"]


def images(d: Doc) -> Doc:
    return props(d)["inputs"]["properties"]["referenceImages"]


def rule(name: str) -> Callable[[Doc], Doc]:
    return lambda d: next(e for e in req(d)["allOf"] if e.get("x-rule") == name)


def resp_prop(name: str, **kw: Any) -> Callable[[Doc], Any]:
    return _resp(lambda r: r["properties"][name].update(kw))


def resp_drop(name: str, key: str) -> Callable[[Doc], Any]:
    return _resp(lambda r: r["properties"][name].pop(key))


NO_RESP = _resp(lambda r: None)

# (id, mutation of the old model file, of the new model file, of the new platform file, path)
CASES: list[tuple[str, Mutation, Mutation, Mutation, str]] = [
    # multipleOf
    ("request-multiple-of-added", None, width(multipleOf=16), None, "width"),
    ("request-multiple-of-removed", width(multipleOf=16), None, None, "width"),
    ("request-multiple-of-changed", width(multipleOf=16), width(multipleOf=24), None, "width"),
    ("request-multiple-of-relaxed", width(multipleOf=16), width(multipleOf=8), None, "width"),
    ("request-multiple-of-changed", width(multipleOf=8), width(multipleOf=16), None, "width"),
    ("request-multiple-of-relaxed", width(multipleOf=0.5), width(multipleOf=0.25), None, "width"),
    # enum
    ("request-enum-added", None, width(enum=[1024, 1248]), None, "width"),
    ("request-enum-removed", None, None, drop(pdef("outputType"), "enum"), "outputType"),
    ("request-enum-value-removed", None, None, lambda d: pdef("outputType")(d)["enum"].remove("dataURI"), "outputType"),
    # const
    ("request-const-added", None, width(const=1024), None, "width"),
    ("request-const-removed", width(const=1024), None, None, "width"),  # taskType's is required
    ("request-const-changed", None, None, lambda d: pdef("taskType")(d).update(const="x"), "taskType"),
    ("request-const-changed", width(const=1), width(const=True), None, "width"),  # JSON: true is not 1
    # default
    ("request-default-added", None, width(default=1024), None, "width"),
    ("request-default-removed", None, None, drop(pdef("outputQuality"), "default"), "outputQuality"),
    ("request-default-changed", width(default=1000), width(default=1024), None, "width"),
    # format
    ("request-format-added", None, lambda d: prompt(d).update(format="uri"), None, "positivePrompt"),
    ("request-format-removed", None, None, drop(pdef("webhookURL"), "format"), "webhookURL"),
    ("request-format-changed", None, None, lambda d: pdef("webhookURL")(d).update(format="uuid"), "webhookURL"),
    # pattern
    ("request-pattern-added", None, lambda d: prompt(d).update(pattern="^.+$"), None, "positivePrompt"),
    ("request-pattern-removed", None, None, drop(pdef("taskUUID"), "pattern"), "taskUUID"),
    ("request-pattern-changed", None, None, lambda d: pdef("taskUUID")(d).update(pattern="^.+$"), "taskUUID"),
    # type
    ("request-property-type-added", lambda d: prompt(d).pop("type"), None, None, "positivePrompt"),
    ("request-property-type-removed", None, lambda d: prompt(d).pop("type"), None, "positivePrompt"),
    ("request-property-type-changed", None, lambda d: prompt(d).update(type="integer"), None, "positivePrompt"),
    ("request-property-type-widened", None, width(type="number"), None, "width"),
    ("request-property-type-widened", None, lambda d: prompt(d).update(type=["string", "null"]), None,
     "positivePrompt"),
    # bounds on objects too
    ("request-property-max-added", None, lambda d: props(d)["inputs"].update(maxProperties=1), None, "inputs"),
    ("request-property-min-removed", lambda d: props(d)["inputs"].update(minProperties=1), None, None, "inputs"),
    # uniqueItems
    ("request-unique-items-added", None, lambda d: images(d).update(uniqueItems=True), None,
     "inputs.referenceImages"),
    ("request-unique-items-removed", lambda d: images(d).update(uniqueItems=True), None, None,
     "inputs.referenceImages"),
    # the dimension table as a whole, and its rows
    ("request-dimension-table-removed", None, lambda d: req(d)["allOf"].pop(1), None, ""),
    ("request-dimension-table-added", lambda d: req(d)["allOf"].pop(1), None, None, ""),
    ("request-dimension-pair-removed", None, lambda d: table(d).pop(0), None, ""),
    # rules and advisories: a body that changes under the same name
    ("request-rule-changed", None, lambda d: rule("paired-dimensions")(d).update(
        dependentRequired={"width": ["height"]}), None, ""),
    ("request-advisory-changed", None, lambda d: req(d)["x-advisories"][0].update(message="m"), None, ""),
    # x-* annotations (once reported as "0 changes")
    ("request-annotation-changed", None, lambda d: images(d)["items"]["oneOf"][1]["properties"]["image"].pop(
        "x-media-input"), None, "inputs.referenceImages[].image"),
    ("request-annotation-changed", None, width(**{"x-note": "n"}), None, "width"),
    ("request-annotation-changed", None, width(**{"x-paired-with": "seed"}), None, "width"),
    ("request-annotation-changed", None, lambda d: req(d).update({"x-unmapped-rules": [{"text": "t", "line": 1}]}),
     None, ""),
    ("request-annotation-changed", None, lambda d: rule("paired-dimensions")(d).update({"x-source": "s"}), None,
     "rule paired-dimensions"),
    # response
    ("response-property-type-added", _resp(lambda r: r["properties"]["seed"].pop("type")), NO_RESP, None, "seed"),
    ("response-property-type-removed", NO_RESP, resp_drop("seed", "type"), None, "seed"),
    ("response-property-type-changed", NO_RESP, resp_prop("seed", type="number"), None, "seed"),  # wider
    ("response-property-type-narrowed", resp_prop("seed", type="number"), NO_RESP, None, "seed"),
    ("response-enum-added", NO_RESP, resp_prop("taskType", enum=["imageInference"]), None, "taskType"),
    ("response-enum-removed", resp_prop("taskType", enum=["imageInference"]), NO_RESP, None, "taskType"),
    ("response-annotation-changed", NO_RESP, resp_prop("seed", **{"x-note": "n"}), None, "seed"),
]


def _model(tmp_path: Path, name: str, model: Mutation, platform: Mutation = None) -> Any:
    if model is None and platform is None:
        return load_model(_copy(tmp_path, name))
    return load_model(_copy(tmp_path, name, model=model, platform=platform))


@pytest.mark.parametrize(("rule_id", "old", "new", "platform", "path"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_direction(tmp_path: Path, rule_id: str, old: Mutation, new: Mutation, platform: Mutation,
                   path: str) -> None:
    changes = compare_models(_model(tmp_path, "old", old), _model(tmp_path, "new", new, platform))
    assert [(c.rule, c.path, c.level) for c in changes] == [(rule_id, path, RULES[rule_id][0])]
    [change] = changes
    assert "None" not in change.message, change.message
    for word, side in (("added", change.old), ("removed", change.new)):
        if rule_id.endswith(f"-{word}") and not rule_id.startswith("request-property-"):
            assert side is None
    if rule_id.endswith("annotation-changed"):
        assert change.message.endswith(("added", "removed", "changed"))


def test_removing_multiple_of_is_not_breaking(tmp_path: Path) -> None:
    """The reported case: a constraint removed loosens a request, and says so without None."""
    changes = compare_models(_model(tmp_path, "old", width(multipleOf=16)), _model(tmp_path, "new", None))
    assert [(c.rule, c.level, c.message) for c in changes] == [
        ("request-multiple-of-removed", "info", "width: multipleOf 16 removed")]


def test_annotation_messages_say_what_happened(tmp_path: Path) -> None:
    base = _model(tmp_path, "a", None)
    added = _model(tmp_path, "b", width(**{"x-note": "n"}))
    assert [c.message for c in compare_models(base, added)] == ["width: annotation x-note added"]
    assert [c.message for c in compare_models(added, base)] == ["width: annotation x-note removed"]
    changed = _model(tmp_path, "c", width(**{"x-note": "m"}))
    assert [c.message for c in compare_models(added, changed)] == ["width: annotation x-note changed"]


def test_levels_follow_the_direction() -> None:
    """A request constraint that appears tightens (breaking), one that disappears loosens (info);
    a response guarantee that disappears breaks readers, one that appears does not."""
    for kw in ("multiple-of", "enum", "const", "format", "pattern", "unique-items", "property-max",
               "property-min", "property-type", "dimension-table", "rule"):
        assert (RULES[f"request-{kw}-added"][0], RULES[f"request-{kw}-removed"][0]) == ("breaking", "info"), kw
    assert (RULES["request-format-changed"][0], RULES["request-multiple-of-changed"][0]) == ("breaking", "breaking")
    assert RULES["request-multiple-of-relaxed"][0] == RULES["request-property-type-widened"][0] == "info"
    assert (RULES["response-property-type-added"][0], RULES["response-property-type-removed"][0]) == (
        "info", "breaking")
    assert (RULES["response-enum-added"][0], RULES["response-enum-removed"][0]) == ("info", "warning")
    assert RULES["response-property-type-narrowed"][0] == "info"
