"""Validators for Bria Video Background Removal (bria:51@1), generated from spec/models/bria-video-background-removal.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.formats import is_uri, is_uuid
from .._runtime.messages import (
    bad_format,
    bad_size,
    missing,
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


_KNOWN0 = frozenset({"rgba"})
_ENUM1 = frozenset({"URL"})
_ENUM2 = frozenset({"MOV", "WEBM"})
_KNOWN3 = frozenset({"video"})
_KNOWN4 = frozenset(
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
_KNOWN5 = frozenset(
    {"cost", "taskType", "taskUUID", "videoBase64Data", "videoDataURI", "videoURL", "videoUUID"}
)


def _check_17(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "async":
        errs.append(
            not_const((*path,), v, "async", "/$defs/deliveryAsyncOnly/oneOf/0/const", "const")
        )


def _check_21(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uuid(v):
            errs.append(
                bad_format((*path,), v, "uuid", "/$defs/videoInput/anyOf/0/format", "format")
            )


def _check_22(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uri(v):
            errs.append(
                bad_format((*path,), v, "uri", "/$defs/videoInput/anyOf/1/format", "format")
            )


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("model", _MISSING)
        if x1 is not _MISSING:
            if type(x1) is str:
                if x1 != "bria:51@1":
                    errs.append(
                        not_const(("model",), x1, "bria:51@1", "/properties/model/const", "const")
                    )
            else:
                errs.append(
                    wrong_type(("model",), x1, ("string",), "/properties/model/type", "type")
                )
        else:
            errs.append(missing((), "model", "/required", "required"))
        x2 = v.get("settings", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is dict:
                x3 = x2.get("rgba", _MISSING)
                if x3 is not _MISSING:
                    if type(x3) is list:
                        n4 = len(x3)
                        if n4 < 4:
                            errs.append(
                                bad_size(
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
                                bad_size(
                                    ("settings", "rgba"),
                                    x3,
                                    "maxItems",
                                    4,
                                    {"minItems": 4, "maxItems": 4},
                                    "/properties/settings/properties/rgba/maxItems",
                                    "maxItems",
                                )
                            )
                        for i5, x6 in enumerate(x3):
                            if type(x6) is int or (type(x6) is float and x6.is_integer()):
                                if not x6 >= 0:
                                    errs.append(
                                        out_of_range(
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
                                        out_of_range(
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
                                    wrong_type(
                                        ("settings", "rgba", i5),
                                        x6,
                                        ("integer",),
                                        "/properties/settings/properties/rgba/items/type",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "rgba"),
                                x3,
                                ("array",),
                                "/properties/settings/properties/rgba/type",
                                "type",
                            )
                        )
                if not x2.keys() <= _KNOWN0:
                    errs.extend(
                        unexpected_keys(
                            ("settings",),
                            x2,
                            _KNOWN0,
                            ["rgba"],
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("settings",), x2, ("object",), "/properties/settings/type", "type")
                )
        x7 = v.get("taskType", _MISSING)
        if x7 is not _MISSING:
            if type(x7) is str:
                if x7 != "removeBackground":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x7,
                            "removeBackground",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x7, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x8 = v.get("taskUUID", _MISSING)
        if x8 is not _MISSING:
            if type(x8) is str:
                if not is_uuid(x8):
                    errs.append(
                        bad_format(("taskUUID",), x8, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x8, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x9 = v.get("webhookURL", _MISSING)
        if x9 is not _MISSING:
            if type(x9) is str:
                if not is_uri(x9):
                    errs.append(
                        bad_format(("webhookURL",), x9, "uri", "/$defs/webhookURL/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("webhookURL",), x9, ("string",), "/$defs/webhookURL/type", "type")
                )
        x10 = v.get("includeCost", _MISSING)
        if x10 is not _MISSING:
            if type(x10) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x10, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x11 = v.get("uploadEndpoint", _MISSING)
        if x11 is not _MISSING:
            if type(x11) is str:
                if not is_uri(x11):
                    errs.append(
                        bad_format(
                            ("uploadEndpoint",),
                            x11,
                            "uri",
                            "/$defs/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("uploadEndpoint",), x11, ("string",), "/$defs/uploadEndpoint/type", "type"
                    )
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
        x13 = v.get("outputQuality", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is int or (type(x13) is float and x13.is_integer()):
                if not x13 >= 20:
                    errs.append(
                        out_of_range(
                            ("outputQuality",),
                            x13,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x13 <= 99:
                    errs.append(
                        out_of_range(
                            ("outputQuality",),
                            x13,
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
                        ("outputQuality",), x13, ("integer",), "/$defs/outputQuality/type", "type"
                    )
                )
        x14 = v.get("outputType", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is str:
                if x14 not in _ENUM1:
                    errs.append(
                        not_in_enum(
                            ("outputType",), x14, ["URL"], "/properties/outputType/enum", "enum"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputType",), x14, ("string",), "/properties/outputType/type", "type"
                    )
                )
        x15 = v.get("outputFormat", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is str:
                if x15 not in _ENUM2:
                    errs.append(
                        not_in_enum(
                            ("outputFormat",),
                            x15,
                            ["WEBM", "MOV"],
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputFormat",), x15, ("string",), "/properties/outputFormat/type", "type"
                    )
                )
        x16 = v.get("deliveryMethod", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is str:
                matched18 = _ok(_check_17, x16)
                if matched18 != 1:
                    errs.append(
                        not_one_of(
                            ("deliveryMethod",),
                            x16,
                            matched18,
                            ["alternative 1"],
                            "/$defs/deliveryAsyncOnly/oneOf",
                            "oneOf",
                            "oneOf",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("deliveryMethod",),
                        x16,
                        ("string",),
                        "/$defs/deliveryAsyncOnly/type",
                        "type",
                    )
                )
        x19 = v.get("inputs", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is dict:
                x20 = x19.get("video", _MISSING)
                if x20 is not _MISSING:
                    if type(x20) is str:
                        if not (_ok(_check_21, x20) or _ok(_check_22, x20)):
                            errs.append(
                                not_one_of(
                                    ("inputs", "video"),
                                    x20,
                                    0,
                                    ["alternative 1", "alternative 2"],
                                    "/$defs/videoInput/anyOf",
                                    "anyOf",
                                    "anyOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "video"),
                                x20,
                                ("string",),
                                "/$defs/videoInput/type",
                                "type",
                            )
                        )
                else:
                    errs.append(
                        missing(("inputs",), "video", "/properties/inputs/required", "required")
                    )
                if not x19.keys() <= _KNOWN3:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x19,
                            _KNOWN3,
                            ["video"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x19, ("object",), "/properties/inputs/type", "type")
                )
        else:
            errs.append(missing((), "inputs", "/required", "required"))
        if not v.keys() <= _KNOWN4:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN4,
                    [
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
                    ],
                    "/additionalProperties",
                    "additionalProperties",
                )
            )
    else:
        errs.append(wrong_type((), v, ("object",), "/type", "type"))
    return errs


def _advisories(payload: object) -> list[ValidationWarning]:
    warns: list[ValidationWarning] = []
    return warns


def validate_response(payload: object) -> list[ValidationError]:
    """Every error in one result item (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x23 = v.get("taskType", _MISSING)
        if x23 is not _MISSING:
            if type(x23) is str:
                if x23 != "removeBackground":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x23,
                            "removeBackground",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x23, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x24 = v.get("taskUUID", _MISSING)
        if x24 is not _MISSING:
            if type(x24) is str:
                if not is_uuid(x24):
                    errs.append(
                        bad_format(("taskUUID",), x24, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x24, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x25 = v.get("cost", _MISSING)
        if x25 is not _MISSING:
            if type(x25) is int or (type(x25) is float and x25 - x25 == 0):
                pass
            else:
                errs.append(wrong_type(("cost",), x25, ("number",), "/$defs/cost/type", "type"))
        x26 = v.get("videoUUID", _MISSING)
        if x26 is not _MISSING:
            if type(x26) is str:
                if not is_uuid(x26):
                    errs.append(
                        bad_format(("videoUUID",), x26, "uuid", "/$defs/videoUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("videoUUID",), x26, ("string",), "/$defs/videoUUID/type", "type")
                )
        else:
            errs.append(missing((), "videoUUID", "/required", "required"))
        x27 = v.get("videoURL", _MISSING)
        if x27 is not _MISSING:
            if type(x27) is str:
                if not is_uri(x27):
                    errs.append(
                        bad_format(("videoURL",), x27, "uri", "/$defs/videoURL/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("videoURL",), x27, ("string",), "/$defs/videoURL/type", "type")
                )
        x28 = v.get("videoBase64Data", _MISSING)
        if x28 is not _MISSING:
            if type(x28) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("videoBase64Data",),
                        x28,
                        ("string",),
                        "/$defs/videoBase64Data/type",
                        "type",
                    )
                )
        x29 = v.get("videoDataURI", _MISSING)
        if x29 is not _MISSING:
            if type(x29) is str:
                if not is_uri(x29):
                    errs.append(
                        bad_format(
                            ("videoDataURI",), x29, "uri", "/$defs/videoDataURI/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("videoDataURI",), x29, ("string",), "/$defs/videoDataURI/type", "type"
                    )
                )
        if not v.keys() <= _KNOWN5:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN5,
                    [
                        "cost",
                        "taskType",
                        "taskUUID",
                        "videoBase64Data",
                        "videoDataURI",
                        "videoURL",
                        "videoUUID",
                    ],
                    "/additionalProperties",
                    "additionalProperties",
                )
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
