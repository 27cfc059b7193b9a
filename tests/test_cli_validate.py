"""``python -m generator validate``: inputs, exit statuses and output formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import VALID_KREA, run_cli

VALID = VALID_KREA


def bad(**changes: object) -> dict[str, object]:
    return {**VALID, **changes}


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_valid_object_exits_0(tmp_path: Path) -> None:
    res = run_cli("validate", write(tmp_path, "ok.json", json.dumps(VALID)))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().endswith(": valid")


def test_invalid_object_lists_every_error_and_exits_1(tmp_path: Path) -> None:
    payload = bad(outputQuality=100, width=1000, outputTyp="URL")
    res = run_cli("validate", write(tmp_path, "bad.json", json.dumps(payload)))
    assert res.returncode == 1
    out = res.stdout
    assert "invalid (3 errors)" in out
    assert "outputQuality" in out and "99" in out
    assert "1K (1:1)" in out and "1K (9:16)" in out  # the labelled pairs are listed
    assert "outputType" in out  # did-you-mean for the misspelt key


def test_stdin_and_json_format() -> None:
    res = run_cli("validate", "-", "--format", "json", stdin=json.dumps(bad(numberResults=0)))
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert report["valid"] is False
    [entry] = report["payloads"]
    assert entry["source"] == "<stdin>"
    [error] = entry["errors"]
    assert (error["path"], error["rule"], error["value"]) == ("numberResults", "minimum", 0)


def test_array_of_tasks_reports_indexes(tmp_path: Path) -> None:
    tasks = [VALID, bad(seed=-1), VALID]
    res = run_cli("validate", "--format", "json", write(tmp_path, "tasks.json", json.dumps(tasks)))
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert [p["valid"] for p in report["payloads"]] == [True, False, True]
    assert report["payloads"][1]["index"] == 1
    assert report["payloads"][1]["source"].endswith("tasks.json[1]")


def test_jsonl_reports_line_numbers(tmp_path: Path) -> None:
    lines = [json.dumps(VALID), "", json.dumps(bad(width=1184)), json.dumps(VALID)]
    path = write(tmp_path, "tasks.jsonl", "\n".join(lines) + "\n")
    res = run_cli("validate", path)
    assert res.returncode == 1
    assert f"{path}:3: invalid" in res.stdout
    assert f"{path}:1: valid" in res.stdout and f"{path}:4: valid" in res.stdout
    assert "1 of 3 payloads invalid" in res.stdout


def test_warning_does_not_fail(tmp_path: Path) -> None:
    res = run_cli("validate", write(tmp_path, "w.json", json.dumps(bad(ttl=120, outputType="base64Data"))))
    assert res.returncode == 0, res.stdout
    assert "warning: ttl" in res.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty input"),
        ("   \n\n", "empty input"),
        ("{\"a\": ", "not valid JSON"),
        ("42", "found a number"),
        ("\"text\"", "found a string"),
        ("[]", "empty array"),
        ("{}\n{oops}\n", ":2:"),
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ],
)
def test_unusable_input_exits_2(tmp_path: Path, text: str, expected: str) -> None:
    res = run_cli("validate", write(tmp_path, "in.json", text))
    assert res.returncode == 2
    assert expected in res.stderr
    assert res.stdout == ""


def test_missing_file_and_directory(tmp_path: Path) -> None:
    res = run_cli("validate", str(tmp_path / "nope.json"))
    assert res.returncode == 2 and "cannot read" in res.stderr
    res = run_cli("validate", str(tmp_path))
    assert res.returncode == 2 and "directory" in res.stderr


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bin.json"
    path.write_bytes(b"\xff\xfe{\x00")
    res = run_cli("validate", str(path))
    assert res.returncode == 2 and "not UTF-8" in res.stderr


def test_unknown_model_is_invalid_with_suggestion(tmp_path: Path) -> None:
    res = run_cli("validate", write(tmp_path, "m.json", json.dumps(bad(model="krea:krea@2-medum"))))
    assert res.returncode == 1
    assert "unknown model" in res.stdout and "krea:krea@2-medium" in res.stdout
