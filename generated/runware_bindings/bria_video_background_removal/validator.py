"""Validators for Bria Video Background Removal (bria:51@1), generated from spec/models/bria-video-background-removal.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred, deferred_unexpected_keys
from .._runtime.formats import _uri_common, is_uri, is_uuid
from .._runtime.messages import (
    bad_format,
    bad_size,
    missing,
    not_const,
    not_in_enum,
    not_one_of,
    out_of_range,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "bria:51@1"
_KNOWN1 = frozenset({"rgba"})
_KNOWNLIST2 = ["rgba"]
_CONST3 = "removeBackground"
_ENUM4 = frozenset({"URL"})
_ENUMLIST5 = ["URL"]
_ENUM6 = frozenset({"MOV", "WEBM"})
_ENUMLIST7 = ["WEBM", "MOV"]
_ALTS8 = ["alternative 1"]
_ALTS9 = ["alternative 1", "alternative 2"]
_KNOWN10 = frozenset({"video"})
_KNOWNLIST11 = ["video"]
_KNOWN12 = frozenset(
    {
        "deliveryMethod",
        "includeCost",
        "inputs",
        "model",
        "outputFormat",
        "outputQuality",
        "outputType",
        "settings",
        "taskType",
        "taskUUID",
        "ttl",
        "uploadEndpoint",
        "webhookURL",
    }
)
_KNOWNLIST13 = [
    "deliveryMethod",
    "includeCost",
    "inputs",
    "model",
    "outputFormat",
    "outputQuality",
    "outputType",
    "settings",
    "taskType",
    "taskUUID",
    "ttl",
    "uploadEndpoint",
    "webhookURL",
]
_KNOWN14 = frozenset(
    {"cost", "taskType", "taskUUID", "videoBase64Data", "videoDataURI", "videoURL", "videoUUID"}
)
_KNOWNLIST15 = [
    "cost",
    "taskType",
    "taskUUID",
    "videoBase64Data",
    "videoDataURI",
    "videoURL",
    "videoUUID",
]


def _b29(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN12.issuperset(v):
            return False
        x30 = v["model"]
        if type(x30) is not str or x30 != "bria:51@1":
            return False
        x31 = v.get("settings", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is not dict:
                return False
            x32 = x31.get("rgba", _MISSING)
            if x32 is not _MISSING:
                if type(x32) is not list:
                    return False
                if not 4 <= len(x32) <= 4:
                    return False
                for x33 in x32:
                    if (
                        not ((type(x33) is int or (type(x33) is float and x33.is_integer())))
                        or not 0 <= x33 <= 255
                    ):
                        return False
            if len(x31) != 0 + (x32 is not _MISSING):
                return False
        x34 = v["taskType"]
        if type(x34) is not str or x34 != "removeBackground":
            return False
        x35 = v["taskUUID"]
        if type(x35) is not str or not is_uuid(x35):
            return False
        x36 = v.get("webhookURL", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is not str or not (_uri_common(x36) is not None or is_uri(x36)):
                return False
        x37 = v.get("includeCost", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is not bool:
                return False
        x38 = v.get("uploadEndpoint", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is not str or not (_uri_common(x38) is not None or is_uri(x38)):
                return False
        x39 = v.get("ttl", _MISSING)
        if x39 is not _MISSING:
            if (
                not ((type(x39) is int or (type(x39) is float and x39.is_integer())))
                or not 60 <= x39
            ):
                return False
        x40 = v.get("outputQuality", _MISSING)
        if x40 is not _MISSING:
            if (
                not ((type(x40) is int or (type(x40) is float and x40.is_integer())))
                or not 20 <= x40 <= 99
            ):
                return False
        x41 = v.get("outputType", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is not str or x41 not in _ENUM4:
                return False
        x42 = v.get("outputFormat", _MISSING)
        if x42 is not _MISSING:
            if type(x42) is not str or x42 not in _ENUM6:
                return False
        x43 = v.get("deliveryMethod", _MISSING)
        if x43 is not _MISSING:
            if type(x43) is not str:
                return False
            if ((x43 == "async")) != 1:
                return False
        x44 = v["inputs"]
        if type(x44) is not dict:
            return False
        x45 = x44["video"]
        if type(x45) is not str:
            return False
        if not (((is_uuid(x45))) or (((_uri_common(x45) is not None or is_uri(x45))))):
            return False
        if len(x44) != 1:
            return False
    except KeyError:  # a required property is missing
        return False
    return True


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        try:
            x1 = v["model"]
        except KeyError:
            errs.append(deferred(missing, (), "model", "/required", "required"))
        else:
            if type(x1) is str:
                if not x1 == "bria:51@1":
                    errs.append(
                        deferred(
                            not_const, ("model",), x1, _CONST0, "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("model",), x1, ("string",), "/properties/model/type", "type"
                    )
                )
        x2 = v.get("settings", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is dict:
                x3 = x2.get("rgba", _MISSING)
                if x3 is not _MISSING:
                    if type(x3) is list:
                        n4 = len(x3)
                        if n4 < 4:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("settings", "rgba"),
                                    x3,
                                    "minItems",
                                    4,
                                    {"minItems": 4, "maxItems": 4},
                                    "/properties/settings/properties/rgba/minItems",
                                    "minItems",
                                )
                            )
                        if n4 > 4:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("settings", "rgba"),
                                    x3,
                                    "maxItems",
                                    4,
                                    {"minItems": 4, "maxItems": 4},
                                    "/properties/settings/properties/rgba/maxItems",
                                    "maxItems",
                                )
                            )
                        ok7 = True
                        try:
                            for x6 in x3:
                                if (
                                    not (
                                        (type(x6) is int or (type(x6) is float and x6.is_integer()))
                                    )
                                    or not 0 <= x6 <= 255
                                ):
                                    ok7 = False
                                    break
                        except (KeyError, RecursionError):
                            ok7 = False
                        if not ok7:
                            for i5 in range(0, len(x3)):
                                x6 = x3[i5]
                                if type(x6) is int or (type(x6) is float and x6.is_integer()):
                                    if not x6 >= 0:
                                        errs.append(
                                            deferred(
                                                out_of_range,
                                                ("settings", "rgba", i5),
                                                x6,
                                                "minimum",
                                                0,
                                                {"minimum": 0, "maximum": 255},
                                                "/properties/settings/properties/rgba/items/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x6 <= 255:
                                        errs.append(
                                            deferred(
                                                out_of_range,
                                                ("settings", "rgba", i5),
                                                x6,
                                                "maximum",
                                                255,
                                                {"minimum": 0, "maximum": 255},
                                                "/properties/settings/properties/rgba/items/maximum",
                                                "maximum",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("settings", "rgba", i5),
                                            x6,
                                            ("integer",),
                                            "/properties/settings/properties/rgba/items/type",
                                            "type",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "rgba"),
                                x3,
                                ("array",),
                                "/properties/settings/properties/rgba/type",
                                "type",
                            )
                        )
                if not _KNOWN1.issuperset(x2):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("settings",),
                            x2,
                            _KNOWN1,
                            _KNOWNLIST2,
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("settings",),
                        x2,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        try:
            x11 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x11) is str:
                if not x11 == "removeBackground":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x11,
                            _CONST3,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x11,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x12 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x12) is str:
                if not is_uuid(x12):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x12,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x12, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x13 = v.get("webhookURL", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is str:
                if not (_uri_common(x13) is not None or is_uri(x13)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x13,
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
                        x13,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
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
        x15 = v.get("uploadEndpoint", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is str:
                if not (_uri_common(x15) is not None or is_uri(x15)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x15,
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
                        x15,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
                    )
                )
        x16 = v.get("ttl", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is int or (type(x16) is float and x16.is_integer()):
                if not x16 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x16,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x16, ("integer",), "/$defs/ttl/type", "type")
                )
        x17 = v.get("outputQuality", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is int or (type(x17) is float and x17.is_integer()):
                if not x17 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x17,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x17 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x17,
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
                        x17,
                        ("integer",),
                        "/$defs/outputQuality/type",
                        "type",
                    )
                )
        x18 = v.get("outputType", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is str:
                if not x18 in _ENUM4:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x18,
                            _ENUMLIST5,
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x18,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x19 = v.get("outputFormat", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is str:
                if not x19 in _ENUM6:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x19,
                            _ENUMLIST7,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x19,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x20 = v.get("deliveryMethod", _MISSING)
        if x20 is not _MISSING:
            if type(x20) is str:
                if (((x20 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x20,
                            int((((x20 == "async")))),
                            _ALTS8,
                            "/$defs/deliveryAsyncOnly/oneOf",
                            "oneOf",
                            "oneOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("deliveryMethod",),
                        x20,
                        ("string",),
                        "/$defs/deliveryAsyncOnly/type",
                        "type",
                    )
                )
        try:
            x21 = v["inputs"]
        except KeyError:
            errs.append(deferred(missing, (), "inputs", "/required", "required"))
        else:
            if type(x21) is dict:
                try:
                    x22 = x21["video"]
                except KeyError:
                    errs.append(
                        deferred(
                            missing, ("inputs",), "video", "/properties/inputs/required", "required"
                        )
                    )
                else:
                    if type(x22) is str:
                        if not (
                            ((is_uuid(x22))) or (((_uri_common(x22) is not None or is_uri(x22))))
                        ):
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("inputs", "video"),
                                    x22,
                                    0,
                                    _ALTS9,
                                    "/$defs/videoInput/anyOf",
                                    "anyOf",
                                    "anyOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "video"),
                                x22,
                                ("string",),
                                "/$defs/videoInput/type",
                                "type",
                            )
                        )
                if not _KNOWN10.issuperset(x21):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x21,
                            _KNOWN10,
                            _KNOWNLIST11,
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x21, ("object",), "/properties/inputs/type", "type"
                    )
                )
        if not _KNOWN12.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN12, _KNOWNLIST13, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b29(payload)
    except RecursionError:
        return False


def _advisories(payload: object) -> list[ValidationWarning]:
    warns: list[ValidationWarning] = []
    return warns


def validate_response(payload: object) -> list[ValidationError]:
    """Every error in one result item (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        try:
            x46 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x46) is str:
                if not x46 == "removeBackground":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x46,
                            _CONST3,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x46,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x47 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x47) is str:
                if not is_uuid(x47):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x47,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x47, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x48 = v.get("cost", _MISSING)
        if x48 is not _MISSING:
            if type(x48) is int or (type(x48) is float and x48 - x48 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x48, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x49 = v["videoUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "videoUUID", "/required", "required"))
        else:
            if type(x49) is str:
                if not is_uuid(x49):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoUUID",),
                            x49,
                            "uuid",
                            "/$defs/videoUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("videoUUID",),
                        x49,
                        ("string",),
                        "/$defs/videoUUID/type",
                        "type",
                    )
                )
        x50 = v.get("videoURL", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is str:
                if not (_uri_common(x50) is not None or is_uri(x50)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoURL",),
                            x50,
                            "uri",
                            "/$defs/videoURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("videoURL",), x50, ("string",), "/$defs/videoURL/type", "type"
                    )
                )
        x51 = v.get("videoBase64Data", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("videoBase64Data",),
                        x51,
                        ("string",),
                        "/$defs/videoBase64Data/type",
                        "type",
                    )
                )
        x52 = v.get("videoDataURI", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is str:
                if not (_uri_common(x52) is not None or is_uri(x52)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoDataURI",),
                            x52,
                            "uri",
                            "/$defs/videoDataURI/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("videoDataURI",),
                        x52,
                        ("string",),
                        "/$defs/videoDataURI/type",
                        "type",
                    )
                )
        if not _KNOWN14.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN14, _KNOWNLIST15, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
