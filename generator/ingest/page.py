"""A docs page as a list of blocks, parsed with markdown-it-py (CommonMark + tables).

Blocks keep their 1-based source line, so every later error can say where it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .errors import PageError


@dataclass
class Inline:
    """Inline content: the plain text, the code spans, and bold ``**key**: value`` pairs."""

    text: str
    codes: list[str]
    strong: list[str]
    href: str | None
    tokens: list[Token] = field(repr=False, default_factory=list)
    markdown: str = ""  # the source text, code spans and escapes as written
    line: int = 0  # 1-based line where it starts (0: unknown)

    def bold_pair(self) -> tuple[str, str, list[str]] | None:
        """``**Key**: value`` -> (key, the text after the colon, its code spans)."""
        kids = [t for t in self.tokens if not (t.type == "text" and not t.content)]
        if len(kids) >= 3 and kids[0].type == "strong_open" and kids[2].type == "strong_close":
            key = kids[1].content
            rest = kids[3:]
            raw = "".join(t.content if t.type in ("text", "code_inline") else "" for t in rest)
            if raw.startswith(":"):
                return key, raw[1:].strip(), [t.content for t in rest if t.type == "code_inline"]
        return None


@dataclass
class Block:
    kind: str  # heading, paragraph, list, table, hr, fence, quote
    line: int
    level: int = 0
    inline: Inline | None = None
    items: list[Inline] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    end_line: int = 0


@dataclass
class Page:
    front: dict[str, Any]
    blocks: list[Block]
    text: str
    lines: int


def _inline(tok: Token) -> Inline:
    kids = tok.children or []
    text = "".join(k.content if k.type in ("text", "code_inline") else (" " if k.type == "softbreak" else "")
                   for k in kids)
    href = next((k.attrGet("href") for k in kids if k.type == "link_open"), None)
    strong = []
    for i, k in enumerate(kids):
        if k.type == "strong_open" and i + 1 < len(kids):
            strong.append(kids[i + 1].content)
    return Inline(text.strip(), [k.content for k in kids if k.type == "code_inline"], strong,
                  str(href) if href else None, kids, tok.content, tok.map[0] + 1 if tok.map else 0)


def front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """(the front matter's keys, the text with it blanked, the line after it); PageError if malformed."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() == "---":
        for j in range(i + 1, len(lines)):
            if lines[j].strip() == "---":
                raw = "\n".join(lines[i + 1:j])
                front: dict[str, Any] = {}
                for n, line in enumerate(raw.split("\n"), start=i + 2):
                    if not line.strip():
                        continue
                    key, sep, value = line.partition(":")
                    if not sep:
                        raise PageError(n, f"front matter line is not 'key: value': {line!r}")
                    front[key.strip()] = value.strip()
                blanked = "\n" * (j + 1) + "\n".join(lines[j + 1:])
                return front, blanked, j + 1
        raise PageError(i + 1, "front matter starts with '---' but never ends")
    return {}, text, 0


def parse_page(text: str) -> Page:
    front, body, _ = front_matter(text)
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(body)
    blocks: list[Block] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] + 1) if tok.map else 0
        end = tok.map[1] if tok.map else 0
        if tok.type == "heading_open":
            blocks.append(Block("heading", line, level=int(tok.tag[1]), inline=_inline(tokens[i + 1]), end_line=end))
            i += 3
        elif tok.type == "paragraph_open":
            blocks.append(Block("paragraph", line, inline=_inline(tokens[i + 1]), end_line=end))
            i += 3
        elif tok.type == "bullet_list_open":
            depth, j, items = 1, i + 1, []
            while j < len(tokens) and depth:
                t = tokens[j]
                if t.type == "bullet_list_open":
                    depth += 1
                elif t.type == "bullet_list_close":
                    depth -= 1
                elif t.type == "inline" and depth == 1:
                    items.append(_inline(t))
                j += 1
            blocks.append(Block("list", line, items=items, end_line=end))
            i = j
        elif tok.type == "table_open":
            j = i + 1
            rows: list[list[str]] = []
            row: list[str] = []
            while j < len(tokens) and tokens[j].type != "table_close":
                t = tokens[j]
                if t.type == "tr_open":
                    row = []
                elif t.type == "inline":
                    row.append(t.content.strip())
                elif t.type == "tr_close":
                    rows.append(row)
                j += 1
            last_source = body.split("\n")[end - 1] if end else "|"
            # GFM pads short rows, so a row cut mid-way shows only in the source line.
            blocks.append(Block("table", line, rows=rows, end_line=end,
                                level=0 if last_source.rstrip().endswith("|") else -1))
            i = j + 1
        elif tok.type == "hr":
            blocks.append(Block("hr", line, end_line=end))
            i += 1
        elif tok.type in ("fence", "code_block"):
            closed = body.split("\n")[end - 1].strip().startswith(("```", "~~~")) if end else True
            blocks.append(Block("fence", line, inline=Inline(tok.content, [], [], None), end_line=end,
                                level=0 if closed or tok.type == "code_block" else -1))
            i += 1
        else:
            i += 1
    return Page(front, blocks, text, text.count("\n") + 1)
