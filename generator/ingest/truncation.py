"""Notices a page that stops early: what a complete page has and this one lacks, and where it stops."""

from __future__ import annotations

from dataclasses import dataclass

from .page import Block, Page

REQUIRED_SECTIONS = ("Request Parameters", "Response Parameters")


@dataclass
class Truncation:
    line: int
    missing: list[str]

    def describe(self) -> str:
        return f"the page stops at line {self.line}; incomplete: {'; '.join(self.missing)}"


def check(page: Page) -> Truncation | None:
    missing: list[str] = []
    sections = [b.inline.text for b in page.blocks if b.kind == "heading" and b.level == 2 and b.inline]
    for name in REQUIRED_SECTIONS:
        if name not in sections:
            missing.append(f"no '## {name}' section")
    last = page.blocks[-1] if page.blocks else None
    if last is not None:
        if last.kind == "fence" and last.level == -1:
            missing.append(f"code block opened on line {last.line} is never closed")
        if last.kind == "table" and last.level == -1:
            missing.append(f"table cut mid-row (line {last.end_line})")
        if last.kind == "heading" and last.level >= 3:
            missing.append(f"parameter '{last.inline.text if last.inline else ''}' has no attributes")
    cut_mid_line = not page.text.endswith("\n") and bool(missing)
    if cut_mid_line:
        tail = page.text.rsplit("\n", 1)[-1]
        missing.append(f"last line ends mid-text: {tail[-40:]!r}")
    if not missing:
        return None
    return Truncation(page.text.count("\n") + 1, missing)


def last_block(blocks: list[Block]) -> Block | None:
    return blocks[-1] if blocks else None
