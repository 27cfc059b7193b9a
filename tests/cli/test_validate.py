"""``validate``: inputs, exit statuses and output formats, through both entry points
(``python -m generator validate`` and ``python -m runware_bindings validate``, see conftest.py)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import threading
from pathlib import Path

import pytest

from tests.cli.conftest import ValidateCli
from tests.helpers import VALID_KREA

VALID = VALID_KREA


def bad(**changes: object) -> dict[str, object]:
    return {**VALID, **changes}


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_valid_object_exits_0(validate_cli: ValidateCli, tmp_path: Path) -> None:
    res = validate_cli(write(tmp_path, "ok.json", json.dumps(VALID)))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().endswith(": valid")


def test_invalid_object_lists_every_error_and_exits_1(validate_cli: ValidateCli, tmp_path: Path) -> None:
    payload = bad(outputQuality=100, width=1000, outputTyp="URL")
    res = validate_cli(write(tmp_path, "bad.json", json.dumps(payload)))
    assert res.returncode == 1
    out = res.stdout
    assert "invalid (3 errors)" in out
    assert "outputQuality" in out and "99" in out
    assert "1K (1:1)" in out and "1K (9:16)" in out  # the labelled pairs are listed
    assert "outputType" in out  # did-you-mean for the misspelt key


def test_stdin_and_json_format(validate_cli: ValidateCli) -> None:
    res = validate_cli("-", "--format", "json", stdin=json.dumps(bad(numberResults=0)))
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert report["valid"] is False
    [entry] = report["payloads"]
    assert entry["source"] == "<stdin>"
    [error] = entry["errors"]
    assert (error["path"], error["rule"], error["value"]) == ("numberResults", "minimum", 0)


def test_array_of_tasks_reports_indexes(validate_cli: ValidateCli, tmp_path: Path) -> None:
    tasks = [VALID, bad(seed=-1), VALID]
    res = validate_cli("--format", "json", write(tmp_path, "tasks.json", json.dumps(tasks)))
    assert res.returncode == 1
    report = json.loads(res.stdout)
    assert [p["valid"] for p in report["payloads"]] == [True, False, True]
    assert report["payloads"][1]["index"] == 1
    assert report["payloads"][1]["source"].endswith("tasks.json[1]")


def test_jsonl_reports_line_numbers(validate_cli: ValidateCli, tmp_path: Path) -> None:
    lines = [json.dumps(VALID), "", json.dumps(bad(width=1184)), json.dumps(VALID)]
    path = write(tmp_path, "tasks.jsonl", "\n".join(lines) + "\n")
    res = validate_cli(path)
    assert res.returncode == 1
    assert f"{path}:3: invalid" in res.stdout
    assert f"{path}:1: valid" in res.stdout and f"{path}:4: valid" in res.stdout
    assert "1 of 3 payloads invalid" in res.stdout


def test_warning_does_not_fail(validate_cli: ValidateCli, tmp_path: Path) -> None:
    res = validate_cli(write(tmp_path, "w.json", json.dumps(bad(ttl=120, outputType="base64Data"))))
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
        ("[" * 100000 + "]" * 100000, "nested too deeply"),
        # A document over several lines: the error's own line and column, not line 1 (JSONL).
        ('{\n  "a": 1\n  "b": 2\n}\n', "in.json:3:3: not valid JSON: Expecting ',' delimiter"),
        ('[\n  {"a": 1},\n  {"b": }\n]', "in.json:3:9: not valid JSON: Expecting value"),
        ('{\n "a": 1\n}\n{\n "b": 2\n}\n', "in.json:4:1: not valid JSON: Extra data; expected one JSON document"),
        ('{"seed": ' + "9" * 5000 + "}", "in.json:1:10: an integer of 5000 digits is longer than this tool reads"),
        ('{\n "seed": -' + "1" * 4301 + "\n}", "in.json:2:10: an integer of 4301 digits"),
        ('{\n "seed": 1e999999}', "in.json:2:10: the number 1e999999 is too large to read"),
        ('{\n  "a": [1, NaN]}', "in.json:2:12: not valid JSON: NaN is not a JSON number"),
        ('{"a": -Infinity}', "in.json:1:7: not valid JSON: -Infinity is not a JSON number"),
        ('{"a": "x\x00y"}', "in.json:1:9: not valid JSON: a raw control character U+0000 inside a string"),
        ("\x00{}", "in.json:1:1: not valid JSON: Expecting value"),
        ("\x0c", "in.json:1:1: not valid JSON: Expecting value"),
    ],
)
def test_unusable_input_exits_2(validate_cli: ValidateCli, tmp_path: Path, text: str, expected: str) -> None:
    res = validate_cli(write(tmp_path, "in.json", text))
    assert res.returncode == 2
    assert expected in res.stderr
    assert len(res.stderr.splitlines()) == 1 and "Traceback" not in res.stderr
    assert res.stdout == ""


def test_missing_file_and_directory(validate_cli: ValidateCli, tmp_path: Path) -> None:
    res = validate_cli(str(tmp_path / "nope.json"))
    assert res.returncode == 2 and "cannot read" in res.stderr
    res = validate_cli(str(tmp_path))
    assert res.returncode == 2 and "directory" in res.stderr
    res = validate_cli("-", stdin="")
    empty = "error: <stdin>: empty input; expected a JSON object, an array of tasks or JSONL\n"
    assert (res.returncode, res.stderr) == (2, empty)


def test_not_utf8(validate_cli: ValidateCli, tmp_path: Path) -> None:
    path = tmp_path / "bin.json"
    path.write_bytes(b"\xff\xfe{\x00")
    res = validate_cli(str(path))
    assert res.returncode == 2 and "not UTF-8" in res.stderr and "UTF-16 byte order mark" in res.stderr
    path.write_bytes(b'{\n  "positivePrompt": "caf\xe9"\n}')
    res = validate_cli(str(path))
    assert res.returncode == 2
    assert res.stderr == f"error: {path}:2:25: not UTF-8 text (bad byte 0xe9 at column 25)\n"


def test_utf8_byte_order_mark_is_accepted(validate_cli: ValidateCli, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(VALID).encode())
    assert validate_cli(str(path)).returncode == 0
    path.write_bytes(b"\xef\xbb\xbf" + (json.dumps(VALID) + "\n").encode() * 2)
    res = validate_cli(str(path))
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines() == [f"{path}:1: valid", f"{path}:2: valid", "0 of 2 payloads invalid"]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.runtime import payloads

    def refuse(name: str, mode: str = "r") -> None:
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(payloads, "open", refuse, raising=False)
    with pytest.raises(payloads.UnusableInput, match=r"^secret\.json: cannot read: Permission denied$"), \
            payloads.open_source("secret.json"):
        pass


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_file_from_the_shell(validate_cli: ValidateCli, tmp_path: Path) -> None:
    path = tmp_path / "secret.json"
    path.write_text(json.dumps(VALID))
    path.chmod(0)
    res = validate_cli(str(path))
    assert (res.returncode, res.stderr) == (2, f"error: {path}: cannot read: Permission denied\n")


def test_a_fifo_is_read_as_a_stream(validate_cli: ValidateCli, tmp_path: Path) -> None:
    fifo = tmp_path / "tasks.fifo"
    os.mkfifo(fifo)
    proc = validate_cli.popen(str(fifo), stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed() -> None:
        with open(fifo, "w") as writer:  # blocks until the validator opens the other end
            writer.write(json.dumps(VALID) + "\n" + json.dumps(bad(width=5)) + "\n")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    out, err = proc.communicate(timeout=300)
    if writer.is_alive():  # the validator never opened the FIFO: release the writer, then fail
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
    writer.join(timeout=60)
    assert proc.returncode == 1, err
    assert out.splitlines()[0] == f"{fifo}:1: valid" and f"{fifo}:2: invalid (1 error)" in out


def test_closed_stdin_is_a_message(validate_cli: ValidateCli) -> None:
    res = validate_cli.run("-", capture_output=True, text=True, preexec_fn=lambda: os.close(0))
    assert (res.returncode, res.stdout) == (2, "")
    assert res.stderr == ("error: <stdin>: standard input is closed; pipe a payload into `-`, "
                          "or name a file\n")


def test_lone_surrogate_in_json_output_is_escaped(validate_cli: ValidateCli, tmp_path: Path) -> None:
    # \ud800 is a valid JSON escape, but no UTF-8 can encode the lone surrogate it stands for.
    path = write(tmp_path, "s.json", json.dumps(bad(outputType="\ud800x", **{"\udfff": 1})))
    res = validate_cli("--format", "json", path)
    assert res.returncode == 1, res.stderr
    [entry] = json.loads(res.stdout)["payloads"]
    assert {e["path"]: e["value"] for e in entry["errors"]} == {"outputType": "\ud800x", "['\\udfff']": 1}
    res = validate_cli(path)
    assert res.returncode == 1 and "'\\ud800x' is not one of" in res.stdout


def test_numbers_beyond_double_range(validate_cli: ValidateCli, tmp_path: Path) -> None:
    # 1e400 is an integer (JSON Schema: 1e400 == 10**400) far above the seed's maximum, not "inf".
    path = write(tmp_path, "n.json", json.dumps(VALID)[:-1] + ', "seed": 1e400, "numberResults": 2E0}')
    res = validate_cli(path)
    assert res.returncode == 1, res.stderr
    assert "seed: an integer of 401 digits (100000000000...) is not at most 9223372036854775807" in res.stdout
    assert "invalid (1 error)" in res.stdout
    path = write(tmp_path, "n.json", json.dumps(VALID)[:-1] + ', "seed": 1e-400}')
    assert validate_cli(path).returncode == 0  # underflows to 0, a valid seed


def test_jsonl_with_blank_and_unusable_lines_checks_the_others(validate_cli: ValidateCli, tmp_path: Path) -> None:
    lines = [json.dumps(VALID), "", "   ", "{oops}", json.dumps(bad(width=5)), '{"seed": ' + "1" * 5000 + "}",
             "[" * 100_000 + "]" * 100_000, json.dumps(VALID).replace('"a lighthouse', '"a \x00lighthouse'),
             json.dumps(VALID)]
    path = tmp_path / "t.jsonl"
    path.write_bytes("\n".join(lines).encode() + b"\n" + b'{"a": "\xff"}\r\n' + json.dumps(VALID).encode())
    res = validate_cli(str(path))
    assert res.returncode == 2
    assert res.stdout.splitlines() == [
        f"{path}:1: valid",
        f"{path}:5: invalid (1 error)",
        ("  error: (root): width/height 5x1024 is not a supported combination; supported: "
         "1K (1:1): 1024x1024; 1K (4:3): 1184x896; 1K (3:2): 1248x832; 1K (16:9): 1376x768; "
         "1K (2.35:1): 1568x672; 1K (4:5): 928x1152; 1K (2:3): 832x1248; 1K (9:16): 768x1376"),
        f"{path}:9: valid",
        f"{path}:11: valid",
        "1 of 4 payloads invalid, 5 lines unusable",
    ]
    assert res.stderr.splitlines() == [
        (f"error: {path}:4:2: not valid JSON: Expecting property name enclosed in double quotes "
         "(input read as JSON Lines: one payload per line)"),
        f"error: {path}:6:10: an integer of 5000 digits is longer than this tool reads (at most 4300 digits)",
        f"error: {path}:7: nested too deeply to read",
        (f"error: {path}:8:{lines[7].index(chr(0)) + 1}: not valid JSON: a raw control character U+0000 "
         "inside a string (escape it as \\u0000) (input read as JSON Lines: one payload per line)"),
        f"error: {path}:10:8: not UTF-8 text (bad byte 0xff at column 8)",
    ]
    report = json.loads(validate_cli("--format", "json", str(path)).stdout)
    assert report["summary"] == {"payloads": 4, "invalid": 1, "unusable": 5} and report["valid"] is False
    assert [(p["line"], p["valid"], "unusable" in p) for p in report["payloads"]] == [
        (1, True, False), (4, False, True), (5, False, False), (6, False, True), (7, False, True),
        (8, False, True), (9, True, False), (10, False, True), (11, True, False)]


def test_quiet_reports_only_invalid_payloads_and_a_summary(validate_cli: ValidateCli, tmp_path: Path) -> None:
    lines = [json.dumps(VALID)] * 3 + [json.dumps(bad(seed=-1, ttl=120, outputType="base64Data"))] \
        + [json.dumps(bad(ttl=120, outputType="base64Data"))]
    path = write(tmp_path, "t.jsonl", "\n".join(lines) + "\n")
    res = validate_cli("--quiet", path)
    assert res.returncode == 1
    assert res.stdout.splitlines() == [
        f"{path}:4: invalid (1 error)",
        "  error: seed: -1 is not at least 0 (allowed: [0, 9223372036854775807])",
        "1 of 5 payloads invalid",
    ]
    res = validate_cli("-q", write(tmp_path, "ok.json", json.dumps(VALID)))
    assert (res.returncode, res.stdout) == (0, "0 of 1 payload invalid\n")
    report = json.loads(validate_cli("-q", "--format", "json", path).stdout)
    assert [p["line"] for p in report["payloads"]] == [4]
    assert report["payloads"][0]["warnings"] == []
    assert report["summary"] == {"payloads": 5, "invalid": 1, "unusable": 0}


@pytest.mark.parametrize("quiet", [False, True])
def test_json_report_is_streamed_exactly_as_one_document(validate_cli: ValidateCli, tmp_path: Path, quiet: bool) -> None:
    lines = [json.dumps(VALID), json.dumps(bad(width=5, outputTyp="x")), "{", json.dumps(VALID)]
    path = write(tmp_path, "t.jsonl", "\n".join(lines))
    out = validate_cli("--format", "json", *(["-q"] if quiet else []), path).stdout
    doc = json.loads(out)
    assert out == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    assert list(doc) == ["payloads", "summary", "valid"]
    out = validate_cli("--format", "json", "-q", write(tmp_path, "ok.json", json.dumps(VALID))).stdout
    assert json.loads(out) == {"payloads": [], "summary": {"payloads": 1, "invalid": 0, "unusable": 0},
                               "valid": True}
    assert out == json.dumps(json.loads(out), indent=2) + "\n"


class _Tracked(io.BytesIO):
    """A stream that records how far it has been read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.furthest = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.furthest = max(self.furthest, self.tell())
        return line

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return data


