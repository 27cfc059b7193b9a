"""Validators for Tripo 3D v3.1 (tripo:v3.1@0), generated from spec/models/tripo-v3-1.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.formats import is_uri, is_uuid
from .._runtime.jsonvalues import json_equal
from .._runtime.messages import (
    bad_format,
    bad_size,
    forbidden,
    missing,
    no_pattern_match,
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


_ENUM0 = frozenset({"FBX", "GLB"})
_PATTERN1 = re.compile("^data:image\\/[a-zA-Z]+;base64,[a-zA-Z0-9+/=]+\\Z").search
_PATTERN2 = re.compile("^[a-zA-Z0-9+/=]+\\Z").search
_KNOWN3 = frozenset({"images"})
_KNOWN4 = frozenset(
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
_ENUM5 = frozenset({"URL"})
_KNOWN6 = frozenset(
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
_CONST7 = True
_KNOWN8 = frozenset({"url", "uuid"})
_KNOWN9 = frozenset({"files"})
_KNOWN10 = frozenset({"cost", "outputs", "seed", "taskType", "taskUUID"})


def _check_8(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uuid(v):
            errs.append(
                bad_format((*path,), v, "uuid", "/$defs/imageInput/anyOf/0/format", "format")
            )


def _check_9(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uri(v):
            errs.append(
                bad_format((*path,), v, "uri", "/$defs/imageInput/anyOf/1/format", "format")
            )


def _check_10(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if _PATTERN1(v) is None:
            errs.append(
                no_pattern_match(
                    (*path,),
                    v,
                    "^data:image\\/[a-zA-Z]+;base64,[a-zA-Z0-9+/=]+$",
                    "/$defs/imageInput/anyOf/2/pattern",
                    "pattern",
                )
            )


def _check_11(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if _PATTERN2(v) is None:
            errs.append(
                no_pattern_match(
                    (*path,), v, "^[a-zA-Z0-9+/=]+$", "/$defs/imageInput/anyOf/3/pattern", "pattern"
                )
            )


def _check_20(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "geometry":
        errs.append(
            not_const(
                (*path,),
                v,
                "geometry",
                "/properties/settings/properties/compress/oneOf/0/const",
                "const",
            )
        )


def _check_21(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "meshopt":
        errs.append(
            not_const(
                (*path,),
                v,
                "meshopt",
                "/properties/settings/properties/compress/oneOf/1/const",
                "const",
            )
        )


def _check_27(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "standard":
        errs.append(
            not_const(
                (*path,),
                v,
                "standard",
                "/properties/settings/properties/geometryQuality/oneOf/0/const",
                "const",
            )
        )


def _check_28(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "detailed":
        errs.append(
            not_const(
                (*path,),
                v,
                "detailed",
                "/properties/settings/properties/geometryQuality/oneOf/1/const",
                "const",
            )
        )


def _check_32(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "default":
        errs.append(
            not_const(
                (*path,),
                v,
                "default",
                "/properties/settings/properties/orientation/oneOf/0/const",
                "const",
            )
        )


def _check_33(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "align_image":
        errs.append(
            not_const(
                (*path,),
                v,
                "align_image",
                "/properties/settings/properties/orientation/oneOf/1/const",
                "const",
            )
        )


def _check_40(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "original_image":
        errs.append(
            not_const(
                (*path,),
                v,
                "original_image",
                "/properties/settings/properties/textureAlignment/oneOf/0/const",
                "const",
            )
        )


def _check_41(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "geometry":
        errs.append(
            not_const(
                (*path,),
                v,
                "geometry",
                "/properties/settings/properties/textureAlignment/oneOf/1/const",
                "const",
            )
        )


def _check_44(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "standard":
        errs.append(
            not_const(
                (*path,),
                v,
                "standard",
                "/properties/settings/properties/textureQuality/oneOf/0/const",
                "const",
            )
        )


def _check_45(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "detailed":
        errs.append(
            not_const(
                (*path,),
                v,
                "detailed",
                "/properties/settings/properties/textureQuality/oneOf/1/const",
                "const",
            )
        )


def _check_57(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "sync":
        errs.append(
            not_const((*path,), v, "sync", "/$defs/deliverySyncOrAsync/oneOf/0/const", "const")
        )


def _check_58(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "async":
        errs.append(
            not_const((*path,), v, "async", "/$defs/deliverySyncOrAsync/oneOf/1/const", "const")
        )


def _check_60(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "negativePrompt" not in v:
            errs.append(
                missing((*path,), "negativePrompt", "/allOf/0/not/allOf/0/required", "required")
            )
    if type(v) is dict:
        x61 = v.get("inputs", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is dict:
                if "images" not in x61:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "images",
                            "/allOf/0/not/allOf/1/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/0/not/allOf/1/required", "required"))


def _check_62(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x63 = v.get("settings", _MISSING)
        if x63 is not _MISSING:
            if type(x63) is dict:
                x64 = x63.get("generateParts", _MISSING)
                if x64 is not _MISSING:
                    if not json_equal(x64, _CONST7):
                        errs.append(
                            not_const(
                                (*path, "settings", "generateParts"),
                                x64,
                                True,
                                "/allOf/1/if/properties/settings/properties/generateParts/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "generateParts",
                            "/allOf/1/if/properties/settings/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "settings", "/allOf/1/if/required", "required"))


def _check_66(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x67 = v.get("settings", _MISSING)
        if x67 is not _MISSING:
            if type(x67) is dict:
                x68 = x67.get("texture", _MISSING)
                if x68 is not _MISSING:
                    if not json_equal(x68, _CONST7):
                        errs.append(
                            not_const(
                                (*path, "settings", "texture"),
                                x68,
                                True,
                                "/allOf/1/then/not/anyOf/0/properties/settings/properties/texture/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "texture",
                            "/allOf/1/then/not/anyOf/0/properties/settings/required",
                            "required",
                        )
                    )


def _check_69(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x70 = v.get("settings", _MISSING)
        if x70 is not _MISSING:
            if type(x70) is dict:
                x71 = x70.get("pbr", _MISSING)
                if x71 is not _MISSING:
                    if not json_equal(x71, _CONST7):
                        errs.append(
                            not_const(
                                (*path, "settings", "pbr"),
                                x71,
                                True,
                                "/allOf/1/then/not/anyOf/1/properties/settings/properties/pbr/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "pbr",
                            "/allOf/1/then/not/anyOf/1/properties/settings/required",
                            "required",
                        )
                    )


def _check_72(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x73 = v.get("settings", _MISSING)
        if x73 is not _MISSING:
            if type(x73) is dict:
                x74 = x73.get("quad", _MISSING)
                if x74 is not _MISSING:
                    if not json_equal(x74, _CONST7):
                        errs.append(
                            not_const(
                                (*path, "settings", "quad"),
                                x74,
                                True,
                                "/allOf/1/then/not/anyOf/2/properties/settings/properties/quad/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "quad",
                            "/allOf/1/then/not/anyOf/2/properties/settings/required",
                            "required",
                        )
                    )


def _check_65(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not (_ok(_check_66, v) or _ok(_check_69, v) or _ok(_check_72, v)):
        errs.append(
            not_one_of(
                (*path,),
                v,
                0,
                ["alternative 1", "alternative 2", "alternative 3"],
                "/allOf/1/then/not/anyOf",
                "anyOf",
                "anyOf",
            )
        )


def _check_75(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x76 = v.get("settings", _MISSING)
        if x76 is not _MISSING:
            if type(x76) is dict:
                x77 = x76.get("pbr", _MISSING)
                if x77 is not _MISSING:
                    if not json_equal(x77, _CONST7):
                        errs.append(
                            not_const(
                                (*path, "settings", "pbr"),
                                x77,
                                True,
                                "/allOf/2/if/properties/settings/properties/pbr/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "pbr",
                            "/allOf/2/if/properties/settings/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "settings", "/allOf/2/if/required", "required"))


def _check_80(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x81 = v.get("settings", _MISSING)
        if x81 is not _MISSING:
            if type(x81) is dict:
                if "imageAutoFix" not in x81:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "imageAutoFix",
                            "/allOf/3/if/properties/settings/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "settings", "/allOf/3/if/required", "required"))


def _check_83(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x84 = v.get("settings", _MISSING)
        if x84 is not _MISSING:
            if type(x84) is dict:
                x85 = x84.get("orientation", _MISSING)
                if x85 is not _MISSING:
                    if type(x85) is not str or x85 != "align_image":
                        errs.append(
                            not_const(
                                (*path, "settings", "orientation"),
                                x85,
                                "align_image",
                                "/allOf/4/if/properties/settings/properties/orientation/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "orientation",
                            "/allOf/4/if/properties/settings/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "settings", "/allOf/4/if/required", "required"))


def _check_87(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x88 = v.get("settings", _MISSING)
        if x88 is not _MISSING:
            if type(x88) is dict:
                x89 = x88.get("quad", _MISSING)
                if x89 is not _MISSING:
                    if not json_equal(x89, _CONST7):
                        errs.append(
                            not_const(
                                (*path, "settings", "quad"),
                                x89,
                                True,
                                "/allOf/5/if/properties/settings/properties/quad/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "quad",
                            "/allOf/5/if/properties/settings/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "settings", "/allOf/5/if/required", "required"))


def _check_92(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "positivePrompt" not in v:
            errs.append(
                missing((*path,), "positivePrompt", "/allOf/6/oneOf/0/required", "required")
            )


def _check_93(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x94 = v.get("inputs", _MISSING)
        if x94 is not _MISSING:
            if type(x94) is dict:
                x95 = x94.get("images", _MISSING)
                if x95 is not _MISSING:
                    if type(x95) is list:
                        n96 = len(x95)
                        if n96 < 1:
                            errs.append(
                                bad_size(
                                    (*path, "inputs", "images"),
                                    x95,
                                    "minItems",
                                    1,
                                    {"minItems": 1},
                                    "/allOf/6/oneOf/1/properties/inputs/properties/images/minItems",
                                    "minItems",
                                )
                            )
                else:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "images",
                            "/allOf/6/oneOf/1/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/6/oneOf/1/required", "required"))


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("model", _MISSING)
        if x1 is not _MISSING:
            if type(x1) is str:
                if x1 != "tripo:v3.1@0":
                    errs.append(
                        not_const(
                            ("model",), x1, "tripo:v3.1@0", "/properties/model/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("model",), x1, ("string",), "/properties/model/type", "type")
                )
        else:
            errs.append(missing((), "model", "/required", "required"))
        x2 = v.get("outputFormat", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is str:
                if x2 not in _ENUM0:
                    errs.append(
                        not_in_enum(
                            ("outputFormat",),
                            x2,
                            ["GLB", "FBX"],
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputFormat",), x2, ("string",), "/properties/outputFormat/type", "type"
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
                                bad_size(
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
                                bad_size(
                                    ("inputs", "images"),
                                    x4,
                                    "maxItems",
                                    4,
                                    {"minItems": 1, "maxItems": 4},
                                    "/properties/inputs/properties/images/maxItems",
                                    "maxItems",
                                )
                            )
                        for i6, x7 in enumerate(x4):
                            if type(x7) is str:
                                if not (
                                    _ok(_check_8, x7)
                                    or _ok(_check_9, x7)
                                    or _ok(_check_10, x7)
                                    or _ok(_check_11, x7)
                                ):
                                    errs.append(
                                        not_one_of(
                                            ("inputs", "images", i6),
                                            x7,
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
                                        ("inputs", "images", i6),
                                        x7,
                                        ("string",),
                                        "/$defs/imageInput/type",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "images"),
                                x4,
                                ("array",),
                                "/properties/inputs/properties/images/type",
                                "type",
                            )
                        )
                if not x3.keys() <= _KNOWN3:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x3,
                            _KNOWN3,
                            ["images"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x3, ("object",), "/properties/inputs/type", "type")
                )
        x12 = v.get("positivePrompt", _MISSING)
        if x12 is not _MISSING:
            if type(x12) is str:
                n13 = len(x12)
                if n13 > 1024:
                    errs.append(
                        bad_size(
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
                    wrong_type(
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
                        bad_size(
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
                    wrong_type(
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
                        out_of_range(
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
                        out_of_range(
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
                    wrong_type(("seed",), x16, ("integer",), "/properties/seed/type", "type")
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
                            wrong_type(
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
                        matched22 = _ok(_check_20, x19) + _ok(_check_21, x19)
                        if matched22 != 1:
                            errs.append(
                                not_one_of(
                                    ("settings", "compress"),
                                    x19,
                                    matched22,
                                    ["alternative 1", "alternative 2"],
                                    "/properties/settings/properties/compress/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "compress"),
                                x19,
                                ("string",),
                                "/properties/settings/properties/compress/type",
                                "type",
                            )
                        )
                x23 = x17.get("exportUv", _MISSING)
                if x23 is not _MISSING:
                    if type(x23) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "exportUv"),
                                x23,
                                ("boolean",),
                                "/properties/settings/properties/exportUv/type",
                                "type",
                            )
                        )
                x24 = x17.get("faceLimit", _MISSING)
                if x24 is not _MISSING:
                    if type(x24) is int or (type(x24) is float and x24.is_integer()):
                        if not x24 >= 500:
                            errs.append(
                                out_of_range(
                                    ("settings", "faceLimit"),
                                    x24,
                                    "minimum",
                                    500,
                                    {"minimum": 500, "maximum": 20000},
                                    "/properties/settings/properties/faceLimit/minimum",
                                    "minimum",
                                )
                            )
                        if not x24 <= 20000:
                            errs.append(
                                out_of_range(
                                    ("settings", "faceLimit"),
                                    x24,
                                    "maximum",
                                    20000,
                                    {"minimum": 500, "maximum": 20000},
                                    "/properties/settings/properties/faceLimit/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "faceLimit"),
                                x24,
                                ("integer",),
                                "/properties/settings/properties/faceLimit/type",
                                "type",
                            )
                        )
                x25 = x17.get("generateParts", _MISSING)
                if x25 is not _MISSING:
                    if type(x25) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "generateParts"),
                                x25,
                                ("boolean",),
                                "/properties/settings/properties/generateParts/type",
                                "type",
                            )
                        )
                x26 = x17.get("geometryQuality", _MISSING)
                if x26 is not _MISSING:
                    if type(x26) is str:
                        matched29 = _ok(_check_27, x26) + _ok(_check_28, x26)
                        if matched29 != 1:
                            errs.append(
                                not_one_of(
                                    ("settings", "geometryQuality"),
                                    x26,
                                    matched29,
                                    ["alternative 1", "alternative 2"],
                                    "/properties/settings/properties/geometryQuality/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "geometryQuality"),
                                x26,
                                ("string",),
                                "/properties/settings/properties/geometryQuality/type",
                                "type",
                            )
                        )
                x30 = x17.get("imageAutoFix", _MISSING)
                if x30 is not _MISSING:
                    if type(x30) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "imageAutoFix"),
                                x30,
                                ("boolean",),
                                "/properties/settings/properties/imageAutoFix/type",
                                "type",
                            )
                        )
                x31 = x17.get("orientation", _MISSING)
                if x31 is not _MISSING:
                    if type(x31) is str:
                        matched34 = _ok(_check_32, x31) + _ok(_check_33, x31)
                        if matched34 != 1:
                            errs.append(
                                not_one_of(
                                    ("settings", "orientation"),
                                    x31,
                                    matched34,
                                    ["alternative 1", "alternative 2"],
                                    "/properties/settings/properties/orientation/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "orientation"),
                                x31,
                                ("string",),
                                "/properties/settings/properties/orientation/type",
                                "type",
                            )
                        )
                x35 = x17.get("pbr", _MISSING)
                if x35 is not _MISSING:
                    if type(x35) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "pbr"),
                                x35,
                                ("boolean",),
                                "/properties/settings/properties/pbr/type",
                                "type",
                            )
                        )
                x36 = x17.get("quad", _MISSING)
                if x36 is not _MISSING:
                    if type(x36) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "quad"),
                                x36,
                                ("boolean",),
                                "/properties/settings/properties/quad/type",
                                "type",
                            )
                        )
                x37 = x17.get("smartLowPoly", _MISSING)
                if x37 is not _MISSING:
                    if type(x37) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "smartLowPoly"),
                                x37,
                                ("boolean",),
                                "/properties/settings/properties/smartLowPoly/type",
                                "type",
                            )
                        )
                x38 = x17.get("texture", _MISSING)
                if x38 is not _MISSING:
                    if type(x38) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "texture"),
                                x38,
                                ("boolean",),
                                "/properties/settings/properties/texture/type",
                                "type",
                            )
                        )
                x39 = x17.get("textureAlignment", _MISSING)
                if x39 is not _MISSING:
                    if type(x39) is str:
                        matched42 = _ok(_check_40, x39) + _ok(_check_41, x39)
                        if matched42 != 1:
                            errs.append(
                                not_one_of(
                                    ("settings", "textureAlignment"),
                                    x39,
                                    matched42,
                                    ["alternative 1", "alternative 2"],
                                    "/properties/settings/properties/textureAlignment/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "textureAlignment"),
                                x39,
                                ("string",),
                                "/properties/settings/properties/textureAlignment/type",
                                "type",
                            )
                        )
                x43 = x17.get("textureQuality", _MISSING)
                if x43 is not _MISSING:
                    if type(x43) is str:
                        matched46 = _ok(_check_44, x43) + _ok(_check_45, x43)
                        if matched46 != 1:
                            errs.append(
                                not_one_of(
                                    ("settings", "textureQuality"),
                                    x43,
                                    matched46,
                                    ["alternative 1", "alternative 2"],
                                    "/properties/settings/properties/textureQuality/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "textureQuality"),
                                x43,
                                ("string",),
                                "/properties/settings/properties/textureQuality/type",
                                "type",
                            )
                        )
                x47 = x17.get("textureSeed", _MISSING)
                if x47 is not _MISSING:
                    if type(x47) is int or (type(x47) is float and x47.is_integer()):
                        if not x47 >= 0:
                            errs.append(
                                out_of_range(
                                    ("settings", "textureSeed"),
                                    x47,
                                    "minimum",
                                    0,
                                    {"minimum": 0, "maximum": 20240919},
                                    "/properties/settings/properties/textureSeed/minimum",
                                    "minimum",
                                )
                            )
                        if not x47 <= 20240919:
                            errs.append(
                                out_of_range(
                                    ("settings", "textureSeed"),
                                    x47,
                                    "maximum",
                                    20240919,
                                    {"minimum": 0, "maximum": 20240919},
                                    "/properties/settings/properties/textureSeed/maximum",
                                    "maximum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "textureSeed"),
                                x47,
                                ("integer",),
                                "/properties/settings/properties/textureSeed/type",
                                "type",
                            )
                        )
                if not x17.keys() <= _KNOWN4:
                    errs.extend(
                        unexpected_keys(
                            ("settings",),
                            x17,
                            _KNOWN4,
                            [
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
                            ],
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("settings",), x17, ("object",), "/properties/settings/type", "type")
                )
        x48 = v.get("taskType", _MISSING)
        if x48 is not _MISSING:
            if type(x48) is str:
                if x48 != "3dInference":
                    errs.append(
                        not_const(
                            ("taskType",), x48, "3dInference", "/properties/taskType/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x48, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x49 = v.get("taskUUID", _MISSING)
        if x49 is not _MISSING:
            if type(x49) is str:
                if not is_uuid(x49):
                    errs.append(
                        bad_format(("taskUUID",), x49, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x49, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x50 = v.get("webhookURL", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is str:
                if not is_uri(x50):
                    errs.append(
                        bad_format(
                            ("webhookURL",), x50, "uri", "/$defs/webhookURL/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("webhookURL",), x50, ("string",), "/$defs/webhookURL/type", "type")
                )
        x51 = v.get("includeCost", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x51, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x52 = v.get("numberResults", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is int or (type(x52) is float and x52.is_integer()):
                if not x52 >= 1:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x52,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x52 <= 4:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x52,
                            "maximum",
                            4,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/maximum",
                            "maximum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("numberResults",), x52, ("integer",), "/$defs/numberResults/type", "type"
                    )
                )
        x53 = v.get("uploadEndpoint", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is str:
                if not is_uri(x53):
                    errs.append(
                        bad_format(
                            ("uploadEndpoint",),
                            x53,
                            "uri",
                            "/$defs/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("uploadEndpoint",), x53, ("string",), "/$defs/uploadEndpoint/type", "type"
                    )
                )
        x54 = v.get("ttl", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is int or (type(x54) is float and x54.is_integer()):
                if not x54 >= 60:
                    errs.append(
                        out_of_range(
                            ("ttl",),
                            x54,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(wrong_type(("ttl",), x54, ("integer",), "/$defs/ttl/type", "type"))
        x55 = v.get("outputType", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is str:
                if x55 not in _ENUM5:
                    errs.append(
                        not_in_enum(
                            ("outputType",), x55, ["URL"], "/properties/outputType/enum", "enum"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputType",), x55, ("string",), "/properties/outputType/type", "type"
                    )
                )
        x56 = v.get("deliveryMethod", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is str:
                matched59 = _ok(_check_57, x56) + _ok(_check_58, x56)
                if matched59 != 1:
                    errs.append(
                        not_one_of(
                            ("deliveryMethod",),
                            x56,
                            matched59,
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
                        x56,
                        ("string",),
                        "/$defs/deliverySyncOrAsync/type",
                        "type",
                    )
                )
        if not v.keys() <= _KNOWN6:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN6,
                    [
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
                    ],
                    "/additionalProperties",
                    "additionalProperties",
                )
            )
        if _ok(_check_60, v):
            errs.append(forbidden((), v, "/allOf/0/not", "negative-prompt-without-images"))
        if _ok(_check_62, v):
            if _ok(_check_65, v):
                errs.append(forbidden((), v, "/allOf/1/then/not", "not"))
        if _ok(_check_75, v):
            if type(v) is dict:
                x78 = v.get("settings", _MISSING)
                if x78 is not _MISSING:
                    if type(x78) is dict:
                        x79 = x78.get("texture", _MISSING)
                        if x79 is not _MISSING:
                            if not json_equal(x79, _CONST7):
                                errs.append(
                                    not_const(
                                        ("settings", "texture"),
                                        x79,
                                        True,
                                        "/allOf/2/then/properties/settings/properties/texture/const",
                                        "const",
                                    )
                                )
        if _ok(_check_80, v):
            if type(v) is dict:
                x82 = v.get("inputs", _MISSING)
                if x82 is not _MISSING:
                    if type(x82) is dict:
                        if "images" not in x82:
                            errs.append(
                                missing(
                                    ("inputs",),
                                    "images",
                                    "/allOf/3/then/properties/inputs/required",
                                    "required",
                                )
                            )
                else:
                    errs.append(missing((), "inputs", "/allOf/3/then/required", "required"))
        if _ok(_check_83, v):
            if type(v) is dict:
                x86 = v.get("inputs", _MISSING)
                if x86 is not _MISSING:
                    if type(x86) is dict:
                        if "images" not in x86:
                            errs.append(
                                missing(
                                    ("inputs",),
                                    "images",
                                    "/allOf/4/then/properties/inputs/required",
                                    "required",
                                )
                            )
                else:
                    errs.append(missing((), "inputs", "/allOf/4/then/required", "required"))
        if _ok(_check_87, v):
            if type(v) is dict:
                x90 = v.get("outputFormat", _MISSING)
                if x90 is not _MISSING:
                    if type(x90) is not str or x90 != "FBX":
                        errs.append(
                            not_const(
                                ("outputFormat",),
                                x90,
                                "FBX",
                                "/allOf/5/then/properties/outputFormat/const",
                                "const",
                            )
                        )
        else:
            if type(v) is dict:
                x91 = v.get("outputFormat", _MISSING)
                if x91 is not _MISSING:
                    if type(x91) is not str or x91 != "GLB":
                        errs.append(
                            not_const(
                                ("outputFormat",),
                                x91,
                                "GLB",
                                "/allOf/5/else/properties/outputFormat/const",
                                "const",
                            )
                        )
        matched97 = _ok(_check_92, v) + _ok(_check_93, v)
        if matched97 != 1:
            errs.append(
                not_one_of(
                    (),
                    v,
                    matched97,
                    ["alternative 1", "alternative 2"],
                    "/allOf/6/oneOf",
                    "prompt-or-images",
                    "oneOf",
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
        x98 = v.get("taskType", _MISSING)
        if x98 is not _MISSING:
            if type(x98) is str:
                if x98 != "3dInference":
                    errs.append(
                        not_const(
                            ("taskType",), x98, "3dInference", "/properties/taskType/const", "const"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x98, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x99 = v.get("taskUUID", _MISSING)
        if x99 is not _MISSING:
            if type(x99) is str:
                if not is_uuid(x99):
                    errs.append(
                        bad_format(("taskUUID",), x99, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x99, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x100 = v.get("cost", _MISSING)
        if x100 is not _MISSING:
            if type(x100) is int or (type(x100) is float and x100 - x100 == 0):
                pass
            else:
                errs.append(wrong_type(("cost",), x100, ("number",), "/$defs/cost/type", "type"))
        x101 = v.get("outputs", _MISSING)
        if x101 is not _MISSING:
            if type(x101) is dict:
                x102 = x101.get("files", _MISSING)
                if x102 is not _MISSING:
                    if type(x102) is list:
                        n103 = len(x102)
                        if n103 < 1:
                            errs.append(
                                bad_size(
                                    ("outputs", "files"),
                                    x102,
                                    "minItems",
                                    1,
                                    {"minItems": 1},
                                    "/$defs/outputs/properties/files/minItems",
                                    "minItems",
                                )
                            )
                        for i104, x105 in enumerate(x102):
                            if type(x105) is dict:
                                x106 = x105.get("uuid", _MISSING)
                                if x106 is not _MISSING:
                                    if type(x106) is str:
                                        if not is_uuid(x106):
                                            errs.append(
                                                bad_format(
                                                    ("outputs", "files", i104, "uuid"),
                                                    x106,
                                                    "uuid",
                                                    "/$defs/outputs/properties/files/items/properties/uuid/format",
                                                    "format",
                                                )
                                            )
                                    else:
                                        errs.append(
                                            wrong_type(
                                                ("outputs", "files", i104, "uuid"),
                                                x106,
                                                ("string",),
                                                "/$defs/outputs/properties/files/items/properties/uuid/type",
                                                "type",
                                            )
                                        )
                                else:
                                    errs.append(
                                        missing(
                                            ("outputs", "files", i104),
                                            "uuid",
                                            "/$defs/outputs/properties/files/items/required",
                                            "required",
                                        )
                                    )
                                x107 = x105.get("url", _MISSING)
                                if x107 is not _MISSING:
                                    if type(x107) is str:
                                        if not is_uri(x107):
                                            errs.append(
                                                bad_format(
                                                    ("outputs", "files", i104, "url"),
                                                    x107,
                                                    "uri",
                                                    "/$defs/outputs/properties/files/items/properties/url/format",
                                                    "format",
                                                )
                                            )
                                    else:
                                        errs.append(
                                            wrong_type(
                                                ("outputs", "files", i104, "url"),
                                                x107,
                                                ("string",),
                                                "/$defs/outputs/properties/files/items/properties/url/type",
                                                "type",
                                            )
                                        )
                                else:
                                    errs.append(
                                        missing(
                                            ("outputs", "files", i104),
                                            "url",
                                            "/$defs/outputs/properties/files/items/required",
                                            "required",
                                        )
                                    )
                                if not x105.keys() <= _KNOWN8:
                                    errs.extend(
                                        unexpected_keys(
                                            ("outputs", "files", i104),
                                            x105,
                                            _KNOWN8,
                                            ["url", "uuid"],
                                            "/$defs/outputs/properties/files/items/additionalProperties",
                                            "additionalProperties",
                                        )
                                    )
                            else:
                                errs.append(
                                    wrong_type(
                                        ("outputs", "files", i104),
                                        x105,
                                        ("object",),
                                        "/$defs/outputs/properties/files/items/type",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("outputs", "files"),
                                x102,
                                ("array",),
                                "/$defs/outputs/properties/files/type",
                                "type",
                            )
                        )
                else:
                    errs.append(
                        missing(("outputs",), "files", "/$defs/outputs/required", "required")
                    )
                if not x101.keys() <= _KNOWN9:
                    errs.extend(
                        unexpected_keys(
                            ("outputs",),
                            x101,
                            _KNOWN9,
                            ["files"],
                            "/$defs/outputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("outputs",), x101, ("object",), "/$defs/outputs/type", "type")
                )
        else:
            errs.append(missing((), "outputs", "/required", "required"))
        x108 = v.get("seed", _MISSING)
        if x108 is not _MISSING:
            if type(x108) is int or (type(x108) is float and x108.is_integer()):
                pass
            else:
                errs.append(wrong_type(("seed",), x108, ("integer",), "/$defs/seed/type", "type"))
        if not v.keys() <= _KNOWN10:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN10,
                    ["cost", "outputs", "seed", "taskType", "taskUUID"],
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
