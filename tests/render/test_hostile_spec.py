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
                "taskType": {"type": "string", "const": "imageInference"},
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


# Wire path -> the keyword argument the documented rule gives it (README, "Keyword arguments").
CLASHING_NAMES: dict[tuple[str, ...], str] = {
    # Python keywords get a trailing underscore; soft keywords are valid parameter names.
    ("class",): "class_", ("def",): "def_", ("lambda",): "lambda_", ("async",): "async_",
    ("await",): "await_", ("None",): "none", ("True",): "true",
    ("match",): "match", ("case",): "case", ("type",): "type",
    # The method's own names: self and the call options.
    ("self",): "self_", ("maxRetries",): "max_retries_", ("wait_timeout",): "wait_timeout_",
    ("task_uuid",): "task_uuid_",
    # Names of the generated code's helpers and locals, and builtins it could use.
    ("put",): "put", ("check",): "check", ("cast",): "cast", ("finish_task",): "finish_task",
    ("task",): "task", ("build_task",): "build_task", ("new_task",): "new_task",
    ("client",): "client", ("MODEL_ID",): "model_id", ("_IMAGE_PATHS",): "image_paths",
    ("dict",): "dict", ("str",): "str", ("list",): "list", ("float",): "float", ("int",): "int",
    ("bool",): "bool", ("Any",): "any", ("staticmethod",): "staticmethod",
    ("isinstance",): "isinstance",
    # Leading underscores are dropped; a leading digit, or nothing left, gives "param".
    ("_private",): "private", ("__dunder__",): "dunder", ("2x",): "param_2x",
    ("1st",): "param_1st", ("café",): "caf",
    # Collisions after snake-casing: all numbered, in code-point order of the wire names.
    ("_",): "param_1", ("日本",): "param_2",
    ("timeout",): "timeout_1", ("timeout_",): "timeout_2",
    ("outputType",): "output_type_1", ("output_type",): "output_type_2",
    ("a-b",): "a_b_1", ("a.b",): "a_b_2", ("a_b",): "a_b_3",
    ("x_1",): "x_1", ("x-",): "x_2", ("x.",): "x_3",  # numbering skips a name already taken
    # Lifted group children: a group prefix when another parameter has the same name.
    ("settings", "self"): "settings_self", ("settings", "put"): "settings_put",
    ("settings", "steps"): "steps", ("settings", "seed"): "settings_seed", ("seed",): "seed",
    ("settings", "yield"): "yield_",
    ("inputs", "task"): "inputs_task", ("inputs", "image"): "image",
    # Enums and objects get types named after them: none may take a name the modules use.
    ("sequence",): "sequence", ("imageResult",): "image_result", ("syncClient",): "sync_client",
    ("literal",): "literal", ("typedDict",): "typed_dict", ("clashModel",): "clash_model",
    ("asyncClashModel",): "async_clash_model", ("referenceImage",): "reference_image",
    ("referenceImageArg",): "reference_image_arg",
}
REQUIRED = ("class", "self")
IMAGE_URL = "https://example.com/a.png"
# Parameters that are not plain strings: (schema, the value the test passes).
SPECIAL: dict[tuple[str, ...], tuple[dict[str, object], object]] = {
    ("inputs", "image"): ({"type": "string", "x-media-input": "image"}, IMAGE_URL),
    ("referenceImage",): ({"type": "object", "additionalProperties": False, "properties": {
        "image": {"type": "string", "x-media-input": "image"}}}, {"image": IMAGE_URL}),
    **{path: ({"type": "string", "enum": ["v:" + path[0], "other"]}, "v:" + path[0])
       for path in [("Any",), ("sequence",), ("imageResult",), ("syncClient",), ("literal",),
                    ("typedDict",), ("clashModel",), ("asyncClashModel",),
                    ("referenceImageArg",)]},
}


def clashing_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC / "platform", spec / "platform")
    (spec / "models").mkdir()
    text = {"type": "string", "description": "a parameter"}
    top: dict[str, object] = {"taskType": {"type": "string", "const": "imageInference"},
                              "taskUUID": {"type": "string"},
                              "model": {"type": "string", "const": "clash:1@0"}}
    groups: dict[str, dict[str, object]] = {"settings": {}, "inputs": {}}
    for path in CLASHING_NAMES:
        schema = SPECIAL[path][0] if path in SPECIAL else dict(text)
        if len(path) == 1:
            top[path[0]] = schema
        else:
            groups[path[0]][path[1]] = schema
    for group, children in groups.items():
        top[group] = {"type": "object", "additionalProperties": False, "properties": children}
    doc = {
        "model": {"id": "clash:1@0", "name": "Clash", "module": "clash_model", "creator": "x",
                  "status": "live", "docs": "https://example.com/docs", "description": "d"},
        "request": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                    "additionalProperties": False, "required": ["model", *REQUIRED],
                    "properties": top},
        "response": {"$ref": "../platform/image-inference-response.yaml"},
    }
    (spec / "models" / "clash.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True),
                                                encoding="utf-8")
    return spec


