"""Validators for Clarity (runware:500@1), generated from spec/models/clarity.yaml.

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
    missing,
    no_pattern_match,
    not_const,
    not_in_enum,
    not_multiple,
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


_ENUM0 = frozenset(
    {
        "DDIM",
        "DDIMScheduler",
        "DDPMScheduler",
        "DEISMultistepScheduler",
        "DPM++ 2M Beta",
        "DPM++ 2M Exponential",
        "DPM++ 2M Karras",
        "DPM++ 2M SDE Beta",
        "DPM++ 2M SDE Exponential",
        "DPM++ 2M SDE Karras",
        "DPM++ 2M SDE Uniform",
        "DPM++ 2M SDE",
        "DPM++ 2M Uniform",
        "DPM++ 2M",
        "DPM++ 3M Beta",
        "DPM++ 3M Exponential",
        "DPM++ 3M Karras",
        "DPM++ 3M SDE Uniform",
        "DPM++ 3M Uniform",
        "DPM++ 3M",
        "DPM++ Beta",
        "DPM++ Exponential",
        "DPM++ Karras",
        "DPM++ SDE Beta",
        "DPM++ SDE Exponential",
        "DPM++ SDE Karras",
        "DPM++ SDE",
        "DPM++ Uniform Beta",
        "DPM++ Uniform Exponential",
        "DPM++ Uniform Karras",
        "DPM++ Uniform",
        "DPM++",
        "DPMSolverMultistepInverse",
        "DPMSolverMultistepScheduler",
        "DPMSolverSinglestepScheduler",
        "Default",
        "EDMDPMSolverMultistepScheduler",
        "EDMEulerScheduler",
        "Euler Beta",
        "Euler Exponential",
        "Euler Karras",
        "Euler a",
        "Euler",
        "EulerAncestralDiscreteScheduler",
        "EulerDiscreteScheduler",
        "FlowMatchEulerDiscreteScheduler",
        "Heun Karras",
        "Heun",
        "HeunDiscreteScheduler",
        "IPNDM Uniform Beta",
        "IPNDM Uniform Exponential",
        "IPNDM Uniform Karras",
        "IPNDM Uniform",
        "IPNDMScheduler",
        "KDPM2AncestralDiscreteScheduler",
        "KDPM2DiscreteScheduler",
        "LCM",
        "LCMScheduler",
        "LMS Karras",
        "LMS",
        "LMSDiscreteScheduler",
        "PNDMScheduler",
        "TCDScheduler",
        "UniPC 2M Karras",
        "UniPC 2M Uniform",
        "UniPC 2M",
        "UniPC 3M Karras",
        "UniPC 3M Uniform",
        "UniPC 3M",
        "UniPC Karras",
        "UniPC Uniform Beta",
        "UniPC Uniform Exponential",
        "UniPC Uniform Karras",
        "UniPC Uniform",
        "UniPC",
    }
)
_KNOWN1 = frozenset(
    {
        "CFGScale",
        "controlNetWeight",
        "negativePrompt",
        "positivePrompt",
        "scheduler",
        "seed",
        "steps",
        "strength",
    }
)
_ENUM2 = frozenset({"URL", "base64Data", "dataURI"})
_ENUM3 = frozenset({"JPG", "PNG", "WEBP"})
_PATTERN4 = re.compile("^data:image\\/[a-zA-Z]+;base64,[a-zA-Z0-9+/=]+\\Z").search
_PATTERN5 = re.compile("^[a-zA-Z0-9+/=]+\\Z").search
_KNOWN6 = frozenset({"image"})
_KNOWN7 = frozenset(
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
        "upscaleFactor",
        "webhookURL",
    }
)
_KNOWN8 = frozenset(
    {"cost", "imageBase64Data", "imageDataURI", "imageURL", "imageUUID", "taskType", "taskUUID"}
)


def _check_22(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "sync":
        errs.append(
            not_const((*path,), v, "sync", "/$defs/deliverySyncOrAsync/oneOf/0/const", "const")
        )


def _check_23(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "async":
        errs.append(
            not_const((*path,), v, "async", "/$defs/deliverySyncOrAsync/oneOf/1/const", "const")
        )


def _check_27(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uuid(v):
            errs.append(
                bad_format((*path,), v, "uuid", "/$defs/imageInput/anyOf/0/format", "format")
            )


def _check_28(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uri(v):
            errs.append(
                bad_format((*path,), v, "uri", "/$defs/imageInput/anyOf/1/format", "format")
            )


def _check_29(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if _PATTERN4(v) is None:
            errs.append(
                no_pattern_match(
                    (*path,),
                    v,
                    "^data:image\\/[a-zA-Z]+;base64,[a-zA-Z0-9+/=]+$",
                    "/$defs/imageInput/anyOf/2/pattern",
                    "pattern",
                )
            )


def _check_30(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if _PATTERN5(v) is None:
            errs.append(
                no_pattern_match(
                    (*path,), v, "^[a-zA-Z0-9+/=]+$", "/$defs/imageInput/anyOf/3/pattern", "pattern"
                )
            )


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("model", _MISSING)
        if x1 is not _MISSING:
            if type(x1) is str:
                if x1 != "runware:500@1":
                    errs.append(
                        not_const(
                            ("model",), x1, "runware:500@1", "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("model",), x1, ("string",), "/properties/model/type", "type")
                )
        else:
            errs.append(missing((), "model", "/required", "required"))
        x2 = v.get("upscaleFactor", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is int or (type(x2) is float and x2 - x2 == 0):
                if not x2 >= 1:
                    errs.append(
                        out_of_range(
                            ("upscaleFactor",),
                            x2,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/properties/upscaleFactor/minimum",
                            "minimum",
                        )
                    )
                if not x2 <= 4:
                    errs.append(
                        out_of_range(
                            ("upscaleFactor",),
                            x2,
                            "maximum",
                            4,
                            {"minimum": 1, "maximum": 4},
                            "/properties/upscaleFactor/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("upscaleFactor",),
                        x2,
                        ("number",),
                        "/properties/upscaleFactor/type",
                        "type",
                    )
                )
        x3 = v.get("settings", _MISSING)
        if x3 is not _MISSING:
            if type(x3) is dict:
                x4 = x3.get("positivePrompt", _MISSING)
                if x4 is not _MISSING:
                    if type(x4) is str:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "positivePrompt"),
                                x4,
                                ("string",),
                                "/properties/settings/properties/positivePrompt/type",
                                "type",
                            )
                        )
                x5 = x3.get("negativePrompt", _MISSING)
                if x5 is not _MISSING:
                    if type(x5) is str:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "negativePrompt"),
                                x5,
                                ("string",),
                                "/properties/settings/properties/negativePrompt/type",
                                "type",
                            )
                        )
                x6 = x3.get("seed", _MISSING)
                if x6 is not _MISSING:
                    if type(x6) is int or (type(x6) is float and x6.is_integer()):
                        if not x6 >= 0:
                            errs.append(
                                out_of_range(
                                    ("settings", "seed"),
                                    x6,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 9223372036854775807},
                                    "/properties/settings/properties/seed/minimum",
                                    "minimum",
                                )
                            )
                        if not x6 <= 9223372036854775807:
                            errs.append(
                                out_of_range(
                                    ("settings", "seed"),
                                    x6,
                                    "maximum",
                                    9223372036854775807,
                                    {"minimum": 0, "maximum": 9223372036854775807},
                                    "/properties/settings/properties/seed/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "seed"),
                                x6,
                                ("integer",),
                                "/properties/settings/properties/seed/type",
                                "type",
                            )
                        )
                x7 = x3.get("steps", _MISSING)
                if x7 is not _MISSING:
                    if type(x7) is int or (type(x7) is float and x7.is_integer()):
                        if not x7 >= 1:
                            errs.append(
                                out_of_range(
                                    ("settings", "steps"),
                                    x7,
                                    "minimum",
                                    1,
                                    {"minimum": 1},
                                    "/properties/settings/properties/steps/minimum",
                                    "minimum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "steps"),
                                x7,
                                ("integer",),
                                "/properties/settings/properties/steps/type",
                                "type",
                            )
                        )
                x8 = x3.get("scheduler", _MISSING)
                if x8 is not _MISSING:
                    if type(x8) is str:
                        if x8 not in _ENUM0:
                            errs.append(
                                not_in_enum(
                                    ("settings", "scheduler"),
                                    x8,
                                    [
                                        "DDIM",
                                        "DDIMScheduler",
                                        "DDPMScheduler",
                                        "DEISMultistepScheduler",
                                        "Default",
                                        "DPM++",
                                        "DPM++ 2M",
                                        "DPM++ 2M Beta",
                                        "DPM++ 2M Exponential",
                                        "DPM++ 2M Karras",
                                        "DPM++ 2M SDE",
                                        "DPM++ 2M SDE Beta",
                                        "DPM++ 2M SDE Exponential",
                                        "DPM++ 2M SDE Karras",
                                        "DPM++ 2M SDE Uniform",
                                        "DPM++ 2M Uniform",
                                        "DPM++ 3M",
                                        "DPM++ 3M Beta",
                                        "DPM++ 3M Exponential",
                                        "DPM++ 3M Karras",
                                        "DPM++ 3M SDE Uniform",
                                        "DPM++ 3M Uniform",
                                        "DPM++ Beta",
                                        "DPM++ Exponential",
                                        "DPM++ Karras",
                                        "DPM++ SDE",
                                        "DPM++ SDE Beta",
                                        "DPM++ SDE Exponential",
                                        "DPM++ SDE Karras",
                                        "DPM++ Uniform",
                                        "DPM++ Uniform Beta",
                                        "DPM++ Uniform Exponential",
                                        "DPM++ Uniform Karras",
                                        "DPMSolverMultistepInverse",
                                        "DPMSolverMultistepScheduler",
                                        "DPMSolverSinglestepScheduler",
                                        "EDMDPMSolverMultistepScheduler",
                                        "EDMEulerScheduler",
                                        "Euler",
                                        "Euler a",
                                        "Euler Beta",
                                        "Euler Exponential",
                                        "Euler Karras",
                                        "EulerAncestralDiscreteScheduler",
                                        "EulerDiscreteScheduler",
                                        "FlowMatchEulerDiscreteScheduler",
                                        "Heun",
                                        "HeunDiscreteScheduler",
                                        "Heun Karras",
                                        "IPNDMScheduler",
                                        "IPNDM Uniform",
                                        "IPNDM Uniform Beta",
                                        "IPNDM Uniform Exponential",
                                        "IPNDM Uniform Karras",
                                        "KDPM2AncestralDiscreteScheduler",
                                        "KDPM2DiscreteScheduler",
                                        "LCM",
                                        "LCMScheduler",
                                        "LMS",
                                        "LMSDiscreteScheduler",
                                        "LMS Karras",
                                        "PNDMScheduler",
                                        "TCDScheduler",
                                        "UniPC",
                                        "UniPC 2M",
                                        "UniPC 2M Karras",
                                        "UniPC 2M Uniform",
                                        "UniPC 3M",
                                        "UniPC 3M Karras",
                                        "UniPC 3M Uniform",
                                        "UniPC Karras",
                                        "UniPC Uniform",
                                        "UniPC Uniform Beta",
                                        "UniPC Uniform Exponential",
                                        "UniPC Uniform Karras",
                                    ],
                                    "/properties/settings/properties/scheduler/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "scheduler"),
                                x8,
                                ("string",),
                                "/properties/settings/properties/scheduler/type",
                                "type",
                            )
                        )
                x9 = x3.get("CFGScale", _MISSING)
                if x9 is not _MISSING:
                    if type(x9) is int or (type(x9) is float and x9 - x9 == 0):
                        if not x9 >= 0:
                            errs.append(
                                out_of_range(
                                    ("settings", "CFGScale"),
                                    x9,
                                    "minimum",
                                    0,
                                    {"minimum": 0},
                                    "/properties/settings/properties/CFGScale/minimum",
                                    "minimum",
                                )
                            )
                        if not is_multiple_of(x9, 0.01):
                            errs.append(
                                not_multiple(
                                    ("settings", "CFGScale"),
                                    x9,
                                    0.01,
                                    "/properties/settings/properties/CFGScale/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "CFGScale"),
                                x9,
                                ("number",),
                                "/properties/settings/properties/CFGScale/type",
                                "type",
                            )
                        )
                x10 = x3.get("strength", _MISSING)
                if x10 is not _MISSING:
                    if type(x10) is int or (type(x10) is float and x10 - x10 == 0):
                        if not x10 >= 0:
                            errs.append(
                                out_of_range(
                                    ("settings", "strength"),
                                    x10,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 1},
                                    "/properties/settings/properties/strength/minimum",
                                    "minimum",
                                )
                            )
                        if not x10 <= 1:
                            errs.append(
                                out_of_range(
                                    ("settings", "strength"),
                                    x10,
                                    "maximum",
                                    1,
                                    {"minimum": 0, "maximum": 1},
                                    "/properties/settings/properties/strength/maximum",
                                    "maximum",
                                )
                            )
                        if not is_multiple_of(x10, 0.01):
                            errs.append(
                                not_multiple(
                                    ("settings", "strength"),
                                    x10,
                                    0.01,
                                    "/properties/settings/properties/strength/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "strength"),
                                x10,
                                ("number",),
                                "/properties/settings/properties/strength/type",
                                "type",
                            )
                        )
                x11 = x3.get("controlNetWeight", _MISSING)
                if x11 is not _MISSING:
                    if type(x11) is int or (type(x11) is float and x11 - x11 == 0):
                        if not x11 >= -4:
                            errs.append(
                                out_of_range(
                                    ("settings", "controlNetWeight"),
                                    x11,
                                    "minimum",
                                    -4,
                                    {"minimum": -4, "maximum": 4},
                                    "/properties/settings/properties/controlNetWeight/minimum",
                                    "minimum",
                                )
                            )
                        if not x11 <= 4:
                            errs.append(
                                out_of_range(
                                    ("settings", "controlNetWeight"),
                                    x11,
                                    "maximum",
                                    4,
                                    {"minimum": -4, "maximum": 4},
                                    "/properties/settings/properties/controlNetWeight/maximum",
                                    "maximum",
                                )
                            )
                        if not is_multiple_of(x11, 0.01):
                            errs.append(
                                not_multiple(
                                    ("settings", "controlNetWeight"),
                                    x11,
                                    0.01,
                                    "/properties/settings/properties/controlNetWeight/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "controlNetWeight"),
                                x11,
                                ("number",),
                                "/properties/settings/properties/controlNetWeight/type",
                                "type",
                            )
                        )
                if not x3.keys() <= _KNOWN1:
                    errs.extend(
                        unexpected_keys(
                            ("settings",),
                            x3,
                            _KNOWN1,
                            [
                                "CFGScale",
                                "controlNetWeight",
                                "negativePrompt",
                                "positivePrompt",
                                "scheduler",
                                "seed",
                                "steps",
                                "strength",
                            ],
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("settings",), x3, ("object",), "/properties/settings/type", "type")
                )
        x12 = v.get("taskType", _MISSING)
        if x12 is not _MISSING:
            if type(x12) is str:
                if x12 != "upscale":
                    errs.append(
                        not_const(
                            ("taskType",), x12, "upscale", "/properties/taskType/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x12, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x13 = v.get("taskUUID", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is str:
                if not is_uuid(x13):
                    errs.append(
                        bad_format(("taskUUID",), x13, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x13, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x14 = v.get("webhookURL", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is str:
                if not is_uri(x14):
                    errs.append(
                        bad_format(
                            ("webhookURL",), x14, "uri", "/$defs/webhookURL/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("webhookURL",), x14, ("string",), "/$defs/webhookURL/type", "type")
                )
        x15 = v.get("includeCost", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x15, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x16 = v.get("uploadEndpoint", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is str:
                if not is_uri(x16):
                    errs.append(
                        bad_format(
                            ("uploadEndpoint",),
                            x16,
                            "uri",
                            "/$defs/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("uploadEndpoint",), x16, ("string",), "/$defs/uploadEndpoint/type", "type"
                    )
                )
        x17 = v.get("ttl", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is int or (type(x17) is float and x17.is_integer()):
                if not x17 >= 60:
                    errs.append(
                        out_of_range(
                            ("ttl",),
                            x17,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(wrong_type(("ttl",), x17, ("integer",), "/$defs/ttl/type", "type"))
        x18 = v.get("outputQuality", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is int or (type(x18) is float and x18.is_integer()):
                if not x18 >= 20:
                    errs.append(
                        out_of_range(
                            ("outputQuality",),
                            x18,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x18 <= 99:
                    errs.append(
                        out_of_range(
                            ("outputQuality",),
                            x18,
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
                        ("outputQuality",), x18, ("integer",), "/$defs/outputQuality/type", "type"
                    )
                )
        x19 = v.get("outputType", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is str:
                if x19 not in _ENUM2:
                    errs.append(
                        not_in_enum(
                            ("outputType",),
                            x19,
                            ["URL", "base64Data", "dataURI"],
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputType",), x19, ("string",), "/properties/outputType/type", "type"
                    )
                )
        x20 = v.get("outputFormat", _MISSING)
        if x20 is not _MISSING:
            if type(x20) is str:
                if x20 not in _ENUM3:
                    errs.append(
                        not_in_enum(
                            ("outputFormat",),
                            x20,
                            ["JPG", "PNG", "WEBP"],
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputFormat",), x20, ("string",), "/properties/outputFormat/type", "type"
                    )
                )
        x21 = v.get("deliveryMethod", _MISSING)
        if x21 is not _MISSING:
            if type(x21) is str:
                matched24 = _ok(_check_22, x21) + _ok(_check_23, x21)
                if matched24 != 1:
                    errs.append(
                        not_one_of(
                            ("deliveryMethod",),
                            x21,
                            matched24,
                            ["alternative 1", "alternative 2"],
                            "/$defs/deliverySyncOrAsync/oneOf",
                            "oneOf",
                            "oneOf",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("deliveryMethod",),
                        x21,
                        ("string",),
                        "/$defs/deliverySyncOrAsync/type",
                        "type",
                    )
                )
        x25 = v.get("inputs", _MISSING)
        if x25 is not _MISSING:
            if type(x25) is dict:
                x26 = x25.get("image", _MISSING)
                if x26 is not _MISSING:
                    if type(x26) is str:
                        if not (
                            _ok(_check_27, x26)
                            or _ok(_check_28, x26)
                            or _ok(_check_29, x26)
                            or _ok(_check_30, x26)
                        ):
                            errs.append(
                                not_one_of(
                                    ("inputs", "image"),
                                    x26,
                                    0,
                                    [
                                        "alternative 1",
                                        "alternative 2",
                                        "alternative 3",
                                        "alternative 4",
                                    ],
                                    "/$defs/imageInput/anyOf",
                                    "anyOf",
                                    "anyOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "image"),
                                x26,
                                ("string",),
                                "/$defs/imageInput/type",
                                "type",
                            )
                        )
                else:
                    errs.append(
                        missing(("inputs",), "image", "/properties/inputs/required", "required")
                    )
                if not x25.keys() <= _KNOWN6:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x25,
                            _KNOWN6,
                            ["image"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x25, ("object",), "/properties/inputs/type", "type")
                )
        else:
            errs.append(missing((), "inputs", "/required", "required"))
        if not v.keys() <= _KNOWN7:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN7,
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
                        "upscaleFactor",
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
        x31 = v.get("taskType", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is str:
                if x31 != "upscale":
                    errs.append(
                        not_const(
                            ("taskType",), x31, "upscale", "/properties/taskType/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x31, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x32 = v.get("taskUUID", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is str:
                if not is_uuid(x32):
                    errs.append(
                        bad_format(("taskUUID",), x32, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x32, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x33 = v.get("cost", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is int or (type(x33) is float and x33 - x33 == 0):
                pass
            else:
                errs.append(wrong_type(("cost",), x33, ("number",), "/$defs/cost/type", "type"))
        x34 = v.get("imageUUID", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is str:
                if not is_uuid(x34):
                    errs.append(
                        bad_format(("imageUUID",), x34, "uuid", "/$defs/imageUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("imageUUID",), x34, ("string",), "/$defs/imageUUID/type", "type")
                )
        else:
            errs.append(missing((), "imageUUID", "/required", "required"))
        x35 = v.get("imageURL", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is str:
                if not is_uri(x35):
                    errs.append(
                        bad_format(("imageURL",), x35, "uri", "/$defs/imageURL/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("imageURL",), x35, ("string",), "/$defs/imageURL/type", "type")
                )
        x36 = v.get("imageBase64Data", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("imageBase64Data",),
                        x36,
                        ("string",),
                        "/$defs/imageBase64Data/type",
                        "type",
                    )
                )
        x37 = v.get("imageDataURI", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is str:
                if not is_uri(x37):
                    errs.append(
                        bad_format(
                            ("imageDataURI",), x37, "uri", "/$defs/imageDataURI/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("imageDataURI",), x37, ("string",), "/$defs/imageDataURI/type", "type"
                    )
                )
        if not v.keys() <= _KNOWN8:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN8,
                    [
                        "cost",
                        "imageBase64Data",
                        "imageDataURI",
                        "imageURL",
                        "imageUUID",
                        "taskType",
                        "taskUUID",
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
