"""Change kinds as data: a stable id, a level, and a message template each.

Direction decides the level: a request constraint that tightens breaks callers (payloads that were
valid are now rejected); a response guarantee that loosens breaks readers (fields they relied on
may be missing or different).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LEVELS = ("info", "warning", "breaking")

RULES: dict[str, tuple[str, str]] = {
    "model-id-changed": ("breaking", "the model id changed from {old!r} to {new!r}"),
    "request-property-removed": ("breaking", "{path} was removed: payloads that send it are now rejected"),
    "request-property-added": ("info", "{path} was added (optional)"),
    "new-required-request-property": ("breaking", "{path} was added and is required"),
    "request-property-became-required": ("breaking", "{path} is now required"),
    "request-property-became-optional": ("info", "{path} is no longer required"),
    "request-property-type-changed": ("breaking", "{path} changed type from {old} to {new}"),
    "request-property-max-decreased": ("breaking", "{path}: {keyword} decreased from {old!r} to {new!r}"),
    "request-property-max-increased": ("info", "{path}: {keyword} increased from {old!r} to {new!r}"),
    "request-property-max-added": ("breaking", "{path}: new {keyword} {new!r}"),
    "request-property-max-removed": ("info", "{path}: {keyword} {old!r} removed"),
    "request-property-min-increased": ("breaking", "{path}: {keyword} increased from {old!r} to {new!r}"),
    "request-property-min-decreased": ("info", "{path}: {keyword} decreased from {old!r} to {new!r}"),
    "request-property-min-added": ("breaking", "{path}: new {keyword} {new!r}"),
    "request-property-min-removed": ("info", "{path}: {keyword} {old!r} removed"),
    "request-enum-value-removed": ("breaking", "{path}: value {old!r} is no longer allowed"),
    "request-enum-value-added": ("info", "{path}: value {new!r} is now allowed"),
    "request-const-changed": ("breaking", "{path}: must now be {new!r} (was {old!r})"),
    "request-default-changed": ("warning", "{path}: default changed from {old!r} to {new!r}"),
    "request-format-changed": ("warning", "{path}: format changed from {old!r} to {new!r}"),
    "request-pattern-changed": ("warning", "{path}: pattern changed from {old!r} to {new!r}"),
    "request-multiple-of-changed": ("breaking", "{path}: multipleOf changed from {old!r} to {new!r}"),
    "request-dimension-pair-removed": ("breaking", "dimension pair {old} is no longer supported"),
    "request-dimension-pair-added": ("info", "dimension pair {new} is now supported"),
    "request-rule-added": ("breaking", "new rule {new!r}"),
    "request-rule-removed": ("info", "rule {old!r} was removed"),
    "request-advisory-added": ("info", "new advisory {new!r}"),
    "request-advisory-removed": ("info", "advisory {old!r} was removed"),
    "response-property-removed": ("breaking", "{path} was removed from results"),
    "response-property-added": ("info", "{path} was added to results"),
    "response-property-became-optional": ("breaking", "{path} may now be missing from results"),
    "response-property-became-required": ("info", "{path} is now always present in results"),
    "response-property-type-changed": ("breaking", "{path} changed type from {old} to {new}"),
    "response-enum-value-added": ("warning", "{path}: results may now carry {new!r}"),
    "response-enum-value-removed": ("info", "{path}: results no longer carry {old!r}"),
}


@dataclass(frozen=True)
class Change:
    rule: str
    path: str
    old: Any = None
    new: Any = None
    keyword: str = ""

    @property
    def level(self) -> str:
        return RULES[self.rule][0]

    @property
    def message(self) -> str:
        return RULES[self.rule][1].format(path=self.path or "(root)", old=self.old, new=self.new,
                                          keyword=self.keyword)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.rule, "level": self.level, "path": self.path, "message": self.message,
                "old": self.old, "new": self.new}
