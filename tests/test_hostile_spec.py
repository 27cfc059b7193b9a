"""A spec full of hostile text generates a package that imports, type-checks, validates correctly
and executes nothing from the spec."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.helpers import ROOT, SPEC, run_cli

EVIL = "\"\"\" ''' \\ {{ x }} {% raw %} # é🙂 __import__('os').system('touch PWNED') \"; import os; \""


def hostile_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC / "platform", spec / "platform")
    (spec / "models").mkdir()
    doc = {
        "model": {"id": "evil:1@0", "name": EVIL, "module": "evil_model", "creator": EVIL,
                  "status": "live", "docs": "https://example.com/docs", "description": EVIL},
        "request": {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": EVIL, "description": EVIL, "type": "object", "additionalProperties": False,
            "required": ["model", "class", EVIL],
            "properties": {
                "model": {"type": "string", "const": "evil:1@0"},
                "class": {"type": "string", "enum": [EVIL, "ok", "a\nb"], "description": EVIL},
                EVIL: {"type": "integer", "minimum": 0, "maximum": 9, "description": EVIL, "title": EVIL},
                "with-dash": {"type": "object", "additionalProperties": False,
                              "properties": {"def": {"type": "boolean"}}, "description": EVIL},
            },
            "x-advisories": [{"id": "evil-advice", "path": "class", "message": EVIL,
                              "when": {"required": ["class"], "properties": {"class": {"const": "ok"}}}}],
        },
        "response": {"$ref": "../platform/image-inference-response.yaml"},
    }
    (spec / "models" / "evil.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return spec


def test_hostile_spec_generates_safe_working_code(tmp_path: Path) -> None:
    spec = hostile_spec(tmp_path)
    out = tmp_path / "out"
    res = run_cli("generate", "--spec", str(spec), "--out", str(out), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    script = f"""
import json, sys
sys.path.insert(0, {str(out)!r})
import runware_bindings as rb
from runware_bindings.evil_model import types, strategies
evil = {EVIL!r}
ok = {{"model": "evil:1@0", "class": evil, evil: 3}}
assert rb.validate(ok) == [], rb.validate(ok)
assert rb.validate({{**ok, "class": "a\\nb", "with-dash": {{"def": True}}}}) == []
bad = rb.validate({{**ok, "class": "nope", evil: 10}})
assert sorted(e.rule for e in bad) == ["enum", "maximum"], bad
assert bad[0].allowed == [evil, "ok", "a\\nb"] or bad[1].allowed == [evil, "ok", "a\\nb"]
[w] = rb.check({{**ok, "class": "ok"}}).warnings
assert w.message == evil
assert evil in (types.EvilModelRequest.__doc__ or "") or types.EvilModelRequest.__required_keys__
print("ok")
"""
    env = {**os.environ, "PYTHONPATH": str(out)}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                         env=env, timeout=120, check=False)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stdout + run.stderr
    assert not list(tmp_path.rglob("PWNED")) and not (ROOT / "PWNED").exists()
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           str(out / "runware_bindings")], capture_output=True, text=True, cwd=tmp_path,
                          timeout=600, check=False)
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    schema = json.loads((out / "runware_bindings/evil_model/request.schema.json").read_text())
    assert EVIL in schema["properties"]
