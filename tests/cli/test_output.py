"""Every command whose output cannot be written says so in one line and exits 2; a closed pipe ends
it quietly with 0. Never a traceback, never a half-written JSON document left unexplained."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from runware_bindings import MODELS

from tests.helpers import ROOT, SHARED, SPEC, VALID_KREA

KREA_SPEC = str(SPEC / "models" / "krea-2-medium.yaml")


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    """Arguments of ``python -m``: the generator's commands, and the bindings' own ``validate``."""
    task = tmp_path / "task.json"
    task.write_text(json.dumps({**VALID_KREA, "width": 5, "outputTyp": 1}))
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"type": "object", "properties": {"a": {"type": "integer"}}}))
    commands = {
        "help": ["generator", "--help"],
        "validate": ["generator", "validate", str(task)],
        "validate-json": ["generator", "validate", "--format", "json", str(task)],
        "bindings-validate": ["runware_bindings", "validate", str(task)],
        "bindings-validate-json": ["runware_bindings", "validate", "--format", "json", str(task)],
        "bindings-help": ["runware_bindings", "--help"],
        "schema": ["generator", "schema", "krea:krea@2-medium"],
        "compile": ["generator", "compile", str(schema)],
        "check": ["generator", "check"],
        "diff": ["generator", "diff", KREA_SPEC, KREA_SPEC],
        "diff-json": ["generator", "diff", "--format", "json", KREA_SPEC, KREA_SPEC],
        "generate": ["generator", "generate", "--out", str(tmp_path / "out")],
    }
    page = SHARED / "docs" / "openai-gpt-image-2.md"
    if page.is_file():
        commands["ingest"] = ["generator", "ingest", str(page)]
    return commands


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, text=True,
                          stderr=subprocess.PIPE, timeout=300, check=False, **kwargs)  # type: ignore[call-overload]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for name, args in _commands(tmp_path).items():
        with open("/dev/full", "w") as full:
            res = _run(args, stdout=full)
        assert res.returncode == 2, (name, res.stderr)
        assert res.stderr.splitlines()[-1:] == ["error: cannot write to standard output: No space left on device"], \
            (name, res.stderr)
        assert "Traceback" not in res.stderr, name


def test_a_closed_pipe_ends_quietly_with_0(tmp_path: Path) -> None:
    lines = tmp_path / "many.jsonl"
    lines.write_text((json.dumps(VALID_KREA) + "\n") * 20_000)
    commands = {**_commands(tmp_path), "validate-many": ["generator", "validate", str(lines)],
                "bindings-validate-many": ["runware_bindings", "validate", str(lines)]}
    for name, args in commands.items():
        read_end, write_end = os.pipe()
        os.close(read_end)  # nobody will read: the first write that reaches the pipe fails
        try:
            res = _run(args, stdout=write_end)
        finally:
            os.close(write_end)
        assert res.returncode == 0, (name, res.stderr)
        # Only what the command says anyway (ingest's warnings about the page), nothing about output.
        assert not [line for line in res.stderr.splitlines() if not line.startswith("warning: ")], name


def test_a_closed_standard_output_is_reported(tmp_path: Path) -> None:
    task = tmp_path / "task.json"
    task.write_text(json.dumps(VALID_KREA))
    for args in (["generator", "validate", str(task)], ["generator", "validate", "--format", "json", str(task)],
                 ["generator", "schema", "krea:krea@2-medium"], ["runware_bindings", "validate", str(task)],
                 ["runware_bindings", "validate", "--format", "json", str(task)]):
        res = _run(args, stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))
        assert res.returncode == 2, res.stderr
        assert res.stderr == "error: cannot write to standard output: it is closed\n"


@pytest.mark.parametrize("module", ["generator", "runware_bindings"])
def test_a_failing_standard_error_does_not_change_the_exit_status(tmp_path: Path, module: str) -> None:
    with open("/dev/full", "w") as full:
        res = subprocess.run([sys.executable, "-m", module, "validate", str(tmp_path / "missing.json")],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=full, text=True, timeout=300, check=False)
    assert (res.returncode, res.stdout) == (2, "")


def test_unknown_model_message_separates_its_parts() -> None:
    res = _run(["generator", "schema", "krea:krea@2-medum"], stdout=subprocess.PIPE)
    assert res.returncode == 2
    known = ", ".join(sorted(MODELS))
    assert res.stderr == ("error: unknown model 'krea:krea@2-medum' (did you mean 'krea:krea@2-medium'?); "
                          f"known models: {known}\n")
    res = _run(["generator", "schema", "x"], stdout=subprocess.PIPE)
    assert res.stderr == f"error: unknown model 'x'; known models: {known}\n"
