"""Validators for Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro), generated from spec/models/klingai-video-2-6-pro.yaml.

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
    not_const,
    not_in_enum,
    not_multiple,
    not_one_of,
    out_of_range,
    too_deep,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "klingai:kling-video@2.6-pro"
_PATTERN1 = re.compile("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z").search
_PATTERN2 = re.compile("^[\\+/-9=A-Za-z]+\\Z").search
_ALTS3 = ["alternative 1", "alternative 2", "alternative 3", "alternative 4"]
_ALTS4 = ["alternative 1", "alternative 2"]
_KNOWN5 = frozenset({"frameImages", "referenceImages", "referenceVideos"})
_KNOWNLIST6 = ["frameImages", "referenceImages", "referenceVideos"]
_ENUM7 = frozenset({10, 5})
_ENUMLIST8 = [5, 10]
_KNOWN9 = frozenset({"characterOrientation", "keepOriginalSound", "sound"})
_KNOWNLIST10 = ["characterOrientation", "keepOriginalSound", "sound"]
_KNOWN11 = frozenset({"klingai"})
_KNOWNLIST12 = ["klingai"]
_CONST13 = "videoInference"
_ENUM14 = frozenset({"URL"})
_ENUMLIST15 = ["URL"]
_ENUM16 = frozenset({"MOV", "MP4", "WEBM"})
_ENUMLIST17 = ["MP4", "WEBM", "MOV"]
_ALTS18 = ["alternative 1"]
_KNOWN19 = frozenset({"checkContent", "mode"})
_KNOWNLIST20 = ["checkContent", "mode"]
_KNOWN21 = frozenset(
    {
        "CFGScale",
        "deliveryMethod",
        "duration",
        "height",
        "includeCost",
        "inputs",
        "model",
        "negativePrompt",
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
    "CFGScale",
    "deliveryMethod",
    "duration",
    "height",
    "includeCost",
    "inputs",
    "model",
    "negativePrompt",
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
_ROWS23 = {(1920, 1080): 1, (1440, 1440): 1, (1080, 1920): 1}
_ROWTUPLES24 = ((1920, 1080), (1440, 1440), (1080, 1920))
_TABLE25 = [
    {"label": "1080p (16:9)", "width": 1920, "height": 1080},
    {"label": "1080p (1:1)", "width": 1440, "height": 1440},
    {"label": "1080p (9:16)", "width": 1080, "height": 1920},
]
_LABELS26 = "1080p (16:9): 1920x1080; 1080p (1:1): 1440x1440; 1080p (9:16): 1080x1920"
_KNOWN27 = frozenset(
    {
        "NSFWContent",
        "cost",
        "seed",
        "taskType",
        "taskUUID",
        "videoBase64Data",
        "videoDataURI",
        "videoURL",
        "videoUUID",
    }
)
_KNOWNLIST28 = [
    "NSFWContent",
    "cost",
    "seed",
    "taskType",
    "taskUUID",
    "videoBase64Data",
    "videoDataURI",
    "videoURL",
    "videoUUID",
]


def _b14(v: Any) -> bool:
    if type(v) is not str:
        return False
    if not (
        ((is_uuid(v)))
        or (((_uri_common(v) is not None or is_uri(v))))
        or ((_PATTERN1(v) is not None))
        or ((_PATTERN2(v) is not None))
    ):
        return False
    return True


def _b15(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        x16 = v["image"]
        if type(x16) is not str:
            return False
        if not (
            ((is_uuid(x16)))
            or (((_uri_common(x16) is not None or is_uri(x16))))
            or ((_PATTERN1(x16) is not None))
            or ((_PATTERN2(x16) is not None))
        ):
            return False
        x17 = v.get("frame", _MISSING)
        if x17 is not _MISSING:
            if (((type(x17) is str and x17 == "first"))) + (
                ((type(x17) is str and x17 == "last"))
            ) + ((((type(x17) is int or type(x17) is float) and x17 == 0))) + (
                (((type(x17) is int or type(x17) is float) and x17 == -1))
            ) != 1:
                return False
        if len(v) != 1 + (x17 is not _MISSING):
            return False
    except KeyError:  # a required property is missing
        return False
    return True


def _b13(v: Any) -> bool:
    if not ((_b14(v)) or (_b15(v))):
        return False
    return True


def _b73(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN21.issuperset(v):
            return False
        x74 = v["model"]
        if type(x74) is not str or x74 != "klingai:kling-video@2.6-pro":
            return False
        x75 = v.get("inputs", _MISSING)
        if x75 is not _MISSING:
            if type(x75) is not dict:
                return False
            x76 = x75.get("referenceImages", _MISSING)
            if x76 is not _MISSING:
                if type(x76) is not list:
                    return False
                if not 1 <= len(x76) <= 1:
                    return False
                for x77 in x76:
                    if type(x77) is not str:
                        return False
                    if not (
                        ((is_uuid(x77)))
                        or (((_uri_common(x77) is not None or is_uri(x77))))
                        or ((_PATTERN1(x77) is not None))
                        or ((_PATTERN2(x77) is not None))
                    ):
                        return False
            x78 = x75.get("frameImages", _MISSING)
            if x78 is not _MISSING:
                if type(x78) is not list:
                    return False
                if not 1 <= len(x78) <= 2:
                    return False
                for x79 in x78:
                    if not _b13(x79):
                        return False
            x80 = x75.get("referenceVideos", _MISSING)
            if x80 is not _MISSING:
                if type(x80) is not list:
                    return False
                if not 1 <= len(x80) <= 1:
                    return False
                for x81 in x80:
                    if type(x81) is not str:
                        return False
                    if not (((is_uuid(x81))) or (((_uri_common(x81) is not None or is_uri(x81))))):
                        return False
            if len(x75) != 0 + (x76 is not _MISSING) + (x78 is not _MISSING) + (
                x80 is not _MISSING
            ):
                return False
        x82 = v.get("positivePrompt", _MISSING)
        if x82 is not _MISSING:
            if type(x82) is not str or not 2 <= len(x82) <= 2500:
                return False
        x83 = v.get("negativePrompt", _MISSING)
        if x83 is not _MISSING:
            if type(x83) is not str or not 2 <= len(x83) <= 2500:
                return False
        x84 = v.get("width", _MISSING)
        if x84 is not _MISSING:
            if not ((type(x84) is int or (type(x84) is float and x84.is_integer()))):
                return False
        x85 = v.get("height", _MISSING)
        if x85 is not _MISSING:
            if not ((type(x85) is int or (type(x85) is float and x85.is_integer()))):
                return False
        x86 = v.get("duration", _MISSING)
        if x86 is not _MISSING:
            if (
                not ((type(x86) is int or (type(x86) is float and x86.is_integer())))
                or x86 not in _ENUM7
            ):
                return False
        x87 = v.get("CFGScale", _MISSING)
        if x87 is not _MISSING:
            if (
                not ((type(x87) is int or type(x87) is float))
                or not 0 <= x87 <= 1
                or not is_multiple_of(x87, 0.01)
            ):
                return False
        x88 = v.get("providerSettings", _MISSING)
        if x88 is not _MISSING:
            if type(x88) is not dict:
                return False
            x89 = x88.get("klingai", _MISSING)
            if x89 is not _MISSING:
                if type(x89) is not dict:
                    return False
                x90 = x89.get("characterOrientation", _MISSING)
                if x90 is not _MISSING:
                    if type(x90) is not str:
                        return False
                    if ((x90 == "image")) + ((x90 == "video")) != 1:
                        return False
                x91 = x89.get("keepOriginalSound", _MISSING)
                if x91 is not _MISSING:
                    if type(x91) is not bool:
                        return False
                x92 = x89.get("sound", _MISSING)
                if x92 is not _MISSING:
                    if type(x92) is not bool:
                        return False
                if len(x89) != 0 + (x90 is not _MISSING) + (x91 is not _MISSING) + (
                    x92 is not _MISSING
                ):
                    return False
            if len(x88) != 0 + (x89 is not _MISSING):
                return False
        x93 = v["taskType"]
        if type(x93) is not str or x93 != "videoInference":
            return False
        x94 = v["taskUUID"]
        if type(x94) is not str or not is_uuid(x94):
            return False
        x95 = v.get("webhookURL", _MISSING)
        if x95 is not _MISSING:
            if type(x95) is not str or not (_uri_common(x95) is not None or is_uri(x95)):
                return False
        x96 = v.get("includeCost", _MISSING)
        if x96 is not _MISSING:
            if type(x96) is not bool:
                return False
        x97 = v.get("numberResults", _MISSING)
        if x97 is not _MISSING:
            if (
                not ((type(x97) is int or (type(x97) is float and x97.is_integer())))
                or not 1 <= x97 <= 4
            ):
                return False
        x98 = v.get("uploadEndpoint", _MISSING)
        if x98 is not _MISSING:
            if type(x98) is not str or not (_uri_common(x98) is not None or is_uri(x98)):
                return False
        x99 = v.get("ttl", _MISSING)
        if x99 is not _MISSING:
            if (
                not ((type(x99) is int or (type(x99) is float and x99.is_integer())))
                or not 60 <= x99
            ):
                return False
        x100 = v.get("outputType", _MISSING)
        if x100 is not _MISSING:
            if type(x100) is not str or x100 not in _ENUM14:
                return False
        x101 = v.get("outputFormat", _MISSING)
        if x101 is not _MISSING:
            if type(x101) is not str or x101 not in _ENUM16:
                return False
        x102 = v.get("outputQuality", _MISSING)
        if x102 is not _MISSING:
            if (
                not ((type(x102) is int or (type(x102) is float and x102.is_integer())))
                or not 20 <= x102 <= 99
            ):
                return False
        x103 = v.get("deliveryMethod", _MISSING)
        if x103 is not _MISSING:
            if type(x103) is not str:
                return False
            if ((x103 == "async")) != 1:
                return False
        x104 = v.get("safety", _MISSING)
        if x104 is not _MISSING:
            if type(x104) is not dict:
                return False
            x105 = x104.get("checkContent", _MISSING)
            if x105 is not _MISSING:
                if type(x105) is not bool:
                    return False
            x106 = x104.get("mode", _MISSING)
            if x106 is not _MISSING:
                if type(x106) is not str:
                    return False
                if ((x106 == "fast")) + ((x106 == "full")) != 1:
                    return False
            if len(x104) != 0 + (x105 is not _MISSING) + (x106 is not _MISSING):
                return False
        if "width" in v and ("height" not in v):
            return False
        if "height" in v and ("width" not in v):
            return False
        if "inputs" in v and (
            "inputs" not in v
            or (
                (
                    ((not type(v["inputs"]) is dict or ("frameImages" in v["inputs"])))
                    or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
                )
            )
        ):
            if ("width" in v) or ("height" in v):
                return False
        else:
            if "width" not in v or "height" not in v:
                return False
        if (
            "inputs" in v
            and (
                "inputs" not in v
                or ((not type(v["inputs"]) is dict or ("frameImages" in v["inputs"])))
            )
        ) and (
            "inputs" in v
            and (
                "inputs" not in v
                or (
                    (
                        ((not type(v["inputs"]) is dict or ("referenceImages" in v["inputs"])))
                        or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
                    )
                )
            )
        ):
            return False
        if "inputs" in v and (
            "inputs" not in v
            or (
                (
                    not type(v["inputs"]) is dict
                    or (
                        "frameImages" in v["inputs"]
                        and (
                            "frameImages" not in v["inputs"]
                            or (
                                (
                                    not type(v["inputs"]["frameImages"]) is list
                                    or (len(v["inputs"]["frameImages"]) >= 2)
                                )
                            )
                        )
                    )
                )
            )
        ):
            if "providerSettings" in v and (
                "providerSettings" not in v
                or (
                    (
                        not type(v["providerSettings"]) is dict
                        or (
                            "klingai" in v["providerSettings"]
                            and (
                                "klingai" not in v["providerSettings"]
                                or (
                                    (
                                        not type(v["providerSettings"]["klingai"]) is dict
                                        or ("sound" in v["providerSettings"]["klingai"])
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                return False
        if "inputs" in v and (
            "inputs" not in v
            or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
        ):
            if (
                "providerSettings" in v
                and (
                    "providerSettings" not in v
                    or (
                        (
                            not type(v["providerSettings"]) is dict
                            or (
                                (
                                    "klingai" not in v["providerSettings"]
                                    or (
                                        (
                                            not type(v["providerSettings"]["klingai"]) is dict
                                            or ("sound" in v["providerSettings"]["klingai"])
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            ) or ("duration" in v):
                return False
        if ("width" in v) or ("height" in v):
            matched109 = 0
            if type(v) is dict:
                c107 = v.get("width", _MISSING)
                c108 = v.get("height", _MISSING)
                if type(c107) in (int, float) and type(c108) in (int, float):
                    matched109 = _ROWS23.get((c107, c108), 0)
                else:
                    matched109 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is not dict or matched109 != 1:
                return False
        if (
            (
                "inputs" in v
                and (
                    "inputs" not in v
                    or ((not type(v["inputs"]) is dict or ("referenceImages" in v["inputs"])))
                )
            )
            or (
                "inputs" in v
                and (
                    "inputs" not in v
                    or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
                )
            )
            or (
                "providerSettings" in v
                and (
                    "providerSettings" not in v
                    or (
                        (
                            not type(v["providerSettings"]) is dict
                            or (
                                (
                                    "klingai" not in v["providerSettings"]
                                    or (
                                        (
                                            not type(v["providerSettings"]["klingai"]) is dict
                                            or (
                                                "characterOrientation"
                                                in v["providerSettings"]["klingai"]
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        ):
            x110 = v["inputs"]
            if type(x110) is dict:
                if "referenceImages" not in x110 or "referenceVideos" not in x110:
                    return False
            x111 = v["providerSettings"]
            if type(x111) is dict:
                x112 = x111.get("klingai", _MISSING)
                if x112 is not _MISSING:
                    if type(x112) is dict:
                        if "characterOrientation" not in x112:
                            return False
        if "providerSettings" in v and (
            "providerSettings" not in v
            or (
                (
                    not type(v["providerSettings"]) is dict
                    or (
                        (
                            "klingai" not in v["providerSettings"]
                            or (
                                (
                                    not type(v["providerSettings"]["klingai"]) is dict
                                    or ("keepOriginalSound" in v["providerSettings"]["klingai"])
                                )
                            )
                        )
                    )
                )
            )
        ):
            x113 = v["inputs"]
            if type(x113) is dict:
                if "referenceVideos" not in x113:
                    return False
        if not (
            "inputs" in v
            and (
                "inputs" not in v
                or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
            )
        ):
            if "positivePrompt" not in v:
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
                if not x1 == "klingai:kling-video@2.6-pro":
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
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceImages/minItems",
                                    "minItems",
                                )
                            )
                        if n4 > 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceImages"),
                                    x3,
                                    "maxItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
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
                x8 = x2.get("frameImages", _MISSING)
                if x8 is not _MISSING:
                    if type(x8) is list:
                        n9 = len(x8)
                        if n9 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "frameImages"),
                                    x8,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 2},
                                    "/properties/inputs/properties/frameImages/minItems",
                                    "minItems",
                                )
                            )
                        if n9 > 2:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "frameImages"),
                                    x8,
                                    "maxItems",
                                    2,
                                    {"minItems": 1, "maxItems": 2},
                                    "/properties/inputs/properties/frameImages/maxItems",
                                    "maxItems",
                                )
                            )
                        ok12 = True
                        try:
                            for x11 in x8:
                                if not _b13(x11):
                                    ok12 = False
                                    break
                        except (KeyError, RecursionError):
                            ok12 = False
                        if not ok12:
                            for i10 in range(0, len(x8)):
                                x11 = x8[i10]
                                try:
                                    t18: Any = (_b14(x11)) or (_b15(x11))
                                except RecursionError:
                                    t18 = False
                                    errs.append(
                                        deferred(
                                            too_deep,
                                            ("inputs", "frameImages", i10),
                                            x11,
                                            "/properties/inputs/properties/frameImages/items/anyOf",
                                        )
                                    )
                                if not t18:
                                    errs.append(
                                        deferred(
                                            not_one_of,
                                            ("inputs", "frameImages", i10),
                                            x11,
                                            0,
                                            _ALTS4,
                                            "/properties/inputs/properties/frameImages/items/anyOf",
                                            "anyOf",
                                            "anyOf",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "frameImages"),
                                x8,
                                ("array",),
                                "/properties/inputs/properties/frameImages/type",
                                "type",
                            )
                        )
                x19 = x2.get("referenceVideos", _MISSING)
                if x19 is not _MISSING:
                    if type(x19) is list:
                        n20 = len(x19)
                        if n20 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceVideos"),
                                    x19,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceVideos/minItems",
                                    "minItems",
                                )
                            )
                        if n20 > 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceVideos"),
                                    x19,
                                    "maxItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceVideos/maxItems",
                                    "maxItems",
                                )
                            )
                        ok23 = True
                        try:
                            for x22 in x19:
                                if type(x22) is not str:
                                    ok23 = False
                                    break
                                if not (
                                    ((is_uuid(x22)))
                                    or (((_uri_common(x22) is not None or is_uri(x22))))
                                ):
                                    ok23 = False
                                    break
                        except (KeyError, RecursionError):
                            ok23 = False
                        if not ok23:
                            for i21 in range(0, len(x19)):
                                x22 = x19[i21]
                                if type(x22) is str:
                                    if not (
                                        ((is_uuid(x22)))
                                        or (((_uri_common(x22) is not None or is_uri(x22))))
                                    ):
                                        errs.append(
                                            deferred(
                                                not_one_of,
                                                ("inputs", "referenceVideos", i21),
                                                x22,
                                                0,
                                                _ALTS4,
                                                "/$defs/videoInput/anyOf",
                                                "anyOf",
                                                "anyOf",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "referenceVideos", i21),
                                            x22,
                                            ("string",),
                                            "/$defs/videoInput/type",
                                            "type",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "referenceVideos"),
                                x19,
                                ("array",),
                                "/properties/inputs/properties/referenceVideos/type",
                                "type",
                            )
                        )
                if not _KNOWN5.issuperset(x2):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x2,
                            _KNOWN5,
                            _KNOWNLIST6,
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
        x27 = v.get("positivePrompt", _MISSING)
        if x27 is not _MISSING:
            if type(x27) is str:
                n28 = len(x27)
                if n28 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x27,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n28 > 2500:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x27,
                            "maxLength",
                            2500,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/positivePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("positivePrompt",),
                        x27,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        x29 = v.get("negativePrompt", _MISSING)
        if x29 is not _MISSING:
            if type(x29) is str:
                n30 = len(x29)
                if n30 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x29,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/negativePrompt/minLength",
                            "minLength",
                        )
                    )
                if n30 > 2500:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x29,
                            "maxLength",
                            2500,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/negativePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("negativePrompt",),
                        x29,
                        ("string",),
                        "/properties/negativePrompt/type",
                        "type",
                    )
                )
        x31 = v.get("width", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is int or (type(x31) is float and x31.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x31, ("integer",), "/properties/width/type", "type"
                    )
                )
        x32 = v.get("height", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is int or (type(x32) is float and x32.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x32,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x33 = v.get("duration", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is int or (type(x33) is float and x33.is_integer()):
                if not x33 in _ENUM7:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("duration",),
                            x33,
                            _ENUMLIST8,
                            "/properties/duration/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("duration",),
                        x33,
                        ("integer",),
                        "/properties/duration/type",
                        "type",
                    )
                )
        x34 = v.get("CFGScale", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is int or (type(x34) is float and x34 - x34 == 0):
                if not x34 >= 0:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("CFGScale",),
                            x34,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 1},
                            "/properties/CFGScale/minimum",
                            "minimum",
                        )
                    )
                if not x34 <= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("CFGScale",),
                            x34,
                            "maximum",
                            1,
                            {"minimum": 0, "maximum": 1},
                            "/properties/CFGScale/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x34, 0.01):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("CFGScale",),
                            x34,
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
                        x34,
                        ("number",),
                        "/properties/CFGScale/type",
                        "type",
                    )
                )
        x35 = v.get("providerSettings", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is dict:
                x36 = x35.get("klingai", _MISSING)
                if x36 is not _MISSING:
                    if type(x36) is dict:
                        x37 = x36.get("characterOrientation", _MISSING)
                        if x37 is not _MISSING:
                            if type(x37) is str:
                                if (((x37 == "image")) + ((x37 == "video"))) != 1:
                                    errs.append(
                                        deferred(
                                            not_one_of,
                                            ("providerSettings", "klingai", "characterOrientation"),
                                            x37,
                                            int((((x37 == "image")) + ((x37 == "video")))),
                                            _ALTS4,
                                            "/properties/providerSettings/properties/klingai/properties/characterOrientation/oneOf",
                                            "oneOf",
                                            "oneOf",
                                        )
                                    )
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "klingai", "characterOrientation"),
                                        x37,
                                        ("string",),
                                        "/properties/providerSettings/properties/klingai/properties/characterOrientation/type",
                                        "type",
                                    )
                                )
                        x38 = x36.get("keepOriginalSound", _MISSING)
                        if x38 is not _MISSING:
                            if type(x38) is bool:
                                pass
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "klingai", "keepOriginalSound"),
                                        x38,
                                        ("boolean",),
                                        "/properties/providerSettings/properties/klingai/properties/keepOriginalSound/type",
                                        "type",
                                    )
                                )
                        x39 = x36.get("sound", _MISSING)
                        if x39 is not _MISSING:
                            if type(x39) is bool:
                                pass
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "klingai", "sound"),
                                        x39,
                                        ("boolean",),
                                        "/properties/providerSettings/properties/klingai/properties/sound/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN9.issuperset(x36):
                            errs.extend(
                                deferred_unexpected_keys(
                                    ("providerSettings", "klingai"),
                                    x36,
                                    _KNOWN9,
                                    _KNOWNLIST10,
                                    "/properties/providerSettings/properties/klingai/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("providerSettings", "klingai"),
                                x36,
                                ("object",),
                                "/properties/providerSettings/properties/klingai/type",
                                "type",
                            )
                        )
                if not _KNOWN11.issuperset(x35):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("providerSettings",),
                            x35,
                            _KNOWN11,
                            _KNOWNLIST12,
                            "/properties/providerSettings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("providerSettings",),
                        x35,
                        ("object",),
                        "/properties/providerSettings/type",
                        "type",
                    )
                )
        try:
            x46 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x46) is str:
                if not x46 == "videoInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x46,
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
        x48 = v.get("webhookURL", _MISSING)
        if x48 is not _MISSING:
            if type(x48) is str:
                if not (_uri_common(x48) is not None or is_uri(x48)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x48,
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
                        x48,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
                )
        x49 = v.get("includeCost", _MISSING)
        if x49 is not _MISSING:
            if type(x49) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x49,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x50 = v.get("numberResults", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is int or (type(x50) is float and x50.is_integer()):
                if not x50 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x50,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x50 <= 4:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x50,
                            "maximum",
                            4,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("numberResults",),
                        x50,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x51 = v.get("uploadEndpoint", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is str:
                if not (_uri_common(x51) is not None or is_uri(x51)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x51,
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
                        x51,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
                    )
                )
        x52 = v.get("ttl", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is int or (type(x52) is float and x52.is_integer()):
                if not x52 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x52,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x52, ("integer",), "/$defs/ttl/type", "type")
                )
        x53 = v.get("outputType", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is str:
                if not x53 in _ENUM14:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x53,
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
                        x53,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x54 = v.get("outputFormat", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is str:
                if not x54 in _ENUM16:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x54,
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
                        x54,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x55 = v.get("outputQuality", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is int or (type(x55) is float and x55.is_integer()):
                if not x55 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x55,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x55 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x55,
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
                        x55,
                        ("integer",),
                        "/$defs/outputQuality/type",
                        "type",
                    )
                )
        x56 = v.get("deliveryMethod", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is str:
                if (((x56 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x56,
                            int((((x56 == "async")))),
                            _ALTS18,
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
                        x56,
                        ("string",),
                        "/$defs/deliveryAsyncOnly/type",
                        "type",
                    )
                )
        x57 = v.get("safety", _MISSING)
        if x57 is not _MISSING:
            if type(x57) is dict:
                x58 = x57.get("checkContent", _MISSING)
                if x58 is not _MISSING:
                    if type(x58) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "checkContent"),
                                x58,
                                ("boolean",),
                                "/properties/safety/properties/checkContent/type",
                                "type",
                            )
                        )
                x59 = x57.get("mode", _MISSING)
                if x59 is not _MISSING:
                    if type(x59) is str:
                        if (((x59 == "fast")) + ((x59 == "full"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("safety", "mode"),
                                    x59,
                                    int((((x59 == "fast")) + ((x59 == "full")))),
                                    _ALTS4,
                                    "/properties/safety/properties/mode/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "mode"),
                                x59,
                                ("string",),
                                "/properties/safety/properties/mode/type",
                                "type",
                            )
                        )
                if not _KNOWN19.issuperset(x57):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x57,
                            _KNOWN19,
                            _KNOWNLIST20,
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("safety",), x57, ("object",), "/properties/safety/type", "type"
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
        if "inputs" in v and (
            "inputs" not in v
            or (
                (
                    ((not type(v["inputs"]) is dict or ("frameImages" in v["inputs"])))
                    or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
                )
            )
        ):
            if ("width" in v) or ("height" in v):
                errs.append(deferred(forbidden, (), v, "/allOf/1/then/not", "not"))
        if not (
            (
                "inputs" in v
                and (
                    "inputs" not in v
                    or (
                        (
                            ((not type(v["inputs"]) is dict or ("frameImages" in v["inputs"])))
                            or (
                                (
                                    not type(v["inputs"]) is dict
                                    or ("referenceVideos" in v["inputs"])
                                )
                            )
                        )
                    )
                )
            )
        ):
            if "width" not in v:
                errs.append(deferred(missing, (), "width", "/allOf/1/else/required", "required"))
            if "height" not in v:
                errs.append(deferred(missing, (), "height", "/allOf/1/else/required", "required"))
        if (
            "inputs" in v
            and (
                "inputs" not in v
                or ((not type(v["inputs"]) is dict or ("frameImages" in v["inputs"])))
            )
        ) and (
            "inputs" in v
            and (
                "inputs" not in v
                or (
                    (
                        ((not type(v["inputs"]) is dict or ("referenceImages" in v["inputs"])))
                        or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
                    )
                )
            )
        ):
            errs.append(deferred(forbidden, (), v, "/allOf/2/not", "frame-images-exclusive"))
        if "inputs" in v and (
            "inputs" not in v
            or (
                (
                    not type(v["inputs"]) is dict
                    or (
                        "frameImages" in v["inputs"]
                        and (
                            "frameImages" not in v["inputs"]
                            or (
                                (
                                    not type(v["inputs"]["frameImages"]) is list
                                    or (len(v["inputs"]["frameImages"]) >= 2)
                                )
                            )
                        )
                    )
                )
            )
        ):
            if "providerSettings" in v and (
                "providerSettings" not in v
                or (
                    (
                        not type(v["providerSettings"]) is dict
                        or (
                            "klingai" in v["providerSettings"]
                            and (
                                "klingai" not in v["providerSettings"]
                                or (
                                    (
                                        not type(v["providerSettings"]["klingai"]) is dict
                                        or ("sound" in v["providerSettings"]["klingai"])
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                errs.append(deferred(forbidden, (), v, "/allOf/3/then/not", "not"))
        if "inputs" in v and (
            "inputs" not in v
            or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
        ):
            if (
                "providerSettings" in v
                and (
                    "providerSettings" not in v
                    or (
                        (
                            not type(v["providerSettings"]) is dict
                            or (
                                (
                                    "klingai" not in v["providerSettings"]
                                    or (
                                        (
                                            not type(v["providerSettings"]["klingai"]) is dict
                                            or ("sound" in v["providerSettings"]["klingai"])
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            ) or ("duration" in v):
                errs.append(deferred(forbidden, (), v, "/allOf/4/then/not", "not"))
        if ("width" in v) or ("height" in v):
            matched68 = 0
            if type(v) is dict:
                c66 = v.get("width", _MISSING)
                c67 = v.get("height", _MISSING)
                if type(c66) in (int, float) and type(c67) in (int, float):
                    matched68 = _ROWS23.get((c66, c67), 0)
                else:
                    matched68 = count_rows(v, ("width", "height"), _ROWTUPLES24)
            if type(v) is dict:
                if matched68 != 1:
                    errs.append(
                        deferred(
                            bad_combination,
                            (),
                            v,
                            ("width", "height"),
                            _TABLE25,
                            _LABELS26,
                            matched68,
                            "/allOf/5/then/oneOf",
                            "dimensions",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        not_one_of,
                        (),
                        v,
                        3,
                        ["1080p (16:9)", "1080p (1:1)", "1080p (9:16)"],
                        "/allOf/5/then/oneOf",
                        "dimensions",
                        "oneOf",
                    )
                )
        if (
            (
                "inputs" in v
                and (
                    "inputs" not in v
                    or ((not type(v["inputs"]) is dict or ("referenceImages" in v["inputs"])))
                )
            )
            or (
                "inputs" in v
                and (
                    "inputs" not in v
                    or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
                )
            )
            or (
                "providerSettings" in v
                and (
                    "providerSettings" not in v
                    or (
                        (
                            not type(v["providerSettings"]) is dict
                            or (
                                (
                                    "klingai" not in v["providerSettings"]
                                    or (
                                        (
                                            not type(v["providerSettings"]["klingai"]) is dict
                                            or (
                                                "characterOrientation"
                                                in v["providerSettings"]["klingai"]
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        ):
            try:
                x69 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/6/then/required", "required"))
            else:
                if type(x69) is dict:
                    if "referenceImages" not in x69:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "referenceImages",
                                "/allOf/6/then/properties/inputs/required",
                                "required",
                            )
                        )
                    if "referenceVideos" not in x69:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "referenceVideos",
                                "/allOf/6/then/properties/inputs/required",
                                "required",
                            )
                        )
            try:
                x70 = v["providerSettings"]
            except KeyError:
                errs.append(
                    deferred(missing, (), "providerSettings", "/allOf/6/then/required", "required")
                )
            else:
                if type(x70) is dict:
                    x71 = x70.get("klingai", _MISSING)
                    if x71 is not _MISSING:
                        if type(x71) is dict:
                            if "characterOrientation" not in x71:
                                errs.append(
                                    deferred(
                                        missing,
                                        ("providerSettings", "klingai"),
                                        "characterOrientation",
                                        "/allOf/6/then/properties/providerSettings/properties/klingai/required",
                                        "required",
                                    )
                                )
        if "providerSettings" in v and (
            "providerSettings" not in v
            or (
                (
                    not type(v["providerSettings"]) is dict
                    or (
                        (
                            "klingai" not in v["providerSettings"]
                            or (
                                (
                                    not type(v["providerSettings"]["klingai"]) is dict
                                    or ("keepOriginalSound" in v["providerSettings"]["klingai"])
                                )
                            )
                        )
                    )
                )
            )
        ):
            try:
                x72 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/7/then/required", "required"))
            else:
                if type(x72) is dict:
                    if "referenceVideos" not in x72:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "referenceVideos",
                                "/allOf/7/then/properties/inputs/required",
                                "required",
                            )
                        )
        if not (
            "inputs" in v
            and (
                "inputs" not in v
                or ((not type(v["inputs"]) is dict or ("referenceVideos" in v["inputs"])))
            )
        ):
            if "positivePrompt" not in v:
                errs.append(
                    deferred(missing, (), "positivePrompt", "/allOf/8/then/required", "required")
                )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b73(payload)
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
            x114 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x114) is str:
                if not x114 == "videoInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x114,
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
                        x114,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x115 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x115) is str:
                if not is_uuid(x115):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x115,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x115, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x116 = v.get("cost", _MISSING)
        if x116 is not _MISSING:
            if type(x116) is int or (type(x116) is float and x116 - x116 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x116, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x117 = v["videoUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "videoUUID", "/required", "required"))
        else:
            if type(x117) is str:
                if not is_uuid(x117):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoUUID",),
                            x117,
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
                        x117,
                        ("string",),
                        "/$defs/videoUUID/type",
                        "type",
                    )
                )
        x118 = v.get("videoURL", _MISSING)
        if x118 is not _MISSING:
            if type(x118) is str:
                if not (_uri_common(x118) is not None or is_uri(x118)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoURL",),
                            x118,
                            "uri",
                            "/$defs/videoURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("videoURL",), x118, ("string",), "/$defs/videoURL/type", "type"
                    )
                )
        x119 = v.get("videoBase64Data", _MISSING)
        if x119 is not _MISSING:
            if type(x119) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("videoBase64Data",),
                        x119,
                        ("string",),
                        "/$defs/videoBase64Data/type",
                        "type",
                    )
                )
        x120 = v.get("videoDataURI", _MISSING)
        if x120 is not _MISSING:
            if type(x120) is str:
                if not (_uri_common(x120) is not None or is_uri(x120)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoDataURI",),
                            x120,
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
                        x120,
                        ("string",),
                        "/$defs/videoDataURI/type",
                        "type",
                    )
                )
        x121 = v.get("seed", _MISSING)
        if x121 is not _MISSING:
            if type(x121) is int or (type(x121) is float and x121.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x121, ("integer",), "/$defs/seed/type", "type")
                )
        x122 = v.get("NSFWContent", _MISSING)
        if x122 is not _MISSING:
            if type(x122) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x122,
                        ("boolean",),
                        "/$defs/NSFWContent/type",
                        "type",
                    )
                )
        if not _KNOWN27.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN27, _KNOWNLIST28, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
