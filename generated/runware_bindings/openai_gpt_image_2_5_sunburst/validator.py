"""Validators for GPT-Image-2.5 Sunburst (openai:gpt-image@2.5-sunburst), generated from spec/models/openai-gpt-image-2-5-sunburst.yaml.

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
    not_one_of,
    out_of_range,
    wrong_type,
)
from .._runtime.validation import describe

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "openai:gpt-image@2.5-sunburst"
_PATTERN1 = re.compile("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z").search
_PATTERN2 = re.compile("^[\\+/-9=A-Za-z]+\\Z").search
_ALTS3 = ["alternative 1", "alternative 2", "alternative 3", "alternative 4"]
_KNOWN4 = frozenset({"maskImage", "referenceImages"})
_KNOWNLIST5 = ["maskImage", "referenceImages"]
_ALTS6 = ["alternative 1", "alternative 2", "alternative 3"]
_ALTS7 = ["alternative 1", "alternative 2"]
_ENUM8 = frozenset({"auto", "high", "low", "max", "medium", "xhigh"})
_ENUMLIST9 = ["auto", "max", "xhigh", "high", "medium", "low"]
_KNOWN10 = frozenset({"background", "moderation", "quality"})
_KNOWNLIST11 = ["background", "moderation", "quality"]
_CONST12 = "imageInference"
_ENUM13 = frozenset({"URL", "base64Data", "dataURI"})
_ENUMLIST14 = ["URL", "base64Data", "dataURI"]
_ENUM15 = frozenset({"JPG", "PNG", "WEBP"})
_ENUMLIST16 = ["JPG", "PNG", "WEBP"]
_KNOWN17 = frozenset({"checkContent"})
_KNOWNLIST18 = ["checkContent"]
_ENUM19 = frozenset(
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
_ENUMLIST20 = [
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
_PATTERN21 = re.compile("^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z").search
_KNOWN22 = frozenset({"bgColor", "displayPosition", "fontColor", "image", "opacity", "text"})
_KNOWNLIST23 = ["bgColor", "displayPosition", "fontColor", "image", "opacity", "text"]
_KNOWN24 = frozenset({"watermark"})
_KNOWNLIST25 = ["watermark"]
_KNOWN26 = frozenset(
    {
        "advancedFeatures",
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
        "settings",
        "taskType",
        "taskUUID",
        "ttl",
        "uploadEndpoint",
        "webhookURL",
        "width",
    }
)
_KNOWNLIST27 = [
    "advancedFeatures",
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
    "settings",
    "taskType",
    "taskUUID",
    "ttl",
    "uploadEndpoint",
    "webhookURL",
    "width",
]
_ENUM28 = frozenset({"PNG", "WEBP"})
_ENUMLIST29 = ["PNG", "WEBP"]
_KNOWN30 = frozenset(
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
_KNOWNLIST31 = [
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


def _constraints_hold(payload: Any) -> bool:
    _p0: Any = payload
    _p0 = _p0.get("width", _MISSING) if type(_p0) is dict else _MISSING
    _p1: Any = payload
    _p1 = _p1.get("height", _MISSING) if type(_p1) is dict else _MISSING
    if (type(_p0) is int or (type(_p0) is float and _p0 - _p0 == 0)) and (
        type(_p1) is int or (type(_p1) is float and _p1 - _p1 == 0)
    ):
        try:
            _c0: Any = _p0 * _p1
        except OverflowError:
            _c0 = float("inf") if ((_p0 > 0) == (_p1 > 0)) else float("-inf")
        if _c0 < 655360:
            return False
        if _c0 > 8294400:
            return False
    if (type(_p0) is int or (type(_p0) is float and _p0 - _p0 == 0)) and (
        type(_p1) is int or (type(_p1) is float and _p1 - _p1 == 0)
    ):
        try:
            _c1: Any = (
                _p0 / _p1
                if _p1 != 0
                else (None if _p0 == 0 else float("inf") if _p0 > 0 else float("-inf"))
            )
        except OverflowError:
            _c1 = float("inf") if ((_p0 > 0) == (_p1 > 0)) else float("-inf")
        if _c1 is not None and _c1 < 0.3333333333333333:
            return False
        if _c1 is not None and _c1 > 3:
            return False
    return True


def _b59(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN26.issuperset(v):
            return False
        x60 = v["model"]
        if type(x60) is not str or x60 != "openai:gpt-image@2.5-sunburst":
            return False
        x61 = v.get("inputs", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is not dict:
                return False
            x62 = x61.get("maskImage", _MISSING)
            if x62 is not _MISSING:
                if type(x62) is not str:
                    return False
                if not (
                    ((is_uuid(x62)))
                    or (((_uri_common(x62) is not None or is_uri(x62))))
                    or ((_PATTERN1(x62) is not None))
                    or ((_PATTERN2(x62) is not None))
                ):
                    return False
            x63 = x61.get("referenceImages", _MISSING)
            if x63 is not _MISSING:
                if type(x63) is not list:
                    return False
                if not 1 <= len(x63) <= 16:
                    return False
                for x64 in x63:
                    if type(x64) is not str:
                        return False
                    if not (
                        ((is_uuid(x64)))
                        or (((_uri_common(x64) is not None or is_uri(x64))))
                        or ((_PATTERN1(x64) is not None))
                        or ((_PATTERN2(x64) is not None))
                    ):
                        return False
            if len(x61) != 0 + (x62 is not _MISSING) + (x63 is not _MISSING):
                return False
        x65 = v["positivePrompt"]
        if type(x65) is not str or not 2 <= len(x65) <= 32000:
            return False
        x66 = v.get("width", _MISSING)
        if x66 is not _MISSING:
            if (
                not ((type(x66) is int or (type(x66) is float and x66.is_integer())))
                or not 16 <= x66 <= 3840
                or not is_multiple_of(x66, 16)
            ):
                return False
        x67 = v.get("height", _MISSING)
        if x67 is not _MISSING:
            if (
                not ((type(x67) is int or (type(x67) is float and x67.is_integer())))
                or not 16 <= x67 <= 3840
                or not is_multiple_of(x67, 16)
            ):
                return False
        x68 = v.get("settings", _MISSING)
        if x68 is not _MISSING:
            if type(x68) is not dict:
                return False
            x69 = x68.get("background", _MISSING)
            if x69 is not _MISSING:
                if type(x69) is not str:
                    return False
                if ((x69 == "auto")) + ((x69 == "opaque")) + ((x69 == "transparent")) != 1:
                    return False
            x70 = x68.get("moderation", _MISSING)
            if x70 is not _MISSING:
                if type(x70) is not str:
                    return False
                if ((x70 == "auto")) + ((x70 == "low")) != 1:
                    return False
            x71 = x68.get("quality", _MISSING)
            if x71 is not _MISSING:
                if type(x71) is not str or x71 not in _ENUM8:
                    return False
            if len(x68) != 0 + (x69 is not _MISSING) + (x70 is not _MISSING) + (
                x71 is not _MISSING
            ):
                return False
        x72 = v["taskType"]
        if type(x72) is not str or x72 != "imageInference":
            return False
        x73 = v["taskUUID"]
        if type(x73) is not str or not is_uuid(x73):
            return False
        x74 = v.get("webhookURL", _MISSING)
        if x74 is not _MISSING:
            if type(x74) is not str or not (_uri_common(x74) is not None or is_uri(x74)):
                return False
        x75 = v.get("includeCost", _MISSING)
        if x75 is not _MISSING:
            if type(x75) is not bool:
                return False
        x76 = v.get("numberResults", _MISSING)
        if x76 is not _MISSING:
            if (
                not ((type(x76) is int or (type(x76) is float and x76.is_integer())))
                or not 1 <= x76 <= 20
            ):
                return False
        x77 = v.get("uploadEndpoint", _MISSING)
        if x77 is not _MISSING:
            if type(x77) is not str or not (_uri_common(x77) is not None or is_uri(x77)):
                return False
        x78 = v.get("ttl", _MISSING)
        if x78 is not _MISSING:
            if (
                not ((type(x78) is int or (type(x78) is float and x78.is_integer())))
                or not 60 <= x78
            ):
                return False
        x79 = v.get("outputType", _MISSING)
        if x79 is not _MISSING:
            if type(x79) is not str or x79 not in _ENUM13:
                return False
        x80 = v.get("outputFormat", _MISSING)
        if x80 is not _MISSING:
            if type(x80) is not str or x80 not in _ENUM15:
                return False
        x81 = v.get("outputQuality", _MISSING)
        if x81 is not _MISSING:
            if (
                not ((type(x81) is int or (type(x81) is float and x81.is_integer())))
                or not 20 <= x81 <= 99
            ):
                return False
        x82 = v.get("deliveryMethod", _MISSING)
        if x82 is not _MISSING:
            if type(x82) is not str:
                return False
            if ((x82 == "sync")) + ((x82 == "async")) != 1:
                return False
        x83 = v.get("safety", _MISSING)
        if x83 is not _MISSING:
            if type(x83) is not dict:
                return False
            x84 = x83.get("checkContent", _MISSING)
            if x84 is not _MISSING:
                if type(x84) is not bool:
                    return False
            if len(x83) != 0 + (x84 is not _MISSING):
                return False
        x85 = v.get("advancedFeatures", _MISSING)
        if x85 is not _MISSING:
            if type(x85) is not dict:
                return False
            x86 = x85.get("watermark", _MISSING)
            if x86 is not _MISSING:
                if type(x86) is not dict:
                    return False
                if not _KNOWN22.issuperset(x86):
                    return False
                x87 = x86.get("text", _MISSING)
                if x87 is not _MISSING:
                    if type(x87) is not str or not 2 <= len(x87) <= 32:
                        return False
                x88 = x86.get("image", _MISSING)
                if x88 is not _MISSING:
                    if type(x88) is not str:
                        return False
                    if not (
                        ((is_uuid(x88)))
                        or (((_uri_common(x88) is not None or is_uri(x88))))
                        or ((_PATTERN1(x88) is not None))
                        or ((_PATTERN2(x88) is not None))
                    ):
                        return False
                x89 = x86.get("displayPosition", _MISSING)
                if x89 is not _MISSING:
                    if type(x89) is not str or x89 not in _ENUM19:
                        return False
                x90 = x86.get("opacity", _MISSING)
                if x90 is not _MISSING:
                    if (
                        not ((type(x90) is int or type(x90) is float))
                        or not 0.1 <= x90 <= 1
                        or not is_multiple_of(x90, 0.01)
                    ):
                        return False
                x91 = x86.get("fontColor", _MISSING)
                if x91 is not _MISSING:
                    if type(x91) is not str or _PATTERN21(x91) is None:
                        return False
                x92 = x86.get("bgColor", _MISSING)
                if x92 is not _MISSING:
                    if type(x92) is not str or _PATTERN21(x92) is None:
                        return False
                if (("text" in x86)) + (("image" in x86)) != 1:
                    return False
            if len(x85) != 0 + (x86 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "background" in v["settings"]
                        and (
                            "background" not in v["settings"]
                            or (
                                (
                                    type(v["settings"]["background"]) is str
                                    and v["settings"]["background"] == "transparent"
                                )
                            )
                        )
                    )
                )
            )
        ):
            x93 = v["outputFormat"]
            if not (type(x93) is str and x93 in _ENUM28):
                return False
        if "inputs" in v and (
            "inputs" not in v or ((not type(v["inputs"]) is dict or ("maskImage" in v["inputs"])))
        ):
            x94 = v["inputs"]
            if type(x94) is dict:
                if "referenceImages" not in x94:
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
                if not x1 == "openai:gpt-image@2.5-sunburst":
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
                x3 = x2.get("maskImage", _MISSING)
                if x3 is not _MISSING:
                    if type(x3) is str:
                        if not (
                            ((is_uuid(x3)))
                            or (((_uri_common(x3) is not None or is_uri(x3))))
                            or ((_PATTERN1(x3) is not None))
                            or ((_PATTERN2(x3) is not None))
                        ):
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("inputs", "maskImage"),
                                    x3,
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
                                ("inputs", "maskImage"),
                                x3,
                                ("string",),
                                "/$defs/imageInput/type",
                                "type",
                            )
                        )
                x4 = x2.get("referenceImages", _MISSING)
                if x4 is not _MISSING:
                    if type(x4) is list:
                        n5 = len(x4)
                        if n5 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x4,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 16},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n5 > 16:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x4,
                                    "maxItems",
                                    16,
                                    {"minItems": 1, "maxItems": 16},
                                    "/properties/inputs/properties/referenceImages/maxItems",
                                    "maxItems",
                                )
                            )
                        ok8 = True
                        try:
                            for x7 in x4:
                                if type(x7) is not str:
                                    ok8 = False
                                    break
                                if not (
                                    ((is_uuid(x7)))
                                    or (((_uri_common(x7) is not None or is_uri(x7))))
                                    or ((_PATTERN1(x7) is not None))
                                    or ((_PATTERN2(x7) is not None))
                                ):
                                    ok8 = False
                                    break
                        except (KeyError, RecursionError):
                            ok8 = False
                        if not ok8:
                            for i6 in range(0, len(x4)):
                                x7 = x4[i6]
                                if type(x7) is str:
                                    if not (
                                        ((is_uuid(x7)))
                                        or (((_uri_common(x7) is not None or is_uri(x7))))
                                        or ((_PATTERN1(x7) is not None))
                                        or ((_PATTERN2(x7) is not None))
                                    ):
                                        errs.append(
                                            deferred(
                                                not_one_of,
                                                ("inputs", "referenceImages", i6),
                                                x7,
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
                                            ("inputs", "referenceImages", i6),
                                            x7,
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
                                x4,
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
            x12 = v["positivePrompt"]
        except KeyError:
            errs.append(deferred(missing, (), "positivePrompt", "/required", "required"))
        else:
            if type(x12) is str:
                n13 = len(x12)
                if n13 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x12,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 32000},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n13 > 32000:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x12,
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
                        x12,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        x14 = v.get("width", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is int or (type(x14) is float and x14.is_integer()):
                if not x14 >= 16:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x14,
                            "minimum",
                            16,
                            {"minimum": 16, "maximum": 3840},
                            "/properties/width/minimum",
                            "minimum",
                        )
                    )
                if not x14 <= 3840:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("width",),
                            x14,
                            "maximum",
                            3840,
                            {"minimum": 16, "maximum": 3840},
                            "/properties/width/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x14, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("width",),
                            x14,
                            16,
                            "/properties/width/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x14, ("integer",), "/properties/width/type", "type"
                    )
                )
        x15 = v.get("height", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is int or (type(x15) is float and x15.is_integer()):
                if not x15 >= 16:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x15,
                            "minimum",
                            16,
                            {"minimum": 16, "maximum": 3840},
                            "/properties/height/minimum",
                            "minimum",
                        )
                    )
                if not x15 <= 3840:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("height",),
                            x15,
                            "maximum",
                            3840,
                            {"minimum": 16, "maximum": 3840},
                            "/properties/height/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x15, 16):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("height",),
                            x15,
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
                        x15,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x16 = v.get("settings", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is dict:
                x17 = x16.get("background", _MISSING)
                if x17 is not _MISSING:
                    if type(x17) is str:
                        if (
                            ((x17 == "auto")) + ((x17 == "opaque")) + ((x17 == "transparent"))
                        ) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "background"),
                                    x17,
                                    int(
                                        (
                                            ((x17 == "auto"))
                                            + ((x17 == "opaque"))
                                            + ((x17 == "transparent"))
                                        )
                                    ),
                                    _ALTS6,
                                    "/properties/settings/properties/background/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "background"),
                                x17,
                                ("string",),
                                "/properties/settings/properties/background/type",
                                "type",
                            )
                        )
                x18 = x16.get("moderation", _MISSING)
                if x18 is not _MISSING:
                    if type(x18) is str:
                        if (((x18 == "auto")) + ((x18 == "low"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "moderation"),
                                    x18,
                                    int((((x18 == "auto")) + ((x18 == "low")))),
                                    _ALTS7,
                                    "/$defs/settingsModeration/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "moderation"),
                                x18,
                                ("string",),
                                "/$defs/settingsModeration/type",
                                "type",
                            )
                        )
                x19 = x16.get("quality", _MISSING)
                if x19 is not _MISSING:
                    if type(x19) is str:
                        if not x19 in _ENUM8:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("settings", "quality"),
                                    x19,
                                    _ENUMLIST9,
                                    "/properties/settings/properties/quality/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "quality"),
                                x19,
                                ("string",),
                                "/properties/settings/properties/quality/type",
                                "type",
                            )
                        )
                if not _KNOWN10.issuperset(x16):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("settings",),
                            x16,
                            _KNOWN10,
                            _KNOWNLIST11,
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("settings",),
                        x16,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        try:
            x23 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x23) is str:
                if not x23 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x23,
                            _CONST12,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x23,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x24 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x24) is str:
                if not is_uuid(x24):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x24,
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
                        x24,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        x25 = v.get("webhookURL", _MISSING)
        if x25 is not _MISSING:
            if type(x25) is str:
                if not (_uri_common(x25) is not None or is_uri(x25)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x25,
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
                        x25,
                        ("string",),
                        "/properties/webhookURL/type",
                        "type",
                    )
                )
        x26 = v.get("includeCost", _MISSING)
        if x26 is not _MISSING:
            if type(x26) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x26,
                        ("boolean",),
                        "/properties/includeCost/type",
                        "type",
                    )
                )
        x27 = v.get("numberResults", _MISSING)
        if x27 is not _MISSING:
            if type(x27) is int or (type(x27) is float and x27.is_integer()):
                if not x27 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x27,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/properties/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x27 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x27,
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
                        x27,
                        ("integer",),
                        "/properties/numberResults/type",
                        "type",
                    )
                )
        x28 = v.get("uploadEndpoint", _MISSING)
        if x28 is not _MISSING:
            if type(x28) is str:
                if not (_uri_common(x28) is not None or is_uri(x28)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x28,
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
                        x28,
                        ("string",),
                        "/properties/uploadEndpoint/type",
                        "type",
                    )
                )
        x29 = v.get("ttl", _MISSING)
        if x29 is not _MISSING:
            if type(x29) is int or (type(x29) is float and x29.is_integer()):
                if not x29 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x29,
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
                        wrong_type, ("ttl",), x29, ("integer",), "/properties/ttl/type", "type"
                    )
                )
        x30 = v.get("outputType", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is str:
                if not x30 in _ENUM13:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x30,
                            _ENUMLIST14,
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x30,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x31 = v.get("outputFormat", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is str:
                if not x31 in _ENUM15:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x31,
                            _ENUMLIST16,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x31,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x32 = v.get("outputQuality", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is int or (type(x32) is float and x32.is_integer()):
                if not x32 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x32,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/properties/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x32 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x32,
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
                        x32,
                        ("integer",),
                        "/properties/outputQuality/type",
                        "type",
                    )
                )
        x33 = v.get("deliveryMethod", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is str:
                if (((x33 == "sync")) + ((x33 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x33,
                            int((((x33 == "sync")) + ((x33 == "async")))),
                            _ALTS7,
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
                        x33,
                        ("string",),
                        "/properties/deliveryMethod/type",
                        "type",
                    )
                )
        x34 = v.get("safety", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is dict:
                x35 = x34.get("checkContent", _MISSING)
                if x35 is not _MISSING:
                    if type(x35) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "checkContent"),
                                x35,
                                ("boolean",),
                                "/properties/safety/properties/checkContent/type",
                                "type",
                            )
                        )
                if not _KNOWN17.issuperset(x34):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x34,
                            _KNOWN17,
                            _KNOWNLIST18,
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("safety",), x34, ("object",), "/properties/safety/type", "type"
                    )
                )
        x39 = v.get("advancedFeatures", _MISSING)
        if x39 is not _MISSING:
            if type(x39) is dict:
                x40 = x39.get("watermark", _MISSING)
                if x40 is not _MISSING:
                    if type(x40) is dict:
                        x41 = x40.get("text", _MISSING)
                        if x41 is not _MISSING:
                            if type(x41) is str:
                                n42 = len(x41)
                                if n42 < 2:
                                    errs.append(
                                        deferred(
                                            bad_size,
                                            ("advancedFeatures", "watermark", "text"),
                                            x41,
                                            "minLength",
                                            2,
                                            {"minLength": 2, "maxLength": 32},
                                            "/$defs/advancedFeaturesWatermark/properties/text/minLength",
                                            "minLength",
                                        )
                                    )
                                if n42 > 32:
                                    errs.append(
                                        deferred(
                                            bad_size,
                                            ("advancedFeatures", "watermark", "text"),
                                            x41,
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
                                        x41,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/text/type",
                                        "type",
                                    )
                                )
                        x43 = x40.get("image", _MISSING)
                        if x43 is not _MISSING:
                            if type(x43) is str:
                                if not (
                                    ((is_uuid(x43)))
                                    or (((_uri_common(x43) is not None or is_uri(x43))))
                                    or ((_PATTERN1(x43) is not None))
                                    or ((_PATTERN2(x43) is not None))
                                ):
                                    errs.append(
                                        deferred(
                                            not_one_of,
                                            ("advancedFeatures", "watermark", "image"),
                                            x43,
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
                                        x43,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/image/type",
                                        "type",
                                    )
                                )
                        x44 = x40.get("displayPosition", _MISSING)
                        if x44 is not _MISSING:
                            if type(x44) is str:
                                if not x44 in _ENUM19:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("advancedFeatures", "watermark", "displayPosition"),
                                            x44,
                                            _ENUMLIST20,
                                            "/$defs/advancedFeaturesWatermark/properties/displayPosition/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "displayPosition"),
                                        x44,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/displayPosition/type",
                                        "type",
                                    )
                                )
                        x45 = x40.get("opacity", _MISSING)
                        if x45 is not _MISSING:
                            if type(x45) is int or (type(x45) is float and x45 - x45 == 0):
                                if not x45 >= 0.1:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x45,
                                            "minimum",
                                            0.1,
                                            {"minimum": 0.1, "maximum": 1},
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x45 <= 1:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x45,
                                            "maximum",
                                            1,
                                            {"minimum": 0.1, "maximum": 1},
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/maximum",
                                            "maximum",
                                        )
                                    )
                                if not is_multiple_of(x45, 0.01):
                                    errs.append(
                                        deferred(
                                            not_multiple,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x45,
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
                                        x45,
                                        ("number",),
                                        "/$defs/advancedFeaturesWatermark/properties/opacity/type",
                                        "type",
                                    )
                                )
                        x46 = x40.get("fontColor", _MISSING)
                        if x46 is not _MISSING:
                            if type(x46) is str:
                                if _PATTERN21(x46) is None:
                                    errs.append(
                                        deferred(
                                            no_pattern_match,
                                            ("advancedFeatures", "watermark", "fontColor"),
                                            x46,
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
                                        x46,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/fontColor/type",
                                        "type",
                                    )
                                )
                        x47 = x40.get("bgColor", _MISSING)
                        if x47 is not _MISSING:
                            if type(x47) is str:
                                if _PATTERN21(x47) is None:
                                    errs.append(
                                        deferred(
                                            no_pattern_match,
                                            ("advancedFeatures", "watermark", "bgColor"),
                                            x47,
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
                                        x47,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/bgColor/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN22.issuperset(x40):
                            errs.extend(
                                deferred_unexpected_keys(
                                    ("advancedFeatures", "watermark"),
                                    x40,
                                    _KNOWN22,
                                    _KNOWNLIST23,
                                    "/$defs/advancedFeaturesWatermark/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                        if ((("text" in x40)) + (("image" in x40))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("advancedFeatures", "watermark"),
                                    x40,
                                    int(((("text" in x40)) + (("image" in x40)))),
                                    _ALTS7,
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
                                x40,
                                ("object",),
                                "/$defs/advancedFeaturesWatermark/type",
                                "type",
                            )
                        )
                if not _KNOWN24.issuperset(x39):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("advancedFeatures",),
                            x39,
                            _KNOWN24,
                            _KNOWNLIST25,
                            "/properties/advancedFeatures/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("advancedFeatures",),
                        x39,
                        ("object",),
                        "/properties/advancedFeatures/type",
                        "type",
                    )
                )
        if not _KNOWN26.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN26, _KNOWNLIST27, "/additionalProperties", "additionalProperties"
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
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "background" in v["settings"]
                        and (
                            "background" not in v["settings"]
                            or (
                                (
                                    type(v["settings"]["background"]) is str
                                    and v["settings"]["background"] == "transparent"
                                )
                            )
                        )
                    )
                )
            )
        ):
            try:
                x57 = v["outputFormat"]
            except KeyError:
                errs.append(
                    deferred(missing, (), "outputFormat", "/allOf/1/then/required", "required")
                )
            else:
                if not (type(x57) is str and x57 in _ENUM28):
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x57,
                            _ENUMLIST29,
                            "/allOf/1/then/properties/outputFormat/enum",
                            "enum",
                        )
                    )
        if "inputs" in v and (
            "inputs" not in v or ((not type(v["inputs"]) is dict or ("maskImage" in v["inputs"])))
        ):
            try:
                x58 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/2/then/required", "required"))
            else:
                if type(x58) is dict:
                    if "referenceImages" not in x58:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "referenceImages",
                                "/allOf/2/then/properties/inputs/required",
                                "required",
                            )
                        )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    _p0: Any = payload
    _p0 = _p0.get("width", _MISSING) if type(_p0) is dict else _MISSING
    _p1: Any = payload
    _p1 = _p1.get("height", _MISSING) if type(_p1) is dict else _MISSING
    if (type(_p0) is int or (type(_p0) is float and _p0 - _p0 == 0)) and (
        type(_p1) is int or (type(_p1) is float and _p1 - _p1 == 0)
    ):
        try:
            _c0: Any = _p0 * _p1
        except OverflowError:
            _c0 = float("inf") if ((_p0 > 0) == (_p1 > 0)) else float("-inf")
        if _c0 < 655360:
            errs.append(
                ValidationError(
                    "",
                    "area",
                    "width * height = "
                    + describe(_p0)
                    + " * "
                    + describe(_p1)
                    + " = "
                    + describe(_c0)
                    + " is below the minimum area 655360 (allowed: [655360, 8294400])",
                    {"width": _p0, "height": _p1},
                    {"minimum": 655360, "maximum": 8294400},
                    "/x-constraints/0/minimum",
                )
            )
        if _c0 > 8294400:
            errs.append(
                ValidationError(
                    "",
                    "area",
                    "width * height = "
                    + describe(_p0)
                    + " * "
                    + describe(_p1)
                    + " = "
                    + describe(_c0)
                    + " is above the maximum area 8294400 (allowed: [655360, 8294400])",
                    {"width": _p0, "height": _p1},
                    {"minimum": 655360, "maximum": 8294400},
                    "/x-constraints/0/maximum",
                )
            )
    if (type(_p0) is int or (type(_p0) is float and _p0 - _p0 == 0)) and (
        type(_p1) is int or (type(_p1) is float and _p1 - _p1 == 0)
    ):
        try:
            _c1: Any = (
                _p0 / _p1
                if _p1 != 0
                else (None if _p0 == 0 else float("inf") if _p0 > 0 else float("-inf"))
            )
        except OverflowError:
            _c1 = float("inf") if ((_p0 > 0) == (_p1 > 0)) else float("-inf")
        if _c1 is not None and _c1 < 0.3333333333333333:
            errs.append(
                ValidationError(
                    "",
                    "ratio",
                    "width / height = "
                    + describe(_p0)
                    + " / "
                    + describe(_p1)
                    + " = "
                    + describe(_c1)
                    + " is below the minimum ratio 0.3333333333333333 (allowed: [0.3333333333333333, 3])",
                    {"width": _p0, "height": _p1},
                    {"minimum": 0.3333333333333333, "maximum": 3},
                    "/x-constraints/1/minimum",
                )
            )
        if _c1 is not None and _c1 > 3:
            errs.append(
                ValidationError(
                    "",
                    "ratio",
                    "width / height = "
                    + describe(_p0)
                    + " / "
                    + describe(_p1)
                    + " = "
                    + describe(_c1)
                    + " is above the maximum ratio 3 (allowed: [0.3333333333333333, 3])",
                    {"width": _p0, "height": _p1},
                    {"minimum": 0.3333333333333333, "maximum": 3},
                    "/x-constraints/1/maximum",
                )
            )
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _constraints_hold(payload) and _b59(payload)
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
            x95 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x95) is str:
                if not x95 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x95,
                            _CONST12,
                            "/$defs/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskType",), x95, ("string",), "/$defs/taskType/type", "type"
                    )
                )
        try:
            x96 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x96) is str:
                if not is_uuid(x96):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x96,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x96, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x97 = v.get("cost", _MISSING)
        if x97 is not _MISSING:
            if type(x97) is int or (type(x97) is float and x97 - x97 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x97, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x98 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x98) is str:
                if not is_uuid(x98):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageUUID",),
                            x98,
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
                        x98,
                        ("string",),
                        "/$defs/imageUUID/type",
                        "type",
                    )
                )
        x99 = v.get("imageURL", _MISSING)
        if x99 is not _MISSING:
            if type(x99) is str:
                if not (_uri_common(x99) is not None or is_uri(x99)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x99,
                            "uri",
                            "/$defs/imageURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("imageURL",), x99, ("string",), "/$defs/imageURL/type", "type"
                    )
                )
        x100 = v.get("imageBase64Data", _MISSING)
        if x100 is not _MISSING:
            if type(x100) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x100,
                        ("string",),
                        "/$defs/imageBase64Data/type",
                        "type",
                    )
                )
        x101 = v.get("imageDataURI", _MISSING)
        if x101 is not _MISSING:
            if type(x101) is str:
                if not (_uri_common(x101) is not None or is_uri(x101)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x101,
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
                        x101,
                        ("string",),
                        "/$defs/imageDataURI/type",
                        "type",
                    )
                )
        x102 = v.get("seed", _MISSING)
        if x102 is not _MISSING:
            if type(x102) is int or (type(x102) is float and x102.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x102, ("integer",), "/$defs/seed/type", "type")
                )
        x103 = v.get("NSFWContent", _MISSING)
        if x103 is not _MISSING:
            if type(x103) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x103,
                        ("boolean",),
                        "/$defs/NSFWContent/type",
                        "type",
                    )
                )
        if not _KNOWN30.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN30, _KNOWNLIST31, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
