"""Reads task payloads for ``validate``: one JSON object, a JSON array of tasks, or JSON Lines.

The first non-blank line decides how the input is read. When it is a JSON value on its own and more
lines follow, the input is JSON Lines: streamed line by line, so a file of any size is read in
bounded memory (each line at most ``MAX_LINE_BYTES``), and a line that cannot be read is reported
as an ``Unusable`` item while the other lines are still validated. Otherwise the input is one JSON
document (an object or an array of tasks), read whole up to ``MAX_BYTES``, and a syntax error is
reported at its real line and column.

Input that cannot be read at all raises ``UnusableInput`` before any item is produced, with a
message naming where (file, line, column) and what; the caller turns it into exit status 2.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import BinaryIO

MAX_BYTES = 64 * 1024 * 1024
MAX_LINE_BYTES = MAX_BYTES
_JSON_SPACE = b" \t\r\n"
_UTF8_BOM = b"\xef\xbb\xbf"


class UnusableInput(Exception):
    pass


@dataclass(frozen=True)
class Payload:
    source: str  # e.g. "task.json", "tasks.json[2]", "tasks.jsonl:5"
    value: object
    line: int | None = None
    index: int | None = None


@dataclass(frozen=True)
class Unusable:
    """A JSON Lines line (or the rest of a stream) that could not be read; the others still count."""

    source: str  # e.g. "tasks.jsonl:5:17"
    message: str
    line: int | None = None


Item = Payload | Unusable


@contextmanager
def open_source(name: str) -> Iterator[tuple[str, BinaryIO]]:
    """(label, binary stream) of a path, or of standard input for ``-``."""
    if name == "-":
        stdin = sys.stdin
        if stdin is None:  # started with standard input closed (`<&-`)
            raise UnusableInput("<stdin>: standard input is closed; pipe a payload into `-`, or name a file")
        yield "<stdin>", stdin.buffer
        return
    try:
        stream = open(name, "rb")  # noqa: SIM115 - closed below, after the caller is done
    except IsADirectoryError:
        raise UnusableInput(f"{name}: is a directory, expected a JSON or JSONL file") from None
    except OSError as exc:
        raise UnusableInput(f"{name}: cannot read: {exc.strerror or exc}") from None
    with stream:
        yield name, stream


def read_payloads(label: str, stream: BinaryIO) -> Iterator[Item]:
    """The payloads of an input, in order. Raises ``UnusableInput`` only before the first item."""
    try:
        yield from _read(label, stream)
    except _ReadError as exc:  # before the first item (later ones become an Unusable item)
        raise UnusableInput(f"{label}: {exc}") from None


def _read(label: str, stream: BinaryIO) -> Iterator[Item]:
    lines = _lines(stream)
    prefix: list[bytes] = []
    head: tuple[int, bytes] | None = None
    for lineno, raw in lines:
        if raw is None:
            raise UnusableInput(f"{label}:{lineno}: a line longer than {_size(MAX_LINE_BYTES)}; "
                                "refusing to read it")
        if lineno == 1:
            raw = _strip_bom(label, raw)
        prefix.append(raw)
        if raw.strip(_JSON_SPACE):
            head = (lineno, raw)
            break
    if head is None:
        raise UnusableInput(f"{label}: empty input; expected a JSON object, an array of tasks or JSONL")
    head_line, head_raw = head
    head_text = _decode(label, head_raw, head_line, whole=True)
    try:
        head_value = _Parser(head_text).parse()
    except json.JSONDecodeError:
        # Not a value on its own line: the input is one JSON document spread over several lines.
        yield from _document(label, b"".join(prefix) + _read_rest(label, stream, sum(map(len, prefix))))
        return
    except RecursionError:
        raise UnusableInput(f"{label}:{head_line}: nested too deeply to read") from None
    except _NumberProblem as exc:
        head_value = exc
    following = _next_content(lines)
    if following is None:  # one value, blank lines around it: a JSON document, not JSON Lines
        if isinstance(head_value, _NumberProblem):
            raise UnusableInput(f"{label}:{head_line}:{head_value.column}: {head_value}") from None
        yield from _expand(label, head_value)
        return
    yield _line_item(label, head_line, head_value)
    yield _jsonl_item(label, *following)
    try:
        for lineno, raw in lines:
            if raw is None or raw.strip(_JSON_SPACE):
                yield _jsonl_item(label, lineno, raw)
    except _ReadError as exc:  # the items so far stand; say where reading stopped
        yield Unusable(label, str(exc))


class _ReadError(Exception):
    pass


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes with the newline) per line; None for a line over MAX_LINE_BYTES."""
    lineno = 0
    while True:
        try:
            chunk = stream.readline(MAX_LINE_BYTES + 1)
            if not chunk:
                return
            lineno += 1
            if len(chunk) <= MAX_LINE_BYTES or chunk.endswith(b"\n"):
                yield lineno, chunk
                continue
            while True:  # skip the rest of an overlong line without holding it
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
        except OSError as exc:
            after = f" after line {lineno}" if lineno else ""
            raise _ReadError(f"cannot read{after}: {exc.strerror or exc}") from None
        yield lineno, None


