"""One test per change id: mutate a copy of the Krea spec, assert exactly the expected change."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import RULES, compare_models
from generator.spec.load import load_model
from tests.helpers import SPEC, run_cli

Doc = dict[str, Any]


def _copy(tmp_path: Path, name: str, model: Callable[[Doc], None] | None = None,
          platform: Callable[[Doc], None] | None = None) -> Path:
    root = tmp_path / name
    shutil.copytree(SPEC, root)
    for fn, rel in ((model, "models/krea-2-medium.yaml"), (platform, "platform/image-inference-request.yaml")):
        if fn is not None:
            path = root / rel
            doc = yaml.safe_load(path.read_text())
            fn(doc)
            path.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    return root / "models/krea-2-medium.yaml"


def req(doc: Doc) -> Doc:
    return doc["request"]


def props(doc: Doc) -> Doc:
    return doc["request"]["properties"]


def table(doc: Doc) -> list[Doc]:
    return next(e for e in req(doc)["allOf"] if "then" in e)["then"]["oneOf"]


def pdef(name: str) -> Callable[[Doc], Doc]:
    return lambda doc: doc["$defs"][name]


M = "model"
P = "platform"
CASES: list[tuple[str, str, Callable[[Doc], None], str, list[str]]] = [
    ("request-property-removed", M, lambda d: props(d).pop("seed"), "seed", []),
    ("request-property-added", M, lambda d: props(d).update(steps={"type": "integer"}), "steps", []),
    ("new-required-request-property", M,
     lambda d: (props(d).update(steps={"type": "integer"}), req(d)["required"].append("steps")), "steps", []),
    ("request-property-became-required", M, lambda d: req(d)["required"].append("seed"), "seed", []),
    ("request-property-became-optional", M, lambda d: req(d)["required"].remove("positivePrompt"),
     "positivePrompt", []),
    ("request-property-type-changed", M, lambda d: props(d)["positivePrompt"].update(type="integer"),
     "positivePrompt", []),
    ("request-property-max-decreased", P, lambda d: pdef("numberResults")(d).update(maximum=10), "numberResults", []),
    ("request-property-max-increased", P, lambda d: pdef("numberResults")(d).update(maximum=30), "numberResults", []),
    ("request-property-max-added", P, lambda d: pdef("ttl")(d).update(maximum=86400), "ttl", []),
    ("request-property-max-removed", P, lambda d: pdef("outputQuality")(d).pop("maximum"), "outputQuality", []),
    ("request-property-min-increased", P, lambda d: pdef("ttl")(d).update(minimum=120), "ttl", []),
    ("request-property-min-decreased", P, lambda d: pdef("ttl")(d).update(minimum=30), "ttl", []),
    ("request-property-min-added", M, lambda d: props(d)["positivePrompt"].update(minLength=2), "positivePrompt", []),
    ("request-property-min-removed", P, lambda d: pdef("ttl")(d).pop("minimum"), "ttl", []),
    ("request-enum-value-removed", P, lambda d: pdef("outputType")(d)["enum"].remove("dataURI"), "outputType", []),
    ("request-enum-value-added", P, lambda d: pdef("outputFormat")(d)["enum"].append("AVIF"), "outputFormat", []),
    ("request-const-changed", P, lambda d: pdef("taskType")(d).update(const="imageInference2"), "taskType", []),
    ("request-default-changed", P, lambda d: pdef("outputQuality")(d).update(default=90), "outputQuality", []),
    # Removing a format or adding a pattern is not a change of value: tests/diff/test_diff_directions.py.
    ("request-format-changed", P, lambda d: pdef("webhookURL")(d).update(format="uuid"), "webhookURL", []),
    ("request-pattern-changed", P, lambda d: pdef("taskUUID")(d).update(pattern="^.+$"), "taskUUID", []),
    ("request-dimension-pair-removed", M, lambda d: table(d).pop(), "", []),
    ("request-dimension-pair-added", M,
     lambda d: table(d).append({"title": "2K (1:1)", "properties": {"width": {"const": 2048}, "height": {"const": 2048}}}),
     "", []),
    ("request-rule-added", M,
     lambda d: req(d)["allOf"].append({"x-rule": "seed-needs-prompt", "dependentRequired": {"seed": ["positivePrompt"]}}),
     "", []),
    ("request-rule-removed", M, lambda d: req(d)["allOf"].pop(0), "", []),
    ("request-advisory-added", M,
     lambda d: req(d)["x-advisories"].append({"id": "x", "path": "seed", "message": "m", "when": {"required": ["seed"]}}),
     "", []),
    ("request-advisory-removed", M, lambda d: req(d).pop("x-advisories"), "", []),
]


def _resp(fn: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """Response mutations: inline the platform response into the model file, then change it."""
    def apply(doc: Doc) -> None:
        doc["response"] = yaml.safe_load((SPEC / "platform/image-inference-response.yaml").read_text())
        fn(doc["response"])
    return apply


RESPONSE_CASES: list[tuple[str, Callable[[Doc], None], str]] = [
    ("response-property-removed", _resp(lambda r: r["properties"].pop("cost")), "cost"),
    ("response-property-added", _resp(lambda r: r["properties"].update(status={"type": "string"})), "status"),
    ("response-property-became-optional", _resp(lambda r: r["required"].remove("imageUUID")), "imageUUID"),
    ("response-property-became-required", _resp(lambda r: r["required"].append("seed")), "seed"),
    ("response-property-type-changed", _resp(lambda r: r["properties"]["seed"].update(type="string")), "seed"),
    ("response-enum-value-added", _resp(lambda r: r["properties"]["taskType"].update(enum=["imageInference", "x"])),
     "taskType"),
]
ENUM_BASE = _resp(lambda r: r["properties"]["taskType"].update(enum=["imageInference"]))


@pytest.mark.parametrize(("rule", "where", "mutate", "path", "_"), CASES, ids=[c[0] for c in CASES])
def test_request_change(tmp_path: Path, rule: str, where: str, mutate: Callable[[Doc], None], path: str,
                        _: list[str]) -> None:
    old = load_model(SPEC / "models/krea-2-medium.yaml")
    new_file = _copy(tmp_path, "new", model=mutate if where == M else None, platform=mutate if where == P else None)
    changes = compare_models(old, load_model(new_file))
    assert [(c.rule, c.path, c.level) for c in changes] == [(rule, path, RULES[rule][0])]


@pytest.mark.parametrize(("rule", "mutate", "path"), RESPONSE_CASES, ids=[c[0] for c in RESPONSE_CASES])
def test_response_change(tmp_path: Path, rule: str, mutate: Callable[[Doc], None], path: str) -> None:
    base_mutation = ENUM_BASE if rule.startswith("response-enum") else _resp(lambda r: None)
    base = load_model(_copy(tmp_path, "old", model=base_mutation))
    changes = compare_models(base, load_model(_copy(tmp_path, "new", model=mutate)))
    assert [(c.rule, c.path, c.level) for c in changes] == [(rule, path, RULES[rule][0])]


def test_response_enum_value_removed(tmp_path: Path) -> None:
    with_enum = _resp(lambda r: r["properties"]["taskType"].update(enum=["imageInference", "x"]))
    old = load_model(_copy(tmp_path, "old", model=with_enum))
    new = load_model(_copy(tmp_path, "new", model=_resp(lambda r: r["properties"]["taskType"].update(
        enum=["imageInference"]))))
    assert [(c.rule, c.path) for c in compare_models(old, new)] == [("response-enum-value-removed", "taskType")]


def test_model_id_changed(tmp_path: Path) -> None:
    def rename(doc: Doc) -> None:
        doc["model"]["id"] = "krea:krea@2-medium-v2"
        props(doc)["model"]["const"] = "krea:krea@2-medium-v2"

    changes = compare_models(load_model(SPEC / "models/krea-2-medium.yaml"), load_model(_copy(tmp_path, "n", rename)))
    assert sorted((c.rule, c.path) for c in changes) == [("model-id-changed", ""), ("request-const-changed", "model")]


def test_every_rule_id_is_tested() -> None:
    from tests.diff.test_diff_directions import CASES as DIRECTIONS

    tested = {c[0] for c in CASES} | {c[0] for c in RESPONSE_CASES} | {"response-enum-value-removed",
                                                                       "model-id-changed"}
    tested |= {"model-added", "model-removed"}  # between catalogues: tests/cli/test_update.py
    assert tested | {c[0] for c in DIRECTIONS} == set(RULES)


def test_identical_specs_have_no_changes() -> None:
    model = load_model(SPEC / "models/krea-2-medium.yaml")
    assert compare_models(model, model) == []


def test_cli_levels_json_and_fail_on(tmp_path: Path) -> None:
    old = str(SPEC / "models/krea-2-medium.yaml")
    new = str(_copy(tmp_path, "n", platform=lambda d: (pdef("numberResults")(d).update(maximum=10),
                                                       pdef("outputFormat")(d)["enum"].append("AVIF"))))
    res = run_cli("diff", old, new)
    assert res.returncode == 0
    assert res.stdout.splitlines() == [
        "breaking request-property-max-decreased: numberResults: maximum decreased from 20 to 10",
        "info     request-enum-value-added: outputFormat: value 'AVIF' is now allowed",
        "1 breaking, 0 warning, 1 info",
    ]
    assert run_cli("diff", old, new, "--fail-on", "breaking").returncode == 1
    assert run_cli("diff", old, old, "--fail-on", "info").returncode == 0
    report = json.loads(run_cli("diff", old, new, "--format", "json").stdout)
    assert [(c["id"], c["level"]) for c in report["changes"]] == [
        ("request-property-max-decreased", "breaking"), ("request-enum-value-added", "info")]


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "x.yaml"
    broken.write_text("model: [\n")
    res = run_cli("diff", str(SPEC / "models/krea-2-medium.yaml"), str(broken))
    assert res.returncode == 2 and "x.yaml:" in res.stderr
    res = run_cli("diff", str(tmp_path / "a.md"), str(tmp_path / "b.md"))
    assert res.returncode == 2 and "a.md: file not found" in res.stderr


def test_diff_of_two_pages(tmp_path: Path) -> None:
    page = (Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "minimal.md").read_text()
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(page)
    new.write_text(page.replace("- **Max**: `50`", "- **Max**: `40`").replace("- `bold` Strong styling.\n", ""))
    res = run_cli("diff", str(old), str(new), "--format", "json")
    assert res.returncode == 0, res.stderr
    assert [(c["id"], c["path"]) for c in json.loads(res.stdout)["changes"]] == [
        ("request-property-max-decreased", "steps"), ("request-enum-value-removed", "style"),
        ("request-annotation-changed", "style")]  # the removed value's x-enum-descriptions entry