def test_jsonl_is_streamed_whatever_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.runtime import payloads

    monkeypatch.setattr(payloads, "MAX_BYTES", 4096)
    monkeypatch.setattr(payloads, "MAX_LINE_BYTES", 1024)
    line = (json.dumps(VALID) + "\n").encode()
    huge = json.dumps({**VALID, "positivePrompt": "x" * 5000}).encode() + b"\n"
    data = line * 100 + huge + line * 100  # 25 times the cap for one document
    stream = _Tracked(data)
    seen = 0
    for item in payloads.read_payloads("big.jsonl", stream):
        seen += 1
        # Never more than the line after the current one has been read: memory stays bounded.
        limit = (len(line) * (seen + 1)) if seen <= 100 else len(line) * (seen + 1) + len(huge)
        assert stream.furthest <= limit, (seen, stream.furthest)
        if seen == 101:
            assert isinstance(item, payloads.Unusable) and item.source == "big.jsonl:101"
            assert "longer than" in item.message
        else:
            assert isinstance(item, payloads.Payload) and item.value == VALID
    assert seen == 201
    one_document = b"[\n" + b",\n".join(line.strip() for _ in range(100)) + b"\n]"
    with pytest.raises(payloads.UnusableInput, match="larger than 4096 bytes, the limit for one JSON document"):
        list(payloads.read_payloads("big.json", _Tracked(one_document)))


def test_read_error_midway_keeps_what_was_read() -> None:
    from generator.runtime import payloads

    class Failing(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            if self.tell() > 0 and self.tell() >= len(self.getvalue()) // 2:
                raise OSError(5, "Input/output error")
            return super().readline(size)

    line = (json.dumps(VALID) + "\n").encode()
    items = list(payloads.read_payloads("t.jsonl", Failing(line * 4)))
    assert [type(i).__name__ for i in items] == ["Payload", "Payload", "Unusable"]
    assert items[-1] == payloads.Unusable("t.jsonl", "cannot read after line 2: Input/output error")

    class Broken(io.BytesIO):
        def readline(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    with pytest.raises(payloads.UnusableInput, match="^t.json: cannot read: Input/output error$"):
        list(payloads.read_payloads("t.json", Broken(b"")))


def test_unknown_model_is_invalid_with_suggestion(validate_cli: ValidateCli, tmp_path: Path) -> None:
    res = validate_cli(write(tmp_path, "m.json", json.dumps(bad(model="krea:krea@2-medum"))))
    assert res.returncode == 1
    assert "unknown model" in res.stdout and "krea:krea@2-medium" in res.stdout
