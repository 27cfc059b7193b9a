"""Validators for Tripo 3D v3.1 (tripo:v3.1@0), generated from spec/models/tripo-v3-1.yaml.

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
    forbidden,
    missing,
    not_const,
    not_in_enum,
    not_one_of,
    out_of_range,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "tripo:v3.1@0"
_ENUM1 = frozenset({"FBX", "GLB"})
_ENUMLIST2 = ["GLB", "FBX"]
_PATTERN3 = re.compile("^data:image/[A-Za-z]+;base64,[\\+/-9=A-Za-z]+\\Z").search
_PATTERN4 = re.compile("^[\\+/-9=A-Za-z]+\\Z").search
_ALTS5 = ["alternative 1", "alternative 2", "alternative 3", "alternative 4"]
_KNOWN6 = frozenset({"images"})
_KNOWNLIST7 = ["images"]
_ALTS8 = ["alternative 1", "alternative 2"]
_KNOWN9 = frozenset(
    {
        "autoSize",
        "compress",
        "exportUv",
        "faceLimit",
        "generateParts",
        "geometryQuality",
        "imageAutoFix",
        "orientation",
        "pbr",
        "quad",
        "smartLowPoly",
        "texture",
        "textureAlignment",
        "textureQuality",
        "textureSeed",
    }
)
_KNOWNLIST10 = [
    "autoSize",
    "compress",
    "exportUv",
    "faceLimit",
    "generateParts",
    "geometryQuality",
    "imageAutoFix",
    "orientation",
    "pbr",
    "quad",
    "smartLowPoly",
    "texture",
    "textureAlignment",
    "textureQuality",
    "textureSeed",
]
_CONST11 = "3dInference"
_ENUM12 = frozenset({"URL"})
_ENUMLIST13 = ["URL"]
_KNOWN14 = frozenset(
    {
        "deliveryMethod",
        "includeCost",
        "inputs",
        "model",
        "negativePrompt",
        "numberResults",
        "outputFormat",
        "outputType",
        "positivePrompt",
        "seed",
        "settings",
        "taskType",
        "taskUUID",
        "ttl",
        "uploadEndpoint",
        "webhookURL",
    }
)
_KNOWNLIST15 = [
    "deliveryMethod",
    "includeCost",
    "inputs",
    "model",
    "negativePrompt",
    "numberResults",
    "outputFormat",
    "outputType",
    "positivePrompt",
    "seed",
    "settings",
    "taskType",
    "taskUUID",
    "ttl",
    "uploadEndpoint",
    "webhookURL",
]
_CONST16 = True
_CONST17 = "FBX"
_CONST18 = "GLB"
_KNOWN19 = frozenset({"url", "uuid"})
_KNOWNLIST20 = ["url", "uuid"]
_KNOWN21 = frozenset({"files"})
_KNOWNLIST22 = ["files"]
_KNOWN23 = frozenset({"cost", "outputs", "seed", "taskType", "taskUUID"})
_KNOWNLIST24 = ["cost", "outputs", "seed", "taskType", "taskUUID"]


def _b54(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN14.issuperset(v):
            return False
        x55 = v["model"]
        if type(x55) is not str or x55 != "tripo:v3.1@0":
            return False
        x56 = v.get("outputFormat", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is not str or x56 not in _ENUM1:
                return False
        x57 = v.get("inputs", _MISSING)
        if x57 is not _MISSING:
            if type(x57) is not dict:
                return False
            x58 = x57.get("images", _MISSING)
            if x58 is not _MISSING:
                if type(x58) is not list:
                    return False
                if not 1 <= len(x58) <= 4:
                    return False
                for x59 in x58:
                    if type(x59) is not str:
                        return False
                    if not (
                        ((is_uuid(x59)))
                        or (((_uri_common(x59) is not None or is_uri(x59))))
                        or ((_PATTERN3(x59) is not None))
                        or ((_PATTERN4(x59) is not None))
                    ):
                        return False
            if len(x57) != 0 + (x58 is not _MISSING):
                return False
        x60 = v.get("positivePrompt", _MISSING)
        if x60 is not _MISSING:
            if type(x60) is not str or len(x60) > 1024:
                return False
        x61 = v.get("negativePrompt", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is not str or len(x61) > 255:
                return False
        x62 = v.get("seed", _MISSING)
        if x62 is not _MISSING:
            if (
                not ((type(x62) is int or (type(x62) is float and x62.is_integer())))
                or not 1 <= x62 <= 20240919
            ):
                return False
        x63 = v.get("settings", _MISSING)
        if x63 is not _MISSING:
            if type(x63) is not dict:
                return False
            if not _KNOWN9.issuperset(x63):
                return False
            x64 = x63.get("autoSize", _MISSING)
            if x64 is not _MISSING:
                if type(x64) is not bool:
                    return False
            x65 = x63.get("compress", _MISSING)
            if x65 is not _MISSING:
                if type(x65) is not str:
                    return False
                if ((x65 == "geometry")) + ((x65 == "meshopt")) != 1:
                    return False
            x66 = x63.get("exportUv", _MISSING)
            if x66 is not _MISSING:
                if type(x66) is not bool:
                    return False
            x67 = x63.get("faceLimit", _MISSING)
            if x67 is not _MISSING:
                if (
                    not ((type(x67) is int or (type(x67) is float and x67.is_integer())))
                    or not 500 <= x67 <= 20000
                ):
                    return False
            x68 = x63.get("generateParts", _MISSING)
            if x68 is not _MISSING:
                if type(x68) is not bool:
                    return False
            x69 = x63.get("geometryQuality", _MISSING)
            if x69 is not _MISSING:
                if type(x69) is not str:
                    return False
                if ((x69 == "standard")) + ((x69 == "detailed")) != 1:
                    return False
            x70 = x63.get("imageAutoFix", _MISSING)
            if x70 is not _MISSING:
                if type(x70) is not bool:
                    return False
            x71 = x63.get("orientation", _MISSING)
            if x71 is not _MISSING:
                if type(x71) is not str:
                    return False
                if ((x71 == "default")) + ((x71 == "align_image")) != 1:
                    return False
            x72 = x63.get("pbr", _MISSING)
            if x72 is not _MISSING:
                if type(x72) is not bool:
                    return False
            x73 = x63.get("quad", _MISSING)
            if x73 is not _MISSING:
                if type(x73) is not bool:
                    return False
            x74 = x63.get("smartLowPoly", _MISSING)
            if x74 is not _MISSING:
                if type(x74) is not bool:
                    return False
            x75 = x63.get("texture", _MISSING)
            if x75 is not _MISSING:
                if type(x75) is not bool:
                    return False
            x76 = x63.get("textureAlignment", _MISSING)
            if x76 is not _MISSING:
                if type(x76) is not str:
                    return False
                if ((x76 == "original_image")) + ((x76 == "geometry")) != 1:
                    return False
            x77 = x63.get("textureQuality", _MISSING)
            if x77 is not _MISSING:
                if type(x77) is not str:
                    return False
                if ((x77 == "standard")) + ((x77 == "detailed")) != 1:
                    return False
            x78 = x63.get("textureSeed", _MISSING)
            if x78 is not _MISSING:
                if (
                    not ((type(x78) is int or (type(x78) is float and x78.is_integer())))
                    or not 0 <= x78 <= 20240919
                ):
                    return False
        x79 = v["taskType"]
        if type(x79) is not str or x79 != "3dInference":
            return False
        x80 = v["taskUUID"]
        if type(x80) is not str or not is_uuid(x80):
            return False
        x81 = v.get("webhookURL", _MISSING)
        if x81 is not _MISSING:
            if type(x81) is not str or not (_uri_common(x81) is not None or is_uri(x81)):
                return False
        x82 = v.get("includeCost", _MISSING)
        if x82 is not _MISSING:
            if type(x82) is not bool:
                return False
        x83 = v.get("numberResults", _MISSING)
        if x83 is not _MISSING:
            if (
                not ((type(x83) is int or (type(x83) is float and x83.is_integer())))
                or not 1 <= x83 <= 4
            ):
                return False
        x84 = v.get("uploadEndpoint", _MISSING)
        if x84 is not _MISSING:
            if type(x84) is not str or not (_uri_common(x84) is not None or is_uri(x84)):
                return False
        x85 = v.get("ttl", _MISSING)
        if x85 is not _MISSING:
            if (
                not ((type(x85) is int or (type(x85) is float and x85.is_integer())))
                or not 60 <= x85
            ):
                return False
        x86 = v.get("outputType", _MISSING)
        if x86 is not _MISSING:
            if type(x86) is not str or x86 not in _ENUM12:
                return False
        x87 = v.get("deliveryMethod", _MISSING)
        if x87 is not _MISSING:
            if type(x87) is not str:
                return False
            if ((x87 == "sync")) + ((x87 == "async")) != 1:
                return False
        if ("negativePrompt" in v) and (
            "inputs" in v
            and (
                "inputs" not in v or ((not type(v["inputs"]) is dict or ("images" in v["inputs"])))
            )
        ):
            return False
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "generateParts" in v["settings"]
                        and (
                            "generateParts" not in v["settings"]
                            or (v["settings"]["generateParts"] is True)
                        )
                    )
                )
            )
        ):
            if (
                (
                    (
                        "settings" not in v
                        or (
                            (
                                not type(v["settings"]) is dict
                                or (
                                    "texture" in v["settings"]
                                    and (
                                        "texture" not in v["settings"]
                                        or (v["settings"]["texture"] is True)
                                    )
                                )
                            )
                        )
                    )
                )
                or (
                    (
                        "settings" not in v
                        or (
                            (
                                not type(v["settings"]) is dict
                                or (
                                    "pbr" in v["settings"]
                                    and (
                                        "pbr" not in v["settings"] or (v["settings"]["pbr"] is True)
                                    )
                                )
                            )
                        )
                    )
                )
                or (
                    (
                        "settings" not in v
                        or (
                            (
                                not type(v["settings"]) is dict
                                or (
                                    "quad" in v["settings"]
                                    and (
                                        "quad" not in v["settings"]
                                        or (v["settings"]["quad"] is True)
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                return False
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "pbr" in v["settings"]
                        and ("pbr" not in v["settings"] or (v["settings"]["pbr"] is True))
                    )
                )
            )
        ):
            x88 = v.get("settings", _MISSING)
            if x88 is not _MISSING:
                if type(x88) is dict:
                    x89 = x88.get("texture", _MISSING)
                    if x89 is not _MISSING:
                        if x89 is not True:
                            return False
        if "settings" in v and (
            "settings" not in v
            or ((not type(v["settings"]) is dict or ("imageAutoFix" in v["settings"])))
        ):
            x90 = v["inputs"]
            if type(x90) is dict:
                if "images" not in x90:
                    return False
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "orientation" in v["settings"]
                        and (
                            "orientation" not in v["settings"]
                            or (
                                (
                                    type(v["settings"]["orientation"]) is str
                                    and v["settings"]["orientation"] == "align_image"
                                )
                            )
                        )
                    )
                )
            )
        ):
            x91 = v["inputs"]
            if type(x91) is dict:
                if "images" not in x91:
                    return False
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "quad" in v["settings"]
                        and ("quad" not in v["settings"] or (v["settings"]["quad"] is True))
                    )
                )
            )
        ):
            x92 = v.get("outputFormat", _MISSING)
            if x92 is not _MISSING:
                if not (type(x92) is str and x92 == "FBX"):
                    return False
        else:
            x93 = v.get("outputFormat", _MISSING)
            if x93 is not _MISSING:
                if not (type(x93) is str and x93 == "GLB"):
                    return False
        if (("positivePrompt" in v)) + (
            (
                "inputs" in v
                and (
                    "inputs" not in v
                    or (
                        (
                            not type(v["inputs"]) is dict
                            or (
                                "images" in v["inputs"]
                                and (
                                    "images" not in v["inputs"]
                                    or (
                                        (
                                            not type(v["inputs"]["images"]) is list
                                            or (len(v["inputs"]["images"]) >= 1)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        ) != 1:
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
                if not x1 == "tripo:v3.1@0":
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
        x2 = v.get("outputFormat", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is str:
                if not x2 in _ENUM1:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x2,
                            _ENUMLIST2,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x2,
                        ("string",),
                        "/properties/outputFormat/type",
                        "type",
                    )
                )
        x3 = v.get("inputs", _MISSING)
        if x3 is not _MISSING:
            if type(x3) is dict:
                x4 = x3.get("images", _MISSING)
                if x4 is not _MISSING:
                    if type(x4) is list:
                        n5 = len(x4)
                        if n5 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "images"),
                                    x4,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 4},
                                    "/properties/inputs/properties/images/minItems",
                                    "minItems",
                                )
                            )
                        if n5 > 4:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("inputs", "images"),
                                    x4,
                                    "maxItems",
                                    4,
                                    {"minItems": 1, "maxItems": 4},
                                    "/properties/inputs/properties/images/maxItems",
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
                                    or ((_PATTERN3(x7) is not None))
                                    or ((_PATTERN4(x7) is not None))
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
                                        or ((_PATTERN3(x7) is not None))
                                        or ((_PATTERN4(x7) is not None))
                                    ):
                                        errs.append(
                                            deferred(
                                                not_one_of,
                                                ("inputs", "images", i6),
                                                x7,
                                                0,
                                                _ALTS5,
                                                "/$defs/imageInput/anyOf",
                                                "anyOf",
                                                "anyOf",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("inputs", "images", i6),
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
                                ("inputs", "images"),
                                x4,
                                ("array",),
                                "/properties/inputs/properties/images/type",
                                "type",
                            )
                        )
                if not _KNOWN6.issuperset(x3):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x3,
                            _KNOWN6,
                            _KNOWNLIST7,
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("inputs",), x3, ("object",), "/properties/inputs/type", "type"
                    )
                )
        x12 = v.get("positivePrompt", _MISSING)
        if x12 is not _MISSING:
            if type(x12) is str:
                n13 = len(x12)
                if n13 > 1024:
                    errs.append(
                        deferred(
                            bad_size,
                            ("positivePrompt",),
                            x12,
                            "maxLength",
                            1024,
                            {"maxLength": 1024},
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
        x14 = v.get("negativePrompt", _MISSING)
        if x14 is not _MISSING:
            if type(x14) is str:
                n15 = len(x14)
                if n15 > 255:
                    errs.append(
                        deferred(
                            bad_size,
                            ("negativePrompt",),
                            x14,
                            "maxLength",
                            255,
                            {"maxLength": 255},
                            "/properties/negativePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("negativePrompt",),
                        x14,
                        ("string",),
                        "/properties/negativePrompt/type",
                        "type",
                    )
                )
        x16 = v.get("seed", _MISSING)
        if x16 is not _MISSING:
            if type(x16) is int or (type(x16) is float and x16.is_integer()):
                if not x16 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x16,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 20240919},
                            "/properties/seed/minimum",
                            "minimum",
                        )
                    )
                if not x16 <= 20240919:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("seed",),
                            x16,
                            "maximum",
                            20240919,
                            {"minimum": 1, "maximum": 20240919},
                            "/properties/seed/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("seed",), x16, ("integer",), "/properties/seed/type", "type"
                    )
                )
        x17 = v.get("settings", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is dict:
                x18 = x17.get("autoSize", _MISSING)
                if x18 is not _MISSING:
                    if type(x18) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "autoSize"),
                                x18,
                                ("boolean",),
                                "/properties/settings/properties/autoSize/type",
                                "type",
                            )
                        )
                x19 = x17.get("compress", _MISSING)
                if x19 is not _MISSING:
                    if type(x19) is str:
                        if (((x19 == "geometry")) + ((x19 == "meshopt"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "compress"),
                                    x19,
                                    int((((x19 == "geometry")) + ((x19 == "meshopt")))),
                                    _ALTS8,
                                    "/properties/settings/properties/compress/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "compress"),
                                x19,
                                ("string",),
                                "/properties/settings/properties/compress/type",
                                "type",
                            )
                        )
                x20 = x17.get("exportUv", _MISSING)
                if x20 is not _MISSING:
                    if type(x20) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "exportUv"),
                                x20,
                                ("boolean",),
                                "/properties/settings/properties/exportUv/type",
                                "type",
                            )
                        )
                x21 = x17.get("faceLimit", _MISSING)
                if x21 is not _MISSING:
                    if type(x21) is int or (type(x21) is float and x21.is_integer()):
                        if not x21 >= 500:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("settings", "faceLimit"),
                                    x21,
                                    "minimum",
                                    500,
                                    {"minimum": 500, "maximum": 20000},
                                    "/properties/settings/properties/faceLimit/minimum",
                                    "minimum",
                                )
                            )
                        if not x21 <= 20000:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("settings", "faceLimit"),
                                    x21,
                                    "maximum",
                                    20000,
                                    {"minimum": 500, "maximum": 20000},
                                    "/properties/settings/properties/faceLimit/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "faceLimit"),
                                x21,
                                ("integer",),
                                "/properties/settings/properties/faceLimit/type",
                                "type",
                            )
                        )
                x22 = x17.get("generateParts", _MISSING)
                if x22 is not _MISSING:
                    if type(x22) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "generateParts"),
                                x22,
                                ("boolean",),
                                "/properties/settings/properties/generateParts/type",
                                "type",
                            )
                        )
                x23 = x17.get("geometryQuality", _MISSING)
                if x23 is not _MISSING:
                    if type(x23) is str:
                        if (((x23 == "standard")) + ((x23 == "detailed"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "geometryQuality"),
                                    x23,
                                    int((((x23 == "standard")) + ((x23 == "detailed")))),
                                    _ALTS8,
                                    "/properties/settings/properties/geometryQuality/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "geometryQuality"),
                                x23,
                                ("string",),
                                "/properties/settings/properties/geometryQuality/type",
                                "type",
                            )
                        )
                x24 = x17.get("imageAutoFix", _MISSING)
                if x24 is not _MISSING:
                    if type(x24) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "imageAutoFix"),
                                x24,
                                ("boolean",),
                                "/properties/settings/properties/imageAutoFix/type",
                                "type",
                            )
                        )
                x25 = x17.get("orientation", _MISSING)
                if x25 is not _MISSING:
                    if type(x25) is str:
                        if (((x25 == "default")) + ((x25 == "align_image"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "orientation"),
                                    x25,
                                    int((((x25 == "default")) + ((x25 == "align_image")))),
                                    _ALTS8,
                                    "/properties/settings/properties/orientation/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "orientation"),
                                x25,
                                ("string",),
                                "/properties/settings/properties/orientation/type",
                                "type",
                            )
                        )
                x26 = x17.get("pbr", _MISSING)
                if x26 is not _MISSING:
                    if type(x26) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "pbr"),
                                x26,
                                ("boolean",),
                                "/properties/settings/properties/pbr/type",
                                "type",
                            )
                        )
                x27 = x17.get("quad", _MISSING)
                if x27 is not _MISSING:
                    if type(x27) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "quad"),
                                x27,
                                ("boolean",),
                                "/properties/settings/properties/quad/type",
                                "type",
                            )
                        )
                x28 = x17.get("smartLowPoly", _MISSING)
                if x28 is not _MISSING:
                    if type(x28) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "smartLowPoly"),
                                x28,
                                ("boolean",),
                                "/properties/settings/properties/smartLowPoly/type",
                                "type",
                            )
                        )
                x29 = x17.get("texture", _MISSING)
                if x29 is not _MISSING:
                    if type(x29) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "texture"),
                                x29,
                                ("boolean",),
                                "/properties/settings/properties/texture/type",
                                "type",
                            )
                        )
                x30 = x17.get("textureAlignment", _MISSING)
                if x30 is not _MISSING:
                    if type(x30) is str:
                        if (((x30 == "original_image")) + ((x30 == "geometry"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "textureAlignment"),
                                    x30,
                                    int((((x30 == "original_image")) + ((x30 == "geometry")))),
                                    _ALTS8,
                                    "/properties/settings/properties/textureAlignment/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "textureAlignment"),
                                x30,
                                ("string",),
                                "/properties/settings/properties/textureAlignment/type",
                                "type",
                            )
                        )
                x31 = x17.get("textureQuality", _MISSING)
                if x31 is not _MISSING:
                    if type(x31) is str:
                        if (((x31 == "standard")) + ((x31 == "detailed"))) != 1:
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("settings", "textureQuality"),
                                    x31,
                                    int((((x31 == "standard")) + ((x31 == "detailed")))),
                                    _ALTS8,
                                    "/properties/settings/properties/textureQuality/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "textureQuality"),
                                x31,
                                ("string",),
                                "/properties/settings/properties/textureQuality/type",
                                "type",
                            )
                        )
                x32 = x17.get("textureSeed", _MISSING)
                if x32 is not _MISSING:
                    if type(x32) is int or (type(x32) is float and x32.is_integer()):
                        if not x32 >= 0:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("settings", "textureSeed"),
                                    x32,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 20240919},
                                    "/properties/settings/properties/textureSeed/minimum",
                                    "minimum",
                                )
                            )
                        if not x32 <= 20240919:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("settings", "textureSeed"),
                                    x32,
                                    "maximum",
                                    20240919,
                                    {"minimum": 0, "maximum": 20240919},
                                    "/properties/settings/properties/textureSeed/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "textureSeed"),
                                x32,
                                ("integer",),
                                "/properties/settings/properties/textureSeed/type",
                                "type",
                            )
                        )
                if not _KNOWN9.issuperset(x17):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("settings",),
                            x17,
                            _KNOWN9,
                            _KNOWNLIST10,
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("settings",),
                        x17,
                        ("object",),
                        "/properties/settings/type",
                        "type",
                    )
                )
        try:
            x36 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x36) is str:
                if not x36 == "3dInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x36,
                            _CONST11,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x36,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x37 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x37) is str:
                if not is_uuid(x37):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x37,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x37, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x38 = v.get("webhookURL", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is str:
                if not (_uri_common(x38) is not None or is_uri(x38)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x38,
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
                        x38,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
                )
        x39 = v.get("includeCost", _MISSING)
        if x39 is not _MISSING:
            if type(x39) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x39,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x40 = v.get("numberResults", _MISSING)
        if x40 is not _MISSING:
            if type(x40) is int or (type(x40) is float and x40.is_integer()):
                if not x40 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x40,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x40 <= 4:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x40,
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
                        x40,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x41 = v.get("uploadEndpoint", _MISSING)
        if x41 is not _MISSING:
            if type(x41) is str:
                if not (_uri_common(x41) is not None or is_uri(x41)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x41,
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
                        x41,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
                    )
                )
        x42 = v.get("ttl", _MISSING)
        if x42 is not _MISSING:
            if type(x42) is int or (type(x42) is float and x42.is_integer()):
                if not x42 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x42,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x42, ("integer",), "/$defs/ttl/type", "type")
                )
        x43 = v.get("outputType", _MISSING)
        if x43 is not _MISSING:
            if type(x43) is str:
                if not x43 in _ENUM12:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x43,
                            _ENUMLIST13,
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputType",),
                        x43,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x44 = v.get("deliveryMethod", _MISSING)
        if x44 is not _MISSING:
            if type(x44) is str:
                if (((x44 == "sync")) + ((x44 == "async"))) != 1:
                    errs.append(
                        deferred(
                            not_one_of,
                            ("deliveryMethod",),
                            x44,
                            int((((x44 == "sync")) + ((x44 == "async")))),
                            _ALTS8,
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
                        x44,
                        ("string",),
                        "/$defs/deliverySyncOrAsync/type",
                        "type",
                    )
                )
        if not _KNOWN14.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN14, _KNOWNLIST15, "/additionalProperties", "additionalProperties"
                )
            )
        if ("negativePrompt" in v) and (
            "inputs" in v
            and (
                "inputs" not in v or ((not type(v["inputs"]) is dict or ("images" in v["inputs"])))
            )
        ):
            errs.append(
                deferred(forbidden, (), v, "/allOf/0/not", "negative-prompt-without-images")
            )
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "generateParts" in v["settings"]
                        and (
                            "generateParts" not in v["settings"]
                            or (v["settings"]["generateParts"] is True)
                        )
                    )
                )
            )
        ):
            if (
                (
                    (
                        "settings" not in v
                        or (
                            (
                                not type(v["settings"]) is dict
                                or (
                                    "texture" in v["settings"]
                                    and (
                                        "texture" not in v["settings"]
                                        or (v["settings"]["texture"] is True)
                                    )
                                )
                            )
                        )
                    )
                )
                or (
                    (
                        "settings" not in v
                        or (
                            (
                                not type(v["settings"]) is dict
                                or (
                                    "pbr" in v["settings"]
                                    and (
                                        "pbr" not in v["settings"] or (v["settings"]["pbr"] is True)
                                    )
                                )
                            )
                        )
                    )
                )
                or (
                    (
                        "settings" not in v
                        or (
                            (
                                not type(v["settings"]) is dict
                                or (
                                    "quad" in v["settings"]
                                    and (
                                        "quad" not in v["settings"]
                                        or (v["settings"]["quad"] is True)
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                errs.append(deferred(forbidden, (), v, "/allOf/1/then/not", "not"))
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "pbr" in v["settings"]
                        and ("pbr" not in v["settings"] or (v["settings"]["pbr"] is True))
                    )
                )
            )
        ):
            x48 = v.get("settings", _MISSING)
            if x48 is not _MISSING:
                if type(x48) is dict:
                    x49 = x48.get("texture", _MISSING)
                    if x49 is not _MISSING:
                        if not x49 is True:
                            errs.append(
                                deferred(
                                    not_const,
                                    ("settings", "texture"),
                                    x49,
                                    _CONST16,
                                    "/allOf/2/then/properties/settings/properties/texture/const",
                                    "const",
                                )
                            )
        if "settings" in v and (
            "settings" not in v
            or ((not type(v["settings"]) is dict or ("imageAutoFix" in v["settings"])))
        ):
            try:
                x50 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/3/then/required", "required"))
            else:
                if type(x50) is dict:
                    if "images" not in x50:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "images",
                                "/allOf/3/then/properties/inputs/required",
                                "required",
                            )
                        )
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "orientation" in v["settings"]
                        and (
                            "orientation" not in v["settings"]
                            or (
                                (
                                    type(v["settings"]["orientation"]) is str
                                    and v["settings"]["orientation"] == "align_image"
                                )
                            )
                        )
                    )
                )
            )
        ):
            try:
                x51 = v["inputs"]
            except KeyError:
                errs.append(deferred(missing, (), "inputs", "/allOf/4/then/required", "required"))
            else:
                if type(x51) is dict:
                    if "images" not in x51:
                        errs.append(
                            deferred(
                                missing,
                                ("inputs",),
                                "images",
                                "/allOf/4/then/properties/inputs/required",
                                "required",
                            )
                        )
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "quad" in v["settings"]
                        and ("quad" not in v["settings"] or (v["settings"]["quad"] is True))
                    )
                )
            )
        ):
            x52 = v.get("outputFormat", _MISSING)
            if x52 is not _MISSING:
                if not (type(x52) is str and x52 == "FBX"):
                    errs.append(
                        deferred(
                            not_const,
                            ("outputFormat",),
                            x52,
                            _CONST17,
                            "/allOf/5/then/properties/outputFormat/const",
                            "const",
                        )
                    )
        if not (
            (
                "settings" in v
                and (
                    "settings" not in v
                    or (
                        (
                            not type(v["settings"]) is dict
                            or (
                                "quad" in v["settings"]
                                and ("quad" not in v["settings"] or (v["settings"]["quad"] is True))
                            )
                        )
                    )
                )
            )
        ):
            x53 = v.get("outputFormat", _MISSING)
            if x53 is not _MISSING:
                if not (type(x53) is str and x53 == "GLB"):
                    errs.append(
                        deferred(
                            not_const,
                            ("outputFormat",),
                            x53,
                            _CONST18,
                            "/allOf/5/else/properties/outputFormat/const",
                            "const",
                        )
                    )
        if (
            (("positivePrompt" in v))
            + (
                (
                    "inputs" in v
                    and (
                        "inputs" not in v
                        or (
                            (
                                not type(v["inputs"]) is dict
                                or (
                                    "images" in v["inputs"]
                                    and (
                                        "images" not in v["inputs"]
                                        or (
                                            (
                                                not type(v["inputs"]["images"]) is list
                                                or (len(v["inputs"]["images"]) >= 1)
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        ) != 1:
            errs.append(
                deferred(
                    not_one_of,
                    (),
                    v,
                    int(
                        (
                            (("positivePrompt" in v))
                            + (
                                (
                                    "inputs" in v
                                    and (
                                        "inputs" not in v
                                        or (
                                            (
                                                not type(v["inputs"]) is dict
                                                or (
                                                    "images" in v["inputs"]
                                                    and (
                                                        "images" not in v["inputs"]
                                                        or (
                                                            (
                                                                not type(v["inputs"]["images"])
                                                                is list
                                                                or (len(v["inputs"]["images"]) >= 1)
                                                            )
                                                        )
                                                    )
                                                )
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    ),
                    _ALTS8,
                    "/allOf/6/oneOf",
                    "prompt-or-images",
                    "oneOf",
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b54(payload)
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
            x94 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x94) is str:
                if not x94 == "3dInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x94,
                            _CONST11,
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("taskType",),
                        x94,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x95 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x95) is str:
                if not is_uuid(x95):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x95,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x95, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x96 = v.get("cost", _MISSING)
        if x96 is not _MISSING:
            if type(x96) is int or (type(x96) is float and x96 - x96 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x96, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x97 = v["outputs"]
        except KeyError:
            errs.append(deferred(missing, (), "outputs", "/required", "required"))
        else:
            if type(x97) is dict:
                try:
                    x98 = x97["files"]
                except KeyError:
                    errs.append(
                        deferred(
                            missing, ("outputs",), "files", "/$defs/outputs/required", "required"
                        )
                    )
                else:
                    if type(x98) is list:
                        n99 = len(x98)
                        if n99 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("outputs", "files"),
                                    x98,
                                    "minItems",
                                    1,
                                    {"minItems": 1},
                                    "/$defs/outputs/properties/files/minItems",
                                    "minItems",
                                )
                            )
                        ok102 = True
                        try:
                            for x101 in x98:
                                if type(x101) is not dict:
                                    ok102 = False
                                    break
                                x103 = x101["uuid"]
                                if type(x103) is not str or not is_uuid(x103):
                                    ok102 = False
                                    break
                                x104 = x101["url"]
                                if type(x104) is not str or not (
                                    _uri_common(x104) is not None or is_uri(x104)
                                ):
                                    ok102 = False
                                    break
                                if len(x101) != 2:
                                    ok102 = False
                                    break
                        except (KeyError, RecursionError):
                            ok102 = False
                        if not ok102:
                            for i100 in range(0, len(x98)):
                                x101 = x98[i100]
                                if type(x101) is dict:
                                    try:
                                        x105 = x101["uuid"]
                                    except KeyError:
                                        errs.append(
                                            deferred(
                                                missing,
                                                ("outputs", "files", i100),
                                                "uuid",
                                                "/$defs/outputs/properties/files/items/required",
                                                "required",
                                            )
                                        )
                                    else:
                                        if type(x105) is str:
                                            if not is_uuid(x105):
                                                errs.append(
                                                    deferred(
                                                        bad_format,
                                                        ("outputs", "files", i100, "uuid"),
                                                        x105,
                                                        "uuid",
                                                        "/$defs/outputs/properties/files/items/properties/uuid/format",
                                                        "format",
                                                    )
                                                )
                                        else:
                                            errs.append(
                                                deferred(
                                                    wrong_type,
                                                    ("outputs", "files", i100, "uuid"),
                                                    x105,
                                                    ("string",),
                                                    "/$defs/outputs/properties/files/items/properties/uuid/type",
                                                    "type",
                                                )
                                            )
                                    try:
                                        x106 = x101["url"]
                                    except KeyError:
                                        errs.append(
                                            deferred(
                                                missing,
                                                ("outputs", "files", i100),
                                                "url",
                                                "/$defs/outputs/properties/files/items/required",
                                                "required",
                                            )
                                        )
                                    else:
                                        if type(x106) is str:
                                            if not (_uri_common(x106) is not None or is_uri(x106)):
                                                errs.append(
                                                    deferred(
                                                        bad_format,
                                                        ("outputs", "files", i100, "url"),
                                                        x106,
                                                        "uri",
                                                        "/$defs/outputs/properties/files/items/properties/url/format",
                                                        "format",
                                                    )
                                                )
                                        else:
                                            errs.append(
                                                deferred(
                                                    wrong_type,
                                                    ("outputs", "files", i100, "url"),
                                                    x106,
                                                    ("string",),
                                                    "/$defs/outputs/properties/files/items/properties/url/type",
                                                    "type",
                                                )
                                            )
                                    if not _KNOWN19.issuperset(x101):
                                        errs.extend(
                                            deferred_unexpected_keys(
                                                ("outputs", "files", i100),
                                                x101,
                                                _KNOWN19,
                                                _KNOWNLIST20,
                                                "/$defs/outputs/properties/files/items/additionalProperties",
                                                "additionalProperties",
                                            )
                                        )
                                else:
                                    errs.append(
                                        deferred(
                                            wrong_type,
                                            ("outputs", "files", i100),
                                            x101,
                                            ("object",),
                                            "/$defs/outputs/properties/files/items/type",
                                            "type",
                                        )
                                    )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("outputs", "files"),
                                x98,
                                ("array",),
                                "/$defs/outputs/properties/files/type",
                                "type",
                            )
                        )
                if not _KNOWN21.issuperset(x97):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("outputs",),
                            x97,
                            _KNOWN21,
                            _KNOWNLIST22,
                            "/$defs/outputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("outputs",), x97, ("object",), "/$defs/outputs/type", "type"
                    )
                )
        x113 = v.get("seed", _MISSING)
        if x113 is not _MISSING:
            if type(x113) is int or (type(x113) is float and x113.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x113, ("integer",), "/$defs/seed/type", "type")
                )
        if not _KNOWN23.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN23, _KNOWNLIST24, "/additionalProperties", "additionalProperties"
                )
            )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def check(payload: object) -> ValidationReport:
    """Errors and advisory warnings of a request payload, kept apart."""
    return ValidationReport(validate(payload), _advisories(payload))
