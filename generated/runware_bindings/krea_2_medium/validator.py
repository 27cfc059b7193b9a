"""Validators for Krea 2 Medium (krea:krea@2-medium), generated from spec/models/krea-2-medium.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred
from .._runtime.formats import is_uri, is_uuid
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


def _b43(v: Any) -> bool:
    if type(v) is not dict:
        return False
    if not _KNOWN21.issuperset(v):
        return False
    x44 = v.get("taskType", _MISSING)
    if x44 is not _MISSING:
        if type(x44) is not str:
            return False
        if not x44 == "imageInference":
            return False
    else:
        return False
    x45 = v.get("taskUUID", _MISSING)
    if x45 is not _MISSING:
        if type(x45) is not str:
            return False
        if _PATTERN1(x45) is None:
            return False
    else:
        return False
    x46 = v.get("outputType", _MISSING)
    if x46 is not _MISSING:
        if type(x46) is not str:
            return False
        if not x46 in _ENUM2:
            return False
    x47 = v.get("outputFormat", _MISSING)
    if x47 is not _MISSING:
        if type(x47) is not str:
            return False
        if not x47 in _ENUM4:
            return False
    x48 = v.get("outputQuality", _MISSING)
    if x48 is not _MISSING:
        if not ((type(x48) is int or (type(x48) is float and x48.is_integer()))):
            return False
        if not (20 <= x48 and x48 <= 99):
            return False
    x49 = v.get("webhookURL", _MISSING)
    if x49 is not _MISSING:
        if type(x49) is not str:
            return False
        if not is_uri(x49):
            return False
    x50 = v.get("deliveryMethod", _MISSING)
    if x50 is not _MISSING:
        if type(x50) is not str:
            return False
        if not x50 in _ENUM6:
            return False
    x51 = v.get("uploadEndpoint", _MISSING)
    if x51 is not _MISSING:
        if type(x51) is not str:
            return False
        if not is_uri(x51):
            return False
    x52 = v.get("safety", _MISSING)
    if x52 is not _MISSING:
        if type(x52) is not dict:
            return False
        if not _KNOWN10.issuperset(x52):
            return False
        x53 = x52.get("checkContent", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is not bool:
                return False
        x54 = x52.get("mode", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is not str:
                return False
            if not x54 in _ENUM8:
                return False
    x55 = v.get("ttl", _MISSING)
    if x55 is not _MISSING:
        if not ((type(x55) is int or (type(x55) is float and x55.is_integer()))):
            return False
        if not (60 <= x55):
            return False
    x56 = v.get("includeCost", _MISSING)
    if x56 is not _MISSING:
        if type(x56) is not bool:
            return False
    x57 = v.get("numberResults", _MISSING)
    if x57 is not _MISSING:
        if not ((type(x57) is int or (type(x57) is float and x57.is_integer()))):
            return False
        if not (1 <= x57 and x57 <= 20):
            return False
    x58 = v.get("inputs", _MISSING)
    if x58 is not _MISSING:
        if type(x58) is not dict:
            return False
        if not _KNOWN14.issuperset(x58):
            return False
        x59 = x58.get("referenceImages", _MISSING)
        if x59 is not _MISSING:
            if type(x59) is not list:
                return False
            if not 1 <= len(x59) <= 10:
                return False
            for x60 in x59:
                if type(x60) is str:
                    pass
                elif type(x60) is dict:
                    if not _KNOWN12.issuperset(x60):
                        return False
                    x61 = x60.get("image", _MISSING)
                    if x61 is not _MISSING:
                        if type(x61) is not str:
                            return False
                    else:
                        return False
                    x62 = x60.get("strength", _MISSING)
                    if x62 is not _MISSING:
                        if not ((type(x62) is int or (type(x62) is float and x62 - x62 == 0))):
                            return False
                        if not (-2 <= x62 and x62 <= 2):
                            return False
                else:
                    return False
    x63 = v.get("model", _MISSING)
    if x63 is not _MISSING:
        if type(x63) is not str:
            return False
        if not x63 == "krea:krea@2-medium":
            return False
    else:
        return False
    x64 = v.get("positivePrompt", _MISSING)
    if x64 is not _MISSING:
        if type(x64) is not str:
            return False
    else:
        return False
    x65 = v.get("width", _MISSING)
    if x65 is not _MISSING:
        if not ((type(x65) is int or (type(x65) is float and x65.is_integer()))):
            return False
    else:
        return False
    x66 = v.get("height", _MISSING)
    if x66 is not _MISSING:
        if not ((type(x66) is int or (type(x66) is float and x66.is_integer()))):
            return False
    else:
        return False
    x67 = v.get("seed", _MISSING)
    if x67 is not _MISSING:
        if not ((type(x67) is int or (type(x67) is float and x67.is_integer()))):
            return False
        if not (0 <= x67 and x67 <= 9223372036854775807):
            return False
    x68 = v.get("settings", _MISSING)
    if x68 is not _MISSING:
        if type(x68) is not dict:
            return False
        if not _KNOWN19.issuperset(x68):
            return False
        x69 = x68.get("creativity", _MISSING)
        if x69 is not _MISSING:
            if type(x69) is not str:
                return False
            if not x69 in _ENUM17:
                return False
    if type(v) is dict:
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
    if not type(v) is dict or ("width" in v and "height" in v):
        matched70 = 0
        if type(v) is dict:
            if (
                "width" in v
                and "height" in v
                and type(v["width"]) in (int, float)
                and type(v["height"]) in (int, float)
            ):
                matched70 = _ROWS23.get((v["width"], v["height"]), 0)
            else:
                matched70 = count_rows(v, ("width", "height"), _ROWTUPLES24)
        if type(v) is not dict or matched70 != 1:
            return False
    return True


def _value_at(payload: object, parts: tuple[str, ...]) -> Any:
    for part in parts:
        if type(payload) is not dict:
            return None
        payload = payload.get(part)
    return payload


def _b71(v: Any) -> bool:
    if type(v) is dict:
        if "ttl" not in v:
            return False
        x72 = v.get("outputType", _MISSING)
        if x72 is not _MISSING:
            if type(x72) is str and x72 == "URL":
                return False
        else:
            return False
    return True


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("taskType", _MISSING)
        if x1 is not _MISSING:
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
        else:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        x2 = v.get("taskUUID", _MISSING)
        if x2 is not _MISSING:
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
        else:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
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
                if not is_uri(x6):
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
                if not is_uri(x8):
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
                                if type(x21) is str:
                                    pass
                                elif type(x21) is dict:
                                    if not _KNOWN12.issuperset(x21):
                                        ok22 = False
                                        break
                                    x23 = x21.get("image", _MISSING)
                                    if x23 is not _MISSING:
                                        if type(x23) is not str:
                                            ok22 = False
                                            break
                                    else:
                                        ok22 = False
                                        break
                                    x24 = x21.get("strength", _MISSING)
                                    if x24 is not _MISSING:
                                        if not (
                                            (
                                                type(x24) is int
                                                or (type(x24) is float and x24 - x24 == 0)
                                            )
                                        ):
                                            ok22 = False
                                            break
                                        if not (-2 <= x24 and x24 <= 2):
                                            ok22 = False
                                            break
                                else:
                                    ok22 = False
                                    break
                        except RecursionError:
                            ok22 = False
                        if not ok22:
                            for i20 in range(0, len(x18)):
                                x21 = x18[i20]
                                if type(x21) is str:
                                    pass
                                elif type(x21) is dict:
                                    x25 = x21.get("image", _MISSING)
                                    if x25 is not _MISSING:
                                        if type(x25) is str:
                                            pass
                                        else:
                                            errs.append(
                                                deferred(
                                                    wrong_type,
                                                    ("inputs", "referenceImages", i20, "image"),
                                                    x25,
                                                    ("string",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/image/type",
                                                    "type",
                                                )
                                            )
                                    else:
                                        errs.append(
                                            deferred(
                                                missing,
                                                ("inputs", "referenceImages", i20),
                                                "image",
                                                "/properties/inputs/properties/referenceImages/items/oneOf/1/required",
                                                "required",
                                            )
                                        )
                                    x26 = x21.get("strength", _MISSING)
                                    if x26 is not _MISSING:
                                        if type(x26) is int or (
                                            type(x26) is float and x26 - x26 == 0
                                        ):
                                            if not x26 >= -2:
                                                errs.append(
                                                    deferred(
                                                        out_of_range,
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i20,
                                                            "strength",
                                                        ),
                                                        x26,
                                                        "minimum",
                                                        -2,
                                                        {"minimum": -2, "maximum": 2},
                                                        "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/minimum",
                                                        "minimum",
                                                    )
                                                )
                                            if not x26 <= 2:
                                                errs.append(
                                                    deferred(
                                                        out_of_range,
                                                        (
                                                            "inputs",
                                                            "referenceImages",
                                                            i20,
                                                            "strength",
                                                        ),
                                                        x26,
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
                                                    x26,
                                                    ("number",),
                                                    "/properties/inputs/properties/referenceImages/items/oneOf/1/properties/strength/type",
                                                    "type",
                                                )
                                            )
                                    if not _KNOWN12.issuperset(x21):
                                        for k27 in x21:
                                            if k27 not in _KNOWN12:
                                                errs.append(
                                                    deferred(
                                                        unexpected,
                                                        ("inputs", "referenceImages", i20),
                                                        k27,
                                                        x21[k27],
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
                    for k29 in x17:
                        if k29 not in _KNOWN14:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("inputs",),
                                    k29,
                                    x17[k29],
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
        x31 = v.get("model", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is str:
                if not x31 == "krea:krea@2-medium":
                    errs.append(
                        deferred(
                            not_const, ("model",), x31, _CONST16, "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("model",), x31, ("string",), "/properties/model/type", "type"
                    )
                )
        else:
            errs.append(deferred(missing, (), "model", "/required", "required"))
        x32 = v.get("positivePrompt", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("positivePrompt",),
                        x32,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        else:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        x33 = v.get("width", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is int or (type(x33) is float and x33.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x33, ("integer",), "/properties/width/type", "type"
                    )
                )
        else:
            errs.append(deferred(missing, (), "width", "/required", "required"))
        x34 = v.get("height", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is int or (type(x34) is float and x34.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x34,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        else:
            errs.append(deferred(missing, (), "height", "/required", "required"))
        x35 = v.get("seed", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is int or (type(x35) is float and x35.is_integer()):
                if not x35 >= 0:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x35,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/minimum",
                            "minimum",
                        )
                    )
                if not x35 <= 9223372036854775807:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x35,
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
                        wrong_type, ("seed",), x35, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x36 = v.get("settings", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is dict:
                x37 = x36.get("creativity", _MISSING)
                if x37 is not _MISSING:
                    if type(x37) is str:
                        if not x37 in _ENUM17:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("settings", "creativity"),
                                    x37,
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
                                x37,
                                ("string",),
                                "/properties/settings/properties/creativity/type",
                                "type",
                            )
                        )
                if not _KNOWN19.issuperset(x36):
                    for k38 in x36:
                        if k38 not in _KNOWN19:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("settings",),
                                    k38,
                                    x36[k38],
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
                        x36,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        if not _KNOWN21.issuperset(v):
            for k40 in v:
                if k40 not in _KNOWN21:
                    errs.append(
                        deferred(
                            unexpected,
                            (),
                            k40,
                            v[k40],
                            _KNOWNLIST22,
                            "/additionalProperties",
                            "additionalProperties",
                        )
                    )
        if type(v) is dict:
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
        if not type(v) is dict or ("width" in v and "height" in v):
            matched42 = 0
            if type(v) is dict:
                if (
                    "width" in v
                    and "height" in v
                    and type(v["width"]) in (int, float)
                    and type(v["height"]) in (int, float)
                ):
                    matched42 = _ROWS23.get((v["width"], v["height"]), 0)
                else:
                    matched42 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is dict:
                if matched42 != 1:
                    errs.append(
                        deferred(
                            bad_combination,
                            (),
                            v,
                            ("width", "height"),
                            _TABLE25,
                            _LABELS26,
                            matched42,
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
        return _b43(payload)
    except RecursionError:
        return False


def _advisories(payload: object) -> list[ValidationWarning]:
    warns: list[ValidationWarning] = []
    v: Any = payload
    try:
        hit = _b71(v)
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
        x73 = v.get("taskType", _MISSING)
        if x73 is not _MISSING:
            if type(x73) is str:
                if not x73 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x73,
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
                        x73,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        else:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        x74 = v.get("taskUUID", _MISSING)
        if x74 is not _MISSING:
            if type(x74) is str:
                if _PATTERN1(x74) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("taskUUID",),
                            x74,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x74):
                        errs.append(
                            deferred(
                                bad_format,
                                ("taskUUID",),
                                x74,
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
                        x74,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        else:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        x75 = v.get("imageUUID", _MISSING)
        if x75 is not _MISSING:
            if type(x75) is str:
                if _PATTERN1(x75) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("imageUUID",),
                            x75,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x75):
                        errs.append(
                            deferred(
                                bad_format,
                                ("imageUUID",),
                                x75,
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
                        x75,
                        ("string",),
                        "/properties/imageUUID/type",
                        "type",
                    )
                )
        else:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        x76 = v.get("imageURL", _MISSING)
        if x76 is not _MISSING:
            if type(x76) is str:
                if not is_uri(x76):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x76,
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
                        x76,
                        ("string",),
                        "/properties/imageURL/type",
                        "type",
                    )
                )
        x77 = v.get("imageBase64Data", _MISSING)
        if x77 is not _MISSING:
            if type(x77) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x77,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x78 = v.get("imageDataURI", _MISSING)
        if x78 is not _MISSING:
            if type(x78) is str:
                if not is_uri(x78):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x78,
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
                        x78,
                        ("string",),
                        "/properties/imageDataURI/type",
                        "type",
                    )
                )
        x79 = v.get("seed", _MISSING)
        if x79 is not _MISSING:
            if type(x79) is int or (type(x79) is float and x79.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x79, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x80 = v.get("NSFWContent", _MISSING)
        if x80 is not _MISSING:
            if type(x80) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x80,
                        ("boolean",),
                        "/properties/NSFWContent/type",
                        "type",
                    )
                )
        x81 = v.get("cost", _MISSING)
        if x81 is not _MISSING:
            if type(x81) is int or (type(x81) is float and x81 - x81 == 0):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("cost",), x81, ("number",), "/properties/cost/type", "type"
                    )
                )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
