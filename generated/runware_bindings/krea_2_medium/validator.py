"""Validators for Krea 2 Medium (krea:krea@2-medium), generated from spec/models/krea-2-medium.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred
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
    unexpected,
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


def _b47(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN21.issuperset(v):
            return False
        x48 = v["taskType"]
        if type(x48) is not str or x48 != "imageInference":
            return False
        x49 = v["taskUUID"]
        if type(x49) is not str or _PATTERN1(x49) is None:
            return False
        x50 = v.get("outputType", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is not str or x50 not in _ENUM2:
                return False
        x51 = v.get("outputFormat", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is not str or x51 not in _ENUM4:
                return False
        x52 = v.get("outputQuality", _MISSING)
        if x52 is not _MISSING:
            if (
                not ((type(x52) is int or (type(x52) is float and x52.is_integer())))
                or not 20 <= x52 <= 99
            ):
                return False
        x53 = v.get("webhookURL", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is not str or not (_uri_common(x53) is not None or is_uri(x53)):
                return False
        x54 = v.get("deliveryMethod", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is not str or x54 not in _ENUM6:
                return False
        x55 = v.get("uploadEndpoint", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is not str or not (_uri_common(x55) is not None or is_uri(x55)):
                return False
        x56 = v.get("safety", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is not dict:
                return False
            x57 = x56.get("checkContent", _MISSING)
            if x57 is not _MISSING:
                if type(x57) is not bool:
                    return False
            x58 = x56.get("mode", _MISSING)
            if x58 is not _MISSING:
                if type(x58) is not str or x58 not in _ENUM8:
                    return False
            if len(x56) != 0 + (x57 is not _MISSING) + (x58 is not _MISSING):
                return False
        x59 = v.get("ttl", _MISSING)
        if x59 is not _MISSING:
            if (
                not ((type(x59) is int or (type(x59) is float and x59.is_integer())))
                or not 60 <= x59
            ):
                return False
        x60 = v.get("includeCost", _MISSING)
        if x60 is not _MISSING:
            if type(x60) is not bool:
                return False
        x61 = v.get("numberResults", _MISSING)
        if x61 is not _MISSING:
            if (
                not ((type(x61) is int or (type(x61) is float and x61.is_integer())))
                or not 1 <= x61 <= 20
            ):
                return False
        x62 = v.get("inputs", _MISSING)
        if x62 is not _MISSING:
            if type(x62) is not dict:
                return False
            x63 = x62.get("referenceImages", _MISSING)
            if x63 is not _MISSING:
                if type(x63) is not list:
                    return False
                if not 1 <= len(x63) <= 10:
                    return False
                for x64 in x63:
                    t65 = type(x64)
                    if t65 is str:
                        pass
                    elif t65 is dict:
                        x66 = x64["image"]
                        if type(x66) is not str:
                            return False
                        x67 = x64.get("strength", _MISSING)
                        if x67 is not _MISSING:
                            if not ((type(x67) is int or type(x67) is float)) or not -2 <= x67 <= 2:
                                return False
                        if len(x64) != 1 + (x67 is not _MISSING):
                            return False
                    else:
                        return False
            if len(x62) != 0 + (x63 is not _MISSING):
                return False
        x68 = v["model"]
        if type(x68) is not str or x68 != "krea:krea@2-medium":
            return False
        x69 = v["positivePrompt"]
        if type(x69) is not str:
            return False
        x70 = v["width"]
        if not ((type(x70) is int or (type(x70) is float and x70.is_integer()))):
            return False
        x71 = v["height"]
        if not ((type(x71) is int or (type(x71) is float and x71.is_integer()))):
            return False
        x72 = v.get("seed", _MISSING)
        if x72 is not _MISSING:
            if (
                not ((type(x72) is int or (type(x72) is float and x72.is_integer())))
                or not 0 <= x72 <= 9223372036854775807
            ):
                return False
        x73 = v.get("settings", _MISSING)
        if x73 is not _MISSING:
            if type(x73) is not dict:
                return False
            x74 = x73.get("creativity", _MISSING)
            if x74 is not _MISSING:
                if type(x74) is not str or x74 not in _ENUM17:
                    return False
            if len(x73) != 0 + (x74 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
        if "width" in v and "height" in v:
            matched77 = 0
            if type(v) is dict:
                c75 = v.get("width", _MISSING)
                c76 = v.get("height", _MISSING)
                if type(c75) in (int, float) and type(c76) in (int, float):
                    matched77 = _ROWS23.get((c75, c76), 0)
                else:
                    matched77 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is not dict or matched77 != 1:
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
                    for k12 in x9:
                        if k12 not in _KNOWN10:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("safety",),
                                    k12,
                                    x9[k12],
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
        x14 = v.get("ttl", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is int or (type(x14) is float and x14.is_integer()):
                if not x14 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x14,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x14, ("integer",), "/$defs/ttl/type", "type")
                )
        x15 = v.get("includeCost", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x15,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x16 = v.get("numberResults", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is int or (type(x16) is float and x16.is_integer()):
                if not x16 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x16,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x16 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x16,
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
                        x16,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x17 = v.get("inputs", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is dict:
                x18 = x17.get("referenceImages", _MISSING)
                if x18 is not _MISSING:
                    if type(x18) is list:
                        n19 = len(x18)
                        if n19 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x18,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n19 > 10:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x18,
                                    "maxItems",
                                    10,
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/maxItems",
                                    "maxItems",
                                )
                            )
                        ok22 = True
                        try:
                            for x21 in x18:
                                t23 = type(x21)
                                if t23 is str:
                                    pass
                                elif t23 is dict:
                                    x24 = x21["image"]
                                    if type(x24) is not str:
                                        ok22 = False
                                        break
                                    x25 = x21.get("strength", _MISSING)
                                    if x25 is not _MISSING:
                                        if (
                                            not ((type(x25) is int or type(x25) is float))
                                            or not -2 <= x25 <= 2
                                        ):
                                            ok22 = False
                                            break
                                    if len(x21) != 1 + (x25 is not _MISSING):
                                        ok22 = False
                                        break
                                else:
                                    ok22 = False
                                    break
                        except (KeyError, RecursionError):
                            ok22 = False
                        if not ok22:
                            for i20 in range(0, len(x18)):
                                x21 = x18[i20]
                                t26 = type(x21)
                                if t26 is str:
                                    pass
                                elif t26 is dict:
                                    try:
                                        x27 = x21["image"]
                                    except KeyError:
                                        errs.append(
                                            deferred(
                                                missing,
                                                ("inputs", "referenceImages", i20),
                                                "image",
                                                "/properties/inputs/properties/referenceImages/items/oneOf/1/required",
                                                "required",
                                            )
                                        )
                                    else:
                                        if type(x27) is str:
                                            pass
                                        else:
                                            errs.append(
                                                deferred(
                                                    wrong_type,
                                                    ("inputs", "referenceImages", i20, "image"),
                                                    x27,
                                                    ("string",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/image/type",
                                                    "type",
                                                )
                                            )
                                    x28 = x21.get("strength", _MISSING)
                                    if x28 is not _MISSING:
                                        if type(x28) is int or (
                                            type(x28) is float and x28 - x28 == 0
                                        ):
                                            if not x28 >= -2:
                                                errs.append(
                                                    deferred(
                                                        out_of_range,
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i20,
                                                            "strength",
                                                        ),
                                                        x28,
                                                        "minimum",
                                                        -2,
                                                        {"minimum": -2, "maximum": 2},
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/minimum",
                                                        "minimum",
                                                    )
                                                )
                                            if not x28 <= 2:
                                                errs.append(
                                                    deferred(
                                                        out_of_range,
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i20,
                                                            "strength",
                                                        ),
                                                        x28,
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
                                                    ("inputs", "referenceImages", i20, "strength"),
                                                    x28,
                                                    ("number",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/type",
                                                    "type",
                                                )
                                            )
                                    if not _KNOWN12.issuperset(x21):
                                        for k29 in x21:
                                            if k29 not in _KNOWN12:
                                                errs.append(
                                                    deferred(
                                                        unexpected,
                                                        ("inputs", "referenceImages", i20),
                                                        k29,
                                                        x21[k29],
                                                        _KNOWNLIST13,
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/additionalProperties",
                                                        "additionalProperties",
                                                    )
                                                )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "referenceImages", i20),
                                            x21,
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
                                x18,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not _KNOWN14.issuperset(x17):
                    for k31 in x17:
                        if k31 not in _KNOWN14:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("inputs",),
                                    k31,
                                    x17[k31],
                                    _KNOWNLIST15,
                                    "/properties/inputs/additionalProperties",
                                    "additionalProperties",
                                )
                            )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x17, ("object",), "/properties/inputs/type", "type"
                    )
                )
        try:
            x33 = v["model"]
        except KeyError:
            errs.append(deferred(missing, (), "model", "/required", "required"))
        else:
            if type(x33) is str:
                if not x33 == "krea:krea@2-medium":
                    errs.append(
                        deferred(
                            not_const, ("model",), x33, _CONST16, "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("model",), x33, ("string",), "/properties/model/type", "type"
                    )
                )
        try:
            x34 = v["positivePrompt"]
        except KeyError:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        else:
            if type(x34) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("positivePrompt",),
                        x34,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        try:
            x35 = v["width"]
        except KeyError:
            errs.append(deferred(missing, (), "width", "/required", "required"))
        else:
            if type(x35) is int or (type(x35) is float and x35.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x35, ("integer",), "/properties/width/type", "type"
                    )
                )
        try:
            x36 = v["height"]
        except KeyError:
            errs.append(deferred(missing, (), "height", "/required", "required"))
        else:
            if type(x36) is int or (type(x36) is float and x36.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x36,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x37 = v.get("seed", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is int or (type(x37) is float and x37.is_integer()):
                if not x37 >= 0:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x37,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/minimum",
                            "minimum",
                        )
                    )
                if not x37 <= 9223372036854775807:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x37,
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
                        wrong_type, ("seed",), x37, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x38 = v.get("settings", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is dict:
                x39 = x38.get("creativity", _MISSING)
                if x39 is not _MISSING:
                    if type(x39) is str:
                        if not x39 in _ENUM17:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("settings", "creativity"),
                                    x39,
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
                                x39,
                                ("string",),
                                "/properties/settings/properties/creativity/type",
                                "type",
                            )
                        )
                if not _KNOWN19.issuperset(x38):
                    for k40 in x38:
                        if k40 not in _KNOWN19:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("settings",),
                                    k40,
                                    x38[k40],
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
                        x38,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        if not _KNOWN21.issuperset(v):
            for k42 in v:
                if k42 not in _KNOWN21:
                    errs.append(
                        deferred(
                            unexpected,
                            (),
                            k42,
                            v[k42],
                            _KNOWNLIST22,
                            "/additionalProperties",
                            "additionalProperties",
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
            matched46 = 0
            if type(v) is dict:
                c44 = v.get("width", _MISSING)
                c45 = v.get("height", _MISSING)
                if type(c44) in (int, float) and type(c45) in (int, float):
                    matched46 = _ROWS23.get((c44, c45), 0)
                else:
                    matched46 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is dict:
                if matched46 != 1:
                    errs.append(
                        deferred(
                            bad_combination,
                            (),
                            v,
                            ("width", "height"),
                            _TABLE25,
                            _LABELS26,
                            matched46,
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
        return _b47(payload)
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
            x78 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x78) is str:
                if not x78 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x78,
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
                        x78,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x79 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x79) is str:
                if _PATTERN1(x79) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("taskUUID",),
                            x79,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x79):
                        errs.append(
                            deferred(
                                bad_format,
                                ("taskUUID",),
                                x79,
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
                        x79,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        try:
            x80 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x80) is str:
                if _PATTERN1(x80) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("imageUUID",),
                            x80,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x80):
                        errs.append(
                            deferred(
                                bad_format,
                                ("imageUUID",),
                                x80,
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
                        x80,
                        ("string",),
                        "/properties/imageUUID/type",
                        "type",
                    )
                )
        x81 = v.get("imageURL", _MISSING)
        if x81 is not _MISSING:
            if type(x81) is str:
                if not (_uri_common(x81) is not None or is_uri(x81)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x81,
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
                        x81,
                        ("string",),
                        "/properties/imageURL/type",
                        "type",
                    )
                )
        x82 = v.get("imageBase64Data", _MISSING)
        if x82 is not _MISSING:
            if type(x82) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x82,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x83 = v.get("imageDataURI", _MISSING)
        if x83 is not _MISSING:
            if type(x83) is str:
                if not (_uri_common(x83) is not None or is_uri(x83)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x83,
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
                        x83,
                        ("string",),
                        "/properties/imageDataURI/type",
                        "type",
                    )
                )
        x84 = v.get("seed", _MISSING)
        if x84 is not _MISSING:
            if type(x84) is int or (type(x84) is float and x84.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x84, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x85 = v.get("NSFWContent", _MISSING)
        if x85 is not _MISSING:
            if type(x85) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x85,
                        ("boolean",),
                        "/properties/NSFWContent/type",
                        "type",
                    )
                )
        x86 = v.get("cost", _MISSING)
        if x86 is not _MISSING:
            if type(x86) is int or (type(x86) is float and x86 - x86 == 0):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("cost",), x86, ("number",), "/properties/cost/type", "type"
                    )
                )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
