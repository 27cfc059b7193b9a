"""Validators for Krea 2 Medium (krea:krea@2-medium), generated from spec/models/krea-2-medium.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.formats import is_uri, is_uuid
from .._runtime.jsonvalues import count_rows
from .._runtime.messages import (
    bad_combination,
    bad_format,
    bad_size,
    forbidden,
    missing,
    missing_dependency,
    no_pattern_match,
    not_const,
    not_in_enum,
    not_one_of,
    out_of_range,
    unexpected_keys,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()


def _ok(fn: Callable[[Any, tuple[Any, ...], list[ValidationError]], None], value: Any) -> bool:
    """Whether ``value`` passes one sub-schema (for anyOf / oneOf / not / if)."""
    found: list[ValidationError] = []
    fn(value, (), found)
    return not found


def _value_at(payload: object, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if type(payload) is not dict:
            return None
        payload = payload.get(part)
    return payload


_PATTERN0 = re.compile(
    "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}\\Z"
).search
_ENUM1 = frozenset({"URL", "base64Data", "dataURI"})
_ENUM2 = frozenset({"JPG", "PNG", "WEBP"})
_ENUM3 = frozenset({"async", "sync"})
_ENUM4 = frozenset({"fast", "none"})
_KNOWN5 = frozenset({"checkContent", "mode"})
_KNOWN6 = frozenset({"image", "strength"})
_KNOWN7 = frozenset({"referenceImages"})
_ENUM8 = frozenset({"high", "low", "medium", "raw"})
_KNOWN9 = frozenset({"creativity"})
_KNOWN10 = frozenset(
    {
        "deliveryMethod",
        "height",
        "includeCost",
        "inputs",
        "model",
        "numberResults",
        "outputFormat",
        "outputQuality",
        "outputType",
        "positivePrompt",
        "safety",
        "seed",
        "settings",
        "taskType",
        "taskUUID",
        "ttl",
        "uploadEndpoint",
        "webhookURL",
        "width",
    }
)
_ROWS11 = {
    (1024, 1024): 1,
    (1184, 896): 1,
    (1248, 832): 1,
    (1376, 768): 1,
    (1568, 672): 1,
    (928, 1152): 1,
    (832, 1248): 1,
    (768, 1376): 1,
}
_ROWTUPLES12 = (
    (1024, 1024),
    (1184, 896),
    (1248, 832),
    (1376, 768),
    (1568, 672),
    (928, 1152),
    (832, 1248),
    (768, 1376),
)
_TABLE13 = [
    {"label": "1K (1:1)", "width": 1024, "height": 1024},
    {"label": "1K (4:3)", "width": 1184, "height": 896},
    {"label": "1K (3:2)", "width": 1248, "height": 832},
    {"label": "1K (16:9)", "width": 1376, "height": 768},
    {"label": "1K (2.35:1)", "width": 1568, "height": 672},
    {"label": "1K (4:5)", "width": 928, "height": 1152},
    {"label": "1K (2:3)", "width": 832, "height": 1248},
    {"label": "1K (9:16)", "width": 768, "height": 1376},
]
_LABELS14 = "1K (1:1): 1024x1024; 1K (4:3): 1184x896; 1K (3:2): 1248x832; 1K (16:9): 1376x768; 1K (2.35:1): 1568x672; 1K (4:5): 928x1152; 1K (2:3): 832x1248; 1K (9:16): 768x1376"


def _check_32(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "URL":
        errs.append(
            not_const(
                (*path,), v, "URL", "/x-advisories/0/when/properties/outputType/not/const", "const"
            )
        )


def _check_30(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x31 = v.get("outputType", _MISSING)
        if x31 is not _MISSING:
            if _ok(_check_32, x31):
                errs.append(
                    forbidden(
                        (*path, "outputType"),
                        x31,
                        "/x-advisories/0/when/properties/outputType/not",
                        "not",
                    )
                )
        else:
            errs.append(
                missing((*path,), "outputType", "/x-advisories/0/when/required", "required")
            )
        if "ttl" not in v:
            errs.append(missing((*path,), "ttl", "/x-advisories/0/when/required", "required"))


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("taskType", _MISSING)
        if x1 is not _MISSING:
            if type(x1) is str:
                if x1 != "imageInference":
                    errs.append(
                        not_const(
                            ("taskType",), x1, "imageInference", "/$defs/taskType/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x1, ("string",), "/$defs/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x2 = v.get("taskUUID", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is str:
                if not is_uuid(x2):
                    errs.append(
                        bad_format(("taskUUID",), x2, "uuid", "/$defs/taskUUID/format", "format")
                    )
                if _PATTERN0(x2) is None:
                    errs.append(
                        no_pattern_match(
                            ("taskUUID",),
                            x2,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/$defs/taskUUID/pattern",
                            "pattern",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x2, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x3 = v.get("outputType", _MISSING)
        if x3 is not _MISSING:
            if type(x3) is str:
                if x3 not in _ENUM1:
                    errs.append(
                        not_in_enum(
                            ("outputType",),
                            x3,
                            ["URL", "base64Data", "dataURI"],
                            "/$defs/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("outputType",), x3, ("string",), "/$defs/outputType/type", "type")
                )
        x4 = v.get("outputFormat", _MISSING)
        if x4 is not _MISSING:
            if type(x4) is str:
                if x4 not in _ENUM2:
                    errs.append(
                        not_in_enum(
                            ("outputFormat",),
                            x4,
                            ["JPG", "PNG", "WEBP"],
                            "/$defs/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputFormat",), x4, ("string",), "/$defs/outputFormat/type", "type"
                    )
                )
        x5 = v.get("outputQuality", _MISSING)
        if x5 is not _MISSING:
            if type(x5) is int or (type(x5) is float and x5.is_integer()):
                if not x5 >= 20:
                    errs.append(
                        out_of_range(
                            ("outputQuality",),
                            x5,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x5 <= 99:
                    errs.append(
                        out_of_range(
                            ("outputQuality",),
                            x5,
                            "maximum",
                            99,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputQuality",), x5, ("integer",), "/$defs/outputQuality/type", "type"
                    )
                )
        x6 = v.get("webhookURL", _MISSING)
        if x6 is not _MISSING:
            if type(x6) is str:
                if not is_uri(x6):
                    errs.append(
                        bad_format(("webhookURL",), x6, "uri", "/$defs/webhookURL/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("webhookURL",), x6, ("string",), "/$defs/webhookURL/type", "type")
                )
        x7 = v.get("deliveryMethod", _MISSING)
        if x7 is not _MISSING:
            if type(x7) is str:
                if x7 not in _ENUM3:
                    errs.append(
                        not_in_enum(
                            ("deliveryMethod",),
                            x7,
                            ["sync", "async"],
                            "/$defs/deliveryMethod/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("deliveryMethod",), x7, ("string",), "/$defs/deliveryMethod/type", "type"
                    )
                )
        x8 = v.get("uploadEndpoint", _MISSING)
        if x8 is not _MISSING:
            if type(x8) is str:
                if not is_uri(x8):
                    errs.append(
                        bad_format(
                            ("uploadEndpoint",), x8, "uri", "/$defs/uploadEndpoint/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("uploadEndpoint",), x8, ("string",), "/$defs/uploadEndpoint/type", "type"
                    )
                )
        x9 = v.get("safety", _MISSING)
        if x9 is not _MISSING:
            if type(x9) is dict:
                x10 = x9.get("checkContent", _MISSING)
                if x10 is not _MISSING:
                    if type(x10) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("safety", "checkContent"),
                                x10,
                                ("boolean",),
                                "/$defs/safetyCheckContent/type",
                                "type",
                            )
                        )
                x11 = x9.get("mode", _MISSING)
                if x11 is not _MISSING:
                    if type(x11) is str:
                        if x11 not in _ENUM4:
                            errs.append(
                                not_in_enum(
                                    ("safety", "mode"),
                                    x11,
                                    ["none", "fast"],
                                    "/$defs/safetyMode/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("safety", "mode"),
                                x11,
                                ("string",),
                                "/$defs/safetyMode/type",
                                "type",
                            )
                        )
                if not x9.keys() <= _KNOWN5:
                    errs.extend(
                        unexpected_keys(
                            ("safety",),
                            x9,
                            _KNOWN5,
                            ["checkContent", "mode"],
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("safety",), x9, ("object",), "/properties/safety/type", "type")
                )
        x12 = v.get("ttl", _MISSING)
        if x12 is not _MISSING:
            if type(x12) is int or (type(x12) is float and x12.is_integer()):
                if not x12 >= 60:
                    errs.append(
                        out_of_range(
                            ("ttl",),
                            x12,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(wrong_type(("ttl",), x12, ("integer",), "/$defs/ttl/type", "type"))
        x13 = v.get("includeCost", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x13, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x14 = v.get("numberResults", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is int or (type(x14) is float and x14.is_integer()):
                if not x14 >= 1:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x14,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x14 <= 20:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x14,
                            "maximum",
                            20,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("numberResults",), x14, ("integer",), "/$defs/numberResults/type", "type"
                    )
                )
        x15 = v.get("inputs", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is dict:
                x16 = x15.get("referenceImages", _MISSING)
                if x16 is not _MISSING:
                    if type(x16) is list:
                        n17 = len(x16)
                        if n17 < 1:
                            errs.append(
                                bad_size(
                                    ("inputs", "referenceImages"),
                                    x16,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n17 > 10:
                            errs.append(
                                bad_size(
                                    ("inputs", "referenceImages"),
                                    x16,
                                    "maxItems",
                                    10,
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/maxItems",
                                    "maxItems",
                                )
                            )
                        for i18, x19 in enumerate(x16):
                            if type(x19) is str:
                                if type(x19) is str:
                                    pass
                                else:
                                    errs.append(
                                        wrong_type(
                                            ("inputs", "referenceImages", i18),
                                            x19,
                                            ("string",),
                                            "/properties/inputs/properties/referenceImages/items/oneOf/0/type",
                                            "type",
                                        )
                                    )
                            elif type(x19) is dict:
                                if type(x19) is dict:
                                    x20 = x19.get("image", _MISSING)
                                    if x20 is not _MISSING:
                                        if type(x20) is str:
                                            pass
                                        else:
                                            errs.append(
                                                wrong_type(
                                                    ("inputs", "referenceImages", i18, "image"),
                                                    x20,
                                                    ("string",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/image/type",
                                                    "type",
                                                )
                                            )
                                    else:
                                        errs.append(
                                            missing(
                                                ("inputs", "referenceImages", i18),
                                                "image",
                                                "/properties/inputs/properties/referenceImages/items/oneOf/1/required",
                                                "required",
                                            )
                                        )
                                    x21 = x19.get("strength", _MISSING)
                                    if x21 is not _MISSING:
                                        if type(x21) is int or (
                                            type(x21) is float and x21 - x21 == 0
                                        ):
                                            if not x21 >= -2:
                                                errs.append(
                                                    out_of_range(
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i18,
                                                            "strength",
                                                        ),
                                                        x21,
                                                        "minimum",
                                                        -2,
                                                        {"minimum": -2, "maximum": 2},
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/minimum",
                                                        "minimum",
                                                    )
                                                )
                                            if not x21 <= 2:
                                                errs.append(
                                                    out_of_range(
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i18,
                                                            "strength",
                                                        ),
                                                        x21,
                                                        "maximum",
                                                        2,
                                                        {"minimum": -2, "maximum": 2},
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/maximum",
                                                        "maximum",
                                                    )
                                                )
                                        else:
                                            errs.append(
                                                wrong_type(
                                                    ("inputs", "referenceImages", i18, "strength"),
                                                    x21,
                                                    ("number",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/type",
                                                    "type",
                                                )
                                            )
                                    if not x19.keys() <= _KNOWN6:
                                        errs.extend(
                                            unexpected_keys(
                                                ("inputs", "referenceImages", i18),
                                                x19,
                                                _KNOWN6,
                                                ["image", "strength"],
                                                "/properties/inputs/properties/referenceImages/items/oneOf/1/additionalProperties",
                                                "additionalProperties",
                                            )
                                        )
                                else:
                                    errs.append(
                                        wrong_type(
                                            ("inputs", "referenceImages", i18),
                                            x19,
                                            ("object",),
                                            "/properties/inputs/properties/referenceImages/items/oneOf/1/type",
                                            "type",
                                        )
                                    )
                            else:
                                errs.append(
                                    wrong_type(
                                        ("inputs", "referenceImages", i18),
                                        x19,
                                        ("string", "object"),
                                        "/properties/inputs/properties/referenceImages/items/oneOf",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "referenceImages"),
                                x16,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not x15.keys() <= _KNOWN7:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x15,
                            _KNOWN7,
                            ["referenceImages"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x15, ("object",), "/properties/inputs/type", "type")
                )
        x22 = v.get("model", _MISSING)
        if x22 is not _MISSING:
            if type(x22) is str:
                if x22 != "krea:krea@2-medium":
                    errs.append(
                        not_const(
                            ("model",),
                            x22,
                            "krea:krea@2-medium",
                            "/properties/model/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("model",), x22, ("string",), "/properties/model/type", "type")
                )
        else:
            errs.append(missing((), "model", "/required", "required"))
        x23 = v.get("positivePrompt", _MISSING)
        if x23 is not _MISSING:
            if type(x23) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("positivePrompt",),
                        x23,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        else:
            errs.append(missing((), "positivePrompt", "/required", "required"))
        x24 = v.get("width", _MISSING)
        if x24 is not _MISSING:
            if type(x24) is int or (type(x24) is float and x24.is_integer()):
                pass
            else:
                errs.append(
                    wrong_type(("width",), x24, ("integer",), "/properties/width/type", "type")
                )
        else:
            errs.append(missing((), "width", "/required", "required"))
        x25 = v.get("height", _MISSING)
        if x25 is not _MISSING:
            if type(x25) is int or (type(x25) is float and x25.is_integer()):
                pass
            else:
                errs.append(
                    wrong_type(("height",), x25, ("integer",), "/properties/height/type", "type")
                )
        else:
            errs.append(missing((), "height", "/required", "required"))
        x26 = v.get("seed", _MISSING)
        if x26 is not _MISSING:
            if type(x26) is int or (type(x26) is float and x26.is_integer()):
                if not x26 >= 0:
                    errs.append(
                        out_of_range(
                            ("seed",),
                            x26,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/minimum",
                            "minimum",
                        )
                    )
                if not x26 <= 9223372036854775807:
                    errs.append(
                        out_of_range(
                            ("seed",),
                            x26,
                            "maximum",
                            9223372036854775807,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("seed",), x26, ("integer",), "/properties/seed/type", "type")
                )
        x27 = v.get("settings", _MISSING)
        if x27 is not _MISSING:
            if type(x27) is dict:
                x28 = x27.get("creativity", _MISSING)
                if x28 is not _MISSING:
                    if type(x28) is str:
                        if x28 not in _ENUM8:
                            errs.append(
                                not_in_enum(
                                    ("settings", "creativity"),
                                    x28,
                                    ["raw", "low", "medium", "high"],
                                    "/properties/settings/properties/creativity/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "creativity"),
                                x28,
                                ("string",),
                                "/properties/settings/properties/creativity/type",
                                "type",
                            )
                        )
                if not x27.keys() <= _KNOWN9:
                    errs.extend(
                        unexpected_keys(
                            ("settings",),
                            x27,
                            _KNOWN9,
                            ["creativity"],
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("settings",), x27, ("object",), "/properties/settings/type", "type")
                )
        if not v.keys() <= _KNOWN10:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN10,
                    [
                        "deliveryMethod",
                        "height",
                        "includeCost",
                        "inputs",
                        "model",
                        "numberResults",
                        "outputFormat",
                        "outputQuality",
                        "outputType",
                        "positivePrompt",
                        "safety",
                        "seed",
                        "settings",
                        "taskType",
                        "taskUUID",
                        "ttl",
                        "uploadEndpoint",
                        "webhookURL",
                        "width",
                    ],
                    "/additionalProperties",
                    "additionalProperties",
                )
            )
        if type(v) is dict:
            if "width" in v:
                if "height" not in v:
                    errs.append(
                        missing_dependency(
                            (), "height", "width", "/allOf/0/dependentRequired", "paired-dimensions"
                        )
                    )
            if "height" in v:
                if "width" not in v:
                    errs.append(
                        missing_dependency(
                            (), "width", "height", "/allOf/0/dependentRequired", "paired-dimensions"
                        )
                    )
        if type(v) is not dict or ("width" in v and "height" in v):
            if type(v) is dict:
                if (
                    "width" in v
                    and "height" in v
                    and type(v["width"]) in (int, float)
                    and type(v["height"]) in (int, float)
                ):
                    matched29 = _ROWS11.get((v["width"], v["height"]), 0)
                else:
                    matched29 = count_rows(v, ("width", "height"), _ROWTUPLES12)
                if matched29 != 1:
                    errs.append(
                        bad_combination(
                            (),
                            v,
                            ("width", "height"),
                            _TABLE13,
                            _LABELS14,
                            matched29,
                            "/allOf/1/then/oneOf",
                            "dimensions",
                        )
                    )
            else:
                errs.append(
                    not_one_of(
                        (),
                        v,
                        8,
                        [
                            "1K (1:1)",
                            "1K (4:3)",
                            "1K (3:2)",
                            "1K (16:9)",
                            "1K (2.35:1)",
                            "1K (4:5)",
                            "1K (2:3)",
                            "1K (9:16)",
                        ],
                        "/allOf/1/then/oneOf",
                        "dimensions",
                        "oneOf",
                    )
                )
    else:
        errs.append(wrong_type((), v, ("object",), "/type", "type"))
    return errs


def _advisories(payload: object) -> list[ValidationWarning]:
    warns: list[ValidationWarning] = []
    if _ok(_check_30, payload):
        warns.append(
            ValidationWarning(
                "ttl",
                "ttl-only-when-outputtype-is-url",
                "ttl only applies when outputType is URL; otherwise it is ignored.",
                _value_at(payload, ("ttl",)),
                None,
                "/x-advisories/0",
            )
        )
    return warns


def validate_response(payload: object) -> list[ValidationError]:
    """Every error in one result item (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x33 = v.get("taskType", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is str:
                if x33 != "imageInference":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x33,
                            "imageInference",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x33, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x34 = v.get("taskUUID", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is str:
                if not is_uuid(x34):
                    errs.append(
                        bad_format(
                            ("taskUUID",), x34, "uuid", "/properties/taskUUID/format", "format"
                        )
                    )
                if _PATTERN0(x34) is None:
                    errs.append(
                        no_pattern_match(
                            ("taskUUID",),
                            x34,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x34, ("string",), "/properties/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x35 = v.get("imageUUID", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is str:
                if not is_uuid(x35):
                    errs.append(
                        bad_format(
                            ("imageUUID",), x35, "uuid", "/properties/imageUUID/format", "format"
                        )
                    )
                if _PATTERN0(x35) is None:
                    errs.append(
                        no_pattern_match(
                            ("imageUUID",),
                            x35,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("imageUUID",), x35, ("string",), "/properties/imageUUID/type", "type"
                    )
                )
        else:
            errs.append(missing((), "imageUUID", "/required", "required"))
        x36 = v.get("imageURL", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is str:
                if not is_uri(x36):
                    errs.append(
                        bad_format(
                            ("imageURL",), x36, "uri", "/properties/imageURL/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("imageURL",), x36, ("string",), "/properties/imageURL/type", "type")
                )
        x37 = v.get("imageBase64Data", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("imageBase64Data",),
                        x37,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x38 = v.get("imageDataURI", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is str:
                if not is_uri(x38):
                    errs.append(
                        bad_format(
                            ("imageDataURI",),
                            x38,
                            "uri",
                            "/properties/imageDataURI/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("imageDataURI",), x38, ("string",), "/properties/imageDataURI/type", "type"
                    )
                )
        x39 = v.get("seed", _MISSING)
        if x39 is not _MISSING:
            if type(x39) is int or (type(x39) is float and x39.is_integer()):
                pass
            else:
                errs.append(
                    wrong_type(("seed",), x39, ("integer",), "/properties/seed/type", "type")
                )
        x40 = v.get("NSFWContent", _MISSING)
        if x40 is not _MISSING:
            if type(x40) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("NSFWContent",), x40, ("boolean",), "/properties/NSFWContent/type", "type"
                    )
                )
        x41 = v.get("cost", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is int or (type(x41) is float and x41 - x41 == 0):
                pass
            else:
                errs.append(
                    wrong_type(("cost",), x41, ("number",), "/properties/cost/type", "type")
                )
    else:
        errs.append(wrong_type((), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))


def is_valid(payload: object) -> bool:
    """True when the request payload has no errors (warnings do not count)."""
    return not validate(payload)
