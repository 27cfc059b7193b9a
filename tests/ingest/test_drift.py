"""Both sources for one model (``ingest PAGE --schema SCHEMA``): one spec, the schema winning for
what validates, and a drift report naming every disagreement and which document states it; two
sources naming different models are refused (exit 2, both files and ids, nothing written)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator.spec.load import load_model
from tests.helpers import SPEC, run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = FIXTURES / "pages" / "minimal.md"
SCHEMA = FIXTURES / "schemas" / "tiny.schema.json"


def _spec_dir(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC / "platform", spec / "platform")
    (spec / "models").mkdir()
    (spec / "overlays").mkdir()
    return spec


def _drift_lines(stdout: str) -> list[str]:
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("drift: "))
    return [line.strip() for line in lines[start + 1:]]


def test_both_sources_make_one_spec_and_a_drift_report(tmp_path: Path) -> None:
    spec = _spec_dir(tmp_path)
    out = spec / "models" / "tiny.yaml"
    res = run_cli("ingest", str(PAGE), "--schema", str(SCHEMA), "-o", str(out), "--spec", str(spec))
    assert res.returncode == 0, res.stderr
    assert f"drift: 10 disagreements between {PAGE} and {SCHEMA}" in res.stdout
    drift = _drift_lines(res.stdout)
    expected = [
        ("only-in-page", "inputs.mask"),
        ("only-in-schema", "seed"),
        ("maximum", "steps: maximum differs: the page says 50, the schema 40"),
        ("default", "steps: default differs: the page says 20, the schema 25"),
        ("enum", "style: enum differs: the page says ['plain', 'bold'], the schema ['plain', 'bold', 'italic']"),
        ("required", "taskType: required differs: the page says False, the schema True"),
        ("rule-only-in-page", ("rule on height, style, width: only the page states it "
                               "(exclusive-style-width-height: style cannot be used with width/height.)")),
        ("rule-only-in-schema", "rule on seed, steps: only the schema states it (paired-seed-steps)"),
    ]
    for kind, text in expected:
        assert any(line.startswith(kind) and text in line for line in drift), (kind, drift)
    model = load_model(out, spec)
    request = model.request_schema
    # The schema wins for what validates ...
    assert request["properties"]["steps"]["maximum"] == 40
    assert "mask" not in request["properties"]["inputs"]["properties"]
    assert "seed" in request["properties"]
    # ... the page adds its anchors, and its own rule as an advisory (a warning, not an error).
    assert request["properties"]["steps"]["x-anchor"] == "request-steps"
    [advisory] = [a for a in request["x-advisories"] if a["id"].startswith("page-")]
    assert advisory["x-source"] == "style cannot be used with width/height."
    sources = yaml.safe_load(out.read_text())["model"]["sources"]
    assert sources == {"page": "https://example.com/docs/models/tiny.md",
                       "schema": "https://runware.ai/docs/models/tiny/schema.json", "slug": "tiny"}
    # A rule naming a parameter the schema lacks is left out, and said so.
    assert "names inputs.mask, which the schema does not have: left out" in res.stderr


def test_a_page_rule_the_schema_lacks_warns_but_does_not_reject(tmp_path: Path) -> None:
    spec = _spec_dir(tmp_path)
    out = spec / "models" / "tiny.yaml"
    assert run_cli("ingest", str(PAGE), "--schema", str(SCHEMA), "-o", str(out), "--spec", str(spec)).returncode == 0
    gen = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert gen.returncode == 0, gen.stderr
    script = (
        "import json\n"
        "from runware_bindings import check\n"
        "base = {'taskType': 'imageInference', 'model': 'tiny:1@0', 'width': 64, 'height': 64}\n"
        "for payload in (base, {**base, 'style': 'bold'}):\n"
        "    r = check(payload)\n"
        "    print(json.dumps([len(r.errors), [w.rule for w in r.warnings]]))\n"
    )
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONPATH": str(tmp_path / "out")}, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    plain, styled = (json.loads(line) for line in res.stdout.splitlines())
    assert plain == [0, []]
    assert styled[0] == 0 and any("page-exclusive-style-width-height" in w for w in styled[1]), styled


def test_two_sources_naming_different_models_are_refused(tmp_path: Path) -> None:
    other = json.loads(SCHEMA.read_text())
    other["info"]["x-air-id"] = "tiny:2@0"
    schema = tmp_path / "other.schema.json"
    schema.write_text(json.dumps(other))
    out = tmp_path / "tiny.yaml"
    res = run_cli("ingest", str(PAGE), "--schema", str(schema), "-o", str(out))
    assert res.returncode == 2
    line = res.stderr.strip().splitlines()[-1]
    assert str(PAGE) in line and str(schema) in line, line
    assert "'tiny:1@0'" in line and "'tiny:2@0'" in line and "nothing written" in line
    assert not out.exists()


def test_schema_takes_a_schema_and_the_source_a_page(tmp_path: Path) -> None:
    res = run_cli("ingest", str(SCHEMA), "--schema", str(SCHEMA))
    assert res.returncode == 2 and "give the page first" in res.stderr
    res = run_cli("ingest", str(PAGE), "--schema", str(PAGE))
    assert res.returncode == 2 and "needs a published schema.json" in res.stderr
