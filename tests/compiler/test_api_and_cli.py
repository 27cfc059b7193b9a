"""``compile_schema`` (the Python API) and ``python -m generator compile`` (the CLI): the same
compiler, its options, and bad input refused with exit 2 naming the JSON pointer, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import black
import pytest

from generator.compiler import UnsupportedSchema, Validator, compile_schema
from generator.render.formatting import MODE
from tests.compiler.suite import REMOTES
from tests.helpers import run_cli

SCHEMA = {"title": "Size", "type": "object", "required": ["w"],
          "properties": {"w": {"type": "integer", "minimum": 1}, "u": {"format": "uri"}},
          "x-note": "kept", "flavour": "unknown keywords are annotations"}


def test_compile_schema_returns_a_validator_without_writing_files(tmp_path: Path) -> None:
    v = compile_schema(SCHEMA, name="size")
    assert isinstance(v, Validator)
    assert v.is_valid({"w": 2}) and v.validate({"w": 2}) == [] and v.check({"w": 2}).ok
    [error] = v.validate({"w": 0})
    assert (error.path, error.rule, error.value, error.allowed, error.schema_path) == (
        "w", "minimum", 0, {"minimum": 1}, "/properties/w/minimum")
    assert v.warnings == ["/flavour: unknown keyword 'flavour' is an annotation: nothing checks it"]
    assert v.source.startswith('"""Standalone validator for Size, compiled from size')
    module = types.ModuleType("again")
    exec(compile(v.source, "<again>", "exec"), module.__dict__)  # noqa: S102 - our own output
    assert module.validate({"w": 0})[0].message == error.message
    assert not list(tmp_path.iterdir())


def test_unknown_keywords_can_be_refused() -> None:
    with pytest.raises(UnsupportedSchema) as info:
        compile_schema(SCHEMA, unknown_keywords="refuse")
    assert (info.value.pointer, info.value.keyword) == ("/flavour", "flavour")
    with pytest.raises(ValueError, match="unknown_keywords"):
        compile_schema(SCHEMA, unknown_keywords="ignore")
    with pytest.raises(ValueError, match="formats"):
        compile_schema(SCHEMA, formats="strict")
    with pytest.raises(ValueError, match="ref_dir"):
        compile_schema(SCHEMA, base_uri="http://example.com/")


def test_the_written_module_is_black_formatted_and_works(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(json.dumps(SCHEMA))
    res = run_cli("compile", str(tmp_path / "s.json"), "-o", str(tmp_path / "v.py"), "--formats", "assert")
    assert res.returncode == 0, res.stderr
    assert "warning: " in res.stderr and "/flavour: unknown keyword 'flavour'" in res.stderr
    source = (tmp_path / "v.py").read_text()
    assert black.format_str(source, mode=MODE) == source
    namespace: dict[str, Any] = {}
    exec(compile(source, "v.py", "exec"), namespace)  # noqa: S102 - written by the test
    assert [e.rule for e in namespace["validate"]({"w": 1, "u": "not a uri"})] == ["format"]
    assert namespace["is_valid"]({"w": 1, "u": "https://example.com"})


def test_formats_are_annotations_by_default_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(json.dumps(SCHEMA))
    res = run_cli("compile", str(tmp_path / "s.json"))
    assert res.returncode == 0, res.stderr
    namespace: dict[str, Any] = {}
    exec(compile(res.stdout, "stdout", "exec"), namespace)  # noqa: S102 - written by the test
    assert namespace["is_valid"]({"w": 1, "u": "not a uri"})


def test_ref_dir_and_base_uri_and_pointer_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "remote").mkdir()
    (tmp_path / "remote" / "pos.json").write_text('{"type": "integer", "minimum": 0}')
    doc = {"components": {"schemas": {"Body": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                                      "Item": {"$ref": "http://schemas.test/pos.json"}}}}
    (tmp_path / "api.json").write_text(json.dumps(doc))
    out = tmp_path / "v.py"
    res = run_cli("compile", str(tmp_path / "api.json"), "--pointer", "/components/schemas/Body",
                  "--ref-dir", str(tmp_path / "remote"), "--base-uri", "http://schemas.test/", "-o", str(out))
    assert res.returncode == 0, res.stderr
    namespace: dict[str, Any] = {}
    exec(compile(out.read_text(), str(out), "exec"), namespace)  # noqa: S102 - written by the test
    assert namespace["is_valid"]([0, 3]) and not namespace["is_valid"]([-1])
    assert namespace["validate"]([-1])[0].schema_path == "http://schemas.test/pos.json#/minimum"


