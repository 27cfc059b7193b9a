"""Validators for Clarity (runware:500@1), generated from spec/models/clarity.yaml.

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
    missing,
    not_const,
    not_in_enum,
    not_multiple,
    not_one_of,
    out_of_range,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "runware:500@1"
_ENUM1 = frozenset(
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
_ENUMLIST2 = [
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
]
_KNOWN3 = frozenset(
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
_KNOWNLIST4 = [
    "CFGScale",
    "controlNetWeight",
    "negativePrompt",
    "positivePrompt",
    "scheduler",
    "seed",
    "steps",
    "strength",
]
_CONST5 = "upscale"
_ENUM6 = frozenset({"URL", "base64Data", "dataURI"})
_ENUMLIST7 = ["URL", "base64Data", "dataURI"]
_ENUM8 = frozenset({"JPG", "PNG", "WEBP"})
_ENUMLIST9 = ["JPG", "PNG", "WEBP"]
_ALTS10 = ["alternative 1", "alternative 2"]
_PATTERN11 = re.compile("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z").search
_PATTERN12 = re.compile("^[\\+/-9=A-Za-z]+\\Z").search
_ALTS13 = ["alternative 1", "alternative 2", "alternative 3", "alternative 4"]
_KNOWN14 = frozenset({"image"})
_KNOWNLIST15 = ["image"]
_KNOWN16 = frozenset(
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
_KNOWNLIST17 = [
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
]
_KNOWN18 = frozenset(
    {"cost", "imageBase64Data", "imageDataURI", "imageURL", "imageUUID", "taskType", "taskUUID"}
)
_KNOWNLIST19 = [
    "cost",
    "imageBase64Data",
    "imageDataURI",
    "imageURL",
    "imageUUID",
    "taskType",
    "taskUUID",
]


def _b33(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN16.issuperset(v):
            return False
        x34 = v["model"]
        if type(x34) is not str or x34 != "runware:500@1":
            return False
        x35 = v.get("upscaleFactor", _MISSING)
        if x35 is not _MISSING:
            if not ((type(x35) is int or type(x35) is float)) or not 1 <= x35 <= 4:
                return False
        x36 = v.get("settings", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is not dict:
                return False
            if not _KNOWN3.issuperset(x36):
                return False
            x37 = x36.get("positivePrompt", _MISSING)
            if x37 is not _MISSING:
                if type(x37) is not str:
                    return False
            x38 = x36.get("negativePrompt", _MISSING)
            if x38 is not _MISSING:
                if type(x38) is not str:
                    return False
            x39 = x36.get("seed", _MISSING)
            if x39 is not _MISSING:
                if (
                    not ((type(x39) is int or (type(x39) is float and x39.is_integer())))
                    or not 0 <= x39 <= 9223372036854775807
                ):
                    return False
            x40 = x36.get("steps", _MISSING)
            if x40 is not _MISSING:
                if (
                    not ((type(x40) is int or (type(x40) is float and x40.is_integer())))
                    or not 1 <= x40
                ):
                    return False
            x41 = x36.get("scheduler", _MISSING)
            if x41 is not _MISSING:
                if type(x41) is not str or x41 not in _ENUM1:
                    return False
            x42 = x36.get("CFGScale", _MISSING)
            if x42 is not _MISSING:
                if (
                    not ((type(x42) is int or (type(x42) is float and x42 - x42 == 0)))
                    or not 0 <= x42
                    or not is_multiple_of(x42, 0.01)
                ):
                    return False
            x43 = x36.get("strength", _MISSING)
            if x43 is not _MISSING:
                if (
                    not ((type(x43) is int or type(x43) is float))
                    or not 0 <= x43 <= 1
                    or not is_multiple_of(x43, 0.01)
                ):
                    return False
            x44 = x36.get("controlNetWeight", _MISSING)
            if x44 is not _MISSING:
                if (
                    not ((type(x44) is int or type(x44) is float))
                    or not -4 <= x44 <= 4
                    or not is_multiple_of(x44, 0.01)
                ):
                    return False
        x45 = v["taskType"]
        if type(x45) is not str or x45 != "upscale":
            return False
        x46 = v["taskUUID"]
        if type(x46) is not str or not is_uuid(x46):
            return False
        x47 = v.get("webhookURL", _MISSING)
        if x47 is not _MISSING:
            if type(x47) is not str or not (_uri_common(x47) is not None or is_uri(x47)):
                return False
        x48 = v.get("includeCost", _MISSING)
        if x48 is not _MISSING:
            if type(x48) is not bool:
                return False
        x49 = v.get("uploadEndpoint", _MISSING)
        if x49 is not _MISSING:
            if type(x49) is not str or not (_uri_common(x49) is not None or is_uri(x49)):
                return False
        x50 = v.get("ttl", _MISSING)
        if x50 is not _MISSING:
            if (
                not ((type(x50) is int or (type(x50) is float and x50.is_integer())))
                or not 60 <= x50
            ):
                return False
        x51 = v.get("outputQuality", _MISSING)
        if x51 is not _MISSING:
            if (
                not ((type(x51) is int or (type(x51) is float and x51.is_integer())))
                or not 20 <= x51 <= 99
            ):
                return False
        x52 = v.get("outputType", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is not str or x52 not in _ENUM6:
                return False
        x53 = v.get("outputFormat", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is not str or x53 not in _ENUM8:
                return False
        x54 = v.get("deliveryMethod", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is not str:
                return False
            if ((x54 == "sync")) + ((x54 == "async")) != 1:
                return False
        x55 = v["inputs"]
        if type(x55) is not dict:
            return False
        x56 = x55["image"]
        if type(x56) is not str:
            return False
        if not (
            ((is_uuid(x56)))
            or (((_uri_common(x56) is not None or is_uri(x56))))
            or ((_PATTERN11(x56) is not None))
            or ((_PATTERN12(x56) is not None))
        ):
            return False
        if len(x55) != 1:
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
                if not x1 == "runware:500@1":
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
        x2 = v.get("upscaleFactor", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is int or (type(x2) is float and x2 - x2 == 0):
                if not x2 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
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
                        deferred(
                            out_of_range,
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
                    deferred(
                        wrong_type,
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
                            deferred(
                                wrong_type,
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
                            deferred(
                                wrong_type,
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
                                deferred(
                                    out_of_range,
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
                                deferred(
                                    out_of_range,
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
                            deferred(
                                wrong_type,
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
                                deferred(
                                    out_of_range,
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
                            deferred(
                                wrong_type,
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
                        if not x8 in _ENUM1:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("settings", "scheduler"),
                                    x8,
                                    _ENUMLIST2,
                                    "/properties/settings/properties/scheduler/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
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
                                deferred(
                                    out_of_range,
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
                                deferred(
                                    not_multiple,
                                    ("settings", "CFGScale"),
                                    x9,
                                    0.01,
                                    "/properties/settings/properties/CFGScale/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
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
                                deferred(
                                    out_of_range,
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
                                deferred(
                                    out_of_range,
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
                                deferred(
                                    not_multiple,
                                    ("settings", "strength"),
                                    x10,
                                    0.01,
                                    "/properties/settings/properties/strength/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
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
                                deferred(
                                    out_of_range,
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
                                deferred(
                                    out_of_range,
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
                                deferred(
                                    not_multiple,
                                    ("settings", "controlNetWeight"),
                                    x11,
                                    0.01,
                                    "/properties/settings/properties/controlNetWeight/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "controlNetWeight"),
                                x11,
                                ("number",),
                                "/properties/settings/properties/controlNetWeight/type",
                                "type",
                            )
                        )
                if not _KNOWN3.issuperset(x3):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("settings",),
                            x3,
                            _KNOWN3,
                            _KNOWNLIST4,
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("settings",),
                        x3,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        try:
            x15 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x15) is str:
                if not x15 == "upscale":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x15,
                            _CONST5,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x15,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x16 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x16) is str:
                if not is_uuid(x16):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x16,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x16, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x17 = v.get("webhookURL", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is str:
                if not (_uri_common(x17) is not None or is_uri(x17)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x17,
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
                        x17,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
                )
        x18 = v.get("includeCost", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x18,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x19 = v.get("uploadEndpoint", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is str:
                if not (_uri_common(x19) is not None or is_uri(x19)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x19,
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
                        x19,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
                    )
                )
        x20 = v.get("ttl", _MISSING)
        if x20 is not _MISSING:
            if type(x20) is int or (type(x20) is float and x20.is_integer()):
                if not x20 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x20,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x20, ("integer",), "/$defs/ttl/type", "type")
                )
        x21 = v.get("outputQuality", _MISSING)
        if x21 is not _MISSING:
            if type(x21) is int or (type(x21) is float and x21.is_integer()):
                if not x21 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x21,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x21 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x21,
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
                        x21,
                        ("integer",),
                        "/$defs/outputQuality/type",
                        "type",
                    )
                )
        x22 = v.get("outputType", _MISSING)
        if x22 is not _MISSING:
            if type(x22) is str:
                if not x22 in _ENUM6:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x22,
                            _ENUMLIST7,
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x22,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x23 = v.get("outputFormat", _MISSING)
        if x23 is not _MISSING:
            if type(x23) is str:
                if not x23 in _ENUM8:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x23,
                            _ENUMLIST9,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x23,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x24 = v.get("deliveryMethod", _MISSING)
        if x24 is not _MISSING:
            if type(x24) is str:
                if (((x24 == "sync")) + ((x24 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x24,
                            int((((x24 == "sync")) + ((x24 == "async")))),
                            _ALTS10,
                            "/$defs/deliverySyncOrAsync/oneOf",
                            "oneOf",
                            "oneOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("deliveryMethod",),
                        x24,
                        ("string",),
                        "/$defs/deliverySyncOrAsync/type",
                        "type",
                    )
                )
        try:
            x25 = v["inputs"]
        except KeyError:
            errs.append(deferred(missing, (), "inputs", "/required", "required"))
        else:
            if type(x25) is dict:
                try:
                    x26 = x25["image"]
                except KeyError:
                    errs.append(
                        deferred(
                            missing, ("inputs",), "image", "/properties/inputs/required", "required"
                        )
                    )
                else:
                    if type(x26) is str:
                        if not (
                            ((is_uuid(x26)))
                            or (((_uri_common(x26) is not None or is_uri(x26))))
                            or ((_PATTERN11(x26) is not None))
                            or ((_PATTERN12(x26) is not None))
                        ):
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("inputs", "image"),
                                    x26,
                                    0,
                                    _ALTS13,
                                    "/$defs/imageInput/anyOf",
                                    "anyOf",
                                    "anyOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "image"),
                                x26,
                                ("string",),
                                "/$defs/imageInput/type",
                                "type",
                            )
                        )
                if not _KNOWN14.issuperset(x25):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x25,
                            _KNOWN14,
                            _KNOWNLIST15,
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x25, ("object",), "/properties/inputs/type", "type"
                    )
                )
        if not _KNOWN16.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN16, _KNOWNLIST17, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b33(payload)
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
            x57 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x57) is str:
                if not x57 == "upscale":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x57,
                            _CONST5,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x57,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x58 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x58) is str:
                if not is_uuid(x58):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x58,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x58, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x59 = v.get("cost", _MISSING)
        if x59 is not _MISSING:
            if type(x59) is int or (type(x59) is float and x59 - x59 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x59, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x60 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x60) is str:
                if not is_uuid(x60):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageUUID",),
                            x60,
                            "uuid",
                            "/$defs/imageUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageUUID",),
                        x60,
                        ("string",),
                        "/$defs/imageUUID/type",
                        "type",
                    )
                )
        x61 = v.get("imageURL", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is str:
                if not (_uri_common(x61) is not None or is_uri(x61)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x61,
                            "uri",
                            "/$defs/imageURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("imageURL",), x61, ("string",), "/$defs/imageURL/type", "type"
                    )
                )
        x62 = v.get("imageBase64Data", _MISSING)
        if x62 is not _MISSING:
            if type(x62) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x62,
                        ("string",),
                        "/$defs/imageBase64Data/type",
                        "type",
                    )
                )
        x63 = v.get("imageDataURI", _MISSING)
        if x63 is not _MISSING:
            if type(x63) is str:
                if not (_uri_common(x63) is not None or is_uri(x63)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x63,
                            "uri",
                            "/$defs/imageDataURI/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageDataURI",),
                        x63,
                        ("string",),
                        "/$defs/imageDataURI/type",
                        "type",
                    )
                )
        if not _KNOWN18.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN18, _KNOWNLIST19, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
