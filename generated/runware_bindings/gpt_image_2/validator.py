"""Validators for GPT Image 2 (openai:gpt-image@2), generated from spec/models/gpt-image-2.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred
from .._runtime.formats import _uri_common, is_uri, is_uuid
from .._runtime.jsonvalues import is_multiple_of
from .._runtime.messages import (
    bad_format,
    bad_size,
    missing,
    missing_dependency,
    no_pattern_match,
    not_const,
    not_in_enum,
    not_multiple,
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
_KNOWN8 = frozenset({"checkContent"})
_KNOWNLIST9 = ["checkContent"]
_KNOWN10 = frozenset({"referenceImages"})
_KNOWNLIST11 = ["referenceImages"]
_CONST12 = "openai:gpt-image@2"
_ENUM13 = frozenset({"auto", "low"})
_ENUMLIST14 = ["auto", "low"]
_ENUM15 = frozenset({"auto", "high", "low", "medium"})
_ENUMLIST16 = ["auto", "high", "medium", "low"]
_KNOWN17 = frozenset({"moderation", "quality"})
_KNOWNLIST18 = ["moderation", "quality"]
_KNOWN19 = frozenset({"openai"})
_KNOWNLIST20 = ["openai"]
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
        "providerSettings",
        "safety",
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
    "providerSettings",
    "safety",
    "taskType",
    "taskUUID",
    "ttl",
    "uploadEndpoint",
    "webhookURL",
    "width",
]


def _b38(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN21.issuperset(v):
            return False
        x39 = v["taskType"]
        if type(x39) is not str or x39 != "imageInference":
            return False
        x40 = v["taskUUID"]
        if type(x40) is not str or _PATTERN1(x40) is None:
            return False
        x41 = v.get("outputType", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is not str or x41 not in _ENUM2:
                return False
        x42 = v.get("outputFormat", _MISSING)
        if x42 is not _MISSING:
            if type(x42) is not str or x42 not in _ENUM4:
                return False
        x43 = v.get("outputQuality", _MISSING)
        if x43 is not _MISSING:
            if (
                not ((type(x43) is int or (type(x43) is float and x43.is_integer())))
                or not 20 <= x43 <= 99
            ):
                return False
        x44 = v.get("webhookURL", _MISSING)
        if x44 is not _MISSING:
            if type(x44) is not str or not (_uri_common(x44) is not None or is_uri(x44)):
                return False
        x45 = v.get("deliveryMethod", _MISSING)
        if x45 is not _MISSING:
            if type(x45) is not str or x45 not in _ENUM6:
                return False
        x46 = v.get("uploadEndpoint", _MISSING)
        if x46 is not _MISSING:
            if type(x46) is not str or not (_uri_common(x46) is not None or is_uri(x46)):
                return False
        x47 = v.get("safety", _MISSING)
        if x47 is not _MISSING:
            if type(x47) is not dict:
                return False
            x48 = x47.get("checkContent", _MISSING)
            if x48 is not _MISSING:
                if type(x48) is not bool:
                    return False
            if len(x47) != 0 + (x48 is not _MISSING):
                return False
        x49 = v.get("ttl", _MISSING)
        if x49 is not _MISSING:
            if (
                not ((type(x49) is int or (type(x49) is float and x49.is_integer())))
                or not 60 <= x49
            ):
                return False
        x50 = v.get("includeCost", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is not bool:
                return False
        x51 = v.get("numberResults", _MISSING)
        if x51 is not _MISSING:
            if (
                not ((type(x51) is int or (type(x51) is float and x51.is_integer())))
                or not 1 <= x51 <= 20
            ):
                return False
        x52 = v.get("inputs", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is not dict:
                return False
            x53 = x52.get("referenceImages", _MISSING)
            if x53 is not _MISSING:
                if type(x53) is not list:
                    return False
                for x54 in x53:
                    if type(x54) is not str:
                        return False
            if len(x52) != 0 + (x53 is not _MISSING):
                return False
        x55 = v["model"]
        if type(x55) is not str or x55 != "openai:gpt-image@2":
            return False
        x56 = v["positivePrompt"]
        if type(x56) is not str or not 2 <= len(x56) <= 32000:
            return False
        x57 = v["width"]
        if (
            not ((type(x57) is int or (type(x57) is float and x57.is_integer())))
            or not 480 <= x57 <= 3840
            or not is_multiple_of(x57, 16)
        ):
            return False
        x58 = v["height"]
        if (
            not ((type(x58) is int or (type(x58) is float and x58.is_integer())))
            or not 480 <= x58 <= 3840
            or not is_multiple_of(x58, 16)
        ):
            return False
        x59 = v.get("providerSettings", _MISSING)
        if x59 is not _MISSING:
            if type(x59) is not dict:
                return False
            x60 = x59.get("openai", _MISSING)
            if x60 is not _MISSING:
                if type(x60) is not dict:
                    return False
                x61 = x60.get("moderation", _MISSING)
                if x61 is not _MISSING:
                    if type(x61) is not str or x61 not in _ENUM13:
                        return False
                x62 = x60.get("quality", _MISSING)
                if x62 is not _MISSING:
                    if type(x62) is not str or x62 not in _ENUM15:
                        return False
                if len(x60) != 0 + (x61 is not _MISSING) + (x62 is not _MISSING):
                    return False
            if len(x59) != 0 + (x60 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
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
                if not _KNOWN8.issuperset(x9):
                    for k11 in x9:
                        if k11 not in _KNOWN8:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("safety",),
                                    k11,
                                    x9[k11],
                                    _KNOWNLIST9,
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
        x13 = v.get("ttl", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is int or (type(x13) is float and x13.is_integer()):
                if not x13 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x13,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x13, ("integer",), "/$defs/ttl/type", "type")
                )
        x14 = v.get("includeCost", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x14,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x15 = v.get("numberResults", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is int or (type(x15) is float and x15.is_integer()):
                if not x15 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x15,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x15 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x15,
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
                        x15,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x16 = v.get("inputs", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is dict:
                x17 = x16.get("referenceImages", _MISSING)
                if x17 is not _MISSING:
                    if type(x17) is list:
                        ok20 = True
                        try:
                            for x19 in x17:
                                if type(x19) is not str:
                                    ok20 = False
                                    break
                        except (KeyError, RecursionError):
                            ok20 = False
                        if not ok20:
                            for i18 in range(0, len(x17)):
                                x19 = x17[i18]
                                if type(x19) is str:
                                    pass
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "referenceImages", i18),
                                            x19,
                                            ("string",),
                                            "/properties/inputs/properties/referenceImages/items/type",
                                            "type",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "referenceImages"),
                                x17,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not _KNOWN10.issuperset(x16):
                    for k21 in x16:
                        if k21 not in _KNOWN10:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("inputs",),
                                    k21,
                                    x16[k21],
                                    _KNOWNLIST11,
                                    "/properties/inputs/additionalProperties",
                                    "additionalProperties",
                                )
                            )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x16, ("object",), "/properties/inputs/type", "type"
                    )
                )
        try:
            x23 = v["model"]
        except KeyError:
            errs.append(deferred(missing, (), "model", "/required", "required"))
        else:
            if type(x23) is str:
                if not x23 == "openai:gpt-image@2":
                    errs.append(
                        deferred(
                            not_const, ("model",), x23, _CONST12, "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("model",), x23, ("string",), "/properties/model/type", "type"
                    )
                )
        try:
            x24 = v["positivePrompt"]
        except KeyError:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        else:
            if type(x24) is str:
                n25 = len(x24)
                if n25 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x24,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 32000},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n25 > 32000:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x24,
                            "maxLength",
                            32000,
                            {"minLength": 2, "maxLength": 32000},
                            "/properties/positivePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("positivePrompt",),
                        x24,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        try:
            x26 = v["width"]
        except KeyError:
            errs.append(deferred(missing, (), "width", "/required", "required"))
        else:
            if type(x26) is int or (type(x26) is float and x26.is_integer()):
                if not x26 >= 480:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x26,
                            "minimum",
                            480,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/width/minimum",
                            "minimum",
                        )
                    )
                if not x26 <= 3840:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x26,
                            "maximum",
                            3840,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/width/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x26, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("width",),
                            x26,
                            16,
                            "/properties/width/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x26, ("integer",), "/properties/width/type", "type"
                    )
                )
        try:
            x27 = v["height"]
        except KeyError:
            errs.append(deferred(missing, (), "height", "/required", "required"))
        else:
            if type(x27) is int or (type(x27) is float and x27.is_integer()):
                if not x27 >= 480:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x27,
                            "minimum",
                            480,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/height/minimum",
                            "minimum",
                        )
                    )
                if not x27 <= 3840:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x27,
                            "maximum",
                            3840,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/height/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x27, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("height",),
                            x27,
                            16,
                            "/properties/height/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x27,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x28 = v.get("providerSettings", _MISSING)
        if x28 is not _MISSING:
            if type(x28) is dict:
                x29 = x28.get("openai", _MISSING)
                if x29 is not _MISSING:
                    if type(x29) is dict:
                        x30 = x29.get("moderation", _MISSING)
                        if x30 is not _MISSING:
                            if type(x30) is str:
                                if not x30 in _ENUM13:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("providerSettings", "openai", "moderation"),
                                            x30,
                                            _ENUMLIST14,
                                            "/properties/providerSettings/properties/openai/properties/moderation/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "openai", "moderation"),
                                        x30,
                                        ("string",),
                                        "/properties/providerSettings/properties/openai/properties/moderation/type",
                                        "type",
                                    )
                                )
                        x31 = x29.get("quality", _MISSING)
                        if x31 is not _MISSING:
                            if type(x31) is str:
                                if not x31 in _ENUM15:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("providerSettings", "openai", "quality"),
                                            x31,
                                            _ENUMLIST16,
                                            "/properties/providerSettings/properties/openai/properties/quality/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "openai", "quality"),
                                        x31,
                                        ("string",),
                                        "/properties/providerSettings/properties/openai/properties/quality/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN17.issuperset(x29):
                            for k32 in x29:
                                if k32 not in _KNOWN17:
                                    errs.append(
                                        deferred(
                                            unexpected,
                                            ("providerSettings", "openai"),
                                            k32,
                                            x29[k32],
                                            _KNOWNLIST18,
                                            "/properties/providerSettings/properties/openai/additionalProperties",
                                            "additionalProperties",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("providerSettings", "openai"),
                                x29,
                                ("object",),
                                "/properties/providerSettings/properties/openai/type",
                                "type",
                            )
                        )
                if not _KNOWN19.issuperset(x28):
                    for k34 in x28:
                        if k34 not in _KNOWN19:
                            errs.append(
                                deferred(
                                    unexpected,
                                    ("providerSettings",),
                                    k34,
                                    x28[k34],
                                    _KNOWNLIST20,
                                    "/properties/providerSettings/additionalProperties",
                                    "additionalProperties",
                                )
                            )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("providerSettings",),
                        x28,
                        ("object",),
                        "/properties/providerSettings/type",
                        "type",
                    )
                )
        if not _KNOWN21.issuperset(v):
            for k36 in v:
                if k36 not in _KNOWN21:
                    errs.append(
                        deferred(
                            unexpected,
                            (),
                            k36,
                            v[k36],
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
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b38(payload)
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
            x63 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x63) is str:
                if not x63 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x63,
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
                        x63,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x64 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x64) is str:
                if _PATTERN1(x64) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("taskUUID",),
                            x64,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x64):
                        errs.append(
                            deferred(
                                bad_format,
                                ("taskUUID",),
                                x64,
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
                        x64,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        try:
            x65 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x65) is str:
                if _PATTERN1(x65) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("imageUUID",),
                            x65,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x65):
                        errs.append(
                            deferred(
                                bad_format,
                                ("imageUUID",),
                                x65,
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
                        x65,
                        ("string",),
                        "/properties/imageUUID/type",
                        "type",
                    )
                )
        x66 = v.get("imageURL", _MISSING)
        if x66 is not _MISSING:
            if type(x66) is str:
                if not (_uri_common(x66) is not None or is_uri(x66)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x66,
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
                        x66,
                        ("string",),
                        "/properties/imageURL/type",
                        "type",
                    )
                )
        x67 = v.get("imageBase64Data", _MISSING)
        if x67 is not _MISSING:
            if type(x67) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x67,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x68 = v.get("imageDataURI", _MISSING)
        if x68 is not _MISSING:
            if type(x68) is str:
                if not (_uri_common(x68) is not None or is_uri(x68)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x68,
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
                        x68,
                        ("string",),
                        "/properties/imageDataURI/type",
                        "type",
                    )
                )
        x69 = v.get("seed", _MISSING)
        if x69 is not _MISSING:
            if type(x69) is int or (type(x69) is float and x69.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x69, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x70 = v.get("NSFWContent", _MISSING)
        if x70 is not _MISSING:
            if type(x70) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x70,
                        ("boolean",),
                        "/properties/NSFWContent/type",
                        "type",
                    )
                )
        x71 = v.get("cost", _MISSING)
        if x71 is not _MISSING:
            if type(x71) is int or (type(x71) is float and x71 - x71 == 0):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("cost",), x71, ("number",), "/properties/cost/type", "type"
                    )
                )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
