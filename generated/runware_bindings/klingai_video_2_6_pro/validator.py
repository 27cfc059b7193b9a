"""Validators for Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro), generated from spec/models/klingai-video-2-6-pro.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.deferred import deferred, deferred_unexpected_keys
from .._runtime.formats import _uri_common, is_uri, is_uuid
from .._runtime.jsonvalues import count_rows, in_enum, is_multiple_of
from .._runtime.messages import (
    bad_combination,
    bad_contains,
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
_ENUM5 = ("last", -1)
_KNOWN6 = frozenset({"frameImages", "referenceImages", "referenceVideos"})
_KNOWNLIST7 = ["frameImages", "referenceImages", "referenceVideos"]
_ENUM8 = frozenset({10, 5})
_ENUMLIST9 = [5, 10]
_KNOWN10 = frozenset({"characterOrientation", "keepOriginalSound", "sound"})
_KNOWNLIST11 = ["characterOrientation", "keepOriginalSound", "sound"]
_KNOWN12 = frozenset({"klingai"})
_KNOWNLIST13 = ["klingai"]
_CONST14 = "videoInference"
_ENUM15 = frozenset({"URL"})
_ENUMLIST16 = ["URL"]
_ENUM17 = frozenset({"MOV", "MP4", "WEBM"})
_ENUMLIST18 = ["MP4", "WEBM", "MOV"]
_ALTS19 = ["alternative 1"]
_ALTS20 = ["Fast", "Full"]
_KNOWN21 = frozenset({"checkContent", "mode"})
_KNOWNLIST22 = ["checkContent", "mode"]
_KNOWN23 = frozenset(
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
_KNOWNLIST24 = [
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
_ROWS25 = {(1920, 1080): 1, (1440, 1440): 1, (1080, 1920): 1}
_ROWTUPLES26 = ((1920, 1080), (1440, 1440), (1080, 1920))
_TABLE27 = [
    {"label": "1080p (16:9)", "width": 1920, "height": 1080},
    {"label": "1080p (1:1)", "width": 1440, "height": 1440},
    {"label": "1080p (9:16)", "width": 1080, "height": 1920},
]
_LABELS28 = "1080p (16:9): 1920x1080; 1080p (1:1): 1440x1440; 1080p (9:16): 1080x1920"
_KNOWN29 = frozenset(
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
_KNOWNLIST30 = [
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


def _b22(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        x23 = v["frame"]
        if not in_enum(x23, _ENUM5):
            return False
    except KeyError:  # a required property is missing
        return False
    return True


def _b21(v: Any) -> bool:
    if _b22(v):
        return False
    return True


def _b79(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN23.issuperset(v):
            return False
        x80 = v["model"]
        if type(x80) is not str or x80 != "klingai:kling-video@2.6-pro":
            return False
        x81 = v.get("inputs", _MISSING)
        if x81 is not _MISSING:
            if type(x81) is not dict:
                return False
            x82 = x81.get("referenceImages", _MISSING)
            if x82 is not _MISSING:
                if type(x82) is not list:
                    return False
                if not 1 <= len(x82) <= 1:
                    return False
                for x83 in x82:
                    if type(x83) is not str:
                        return False
                    if not (
                        ((is_uuid(x83)))
                        or (((_uri_common(x83) is not None or is_uri(x83))))
                        or ((_PATTERN1(x83) is not None))
                        or ((_PATTERN2(x83) is not None))
                    ):
                        return False
            x84 = x81.get("frameImages", _MISSING)
            if x84 is not _MISSING:
                if type(x84) is not list:
                    return False
                if not 1 <= len(x84) <= 2:
                    return False
                for x85 in x84:
                    if not _b13(x85):
                        return False
                c86 = 0
                for x87 in x84:
                    if _b21(x87):
                        c86 += 1
                        if c86 >= 1:
                            break
                if c86 < 1:
                    return False
            x88 = x81.get("referenceVideos", _MISSING)
            if x88 is not _MISSING:
                if type(x88) is not list:
                    return False
                if not 1 <= len(x88) <= 1:
                    return False
                for x89 in x88:
                    if type(x89) is not str:
                        return False
                    if not (((is_uuid(x89))) or (((_uri_common(x89) is not None or is_uri(x89))))):
                        return False
            if len(x81) != 0 + (x82 is not _MISSING) + (x84 is not _MISSING) + (
                x88 is not _MISSING
            ):
                return False
        x90 = v.get("positivePrompt", _MISSING)
        if x90 is not _MISSING:
            if type(x90) is not str or not 2 <= len(x90) <= 2500:
                return False
        x91 = v.get("negativePrompt", _MISSING)
        if x91 is not _MISSING:
            if type(x91) is not str or not 2 <= len(x91) <= 2500:
                return False
        x92 = v.get("width", _MISSING)
        if x92 is not _MISSING:
            if not ((type(x92) is int or (type(x92) is float and x92.is_integer()))):
                return False
        x93 = v.get("height", _MISSING)
        if x93 is not _MISSING:
            if not ((type(x93) is int or (type(x93) is float and x93.is_integer()))):
                return False
        x94 = v.get("duration", _MISSING)
        if x94 is not _MISSING:
            if (
                not ((type(x94) is int or (type(x94) is float and x94.is_integer())))
                or x94 not in _ENUM8
            ):
                return False
        x95 = v.get("CFGScale", _MISSING)
        if x95 is not _MISSING:
            if (
                not ((type(x95) is int or type(x95) is float))
                or not 0 <= x95 <= 1
                or not is_multiple_of(x95, 0.01)
            ):
                return False
        x96 = v.get("providerSettings", _MISSING)
        if x96 is not _MISSING:
            if type(x96) is not dict:
                return False
            x97 = x96.get("klingai", _MISSING)
            if x97 is not _MISSING:
                if type(x97) is not dict:
                    return False
                x98 = x97.get("characterOrientation", _MISSING)
                if x98 is not _MISSING:
                    if type(x98) is not str:
                        return False
                    if ((x98 == "image")) + ((x98 == "video")) != 1:
                        return False
                x99 = x97.get("keepOriginalSound", _MISSING)
                if x99 is not _MISSING:
                    if type(x99) is not bool:
                        return False
                x100 = x97.get("sound", _MISSING)
                if x100 is not _MISSING:
                    if type(x100) is not bool:
                        return False
                if len(x97) != 0 + (x98 is not _MISSING) + (x99 is not _MISSING) + (
                    x100 is not _MISSING
                ):
                    return False
            if len(x96) != 0 + (x97 is not _MISSING):
                return False
        x101 = v["taskType"]
        if type(x101) is not str or x101 != "videoInference":
            return False
        x102 = v["taskUUID"]
        if type(x102) is not str or not is_uuid(x102):
            return False
        x103 = v.get("webhookURL", _MISSING)
        if x103 is not _MISSING:
            if type(x103) is not str or not (_uri_common(x103) is not None or is_uri(x103)):
                return False
        x104 = v.get("includeCost", _MISSING)
        if x104 is not _MISSING:
            if type(x104) is not bool:
                return False
        x105 = v.get("numberResults", _MISSING)
        if x105 is not _MISSING:
            if (
                not ((type(x105) is int or (type(x105) is float and x105.is_integer())))
                or not 1 <= x105 <= 4
            ):
                return False
        x106 = v.get("uploadEndpoint", _MISSING)
        if x106 is not _MISSING:
            if type(x106) is not str or not (_uri_common(x106) is not None or is_uri(x106)):
                return False
        x107 = v.get("ttl", _MISSING)
        if x107 is not _MISSING:
            if (
                not ((type(x107) is int or (type(x107) is float and x107.is_integer())))
                or not 60 <= x107
            ):
                return False
        x108 = v.get("outputType", _MISSING)
        if x108 is not _MISSING:
            if type(x108) is not str or x108 not in _ENUM15:
                return False
        x109 = v.get("outputFormat", _MISSING)
        if x109 is not _MISSING:
            if type(x109) is not str or x109 not in _ENUM17:
                return False
        x110 = v.get("outputQuality", _MISSING)
        if x110 is not _MISSING:
            if (
                not ((type(x110) is int or (type(x110) is float and x110.is_integer())))
                or not 20 <= x110 <= 99
            ):
                return False
        x111 = v.get("deliveryMethod", _MISSING)
        if x111 is not _MISSING:
            if type(x111) is not str:
                return False
            if ((x111 == "async")) != 1:
                return False
        x112 = v.get("safety", _MISSING)
        if x112 is not _MISSING:
            if type(x112) is not dict:
                return False
            x113 = x112.get("checkContent", _MISSING)
            if x113 is not _MISSING:
                if type(x113) is not bool:
                    return False
            x114 = x112.get("mode", _MISSING)
            if x114 is not _MISSING:
                if type(x114) is not str:
                    return False
                if ((x114 == "fast")) + ((x114 == "full")) != 1:
                    return False
            if len(x112) != 0 + (x113 is not _MISSING) + (x114 is not _MISSING):
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
            matched117 = 0
            if type(v) is dict:
                c115 = v.get("width", _MISSING)
                c116 = v.get("height", _MISSING)
                if type(c115) in (int, float) and type(c116) in (int, float):
                    matched117 = _ROWS25.get((c115, c116), 0)
                else:
                    matched117 = count_rows(v, ("width", "height"), _ROWTUPLES26)
            if type(v) is not dict or matched117 != 1:
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
            x118 = v["inputs"]
            if type(x118) is dict:
                if "referenceImages" not in x118 or "referenceVideos" not in x118:
                    return False
            x119 = v["providerSettings"]
            if type(x119) is dict:
                x120 = x119.get("klingai", _MISSING)
                if x120 is not _MISSING:
                    if type(x120) is dict:
                        if "characterOrientation" not in x120:
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
            x121 = v["inputs"]
            if type(x121) is dict:
                if "referenceVideos" not in x121:
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
                        c19 = 0
                        for x20 in x8:
                            try:
                                t24: Any = _b21(x20)
                            except RecursionError:
                                t24 = False
                                errs.append(
                                    deferred(
                                        too_deep,
                                        ("inputs", "frameImages"),
                                        x8,
                                        "/properties/inputs/properties/frameImages/contains",
                                    )
                                )
                            if t24:
                                c19 += 1
                                if c19 >= 1:
                                    break
                        if c19 < 1:
                            errs.append(
                                deferred(
                                    bad_contains,
                                    ("inputs", "frameImages"),
                                    x8,
                                    c19,
                                    1,
                                    None,
                                    "/properties/inputs/properties/frameImages/contains",
                                    "contains",
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
                x25 = x2.get("referenceVideos", _MISSING)
                if x25 is not _MISSING:
                    if type(x25) is list:
                        n26 = len(x25)
                        if n26 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceVideos"),
                                    x25,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceVideos/minItems",
                                    "minItems",
                                )
                            )
                        if n26 > 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "referenceVideos"),
                                    x25,
                                    "maxItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceVideos/maxItems",
                                    "maxItems",
                                )
                            )
                        ok29 = True
                        try:
                            for x28 in x25:
                                if type(x28) is not str:
                                    ok29 = False
                                    break
                                if not (
                                    ((is_uuid(x28)))
                                    or (((_uri_common(x28) is not None or is_uri(x28))))
                                ):
                                    ok29 = False
                                    break
                        except (KeyError, RecursionError):
                            ok29 = False
                        if not ok29:
                            for i27 in range(0, len(x25)):
                                x28 = x25[i27]
                                if type(x28) is str:
                                    if not (
                                        ((is_uuid(x28)))
                                        or (((_uri_common(x28) is not None or is_uri(x28))))
                                    ):
                                        errs.append(
                                            deferred(
                                                not_one_of,
                                                ("inputs", "referenceVideos", i27),
                                                x28,
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
                                            ("inputs", "referenceVideos", i27),
                                            x28,
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
                                x25,
                                ("array",),
                                "/properties/inputs/properties/referenceVideos/type",
                                "type",
                            )
                        )
                if not _KNOWN6.issuperset(x2):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x2,
                            _KNOWN6,
                            _KNOWNLIST7,
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
        x33 = v.get("positivePrompt", _MISSING)
        if x33 is not _MISSING:
            if type(x33) is str:
                n34 = len(x33)
                if n34 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x33,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n34 > 2500:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x33,
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
                        x33,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        x35 = v.get("negativePrompt", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is str:
                n36 = len(x35)
                if n36 < 2:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x35,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/negativePrompt/minLength",
                            "minLength",
                        )
                    )
                if n36 > 2500:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x35,
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
                        x35,
                        ("string",),
                        "/properties/negativePrompt/type",
                        "type",
                    )
                )
        x37 = v.get("width", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is int or (type(x37) is float and x37.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type, ("width",), x37, ("integer",), "/properties/width/type", "type"
                    )
                )
        x38 = v.get("height", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is int or (type(x38) is float and x38.is_integer()):
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("height",),
                        x38,
                        ("integer",),
                        "/properties/height/type",
                        "type",
                    )
                )
        x39 = v.get("duration", _MISSING)
        if x39 is not _MISSING:
            if type(x39) is int or (type(x39) is float and x39.is_integer()):
                if not x39 in _ENUM8:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("duration",),
                            x39,
                            _ENUMLIST9,
                            "/properties/duration/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("duration",),
                        x39,
                        ("integer",),
                        "/properties/duration/type",
                        "type",
                    )
                )
        x40 = v.get("CFGScale", _MISSING)
        if x40 is not _MISSING:
            if type(x40) is int or (type(x40) is float and x40 - x40 == 0):
                if not x40 >= 0:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("CFGScale",),
                            x40,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 1},
                            "/properties/CFGScale/minimum",
                            "minimum",
                        )
                    )
                if not x40 <= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("CFGScale",),
                            x40,
                            "maximum",
                            1,
                            {"minimum": 0, "maximum": 1},
                            "/properties/CFGScale/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x40, 0.01):
                    errs.append(
                        deferred(
                            not_multiple,
                            ("CFGScale",),
                            x40,
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
                        x40,
                        ("number",),
                        "/properties/CFGScale/type",
                        "type",
                    )
                )
        x41 = v.get("providerSettings", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is dict:
                x42 = x41.get("klingai", _MISSING)
                if x42 is not _MISSING:
                    if type(x42) is dict:
                        x43 = x42.get("characterOrientation", _MISSING)
                        if x43 is not _MISSING:
                            if type(x43) is str:
                                if (((x43 == "image")) + ((x43 == "video"))) != 1:
                                    errs.append(
                                        deferred(
                                            not_one_of,
                                            ("providerSettings", "klingai", "characterOrientation"),
                                            x43,
                                            int((((x43 == "image")) + ((x43 == "video")))),
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
                                        x43,
                                        ("string",),
                                        "/properties/providerSettings/properties/klingai/properties/characterOrientation/type",
                                        "type",
                                    )
                                )
                        x44 = x42.get("keepOriginalSound", _MISSING)
                        if x44 is not _MISSING:
                            if type(x44) is bool:
                                pass
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "klingai", "keepOriginalSound"),
                                        x44,
                                        ("boolean",),
                                        "/properties/providerSettings/properties/klingai/properties/keepOriginalSound/type",
                                        "type",
                                    )
                                )
                        x45 = x42.get("sound", _MISSING)
                        if x45 is not _MISSING:
                            if type(x45) is bool:
                                pass
                            else:
                                errs.append(
                                    deferred(
                                        wrong_type,
                                        ("providerSettings", "klingai", "sound"),
                                        x45,
                                        ("boolean",),
                                        "/properties/providerSettings/properties/klingai/properties/sound/type",
                                        "type",
                                    )
                                )
                        if not _KNOWN10.issuperset(x42):
                            errs.extend(
                                deferred_unexpected_keys(
                                    ("providerSettings", "klingai"),
                                    x42,
                                    _KNOWN10,
                                    _KNOWNLIST11,
                                    "/properties/providerSettings/properties/klingai/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("providerSettings", "klingai"),
                                x42,
                                ("object",),
                                "/properties/providerSettings/properties/klingai/type",
                                "type",
                            )
                        )
                if not _KNOWN12.issuperset(x41):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("providerSettings",),
                            x41,
                            _KNOWN12,
                            _KNOWNLIST13,
                            "/properties/providerSettings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("providerSettings",),
                        x41,
                        ("object",),
                        "/properties/providerSettings/type",
                        "type",
                    )
                )
        try:
            x52 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x52) is str:
                if not x52 == "videoInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x52,
                            _CONST14,
                            "/$defs/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskType",), x52, ("string",), "/$defs/taskType/type", "type"
                    )
                )
        try:
            x53 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x53) is str:
                if not is_uuid(x53):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x53,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x53, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x54 = v.get("webhookURL", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is str:
                if not (_uri_common(x54) is not None or is_uri(x54)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x54,
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
                        x54,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
                )
        x55 = v.get("includeCost", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x55,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x56 = v.get("numberResults", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is int or (type(x56) is float and x56.is_integer()):
                if not x56 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x56,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x56 <= 4:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x56,
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
                        x56,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x57 = v.get("uploadEndpoint", _MISSING)
        if x57 is not _MISSING:
            if type(x57) is str:
                if not (_uri_common(x57) is not None or is_uri(x57)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x57,
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
                        x57,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
                    )
                )
        x58 = v.get("ttl", _MISSING)
        if x58 is not _MISSING:
            if type(x58) is int or (type(x58) is float and x58.is_integer()):
                if not x58 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x58,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x58, ("integer",), "/$defs/ttl/type", "type")
                )
        x59 = v.get("outputType", _MISSING)
        if x59 is not _MISSING:
            if type(x59) is str:
                if not x59 in _ENUM15:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x59,
                            _ENUMLIST16,
                            "/$defs/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x59,
                        ("string",),
                        "/$defs/outputType/type",
                        "type",
                    )
                )
        x60 = v.get("outputFormat", _MISSING)
        if x60 is not _MISSING:
            if type(x60) is str:
                if not x60 in _ENUM17:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x60,
                            _ENUMLIST18,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x60,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x61 = v.get("outputQuality", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is int or (type(x61) is float and x61.is_integer()):
                if not x61 >= 20:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x61,
                            "minimum",
                            20,
                            {"minimum": 20, "maximum": 99},
                            "/$defs/outputQuality/minimum",
                            "minimum",
                        )
                    )
                if not x61 <= 99:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("outputQuality",),
                            x61,
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
                        x61,
                        ("integer",),
                        "/$defs/outputQuality/type",
                        "type",
                    )
                )
        x62 = v.get("deliveryMethod", _MISSING)
        if x62 is not _MISSING:
            if type(x62) is str:
                if (((x62 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x62,
                            int((((x62 == "async")))),
                            _ALTS19,
                            "/$defs/deliveryMethod/oneOf",
                            "oneOf",
                            "oneOf",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("deliveryMethod",),
                        x62,
                        ("string",),
                        "/$defs/deliveryMethod/type",
                        "type",
                    )
                )
        x63 = v.get("safety", _MISSING)
        if x63 is not _MISSING:
            if type(x63) is dict:
                x64 = x63.get("checkContent", _MISSING)
                if x64 is not _MISSING:
                    if type(x64) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("safety", "checkContent"),
                                x64,
                                ("boolean",),
                                "/$defs/safetyCheckContent/type",
                                "type",
                            )
                        )
                x65 = x63.get("mode", _MISSING)
                if x65 is not _MISSING:
                    if type(x65) is str:
                        if (((x65 == "fast")) + ((x65 == "full"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("safety", "mode"),
                                    x65,
                                    int((((x65 == "fast")) + ((x65 == "full")))),
                                    _ALTS20,
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
                                x65,
                                ("string",),
                                "/properties/safety/properties/mode/type",
                                "type",
                            )
                        )
                if not _KNOWN21.issuperset(x63):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("safety",),
                            x63,
                            _KNOWN21,
                            _KNOWNLIST22,
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("safety",), x63, ("object",), "/properties/safety/type", "type"
                    )
                )
        if not _KNOWN23.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN23, _KNOWNLIST24, "/additionalProperties", "additionalProperties"
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
            errs.append(
                deferred(
                    forbidden,
                    (),
                    v,
                    "/allOf/2/not",
                    "exclusive-inputs-frameimages-inputs-referenceimages-inputs-referencevideos",
                )
            )
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
            matched74 = 0
            if type(v) is dict:
                c72 = v.get("width", _MISSING)
                c73 = v.get("height", _MISSING)
                if type(c72) in (int, float) and type(c73) in (int, float):
                    matched74 = _ROWS25.get((c72, c73), 0)
                else:
                    matched74 = count_rows(v, ("width", "height"), _ROWTUPLES26)
            if type(v) is dict:
                if matched74 != 1:
                    errs.append(
                        deferred(
                            bad_combination,
                            (),
                            v,
                            ("width", "height"),
                            _TABLE27,
                            _LABELS28,
                            matched74,
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
                x75 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/6/then/required", "required"))
            else:
                if type(x75) is dict:
                    if "referenceImages" not in x75:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "referenceImages",
                                "/allOf/6/then/properties/inputs/required",
                                "required",
                            )
                        )
                    if "referenceVideos" not in x75:
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
                x76 = v["providerSettings"]
            except KeyError:
                errs.append(
                    deferred(missing, (), "providerSettings", "/allOf/6/then/required", "required")
                )
            else:
                if type(x76) is dict:
                    x77 = x76.get("klingai", _MISSING)
                    if x77 is not _MISSING:
                        if type(x77) is dict:
                            if "characterOrientation" not in x77:
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
                x78 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/7/then/required", "required"))
            else:
                if type(x78) is dict:
                    if "referenceVideos" not in x78:
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
        return _b79(payload)
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
            x122 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x122) is str:
                if not x122 == "videoInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x122,
                            _CONST14,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x122,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x123 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x123) is str:
                if not is_uuid(x123):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x123,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x123, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x124 = v.get("cost", _MISSING)
        if x124 is not _MISSING:
            if type(x124) is int or (type(x124) is float and x124 - x124 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x124, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x125 = v["videoUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "videoUUID", "/required", "required"))
        else:
            if type(x125) is str:
                if not is_uuid(x125):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoUUID",),
                            x125,
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
                        x125,
                        ("string",),
                        "/$defs/videoUUID/type",
                        "type",
                    )
                )
        x126 = v.get("videoURL", _MISSING)
        if x126 is not _MISSING:
            if type(x126) is str:
                if not (_uri_common(x126) is not None or is_uri(x126)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoURL",),
                            x126,
                            "uri",
                            "/$defs/videoURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("videoURL",), x126, ("string",), "/$defs/videoURL/type", "type"
                    )
                )
        x127 = v.get("videoBase64Data", _MISSING)
        if x127 is not _MISSING:
            if type(x127) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("videoBase64Data",),
                        x127,
                        ("string",),
                        "/$defs/videoBase64Data/type",
                        "type",
                    )
                )
        x128 = v.get("videoDataURI", _MISSING)
        if x128 is not _MISSING:
            if type(x128) is str:
                if not (_uri_common(x128) is not None or is_uri(x128)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("videoDataURI",),
                            x128,
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
                        x128,
                        ("string",),
                        "/$defs/videoDataURI/type",
                        "type",
                    )
                )
        x129 = v.get("seed", _MISSING)
        if x129 is not _MISSING:
            if type(x129) is int or (type(x129) is float and x129.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x129, ("integer",), "/$defs/seed/type", "type")
                )
        x130 = v.get("NSFWContent", _MISSING)
        if x130 is not _MISSING:
            if type(x130) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("NSFWContent",),
                        x130,
                        ("boolean",),
                        "/$defs/NSFWContent/type",
                        "type",
                    )
                )
        if not _KNOWN29.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN29, _KNOWNLIST30, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