def _next_content(lines: Iterator[tuple[int, bytes | None]]) -> tuple[int, bytes | None] | None:
    for lineno, raw in lines:
        if raw is None or raw.strip(_JSON_SPACE):
            return lineno, raw
    return None


def _read_rest(label: str, stream: BinaryIO, have: int) -> bytes:
    try:
        rest = stream.read(MAX_BYTES + 1 - have) if have <= MAX_BYTES else b""
    except OSError as exc:
        raise UnusableInput(f"{label}: cannot read: {exc.strerror or exc}") from None
    if have + len(rest) > MAX_BYTES:
        raise UnusableInput(
            f"{label}: larger than {_size(MAX_BYTES)}, the limit for one JSON document; refusing to read it "
            "(JSON Lines, one payload per line, may be of any size)")
    return rest


def _strip_bom(label: str, raw: bytes) -> bytes:
    if raw.startswith(_UTF8_BOM):
        return raw[len(_UTF8_BOM):]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnusableInput(f"{label}: not UTF-8 text (it starts with a UTF-16 byte order mark); "
                            "save it as UTF-8")
    return raw


def _decode(label: str, raw: bytes, first_line: int, *, whole: bool) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = first_line + before.count(b"\n")
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        what = f"not UTF-8 text (bad byte 0x{raw[exc.start]:02x} at column {column})"
        if whole:
            raise UnusableInput(f"{label}:{line}:{column}: {what}") from None
        raise _LineProblem(column, what) from None


class _LineProblem(Exception):
    def __init__(self, column: int, message: str) -> None:
        super().__init__(message)
        self.column = column


def read_json(label: str, data: bytes) -> object:
    """One JSON document, read exactly (numbers as :class:`_Parser` says), or ``UnusableInput``
    naming ``label`` with the line and column of the problem."""
    text = _decode(label, _strip_bom(label, data), 1, whole=True)
    try:
        return _Parser(text).parse()
    except json.JSONDecodeError as exc:
        raise UnusableInput(f"{label}:{exc.lineno}:{exc.colno}: not valid JSON: {_syntax(exc)}") from None
    except RecursionError:
        raise UnusableInput(f"{label}: nested too deeply to read") from None
    except _NumberProblem as exc:
        raise UnusableInput(f"{label}:{exc.line}:{exc.column}: {exc}") from None


def _document(label: str, data: bytes) -> Iterator[Item]:
    text = _decode(label, data, 1, whole=True)
    try:
        value = _Parser(text).parse()
    except json.JSONDecodeError as exc:
        hint = ("; expected one JSON document (JSON Lines put each payload on a line of its own)"
                if exc.msg == "Extra data" else "")
        raise UnusableInput(f"{label}:{exc.lineno}:{exc.colno}: not valid JSON: {_syntax(exc)}{hint}") from None
    except RecursionError:
        raise UnusableInput(f"{label}: nested too deeply to read") from None
    except _NumberProblem as exc:
        raise UnusableInput(f"{label}:{exc.line}:{exc.column}: {exc}") from None
    yield from _expand(label, value)


def _expand(label: str, whole: object) -> Iterator[Item]:
    if isinstance(whole, dict):
        yield Payload(label, whole)
        return
    if isinstance(whole, list):
        if not whole:
            raise UnusableInput(f"{label}: an empty array holds no tasks")
        for i, item in enumerate(whole):
            yield Payload(f"{label}[{i}]", item, index=i)
        return
    raise UnusableInput(
        f"{label}: expected a JSON object, an array of task objects or JSON Lines; found {_kind(whole)}"
    )


