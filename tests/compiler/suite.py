"""The official JSON-Schema-Test-Suite (draft 2020-12) as data: shared by the conformance test and
``tests/bench/bench_compiler.py``, which runs the same cases through other libraries.

Required files assume ``format`` is an annotation; ``optional/format/`` assumes it is an
assertion. ``http://localhost:1234/`` is the suite's remote server, served here from ``remotes/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers import SHARED

SUITE = SHARED / "jsts"
DRAFT = SUITE / "draft2020-12"
REMOTES = SUITE / "remotes"
REMOTE_BASE = "http://localhost:1234/"

# Where this compiler knowingly differs from the suite, each with its reason. The conformance
# test asserts each one still happens (so a fix shows up as a test to update, not silently).
DEVIATIONS: dict[tuple[str, str, str], str] = {
    ("optional/cross-draft.json", "refs to historic drafts are processed as historic drafts",
     "first item not a string is valid"):
        "refused: the $ref reaches a document declaring draft 2019-09, and only 2020-12 documents "
        "are compiled (exit 2 naming its $schema) rather than run with another draft's rules",
}


@dataclass(frozen=True)
class Group:
    file: str  # relative to draft2020-12/
    index: int
    description: str
    schema: Any
    tests: tuple[tuple[str, Any, bool], ...]  # (description, data, valid)

    @property
    def formats(self) -> str:
        return "assert" if self.file.startswith("optional/format/") else "annotate"

    @property
    def kind(self) -> str:
        """required / refRemote / optional / optional-format (the conformance table's rows)."""
        if self.file == "refRemote.json":
            return "refRemote"
        if self.file.startswith("optional/format/"):
            return "optional-format"
        return "optional" if self.file.startswith("optional/") else "required"


def groups() -> list[Group]:
    if not DRAFT.is_dir():
        return []
    files = sorted(DRAFT.glob("*.json")) + sorted(DRAFT.glob("optional/*.json")) + \
        sorted(DRAFT.glob("optional/format/*.json"))
    out = []
    for path in files:
        rel = path.relative_to(DRAFT).as_posix()
        for i, g in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            tests = tuple((t["description"], t["data"], t["valid"]) for t in g["tests"])
            out.append(Group(rel, i, g["description"], g["schema"], tests))
    return out


def remote(uri: str) -> Any:
    """The document the suite's remote server would return for ``uri``."""
    if not uri.startswith(REMOTE_BASE):
        raise LookupError(uri)
    path: Path = REMOTES / uri[len(REMOTE_BASE):]
    return json.loads(path.read_text(encoding="utf-8"))