CLASH_SCRIPT = """
import asyncio, inspect, json, sys, uuid
import httpx
from runware_bindings import AsyncRunware, Runware
from runware_bindings.clash_model.client import ClashModel, build_task
names = {names!r}
required = {required!r}
special = {special!r}

def value(path):
    return special[path] if path in special else "v:" + ".".join(path)

def at(task, path):
    for part in path:
        task = task[part]
    return task

params = inspect.signature(build_task).parameters
assert set(params) == set(names.values()) | {{"task_uuid"}}, sorted(set(params) ^ set(names.values()))
assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
minimum = {{names[(w,)]: value((w,)) for w in required}}
for path, keyword in names.items():
    task = ClashModel.task(**{{**minimum, keyword: value(path)}})
    assert at(task, path) == value(path), (path, keyword, task)
    sent = {{k for k in task if k not in ("taskType", "taskUUID", "model")}}
    assert sent == {{p[0] for p in [path, *((w,) for w in required)]}}, (path, sent)

everything = {{keyword: value(path) for path, keyword in names.items()}}
fixed = str(uuid.uuid4())
bodies = []

def answer(request):
    [task] = json.loads(request.content)
    bodies.append(task)
    return httpx.Response(200, json={{"data": [{{"taskType": "imageInference", "taskUUID": task["taskUUID"],
                                                "imageUUID": str(uuid.uuid4()), "imageURL": "https://x/a.png"}}]}})

async def async_answer(request):
    return answer(request)

with Runware("k", base_url="https://api.example.test/v1",
             http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
    [image] = client.clash_model.generate(**everything, task_uuid=fixed, timeout=5.0, max_retries=0,
                                          wait_timeout=1.0)
    assert image.task_uuid == fixed
    assert client.clash_model.task(**everything)["self"] == "v:self"

async def main():
    async with AsyncRunware("k", base_url="https://api.example.test/v1",
                            http_client=httpx.AsyncClient(transport=httpx.MockTransport(async_answer))) as client:
        await client.clash_model.generate(**everything, timeout=5.0, max_retries=0)

asyncio.run(main())
for body in bodies:
    for path in names:
        assert at(body, path) == value(path), (path, body)
assert bodies[0]["taskUUID"] == fixed and len(bodies) == 2
print("ok")
"""

CLASH_TYPED = '''
from runware_bindings.clash_model.client import build_task

task = build_task(class_="c", self_="s", timeout_1="t", timeout_2="t", max_retries_="m",
                  output_type_1="o", output_type_2="o", put="p", check="c", dict="d", str="s",
                  match="m", type="t", param_1="_", param_2="x", a_b_3="x", settings_self="s",
                  image=b"not checked by mypy, only by the validator", task_uuid=None,
                  sequence="v:sequence", image_result="other", reference_image={"image": b"x"})
build_task(class_="c", self_="s", timeout="t")  # line 9: timeout is not build_task's keyword
build_task(class_="c", self_="s", str=3)  # line 10: str= takes a str
build_task(class_="c", self_="s", sync_client="v:nope")  # line 11: not one of the enum values
'''


def test_parameter_names_that_collide_stay_reachable(tmp_path: Path) -> None:
    spec = clashing_spec(tmp_path)
    out = tmp_path / "out"
    res = run_cli("generate", "--spec", str(spec), "--out", str(out), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    env = {**os.environ, "PYTHONPATH": str(out)}
    script = CLASH_SCRIPT.format(names=CLASHING_NAMES, required=REQUIRED,
                                 special={path: v for path, (_, v) in SPECIAL.items()})
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=120, check=False)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stdout + run.stderr
    snippet = tmp_path / "snippet.py"
    snippet.write_text(CLASH_TYPED)
    mypy = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           str(out / "runware_bindings"), str(snippet)], capture_output=True,
                          text=True, cwd=tmp_path, env={**env, "MYPYPATH": str(out)}, timeout=600,
                          check=False)
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    assert {tuple(line.split(":")[:2]) for line in errors} == {
        ("snippet.py", "9"), ("snippet.py", "10"), ("snippet.py", "11")}, mypy.stdout
    client_py = (out / "runware_bindings/clash_model/client.py").read_text(encoding="utf-8")
    assert "timeout_1: a parameter Sent as ``timeout``." in client_py
