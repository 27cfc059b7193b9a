"""Change kinds as data: a stable id, a level, and a message template each.

Direction decides the level: a request constraint that tightens breaks callers (payloads that were
valid are now rejected); a response guarantee that loosens breaks readers (fields they relied on
may be missing or different). A keyword that appears or disappears has its own id (``-added``,
``-removed``), judged the same way: a new ``multipleOf`` tightens, a removed one loosens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LEVELS = ("info", "warning", "breaking")

RULES: dict[str, tuple[str, str]] = {
    "model-id-changed": ("breaking", "the model id changed from {old!r} to {new!r}"),
    # Between two catalogues (``update``): the path is the model id.
    "model-added": ("info", "new model {path}"),
    "model-removed": ("breaking", "model {path} is no longer in the catalogue: calls to it will fail"),
    "request-property-removed": ("breaking", "{path} was removed: payloads that send it are now rejected"),
    "request-property-added": ("info", "{path} was added (optional)"),
    "new-required-request-property": ("breaking", "{path} was added and is required"),
    "request-property-became-required": ("breaking", "{path} is now required"),
    "request-property-became-optional": ("info", "{path} is no longer required"),
    "request-property-type-changed": ("breaking", "{path} changed type from {old} to {new}"),
    "request-property-type-widened": ("info", "{path} now also accepts {new} (was {old})"),
    "request-property-type-added": ("breaking", "{path} must now be {new} (any type was accepted)"),
    "request-property-type-removed": ("info", "{path} accepts any type now (was {old})"),
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
    "request-enum-added": ("breaking", "{path}: now limited to the values {new!r}"),
    "request-enum-removed": ("info", "{path}: no longer limited to the values {old!r}"),
    "request-const-changed": ("breaking", "{path}: must now be {new!r} (was {old!r})"),
    "request-const-added": ("breaking", "{path}: must now be {new!r}"),
    "request-const-removed": ("info", "{path}: no longer fixed to {old!r}"),
    "request-default-changed": ("warning", "{path}: default changed from {old!r} to {new!r}"),
    "request-default-added": ("info", "{path}: default {new!r} added"),
    "request-default-removed": ("warning", "{path}: default {old!r} removed: omitting it may behave differently"),
    "request-format-changed": ("breaking", "{path}: format changed from {old!r} to {new!r}"),
    "request-format-added": ("breaking", "{path}: new format {new!r}"),
    "request-format-removed": ("info", "{path}: format {old!r} removed"),
    "request-pattern-changed": ("warning", "{path}: pattern changed from {old!r} to {new!r}"),
    "request-pattern-added": ("breaking", "{path}: new pattern {new!r}"),
    "request-pattern-removed": ("info", "{path}: pattern {old!r} removed"),
    "request-multiple-of-changed": ("breaking", "{path}: multipleOf changed from {old!r} to {new!r}"),
    "request-multiple-of-relaxed": ("info", "{path}: multipleOf relaxed from {old!r} to {new!r}"),
    "request-multiple-of-added": ("breaking", "{path}: new multipleOf {new!r}"),
    "request-multiple-of-removed": ("info", "{path}: multipleOf {old!r} removed"),
    "request-unique-items-added": ("breaking", "{path}: items must now be unique"),
    "request-unique-items-removed": ("info", "{path}: items no longer need to be unique"),
    "request-dimension-pair-removed": ("breaking", "dimension pair {old} is no longer supported"),
    "request-dimension-pair-added": ("info", "dimension pair {new} is now supported"),
    "request-dimension-table-added": ("breaking", "width/height now limited to {new} dimension pairs"),
    "request-dimension-table-removed": ("info", "width/height no longer limited to the {old} dimension pairs"),
    "request-rule-added": ("breaking", "new rule {new!r}"),
    "request-rule-removed": ("info", "rule {old!r} was removed"),
    "request-rule-changed": ("warning", "rule {keyword!r} changed: payloads it accepted may now be rejected"),
    "request-advisory-added": ("info", "new advisory {new!r}"),
    "request-advisory-removed": ("info", "advisory {old!r} was removed"),
    "request-advisory-changed": ("info", "advisory {keyword!r} changed"),
    "request-annotation-changed": ("info", "{path}: annotation {keyword} {verb}"),
    "response-property-removed": ("breaking", "{path} was removed from results"),
    "response-property-added": ("info", "{path} was added to results"),
    "response-property-became-optional": ("breaking", "{path} may now be missing from results"),
    "response-property-became-required": ("info", "{path} is now always present in results"),
    "response-property-type-changed": ("breaking", "{path} changed type from {old} to {new}"),
    "response-property-type-narrowed": ("info", "{path} is now only {new} (was {old})"),
    "response-property-type-added": ("info", "{path} is now always {new} (its type was unspecified)"),
    "response-property-type-removed": ("breaking", "{path} may now be of any type (was {old})"),
    "response-enum-value-added": ("warning", "{path}: results may now carry {new!r}"),
    "response-enum-value-removed": ("info", "{path}: results no longer carry {old!r}"),
    "response-enum-added": ("info", "{path}: results now carry only {new!r}"),
    "response-enum-removed": ("warning", "{path}: results may now carry any value (were {old!r})"),
    "response-annotation-changed": ("info", "{path}: annotation {keyword} {verb}"),
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
        verb = "added" if self.old is None else "removed" if self.new is None else "changed"
        return RULES[self.rule][1].format(path=self.path or "(root)", old=self.old, new=self.new,
                                          keyword=self.keyword, verb=verb)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.rule, "level": self.level, "path": self.path, "message": self.message,
                "old": self.old, "new": self.new}
