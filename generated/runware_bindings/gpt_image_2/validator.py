"""Validators for GPT Image 2 (openai:gpt-image@2), generated from spec/models/gpt-image-2.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.formats import is_uri, is_uuid
from .._runtime.jsonvalues import is_multiple_of
from .._runtime.messages import (
    bad_format,
    bad_size,
    forbidden,
    missing,
    missing_dependency,
    no_pattern_match,
    not_const,
    not_in_enum,
    not_multiple,
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
_KNOWN4 = frozenset({"checkContent"})
_KNOWN5 = frozenset({"referenceImages"})
_ENUM6 = frozenset({"auto", "low"})
_ENUM7 = frozenset({"auto", "high", "low", "medium"})
_KNOWN8 = frozenset({"moderation", "quality"})
_KNOWN9 = frozenset({"openai"})
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


def _check_29(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "URL":
        errs.append(
            not_const(
                (*path,), v, "URL", "/x-advisories/0/when/properties/outputType/not/const", "const"
            )
        )


def _check_27(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x28 = v.get("outputType", _MISSING)
        if x28 is not _MISSING:
            if _ok(_check_29, x28):
                errs.append(
                    forbidden(
                        (*path, "outputType"),
                        x28,
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
                if not x9.keys() <= _KNOWN4:
                    errs.extend(
                        unexpected_keys(
                            ("safety",),
                            x9,
                            _KNOWN4,
                            ["checkContent"],
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("safety",), x9, ("object",), "/properties/safety/type", "type")
                )
        x11 = v.get("ttl", _MISSING)
        if x11 is not _MISSING:
            if type(x11) is int or (type(x11) is float and x11.is_integer()):
                if not x11 >= 60:
                    errs.append(
                        out_of_range(
                            ("ttl",),
                            x11,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(wrong_type(("ttl",), x11, ("integer",), "/$defs/ttl/type", "type"))
        x12 = v.get("includeCost", _MISSING)
        if x12 is not _MISSING:
            if type(x12) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x12, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x13 = v.get("numberResults", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is int or (type(x13) is float and x13.is_integer()):
                if not x13 >= 1:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x13,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x13 <= 20:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x13,
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
                        ("numberResults",), x13, ("integer",), "/$defs/numberResults/type", "type"
                    )
                )
        x14 = v.get("inputs", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is dict:
                x15 = x14.get("referenceImages", _MISSING)
                if x15 is not _MISSING:
                    if type(x15) is list:
                        for i16, x17 in enumerate(x15):
                            if type(x17) is str:
                                pass
                            else:
                                errs.append(
                                    wrong_type(
                                        ("inputs", "referenceImages", i16),
                                        x17,
                                        ("string",),
                                        "/properties/inputs/properties/referenceImages/items/type",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "referenceImages"),
                                x15,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not x14.keys() <= _KNOWN5:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x14,
                            _KNOWN5,
                            ["referenceImages"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x14, ("object",), "/properties/inputs/type", "type")
                )
        x18 = v.get("model", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is str:
                if x18 != "openai:gpt-image@2":
                    errs.append(
                        not_const(
                            ("model",),
                            x18,
                            "openai:gpt-image@2",
                            "/properties/model/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("model",), x18, ("string",), "/properties/model/type", "type")
                )
        else:
            errs.append(missing((), "model", "/required", "required"))
        x19 = v.get("positivePrompt", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is str:
                n20 = len(x19)
                if n20 < 2:
                    errs.append(
                        bad_size(
                            ("positivePrompt",),
                            x19,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 32000},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n20 > 32000:
                    errs.append(
                        bad_size(
                            ("positivePrompt",),
                            x19,
                            "maxLength",
                            32000,
                            {"minLength": 2, "maxLength": 32000},
                            "/properties/positivePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("positivePrompt",),
                        x19,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        else:
            errs.append(missing((), "positivePrompt", "/required", "required"))
        x21 = v.get("width", _MISSING)
        if x21 is not _MISSING:
            if type(x21) is int or (type(x21) is float and x21.is_integer()):
                if not x21 >= 480:
                    errs.append(
                        out_of_range(
                            ("width",),
                            x21,
                            "minimum",
                            480,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/width/minimum",
                            "minimum",
                        )
                    )
                if not x21 <= 3840:
                    errs.append(
                        out_of_range(
                            ("width",),
                            x21,
                            "maximum",
                            3840,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/width/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x21, 16):
                    errs.append(
                        not_multiple(
                            ("width",), x21, 16, "/properties/width/multipleOf", "multipleOf"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("width",), x21, ("integer",), "/properties/width/type", "type")
                )
        else:
            errs.append(missing((), "width", "/required", "required"))
        x22 = v.get("height", _MISSING)
        if x22 is not _MISSING:
            if type(x22) is int or (type(x22) is float and x22.is_integer()):
                if not x22 >= 480:
                    errs.append(
                        out_of_range(
                            ("height",),
                            x22,
                            "minimum",
                            480,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/height/minimum",
                            "minimum",
                        )
                    )
                if not x22 <= 3840:
                    errs.append(
                        out_of_range(
                            ("height",),
                            x22,
                            "maximum",
                            3840,
                            {"minimum": 480, "maximum": 3840},
                            "/properties/height/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x22, 16):
                    errs.append(
                        not_multiple(
                            ("height",), x22, 16, "/properties/height/multipleOf", "multipleOf"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("height",), x22, ("integer",), "/properties/height/type", "type")
                )
        else:
            errs.append(missing((), "height", "/required", "required"))
        x23 = v.get("providerSettings", _MISSING)
        if x23 is not _MISSING:
            if type(x23) is dict:
                x24 = x23.get("openai", _MISSING)
                if x24 is not _MISSING:
                    if type(x24) is dict:
                        x25 = x24.get("moderation", _MISSING)
                        if x25 is not _MISSING:
                            if type(x25) is str:
                                if x25 not in _ENUM6:
                                    errs.append(
                                        not_in_enum(
                                            ("providerSettings", "openai", "moderation"),
                                            x25,
                                            ["auto", "low"],
                                            "/properties/providerSettings/properties/openai/properties/moderation/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    wrong_type(
                                        ("providerSettings", "openai", "moderation"),
                                        x25,
                                        ("string",),
                                        "/properties/providerSettings/properties/openai/properties/moderation/type",
                                        "type",
                                    )
                                )
                        x26 = x24.get("quality", _MISSING)
                        if x26 is not _MISSING:
                            if type(x26) is str:
                                if x26 not in _ENUM7:
                                    errs.append(
                                        not_in_enum(
                                            ("providerSettings", "openai", "quality"),
                                            x26,
                                            ["auto", "high", "medium", "low"],
                                            "/properties/providerSettings/properties/openai/properties/quality/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    wrong_type(
                                        ("providerSettings", "openai", "quality"),
                                        x26,
                                        ("string",),
                                        "/properties/providerSettings/properties/openai/properties/quality/type",
                                        "type",
                                    )
                                )
                        if not x24.keys() <= _KNOWN8:
                            errs.extend(
                                unexpected_keys(
                                    ("providerSettings", "openai"),
                                    x24,
                                    _KNOWN8,
                                    ["moderation", "quality"],
                                    "/properties/providerSettings/properties/openai/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("providerSettings", "openai"),
                                x24,
                                ("object",),
                                "/properties/providerSettings/properties/openai/type",
                                "type",
                            )
                        )
                if not x23.keys() <= _KNOWN9:
                    errs.extend(
                        unexpected_keys(
                            ("providerSettings",),
                            x23,
                            _KNOWN9,
                            ["openai"],
                            "/properties/providerSettings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("providerSettings",),
                        x23,
                        ("object",),
                        "/properties/providerSettings/type",
                        "type",
                    )
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
                        "providerSettings",
                        "safety",
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
    else:
        errs.append(wrong_type((), v, ("object",), "/type", "type"))
    return errs


def _advisories(payload: object) -> list[ValidationWarning]:
    warns: list[ValidationWarning] = []
    if _ok(_check_27, payload):
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
        x30 = v.get("taskType", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is str:
                if x30 != "imageInference":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x30,
                            "imageInference",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x30, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x31 = v.get("taskUUID", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is str:
                if not is_uuid(x31):
                    errs.append(
                        bad_format(
                            ("taskUUID",), x31, "uuid", "/properties/taskUUID/format", "format"
                        )
                    )
                if _PATTERN0(x31) is None:
                    errs.append(
                        no_pattern_match(
                            ("taskUUID",),
                            x31,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/taskUUID/pattern",
                            "pattern",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x31, ("string",), "/properties/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x32 = v.get("imageUUID", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is str:
                if not is_uuid(x32):
                    errs.append(
                        bad_format(
                            ("imageUUID",), x32, "uuid", "/properties/imageUUID/format", "format"
                        )
                    )
                if _PATTERN0(x32) is None:
                    errs.append(
                        no_pattern_match(
                            ("imageUUID",),
                            x32,
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$",
                            "/properties/imageUUID/pattern",
                            "pattern",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("imageUUID",), x32, ("string",), "/properties/imageUUID/type", "type"
                    )
                )
        else:
            errs.append(missing((), "imageUUID", "/required", "required"))
        x33 = v.get("imageURL", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is str:
                if not is_uri(x33):
                    errs.append(
                        bad_format(
                            ("imageURL",), x33, "uri", "/properties/imageURL/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("imageURL",), x33, ("string",), "/properties/imageURL/type", "type")
                )
        x34 = v.get("imageBase64Data", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("imageBase64Data",),
                        x34,
                        ("string",),
                        "/properties/imageBase64Data/type",
                        "type",
                    )
                )
        x35 = v.get("imageDataURI", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is str:
                if not is_uri(x35):
                    errs.append(
                        bad_format(
                            ("imageDataURI",),
                            x35,
                            "uri",
                            "/properties/imageDataURI/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("imageDataURI",), x35, ("string",), "/properties/imageDataURI/type", "type"
                    )
                )
        x36 = v.get("seed", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is int or (type(x36) is float and x36.is_integer()):
                pass
            else:
                errs.append(
                    wrong_type(("seed",), x36, ("integer",), "/properties/seed/type", "type")
                )
        x37 = v.get("NSFWContent", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("NSFWContent",), x37, ("boolean",), "/properties/NSFWContent/type", "type"
                    )
                )
        x38 = v.get("cost", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is int or (type(x38) is float and x38 - x38 == 0):
                pass
            else:
                errs.append(
                    wrong_type(("cost",), x38, ("number",), "/properties/cost/type", "type")
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
