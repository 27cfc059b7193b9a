"""Validators for Muse Image (meta:muse@image), generated from spec/models/meta-muse-image.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred, deferred_unexpected_keys
from .._runtime.formats import _uri_common, is_uri, is_uuid
from .._runtime.jsonvalues import count_rows, is_multiple_of
from .._runtime.messages import (
    bad_combination,
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

_CONST0 = "meta:muse@image"
_PATTERN1 = re.compile("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z").search
_PATTERN2 = re.compile("^[\\+/-9=A-Za-z]+\\Z").search
_ALTS3 = ["alternative 1", "alternative 2", "alternative 3", "alternative 4"]
_KNOWN4 = frozenset({"referenceImages"})
_KNOWNLIST5 = ["referenceImages"]
_ENUM6 = frozenset({"2K"})
_ENUMLIST7 = ["2K"]
_ALTS8 = ["alternative 1", "alternative 2"]
_ENUM9 = frozenset({"high", "low"})
_ENUMLIST10 = ["high", "low"]
_KNOWN11 = frozenset({"imageSearch", "moderation", "shell", "thinkingLevel", "webSearch"})
_KNOWNLIST12 = ["imageSearch", "moderation", "shell", "thinkingLevel", "webSearch"]
_CONST13 = "imageInference"
_ENUM14 = frozenset({"URL", "base64Data", "dataURI"})
_ENUMLIST15 = ["URL", "base64Data", "dataURI"]
_ENUM16 = frozenset({"JPG", "PNG", "WEBP"})
_ENUMLIST17 = ["JPG", "PNG", "WEBP"]
_KNOWN18 = frozenset({"checkContent"})
_KNOWNLIST19 = ["checkContent"]
_ENUM20 = frozenset(
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
_ENUMLIST21 = [
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
_PATTERN22 = re.compile("^\\#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\\Z").search
_KNOWN23 = frozenset({"bgColor", "displayPosition", "fontColor", "image", "opacity", "text"})
_KNOWNLIST24 = ["bgColor", "displayPosition", "fontColor", "image", "opacity", "text"]
_KNOWN25 = frozenset({"watermark"})
_KNOWNLIST26 = ["watermark"]
_KNOWN27 = frozenset(
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
        "resolution",
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
_KNOWNLIST28 = [
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
    "resolution",
    "safety",
    "settings",
    "taskType",
    "taskUUID",
    "ttl",
    "uploadEndpoint",
    "webhookURL",
    "width",
]
_ROWS29 = {
    (1600, 1600): 1,
    (1920, 1280): 1,
    (1280, 1920): 1,
    (1792, 1344): 1,
    (1344, 1792): 1,
    (2048, 1152): 1,
    (1152, 2048): 1,
    (2352, 1008): 1,
}
_ROWTUPLES30 = (
    (1600, 1600),
    (1920, 1280),
    (1280, 1920),
    (1792, 1344),
    (1344, 1792),
    (2048, 1152),
    (1152, 2048),
    (2352, 1008),
)
_TABLE31 = [
    {"label": "2K (1:1)", "width": 1600, "height": 1600},
    {"label": "2K (3:2)", "width": 1920, "height": 1280},
    {"label": "2K (2:3)", "width": 1280, "height": 1920},
    {"label": "2K (4:3)", "width": 1792, "height": 1344},
    {"label": "2K (3:4)", "width": 1344, "height": 1792},
    {"label": "2K (16:9)", "width": 2048, "height": 1152},
    {"label": "2K (9:16)", "width": 1152, "height": 2048},
    {"label": "2K (21:9)", "width": 2352, "height": 1008},
]
_LABELS32 = "2K (1:1): 1600x1600; 2K (3:2): 1920x1280; 2K (2:3): 1280x1920; 2K (4:3): 1792x1344; 2K (3:4): 1344x1792; 2K (16:9): 2048x1152; 2K (9:16): 1152x2048; 2K (21:9): 2352x1008"
_KNOWN33 = frozenset(
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
_KNOWNLIST34 = [
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


def _b63(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN27.issuperset(v):
            return False
        x64 = v["model"]
        if type(x64) is not str or x64 != "meta:muse@image":
            return False
        x65 = v.get("inputs", _MISSING)
        if x65 is not _MISSING:
            if type(x65) is not dict:
                return False
            x66 = x65.get("referenceImages", _MISSING)
            if x66 is not _MISSING:
                if type(x66) is not list:
                    return False
                if not 1 <= len(x66) <= 10:
                    return False
                for x67 in x66:
                    if type(x67) is not str:
                        return False
                    if not (
                        ((is_uuid(x67)))
                        or (((_uri_common(x67) is not None or is_uri(x67))))
                        or ((_PATTERN1(x67) is not None))
                        or ((_PATTERN2(x67) is not None))
                    ):
                        return False
            if len(x65) != 0 + (x66 is not _MISSING):
                return False
        x68 = v["positivePrompt"]
        if type(x68) is not str or not 1 <= len(x68) <= 200000:
            return False
        x69 = v.get("width", _MISSING)
        if x69 is not _MISSING:
            if not ((type(x69) is int or (type(x69) is float and x69.is_integer()))):
                return False
        x70 = v.get("height", _MISSING)
        if x70 is not _MISSING:
            if not ((type(x70) is int or (type(x70) is float and x70.is_integer()))):
                return False
        x71 = v.get("resolution", _MISSING)
        if x71 is not _MISSING:
            if type(x71) is not str or x71 not in _ENUM6:
                return False
        x72 = v.get("settings", _MISSING)
        if x72 is not _MISSING:
            if type(x72) is not dict:
                return False
            if not _KNOWN11.issuperset(x72):
                return False
            x73 = x72.get("imageSearch", _MISSING)
            if x73 is not _MISSING:
                if type(x73) is not bool:
                    return False
            x74 = x72.get("moderation", _MISSING)
            if x74 is not _MISSING:
                if type(x74) is not str:
                    return False
                if ((x74 == "auto")) + ((x74 == "low")) != 1:
                    return False
            x75 = x72.get("shell", _MISSING)
            if x75 is not _MISSING:
                if type(x75) is not bool:
                    return False
            x76 = x72.get("thinkingLevel", _MISSING)
            if x76 is not _MISSING:
                if type(x76) is not str or x76 not in _ENUM9:
                    return False
            x77 = x72.get("webSearch", _MISSING)
            if x77 is not _MISSING:
                if type(x77) is not bool:
                    return False
        x78 = v["taskType"]
        if type(x78) is not str or x78 != "imageInference":
            return False
        x79 = v["taskUUID"]
        if type(x79) is not str or not is_uuid(x79):
            return False
        x80 = v.get("webhookURL", _MISSING)
        if x80 is not _MISSING:
            if type(x80) is not str or not (_uri_common(x80) is not None or is_uri(x80)):
                return False
        x81 = v.get("includeCost", _MISSING)
        if x81 is not _MISSING:
            if type(x81) is not bool:
                return False
        x82 = v.get("numberResults", _MISSING)
        if x82 is not _MISSING:
            if (
                not ((type(x82) is int or (type(x82) is float and x82.is_integer())))
                or not 1 <= x82 <= 20
            ):
                return False
        x83 = v.get("uploadEndpoint", _MISSING)
        if x83 is not _MISSING:
            if type(x83) is not str or not (_uri_common(x83) is not None or is_uri(x83)):
                return False
        x84 = v.get("ttl", _MISSING)
        if x84 is not _MISSING:
            if (
                not ((type(x84) is int or (type(x84) is float and x84.is_integer())))
                or not 60 <= x84
            ):
                return False
        x85 = v.get("outputType", _MISSING)
        if x85 is not _MISSING:
            if type(x85) is not str or x85 not in _ENUM14:
                return False
        x86 = v.get("outputFormat", _MISSING)
        if x86 is not _MISSING:
            if type(x86) is not str or x86 not in _ENUM16:
                return False
        x87 = v.get("outputQuality", _MISSING)
        if x87 is not _MISSING:
            if (
                not ((type(x87) is int or (type(x87) is float and x87.is_integer())))
                or not 20 <= x87 <= 99
            ):
                return False
        x88 = v.get("deliveryMethod", _MISSING)
        if x88 is not _MISSING:
            if type(x88) is not str:
                return False
            if ((x88 == "sync")) + ((x88 == "async")) != 1:
                return False
        x89 = v.get("safety", _MISSING)
        if x89 is not _MISSING:
            if type(x89) is not dict:
                return False
            x90 = x89.get("checkContent", _MISSING)
            if x90 is not _MISSING:
                if type(x90) is not bool:
                    return False
            if len(x89) != 0 + (x90 is not _MISSING):
                return False
        x91 = v.get("advancedFeatures", _MISSING)
        if x91 is not _MISSING:
            if type(x91) is not dict:
                return False
            x92 = x91.get("watermark", _MISSING)
            if x92 is not _MISSING:
                if type(x92) is not dict:
                    return False
                if not _KNOWN23.issuperset(x92):
                    return False
                x93 = x92.get("text", _MISSING)
                if x93 is not _MISSING:
                    if type(x93) is not str or not 2 <= len(x93) <= 32:
                        return False
                x94 = x92.get("image", _MISSING)
                if x94 is not _MISSING:
                    if type(x94) is not str:
                        return False
                    if not (
                        ((is_uuid(x94)))
                        or (((_uri_common(x94) is not None or is_uri(x94))))
                        or ((_PATTERN1(x94) is not None))
                        or ((_PATTERN2(x94) is not None))
                    ):
                        return False
                x95 = x92.get("displayPosition", _MISSING)
                if x95 is not _MISSING:
                    if type(x95) is not str or x95 not in _ENUM20:
                        return False
                x96 = x92.get("opacity", _MISSING)
                if x96 is not _MISSING:
                    if (
                        not ((type(x96) is int or type(x96) is float))
                        or not 0.1 <= x96 <= 1
                        or not is_multiple_of(x96, 0.01)
                    ):
                        return False
                x97 = x92.get("fontColor", _MISSING)
                if x97 is not _MISSING:
                    if type(x97) is not str or _PATTERN22(x97) is None:
                        return False
                x98 = x92.get("bgColor", _MISSING)
                if x98 is not _MISSING:
                    if type(x98) is not str or _PATTERN22(x98) is None:
                        return False
                if (("text" in x92)) + (("image" in x92)) != 1:
                    return False
            if len(x91) != 0 + (x92 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
        if ("resolution" in v) and ((("width" in v) or ("height" in v))):
            return False
        if "resolution" in v:
            x99 = v["inputs"]
            if type(x99) is dict:
                if "referenceImages" not in x99:
                    return False
        if ("width" in v) or ("height" in v):
            matched102 = 0
            if type(v) is dict:
                c100 = v.get("width", _MISSING)
                c101 = v.get("height", _MISSING)
                if type(c100) in (int, float) and type(c101) in (int, float):
                    matched102 = _ROWS29.get((c100, c101), 0)
                else:
                    matched102 = count_rows(v, ("width", "height"), _ROWTUPLES30)
            if type(v) is not dict or matched102 != 1:
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
                if not x1 == "meta:muse@image":
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
                                    {"minItems": 1, "maxItems": 10},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n4 > 10:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x3,
                                    "maxItems",
                                    10,
                                    {"minItems": 1, "maxItems": 10},
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
                            {"minLength": 1, "maxLength": 200000},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n12 > 200000:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x11,
                            "maxLength",
                            200000,
                            {"minLength": 1, "maxLength": 200000},
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
        x13 = v.get("width", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is int or (type(x13) is float and x13.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x13, ("integer",), "/properties/width/type", "type"
                    )
                )
        x14 = v.get("height", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is int or (type(x14) is float and x14.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x14,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x15 = v.get("resolution", _MISSING)
        if x15 is not _MISSING:
            if type(x15) is str:
                if not x15 in _ENUM6:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("resolution",),
                            x15,
                            _ENUMLIST7,
                            "/properties/resolution/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("resolution",),
                        x15,
                        ("string",),
                        "/properties/resolution/type",
                        "type",
                    )
                )
        x16 = v.get("settings", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is dict:
                x17 = x16.get("imageSearch", _MISSING)
                if x17 is not _MISSING:
                    if type(x17) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "imageSearch"),
                                x17,
                                ("boolean",),
                                "/properties/settings/properties/imageSearch/type",
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
                                    _ALTS8,
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
                x19 = x16.get("shell", _MISSING)
                if x19 is not _MISSING:
                    if type(x19) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "shell"),
                                x19,
                                ("boolean",),
                                "/properties/settings/properties/shell/type",
                                "type",
                            )
                        )
                x20 = x16.get("thinkingLevel", _MISSING)
                if x20 is not _MISSING:
                    if type(x20) is str:
                        if not x20 in _ENUM9:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("settings", "thinkingLevel"),
                                    x20,
                                    _ENUMLIST10,
                                    "/properties/settings/properties/thinkingLevel/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "thinkingLevel"),
                                x20,
                                ("string",),
                                "/properties/settings/properties/thinkingLevel/type",
                                "type",
                            )
                        )
                x21 = x16.get("webSearch", _MISSING)
                if x21 is not _MISSING:
                    if type(x21) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "webSearch"),
                                x21,
                                ("boolean",),
                                "/properties/settings/properties/webSearch/type",
                                "type",
                            )
                        )
                if not _KNOWN11.issuperset(x16):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("settings",),
                            x16,
                            _KNOWN11,
                            _KNOWNLIST12,
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
            x25 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x25) is str:
                if not x25 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x25,
                            _CONST13,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x25,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x26 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x26) is str:
                if not is_uuid(x26):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x26,
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
                        x26,
                        ("string",),
                        "/properties/taskUUID/type",
                        "type",
                    )
                )
        x27 = v.get("webhookURL", _MISSING)
        if x27 is not _MISSING:
            if type(x27) is str:
                if not (_uri_common(x27) is not None or is_uri(x27)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x27,
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
                        x27,
                        ("string",),
                        "/properties/webhookURL/type",
                        "type",
                    )
                )
        x28 = v.get("includeCost", _MISSING)
        if x28 is not _MISSING:
            if type(x28) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x28,
                        ("boolean",),
                        "/properties/includeCost/type",
                        "type",
                    )
                )
        x29 = v.get("numberResults", _MISSING)
        if x29 is not _MISSING:
            if type(x29) is int or (type(x29) is float and x29.is_integer()):
                if not x29 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x29,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20},
                            "/properties/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x29 <= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x29,
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
                        x29,
                        ("integer",),
                        "/properties/numberResults/type",
                        "type",
                    )
                )
        x30 = v.get("uploadEndpoint", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is str:
                if not (_uri_common(x30) is not None or is_uri(x30)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x30,
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
                        x30,
                        ("string",),
                        "/properties/uploadEndpoint/type",
                        "type",
                    )
                )
        x31 = v.get("ttl", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is int or (type(x31) is float and x31.is_integer()):
                if not x31 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x31,
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
                        wrong_type, ("ttl",), x31, ("integer",), "/properties/ttl/type", "type"
                    )
                )
        x32 = v.get("outputType", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is str:
                if not x32 in _ENUM14:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x32,
                            _ENUMLIST15,
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x32,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x33 = v.get("outputFormat", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is str:
                if not x33 in _ENUM16:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x33,
                            _ENUMLIST17,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x33,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x34 = v.get("outputQuality", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is int or (type(x34) is float and x34.is_integer()):
                if not x34 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x34,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/properties/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x34 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x34,
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
                        x34,
                        ("integer",),
                        "/properties/outputQuality/type",
                        "type",
                    )
                )
        x35 = v.get("deliveryMethod", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is str:
                if (((x35 == "sync")) + ((x35 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x35,
                            int((((x35 == "sync")) + ((x35 == "async")))),
                            _ALTS8,
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
                        x35,
                        ("string",),
                        "/properties/deliveryMethod/type",
                        "type",
                    )
                )
        x36 = v.get("safety", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is dict:
                x37 = x36.get("checkContent", _MISSING)
                if x37 is not _MISSING:
                    if type(x37) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "checkContent"),
                                x37,
                                ("boolean",),
                                "/properties/safety/properties/checkContent/type",
                                "type",
                            )
                        )
                if not _KNOWN18.issuperset(x36):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x36,
                            _KNOWN18,
                            _KNOWNLIST19,
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("safety",), x36, ("object",), "/properties/safety/type", "type"
                    )
                )
        x41 = v.get("advancedFeatures", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is dict:
                x42 = x41.get("watermark", _MISSING)
                if x42 is not _MISSING:
                    if type(x42) is dict:
                        x43 = x42.get("text", _MISSING)
                        if x43 is not _MISSING:
                            if type(x43) is str:
                                n44 = len(x43)
                                if n44 < 2:
                                    errs.append(
                                        deferred(
                                            bad_size,
                                            ("advancedFeatures", "watermark", "text"),
                                            x43,
                                            "minLength",
                                            2,
                                            {"minLength": 2, "maxLength": 32},
                                            "/$defs/advancedFeaturesWatermark/properties/text/minLength",
                                            "minLength",
                                        )
                                    )
                                if n44 > 32:
                                    errs.append(
                                        deferred(
                                            bad_size,
                                            ("advancedFeatures", "watermark", "text"),
                                            x43,
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
                                        x43,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/text/type",
                                        "type",
                                    )
                                )
                        x45 = x42.get("image", _MISSING)
                        if x45 is not _MISSING:
                            if type(x45) is str:
                                if not (
                                    ((is_uuid(x45)))
                                    or (((_uri_common(x45) is not None or is_uri(x45))))
                                    or ((_PATTERN1(x45) is not None))
                                    or ((_PATTERN2(x45) is not None))
                                ):
                                    errs.append(
                                        deferred(
                                            not_one_of,
                                            ("advancedFeatures", "watermark", "image"),
                                            x45,
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
                                        x45,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/image/type",
                                        "type",
                                    )
                                )
                        x46 = x42.get("displayPosition", _MISSING)
                        if x46 is not _MISSING:
                            if type(x46) is str:
                                if not x46 in _ENUM20:
                                    errs.append(
                                        deferred(
                                            not_in_enum,
                                            ("advancedFeatures", "watermark", "displayPosition"),
                                            x46,
                                            _ENUMLIST21,
                                            "/$defs/advancedFeaturesWatermark/properties/displayPosition/enum",
                                            "enum",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("advancedFeatures", "watermark", "displayPosition"),
                                        x46,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/displayPosition/type",
                                        "type",
                                    )
                                )
                        x47 = x42.get("opacity", _MISSING)
                        if x47 is not _MISSING:
                            if type(x47) is int or (type(x47) is float and x47 - x47 == 0):
                                if not x47 >= 0.1:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x47,
                                            "minimum",
                                            0.1,
                                            {"minimum": 0.1, "maximum": 1},
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x47 <= 1:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x47,
                                            "maximum",
                                            1,
                                            {"minimum": 0.1, "maximum": 1},
                                            "/$defs/advancedFeaturesWatermark/properties/opacity/maximum",
                                            "maximum",
                                        )
                                    )
                                if not is_multiple_of(x47, 0.01):
                                    errs.append(
                                        deferred(
                                            not_multiple,
                                            ("advancedFeatures", "watermark", "opacity"),
                                            x47,
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
                                        x47,
                                        ("number",),
                                        "/$defs/advancedFeaturesWatermark/properties/opacity/type",
                                        "type",
                                    )
                                )
                        x48 = x42.get("fontColor", _MISSING)
                        if x48 is not _MISSING:
                            if type(x48) is str:
                                if _PATTERN22(x48) is None:
                                    errs.append(
                                        deferred(
                                            no_pattern_match,
                                            ("advancedFeatures", "watermark", "fontColor"),
                                            x48,
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
                                        x48,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/fontColor/type",
                                        "type",
                                    )
                                )
                        x49 = x42.get("bgColor", _MISSING)
                        if x49 is not _MISSING:
                            if type(x49) is str:
                                if _PATTERN22(x49) is None:
                                    errs.append(
                                        deferred(
                                            no_pattern_match,
                                            ("advancedFeatures", "watermark", "bgColor"),
                                            x49,
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
                                        x49,
                                        ("string",),
                                        "/$defs/advancedFeaturesWatermark/properties/bgColor/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN23.issuperset(x42):
                            errs.extend(
                                deferred_unexpected_keys(
                                    ("advancedFeatures", "watermark"),
                                    x42,
                                    _KNOWN23,
                                    _KNOWNLIST24,
                                    "/$defs/advancedFeaturesWatermark/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                        if ((("text" in x42)) + (("image" in x42))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("advancedFeatures", "watermark"),
                                    x42,
                                    int(((("text" in x42)) + (("image" in x42)))),
                                    _ALTS8,
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
                                x42,
                                ("object",),
                                "/$defs/advancedFeaturesWatermark/type",
                                "type",
                            )
                        )
                if not _KNOWN25.issuperset(x41):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("advancedFeatures",),
                            x41,
                            _KNOWN25,
                            _KNOWNLIST26,
                            "/properties/advancedFeatures/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("advancedFeatures",),
                        x41,
                        ("object",),
                        "/properties/advancedFeatures/type",
                        "type",
                    )
                )
        if not _KNOWN27.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN27, _KNOWNLIST28, "/additionalProperties", "additionalProperties"
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
        if ("resolution" in v) and ((("width" in v) or ("height" in v))):
            errs.append(
                deferred(forbidden, (), v, "/allOf/1/not", "exclusive-resolution-width-height")
            )
        if "resolution" in v:
            try:
                x59 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/2/then/required", "required"))
            else:
                if type(x59) is dict:
                    if "referenceImages" not in x59:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "referenceImages",
                                "/allOf/2/then/properties/inputs/required",
                                "required",
                            )
                        )
        if ("width" in v) or ("height" in v):
            matched62 = 0
            if type(v) is dict:
                c60 = v.get("width", _MISSING)
                c61 = v.get("height", _MISSING)
                if type(c60) in (int, float) and type(c61) in (int, float):
                    matched62 = _ROWS29.get((c60, c61), 0)
                else:
                    matched62 = count_rows(v, ("width", "height"), _ROWTUPLES30)
            if type(v) is dict:
                if matched62 != 1:
                    errs.append(
                        deferred(
                            bad_combination,
                            (),
                            v,
                            ("width", "height"),
                            _TABLE31,
                            _LABELS32,
                            matched62,
                            "/allOf/3/then/oneOf",
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
                            "2K (1:1)",
                            "2K (3:2)",
                            "2K (2:3)",
                            "2K (4:3)",
                            "2K (3:4)",
                            "2K (16:9)",
                            "2K (9:16)",
                            "2K (21:9)",
                        ],
                        "/allOf/3/then/oneOf",
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
        return _b63(payload)
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
            x103 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x103) is str:
                if not x103 == "imageInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x103,
                            _CONST13,
                            "/$defs/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskType",), x103, ("string",), "/$defs/taskType/type", "type"
                    )
                )
        try:
            x104 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x104) is str:
                if not is_uuid(x104):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x104,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x104, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x105 = v.get("cost", _MISSING)
        if x105 is not _MISSING:
            if type(x105) is int or (type(x105) is float and x105 - x105 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x105, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x106 = v["imageUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "imageUUID", "/required", "required"))
        else:
            if type(x106) is str:
                if not is_uuid(x106):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageUUID",),
                            x106,
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
                        x106,
                        ("string",),
                        "/$defs/imageUUID/type",
                        "type",
                    )
                )
        x107 = v.get("imageURL", _MISSING)
        if x107 is not _MISSING:
            if type(x107) is str:
                if not (_uri_common(x107) is not None or is_uri(x107)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageURL",),
                            x107,
                            "uri",
                            "/$defs/imageURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("imageURL",), x107, ("string",), "/$defs/imageURL/type", "type"
                    )
                )
        x108 = v.get("imageBase64Data", _MISSING)
        if x108 is not _MISSING:
            if type(x108) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("imageBase64Data",),
                        x108,
                        ("string",),
                        "/$defs/imageBase64Data/type",
                        "type",
                    )
                )
        x109 = v.get("imageDataURI", _MISSING)
        if x109 is not _MISSING:
            if type(x109) is str:
                if not (_uri_common(x109) is not None or is_uri(x109)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("imageDataURI",),
                            x109,
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
                        x109,
                        ("string",),
                        "/$defs/imageDataURI/type",
                        "type",
                    )
                )
        x110 = v.get("seed", _MISSING)
        if x110 is not _MISSING:
            if type(x110) is int or (type(x110) is float and x110.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x110, ("integer",), "/$defs/seed/type", "type")
                )
        x111 = v.get("NSFWContent", _MISSING)
        if x111 is not _MISSING:
            if type(x111) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x111,
                        ("boolean",),
                        "/$defs/NSFWContent/type",
                        "type",
                    )
                )
        if not _KNOWN33.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN33, _KNOWNLIST34, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
