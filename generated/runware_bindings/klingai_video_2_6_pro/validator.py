"""Validators for Kling VIDEO 2.6 Pro (klingai:kling-video@2.6-pro), generated from spec/models/klingai-video-2-6-pro.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.formats import is_uri, is_uuid
from .._runtime.jsonvalues import count_rows, in_enum, is_multiple_of, json_equal
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


_PATTERN0 = re.compile("^data:image\\/[a-zA-Z]+;base64,[a-zA-Z0-9+/=]+\\Z").search
_PATTERN1 = re.compile("^[a-zA-Z0-9+/=]+\\Z").search
_CONST2 = 0
_CONST3 = -1
_KNOWN4 = frozenset({"frame", "image"})
_KNOWN5 = frozenset({"frameImages", "referenceImages", "referenceVideos"})
_ENUM6 = (5, 10)
_KNOWN7 = frozenset({"characterOrientation", "keepOriginalSound", "sound"})
_KNOWN8 = frozenset({"klingai"})
_ENUM9 = frozenset({"URL"})
_ENUM10 = frozenset({"MOV", "MP4", "WEBM"})
_KNOWN11 = frozenset({"checkContent", "mode"})
_KNOWN12 = frozenset(
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
_ROWS13 = {(1920, 1080): 1, (1440, 1440): 1, (1080, 1920): 1}
_ROWTUPLES14 = ((1920, 1080), (1440, 1440), (1080, 1920))
_TABLE15 = [
    {"label": "1080p (16:9)", "width": 1920, "height": 1080},
    {"label": "1080p (1:1)", "width": 1440, "height": 1440},
    {"label": "1080p (9:16)", "width": 1080, "height": 1920},
]
_LABELS16 = "1080p (16:9): 1920x1080; 1080p (1:1): 1440x1440; 1080p (9:16): 1080x1920"
_KNOWN17 = frozenset(
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


def _check_7(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uuid(v):
            errs.append(
                bad_format((*path,), v, "uuid", "/$defs/imageInput/anyOf/0/format", "format")
            )


def _check_8(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uri(v):
            errs.append(
                bad_format((*path,), v, "uri", "/$defs/imageInput/anyOf/1/format", "format")
            )


def _check_9(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if _PATTERN0(v) is None:
            errs.append(
                no_pattern_match(
                    (*path,),
                    v,
                    "^data:image\\/[a-zA-Z]+;base64,[a-zA-Z0-9+/=]+$",
                    "/$defs/imageInput/anyOf/2/pattern",
                    "pattern",
                )
            )


def _check_10(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if _PATTERN1(v) is None:
            errs.append(
                no_pattern_match(
                    (*path,), v, "^[a-zA-Z0-9+/=]+$", "/$defs/imageInput/anyOf/3/pattern", "pattern"
                )
            )


def _check_15(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not (_ok(_check_7, v) or _ok(_check_8, v) or _ok(_check_9, v) or _ok(_check_10, v)):
            errs.append(
                not_one_of(
                    (*path,),
                    v,
                    0,
                    ["alternative 1", "alternative 2", "alternative 3", "alternative 4"],
                    "/$defs/imageInput/anyOf",
                    "anyOf",
                    "anyOf",
                )
            )
    else:
        errs.append(wrong_type((*path,), v, ("string",), "/$defs/imageInput/type", "type"))


def _check_19(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "first":
        errs.append(
            not_const(
                (*path,),
                v,
                "first",
                "/properties/inputs/properties/frameImages/items/anyOf/1/properties/frame/oneOf/0/const",
                "const",
            )
        )


def _check_20(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "last":
        errs.append(
            not_const(
                (*path,),
                v,
                "last",
                "/properties/inputs/properties/frameImages/items/anyOf/1/properties/frame/oneOf/1/const",
                "const",
            )
        )


def _check_21(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not json_equal(v, _CONST2):
        errs.append(
            not_const(
                (*path,),
                v,
                0,
                "/properties/inputs/properties/frameImages/items/anyOf/1/properties/frame/oneOf/2/const",
                "const",
            )
        )


def _check_22(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not json_equal(v, _CONST3):
        errs.append(
            not_const(
                (*path,),
                v,
                -1,
                "/properties/inputs/properties/frameImages/items/anyOf/1/properties/frame/oneOf/3/const",
                "const",
            )
        )


def _check_16(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x17 = v.get("image", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is str:
                if not (
                    _ok(_check_7, x17)
                    or _ok(_check_8, x17)
                    or _ok(_check_9, x17)
                    or _ok(_check_10, x17)
                ):
                    errs.append(
                        not_one_of(
                            (*path, "image"),
                            x17,
                            0,
                            ["alternative 1", "alternative 2", "alternative 3", "alternative 4"],
                            "/$defs/imageInput/anyOf",
                            "anyOf",
                            "anyOf",
                        )
                    )
            else:
                errs.append(
                    wrong_type((*path, "image"), x17, ("string",), "/$defs/imageInput/type", "type")
                )
        else:
            errs.append(
                missing(
                    (*path,),
                    "image",
                    "/properties/inputs/properties/frameImages/items/anyOf/1/required",
                    "required",
                )
            )
        x18 = v.get("frame", _MISSING)
        if x18 is not _MISSING:
            matched23 = (
                _ok(_check_19, x18)
                + _ok(_check_20, x18)
                + _ok(_check_21, x18)
                + _ok(_check_22, x18)
            )
            if matched23 != 1:
                errs.append(
                    not_one_of(
                        (*path, "frame"),
                        x18,
                        matched23,
                        ["alternative 1", "alternative 2", "alternative 3", "alternative 4"],
                        "/properties/inputs/properties/frameImages/items/anyOf/1/properties/frame/oneOf",
                        "oneOf",
                        "oneOf",
                    )
                )
        if not v.keys() <= _KNOWN4:
            errs.extend(
                unexpected_keys(
                    (*path,),
                    v,
                    _KNOWN4,
                    ["frame", "image"],
                    "/properties/inputs/properties/frameImages/items/anyOf/1/additionalProperties",
                    "additionalProperties",
                )
            )
    else:
        errs.append(
            wrong_type(
                (*path,),
                v,
                ("object",),
                "/properties/inputs/properties/frameImages/items/anyOf/1/type",
                "type",
            )
        )


def _check_28(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uuid(v):
            errs.append(
                bad_format((*path,), v, "uuid", "/$defs/videoInput/anyOf/0/format", "format")
            )


def _check_29(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uri(v):
            errs.append(
                bad_format((*path,), v, "uri", "/$defs/videoInput/anyOf/1/format", "format")
            )


def _check_41(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "image":
        errs.append(
            not_const(
                (*path,),
                v,
                "image",
                "/properties/providerSettings/properties/klingai/properties/characterOrientation/oneOf/0/const",
                "const",
            )
        )


def _check_42(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "video":
        errs.append(
            not_const(
                (*path,),
                v,
                "video",
                "/properties/providerSettings/properties/klingai/properties/characterOrientation/oneOf/1/const",
                "const",
            )
        )


def _check_57(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "async":
        errs.append(
            not_const((*path,), v, "async", "/$defs/deliveryAsyncOnly/oneOf/0/const", "const")
        )


def _check_62(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "fast":
        errs.append(
            not_const(
                (*path,), v, "fast", "/properties/safety/properties/mode/oneOf/0/const", "const"
            )
        )


def _check_63(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "full":
        errs.append(
            not_const(
                (*path,), v, "full", "/properties/safety/properties/mode/oneOf/1/const", "const"
            )
        )


def _check_67(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "frameImages" not in v:
            errs.append(
                missing(
                    (*path,),
                    "frameImages",
                    "/allOf/1/if/properties/inputs/anyOf/0/required",
                    "required",
                )
            )


def _check_68(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "referenceVideos" not in v:
            errs.append(
                missing(
                    (*path,),
                    "referenceVideos",
                    "/allOf/1/if/properties/inputs/anyOf/1/required",
                    "required",
                )
            )


def _check_65(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x66 = v.get("inputs", _MISSING)
        if x66 is not _MISSING:
            if not (_ok(_check_67, x66) or _ok(_check_68, x66)):
                errs.append(
                    not_one_of(
                        (*path, "inputs"),
                        x66,
                        0,
                        ["alternative 1", "alternative 2"],
                        "/allOf/1/if/properties/inputs/anyOf",
                        "anyOf",
                        "anyOf",
                    )
                )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/1/if/required", "required"))


def _check_70(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "width" not in v:
            errs.append(
                missing((*path,), "width", "/allOf/1/then/not/anyOf/0/required", "required")
            )


def _check_71(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "height" not in v:
            errs.append(
                missing((*path,), "height", "/allOf/1/then/not/anyOf/1/required", "required")
            )


def _check_69(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not (_ok(_check_70, v) or _ok(_check_71, v)):
        errs.append(
            not_one_of(
                (*path,),
                v,
                0,
                ["alternative 1", "alternative 2"],
                "/allOf/1/then/not/anyOf",
                "anyOf",
                "anyOf",
            )
        )


def _check_75(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "referenceImages" not in v:
            errs.append(
                missing(
                    (*path,),
                    "referenceImages",
                    "/allOf/2/not/allOf/1/properties/inputs/anyOf/0/required",
                    "required",
                )
            )


def _check_76(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "referenceVideos" not in v:
            errs.append(
                missing(
                    (*path,),
                    "referenceVideos",
                    "/allOf/2/not/allOf/1/properties/inputs/anyOf/1/required",
                    "required",
                )
            )


def _check_72(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x73 = v.get("inputs", _MISSING)
        if x73 is not _MISSING:
            if type(x73) is dict:
                if "frameImages" not in x73:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "frameImages",
                            "/allOf/2/not/allOf/0/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/2/not/allOf/0/required", "required"))
    if type(v) is dict:
        x74 = v.get("inputs", _MISSING)
        if x74 is not _MISSING:
            if not (_ok(_check_75, x74) or _ok(_check_76, x74)):
                errs.append(
                    not_one_of(
                        (*path, "inputs"),
                        x74,
                        0,
                        ["alternative 1", "alternative 2"],
                        "/allOf/2/not/allOf/1/properties/inputs/anyOf",
                        "anyOf",
                        "anyOf",
                    )
                )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/2/not/allOf/1/required", "required"))


def _check_77(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x78 = v.get("inputs", _MISSING)
        if x78 is not _MISSING:
            if type(x78) is dict:
                x79 = x78.get("frameImages", _MISSING)
                if x79 is not _MISSING:
                    if type(x79) is list:
                        n80 = len(x79)
                        if n80 < 2:
                            errs.append(
                                bad_size(
                                    (*path, "inputs", "frameImages"),
                                    x79,
                                    "minItems",
                                    2,
                                    {"minItems": 2},
                                    "/allOf/3/if/properties/inputs/properties/frameImages/minItems",
                                    "minItems",
                                )
                            )
                else:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "frameImages",
                            "/allOf/3/if/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/3/if/required", "required"))


def _check_81(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x82 = v.get("providerSettings", _MISSING)
        if x82 is not _MISSING:
            if type(x82) is dict:
                x83 = x82.get("klingai", _MISSING)
                if x83 is not _MISSING:
                    if type(x83) is dict:
                        if "sound" not in x83:
                            errs.append(
                                missing(
                                    (*path, "providerSettings", "klingai"),
                                    "sound",
                                    "/allOf/3/then/not/properties/providerSettings/properties/klingai/required",
                                    "required",
                                )
                            )
                else:
                    errs.append(
                        missing(
                            (*path, "providerSettings"),
                            "klingai",
                            "/allOf/3/then/not/properties/providerSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "providerSettings", "/allOf/3/then/not/required", "required")
            )


def _check_84(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x85 = v.get("inputs", _MISSING)
        if x85 is not _MISSING:
            if type(x85) is dict:
                if "referenceVideos" not in x85:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "referenceVideos",
                            "/allOf/4/if/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/4/if/required", "required"))


def _check_87(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x88 = v.get("providerSettings", _MISSING)
        if x88 is not _MISSING:
            if type(x88) is dict:
                x89 = x88.get("klingai", _MISSING)
                if x89 is not _MISSING:
                    if type(x89) is dict:
                        if "sound" not in x89:
                            errs.append(
                                missing(
                                    (*path, "providerSettings", "klingai"),
                                    "sound",
                                    "/allOf/4/then/not/anyOf/0/properties/providerSettings/properties/klingai/required",
                                    "required",
                                )
                            )
        else:
            errs.append(
                missing(
                    (*path,), "providerSettings", "/allOf/4/then/not/anyOf/0/required", "required"
                )
            )


def _check_90(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "duration" not in v:
            errs.append(
                missing((*path,), "duration", "/allOf/4/then/not/anyOf/1/required", "required")
            )


def _check_86(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not (_ok(_check_87, v) or _ok(_check_90, v)):
        errs.append(
            not_one_of(
                (*path,),
                v,
                0,
                ["alternative 1", "alternative 2"],
                "/allOf/4/then/not/anyOf",
                "anyOf",
                "anyOf",
            )
        )


def _check_92(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "width" not in v:
            errs.append(missing((*path,), "width", "/allOf/5/if/anyOf/0/required", "required"))


def _check_93(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "height" not in v:
            errs.append(missing((*path,), "height", "/allOf/5/if/anyOf/1/required", "required"))


def _check_91(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not (_ok(_check_92, v) or _ok(_check_93, v)):
        errs.append(
            not_one_of(
                (*path,),
                v,
                0,
                ["alternative 1", "alternative 2"],
                "/allOf/5/if/anyOf",
                "anyOf",
                "anyOf",
            )
        )


def _check_96(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x97 = v.get("inputs", _MISSING)
        if x97 is not _MISSING:
            if type(x97) is dict:
                if "referenceImages" not in x97:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "referenceImages",
                            "/allOf/6/if/anyOf/0/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/6/if/anyOf/0/required", "required"))


def _check_98(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x99 = v.get("inputs", _MISSING)
        if x99 is not _MISSING:
            if type(x99) is dict:
                if "referenceVideos" not in x99:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "referenceVideos",
                            "/allOf/6/if/anyOf/1/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/6/if/anyOf/1/required", "required"))


def _check_100(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x101 = v.get("providerSettings", _MISSING)
        if x101 is not _MISSING:
            if type(x101) is dict:
                x102 = x101.get("klingai", _MISSING)
                if x102 is not _MISSING:
                    if type(x102) is dict:
                        if "characterOrientation" not in x102:
                            errs.append(
                                missing(
                                    (*path, "providerSettings", "klingai"),
                                    "characterOrientation",
                                    "/allOf/6/if/anyOf/2/properties/providerSettings/properties/klingai/required",
                                    "required",
                                )
                            )
        else:
            errs.append(
                missing((*path,), "providerSettings", "/allOf/6/if/anyOf/2/required", "required")
            )


def _check_95(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if not (_ok(_check_96, v) or _ok(_check_98, v) or _ok(_check_100, v)):
        errs.append(
            not_one_of(
                (*path,),
                v,
                0,
                ["alternative 1", "alternative 2", "alternative 3"],
                "/allOf/6/if/anyOf",
                "anyOf",
                "anyOf",
            )
        )


def _check_106(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x107 = v.get("providerSettings", _MISSING)
        if x107 is not _MISSING:
            if type(x107) is dict:
                x108 = x107.get("klingai", _MISSING)
                if x108 is not _MISSING:
                    if type(x108) is dict:
                        if "keepOriginalSound" not in x108:
                            errs.append(
                                missing(
                                    (*path, "providerSettings", "klingai"),
                                    "keepOriginalSound",
                                    "/allOf/7/if/properties/providerSettings/properties/klingai/required",
                                    "required",
                                )
                            )
        else:
            errs.append(missing((*path,), "providerSettings", "/allOf/7/if/required", "required"))


def _check_111(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x112 = v.get("inputs", _MISSING)
        if x112 is not _MISSING:
            if type(x112) is dict:
                if "referenceVideos" not in x112:
                    errs.append(
                        missing(
                            (*path, "inputs"),
                            "referenceVideos",
                            "/allOf/8/if/not/properties/inputs/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "inputs", "/allOf/8/if/not/required", "required"))


def _check_110(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if _ok(_check_111, v):
        errs.append(forbidden((*path,), v, "/allOf/8/if/not", "not"))


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("model", _MISSING)
        if x1 is not _MISSING:
            if type(x1) is str:
                if x1 != "klingai:kling-video@2.6-pro":
                    errs.append(
                        not_const(
                            ("model",),
                            x1,
                            "klingai:kling-video@2.6-pro",
                            "/properties/model/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("model",), x1, ("string",), "/properties/model/type", "type")
                )
        else:
            errs.append(missing((), "model", "/required", "required"))
        x2 = v.get("inputs", _MISSING)
        if x2 is not _MISSING:
            if type(x2) is dict:
                x3 = x2.get("referenceImages", _MISSING)
                if x3 is not _MISSING:
                    if type(x3) is list:
                        n4 = len(x3)
                        if n4 < 1:
                            errs.append(
                                bad_size(
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
                                bad_size(
                                    ("inputs", "referenceImages"),
                                    x3,
                                    "maxItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceImages/maxItems",
                                    "maxItems",
                                )
                            )
                        for i5, x6 in enumerate(x3):
                            if type(x6) is str:
                                if not (
                                    _ok(_check_7, x6)
                                    or _ok(_check_8, x6)
                                    or _ok(_check_9, x6)
                                    or _ok(_check_10, x6)
                                ):
                                    errs.append(
                                        not_one_of(
                                            ("inputs", "referenceImages", i5),
                                            x6,
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
                                        ("inputs", "referenceImages", i5),
                                        x6,
                                        ("string",),
                                        "/$defs/imageInput/type",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "referenceImages"),
                                x3,
                                ("array",),
                                "/properties/inputs/properties/referenceImages/type",
                                "type",
                            )
                        )
                x11 = x2.get("frameImages", _MISSING)
                if x11 is not _MISSING:
                    if type(x11) is list:
                        n12 = len(x11)
                        if n12 < 1:
                            errs.append(
                                bad_size(
                                    ("inputs", "frameImages"),
                                    x11,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 2},
                                    "/properties/inputs/properties/frameImages/minItems",
                                    "minItems",
                                )
                            )
                        if n12 > 2:
                            errs.append(
                                bad_size(
                                    ("inputs", "frameImages"),
                                    x11,
                                    "maxItems",
                                    2,
                                    {"minItems": 1, "maxItems": 2},
                                    "/properties/inputs/properties/frameImages/maxItems",
                                    "maxItems",
                                )
                            )
                        for i13, x14 in enumerate(x11):
                            if not (_ok(_check_15, x14) or _ok(_check_16, x14)):
                                errs.append(
                                    not_one_of(
                                        ("inputs", "frameImages", i13),
                                        x14,
                                        0,
                                        ["alternative 1", "alternative 2"],
                                        "/properties/inputs/properties/frameImages/items/anyOf",
                                        "anyOf",
                                        "anyOf",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "frameImages"),
                                x11,
                                ("array",),
                                "/properties/inputs/properties/frameImages/type",
                                "type",
                            )
                        )
                x24 = x2.get("referenceVideos", _MISSING)
                if x24 is not _MISSING:
                    if type(x24) is list:
                        n25 = len(x24)
                        if n25 < 1:
                            errs.append(
                                bad_size(
                                    ("inputs", "referenceVideos"),
                                    x24,
                                    "minItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceVideos/minItems",
                                    "minItems",
                                )
                            )
                        if n25 > 1:
                            errs.append(
                                bad_size(
                                    ("inputs", "referenceVideos"),
                                    x24,
                                    "maxItems",
                                    1,
                                    {"minItems": 1, "maxItems": 1},
                                    "/properties/inputs/properties/referenceVideos/maxItems",
                                    "maxItems",
                                )
                            )
                        for i26, x27 in enumerate(x24):
                            if type(x27) is str:
                                if not (_ok(_check_28, x27) or _ok(_check_29, x27)):
                                    errs.append(
                                        not_one_of(
                                            ("inputs", "referenceVideos", i26),
                                            x27,
                                            0,
                                            ["alternative 1", "alternative 2"],
                                            "/$defs/videoInput/anyOf",
                                            "anyOf",
                                            "anyOf",
                                        )
                                    )
                            else:
                                errs.append(
                                    wrong_type(
                                        ("inputs", "referenceVideos", i26),
                                        x27,
                                        ("string",),
                                        "/$defs/videoInput/type",
                                        "type",
                                    )
                                )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "referenceVideos"),
                                x24,
                                ("array",),
                                "/properties/inputs/properties/referenceVideos/type",
                                "type",
                            )
                        )
                if not x2.keys() <= _KNOWN5:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x2,
                            _KNOWN5,
                            ["frameImages", "referenceImages", "referenceVideos"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x2, ("object",), "/properties/inputs/type", "type")
                )
        x30 = v.get("positivePrompt", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is str:
                n31 = len(x30)
                if n31 < 2:
                    errs.append(
                        bad_size(
                            ("positivePrompt",),
                            x30,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/positivePrompt/minLength",
                            "minLength",
                        )
                    )
                if n31 > 2500:
                    errs.append(
                        bad_size(
                            ("positivePrompt",),
                            x30,
                            "maxLength",
                            2500,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/positivePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("positivePrompt",),
                        x30,
                        ("string",),
                        "/properties/positivePrompt/type",
                        "type",
                    )
                )
        x32 = v.get("negativePrompt", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is str:
                n33 = len(x32)
                if n33 < 2:
                    errs.append(
                        bad_size(
                            ("negativePrompt",),
                            x32,
                            "minLength",
                            2,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/negativePrompt/minLength",
                            "minLength",
                        )
                    )
                if n33 > 2500:
                    errs.append(
                        bad_size(
                            ("negativePrompt",),
                            x32,
                            "maxLength",
                            2500,
                            {"minLength": 2, "maxLength": 2500},
                            "/properties/negativePrompt/maxLength",
                            "maxLength",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("negativePrompt",),
                        x32,
                        ("string",),
                        "/properties/negativePrompt/type",
                        "type",
                    )
                )
        x34 = v.get("width", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is int or (type(x34) is float and x34.is_integer()):
                pass
            else:
                errs.append(
                    wrong_type(("width",), x34, ("integer",), "/properties/width/type", "type")
                )
        x35 = v.get("height", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is int or (type(x35) is float and x35.is_integer()):
                pass
            else:
                errs.append(
                    wrong_type(("height",), x35, ("integer",), "/properties/height/type", "type")
                )
        x36 = v.get("duration", _MISSING)
        if x36 is not _MISSING:
            if type(x36) is int or (type(x36) is float and x36.is_integer()):
                if not in_enum(x36, _ENUM6):
                    errs.append(
                        not_in_enum(
                            ("duration",), x36, [5, 10], "/properties/duration/enum", "enum"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("duration",), x36, ("integer",), "/properties/duration/type", "type"
                    )
                )
        x37 = v.get("CFGScale", _MISSING)
        if x37 is not _MISSING:
            if type(x37) is int or (type(x37) is float and x37 - x37 == 0):
                if not x37 >= 0:
                    errs.append(
                        out_of_range(
                            ("CFGScale",),
                            x37,
                            "minimum",
                            0,
                            {"minimum": 0, "maximum": 1},
                            "/properties/CFGScale/minimum",
                            "minimum",
                        )
                    )
                if not x37 <= 1:
                    errs.append(
                        out_of_range(
                            ("CFGScale",),
                            x37,
                            "maximum",
                            1,
                            {"minimum": 0, "maximum": 1},
                            "/properties/CFGScale/maximum",
                            "maximum",
                        )
                    )
                if not is_multiple_of(x37, 0.01):
                    errs.append(
                        not_multiple(
                            ("CFGScale",),
                            x37,
                            0.01,
                            "/properties/CFGScale/multipleOf",
                            "multipleOf",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("CFGScale",), x37, ("number",), "/properties/CFGScale/type", "type")
                )
        x38 = v.get("providerSettings", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is dict:
                x39 = x38.get("klingai", _MISSING)
                if x39 is not _MISSING:
                    if type(x39) is dict:
                        x40 = x39.get("characterOrientation", _MISSING)
                        if x40 is not _MISSING:
                            if type(x40) is str:
                                matched43 = _ok(_check_41, x40) + _ok(_check_42, x40)
                                if matched43 != 1:
                                    errs.append(
                                        not_one_of(
                                            ("providerSettings", "klingai", "characterOrientation"),
                                            x40,
                                            matched43,
                                            ["alternative 1", "alternative 2"],
                                            "/properties/providerSettings/properties/klingai/properties/characterOrientation/oneOf",
                                            "oneOf",
                                            "oneOf",
                                        )
                                    )
                            else:
                                errs.append(
                                    wrong_type(
                                        ("providerSettings", "klingai", "characterOrientation"),
                                        x40,
                                        ("string",),
                                        "/properties/providerSettings/properties/klingai/properties/characterOrientation/type",
                                        "type",
                                    )
                                )
                        x44 = x39.get("keepOriginalSound", _MISSING)
                        if x44 is not _MISSING:
                            if type(x44) is bool:
                                pass
                            else:
                                errs.append(
                                    wrong_type(
                                        ("providerSettings", "klingai", "keepOriginalSound"),
                                        x44,
                                        ("boolean",),
                                        "/properties/providerSettings/properties/klingai/properties/keepOriginalSound/type",
                                        "type",
                                    )
                                )
                        x45 = x39.get("sound", _MISSING)
                        if x45 is not _MISSING:
                            if type(x45) is bool:
                                pass
                            else:
                                errs.append(
                                    wrong_type(
                                        ("providerSettings", "klingai", "sound"),
                                        x45,
                                        ("boolean",),
                                        "/properties/providerSettings/properties/klingai/properties/sound/type",
                                        "type",
                                    )
                                )
                        if not x39.keys() <= _KNOWN7:
                            errs.extend(
                                unexpected_keys(
                                    ("providerSettings", "klingai"),
                                    x39,
                                    _KNOWN7,
                                    ["characterOrientation", "keepOriginalSound", "sound"],
                                    "/properties/providerSettings/properties/klingai/additionalProperties",
                                    "additionalProperties",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("providerSettings", "klingai"),
                                x39,
                                ("object",),
                                "/properties/providerSettings/properties/klingai/type",
                                "type",
                            )
                        )
                if not x38.keys() <= _KNOWN8:
                    errs.extend(
                        unexpected_keys(
                            ("providerSettings",),
                            x38,
                            _KNOWN8,
                            ["klingai"],
                            "/properties/providerSettings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("providerSettings",),
                        x38,
                        ("object",),
                        "/properties/providerSettings/type",
                        "type",
                    )
                )
        x46 = v.get("taskType", _MISSING)
        if x46 is not _MISSING:
            if type(x46) is str:
                if x46 != "videoInference":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x46,
                            "videoInference",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x46, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x47 = v.get("taskUUID", _MISSING)
        if x47 is not _MISSING:
            if type(x47) is str:
                if not is_uuid(x47):
                    errs.append(
                        bad_format(("taskUUID",), x47, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x47, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x48 = v.get("webhookURL", _MISSING)
        if x48 is not _MISSING:
            if type(x48) is str:
                if not is_uri(x48):
                    errs.append(
                        bad_format(
                            ("webhookURL",), x48, "uri", "/$defs/webhookURL/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("webhookURL",), x48, ("string",), "/$defs/webhookURL/type", "type")
                )
        x49 = v.get("includeCost", _MISSING)
        if x49 is not _MISSING:
            if type(x49) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x49, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x50 = v.get("numberResults", _MISSING)
        if x50 is not _MISSING:
            if type(x50) is int or (type(x50) is float and x50.is_integer()):
                if not x50 >= 1:
                    errs.append(
                        out_of_range(
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
                        out_of_range(
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
                    wrong_type(
                        ("numberResults",), x50, ("integer",), "/$defs/numberResults/type", "type"
                    )
                )
        x51 = v.get("uploadEndpoint", _MISSING)
        if x51 is not _MISSING:
            if type(x51) is str:
                if not is_uri(x51):
                    errs.append(
                        bad_format(
                            ("uploadEndpoint",),
                            x51,
                            "uri",
                            "/$defs/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("uploadEndpoint",), x51, ("string",), "/$defs/uploadEndpoint/type", "type"
                    )
                )
        x52 = v.get("ttl", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is int or (type(x52) is float and x52.is_integer()):
                if not x52 >= 60:
                    errs.append(
                        out_of_range(
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
                errs.append(wrong_type(("ttl",), x52, ("integer",), "/$defs/ttl/type", "type"))
        x53 = v.get("outputType", _MISSING)
        if x53 is not _MISSING:
            if type(x53) is str:
                if x53 not in _ENUM9:
                    errs.append(
                        not_in_enum(
                            ("outputType",), x53, ["URL"], "/properties/outputType/enum", "enum"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputType",), x53, ("string",), "/properties/outputType/type", "type"
                    )
                )
        x54 = v.get("outputFormat", _MISSING)
        if x54 is not _MISSING:
            if type(x54) is str:
                if x54 not in _ENUM10:
                    errs.append(
                        not_in_enum(
                            ("outputFormat",),
                            x54,
                            ["MP4", "WEBM", "MOV"],
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputFormat",), x54, ("string",), "/properties/outputFormat/type", "type"
                    )
                )
        x55 = v.get("outputQuality", _MISSING)
        if x55 is not _MISSING:
            if type(x55) is int or (type(x55) is float and x55.is_integer()):
                if not x55 >= 20:
                    errs.append(
                        out_of_range(
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
                        out_of_range(
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
                    wrong_type(
                        ("outputQuality",), x55, ("integer",), "/$defs/outputQuality/type", "type"
                    )
                )
        x56 = v.get("deliveryMethod", _MISSING)
        if x56 is not _MISSING:
            if type(x56) is str:
                matched58 = _ok(_check_57, x56)
                if matched58 != 1:
                    errs.append(
                        not_one_of(
                            ("deliveryMethod",),
                            x56,
                            matched58,
                            ["alternative 1"],
                            "/$defs/deliveryAsyncOnly/oneOf",
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
                        "/$defs/deliveryAsyncOnly/type",
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
                            wrong_type(
                                ("safety", "checkContent"),
                                x60,
                                ("boolean",),
                                "/properties/safety/properties/checkContent/type",
                                "type",
                            )
                        )
                x61 = x59.get("mode", _MISSING)
                if x61 is not _MISSING:
                    if type(x61) is str:
                        matched64 = _ok(_check_62, x61) + _ok(_check_63, x61)
                        if matched64 != 1:
                            errs.append(
                                not_one_of(
                                    ("safety", "mode"),
                                    x61,
                                    matched64,
                                    ["alternative 1", "alternative 2"],
                                    "/properties/safety/properties/mode/oneOf",
                                    "oneOf",
                                    "oneOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("safety", "mode"),
                                x61,
                                ("string",),
                                "/properties/safety/properties/mode/type",
                                "type",
                            )
                        )
                if not x59.keys() <= _KNOWN11:
                    errs.extend(
                        unexpected_keys(
                            ("safety",),
                            x59,
                            _KNOWN11,
                            ["checkContent", "mode"],
                            "/properties/safety/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("safety",), x59, ("object",), "/properties/safety/type", "type")
                )
        if not v.keys() <= _KNOWN12:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN12,
                    [
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
        if _ok(_check_65, v):
            if _ok(_check_69, v):
                errs.append(forbidden((), v, "/allOf/1/then/not", "not"))
        else:
            if type(v) is dict:
                if "width" not in v:
                    errs.append(missing((), "width", "/allOf/1/else/required", "required"))
                if "height" not in v:
                    errs.append(missing((), "height", "/allOf/1/else/required", "required"))
        if _ok(_check_72, v):
            errs.append(forbidden((), v, "/allOf/2/not", "frame-images-exclusive"))
        if _ok(_check_77, v):
            if _ok(_check_81, v):
                errs.append(forbidden((), v, "/allOf/3/then/not", "not"))
        if _ok(_check_84, v):
            if _ok(_check_86, v):
                errs.append(forbidden((), v, "/allOf/4/then/not", "not"))
        if _ok(_check_91, v):
            if type(v) is dict:
                if (
                    "width" in v
                    and "height" in v
                    and type(v["width"]) in (int, float)
                    and type(v["height"]) in (int, float)
                ):
                    matched94 = _ROWS13.get((v["width"], v["height"]), 0)
                else:
                    matched94 = count_rows(v, ("width", "height"), _ROWTUPLES14)
                if matched94 != 1:
                    errs.append(
                        bad_combination(
                            (),
                            v,
                            ("width", "height"),
                            _TABLE15,
                            _LABELS16,
                            matched94,
                            "/allOf/5/then/oneOf",
                            "dimensions",
                        )
                    )
            else:
                errs.append(
                    not_one_of(
                        (),
                        v,
                        3,
                        ["1080p (16:9)", "1080p (1:1)", "1080p (9:16)"],
                        "/allOf/5/then/oneOf",
                        "dimensions",
                        "oneOf",
                    )
                )
        if _ok(_check_95, v):
            if type(v) is dict:
                x103 = v.get("inputs", _MISSING)
                if x103 is not _MISSING:
                    if type(x103) is dict:
                        if "referenceImages" not in x103:
                            errs.append(
                                missing(
                                    ("inputs",),
                                    "referenceImages",
                                    "/allOf/6/then/properties/inputs/required",
                                    "required",
                                )
                            )
                        if "referenceVideos" not in x103:
                            errs.append(
                                missing(
                                    ("inputs",),
                                    "referenceVideos",
                                    "/allOf/6/then/properties/inputs/required",
                                    "required",
                                )
                            )
                else:
                    errs.append(missing((), "inputs", "/allOf/6/then/required", "required"))
                x104 = v.get("providerSettings", _MISSING)
                if x104 is not _MISSING:
                    if type(x104) is dict:
                        x105 = x104.get("klingai", _MISSING)
                        if x105 is not _MISSING:
                            if type(x105) is dict:
                                if "characterOrientation" not in x105:
                                    errs.append(
                                        missing(
                                            ("providerSettings", "klingai"),
                                            "characterOrientation",
                                            "/allOf/6/then/properties/providerSettings/properties/klingai/required",
                                            "required",
                                        )
                                    )
                else:
                    errs.append(
                        missing((), "providerSettings", "/allOf/6/then/required", "required")
                    )
        if _ok(_check_106, v):
            if type(v) is dict:
                x109 = v.get("inputs", _MISSING)
                if x109 is not _MISSING:
                    if type(x109) is dict:
                        if "referenceVideos" not in x109:
                            errs.append(
                                missing(
                                    ("inputs",),
                                    "referenceVideos",
                                    "/allOf/7/then/properties/inputs/required",
                                    "required",
                                )
                            )
                else:
                    errs.append(missing((), "inputs", "/allOf/7/then/required", "required"))
        if _ok(_check_110, v):
            if type(v) is dict:
                if "positivePrompt" not in v:
                    errs.append(missing((), "positivePrompt", "/allOf/8/then/required", "required"))
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
        x113 = v.get("taskType", _MISSING)
        if x113 is not _MISSING:
            if type(x113) is str:
                if x113 != "videoInference":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x113,
                            "videoInference",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("taskType",), x113, ("string",), "/properties/taskType/type", "type"
                    )
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x114 = v.get("taskUUID", _MISSING)
        if x114 is not _MISSING:
            if type(x114) is str:
                if not is_uuid(x114):
                    errs.append(
                        bad_format(("taskUUID",), x114, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x114, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x115 = v.get("cost", _MISSING)
        if x115 is not _MISSING:
            if type(x115) is int or (type(x115) is float and x115 - x115 == 0):
                pass
            else:
                errs.append(wrong_type(("cost",), x115, ("number",), "/$defs/cost/type", "type"))
        x116 = v.get("videoUUID", _MISSING)
        if x116 is not _MISSING:
            if type(x116) is str:
                if not is_uuid(x116):
                    errs.append(
                        bad_format(
                            ("videoUUID",), x116, "uuid", "/$defs/videoUUID/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("videoUUID",), x116, ("string",), "/$defs/videoUUID/type", "type")
                )
        else:
            errs.append(missing((), "videoUUID", "/required", "required"))
        x117 = v.get("videoURL", _MISSING)
        if x117 is not _MISSING:
            if type(x117) is str:
                if not is_uri(x117):
                    errs.append(
                        bad_format(("videoURL",), x117, "uri", "/$defs/videoURL/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("videoURL",), x117, ("string",), "/$defs/videoURL/type", "type")
                )
        x118 = v.get("videoBase64Data", _MISSING)
        if x118 is not _MISSING:
            if type(x118) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("videoBase64Data",),
                        x118,
                        ("string",),
                        "/$defs/videoBase64Data/type",
                        "type",
                    )
                )
        x119 = v.get("videoDataURI", _MISSING)
        if x119 is not _MISSING:
            if type(x119) is str:
                if not is_uri(x119):
                    errs.append(
                        bad_format(
                            ("videoDataURI",), x119, "uri", "/$defs/videoDataURI/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("videoDataURI",), x119, ("string",), "/$defs/videoDataURI/type", "type"
                    )
                )
        x120 = v.get("seed", _MISSING)
        if x120 is not _MISSING:
            if type(x120) is int or (type(x120) is float and x120.is_integer()):
                pass
            else:
                errs.append(wrong_type(("seed",), x120, ("integer",), "/$defs/seed/type", "type"))
        x121 = v.get("NSFWContent", _MISSING)
        if x121 is not _MISSING:
            if type(x121) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("NSFWContent",), x121, ("boolean",), "/$defs/NSFWContent/type", "type"
                    )
                )
        if not v.keys() <= _KNOWN17:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN17,
                    [
                        "NSFWContent",
                        "cost",
                        "seed",
                        "taskType",
                        "taskUUID",
                        "videoBase64Data",
                        "videoDataURI",
                        "videoURL",
                        "videoUUID",
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
