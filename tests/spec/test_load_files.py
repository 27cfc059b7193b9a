"""Where a spec file's platform refs resolve, which files are specs, and spec files that are not
usable YAML (too deep, self-referencing, exploding through aliases, too large): each a message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.spec.errors import SpecErrors
from generator.spec.load import load_model, load_specs
from tests.helpers import ROOT, SPEC, run_cli

KREA = SPEC / "models" / "krea-2-medium.yaml"


def errors(path: Path, spec_dir: Path | None = None) -> list[str]:
    with pytest.raises(SpecErrors) as info:
        load_model(path, spec_dir)
    return [str(e) for e in info.value.errors]


def test_platform_refs_fall_back_to_the_spec_directory(tmp_path: Path) -> None:
    copy = tmp_path / "old" / "krea-2-medium.yaml"
    copy.parent.mkdir()
    shutil.copy(KREA, copy)
    assert load_model(copy, SPEC) == load_model(KREA)
    found = errors(copy, tmp_path / "nospec")
    response = [m for m in found if m.startswith(f"{copy}:") and ": /response/$ref: " in m]
    expected = (f"{copy}:{line_of(copy, 'response:') + 1}: /response/$ref: $ref "
                f"'../platform/image-inference-response.yaml' does not resolve: neither "
                f"{tmp_path / 'platform' / 'image-inference-response.yaml'} nor "
                f"{tmp_path / 'nospec' / 'platform' / 'image-inference-response.yaml'} exists")
    assert response == [expected]
    assert all("does not resolve: neither " in m for m in found)


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(needle))


def test_a_platform_beside_the_file_wins(tmp_path: Path) -> None:
    """An old tree kept whole (old/models + old/platform) is read as it was, not with today's platform."""
    old = tmp_path / "old"
    shutil.copytree(SPEC, old)
    path = old / "platform" / "image-inference-request.yaml"
    path.write_text(path.read_text().replace("    maximum: 20\n", "    maximum: 10\n", 1))
    model = load_model(old / "models" / "krea-2-medium.yaml", SPEC)
    assert model.request_schema["$defs"]["numberResults"]["maximum"] == 10


def test_text_in_memory_is_named_as_the_file(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    text = KREA.read_text().replace("  name: Krea 2 Medium", "  name: [Krea")
    [message] = errors_text(target, text)
    assert message.startswith(f"{target}:") and "malformed YAML" in message
    assert not target.exists()
    assert load_model(target, SPEC, text=KREA.read_text()).id == "krea:krea@2-medium"


def errors_text(path: Path, text: str) -> list[str]:
    with pytest.raises(SpecErrors) as info:
        load_model(path, SPEC, text=text)
    return [str(e) for e in info.value.errors]


def test_hidden_files_and_directories_are_not_specs(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    visible = [m.slug for m in load_specs(spec)]
    assert {"krea-2-medium", "gpt-image-2"} <= set(visible)
    shutil.copy(spec / "models" / "krea-2-medium.yaml", spec / "models" / ".krea-2-medium.yaml.swp.yaml")
    shutil.copy(spec / "models" / "gpt-image-2.yaml", spec / "models" / ".gpt-image-2.0fy7ea7m.yaml")
    assert [m.slug for m in load_specs(spec)] == visible


def test_diff_reads_a_copy_kept_elsewhere_as_the_readme_shows(tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(SPEC, work / "spec")
    (work / "old").mkdir()
    shutil.copy(KREA, work / "old" / "krea-2-medium.yaml")
    res = run_cli("diff", "old/krea-2-medium.yaml", "spec/models/krea-2-medium.yaml", cwd=work)
    assert (res.returncode, res.stdout) == (0, "no changes\n"), res.stderr
    res = run_cli("diff", str(work / "old" / "krea-2-medium.yaml"), str(KREA), "--spec", str(SPEC), cwd=tmp_path)
    assert (res.returncode, res.stdout) == (0, "no changes\n"), res.stderr
    res = run_cli("diff", str(work / "old" / "krea-2-medium.yaml"), str(KREA), cwd=tmp_path)  # no spec/ here
    assert res.returncode == 2 and "does not resolve: neither " in res.stderr and "spec/platform/" in res.stderr


BAD_YAML = [
    ("a: &x [*x]\n", ":1: /a/0: an alias refers to a collection that contains it"),
    ("a: " + "[" * 150 + "]" * 150 + "\n", "nested deeper than 100 levels"),
    ("a: " + "[" * 5000 + "]" * 5000 + "\n", ": /: nested too deeply"),
    ("a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)),
     "expands to more than 1000000 values"),
]


@pytest.mark.parametrize(("text", "message"), BAD_YAML, ids=["cycle", "deep", "very-deep", "alias-bomb"])
def test_unusable_yaml_is_a_message(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "models" / "x.yaml"
    path.parent.mkdir()
    path.write_text(text)
    found = errors(path)
    assert any(message in e for e in found), found
    res = run_cli("diff", str(path), str(KREA))
    assert res.returncode == 2 and message in res.stderr and "Traceback" not in res.stderr


def test_unreadable_spec_files(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as fh:
        fh.truncate(17 * 1024 * 1024)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"model:\n  name: caf\xe9\n")
    for path, message in ((huge, "larger than 16 MiB: not a spec file"), (tmp_path, "is a directory, not a spec file"),
                          (latin, "latin.yaml:2: /: not UTF-8 text (byte 0xe9 at offset 18)")):
        res = run_cli("diff", str(path), str(KREA), cwd=ROOT)
        assert res.returncode == 2 and message in res.stderr, res.stderr
