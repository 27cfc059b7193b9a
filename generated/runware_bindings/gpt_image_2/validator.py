"""Validators for GPT Image 2 (openai:gpt-image@2), generated from spec/models/gpt-image-2.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred, deferred_unexpected_keys
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


def _b43(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN21.issuperset(v):
            return False
        x44 = v["taskType"]
        if type(x44) is not str or x44 != "imageInference":
            return False
        x45 = v["taskUUID"]
        if type(x45) is not str or _PATTERN1(x45) is None:
            return False
        x46 = v.get("outputType", _MISSING)
        if x46 is not _MISSING:
            if type(x46) is not str or x46 not in _ENUM2:
                return False
        x47 = v.get("outputFormat", _MISSING)
        if x47 is not _MISSING:
            if type(x47) is not str or x47 not in _ENUM4:
                return False
        x48 = v.get("outputQuality", _MISSING)
        if x48 is not _MISSING:
            if (
                not ((type(x48) is int or (type(x48) is float and x48.is_integer())))
                or not 20 <= x48 <= 99
            ):
                return False
        x49 = v.get("webhookURL", _MISSING)
        if x49 is not _MISSING:
            if type(x49) is not str or not (_uri_common(x49) is not None or is_uri(x49)):
                return False
        x50 = v.get("deliveryMethod", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is not str or x50 not in _ENUM6:
                return False
        x51 = v.get("uploadEndpoint", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is not str or not (_uri_common(x51) is not None or is_uri(x51)):
                return False
        x52 = v.get("safety", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is not dict:
                return False
            x53 = x52.get("checkContent", _MISSING)
            if x53 is not _MISSING:
                if type(x53) is not bool:
                    return False
            if len(x52) != 0 + (x53 is not _MISSING):
                return False
        x54 = v.get("ttl", _MISSING)
        if x54 is not _MISSING:
            if (
                not ((type(x54) is int or (type(x54) is float and x54.is_integer())))
                or not 60 <= x54
            ):
                return False
        x55 = v.get("includeCost", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is not bool:
                return False
        x56 = v.get("numberResults", _MISSING)
        if x56 is not _MISSING:
            if (
                not ((type(x56) is int or (type(x56) is float and x56.is_integer())))
                or not 1 <= x56 <= 20
            ):
                return False
        x57 = v.get("inputs", _MISSING)
        if x57 is not _MISSING:
            if type(x57) is not dict:
                return False
            x58 = x57.get("referenceImages", _MISSING)
            if x58 is not _MISSING:
                if type(x58) is not list:
                    return False
                for x59 in x58:
                    if type(x59) is not str:
                        return False
            if len(x57) != 0 + (x58 is not _MISSING):
                return False
        x60 = v["model"]
        if type(x60) is not str or x60 != "openai:gpt-image@2":
            return False
        x61 = v["positivePrompt"]
        if type(x61) is not str or not 2 <= len(x61) <= 32000:
            return False
        x62 = v["width"]
        if (
            not ((type(x62) is int or (type(x62) is float and x62.is_integer())))
            or not 480 <= x62 <= 3840
            or not is_multiple_of(x62, 16)
        ):
            return False
        x63 = v["height"]
        if (
            not ((type(x63) is int or (type(x63) is float and x63.is_integer())))
            or not 480 <= x63 <= 3840
            or not is_multiple_of(x63, 16)
        ):
            return False
        x64 = v.get("providerSettings", _MISSING)
        if x64 is not _MISSING:
            if type(x64) is not dict:
                return False
            x65 = x64.get("openai", _MISSING)
            if x65 is not _MISSING:
                if type(x65) is not dict:
                    return False
                x66 = x65.get("moderation", _MISSING)
                if x66 is not _MISSING:
                    if type(x66) is not str or x66 not in _ENUM13:
                        return False
                x67 = x65.get("quality", _MISSING)
                if x67 is not _MISSING:
                    if type(x67) is not str or x67 not in _ENUM15:
                        return False
                if len(x65) != 0 + (x66 is not _MISSING) + (x67 is not _MISSING):
                    return False
            if len(x64) != 0 + (x65 is not _MISSING):
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
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x9,
                            _KNOWN8,
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
                        ok21 = True
                        try:
                            for x20 in x18:
                                if type(x20) is not str:
                                    ok21 = False
                                    break
                        except (KeyError, RecursionError):
                            ok21 = False
                        if not ok21:
                            for i19 in range(0, len(x18)):
                                x20 = x18[i19]
                                if type(x20) is str:
                                    pass
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "referenceImages", i19),
                                            x20,
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
                                x18,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not _KNOWN10.issuperset(x17):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x17,
                            _KNOWN10,
                            _KNOWNLIST11,
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
            x25 = v["model"]
        except KeyError:
            errs.append(deferred(missing, (), "model", "/required", "required"))
        else:
            if type(x25) is str:
                if not x25 == "openai:gpt-image@2":
                    errs.append(
                        deferred(
                            not_const, ("model",), x25, _CONST12, "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("model",), x25, ("string",), "/properties/model/type", "type"
                    )
                )
        try:
            x26 = v["positivePrompt"]
        except KeyError:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        else:
            if type(x26) is str:
                n27 = len(x26)
                if n27 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x26,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 32000},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n27 > 32000:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x26,
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
                        x26,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        try:
            x28 = v["width"]
        except KeyError:
            errs.append(deferred(missing, (), "width", "/required", "required"))
        else:
            if type(x28) is int or (type(x28) is float and x28.is_integer()):
                if not x28 >= 480:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x28,
                            "minimum",
                            480,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/width/minimum",
                            "minimum",
                        )
                    )
                if not x28 <= 3840:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x28,
                            "maximum",
                            3840,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/width/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x28, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("width",),
                            x28,
                            16,
                            "/properties/width/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x28, ("integer",), "/properties/width/type", "type"
                    )
                )
        try:
            x29 = v["height"]
        except KeyError:
            errs.append(deferred(missing, (), "height", "/required", "required"))
        else:
            if type(x29) is int or (type(x29) is float and x29.is_integer()):
                if not x29 >= 480:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x29,
                            "minimum",
                            480,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/height/minimum",
                            "minimum",
                        )
                    )
                if not x29 <= 3840:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x29,
                            "maximum",
                            3840,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/height/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x29, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("height",),
                            x29,
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
                        x29,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x30 = v.get("providerSettings", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is dict:
                x31 = x30.get("openai", _MISSING)
                if x31 is not _MISSING:
                    if type(x31) is dict:
                        x32 = x31.get("moderation", _MISSING)
                        if x32 is not _MISSING:
                            if type(x32) is str:
                                if not x32 in _ENUM13:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("providerSettings", "openai", "moderation"),
                                            x32,
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
                                        x32,
                                        ("string",),
                                        "/properties/providerSettings/properties/openai/properties/moderation/type",
                                        "type",
                                    )
                                )
                        x33 = x31.get("quality", _MISSING)
                        if x33 is not _MISSING:
                            if type(x33) is str:
                                if not x33 in _ENUM15:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("providerSettings", "openai", "quality"),
                                            x33,
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
                                        x33,
                                        ("string",),
                                        "/properties/providerSettings/properties/openai/properties/quality/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN17.issuperset(x31):
                            errs.extend(
                                deferred_unexpected_keys(
                                    ("providerSettings", "openai"),
                                    x31,
                                    _KNOWN17,
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
                                x31,
                                ("object",),
                                "/properties/providerSettings/properties/openai/type",
                                "type",
                            )
                        )
                if not _KNOWN19.issuperset(x30):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("providerSettings",),
                            x30,
                            _KNOWN19,
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
                        x30,
                        ("object",),
                        "/properties/providerSettings/type",
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
            x68 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x68) is str:
                if not x68 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x68,
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
                        x68,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x69 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x69) is str:
                if _PATTERN1(x69) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("taskUUID",),
                            x69,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x69):
                        errs.append(
                            deferred(
                                bad_format,
                                ("taskUUID",),
                                x69,
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
                        x69,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        try:
            x70 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x70) is str:
                if _PATTERN1(x70) is None:
                    errs.append(
                        deferred(
                            no_pattern_match,
                            ("imageUUID",),
                            x70,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
                    if not is_uuid(x70):
                        errs.append(
                            deferred(
                                bad_format,
                                ("imageUUID",),
                                x70,
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
                        x70,
                        ("string",),
                        "/properties/imageUUID/type",
                        "type",
                    )
                )
        x71 = v.get("imageURL", _MISSING)
        if x71 is not _MISSING:
            if type(x71) is str:
                if not (_uri_common(x71) is not None or is_uri(x71)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x71,
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
                        x71,
                        ("string",),
                        "/properties/imageURL/type",
                        "type",
                    )
                )
        x72 = v.get("imageBase64Data", _MISSING)
        if x72 is not _MISSING:
            if type(x72) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x72,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x73 = v.get("imageDataURI", _MISSING)
        if x73 is not _MISSING:
            if type(x73) is str:
                if not (_uri_common(x73) is not None or is_uri(x73)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x73,
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
                        x73,
                        ("string",),
                        "/properties/imageDataURI/type",
                        "type",
                    )
                )
        x74 = v.get("seed", _MISSING)
        if x74 is not _MISSING:
            if type(x74) is int or (type(x74) is float and x74.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x74, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x75 = v.get("NSFWContent", _MISSING)
        if x75 is not _MISSING:
            if type(x75) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x75,
                        ("boolean",),
                        "/properties/NSFWContent/type",
                        "type",
                    )
                )
        x76 = v.get("cost", _MISSING)
        if x76 is not _MISSING:
            if type(x76) is int or (type(x76) is float and x76 - x76 == 0):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("cost",), x76, ("number",), "/properties/cost/type", "type"
                    )
                )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
