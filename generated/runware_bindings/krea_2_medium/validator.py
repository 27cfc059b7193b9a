"""Validators for Krea 2 Medium (krea:krea@2-medium), generated from spec/models/krea-2-medium.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred, deferred_unexpected_keys
from .._runtime.formats import _uri_common, is_uri, is_uuid
from .._runtime.jsonvalues import count_rows
from .._runtime.messages import (
    bad_combination,
    bad_format,
    bad_size,
    missing,
    missing_dependency,
    no_pattern_match,
    not_const,
    not_in_enum,
    not_one_of,
    out_of_range,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "imageInference"
_PATTERN1 = re.compile(
    "^[0-9A-Fa-f]{8}\\-[0-9A-Fa-f]{4}\\-4[0-9A-Fa-f]{3}\\-[8-9A-Ba-b][0-9A-Fa-f]{3}\\-[0-9A-Fa-f]{12}\\Z"
).search
_ENUM2 = frozenset({"URL", "base64Data", "dataURI"})
_ENUMLIST3 = ["URL", "base64Data", "dataURI"]
_ENUM4 = frozenset({"JPG", "PNG", "WEBP"})
_ENUMLIST5 = ["JPG", "PNG", "WEBP"]
_ENUM6 = frozenset({"async", "sync"})
_ENUMLIST7 = ["sync", "async"]
_ENUM8 = frozenset({"fast", "none"})
_ENUMLIST9 = ["none", "fast"]
_KNOWN10 = frozenset({"checkContent", "mode"})
_KNOWNLIST11 = ["checkContent", "mode"]
_KNOWN12 = frozenset({"image", "strength"})
_KNOWNLIST13 = ["image", "strength"]
_KNOWN14 = frozenset({"referenceImages"})
_KNOWNLIST15 = ["referenceImages"]
_CONST16 = "krea:krea@2-medium"
_ENUM17 = frozenset({"high", "low", "medium", "raw"})
_ENUMLIST18 = ["raw", "low", "medium", "high"]
_KNOWN19 = frozenset({"creativity"})
_KNOWNLIST20 = ["creativity"]
_KNOWN21 = frozenset(
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
_KNOWNLIST22 = [
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
]
_ROWS23 = {
    (1024, 1024): 1,
    (1184, 896): 1,
    (1248, 832): 1,
    (1376, 768): 1,
    (1568, 672): 1,
    (928, 1152): 1,
    (832, 1248): 1,
    (768, 1376): 1,
}
_ROWTUPLES24 = (
    (1024, 1024),
    (1184, 896),
    (1248, 832),
    (1376, 768),
    (1568, 672),
    (928, 1152),
    (832, 1248),
    (768, 1376),
)
_TABLE25 = [
    {"label": "1K (1:1)", "width": 1024, "height": 1024},
    {"label": "1K (4:3)", "width": 1184, "height": 896},
    {"label": "1K (3:2)", "width": 1248, "height": 832},
    {"label": "1K (16:9)", "width": 1376, "height": 768},
    {"label": "1K (2.35:1)", "width": 1568, "height": 672},
    {"label": "1K (4:5)", "width": 928, "height": 1152},
    {"label": "1K (2:3)", "width": 832, "height": 1248},
    {"label": "1K (9:16)", "width": 768, "height": 1376},
]
_LABELS26 = "1K (1:1): 1024x1024; 1K (4:3): 1184x896; 1K (3:2): 1248x832; 1K (16:9): 1376x768; 1K (2.35:1): 1568x672; 1K (4:5): 928x1152; 1K (2:3): 832x1248; 1K (9:16): 768x1376"


def _b52(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN21.issuperset(v):
            return False
        x53 = v["taskType"]
        if type(x53) is not str or x53 != "imageInference":
            return False
        x54 = v["taskUUID"]
        if type(x54) is not str or _PATTERN1(x54) is None:
            return False
        x55 = v.get("outputType", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is not str or x55 not in _ENUM2:
                return False
        x56 = v.get("outputFormat", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is not str or x56 not in _ENUM4:
                return False
        x57 = v.get("outputQuality", _MISSING)
        if x57 is not _MISSING:
            if (
                not ((type(x57) is int or (type(x57) is float and x57.is_integer())))
                or not 20 <= x57 <= 99
            ):
                return False
        x58 = v.get("webhookURL", _MISSING)
        if x58 is not _MISSING:
            if type(x58) is not str or not (_uri_common(x58) is not None or is_uri(x58)):
                return False
        x59 = v.get("deliveryMethod", _MISSING)
        if x59 is not _MISSING:
            if type(x59) is not str or x59 not in _ENUM6:
                return False
        x60 = v.get("uploadEndpoint", _MISSING)
        if x60 is not _MISSING:
            if type(x60) is not str or not (_uri_common(x60) is not None or is_uri(x60)):
                return False
        x61 = v.get("safety", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is not dict:
                return False
            x62 = x61.get("checkContent", _MISSING)
            if x62 is not _MISSING:
                if type(x62) is not bool:
                    return False
            x63 = x61.get("mode", _MISSING)
            if x63 is not _MISSING:
                if type(x63) is not str or x63 not in _ENUM8:
                    return False
            if len(x61) != 0 + (x62 is not _MISSING) + (x63 is not _MISSING):
                return False
        x64 = v.get("ttl", _MISSING)
        if x64 is not _MISSING:
            if (
                not ((type(x64) is int or (type(x64) is float and x64.is_integer())))
                or not 60 <= x64
            ):
                return False
        x65 = v.get("includeCost", _MISSING)
        if x65 is not _MISSING:
            if type(x65) is not bool:
                return False
        x66 = v.get("numberResults", _MISSING)
        if x66 is not _MISSING:
            if (
                not ((type(x66) is int or (type(x66) is float and x66.is_integer())))
                or not 1 <= x66 <= 20
            ):
                return False
        x67 = v.get("inputs", _MISSING)
        if x67 is not _MISSING:
            if type(x67) is not dict:
                return False
            x68 = x67.get("referenceImages", _MISSING)
            if x68 is not _MISSING:
                if type(x68) is not list:
                    return False
                if not 1 <= len(x68) <= 10:
                    return False
                for x69 in x68:
                    t70 = type(x69)
                    if t70 is str:
                        pass
                    elif t70 is dict:
                        x71 = x69["image"]
                        if type(x71) is not str:
                            return False
                        x72 = x69.get("strength", _MISSING)
                        if x72 is not _MISSING:
                            if not ((type(x72) is int or type(x72) is float)) or not -2 <= x72 <= 2:
                                return False
                        if len(x69) != 1 + (x72 is not _MISSING):
                            return False
                    else:
                        return False
            if len(x67) != 0 + (x68 is not _MISSING):
                return False
        x73 = v["model"]
        if type(x73) is not str or x73 != "krea:krea@2-medium":
            return False
        x74 = v["positivePrompt"]
        if type(x74) is not str:
            return False
        x75 = v["width"]
        if not ((type(x75) is int or (type(x75) is float and x75.is_integer()))):
            return False
        x76 = v["height"]
        if not ((type(x76) is int or (type(x76) is float and x76.is_integer()))):
            return False
        x77 = v.get("seed", _MISSING)
        if x77 is not _MISSING:
            if (
                not ((type(x77) is int or (type(x77) is float and x77.is_integer())))
                or not 0 <= x77 <= 9223372036854775807
            ):
                return False
        x78 = v.get("settings", _MISSING)
        if x78 is not _MISSING:
            if type(x78) is not dict:
                return False
            x79 = x78.get("creativity", _MISSING)
            if x79 is not _MISSING:
                if type(x79) is not str or x79 not in _ENUM17:
                    return False
            if len(x78) != 0 + (x79 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
        if "width" in v and "height" in v:
            matched82 = 0
            if type(v) is dict:
                c80 = v.get("width", _MISSING)
                c81 = v.get("height", _MISSING)
                if type(c80) in (int, float) and type(c81) in (int, float):
                    matched82 = _ROWS23.get((c80, c81), 0)
                else:
                    matched82 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is not dict or matched82 != 1:
                return False
    except KeyError:  # a required property is missing
        return False
    return True


def _value_at(payload: object, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if type(payload) is not dict:
            return None
        payload = payload.get(part)
    return payload


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        try:
            x1 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x1) is str:
                if not x1 == "imageInference":
                    errs.append(
                        deferred(
                            not_const, ("taskType",), x1, _CONST0, "/$defs/taskType/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskType",), x1, ("string",), "/$defs/taskType/type", "type"
                    )
                )
        try:
            x2 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x2) is str:
                if _PATTERN1(x2) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("taskUUID",),
                            x2,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/$defs/taskUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x2):
                        errs.append(
                            deferred(
                                bad_format,
                                ("taskUUID",),
                                x2,
                                "uuid",
                                "/$defs/taskUUID/format",
                                "format",
                            )
                        )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x2, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x3 = v.get("outputType", _MISSING)
        if x3 is not _MISSING:
            if type(x3) is str:
                if not x3 in _ENUM2:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x3,
                            _ENUMLIST3,
                            "/$defs/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x3,
                        ("string",),
                        "/$defs/outputType/type",
                        "type",
                    )
                )
        x4 = v.get("outputFormat", _MISSING)
        if x4 is not _MISSING:
            if type(x4) is str:
                if not x4 in _ENUM4:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x4,
                            _ENUMLIST5,
                            "/$defs/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x4,
                        ("string",),
                        "/$defs/outputFormat/type",
                        "type",
                    )
                )
        x5 = v.get("outputQuality", _MISSING)
        if x5 is not _MISSING:
            if type(x5) is int or (type(x5) is float and x5.is_integer()):
                if not x5 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
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
                        deferred(
                            out_of_range,
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
                    deferred(
                        wrong_type,
                        ("outputQuality",),
                        x5,
                        ("integer",),
                        "/$defs/outputQuality/type",
                        "type",
                    )
                )
        x6 = v.get("webhookURL", _MISSING)
        if x6 is not _MISSING:
            if type(x6) is str:
                if not (_uri_common(x6) is not None or is_uri(x6)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x6,
                            "uri",
                            "/$defs/webhookURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("webhookURL",),
                        x6,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
                )
        x7 = v.get("deliveryMethod", _MISSING)
        if x7 is not _MISSING:
            if type(x7) is str:
                if not x7 in _ENUM6:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("deliveryMethod",),
                            x7,
                            _ENUMLIST7,
                            "/$defs/deliveryMethod/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("deliveryMethod",),
                        x7,
                        ("string",),
                        "/$defs/deliveryMethod/type",
                        "type",
                    )
                )
        x8 = v.get("uploadEndpoint", _MISSING)
        if x8 is not _MISSING:
            if type(x8) is str:
                if not (_uri_common(x8) is not None or is_uri(x8)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x8,
                            "uri",
                            "/$defs/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("uploadEndpoint",),
                        x8,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
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
                            deferred(
                                wrong_type,
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
                        if not x11 in _ENUM8:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("safety", "mode"),
                                    x11,
                                    _ENUMLIST9,
                                    "/$defs/safetyMode/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "mode"),
                                x11,
                                ("string",),
                                "/$defs/safetyMode/type",
                                "type",
                            )
                        )
                if not _KNOWN10.issuperset(x9):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x9,
                            _KNOWN10,
                            _KNOWNLIST11,
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("safety",), x9, ("object",), "/properties/safety/type", "type"
                    )
                )
        x15 = v.get("ttl", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is int or (type(x15) is float and x15.is_integer()):
                if not x15 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x15,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x15, ("integer",), "/$defs/ttl/type", "type")
                )
        x16 = v.get("includeCost", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x16,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x17 = v.get("numberResults", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is int or (type(x17) is float and x17.is_integer()):
                if not x17 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x17,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x17 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x17,
                            "maximum",
                            20,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("numberResults",),
                        x17,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x18 = v.get("inputs", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is dict:
                x19 = x18.get("referenceImages", _MISSING)
                if x19 is not _MISSING:
                    if type(x19) is list:
                        n20 = len(x19)
                        if n20 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x19,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n20 > 10:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x19,
                                    "maxItems",
                                    10,
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/maxItems",
                                    "maxItems",
                                )
                            )
                        ok23 = True
                        try:
                            for x22 in x19:
                                t24 = type(x22)
                                if t24 is str:
                                    pass
                                elif t24 is dict:
                                    x25 = x22["image"]
                                    if type(x25) is not str:
                                        ok23 = False
                                        break
                                    x26 = x22.get("strength", _MISSING)
                                    if x26 is not _MISSING:
                                        if (
                                            not ((type(x26) is int or type(x26) is float))
                                            or not -2 <= x26 <= 2
                                        ):
                                            ok23 = False
                                            break
                                    if len(x22) != 1 + (x26 is not _MISSING):
                                        ok23 = False
                                        break
                                else:
                                    ok23 = False
                                    break
                        except (KeyError, RecursionError):
                            ok23 = False
                        if not ok23:
                            for i21 in range(0, len(x19)):
                                x22 = x19[i21]
                                t27 = type(x22)
                                if t27 is str:
                                    pass
                                elif t27 is dict:
                                    try:
                                        x28 = x22["image"]
                                    except KeyError:
                                        errs.append(
                                            deferred(
                                                missing,
                                                ("inputs", "referenceImages", i21),
                                                "image",
                                                "/properties/inputs/properties/referenceImages/items/oneOf/1/required",
                                                "required",
                                            )
                                        )
                                    else:
                                        if type(x28) is str:
                                            pass
                                        else:
                                            errs.append(
                                                deferred(
                                                    wrong_type,
                                                    ("inputs", "referenceImages", i21, "image"),
                                                    x28,
                                                    ("string",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/image/type",
                                                    "type",
                                                )
                                            )
                                    x29 = x22.get("strength", _MISSING)
                                    if x29 is not _MISSING:
                                        if type(x29) is int or (
                                            type(x29) is float and x29 - x29 == 0
                                        ):
                                            if not x29 >= -2:
                                                errs.append(
                                                    deferred(
                                                        out_of_range,
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i21,
                                                            "strength",
                                                        ),
                                                        x29,
                                                        "minimum",
                                                        -2,
                                                        {"minimum": -2, "maximum": 2},
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/minimum",
                                                        "minimum",
                                                    )
                                                )
                                            if not x29 <= 2:
                                                errs.append(
                                                    deferred(
                                                        out_of_range,
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i21,
                                                            "strength",
                                                        ),
                                                        x29,
                                                        "maximum",
                                                        2,
                                                        {"minimum": -2, "maximum": 2},
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/maximum",
                                                        "maximum",
                                                    )
                                                )
                                        else:
                                            errs.append(
                                                deferred(
                                                    wrong_type,
                                                    ("inputs", "referenceImages", i21, "strength"),
                                                    x29,
                                                    ("number",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/type",
                                                    "type",
                                                )
                                            )
                                    if not _KNOWN12.issuperset(x22):
                                        errs.extend(
                                            deferred_unexpected_keys(
                                                ("inputs", "referenceImages", i21),
                                                x22,
                                                _KNOWN12,
                                                _KNOWNLIST13,
                                                "/properties/inputs/properties/referenceImages/items/oneOf/1/additionalProperties",
                                                "additionalProperties",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "referenceImages", i21),
                                            x22,
                                            ("string", "object"),
                                            "/properties/inputs/properties/referenceImages/items/oneOf",
                                            "type",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "referenceImages"),
                                x19,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not _KNOWN14.issuperset(x18):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x18,
                            _KNOWN14,
                            _KNOWNLIST15,
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x18, ("object",), "/properties/inputs/type", "type"
                    )
                )
        try:
            x36 = v["model"]
        except KeyError:
            errs.append(deferred(missing, (), "model", "/required", "required"))
        else:
            if type(x36) is str:
                if not x36 == "krea:krea@2-medium":
                    errs.append(
                        deferred(
                            not_const, ("model",), x36, _CONST16, "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("model",), x36, ("string",), "/properties/model/type", "type"
                    )
                )
        try:
            x37 = v["positivePrompt"]
        except KeyError:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        else:
            if type(x37) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("positivePrompt",),
                        x37,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        try:
            x38 = v["width"]
        except KeyError:
            errs.append(deferred(missing, (), "width", "/required", "required"))
        else:
            if type(x38) is int or (type(x38) is float and x38.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x38, ("integer",), "/properties/width/type", "type"
                    )
                )
        try:
            x39 = v["height"]
        except KeyError:
            errs.append(deferred(missing, (), "height", "/required", "required"))
        else:
            if type(x39) is int or (type(x39) is float and x39.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x39,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x40 = v.get("seed", _MISSING)
        if x40 is not _MISSING:
            if type(x40) is int or (type(x40) is float and x40.is_integer()):
                if not x40 >= 0:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x40,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/minimum",
                            "minimum",
                        )
                    )
                if not x40 <= 9223372036854775807:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x40,
                            "maximum",
                            9223372036854775807,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x40, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x41 = v.get("settings", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is dict:
                x42 = x41.get("creativity", _MISSING)
                if x42 is not _MISSING:
                    if type(x42) is str:
                        if not x42 in _ENUM17:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("settings", "creativity"),
                                    x42,
                                    _ENUMLIST18,
                                    "/properties/settings/properties/creativity/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "creativity"),
                                x42,
                                ("string",),
                                "/properties/settings/properties/creativity/type",
                                "type",
                            )
                        )
                if not _KNOWN19.issuperset(x41):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("settings",),
                            x41,
                            _KNOWN19,
                            _KNOWNLIST20,
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("settings",),
                        x41,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        if not _KNOWN21.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN21, _KNOWNLIST22, "/additionalProperties", "additionalProperties"
                )
            )
        if "width" in v:
            if "height" not in v:
                errs.append(
                    deferred(
                        missing_dependency,
                        (),
                        "height",
                        "width",
                        "/allOf/0/dependentRequired",
                        "paired-dimensions",
                    )
                )
        if "height" in v:
            if "width" not in v:
                errs.append(
                    deferred(
                        missing_dependency,
                        (),
                        "width",
                        "height",
                        "/allOf/0/dependentRequired",
                        "paired-dimensions",
                    )
                )
        if "width" in v and "height" in v:
            matched51 = 0
            if type(v) is dict:
                c49 = v.get("width", _MISSING)
                c50 = v.get("height", _MISSING)
                if type(c49) in (int, float) and type(c50) in (int, float):
                    matched51 = _ROWS23.get((c49, c50), 0)
                else:
                    matched51 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is dict:
                if matched51 != 1:
                    errs.append(
                        deferred(
                            bad_combination,
                            (),
                            v,
                            ("width", "height"),
                            _TABLE25,
                            _LABELS26,
                            matched51,
                            "/allOf/1/then/oneOf",
                            "dimensions",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        not_one_of,
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
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b52(payload)
    except RecursionError:
        return False


def _advisories(payload: object) -> list[ValidationWarning]:
    warns: list[ValidationWarning] = []
    v: Any = payload
    try:
        hit = not type(v) is dict or (
            "ttl" in v
            and "outputType" in v
            and (
                "outputType" not in v
                or ((not ((type(v["outputType"]) is str and v["outputType"] == "URL"))))
            )
        )
    except RecursionError:
        hit = False
    if hit:
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
        try:
            x83 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x83) is str:
                if not x83 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x83,
                            _CONST0,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x83,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x84 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x84) is str:
                if _PATTERN1(x84) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("taskUUID",),
                            x84,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x84):
                        errs.append(
                            deferred(
                                bad_format,
                                ("taskUUID",),
                                x84,
                                "uuid",
                                "/properties/taskUUID/format",
                                "format",
                            )
                        )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskUUID",),
                        x84,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        try:
            x85 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x85) is str:
                if _PATTERN1(x85) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("imageUUID",),
                            x85,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x85):
                        errs.append(
                            deferred(
                                bad_format,
                                ("imageUUID",),
                                x85,
                                "uuid",
                                "/properties/imageUUID/format",
                                "format",
                            )
                        )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageUUID",),
                        x85,
                        ("string",),
                        "/properties/imageUUID/type",
                        "type",
                    )
                )
        x86 = v.get("imageURL", _MISSING)
        if x86 is not _MISSING:
            if type(x86) is str:
                if not (_uri_common(x86) is not None or is_uri(x86)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x86,
                            "uri",
                            "/properties/imageURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageURL",),
                        x86,
                        ("string",),
                        "/properties/imageURL/type",
                        "type",
                    )
                )
        x87 = v.get("imageBase64Data", _MISSING)
        if x87 is not _MISSING:
            if type(x87) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x87,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x88 = v.get("imageDataURI", _MISSING)
        if x88 is not _MISSING:
            if type(x88) is str:
                if not (_uri_common(x88) is not None or is_uri(x88)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x88,
                            "uri",
                            "/properties/imageDataURI/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageDataURI",),
                        x88,
                        ("string",),
                        "/properties/imageDataURI/type",
                        "type",
                    )
                )
        x89 = v.get("seed", _MISSING)
        if x89 is not _MISSING:
            if type(x89) is int or (type(x89) is float and x89.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x89, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x90 = v.get("NSFWContent", _MISSING)
        if x90 is not _MISSING:
            if type(x90) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x90,
                        ("boolean",),
                        "/properties/NSFWContent/type",
                        "type",
                    )
                )
        x91 = v.get("cost", _MISSING)
        if x91 is not _MISSING:
            if type(x91) is int or (type(x91) is float and x91 - x91 == 0):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("cost",), x91, ("number",), "/properties/cost/type", "type"
                    )
                )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