@pytest.mark.skipif(not REMOTES.is_dir(), reason="../shared/jsts/ is absent")
def test_the_suites_remote_refs_resolve_from_its_remotes_folder(tmp_path: Path) -> None:
    schema = {"$ref": "http://localhost:1234/draft2020-12/subSchemas.json#/$defs/refToInteger"}
    (tmp_path / "s.json").write_text(json.dumps(schema))
    res = run_cli("compile", str(tmp_path / "s.json"), "--ref-dir", str(REMOTES), "--base-uri",
                  "http://localhost:1234/")
    assert res.returncode == 0, res.stderr
    namespace: dict[str, Any] = {}
    exec(compile(res.stdout, "stdout", "exec"), namespace)  # noqa: S102 - written by the test
    assert namespace["is_valid"](1) and not namespace["is_valid"]("a")


@pytest.mark.parametrize(
    ("content", "args", "expected"),
    [
        ('{"type": "object", "minProperties": -1}', (), "/minProperties: not a valid JSON Schema 2020-12"),
        ('{"items": [{"type": "string"}]}', (), "/items: not a valid JSON Schema 2020-12"),
        ('{"properties": {"a": {"$ref": "other.json"}}}', (), "/properties/a/$ref: $ref 'other.json' does not"),
        ('{"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}', (), "/$defs/a/$ref: a $ref cycle"),
        ('{"patternProperties": {"(?<=a*)b": {}}}', (), "/patternProperties/(?<=a*)b: '(?<=a*)b' cannot be"),
        ('{"pattern": "\\\\a"}', (), "/pattern: '\\\\a' is not an ECMA-262 regular expression"),
        ('{"x": 1}', ("--unknown-keywords", "refuse"), "/x: unsupported keyword 'x'"),
        ('{"$ref": "#/a"}', ("--pointer", "/nope"), "/nope: the pointer '/nope' does not exist"),
        ('{}', ("--base-uri", "http://x/"), "--base-uri names the URI that --ref-dir stands for"),
        ('{}', ("--ref-dir", "no-such-dir"), "--ref-dir no-such-dir: not a directory"),
        ('{"$schema": "http://json-schema.org/draft-07/schema#"}', (), "/$schema: 'http://json-schema.org/draft-07"),
        ('{"maximum": ' + "9" * 5000 + "}", (), "s.json:1:13: an integer of 5000 digits is longer"),
        ('{"maximum": NaN}', (), "s.json:1:13: not valid JSON: NaN is not a JSON number"),
        ('{"type": "string"', (), "s.json:1:18: not valid JSON"),
        ("\ufeff{\"maximum\": 1e400}", ("--unknown-keywords", "refuse", "--pointer", "/nope"), "/nope"),
    ],
)
def test_bad_input_is_exit_2_naming_the_pointer_and_nothing_is_written(tmp_path: Path, content: str,
                                                                       args: tuple[str, ...], expected: str) -> None:
    (tmp_path / "s.json").write_text(content)
    out = tmp_path / "v.py"
    res = run_cli("compile", str(tmp_path / "s.json"), *args, "-o", str(out), cwd=tmp_path)
    assert res.returncode == 2, res.stderr
    assert expected in res.stderr and "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]


def test_compile_refuses_to_overwrite_a_file_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text("{}")
    mine = tmp_path / "mine.py"
    mine.write_text("print('hand-written')\n")
    res = run_cli("compile", str(tmp_path / "s.json"), "-o", str(mine))
    assert res.returncode == 2 and mine.read_text() == "print('hand-written')\n"


def test_the_compiler_core_imports_no_templating_rendering_or_cli() -> None:
    code = ("import sys, generator.compiler.api, generator.compiler as c; c.compile_schema({'type': 'string'});"
            "bad = [m for m in ('jinja2', 'black', 'generator.render', 'generator.cli', 'generator.spec') "
            "if m in sys.modules]; print(bad)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "[]", res.stdout + res.stderr