_JSONL_NOTE = " (input read as JSON Lines: one payload per line)"


def _line_item(label: str, lineno: int, value: object) -> Item:
    if isinstance(value, _NumberProblem):
        return Unusable(f"{label}:{lineno}:{value.column}", str(value), lineno)
    return Payload(f"{label}:{lineno}", value, line=lineno)


def _jsonl_item(label: str, lineno: int, raw: bytes | None) -> Item:
    if raw is None:
        return Unusable(f"{label}:{lineno}", f"a line longer than {_size(MAX_LINE_BYTES)}; skipped", lineno)
    try:
        value: object = _Parser(_decode(label, raw, lineno, whole=False)).parse()
    except _LineProblem as exc:
        return Unusable(f"{label}:{lineno}:{exc.column}", str(exc), lineno)
    except json.JSONDecodeError as exc:
        return Unusable(f"{label}:{lineno}:{exc.colno}", f"not valid JSON: {_syntax(exc)}{_JSONL_NOTE}",
                        lineno)
    except RecursionError:
        return Unusable(f"{label}:{lineno}", "nested too deeply to read", lineno)
    except _NumberProblem as exc:
        value = exc
    return _line_item(label, lineno, value)


def _syntax(exc: json.JSONDecodeError) -> str:
    if exc.msg == "Invalid control character at" and exc.pos < len(exc.doc):
        code = ord(exc.doc[exc.pos])
        return f"a raw control character U+{code:04X} inside a string (escape it as \\u{code:04x})"
    return exc.msg


class _NumberProblem(Exception):
    """A well-formed JSON number this tool cannot read exactly, or a NaN / Infinity literal."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


# Strings, numbers and the non-JSON constants json.loads accepts, in document order: used to find
# where a number the parser could not read is (only after a parse succeeded, so strings align).
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|NaN|-?Infinity')


def _digits_limit() -> int:
    return sys.get_int_max_str_digits() or 4300


class _Parser:
    """``json.loads`` that reads every JSON number exactly or says where and why it cannot.

    Integers are read as ``int`` up to the interpreter's digit limit (longer ones make ``int()``
    quadratic, which is why Python refuses them). A number beyond the double range that is an
    integer (``1e400``: JSON Schema counts it as one) becomes the exact ``int``; anything else out
    of range, and the ``NaN`` / ``Infinity`` literals JSON does not have, is a ``_NumberProblem``.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.problem: tuple[str, str] | None = None  # (token, message), the first one met

    def parse(self) -> object:
        try:
            value = json.loads(self.text, parse_float=self._float, parse_constant=self._constant)
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer over the digit limit: parse again, noting which one
            value = json.loads(self.text, parse_int=self._int, parse_float=self._float,
                               parse_constant=self._constant)
        if self.problem is not None:
            token, message = self.problem
            line, column = self._locate(token)
            raise _NumberProblem(message, line, column)
        return value

    def _note(self, token: str, message: str) -> None:
        if self.problem is None:
            self.problem = (token, message)

    def _int(self, token: str) -> int:
        try:
            return int(token)
        except ValueError:
            digits = len(token.lstrip("-"))
            self._note(token, f"an integer of {digits} digits is longer than this tool reads "
                              f"(at most {sys.get_int_max_str_digits()} digits)")
            return 0

    def _float(self, token: str) -> float | int:
        value = float(token)
        if value not in (float("inf"), float("-inf")):
            return value
        exact = Decimal(token)
        if exact == exact.to_integral_value() and exact.adjusted() < _digits_limit():
            return int(exact)
        shown = token if len(token) <= 40 else token[:40] + "..."
        self._note(token, f"the number {shown} is too large to read: beyond the double range "
                          f"(about 1.8e308) and not an integer of at most {_digits_limit()} digits")
        return 0

    def _constant(self, token: str) -> None:
        self._note(token, f"not valid JSON: {token} is not a JSON number")

    def _locate(self, token: str) -> tuple[int, int]:
        text = self.text
        for match in _TOKEN.finditer(text):
            if match.group() == token:
                pos = match.start()
                return text.count("\n", 0, pos) + 1, pos - (text.rfind("\n", 0, pos) + 1) + 1
        return 1, 1  # unreachable: the parser met the token in this text


def _size(n: int) -> str:
    mib = 1024 * 1024
    return f"{n // mib} MiB" if n >= mib and not n % mib else f"{n} bytes"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__
