"""Loading and checking specs: every broken spec fails with file, line and JSON pointer."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from generator.spec.errors import SpecErrors
from generator.spec.load import load_specs
from tests.helpers import ROOT, SPEC, run_cli

MODEL = "models/krea-2-medium.yaml"
PLATFORM = "platform/image-inference-request.yaml"


FIXTURE = ROOT / "tests" / "fixtures" / "specs" / "krea-2-medium.yaml"


def fixture_spec(tmp_path: Path) -> Path:
    """The real platform files beside a hand-laid-out Krea spec whose text the cases edit."""
    spec = tmp_path / "spec"
    shutil.copytree(SPEC / "platform", spec / "platform")
    (spec / "models").mkdir()
    shutil.copy(FIXTURE, spec / "models" / "krea-2-medium.yaml")
    return spec


def broken_spec(tmp_path: Path, file: str, old: str, new: str) -> Path:
    spec = fixture_spec(tmp_path)
    target = spec / file
    text = target.read_text()
    assert old in text, f"fixture text not found in {file}: {old!r}"
    target.write_text(text.replace(old, new, 1))
    return spec


def line_of(spec: Path, file: str, needle: str) -> int:
    for n, line in enumerate((spec / file).read_text().splitlines(), start=1):
        if needle in line:
            return n
    raise AssertionError(needle)


def errors_of(spec: Path) -> list[str]:
    with pytest.raises(SpecErrors) as info:
        load_specs(spec)
    return [f"{e.file.name}:{e.line}: {e.pointer or '/'}: {e.message}" for e in info.value.errors]


CASES = [
    ("unsupported keyword", MODEL, "          minItems: 1\n", "          minItems: 1\n          maxItemz: 3\n",
     "maxItemz", "/request/properties/inputs/properties/referenceImages/maxItemz",
     "unsupported keyword 'maxItemz' (did you mean 'maxItems'?)"),
    ("unresolved pointer", MODEL, "#/$defs/ttl", "#/$defs/tttl", "$defs/tttl", "/request/properties/ttl/$ref",
     "does not resolve: image-inference-request.yaml has no 'tttl'"),
    ("missing file", MODEL, "response:\n  $ref: ../platform/image-inference-response.yaml",
     "response:\n  $ref: ../platform/nope.yaml", "nope.yaml", "/response/$ref", "nope.yaml: file not found"),
    ("minimum above maximum", MODEL, "      minimum: 0\n      maximum: 9223372036854775807",
     "      minimum: 10\n      maximum: 5", "minimum: 10", "/request/properties/seed/minimum",
     "minimum 10 exceeds maximum 5"),
    ("default outside enum", MODEL, "default: medium", "default: extreme", "default: extreme",
     "/request/properties/settings/properties/creativity/default", "'extreme' is not one of"),
    ("default outside range (platform file)", PLATFORM, "    default: 95", "    default: 100", "default: 100",
     "/$defs/outputQuality/default", "100 is greater than the maximum of 99"),
    ("rule names an undeclared parameter", MODEL, "width: [height]", "width: [heigth]", "width: [heigth]",
     "/request/allOf/0/dependentRequired/width/0", "names 'heigth', which is not a declared property"),
    ("required names an undeclared parameter", MODEL, "required: [taskType,", "required: [taskTipe,",
     "required: [taskTipe,", "/request/required/0", "names 'taskTipe'"),
    ("pair table names an undeclared parameter", MODEL, "{title: 1K (1:1), properties: {width:",
     "{title: 1K (1:1), properties: {widht:", "widht", "/request/allOf/1/then/oneOf/0/properties/widht",
     "names 'widht'"),
    ("advisory names an undeclared parameter", MODEL, "      path: ttl", "      path: tl", "path: tl",
     "/request/x-advisories/0/path", "undeclared property"),
    ("duplicate enum value", PLATFORM, "enum: [URL, base64Data, dataURI]", "enum: [URL, base64Data, URL]",
     "enum: [URL, base64Data, URL]", "/$defs/outputType/enum/2", "duplicate enum value 'URL'"),
    ("duplicate key", MODEL, "    width:\n", "    model: {}\n    width:\n",
     "    model: {}", "/request/properties/model", "duplicate key 'model'"),
    ("malformed yaml", MODEL, "  name: Krea 2 Medium", "  name: [Krea 2 Medium", "module: krea_2_medium", "",
     "malformed YAML"),
    ("model const differs from id", MODEL, "const: krea:krea@2-medium", "const: krea:krea@2-large",
     "krea@2-large", "/request/properties/model/const", "differs from the model id"),
    ("bad module name", MODEL, "module: krea_2_medium", "module: Krea-2", "module: Krea-2", "/model/module",
     "does not match"),
    ("module shadows a client method", MODEL, "module: krea_2_medium", "module: run", "module: run",
     "/model/module", "a name the bindings use themselves"),
    ("module shadows the package's validate", MODEL, "module: krea_2_medium", "module: validate",
     "module: validate", "/model/module", "a name the bindings use themselves"),
    ("module shadows the runtime package", MODEL, "module: krea_2_medium", "module: _runtime",
     "module: _runtime", "/model/module", "a name the bindings use themselves"),
    ("module shadows a client attribute", MODEL, "module: krea_2_medium", "module: poll_policy",
     "module: poll_policy", "/model/module", "a name the bindings use themselves"),
    ("non-JSON number", PLATFORM, "    minimum: 60", "    minimum: .inf", "minimum: .inf", "/$defs/ttl/minimum",
     "is not a JSON number"),
]


@pytest.mark.parametrize(("case", "file", "old", "new", "needle", "pointer", "message"),
                         CASES, ids=[c[0] for c in CASES])
def test_broken_spec_is_reported_where_it_is(tmp_path: Path, case: str, file: str, old: str, new: str,
                                             needle: str, pointer: str, message: str) -> None:
    spec = broken_spec(tmp_path, file, old, new)
    expected_line = line_of(spec, file, needle)
    errors = errors_of(spec)
    matching = [e for e in errors if message in e]
    assert matching, errors
    name = Path(file).name
    assert any(e.startswith(f"{name}:{expected_line}: {pointer or '/'}:") for e in matching), errors


def test_every_error_is_reported_at_once(tmp_path: Path) -> None:
    spec = broken_spec(tmp_path, MODEL, "default: medium", "default: extreme")
    text = (spec / MODEL).read_text().replace("width: [height]", "width: [heigth]")
    (spec / MODEL).write_text(text)
    assert len(errors_of(spec)) == 2


def test_generate_exits_2_and_names_the_place(tmp_path: Path) -> None:
    spec = broken_spec(tmp_path, PLATFORM, "    default: 95", "    default: 100")
    out = tmp_path / "out"
    res = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert res.returncode == 2
    assert "image-inference-request.yaml:" in res.stderr and "/$defs/outputQuality/default" in res.stderr
    assert not out.exists()


def test_empty_and_non_mapping_files(tmp_path: Path) -> None:
    spec = broken_spec(tmp_path, MODEL, "model:", "model:")
    (spec / MODEL).write_text("")
    assert any("empty file" in e for e in errors_of(spec))
    (spec / MODEL).write_text("- a\n- b\n")
    assert any("must be a mapping" in e or "is not of type 'object'" in e for e in errors_of(spec))


def test_dates_stay_strings() -> None:
    [model] = [m for m in load_specs(SPEC) if m.id == "krea:krea@2-medium"]
    assert model.release_date == "2026-05-12"


def test_fixture_means_the_same_as_the_committed_spec(tmp_path: Path) -> None:
    from generator.diff import compare_models
    from generator.spec.load import load_model

    fixture = load_model(fixture_spec(tmp_path) / MODEL)
    committed = load_model(SPEC / MODEL)
    assert compare_models(fixture, committed) == []


def test_reserved_module_names_cover_what_the_package_defines() -> None:
    # Every name runware_bindings and its clients define themselves: a model module named so
    # would hide it (the loader refuses those names).
    import runware_bindings
    from runware_bindings import AsyncRunware, Runware

    from generator.spec.load import RESERVED_MODULES

    modules = {m.module for m in load_specs(SPEC)}
    own = {n for n in dir(runware_bindings) if not n.startswith("__")} - modules
    own |= {n for cls in (Runware, AsyncRunware) for n in dir(cls)} - modules
    # What __init__ sets on the instance hides a module attribute as surely as a method does.
    sync, concurrent = Runware("test-key"), AsyncRunware("test-key")
    own |= (set(vars(sync)) | set(vars(concurrent))) - modules
    sync.close()
    asyncio.run(concurrent.aclose())
    own |= {p.stem for p in Path(runware_bindings.__file__).parent.iterdir()
            if p.suffix == ".py" or (p.is_dir() and p.name != "__pycache__")} - modules - {"__init__"}
    lower = {n for n in own if n == n.lower() or n.isupper()}
    assert lower <= RESERVED_MODULES, sorted(lower - RESERVED_MODULES)
