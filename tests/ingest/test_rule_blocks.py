"""Every paragraph, sentence, list item and table of ``## Compatibility & Validation`` becomes a
rule or a reported ``x-unmapped-rules`` entry, however the blocks between ``---`` are filled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.ingest import ingest_text
from tests.helpers import SPEC

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "minimal.md"
FIRST_RULE = "`width` and `height` must be used together.\n"
TABLE = ("| Configuration | Dimensions |\n| --- | --- |\n| `1K (1:1)` | `1024x1024` |\n"
         "| `1K (4:3)` | `1184x896` |\n")


def ingest_rules(first_block: str) -> tuple[dict[str, Any], list[dict[str, Any]], list[str], str]:
    """The minimal page with its first rule block replaced: (rules by id, unmapped, warnings, page)."""
    text = PAGE.read_text()
    assert text.count(FIRST_RULE) == 1
    page = text.replace(FIRST_RULE, first_block)
    result = ingest_text(page, module="tiny", platform_dir=SPEC / "platform")
    request = result.spec["request"]
    return ({e["x-rule"]: e for e in request.get("allOf", [])}, request.get("x-unmapped-rules", []),
            result.warnings, page)


def line_of(page: str, needle: str) -> int:
    return next(n for n, line in enumerate(page.splitlines(), 1) if needle in line)


def test_a_second_paragraph_in_a_block_is_a_rule() -> None:
    rules, unmapped, _, _ = ingest_rules(FIRST_RULE + "\n`steps` cannot be used with `style`.\n")
    assert rules["paired-dimensions"]["dependentRequired"] == {"width": ["height"], "height": ["width"]}
    assert rules["exclusive-steps-style"]["not"] == {"required": ["steps", "style"]}
    assert rules["exclusive-steps-style"]["x-source"] == "steps cannot be used with style."
    assert [u["text"] for u in unmapped] == ["Images are best under 4 MB."]


def test_a_second_sentence_in_a_paragraph_is_a_rule() -> None:
    rules, unmapped, _, _ = ingest_rules("`width` and `height` must be used together. `steps` cannot be used\n"
                                         "with `style`.\n")
    assert rules["paired-dimensions"]["x-source"] == "width and height must be used together."
    assert rules["exclusive-steps-style"]["x-source"] == "steps cannot be used with style."
    assert len(unmapped) == 1


def test_a_sentence_no_template_matches_beside_one_that_does_is_kept() -> None:
    rules, unmapped, warnings, page = ingest_rules(
        "`width` and `height` must be used together. Both should be even. Really.\n")
    assert "paired-dimensions" in rules
    line = line_of(page, "Both should be even")
    assert {"text": "Both should be even. Really.", "line": line} in unmapped
    assert any(f"line {line}: rule not understood" in w and "Both should be even" in w for w in warnings)


def test_a_table_after_the_first_rule_in_the_same_block_is_reported() -> None:
    rules, unmapped, warnings, page = ingest_rules(FIRST_RULE + "\n" + TABLE)
    assert set(rules) == {"paired-dimensions", "exclusive-style-width-height", "when-inputs-mask"}
    line = line_of(page, "| Configuration | Dimensions |")
    [entry] = [u for u in unmapped if u["line"] == line]
    assert entry["text"].startswith("| Configuration | Dimensions |\n") and "1184x896" in entry["text"]
    assert any(f"line {line}: table no sentence introduces" in w for w in warnings)


def test_a_table_introduced_in_a_later_paragraph_of_the_block_is_read() -> None:
    rules, unmapped, _, _ = ingest_rules(FIRST_RULE + "\nThe following dimension combinations are supported:\n\n"
                                         + TABLE)
    assert [b["title"] for b in rules["dimensions"]["then"]["oneOf"]] == ["1K (1:1)", "1K (4:3)"]
    assert "paired-dimensions" in rules
    assert [u["text"] for u in unmapped] == ["Images are best under 4 MB."]


def test_list_items_and_code_blocks() -> None:
    rules, unmapped, warnings, page = ingest_rules(
        "- `steps` cannot be used with `style`.\n- Keep prompts short.\n\n```\nwidth * height <= 2^22\n```\n")
    assert "exclusive-steps-style" in rules
    assert {"text": "Keep prompts short.", "line": line_of(page, "Keep prompts short")} in unmapped
    assert {"text": "width * height <= 2^22", "line": line_of(page, "```")} in unmapped
    assert any("code block not read as a rule" in w for w in warnings)


def test_nothing_in_the_section_is_dropped() -> None:
    """Each piece of content in the section is a rule source or an unmapped text, exactly once."""
    block = (FIRST_RULE + "\n`steps` cannot be used with `style`. Odd sizes are slow.\n\n" + TABLE
             + "\n- When `inputs.mask` is provided, `inputs.image` is required.\n")
    rules, unmapped, _, _ = ingest_rules(block)
    mask = "When inputs.mask is provided, inputs.image is required."
    assert sorted(e["x-source"] for e in rules.values()) == sorted([
        "width and height must be used together.", "steps cannot be used with style.",
        "style cannot be used with width/height.", mask, mask])
    assert set(rules) >= {"when-inputs-mask", "when-inputs-mask-2"}
    assert sorted(u["text"].split("\n")[0] for u in unmapped) == [
        "Images are best under 4 MB.", "Odd sizes are slow.", "| Configuration | Dimensions |"]
