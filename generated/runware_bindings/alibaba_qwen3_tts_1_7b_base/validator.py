"""Validators for Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base), generated from spec/models/alibaba-qwen3-tts-1-7b-base.yaml.

Do not edit by hand: run `python -m generator generate`."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._runtime.validation import ValidationError, ValidationReport, ValidationWarning
from .._runtime.formats import is_uri, is_uuid
from .._runtime.jsonvalues import in_enum, is_multiple_of, json_equal
from .._runtime.messages import (
    bad_format,
    bad_size,
    forbidden,
    missing,
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


_KNOWN0 = frozenset({"audio"})
_ENUM1 = frozenset(
    {
        "Auto",
        "Chinese",
        "English",
        "French",
        "German",
        "Italian",
        "Japanese",
        "Korean",
        "Portuguese",
        "Russian",
        "Spanish",
    }
)
_KNOWN2 = frozenset({"language", "speed", "text", "voice"})
_KNOWN3 = frozenset({"maxNewTokens", "transcript", "xVectorOnly"})
_ENUM4 = frozenset({"URL", "base64Data", "dataURI"})
_ENUM5 = frozenset({"FLAC", "MP3", "OGG", "WAV"})
_ENUM6 = (1, 2)
_KNOWN7 = frozenset({"bitrate", "channels", "sampleRate"})
_KNOWN8 = frozenset(
    {
        "audioSettings",
        "deliveryMethod",
        "includeCost",
        "inputs",
        "model",
        "numberResults",
        "outputFormat",
        "outputType",
        "settings",
        "speech",
        "taskType",
        "taskUUID",
        "ttl",
        "uploadEndpoint",
        "webhookURL",
    }
)
_ENUM9 = frozenset({"FLAC", "WAV"})
_ENUM10 = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)
_ENUM11 = (8000, 11025, 12000)
_ENUM12 = (16000, 22050, 24000)
_ENUM13 = (32000, 44100, 48000)
_ENUM14 = (8000, 12000, 16000, 24000, 48000)
_CONST15 = 8000
_CONST16 = 1
_CONST17 = 2
_CONST18 = 12000
_CONST19 = 16000
_CONST20 = 24000
_CONST21 = 48000
_CONST22 = True
_KNOWN23 = frozenset(
    {
        "audioBase64Data",
        "audioDataURI",
        "audioURL",
        "audioUUID",
        "cost",
        "seed",
        "taskType",
        "taskUUID",
    }
)


def _check_4(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uuid(v):
            errs.append(
                bad_format((*path,), v, "uuid", "/$defs/audioInput/anyOf/0/format", "format")
            )


def _check_5(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is str:
        if not is_uri(v):
            errs.append(
                bad_format((*path,), v, "uri", "/$defs/audioInput/anyOf/1/format", "format")
            )


def _check_27(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "sync":
        errs.append(
            not_const((*path,), v, "sync", "/$defs/deliverySyncOrAsync/oneOf/0/const", "const")
        )


def _check_28(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is not str or v != "async":
        errs.append(
            not_const((*path,), v, "async", "/$defs/deliverySyncOrAsync/oneOf/1/const", "const")
        )


def _check_34(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x35 = v.get("outputFormat", _MISSING)
        if x35 is not _MISSING:
            if type(x35) is not str or x35 not in _ENUM9:
                errs.append(
                    not_in_enum(
                        (*path, "outputFormat"),
                        x35,
                        ["WAV", "FLAC"],
                        "/allOf/0/if/properties/outputFormat/enum",
                        "enum",
                    )
                )
        else:
            errs.append(missing((*path,), "outputFormat", "/allOf/0/if/required", "required"))


def _check_36(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        if "audioSettings" not in v:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/0/then/not/required", "required")
            )


def _check_37(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x38 = v.get("outputFormat", _MISSING)
        if x38 is not _MISSING:
            if type(x38) is not str or x38 != "MP3":
                errs.append(
                    not_const(
                        (*path, "outputFormat"),
                        x38,
                        "MP3",
                        "/allOf/1/if/properties/outputFormat/const",
                        "const",
                    )
                )
        else:
            errs.append(missing((*path,), "outputFormat", "/allOf/1/if/required", "required"))


def _check_41(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x42 = v.get("audioSettings", _MISSING)
        if x42 is not _MISSING:
            if type(x42) is dict:
                x43 = x42.get("sampleRate", _MISSING)
                if x43 is not _MISSING:
                    if not in_enum(x43, _ENUM11):
                        errs.append(
                            not_in_enum(
                                (*path, "audioSettings", "sampleRate"),
                                x43,
                                [8000, 11025, 12000],
                                "/allOf/1/then/allOf/0/if/properties/audioSettings/properties/sampleRate/enum",
                                "enum",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/1/then/allOf/0/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/1/then/allOf/0/if/required", "required")
            )


def _check_46(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x47 = v.get("audioSettings", _MISSING)
        if x47 is not _MISSING:
            if type(x47) is dict:
                x48 = x47.get("sampleRate", _MISSING)
                if x48 is not _MISSING:
                    if not in_enum(x48, _ENUM12):
                        errs.append(
                            not_in_enum(
                                (*path, "audioSettings", "sampleRate"),
                                x48,
                                [16000, 22050, 24000],
                                "/allOf/1/then/allOf/1/if/properties/audioSettings/properties/sampleRate/enum",
                                "enum",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/1/then/allOf/1/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/1/then/allOf/1/if/required", "required")
            )


def _check_51(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x52 = v.get("audioSettings", _MISSING)
        if x52 is not _MISSING:
            if type(x52) is dict:
                x53 = x52.get("sampleRate", _MISSING)
                if x53 is not _MISSING:
                    if not in_enum(x53, _ENUM13):
                        errs.append(
                            not_in_enum(
                                (*path, "audioSettings", "sampleRate"),
                                x53,
                                [32000, 44100, 48000],
                                "/allOf/1/then/allOf/2/if/properties/audioSettings/properties/sampleRate/enum",
                                "enum",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/1/then/allOf/2/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/1/then/allOf/2/if/required", "required")
            )


def _check_56(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x57 = v.get("outputFormat", _MISSING)
        if x57 is not _MISSING:
            if type(x57) is not str or x57 != "OGG":
                errs.append(
                    not_const(
                        (*path, "outputFormat"),
                        x57,
                        "OGG",
                        "/allOf/2/if/properties/outputFormat/const",
                        "const",
                    )
                )
        else:
            errs.append(missing((*path,), "outputFormat", "/allOf/2/if/required", "required"))


def _check_60(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x61 = v.get("audioSettings", _MISSING)
        if x61 is not _MISSING:
            if type(x61) is dict:
                x62 = x61.get("sampleRate", _MISSING)
                if x62 is not _MISSING:
                    if not json_equal(x62, _CONST15):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x62,
                                8000,
                                "/allOf/2/then/allOf/0/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/0/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x63 = x61.get("channels", _MISSING)
                if x63 is not _MISSING:
                    if not json_equal(x63, _CONST16):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x63,
                                1,
                                "/allOf/2/then/allOf/0/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/0/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/0/if/required", "required")
            )


def _check_66(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x67 = v.get("audioSettings", _MISSING)
        if x67 is not _MISSING:
            if type(x67) is dict:
                x68 = x67.get("sampleRate", _MISSING)
                if x68 is not _MISSING:
                    if not json_equal(x68, _CONST15):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x68,
                                8000,
                                "/allOf/2/then/allOf/1/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/1/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x69 = x67.get("channels", _MISSING)
                if x69 is not _MISSING:
                    if not json_equal(x69, _CONST17):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x69,
                                2,
                                "/allOf/2/then/allOf/1/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/1/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/1/if/required", "required")
            )


def _check_72(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x73 = v.get("audioSettings", _MISSING)
        if x73 is not _MISSING:
            if type(x73) is dict:
                x74 = x73.get("sampleRate", _MISSING)
                if x74 is not _MISSING:
                    if not json_equal(x74, _CONST18):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x74,
                                12000,
                                "/allOf/2/then/allOf/2/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/2/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x75 = x73.get("channels", _MISSING)
                if x75 is not _MISSING:
                    if not json_equal(x75, _CONST16):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x75,
                                1,
                                "/allOf/2/then/allOf/2/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/2/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/2/if/required", "required")
            )


def _check_78(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x79 = v.get("audioSettings", _MISSING)
        if x79 is not _MISSING:
            if type(x79) is dict:
                x80 = x79.get("sampleRate", _MISSING)
                if x80 is not _MISSING:
                    if not json_equal(x80, _CONST18):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x80,
                                12000,
                                "/allOf/2/then/allOf/3/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/3/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x81 = x79.get("channels", _MISSING)
                if x81 is not _MISSING:
                    if not json_equal(x81, _CONST17):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x81,
                                2,
                                "/allOf/2/then/allOf/3/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/3/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/3/if/required", "required")
            )


def _check_84(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x85 = v.get("audioSettings", _MISSING)
        if x85 is not _MISSING:
            if type(x85) is dict:
                x86 = x85.get("sampleRate", _MISSING)
                if x86 is not _MISSING:
                    if not json_equal(x86, _CONST19):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x86,
                                16000,
                                "/allOf/2/then/allOf/4/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/4/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x87 = x85.get("channels", _MISSING)
                if x87 is not _MISSING:
                    if not json_equal(x87, _CONST16):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x87,
                                1,
                                "/allOf/2/then/allOf/4/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/4/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/4/if/required", "required")
            )


def _check_90(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x91 = v.get("audioSettings", _MISSING)
        if x91 is not _MISSING:
            if type(x91) is dict:
                x92 = x91.get("sampleRate", _MISSING)
                if x92 is not _MISSING:
                    if not json_equal(x92, _CONST19):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x92,
                                16000,
                                "/allOf/2/then/allOf/5/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/5/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x93 = x91.get("channels", _MISSING)
                if x93 is not _MISSING:
                    if not json_equal(x93, _CONST17):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x93,
                                2,
                                "/allOf/2/then/allOf/5/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/5/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/5/if/required", "required")
            )


def _check_96(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x97 = v.get("audioSettings", _MISSING)
        if x97 is not _MISSING:
            if type(x97) is dict:
                x98 = x97.get("sampleRate", _MISSING)
                if x98 is not _MISSING:
                    if not json_equal(x98, _CONST20):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x98,
                                24000,
                                "/allOf/2/then/allOf/6/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/6/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x99 = x97.get("channels", _MISSING)
                if x99 is not _MISSING:
                    if not json_equal(x99, _CONST16):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x99,
                                1,
                                "/allOf/2/then/allOf/6/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/6/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/6/if/required", "required")
            )


def _check_102(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x103 = v.get("audioSettings", _MISSING)
        if x103 is not _MISSING:
            if type(x103) is dict:
                x104 = x103.get("sampleRate", _MISSING)
                if x104 is not _MISSING:
                    if not json_equal(x104, _CONST20):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x104,
                                24000,
                                "/allOf/2/then/allOf/7/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/7/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x105 = x103.get("channels", _MISSING)
                if x105 is not _MISSING:
                    if not json_equal(x105, _CONST17):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x105,
                                2,
                                "/allOf/2/then/allOf/7/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/7/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/7/if/required", "required")
            )


def _check_108(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x109 = v.get("audioSettings", _MISSING)
        if x109 is not _MISSING:
            if type(x109) is dict:
                x110 = x109.get("sampleRate", _MISSING)
                if x110 is not _MISSING:
                    if not json_equal(x110, _CONST21):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x110,
                                48000,
                                "/allOf/2/then/allOf/8/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/8/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x111 = x109.get("channels", _MISSING)
                if x111 is not _MISSING:
                    if not json_equal(x111, _CONST16):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x111,
                                1,
                                "/allOf/2/then/allOf/8/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/8/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/8/if/required", "required")
            )


def _check_114(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x115 = v.get("audioSettings", _MISSING)
        if x115 is not _MISSING:
            if type(x115) is dict:
                x116 = x115.get("sampleRate", _MISSING)
                if x116 is not _MISSING:
                    if not json_equal(x116, _CONST21):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "sampleRate"),
                                x116,
                                48000,
                                "/allOf/2/then/allOf/9/if/properties/audioSettings/properties/sampleRate/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "sampleRate",
                            "/allOf/2/then/allOf/9/if/properties/audioSettings/required",
                            "required",
                        )
                    )
                x117 = x115.get("channels", _MISSING)
                if x117 is not _MISSING:
                    if not json_equal(x117, _CONST17):
                        errs.append(
                            not_const(
                                (*path, "audioSettings", "channels"),
                                x117,
                                2,
                                "/allOf/2/then/allOf/9/if/properties/audioSettings/properties/channels/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "audioSettings"),
                            "channels",
                            "/allOf/2/then/allOf/9/if/properties/audioSettings/required",
                            "required",
                        )
                    )
        else:
            errs.append(
                missing((*path,), "audioSettings", "/allOf/2/then/allOf/9/if/required", "required")
            )


def _check_120(v: Any, path: tuple[Any, ...], errs: list[ValidationError]) -> None:
    if type(v) is dict:
        x121 = v.get("settings", _MISSING)
        if x121 is not _MISSING:
            if type(x121) is dict:
                x122 = x121.get("xVectorOnly", _MISSING)
                if x122 is not _MISSING:
                    if not json_equal(x122, _CONST22):
                        errs.append(
                            not_const(
                                (*path, "settings", "xVectorOnly"),
                                x122,
                                True,
                                "/allOf/3/if/properties/settings/properties/xVectorOnly/const",
                                "const",
                            )
                        )
                else:
                    errs.append(
                        missing(
                            (*path, "settings"),
                            "xVectorOnly",
                            "/allOf/3/if/properties/settings/required",
                            "required",
                        )
                    )
        else:
            errs.append(missing((*path,), "settings", "/allOf/3/if/required", "required"))


def validate(payload: object) -> list[ValidationError]:
    """Every error in a request payload (empty when valid)."""
    errs: list[ValidationError] = []
    v: Any = payload
    if type(v) is dict:
        x1 = v.get("model", _MISSING)
        if x1 is not _MISSING:
            if type(x1) is str:
                if x1 != "alibaba:qwen@3-tts-1.7b-base":
                    errs.append(
                        not_const(
                            ("model",),
                            x1,
                            "alibaba:qwen@3-tts-1.7b-base",
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
                x3 = x2.get("audio", _MISSING)
                if x3 is not _MISSING:
                    if type(x3) is str:
                        if not (_ok(_check_4, x3) or _ok(_check_5, x3)):
                            errs.append(
                                not_one_of(
                                    ("inputs", "audio"),
                                    x3,
                                    0,
                                    ["alternative 1", "alternative 2"],
                                    "/$defs/audioInput/anyOf",
                                    "anyOf",
                                    "anyOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("inputs", "audio"),
                                x3,
                                ("string",),
                                "/$defs/audioInput/type",
                                "type",
                            )
                        )
                else:
                    errs.append(
                        missing(("inputs",), "audio", "/properties/inputs/required", "required")
                    )
                if not x2.keys() <= _KNOWN0:
                    errs.extend(
                        unexpected_keys(
                            ("inputs",),
                            x2,
                            _KNOWN0,
                            ["audio"],
                            "/properties/inputs/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("inputs",), x2, ("object",), "/properties/inputs/type", "type")
                )
        else:
            errs.append(missing((), "inputs", "/required", "required"))
        x6 = v.get("speech", _MISSING)
        if x6 is not _MISSING:
            if type(x6) is dict:
                x7 = x6.get("text", _MISSING)
                if x7 is not _MISSING:
                    if type(x7) is str:
                        n8 = len(x7)
                        if n8 > 2000:
                            errs.append(
                                bad_size(
                                    ("speech", "text"),
                                    x7,
                                    "maxLength",
                                    2000,
                                    {"maxLength": 2000},
                                    "/properties/speech/properties/text/maxLength",
                                    "maxLength",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("speech", "text"),
                                x7,
                                ("string",),
                                "/properties/speech/properties/text/type",
                                "type",
                            )
                        )
                else:
                    errs.append(
                        missing(("speech",), "text", "/properties/speech/required", "required")
                    )
                x9 = x6.get("voice", _MISSING)
                if x9 is not _MISSING:
                    if type(x9) is str:
                        if x9 != "clone":
                            errs.append(
                                not_const(
                                    ("speech", "voice"),
                                    x9,
                                    "clone",
                                    "/properties/speech/properties/voice/const",
                                    "const",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("speech", "voice"),
                                x9,
                                ("string",),
                                "/properties/speech/properties/voice/type",
                                "type",
                            )
                        )
                else:
                    errs.append(
                        missing(("speech",), "voice", "/properties/speech/required", "required")
                    )
                x10 = x6.get("language", _MISSING)
                if x10 is not _MISSING:
                    if type(x10) is str:
                        n11 = len(x10)
                        if n11 < 1:
                            errs.append(
                                bad_size(
                                    ("speech", "language"),
                                    x10,
                                    "minLength",
                                    1,
                                    {"minLength": 1},
                                    "/properties/speech/properties/language/minLength",
                                    "minLength",
                                )
                            )
                        if x10 not in _ENUM1:
                            errs.append(
                                not_in_enum(
                                    ("speech", "language"),
                                    x10,
                                    [
                                        "Auto",
                                        "Chinese",
                                        "English",
                                        "Japanese",
                                        "Korean",
                                        "German",
                                        "French",
                                        "Russian",
                                        "Portuguese",
                                        "Spanish",
                                        "Italian",
                                    ],
                                    "/properties/speech/properties/language/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("speech", "language"),
                                x10,
                                ("string",),
                                "/properties/speech/properties/language/type",
                                "type",
                            )
                        )
                x12 = x6.get("speed", _MISSING)
                if x12 is not _MISSING:
                    if type(x12) is int or (type(x12) is float and x12 - x12 == 0):
                        if not x12 >= 0.25:
                            errs.append(
                                out_of_range(
                                    ("speech", "speed"),
                                    x12,
                                    "minimum",
                                    0.25,
                                    {"minimum": 0.25, "maximum": 4},
                                    "/properties/speech/properties/speed/minimum",
                                    "minimum",
                                )
                            )
                        if not x12 <= 4:
                            errs.append(
                                out_of_range(
                                    ("speech", "speed"),
                                    x12,
                                    "maximum",
                                    4,
                                    {"minimum": 0.25, "maximum": 4},
                                    "/properties/speech/properties/speed/maximum",
                                    "maximum",
                                )
                            )
                        if not is_multiple_of(x12, 0.01):
                            errs.append(
                                not_multiple(
                                    ("speech", "speed"),
                                    x12,
                                    0.01,
                                    "/properties/speech/properties/speed/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("speech", "speed"),
                                x12,
                                ("number",),
                                "/properties/speech/properties/speed/type",
                                "type",
                            )
                        )
                if not x6.keys() <= _KNOWN2:
                    errs.extend(
                        unexpected_keys(
                            ("speech",),
                            x6,
                            _KNOWN2,
                            ["language", "speed", "text", "voice"],
                            "/properties/speech/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("speech",), x6, ("object",), "/properties/speech/type", "type")
                )
        else:
            errs.append(missing((), "speech", "/required", "required"))
        x13 = v.get("settings", _MISSING)
        if x13 is not _MISSING:
            if type(x13) is dict:
                x14 = x13.get("maxNewTokens", _MISSING)
                if x14 is not _MISSING:
                    if type(x14) is int or (type(x14) is float and x14.is_integer()):
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "maxNewTokens"),
                                x14,
                                ("integer",),
                                "/properties/settings/properties/maxNewTokens/type",
                                "type",
                            )
                        )
                x15 = x13.get("transcript", _MISSING)
                if x15 is not _MISSING:
                    if type(x15) is str:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "transcript"),
                                x15,
                                ("string",),
                                "/properties/settings/properties/transcript/type",
                                "type",
                            )
                        )
                x16 = x13.get("xVectorOnly", _MISSING)
                if x16 is not _MISSING:
                    if type(x16) is bool:
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("settings", "xVectorOnly"),
                                x16,
                                ("boolean",),
                                "/properties/settings/properties/xVectorOnly/type",
                                "type",
                            )
                        )
                if not x13.keys() <= _KNOWN3:
                    errs.extend(
                        unexpected_keys(
                            ("settings",),
                            x13,
                            _KNOWN3,
                            ["maxNewTokens", "transcript", "xVectorOnly"],
                            "/properties/settings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("settings",), x13, ("object",), "/properties/settings/type", "type")
                )
        x17 = v.get("taskType", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is str:
                if x17 != "audioInference":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x17,
                            "audioInference",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(("taskType",), x17, ("string",), "/properties/taskType/type", "type")
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x18 = v.get("taskUUID", _MISSING)
        if x18 is not _MISSING:
            if type(x18) is str:
                if not is_uuid(x18):
                    errs.append(
                        bad_format(("taskUUID",), x18, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x18, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x19 = v.get("webhookURL", _MISSING)
        if x19 is not _MISSING:
            if type(x19) is str:
                if not is_uri(x19):
                    errs.append(
                        bad_format(
                            ("webhookURL",), x19, "uri", "/$defs/webhookURL/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("webhookURL",), x19, ("string",), "/$defs/webhookURL/type", "type")
                )
        x20 = v.get("includeCost", _MISSING)
        if x20 is not _MISSING:
            if type(x20) is bool:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("includeCost",), x20, ("boolean",), "/$defs/includeCost/type", "type"
                    )
                )
        x21 = v.get("numberResults", _MISSING)
        if x21 is not _MISSING:
            if type(x21) is int or (type(x21) is float and x21.is_integer()):
                if not x21 >= 1:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x21,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x21 <= 4:
                    errs.append(
                        out_of_range(
                            ("numberResults",),
                            x21,
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
                        ("numberResults",), x21, ("integer",), "/$defs/numberResults/type", "type"
                    )
                )
        x22 = v.get("uploadEndpoint", _MISSING)
        if x22 is not _MISSING:
            if type(x22) is str:
                if not is_uri(x22):
                    errs.append(
                        bad_format(
                            ("uploadEndpoint",),
                            x22,
                            "uri",
                            "/$defs/uploadEndpoint/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("uploadEndpoint",), x22, ("string",), "/$defs/uploadEndpoint/type", "type"
                    )
                )
        x23 = v.get("ttl", _MISSING)
        if x23 is not _MISSING:
            if type(x23) is int or (type(x23) is float and x23.is_integer()):
                if not x23 >= 60:
                    errs.append(
                        out_of_range(
                            ("ttl",),
                            x23,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(wrong_type(("ttl",), x23, ("integer",), "/$defs/ttl/type", "type"))
        x24 = v.get("outputType", _MISSING)
        if x24 is not _MISSING:
            if type(x24) is str:
                if x24 not in _ENUM4:
                    errs.append(
                        not_in_enum(
                            ("outputType",),
                            x24,
                            ["URL", "base64Data", "dataURI"],
                            "/properties/outputType/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputType",), x24, ("string",), "/properties/outputType/type", "type"
                    )
                )
        x25 = v.get("outputFormat", _MISSING)
        if x25 is not _MISSING:
            if type(x25) is str:
                if x25 not in _ENUM5:
                    errs.append(
                        not_in_enum(
                            ("outputFormat",),
                            x25,
                            ["MP3", "WAV", "FLAC", "OGG"],
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("outputFormat",), x25, ("string",), "/properties/outputFormat/type", "type"
                    )
                )
        x26 = v.get("deliveryMethod", _MISSING)
        if x26 is not _MISSING:
            if type(x26) is str:
                matched29 = _ok(_check_27, x26) + _ok(_check_28, x26)
                if matched29 != 1:
                    errs.append(
                        not_one_of(
                            ("deliveryMethod",),
                            x26,
                            matched29,
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
                        x26,
                        ("string",),
                        "/$defs/deliverySyncOrAsync/type",
                        "type",
                    )
                )
        x30 = v.get("audioSettings", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is dict:
                x31 = x30.get("bitrate", _MISSING)
                if x31 is not _MISSING:
                    if type(x31) is int or (type(x31) is float and x31.is_integer()):
                        if not x31 >= 8:
                            errs.append(
                                out_of_range(
                                    ("audioSettings", "bitrate"),
                                    x31,
                                    "minimum",
                                    8,
                                    {"minimum": 8},
                                    "/properties/audioSettings/properties/bitrate/minimum",
                                    "minimum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("audioSettings", "bitrate"),
                                x31,
                                ("integer",),
                                "/properties/audioSettings/properties/bitrate/type",
                                "type",
                            )
                        )
                x32 = x30.get("channels", _MISSING)
                if x32 is not _MISSING:
                    if type(x32) is int or (type(x32) is float and x32.is_integer()):
                        if not in_enum(x32, _ENUM6):
                            errs.append(
                                not_in_enum(
                                    ("audioSettings", "channels"),
                                    x32,
                                    [1, 2],
                                    "/properties/audioSettings/properties/channels/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            wrong_type(
                                ("audioSettings", "channels"),
                                x32,
                                ("integer",),
                                "/properties/audioSettings/properties/channels/type",
                                "type",
                            )
                        )
                x33 = x30.get("sampleRate", _MISSING)
                if x33 is not _MISSING:
                    if type(x33) is int or (type(x33) is float and x33.is_integer()):
                        pass
                    else:
                        errs.append(
                            wrong_type(
                                ("audioSettings", "sampleRate"),
                                x33,
                                ("integer",),
                                "/properties/audioSettings/properties/sampleRate/type",
                                "type",
                            )
                        )
                if not x30.keys() <= _KNOWN7:
                    errs.extend(
                        unexpected_keys(
                            ("audioSettings",),
                            x30,
                            _KNOWN7,
                            ["bitrate", "channels", "sampleRate"],
                            "/properties/audioSettings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("audioSettings",),
                        x30,
                        ("object",),
                        "/properties/audioSettings/type",
                        "type",
                    )
                )
        if not v.keys() <= _KNOWN8:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN8,
                    [
                        "audioSettings",
                        "deliveryMethod",
                        "includeCost",
                        "inputs",
                        "model",
                        "numberResults",
                        "outputFormat",
                        "outputType",
                        "settings",
                        "speech",
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
        if _ok(_check_34, v):
            if _ok(_check_36, v):
                errs.append(forbidden((), v, "/allOf/0/then/not", "not"))
        if _ok(_check_37, v):
            if type(v) is dict:
                x39 = v.get("audioSettings", _MISSING)
                if x39 is not _MISSING:
                    if type(x39) is dict:
                        x40 = x39.get("sampleRate", _MISSING)
                        if x40 is not _MISSING:
                            if not in_enum(x40, _ENUM10):
                                errs.append(
                                    not_in_enum(
                                        ("audioSettings", "sampleRate"),
                                        x40,
                                        [
                                            8000,
                                            11025,
                                            12000,
                                            16000,
                                            22050,
                                            24000,
                                            32000,
                                            44100,
                                            48000,
                                        ],
                                        "/allOf/1/then/properties/audioSettings/properties/sampleRate/enum",
                                        "enum",
                                    )
                                )
            if _ok(_check_41, v):
                if type(v) is dict:
                    x44 = v.get("audioSettings", _MISSING)
                    if x44 is not _MISSING:
                        if type(x44) is dict:
                            x45 = x44.get("bitrate", _MISSING)
                            if x45 is not _MISSING:
                                if type(x45) is int or type(x45) is float:
                                    if not x45 >= 8:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x45,
                                                "minimum",
                                                8,
                                                {"minimum": 8, "maximum": 64},
                                                "/allOf/1/then/allOf/0/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x45 <= 64:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x45,
                                                "maximum",
                                                64,
                                                {"minimum": 8, "maximum": 64},
                                                "/allOf/1/then/allOf/0/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_46, v):
                if type(v) is dict:
                    x49 = v.get("audioSettings", _MISSING)
                    if x49 is not _MISSING:
                        if type(x49) is dict:
                            x50 = x49.get("bitrate", _MISSING)
                            if x50 is not _MISSING:
                                if type(x50) is int or type(x50) is float:
                                    if not x50 >= 8:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x50,
                                                "minimum",
                                                8,
                                                {"minimum": 8, "maximum": 160},
                                                "/allOf/1/then/allOf/1/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x50 <= 160:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x50,
                                                "maximum",
                                                160,
                                                {"minimum": 8, "maximum": 160},
                                                "/allOf/1/then/allOf/1/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_51, v):
                if type(v) is dict:
                    x54 = v.get("audioSettings", _MISSING)
                    if x54 is not _MISSING:
                        if type(x54) is dict:
                            x55 = x54.get("bitrate", _MISSING)
                            if x55 is not _MISSING:
                                if type(x55) is int or type(x55) is float:
                                    if not x55 >= 32:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x55,
                                                "minimum",
                                                32,
                                                {"minimum": 32, "maximum": 320},
                                                "/allOf/1/then/allOf/2/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x55 <= 320:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x55,
                                                "maximum",
                                                320,
                                                {"minimum": 32, "maximum": 320},
                                                "/allOf/1/then/allOf/2/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
        if _ok(_check_56, v):
            if type(v) is dict:
                x58 = v.get("audioSettings", _MISSING)
                if x58 is not _MISSING:
                    if type(x58) is dict:
                        x59 = x58.get("sampleRate", _MISSING)
                        if x59 is not _MISSING:
                            if not in_enum(x59, _ENUM14):
                                errs.append(
                                    not_in_enum(
                                        ("audioSettings", "sampleRate"),
                                        x59,
                                        [8000, 12000, 16000, 24000, 48000],
                                        "/allOf/2/then/properties/audioSettings/properties/sampleRate/enum",
                                        "enum",
                                    )
                                )
            if _ok(_check_60, v):
                if type(v) is dict:
                    x64 = v.get("audioSettings", _MISSING)
                    if x64 is not _MISSING:
                        if type(x64) is dict:
                            x65 = x64.get("bitrate", _MISSING)
                            if x65 is not _MISSING:
                                if type(x65) is int or type(x65) is float:
                                    if not x65 >= 8:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x65,
                                                "minimum",
                                                8,
                                                {"minimum": 8, "maximum": 40},
                                                "/allOf/2/then/allOf/0/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x65 <= 40:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x65,
                                                "maximum",
                                                40,
                                                {"minimum": 8, "maximum": 40},
                                                "/allOf/2/then/allOf/0/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_66, v):
                if type(v) is dict:
                    x70 = v.get("audioSettings", _MISSING)
                    if x70 is not _MISSING:
                        if type(x70) is dict:
                            x71 = x70.get("bitrate", _MISSING)
                            if x71 is not _MISSING:
                                if type(x71) is int or type(x71) is float:
                                    if not x71 >= 16:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x71,
                                                "minimum",
                                                16,
                                                {"minimum": 16, "maximum": 80},
                                                "/allOf/2/then/allOf/1/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x71 <= 80:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x71,
                                                "maximum",
                                                80,
                                                {"minimum": 16, "maximum": 80},
                                                "/allOf/2/then/allOf/1/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_72, v):
                if type(v) is dict:
                    x76 = v.get("audioSettings", _MISSING)
                    if x76 is not _MISSING:
                        if type(x76) is dict:
                            x77 = x76.get("bitrate", _MISSING)
                            if x77 is not _MISSING:
                                if type(x77) is int or type(x77) is float:
                                    if not x77 >= 16:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x77,
                                                "minimum",
                                                16,
                                                {"minimum": 16, "maximum": 48},
                                                "/allOf/2/then/allOf/2/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x77 <= 48:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x77,
                                                "maximum",
                                                48,
                                                {"minimum": 16, "maximum": 48},
                                                "/allOf/2/then/allOf/2/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_78, v):
                if type(v) is dict:
                    x82 = v.get("audioSettings", _MISSING)
                    if x82 is not _MISSING:
                        if type(x82) is dict:
                            x83 = x82.get("bitrate", _MISSING)
                            if x83 is not _MISSING:
                                if type(x83) is int or type(x83) is float:
                                    if not x83 >= 16:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x83,
                                                "minimum",
                                                16,
                                                {"minimum": 16, "maximum": 96},
                                                "/allOf/2/then/allOf/3/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x83 <= 96:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x83,
                                                "maximum",
                                                96,
                                                {"minimum": 16, "maximum": 96},
                                                "/allOf/2/then/allOf/3/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_84, v):
                if type(v) is dict:
                    x88 = v.get("audioSettings", _MISSING)
                    if x88 is not _MISSING:
                        if type(x88) is dict:
                            x89 = x88.get("bitrate", _MISSING)
                            if x89 is not _MISSING:
                                if type(x89) is int or type(x89) is float:
                                    if not x89 >= 16:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x89,
                                                "minimum",
                                                16,
                                                {"minimum": 16, "maximum": 96},
                                                "/allOf/2/then/allOf/4/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x89 <= 96:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x89,
                                                "maximum",
                                                96,
                                                {"minimum": 16, "maximum": 96},
                                                "/allOf/2/then/allOf/4/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_90, v):
                if type(v) is dict:
                    x94 = v.get("audioSettings", _MISSING)
                    if x94 is not _MISSING:
                        if type(x94) is dict:
                            x95 = x94.get("bitrate", _MISSING)
                            if x95 is not _MISSING:
                                if type(x95) is int or type(x95) is float:
                                    if not x95 >= 24:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x95,
                                                "minimum",
                                                24,
                                                {"minimum": 24, "maximum": 192},
                                                "/allOf/2/then/allOf/5/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x95 <= 192:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x95,
                                                "maximum",
                                                192,
                                                {"minimum": 24, "maximum": 192},
                                                "/allOf/2/then/allOf/5/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_96, v):
                if type(v) is dict:
                    x100 = v.get("audioSettings", _MISSING)
                    if x100 is not _MISSING:
                        if type(x100) is dict:
                            x101 = x100.get("bitrate", _MISSING)
                            if x101 is not _MISSING:
                                if type(x101) is int or type(x101) is float:
                                    if not x101 >= 16:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x101,
                                                "minimum",
                                                16,
                                                {"minimum": 16, "maximum": 80},
                                                "/allOf/2/then/allOf/6/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x101 <= 80:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x101,
                                                "maximum",
                                                80,
                                                {"minimum": 16, "maximum": 80},
                                                "/allOf/2/then/allOf/6/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_102, v):
                if type(v) is dict:
                    x106 = v.get("audioSettings", _MISSING)
                    if x106 is not _MISSING:
                        if type(x106) is dict:
                            x107 = x106.get("bitrate", _MISSING)
                            if x107 is not _MISSING:
                                if type(x107) is int or type(x107) is float:
                                    if not x107 >= 32:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x107,
                                                "minimum",
                                                32,
                                                {"minimum": 32, "maximum": 160},
                                                "/allOf/2/then/allOf/7/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x107 <= 160:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x107,
                                                "maximum",
                                                160,
                                                {"minimum": 32, "maximum": 160},
                                                "/allOf/2/then/allOf/7/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_108, v):
                if type(v) is dict:
                    x112 = v.get("audioSettings", _MISSING)
                    if x112 is not _MISSING:
                        if type(x112) is dict:
                            x113 = x112.get("bitrate", _MISSING)
                            if x113 is not _MISSING:
                                if type(x113) is int or type(x113) is float:
                                    if not x113 >= 32:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x113,
                                                "minimum",
                                                32,
                                                {"minimum": 32, "maximum": 224},
                                                "/allOf/2/then/allOf/8/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x113 <= 224:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x113,
                                                "maximum",
                                                224,
                                                {"minimum": 32, "maximum": 224},
                                                "/allOf/2/then/allOf/8/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
            if _ok(_check_114, v):
                if type(v) is dict:
                    x118 = v.get("audioSettings", _MISSING)
                    if x118 is not _MISSING:
                        if type(x118) is dict:
                            x119 = x118.get("bitrate", _MISSING)
                            if x119 is not _MISSING:
                                if type(x119) is int or type(x119) is float:
                                    if not x119 >= 48:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x119,
                                                "minimum",
                                                48,
                                                {"minimum": 48, "maximum": 256},
                                                "/allOf/2/then/allOf/9/then/properties/audioSettings/properties/bitrate/minimum",
                                                "minimum",
                                            )
                                        )
                                    if not x119 <= 256:
                                        errs.append(
                                            out_of_range(
                                                ("audioSettings", "bitrate"),
                                                x119,
                                                "maximum",
                                                256,
                                                {"minimum": 48, "maximum": 256},
                                                "/allOf/2/then/allOf/9/then/properties/audioSettings/properties/bitrate/maximum",
                                                "maximum",
                                            )
                                        )
        if _ok(_check_120, v):
            if type(v) is dict:
                if "settings" not in v:
                    errs.append(missing((), "settings", "/allOf/3/then/required", "required"))
        else:
            if type(v) is dict:
                x123 = v.get("settings", _MISSING)
                if x123 is not _MISSING:
                    if type(x123) is dict:
                        if "transcript" not in x123:
                            errs.append(
                                missing(
                                    ("settings",),
                                    "transcript",
                                    "/allOf/3/else/properties/settings/required",
                                    "required",
                                )
                            )
                else:
                    errs.append(missing((), "settings", "/allOf/3/else/required", "required"))
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
        x124 = v.get("taskType", _MISSING)
        if x124 is not _MISSING:
            if type(x124) is str:
                if x124 != "audioInference":
                    errs.append(
                        not_const(
                            ("taskType",),
                            x124,
                            "audioInference",
                            "/properties/taskType/const",
                            "const",
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("taskType",), x124, ("string",), "/properties/taskType/type", "type"
                    )
                )
        else:
            errs.append(missing((), "taskType", "/required", "required"))
        x125 = v.get("taskUUID", _MISSING)
        if x125 is not _MISSING:
            if type(x125) is str:
                if not is_uuid(x125):
                    errs.append(
                        bad_format(("taskUUID",), x125, "uuid", "/$defs/taskUUID/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("taskUUID",), x125, ("string",), "/$defs/taskUUID/type", "type")
                )
        else:
            errs.append(missing((), "taskUUID", "/required", "required"))
        x126 = v.get("cost", _MISSING)
        if x126 is not _MISSING:
            if type(x126) is int or (type(x126) is float and x126 - x126 == 0):
                pass
            else:
                errs.append(wrong_type(("cost",), x126, ("number",), "/$defs/cost/type", "type"))
        x127 = v.get("audioUUID", _MISSING)
        if x127 is not _MISSING:
            if type(x127) is str:
                if not is_uuid(x127):
                    errs.append(
                        bad_format(
                            ("audioUUID",), x127, "uuid", "/$defs/audioUUID/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(("audioUUID",), x127, ("string",), "/$defs/audioUUID/type", "type")
                )
        else:
            errs.append(missing((), "audioUUID", "/required", "required"))
        x128 = v.get("audioURL", _MISSING)
        if x128 is not _MISSING:
            if type(x128) is str:
                if not is_uri(x128):
                    errs.append(
                        bad_format(("audioURL",), x128, "uri", "/$defs/audioURL/format", "format")
                    )
            else:
                errs.append(
                    wrong_type(("audioURL",), x128, ("string",), "/$defs/audioURL/type", "type")
                )
        x129 = v.get("audioBase64Data", _MISSING)
        if x129 is not _MISSING:
            if type(x129) is str:
                pass
            else:
                errs.append(
                    wrong_type(
                        ("audioBase64Data",),
                        x129,
                        ("string",),
                        "/$defs/audioBase64Data/type",
                        "type",
                    )
                )
        x130 = v.get("audioDataURI", _MISSING)
        if x130 is not _MISSING:
            if type(x130) is str:
                if not is_uri(x130):
                    errs.append(
                        bad_format(
                            ("audioDataURI",), x130, "uri", "/$defs/audioDataURI/format", "format"
                        )
                    )
            else:
                errs.append(
                    wrong_type(
                        ("audioDataURI",), x130, ("string",), "/$defs/audioDataURI/type", "type"
                    )
                )
        x131 = v.get("seed", _MISSING)
        if x131 is not _MISSING:
            if type(x131) is int or (type(x131) is float and x131.is_integer()):
                pass
            else:
                errs.append(wrong_type(("seed",), x131, ("integer",), "/$defs/seed/type", "type"))
        if not v.keys() <= _KNOWN23:
            errs.extend(
                unexpected_keys(
                    (),
                    v,
                    _KNOWN23,
                    [
                        "audioBase64Data",
                        "audioDataURI",
                        "audioURL",
                        "audioUUID",
                        "cost",
                        "seed",
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
