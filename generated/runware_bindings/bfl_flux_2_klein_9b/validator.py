"""Validators for FLUX.2 [klein] 9B (runware:400@2), generated from spec/models/bfl-flux-2-klein-9b.yaml.

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
    forbidden,
    missing,
    missing_dependency,
    no_pattern_match,
    not_const,
    not_in_enum,
    not_multiple,
    not_one_of,
    out_of_range,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "runware:400@2"
_PATTERN1 = re.compile("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z").search
_PATTERN2 = re.compile("^[\\+/-9=A-Za-z]+\\Z").search
_ALTS3 = ["alternative 1", "alternative 2", "alternative 3", "alternative 4"]
_KNOWN4 = frozenset({"referenceImages"})
_KNOWNLIST5 = ["referenceImages"]
_ENUM6 = frozenset(
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
_ENUMLIST7 = [
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
_ENUM8 = frozenset({"high", "low", "medium", "none"})
_ENUMLIST9 = ["none", "low", "medium", "high"]
_KNOWN10 = frozenset(
    {
        "cacheEndStep",
        "cacheEndStepPercentage",
        "cacheMaxConsecutiveSteps",
        "cacheStartStep",
        "cacheStartStepPercentage",
        "dbCache",
        "dbCacheSkipInterval",
        "dbCacheThreshold",
        "teaCache",
        "teaCacheDistance",
    }
)
_KNOWNLIST11 = [
    "cacheEndStep",
    "cacheEndStepPercentage",
    "cacheMaxConsecutiveSteps",
    "cacheStartStep",
    "cacheStartStepPercentage",
    "dbCache",
    "dbCacheSkipInterval",
    "dbCacheThreshold",
    "teaCache",
    "teaCacheDistance",
]
_PATTERN12 = re.compile("^[\\--\\.0-9A-Z_a-z]+(:[\\--9@-Z_a-z]+)?\\Z").search
_KNOWN13 = frozenset({"model", "weight"})
_KNOWNLIST14 = ["model", "weight"]
_CONST15 = "imageInference"
_ENUM16 = frozenset({"URL", "base64Data", "dataURI"})
_ENUMLIST17 = ["URL", "base64Data", "dataURI"]
_ENUM18 = frozenset({"JPG", "PNG", "WEBP"})
_ENUMLIST19 = ["JPG", "PNG", "WEBP"]
_ALTS20 = ["alternative 1", "alternative 2"]
_KNOWN21 = frozenset({"checkContent"})
_KNOWNLIST22 = ["checkContent"]
_ENUM23 = frozenset(
    {
        "bottom-center",
        "bottom-left",
        "bottom-right",
        "center-center",
        "center-left",
        "center-right",
        "tiled",
        "top-center",
        "top-left",
        "top-right",
    }
)
_ENUMLIST24 = [
    "top-left",
    "top-center",
    "top-right",
    "center-left",
    "center-center",
    "center-right",
    "bottom-left",
    "bottom-center",
    "bottom-right",
    "tiled",
]
_PATTERN25 = re.compile("^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z").search
_KNOWN26 = frozenset({"bgColor", "displayPosition", "fontColor", "image", "opacity", "text"})
_KNOWNLIST27 = ["bgColor", "displayPosition", "fontColor", "image", "opacity", "text"]
_KNOWN28 = frozenset({"watermark"})
_KNOWNLIST29 = ["watermark"]
_KNOWN30 = frozenset(
    {
        "CFGScale",
        "acceleration",
        "acceleratorOptions",
        "advancedFeatures",
        "deliveryMethod",
        "height",
        "includeCost",
        "inputs",
        "lora",
        "model",
        "negativePrompt",
        "numberResults",
        "outputFormat",
        "outputQuality",
        "outputType",
        "positivePrompt",
        "safety",
        "scheduler",
        "seed",
        "steps",
        "taskType",
        "taskUUID",
        "ttl",
        "uploadEndpoint",
        "webhookURL",
        "width",
    }
)
_KNOWNLIST31 = [
    "CFGScale",
    "acceleration",
    "acceleratorOptions",
    "advancedFeatures",
    "deliveryMethod",
    "height",
    "includeCost",
    "inputs",
    "lora",
    "model",
    "negativePrompt",
    "numberResults",
    "outputFormat",
    "outputQuality",
    "outputType",
    "positivePrompt",
    "safety",
    "scheduler",
    "seed",
    "steps",
    "taskType",
    "taskUUID",
    "ttl",
    "uploadEndpoint",
    "webhookURL",
    "width",
]
_KNOWN32 = frozenset(
    {
        "NSFWContent",
        "cost",
        "imageBase64Data",
        "imageDataURI",
        "imageURL",
        "imageUUID",
        "seed",
        "taskType",
        "taskUUID",
    }
)
_KNOWNLIST33 = [
    "NSFWContent",
    "cost",
    "imageBase64Data",
    "imageDataURI",
    "imageURL",
    "imageUUID",
    "seed",
    "taskType",
    "taskUUID",
]


def _b82(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN30.issuperset(v):
            return False
        x83 = v["model"]
        if type(x83) is not str or x83 != "runware:400@2":
            return False
        x84 = v.get("inputs", _MISSING)
        if x84 is not _MISSING:
            if type(x84) is not dict:
                return False
            x85 = x84.get("referenceImages", _MISSING)
            if x85 is not _MISSING:
                if type(x85) is not list:
                    return False
                if not 1 <= len(x85) <= 4:
                    return False
                for x86 in x85:
                    if type(x86) is not str:
                        return False
                    if not (
                        ((is_uuid(x86)))
                        or (((_uri_common(x86) is not None or is_uri(x86))))
                        or ((_PATTERN1(x86) is not None))
                        or ((_PATTERN2(x86) is not None))
                    ):
                        return False
            if len(x84) != 0 + (x85 is not _MISSING):
                return False
        x87 = v["positivePrompt"]
        if type(x87) is not str or not 1 <= len(x87) <= 10000:
            return False
        x88 = v.get("negativePrompt", _MISSING)
        if x88 is not _MISSING:
            if type(x88) is not str or not 1 <= len(x88) <= 10000:
                return False
        x89 = v["width"]
        if (
            not ((type(x89) is int or (type(x89) is float and x89.is_integer())))
            or not 128 <= x89 <= 2048
            or not is_multiple_of(x89, 16)
        ):
            return False
        x90 = v["height"]
        if (
            not ((type(x90) is int or (type(x90) is float and x90.is_integer())))
            or not 128 <= x90 <= 2048
            or not is_multiple_of(x90, 16)
        ):
            return False
        x91 = v.get("seed", _MISSING)
        if x91 is not _MISSING:
            if (
                not ((type(x91) is int or (type(x91) is float and x91.is_integer())))
                or not 0 <= x91 <= 9223372036854775807
            ):
                return False
        x92 = v.get("steps", _MISSING)
        if x92 is not _MISSING:
            if (
                not ((type(x92) is int or (type(x92) is float and x92.is_integer())))
                or not 1 <= x92 <= 50
            ):
                return False
        x93 = v.get("scheduler", _MISSING)
        if x93 is not _MISSING:
            if type(x93) is not str or x93 not in _ENUM6:
                return False
        x94 = v.get("CFGScale", _MISSING)
        if x94 is not _MISSING:
            if (
                not ((type(x94) is int or type(x94) is float))
                or not 1 <= x94 <= 20
                or not is_multiple_of(x94, 0.01)
            ):
                return False
        x95 = v.get("acceleration", _MISSING)
        if x95 is not _MISSING:
            if type(x95) is not str or x95 not in _ENUM8:
                return False
        x96 = v.get("acceleratorOptions", _MISSING)
        if x96 is not _MISSING:
            if type(x96) is not dict:
                return False
            if not _KNOWN10.issuperset(x96):
                return False
            x97 = x96.get("cacheEndStep", _MISSING)
            if x97 is not _MISSING:
                if (
                    not ((type(x97) is int or (type(x97) is float and x97.is_integer())))
                    or not 1 <= x97
                ):
                    return False
            x98 = x96.get("cacheEndStepPercentage", _MISSING)
            if x98 is not _MISSING:
                if (
                    not ((type(x98) is int or (type(x98) is float and x98.is_integer())))
                    or not 1 <= x98 <= 100
                ):
                    return False
            x99 = x96.get("cacheMaxConsecutiveSteps", _MISSING)
            if x99 is not _MISSING:
                if (
                    not ((type(x99) is int or (type(x99) is float and x99.is_integer())))
                    or not 1 <= x99 <= 5
                ):
                    return False
            x100 = x96.get("cacheStartStep", _MISSING)
            if x100 is not _MISSING:
                if (
                    not ((type(x100) is int or (type(x100) is float and x100.is_integer())))
                    or not 0 <= x100
                ):
                    return False
            x101 = x96.get("cacheStartStepPercentage", _MISSING)
            if x101 is not _MISSING:
                if (
                    not ((type(x101) is int or (type(x101) is float and x101.is_integer())))
                    or not 0 <= x101 <= 99
                ):
                    return False
            x102 = x96.get("teaCache", _MISSING)
            if x102 is not _MISSING:
                if type(x102) is not bool:
                    return False
            x103 = x96.get("teaCacheDistance", _MISSING)
            if x103 is not _MISSING:
                if (
                    not ((type(x103) is int or type(x103) is float))
                    or not 0 <= x103 <= 1
                    or not is_multiple_of(x103, 0.01)
                ):
                    return False
            x104 = x96.get("dbCache", _MISSING)
            if x104 is not _MISSING:
                if type(x104) is not bool:
                    return False
            x105 = x96.get("dbCacheThreshold", _MISSING)
            if x105 is not _MISSING:
                if (
                    not ((type(x105) is int or type(x105) is float))
                    or not 0 <= x105 <= 1
                    or not is_multiple_of(x105, 0.01)
                ):
                    return False
            x106 = x96.get("dbCacheSkipInterval", _MISSING)
            if x106 is not _MISSING:
                if (
                    not ((type(x106) is int or (type(x106) is float and x106.is_integer())))
                    or not 1 <= x106
                ):
                    return False
            if "cacheStartStep" in x96 and "cacheStartStepPercentage" in x96:
                return False
            if "cacheEndStep" in x96 and "cacheEndStepPercentage" in x96:
                return False
            if (
                "teaCache" in x96
                and "dbCache" in x96
                and ("teaCache" not in x96 or (x96["teaCache"] is True))
                and ("dbCache" not in x96 or (x96["dbCache"] is True))
            ):
                return False
        x107 = v.get("lora", _MISSING)
        if x107 is not _MISSING:
            if type(x107) is not list:
                return False
            if len(x107) < 1:
                return False
            for x108 in x107:
                if type(x108) is not dict:
                    return False
                x109 = x108["model"]
                if type(x109) is not str or _PATTERN12(x109) is None:
                    return False
                x110 = x108.get("weight", _MISSING)
                if x110 is not _MISSING:
                    if (
                        not ((type(x110) is int or type(x110) is float))
                        or not -4 <= x110 <= 4
                        or not is_multiple_of(x110, 0.01)
                    ):
                        return False
                if len(x108) != 1 + (x110 is not _MISSING):
                    return False
        x111 = v["taskType"]
        if type(x111) is not str or x111 != "imageInference":
            return False
        x112 = v["taskUUID"]
        if type(x112) is not str or not is_uuid(x112):
            return False
        x113 = v.get("webhookURL", _MISSING)
        if x113 is not _MISSING:
            if type(x113) is not str or not (_uri_common(x113) is not None or is_uri(x113)):
                return False
        x114 = v.get("includeCost", _MISSING)
        if x114 is not _MISSING:
            if type(x114) is not bool:
                return False
        x115 = v.get("numberResults", _MISSING)
        if x115 is not _MISSING:
            if (
                not ((type(x115) is int or (type(x115) is float and x115.is_integer())))
                or not 1 <= x115 <= 20
            ):
                return False
        x116 = v.get("uploadEndpoint", _MISSING)
        if x116 is not _MISSING:
            if type(x116) is not str or not (_uri_common(x116) is not None or is_uri(x116)):
                return False
        x117 = v.get("ttl", _MISSING)
        if x117 is not _MISSING:
            if (
                not ((type(x117) is int or (type(x117) is float and x117.is_integer())))
                or not 60 <= x117
            ):
                return False
        x118 = v.get("outputType", _MISSING)
        if x118 is not _MISSING:
            if type(x118) is not str or x118 not in _ENUM16:
                return False
        x119 = v.get("outputFormat", _MISSING)
        if x119 is not _MISSING:
            if type(x119) is not str or x119 not in _ENUM18:
                return False
        x120 = v.get("outputQuality", _MISSING)
        if x120 is not _MISSING:
            if (
                not ((type(x120) is int or (type(x120) is float and x120.is_integer())))
                or not 20 <= x120 <= 99
            ):
                return False
        x121 = v.get("deliveryMethod", _MISSING)
        if x121 is not _MISSING:
            if type(x121) is not str:
                return False
            if ((x121 == "sync")) + ((x121 == "async")) != 1:
                return False
        x122 = v.get("safety", _MISSING)
        if x122 is not _MISSING:
            if type(x122) is not dict:
                return False
            x123 = x122.get("checkContent", _MISSING)
            if x123 is not _MISSING:
                if type(x123) is not bool:
                    return False
            if len(x122) != 0 + (x123 is not _MISSING):
                return False
        x124 = v.get("advancedFeatures", _MISSING)
        if x124 is not _MISSING:
            if type(x124) is not dict:
                return False
            x125 = x124.get("watermark", _MISSING)
            if x125 is not _MISSING:
                if type(x125) is not dict:
                    return False
                if not _KNOWN26.issuperset(x125):
                    return False
                x126 = x125.get("text", _MISSING)
                if x126 is not _MISSING:
                    if type(x126) is not str or not 2 <= len(x126) <= 32:
                        return False
                x127 = x125.get("image", _MISSING)
                if x127 is not _MISSING:
                    if type(x127) is not str:
                        return False
                    if not (
                        ((is_uuid(x127)))
                        or (((_uri_common(x127) is not None or is_uri(x127))))
                        or ((_PATTERN1(x127) is not None))
                        or ((_PATTERN2(x127) is not None))
                    ):
                        return False
                x128 = x125.get("displayPosition", _MISSING)
                if x128 is not _MISSING:
                    if type(x128) is not str or x128 not in _ENUM23:
                        return False
                x129 = x125.get("opacity", _MISSING)
                if x129 is not _MISSING:
                    if (
                        not ((type(x129) is int or type(x129) is float))
                        or not 0.1 <= x129 <= 1
                        or not is_multiple_of(x129, 0.01)
                    ):
                        return False
                x130 = x125.get("fontColor", _MISSING)
                if x130 is not _MISSING:
                    if type(x130) is not str or _PATTERN25(x130) is None:
                        return False
                x131 = x125.get("bgColor", _MISSING)
                if x131 is not _MISSING:
                    if type(x131) is not str or _PATTERN25(x131) is None:
                        return False
                if (("text" in x125)) + (("image" in x125)) != 1:
                    return False
            if len(x124) != 0 + (x125 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
        if ("acceleration" in v) and ("acceleratorOptions" in v):
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
                if not x1 == "runware:400@2":
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
        x2 = v.get("inputs", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is dict:
                x3 = x2.get("referenceImages", _MISSING)
                if x3 is not _MISSING:
                    if type(x3) is list:
                        n4 = len(x3)
                        if n4 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x3,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 4},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n4 > 4:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x3,
                                    "maxItems",
                                    4,
                                    {"minItems": 1, "maxItems": 4},
                                    "/properties/inputs/properties/referenceImages/maxItems",
                                    "maxItems",
                                )
                            )
                        ok7 = True
                        try:
                            for x6 in x3:
                                if type(x6) is not str:
                                    ok7 = False
                                    break
                                if not (
                                    ((is_uuid(x6)))
                                    or (((_uri_common(x6) is not None or is_uri(x6))))
                                    or ((_PATTERN1(x6) is not None))
                                    or ((_PATTERN2(x6) is not None))
                                ):
                                    ok7 = False
                                    break
                        except (KeyError, RecursionError):
                            ok7 = False
                        if not ok7:
                            for i5 in range(0, len(x3)):
                                x6 = x3[i5]
                                if type(x6) is str:
                                    if not (
                                        ((is_uuid(x6)))
                                        or (((_uri_common(x6) is not None or is_uri(x6))))
                                        or ((_PATTERN1(x6) is not None))
                                        or ((_PATTERN2(x6) is not None))
                                    ):
                                        errs.append(
                                            deferred(
                                                not_one_of,
                                                ("inputs", "referenceImages", i5),
                                                x6,
                                                0,
                                                _ALTS3,
                                                "/$defs/imageInput/anyOf",
                                                "anyOf",
                                                "anyOf",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "referenceImages", i5),
                                            x6,
                                            ("string",),
                                            "/$defs/imageInput/type",
                                            "type",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "referenceImages"),
                                x3,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                if not _KNOWN4.issuperset(x2):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x2,
                            _KNOWN4,
                            _KNOWNLIST5,
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x2, ("object",), "/properties/inputs/type", "type"
                    )
                )
        try:
            x11 = v["positivePrompt"]
        except KeyError:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        else:
            if type(x11) is str:
                n12 = len(x11)
                if n12 < 1:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x11,
                            "minLength",
                            1,
                            {"minLength": 1, "maxLength": 10000},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n12 > 10000:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x11,
                            "maxLength",
                            10000,
                            {"minLength": 1, "maxLength": 10000},
                            "/properties/positivePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("positivePrompt",),
                        x11,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        x13 = v.get("negativePrompt", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is str:
                n14 = len(x13)
                if n14 < 1:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x13,
                            "minLength",
                            1,
                            {"minLength": 1, "maxLength": 10000},
                            "/properties/negativePrompt/minLength",
                            "minLength",
                        )
                    )
                if n14 > 10000:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x13,
                            "maxLength",
                            10000,
                            {"minLength": 1, "maxLength": 10000},
                            "/properties/negativePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("negativePrompt",),
                        x13,
                        ("string",),
                        "/properties/negativePrompt/type",
                        "type",
                    )
                )
        try:
            x15 = v["width"]
        except KeyError:
            errs.append(deferred(missing, (), "width", "/required", "required"))
        else:
            if type(x15) is int or (type(x15) is float and x15.is_integer()):
                if not x15 >= 128:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x15,
                            "minimum",
                            128,
                            {"minimum": 128, "maximum": 2048},
                            "/properties/width/minimum",
                            "minimum",
                        )
                    )
                if not x15 <= 2048:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x15,
                            "maximum",
                            2048,
                            {"minimum": 128, "maximum": 2048},
                            "/properties/width/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x15, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("width",),
                            x15,
                            16,
                            "/properties/width/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x15, ("integer",), "/properties/width/type", "type"
                    )
                )
        try:
            x16 = v["height"]
        except KeyError:
            errs.append(deferred(missing, (), "height", "/required", "required"))
        else:
            if type(x16) is int or (type(x16) is float and x16.is_integer()):
                if not x16 >= 128:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x16,
                            "minimum",
                            128,
                            {"minimum": 128, "maximum": 2048},
                            "/properties/height/minimum",
                            "minimum",
                        )
                    )
                if not x16 <= 2048:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x16,
                            "maximum",
                            2048,
                            {"minimum": 128, "maximum": 2048},
                            "/properties/height/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x16, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("height",),
                            x16,
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
                        x16,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x17 = v.get("seed", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is int or (type(x17) is float and x17.is_integer()):
                if not x17 >= 0:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x17,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 9223372036854775807},
                            "/properties/seed/minimum",
                            "minimum",
                        )
                    )
                if not x17 <= 9223372036854775807:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x17,
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
                        wrong_type, ("seed",), x17, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x18 = v.get("steps", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is int or (type(x18) is float and x18.is_integer()):
                if not x18 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("steps",),
                            x18,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 50},
                            "/properties/steps/minimum",
                            "minimum",
                        )
                    )
                if not x18 <= 50:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("steps",),
                            x18,
                            "maximum",
                            50,
                            {"minimum": 1, "maximum": 50},
                            "/properties/steps/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("steps",), x18, ("integer",), "/properties/steps/type", "type"
                    )
                )
        x19 = v.get("scheduler", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is str:
                if not x19 in _ENUM6:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("scheduler",),
                            x19,
                            _ENUMLIST7,
                            "/properties/scheduler/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("scheduler",),
                        x19,
                        ("string",),
                        "/properties/scheduler/type",
                        "type",
                    )
                )
        x20 = v.get("CFGScale", _MISSING)
        if x20 is not _MISSING:
            if type(x20) is int or (type(x20) is float and x20 - x20 == 0):
                if not x20 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("CFGScale",),
                            x20,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/properties/CFGScale/minimum",
                            "minimum",
                        )
                    )
                if not x20 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("CFGScale",),
                            x20,
                            "maximum",
                            20,
                            {"minimum": 1, "maximum": 20},
                            "/properties/CFGScale/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x20, 0.01):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("CFGScale",),
                            x20,
                            0.01,
                            "/properties/CFGScale/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("CFGScale",),
                        x20,
                        ("number",),
                        "/properties/CFGScale/type",
                        "type",
                    )
                )
        x21 = v.get("acceleration", _MISSING)
        if x21 is not _MISSING:
            if type(x21) is str:
                if not x21 in _ENUM8:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("acceleration",),
                            x21,
                            _ENUMLIST9,
                            "/properties/acceleration/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("acceleration",),
                        x21,
                        ("string",),
                        "/properties/acceleration/type",
                        "type",
                    )
                )
        x22 = v.get("acceleratorOptions", _MISSING)
        if x22 is not _MISSING:
            if type(x22) is dict:
                x23 = x22.get("cacheEndStep", _MISSING)
                if x23 is not _MISSING:
                    if type(x23) is int or (type(x23) is float and x23.is_integer()):
                        if not x23 >= 1:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheEndStep"),
                                    x23,
                                    "minimum",
                                    1,
                                    {"minimum": 1},
                                    "/properties/acceleratorOptions/properties/cacheEndStep/minimum",
                                    "minimum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "cacheEndStep"),
                                x23,
                                ("integer",),
                                "/properties/acceleratorOptions/properties/cacheEndStep/type",
                                "type",
                            )
                        )
                x24 = x22.get("cacheEndStepPercentage", _MISSING)
                if x24 is not _MISSING:
                    if type(x24) is int or (type(x24) is float and x24.is_integer()):
                        if not x24 >= 1:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheEndStepPercentage"),
                                    x24,
                                    "minimum",
                                    1,
                                    {"minimum": 1, "maximum": 100},
                                    "/properties/acceleratorOptions/properties/cacheEndStepPercentage/minimum",
                                    "minimum",
                                )
                            )
                        if not x24 <= 100:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheEndStepPercentage"),
                                    x24,
                                    "maximum",
                                    100,
                                    {"minimum": 1, "maximum": 100},
                                    "/properties/acceleratorOptions/properties/cacheEndStepPercentage/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "cacheEndStepPercentage"),
                                x24,
                                ("integer",),
                                "/properties/acceleratorOptions/properties/cacheEndStepPercentage/type",
                                "type",
                            )
                        )
                x25 = x22.get("cacheMaxConsecutiveSteps", _MISSING)
                if x25 is not _MISSING:
                    if type(x25) is int or (type(x25) is float and x25.is_integer()):
                        if not x25 >= 1:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheMaxConsecutiveSteps"),
                                    x25,
                                    "minimum",
                                    1,
                                    {"minimum": 1, "maximum": 5},
                                    "/properties/acceleratorOptions/properties/cacheMaxConsecutiveSteps/minimum",
                                    "minimum",
                                )
                            )
                        if not x25 <= 5:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheMaxConsecutiveSteps"),
                                    x25,
                                    "maximum",
                                    5,
                                    {"minimum": 1, "maximum": 5},
                                    "/properties/acceleratorOptions/properties/cacheMaxConsecutiveSteps/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "cacheMaxConsecutiveSteps"),
                                x25,
                                ("integer",),
                                "/properties/acceleratorOptions/properties/cacheMaxConsecutiveSteps/type",
                                "type",
                            )
                        )
                x26 = x22.get("cacheStartStep", _MISSING)
                if x26 is not _MISSING:
                    if type(x26) is int or (type(x26) is float and x26.is_integer()):
                        if not x26 >= 0:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheStartStep"),
                                    x26,
                                    "minimum",
                                    0,
                                    {"minimum": 0},
                                    "/properties/acceleratorOptions/properties/cacheStartStep/minimum",
                                    "minimum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "cacheStartStep"),
                                x26,
                                ("integer",),
                                "/properties/acceleratorOptions/properties/cacheStartStep/type",
                                "type",
                            )
                        )
                x27 = x22.get("cacheStartStepPercentage", _MISSING)
                if x27 is not _MISSING:
                    if type(x27) is int or (type(x27) is float and x27.is_integer()):
                        if not x27 >= 0:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheStartStepPercentage"),
                                    x27,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 99},
                                    "/properties/acceleratorOptions/properties/cacheStartStepPercentage/minimum",
                                    "minimum",
                                )
                            )
                        if not x27 <= 99:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "cacheStartStepPercentage"),
                                    x27,
                                    "maximum",
                                    99,
                                    {"minimum": 0, "maximum": 99},
                                    "/properties/acceleratorOptions/properties/cacheStartStepPercentage/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "cacheStartStepPercentage"),
                                x27,
                                ("integer",),
                                "/properties/acceleratorOptions/properties/cacheStartStepPercentage/type",
                                "type",
                            )
                        )
                x28 = x22.get("teaCache", _MISSING)
                if x28 is not _MISSING:
                    if type(x28) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "teaCache"),
                                x28,
                                ("boolean",),
                                "/properties/acceleratorOptions/properties/teaCache/type",
                                "type",
                            )
                        )
                x29 = x22.get("teaCacheDistance", _MISSING)
                if x29 is not _MISSING:
                    if type(x29) is int or (type(x29) is float and x29 - x29 == 0):
                        if not x29 >= 0:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "teaCacheDistance"),
                                    x29,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 1},
                                    "/properties/acceleratorOptions/properties/teaCacheDistance/minimum",
                                    "minimum",
                                )
                            )
                        if not x29 <= 1:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "teaCacheDistance"),
                                    x29,
                                    "maximum",
                                    1,
                                    {"minimum": 0, "maximum": 1},
                                    "/properties/acceleratorOptions/properties/teaCacheDistance/maximum",
                                    "maximum",
                                )
                            )
                        if not is_multiple_of(x29, 0.01):
                            errs.append(
                                deferred(
                                    not_multiple,
                                    ("acceleratorOptions", "teaCacheDistance"),
                                    x29,
                                    0.01,
                                    "/properties/acceleratorOptions/properties/teaCacheDistance/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "teaCacheDistance"),
                                x29,
                                ("number",),
                                "/properties/acceleratorOptions/properties/teaCacheDistance/type",
                                "type",
                            )
                        )
                x30 = x22.get("dbCache", _MISSING)
                if x30 is not _MISSING:
                    if type(x30) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "dbCache"),
                                x30,
                                ("boolean",),
                                "/properties/acceleratorOptions/properties/dbCache/type",
                                "type",
                            )
                        )
                x31 = x22.get("dbCacheThreshold", _MISSING)
                if x31 is not _MISSING:
                    if type(x31) is int or (type(x31) is float and x31 - x31 == 0):
                        if not x31 >= 0:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "dbCacheThreshold"),
                                    x31,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 1},
                                    "/properties/acceleratorOptions/properties/dbCacheThreshold/minimum",
                                    "minimum",
                                )
                            )
                        if not x31 <= 1:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "dbCacheThreshold"),
                                    x31,
                                    "maximum",
                                    1,
                                    {"minimum": 0, "maximum": 1},
                                    "/properties/acceleratorOptions/properties/dbCacheThreshold/maximum",
                                    "maximum",
                                )
                            )
                        if not is_multiple_of(x31, 0.01):
                            errs.append(
                                deferred(
                                    not_multiple,
                                    ("acceleratorOptions", "dbCacheThreshold"),
                                    x31,
                                    0.01,
                                    "/properties/acceleratorOptions/properties/dbCacheThreshold/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "dbCacheThreshold"),
                                x31,
                                ("number",),
                                "/properties/acceleratorOptions/properties/dbCacheThreshold/type",
                                "type",
                            )
                        )
                x32 = x22.get("dbCacheSkipInterval", _MISSING)
                if x32 is not _MISSING:
                    if type(x32) is int or (type(x32) is float and x32.is_integer()):
                        if not x32 >= 1:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("acceleratorOptions", "dbCacheSkipInterval"),
                                    x32,
                                    "minimum",
                                    1,
                                    {"minimum": 1},
                                    "/properties/acceleratorOptions/properties/dbCacheSkipInterval/minimum",
                                    "minimum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("acceleratorOptions", "dbCacheSkipInterval"),
                                x32,
                                ("integer",),
                                "/properties/acceleratorOptions/properties/dbCacheSkipInterval/type",
                                "type",
                            )
                        )
                if not _KNOWN10.issuperset(x22):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("acceleratorOptions",),
                            x22,
                            _KNOWN10,
                            _KNOWNLIST11,
                            "/properties/acceleratorOptions/additionalProperties",
                            "additionalProperties",
                        )
                    )
                if "cacheStartStep" in x22 and "cacheStartStepPercentage" in x22:
                    errs.append(
                        deferred(
                            forbidden,
                            ("acceleratorOptions",),
                            x22,
                            "/properties/acceleratorOptions/allOf/0/not",
                            "not",
                        )
                    )
                if "cacheEndStep" in x22 and "cacheEndStepPercentage" in x22:
                    errs.append(
                        deferred(
                            forbidden,
                            ("acceleratorOptions",),
                            x22,
                            "/properties/acceleratorOptions/allOf/1/not",
                            "not",
                        )
                    )
                if (
                    "teaCache" in x22
                    and "dbCache" in x22
                    and ("teaCache" not in x22 or (x22["teaCache"] is True))
                    and ("dbCache" not in x22 or (x22["dbCache"] is True))
                ):
                    errs.append(
                        deferred(
                            forbidden,
                            ("acceleratorOptions",),
                            x22,
                            "/properties/acceleratorOptions/allOf/2/not",
                            "not",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("acceleratorOptions",),
                        x22,
                        ("object",),
                        "/properties/acceleratorOptions/type",
                        "type",
                    )
                )
        x36 = v.get("lora", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is list:
                n37 = len(x36)
                if n37 < 1:
                    errs.append(
                        deferred(
                            bad_size,
                            ("lora",),
                            x36,
                            "minItems",
                            1,
                            {"minItems": 1},
                            "/properties/lora/minItems",
                            "minItems",
                        )
                    )
                ok40 = True
                try:
                    for x39 in x36:
                        if type(x39) is not dict:
                            ok40 = False
                            break
                        x41 = x39["model"]
                        if type(x41) is not str or _PATTERN12(x41) is None:
                            ok40 = False
                            break
                        x42 = x39.get("weight", _MISSING)
                        if x42 is not _MISSING:
                            if (
                                not ((type(x42) is int or type(x42) is float))
                                or not -4 <= x42 <= 4
                                or not is_multiple_of(x42, 0.01)
                            ):
                                ok40 = False
                                break
                        if len(x39) != 1 + (x42 is not _MISSING):
                            ok40 = False
                            break
                except (KeyError, RecursionError):
                    ok40 = False
                if not ok40:
                    for i38 in range(0, len(x36)):
                        x39 = x36[i38]
                        if type(x39) is dict:
                            try:
                                x43 = x39["model"]
                            except KeyError:
                                errs.append(
                                    deferred(
                                        missing,
                                        ("lora", i38),
                                        "model",
                                        "/properties/lora/items/required",
                                        "required",
                                    )
                                )
                            else:
                                if type(x43) is str:
                                    if _PATTERN12(x43) is None:
                                        errs.append(
                                            deferred(
                                                no_pattern_match,
                                                ("lora", i38, "model"),
                                                x43,
                                                "^[a-zA-Z0-9._-]+(:[a-zA-Z0-9._/@-]+)?$",
                                                "/properties/lora/items/properties/model/pattern",
                                                "pattern",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("lora", i38, "model"),
                                            x43,
                                            ("string",),
                                            "/properties/lora/items/properties/model/type",
                                            "type",
                                        )
                                    )
                            x44 = x39.get("weight", _MISSING)
                            if x44 is not _MISSING:
                                if type(x44) is int or (type(x44) is float and x44 - x44 == 0):
                                    if not x44 >= -4:
                                        errs.append(
                                            deferred(
                                                out_of_range,
                                                ("lora", i38, "weight"),
                                                x44,
                                                "minimum",
                                                -4,
                                                {"minimum": -4, "maximum": 4},
                                                "/properties/lora/items/properties/weight/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x44 <= 4:
                                        errs.append(
                                            deferred(
                                                out_of_range,
                                                ("lora", i38, "weight"),
                                                x44,
                                                "maximum",
                                                4,
                                                {"minimum": -4, "maximum": 4},
                                                "/properties/lora/items/properties/weight/maximum",
                                                "maximum",
                                            )
                                        )
                                    if not is_multiple_of(x44, 0.01):
                                        errs.append(
                                            deferred(
                                                not_multiple,
                                                ("lora", i38, "weight"),
                                                x44,
                                                0.01,
                                                "/properties/lora/items/properties/weight/multipleOf",
                                                "multipleOf",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("lora", i38, "weight"),
                                            x44,
                                            ("number",),
                                            "/properties/lora/items/properties/weight/type",
                                            "type",
                                        )
                                    )
                            if not _KNOWN13.issuperset(x39):
                                errs.extend(
                                    deferred_unexpected_keys(
                                        ("lora", i38),
                                        x39,
                                        _KNOWN13,
                                        _KNOWNLIST14,
                                        "/properties/lora/items/additionalProperties",
                                        "additionalProperties",
                                    )
                                )
                        else:
                            errs.append(
                                deferred(
                                    wrong_type,
                                    ("lora", i38),
                                    x39,
                                    ("object",),
                                    "/properties/lora/items/type",
                                    "type",
                                )
                            )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("lora",), x36, ("array",), "/properties/lora/type", "type"
                    )
                )
        try:
            x48 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x48) is str:
                if not x48 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x48,
                            _CONST15,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x48,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x49 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x49) is str:
                if not is_uuid(x49):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x49,
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
                        x49,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        x50 = v.get("webhookURL", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is str:
                if not (_uri_common(x50) is not None or is_uri(x50)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x50,
                            "uri",
                            "/properties/webhookURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("webhookURL",),
                        x50,
                        ("string",),
                        "/properties/webhookURL/type",
                        "type",
                    )
                )
        x51 = v.get("includeCost", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x51,
                        ("boolean",),
                        "/properties/includeCost/type",
                        "type",
                    )
                )
        x52 = v.get("numberResults", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is int or (type(x52) is float and x52.is_integer()):
                if not x52 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x52,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/properties/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x52 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x52,
                            "maximum",
                            20,
                            {"minimum": 1, "maximum": 20},
                            "/properties/numberResults/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("numberResults",),
                        x52,
                        ("integer",),
                        "/properties/numberResults/type",
                        "type",
                    )
                )
        x53 = v.get("uploadEndpoint", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is str:
                if not (_uri_common(x53) is not None or is_uri(x53)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x53,
                            "uri",
                            "/properties/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("uploadEndpoint",),
                        x53,
                        ("string",),
                        "/properties/uploadEndpoint/type",
                        "type",
                    )
                )
        x54 = v.get("ttl", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is int or (type(x54) is float and x54.is_integer()):
                if not x54 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x54,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/properties/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("ttl",), x54, ("integer",), "/properties/ttl/type", "type"
                    )
                )
        x55 = v.get("outputType", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is str:
                if not x55 in _ENUM16:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x55,
                            _ENUMLIST17,
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x55,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x56 = v.get("outputFormat", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is str:
                if not x56 in _ENUM18:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x56,
                            _ENUMLIST19,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x56,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x57 = v.get("outputQuality", _MISSING)
        if x57 is not _MISSING:
            if type(x57) is int or (type(x57) is float and x57.is_integer()):
                if not x57 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x57,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/properties/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x57 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x57,
                            "maximum",
                            99,
                            {"minimum": 20, "maximum": 99},
                            "/properties/outputQuality/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputQuality",),
                        x57,
                        ("integer",),
                        "/properties/outputQuality/type",
                        "type",
                    )
                )
        x58 = v.get("deliveryMethod", _MISSING)
        if x58 is not _MISSING:
            if type(x58) is str:
                if (((x58 == "sync")) + ((x58 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x58,
                            int((((x58 == "sync")) + ((x58 == "async")))),
                            _ALTS20,
                            "/properties/deliveryMethod/oneOf",
                            "oneOf",
                            "oneOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("deliveryMethod",),
                        x58,
                        ("string",),
                        "/properties/deliveryMethod/type",
                        "type",
                    )
                )
        x59 = v.get("safety", _MISSING)
        if x59 is not _MISSING:
            if type(x59) is dict:
                x60 = x59.get("checkContent", _MISSING)
                if x60 is not _MISSING:
                    if type(x60) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "checkContent"),
                                x60,
                                ("boolean",),
                                "/properties/safety/properties/checkContent/type",
                                "type",
                            )
                        )
                if not _KNOWN21.issuperset(x59):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x59,
                            _KNOWN21,
                            _KNOWNLIST22,
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("safety",), x59, ("object",), "/properties/safety/type", "type"
                    )
                )
        x64 = v.get("advancedFeatures", _MISSING)
        if x64 is not _MISSING:
            if type(x64) is dict:
                x65 = x64.get("watermark", _MISSING)
                if x65 is not _MISSING:
                    if type(x65) is dict:
                        x66 = x65.get("text", _MISSING)
                        if x66 is not _MISSING:
                            if type(x66) is str:
                                n67 = len(x66)
                                if n67 < 2:
                                    errs.append(
                                        deferred(
                                            bad_size,
                                            ("advancedFeatures", "watermark", "text"),
                                            x66,
                                            "minLength",
                                            2,
                                            {"minLength": 2, "maxLength": 32},
                                            "/$defs/advancedFeaturesWatermark/properties/text/minLength",
                                            "minLength",
                                        )
                                    )
                                if n67 > 32:
                                    errs.append(
                                        deferred(
                                            bad_size,
                                            ("advancedFeatures", "watermark", "text"),
                                            x66,
                                            "maxLength",
                                            32,
                                            {"minLength": 2, "maxLength": 32},
                                            "/$defs/advancedFeaturesWatermark/properties/text/maxLength",
                                            "maxLength",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "text"),
                                        x66,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/text/type",
                                        "type",
                                    )
                                )
                        x68 = x65.get("image", _MISSING)
                        if x68 is not _MISSING:
                            if type(x68) is str:
                                if not (
                                    ((is_uuid(x68)))
                                    or (((_uri_common(x68) is not None or is_uri(x68))))
                                    or ((_PATTERN1(x68) is not None))
                                    or ((_PATTERN2(x68) is not None))
                                ):
                                    errs.append(
                                        deferred(
                                            not_one_of,
                                            ("advancedFeatures", "watermark", "image"),
                                            x68,
                                            0,
                                            _ALTS3,
                                            "/$defs/advancedFeaturesWatermark/properties/image/anyOf",
                                            "anyOf",
                                            "anyOf",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "image"),
                                        x68,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/image/type",
                                        "type",
                                    )
                                )
                        x69 = x65.get("displayPosition", _MISSING)
                        if x69 is not _MISSING:
                            if type(x69) is str:
                                if not x69 in _ENUM23:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("advancedFeatures", "watermark", "displayPosition"),
                                            x69,
                                            _ENUMLIST24,
                                            "/$defs/advancedFeaturesWatermark/properties/displayPosition/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "displayPosition"),
                                        x69,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/displayPosition/type",
                                        "type",
                                    )
                                )
                        x70 = x65.get("opacity", _MISSING)
                        if x70 is not _MISSING:
                            if type(x70) is int or (type(x70) is float and x70 - x70 == 0):
                                if not x70 >= 0.1:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x70,
                                            "minimum",
                                            0.1,
                                            {"minimum": 0.1, "maximum": 1},
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x70 <= 1:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x70,
                                            "maximum",
                                            1,
                                            {"minimum": 0.1, "maximum": 1},
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/maximum",
                                            "maximum",
                                        )
                                    )
                                if not is_multiple_of(x70, 0.01):
                                    errs.append(
                                        deferred(
                                            not_multiple,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x70,
                                            0.01,
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/multipleOf",
                                            "multipleOf",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "opacity"),
                                        x70,
                                        ("number",),
                                        "/$defs/advancedFeaturesWatermark/properties/opacity/type",
                                        "type",
                                    )
                                )
                        x71 = x65.get("fontColor", _MISSING)
                        if x71 is not _MISSING:
                            if type(x71) is str:
                                if _PATTERN25(x71) is None:
                                    errs.append(
                                        deferred(
                                            no_pattern_match,
                                            ("advancedFeatures", "watermark", "fontColor"),
                                            x71,
                                            "^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$",
                                            "/$defs/advancedFeaturesWatermark/properties/fontColor/pattern",
                                            "pattern",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "fontColor"),
                                        x71,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/fontColor/type",
                                        "type",
                                    )
                                )
                        x72 = x65.get("bgColor", _MISSING)
                        if x72 is not _MISSING:
                            if type(x72) is str:
                                if _PATTERN25(x72) is None:
                                    errs.append(
                                        deferred(
                                            no_pattern_match,
                                            ("advancedFeatures", "watermark", "bgColor"),
                                            x72,
                                            "^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$",
                                            "/$defs/advancedFeaturesWatermark/properties/bgColor/pattern",
                                            "pattern",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "bgColor"),
                                        x72,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/bgColor/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN26.issuperset(x65):
                            errs.extend(
                                deferred_unexpected_keys(
                                    ("advancedFeatures", "watermark"),
                                    x65,
                                    _KNOWN26,
                                    _KNOWNLIST27,
                                    "/$defs/advancedFeaturesWatermark/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                        if ((("text" in x65)) + (("image" in x65))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("advancedFeatures", "watermark"),
                                    x65,
                                    int(((("text" in x65)) + (("image" in x65)))),
                                    _ALTS20,
                                    "/$defs/advancedFeaturesWatermark/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("advancedFeatures", "watermark"),
                                x65,
                                ("object",),
                                "/$defs/advancedFeaturesWatermark/type",
                                "type",
                            )
                        )
                if not _KNOWN28.issuperset(x64):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("advancedFeatures",),
                            x64,
                            _KNOWN28,
                            _KNOWNLIST29,
                            "/properties/advancedFeatures/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("advancedFeatures",),
                        x64,
                        ("object",),
                        "/properties/advancedFeatures/type",
                        "type",
                    )
                )
        if not _KNOWN30.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN30, _KNOWNLIST31, "/additionalProperties", "additionalProperties"
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
        if ("acceleration" in v) and ("acceleratorOptions" in v):
            errs.append(
                deferred(
                    forbidden, (), v, "/allOf/1/not", "exclusive-acceleration-acceleratoroptions"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b82(payload)
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
            x132 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x132) is str:
                if not x132 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x132,
                            _CONST15,
                            "/$defs/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskType",), x132, ("string",), "/$defs/taskType/type", "type"
                    )
                )
        try:
            x133 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x133) is str:
                if not is_uuid(x133):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x133,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x133, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x134 = v.get("cost", _MISSING)
        if x134 is not _MISSING:
            if type(x134) is int or (type(x134) is float and x134 - x134 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x134, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x135 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x135) is str:
                if not is_uuid(x135):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageUUID",),
                            x135,
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
                        x135,
                        ("string",),
                        "/$defs/imageUUID/type",
                        "type",
                    )
                )
        x136 = v.get("imageURL", _MISSING)
        if x136 is not _MISSING:
            if type(x136) is str:
                if not (_uri_common(x136) is not None or is_uri(x136)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x136,
                            "uri",
                            "/$defs/imageURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("imageURL",), x136, ("string",), "/$defs/imageURL/type", "type"
                    )
                )
        x137 = v.get("imageBase64Data", _MISSING)
        if x137 is not _MISSING:
            if type(x137) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x137,
                        ("string",),
                        "/$defs/imageBase64Data/type",
                        "type",
                    )
                )
        x138 = v.get("imageDataURI", _MISSING)
        if x138 is not _MISSING:
            if type(x138) is str:
                if not (_uri_common(x138) is not None or is_uri(x138)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x138,
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
                        x138,
                        ("string",),
                        "/$defs/imageDataURI/type",
                        "type",
                    )
                )
        x139 = v.get("seed", _MISSING)
        if x139 is not _MISSING:
            if type(x139) is int or (type(x139) is float and x139.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x139, ("integer",), "/$defs/seed/type", "type")
                )
        x140 = v.get("NSFWContent", _MISSING)
        if x140 is not _MISSING:
            if type(x140) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x140,
                        ("boolean",),
                        "/$defs/NSFWContent/type",
                        "type",
                    )
                )
        if not _KNOWN32.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN32, _KNOWNLIST33, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
