"""Validators for Qwen3-TTS 1.7B Base (alibaba:qwen@3-tts-1.7b-base), generated from spec/models/alibaba-qwen3-tts-1-7b-base.yaml.

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
    not_const,
    not_in_enum,
    not_multiple,
    not_one_of,
    out_of_range,
    wrong_type,
)

__all__ = ["check", "is_valid", "validate", "validate_response"]

_MISSING: Any = object()

_CONST0 = "alibaba:qwen@3-tts-1.7b-base"
_ALTS1 = ["alternative 1", "alternative 2"]
_KNOWN2 = frozenset({"audio"})
_KNOWNLIST3 = ["audio"]
_CONST4 = "clone"
_ENUM5 = frozenset(
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
_ENUMLIST6 = [
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
]
_KNOWN7 = frozenset({"language", "speed", "text", "voice"})
_KNOWNLIST8 = ["language", "speed", "text", "voice"]
_KNOWN9 = frozenset({"maxNewTokens", "transcript", "xVectorOnly"})
_KNOWNLIST10 = ["maxNewTokens", "transcript", "xVectorOnly"]
_CONST11 = "audioInference"
_ENUM12 = frozenset({"URL", "base64Data", "dataURI"})
_ENUMLIST13 = ["URL", "base64Data", "dataURI"]
_ENUM14 = frozenset({"FLAC", "MP3", "OGG", "WAV"})
_ENUMLIST15 = ["MP3", "WAV", "FLAC", "OGG"]
_ENUM16 = frozenset({1, 2})
_ENUMLIST17 = [1, 2]
_KNOWN18 = frozenset({"bitrate", "channels", "sampleRate"})
_KNOWNLIST19 = ["bitrate", "channels", "sampleRate"]
_KNOWN20 = frozenset(
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
_KNOWNLIST21 = [
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
]
_ENUM22 = frozenset({"FLAC", "WAV"})
_ENUM23 = frozenset({11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 8000})
_ENUMLIST24 = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000]
_ENUM25 = frozenset({11025, 12000, 8000})
_ENUM26 = frozenset({16000, 22050, 24000})
_ENUM27 = frozenset({32000, 44100, 48000})
_ENUM28 = frozenset({12000, 16000, 24000, 48000, 8000})
_ENUMLIST29 = [8000, 12000, 16000, 24000, 48000]
_KNOWN30 = frozenset(
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
_KNOWNLIST31 = [
    "audioBase64Data",
    "audioDataURI",
    "audioURL",
    "audioUUID",
    "cost",
    "seed",
    "taskType",
    "taskUUID",
]


def _b75(v: Any) -> bool:
    try:
        if type(v) is not dict:
            return False
        if not _KNOWN20.issuperset(v):
            return False
        x76 = v["model"]
        if type(x76) is not str or x76 != "alibaba:qwen@3-tts-1.7b-base":
            return False
        x77 = v["inputs"]
        if type(x77) is not dict:
            return False
        x78 = x77["audio"]
        if type(x78) is not str:
            return False
        if not (((is_uuid(x78))) or (((_uri_common(x78) is not None or is_uri(x78))))):
            return False
        if len(x77) != 1:
            return False
        x79 = v["speech"]
        if type(x79) is not dict:
            return False
        x80 = x79["text"]
        if type(x80) is not str or len(x80) > 2000:
            return False
        x81 = x79["voice"]
        if type(x81) is not str or x81 != "clone":
            return False
        x82 = x79.get("language", _MISSING)
        if x82 is not _MISSING:
            if type(x82) is not str or len(x82) < 1 or x82 not in _ENUM5:
                return False
        x83 = x79.get("speed", _MISSING)
        if x83 is not _MISSING:
            if (
                not ((type(x83) is int or type(x83) is float))
                or not 0.25 <= x83 <= 4
                or not is_multiple_of(x83, 0.01)
            ):
                return False
        if len(x79) != 2 + (x82 is not _MISSING) + (x83 is not _MISSING):
            return False
        x84 = v.get("settings", _MISSING)
        if x84 is not _MISSING:
            if type(x84) is not dict:
                return False
            x85 = x84.get("maxNewTokens", _MISSING)
            if x85 is not _MISSING:
                if not ((type(x85) is int or (type(x85) is float and x85.is_integer()))):
                    return False
            x86 = x84.get("transcript", _MISSING)
            if x86 is not _MISSING:
                if type(x86) is not str:
                    return False
            x87 = x84.get("xVectorOnly", _MISSING)
            if x87 is not _MISSING:
                if type(x87) is not bool:
                    return False
            if len(x84) != 0 + (x85 is not _MISSING) + (x86 is not _MISSING) + (
                x87 is not _MISSING
            ):
                return False
        x88 = v["taskType"]
        if type(x88) is not str or x88 != "audioInference":
            return False
        x89 = v["taskUUID"]
        if type(x89) is not str or not is_uuid(x89):
            return False
        x90 = v.get("webhookURL", _MISSING)
        if x90 is not _MISSING:
            if type(x90) is not str or not (_uri_common(x90) is not None or is_uri(x90)):
                return False
        x91 = v.get("includeCost", _MISSING)
        if x91 is not _MISSING:
            if type(x91) is not bool:
                return False
        x92 = v.get("numberResults", _MISSING)
        if x92 is not _MISSING:
            if (
                not ((type(x92) is int or (type(x92) is float and x92.is_integer())))
                or not 1 <= x92 <= 4
            ):
                return False
        x93 = v.get("uploadEndpoint", _MISSING)
        if x93 is not _MISSING:
            if type(x93) is not str or not (_uri_common(x93) is not None or is_uri(x93)):
                return False
        x94 = v.get("ttl", _MISSING)
        if x94 is not _MISSING:
            if (
                not ((type(x94) is int or (type(x94) is float and x94.is_integer())))
                or not 60 <= x94
            ):
                return False
        x95 = v.get("outputType", _MISSING)
        if x95 is not _MISSING:
            if type(x95) is not str or x95 not in _ENUM12:
                return False
        x96 = v.get("outputFormat", _MISSING)
        if x96 is not _MISSING:
            if type(x96) is not str or x96 not in _ENUM14:
                return False
        x97 = v.get("deliveryMethod", _MISSING)
        if x97 is not _MISSING:
            if type(x97) is not str:
                return False
            if ((x97 == "sync")) + ((x97 == "async")) != 1:
                return False
        x98 = v.get("audioSettings", _MISSING)
        if x98 is not _MISSING:
            if type(x98) is not dict:
                return False
            x99 = x98.get("bitrate", _MISSING)
            if x99 is not _MISSING:
                if (
                    not ((type(x99) is int or (type(x99) is float and x99.is_integer())))
                    or not 8 <= x99
                ):
                    return False
            x100 = x98.get("channels", _MISSING)
            if x100 is not _MISSING:
                if (
                    not ((type(x100) is int or (type(x100) is float and x100.is_integer())))
                    or x100 not in _ENUM16
                ):
                    return False
            x101 = x98.get("sampleRate", _MISSING)
            if x101 is not _MISSING:
                if not ((type(x101) is int or (type(x101) is float and x101.is_integer()))):
                    return False
            if len(x98) != 0 + (x99 is not _MISSING) + (x100 is not _MISSING) + (
                x101 is not _MISSING
            ):
                return False
        if "outputFormat" in v and (
            "outputFormat" not in v
            or ((type(v["outputFormat"]) is str and v["outputFormat"] in _ENUM22))
        ):
            if "audioSettings" in v:
                return False
        if "outputFormat" in v and (
            "outputFormat" not in v
            or ((type(v["outputFormat"]) is str and v["outputFormat"] == "MP3"))
        ):
            x102 = v.get("audioSettings", _MISSING)
            if x102 is not _MISSING:
                if type(x102) is dict:
                    x103 = x102.get("sampleRate", _MISSING)
                    if x103 is not _MISSING:
                        if not ((type(x103) is int or type(x103) is float) and x103 in _ENUM23):
                            return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] in _ENUM25
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x104 = v.get("audioSettings", _MISSING)
                if x104 is not _MISSING:
                    if type(x104) is dict:
                        x105 = x104.get("bitrate", _MISSING)
                        if x105 is not _MISSING:
                            if (type(x105) is int or type(x105) is float) and (not 8 <= x105 <= 64):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] in _ENUM26
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x106 = v.get("audioSettings", _MISSING)
                if x106 is not _MISSING:
                    if type(x106) is dict:
                        x107 = x106.get("bitrate", _MISSING)
                        if x107 is not _MISSING:
                            if (type(x107) is int or type(x107) is float) and (
                                not 8 <= x107 <= 160
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] in _ENUM27
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x108 = v.get("audioSettings", _MISSING)
                if x108 is not _MISSING:
                    if type(x108) is dict:
                        x109 = x108.get("bitrate", _MISSING)
                        if x109 is not _MISSING:
                            if (type(x109) is int or type(x109) is float) and (
                                not 32 <= x109 <= 320
                            ):
                                return False
        if "outputFormat" in v and (
            "outputFormat" not in v
            or ((type(v["outputFormat"]) is str and v["outputFormat"] == "OGG"))
        ):
            x110 = v.get("audioSettings", _MISSING)
            if x110 is not _MISSING:
                if type(x110) is dict:
                    x111 = x110.get("sampleRate", _MISSING)
                    if x111 is not _MISSING:
                        if not ((type(x111) is int or type(x111) is float) and x111 in _ENUM28):
                            return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 8000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x112 = v.get("audioSettings", _MISSING)
                if x112 is not _MISSING:
                    if type(x112) is dict:
                        x113 = x112.get("bitrate", _MISSING)
                        if x113 is not _MISSING:
                            if (type(x113) is int or type(x113) is float) and (not 8 <= x113 <= 40):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 8000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x114 = v.get("audioSettings", _MISSING)
                if x114 is not _MISSING:
                    if type(x114) is dict:
                        x115 = x114.get("bitrate", _MISSING)
                        if x115 is not _MISSING:
                            if (type(x115) is int or type(x115) is float) and (
                                not 16 <= x115 <= 80
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 12000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x116 = v.get("audioSettings", _MISSING)
                if x116 is not _MISSING:
                    if type(x116) is dict:
                        x117 = x116.get("bitrate", _MISSING)
                        if x117 is not _MISSING:
                            if (type(x117) is int or type(x117) is float) and (
                                not 16 <= x117 <= 48
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 12000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x118 = v.get("audioSettings", _MISSING)
                if x118 is not _MISSING:
                    if type(x118) is dict:
                        x119 = x118.get("bitrate", _MISSING)
                        if x119 is not _MISSING:
                            if (type(x119) is int or type(x119) is float) and (
                                not 16 <= x119 <= 96
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 16000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x120 = v.get("audioSettings", _MISSING)
                if x120 is not _MISSING:
                    if type(x120) is dict:
                        x121 = x120.get("bitrate", _MISSING)
                        if x121 is not _MISSING:
                            if (type(x121) is int or type(x121) is float) and (
                                not 16 <= x121 <= 96
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 16000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x122 = v.get("audioSettings", _MISSING)
                if x122 is not _MISSING:
                    if type(x122) is dict:
                        x123 = x122.get("bitrate", _MISSING)
                        if x123 is not _MISSING:
                            if (type(x123) is int or type(x123) is float) and (
                                not 24 <= x123 <= 192
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 24000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x124 = v.get("audioSettings", _MISSING)
                if x124 is not _MISSING:
                    if type(x124) is dict:
                        x125 = x124.get("bitrate", _MISSING)
                        if x125 is not _MISSING:
                            if (type(x125) is int or type(x125) is float) and (
                                not 16 <= x125 <= 80
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 24000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x126 = v.get("audioSettings", _MISSING)
                if x126 is not _MISSING:
                    if type(x126) is dict:
                        x127 = x126.get("bitrate", _MISSING)
                        if x127 is not _MISSING:
                            if (type(x127) is int or type(x127) is float) and (
                                not 32 <= x127 <= 160
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 48000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x128 = v.get("audioSettings", _MISSING)
                if x128 is not _MISSING:
                    if type(x128) is dict:
                        x129 = x128.get("bitrate", _MISSING)
                        if x129 is not _MISSING:
                            if (type(x129) is int or type(x129) is float) and (
                                not 32 <= x129 <= 224
                            ):
                                return False
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 48000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x130 = v.get("audioSettings", _MISSING)
                if x130 is not _MISSING:
                    if type(x130) is dict:
                        x131 = x130.get("bitrate", _MISSING)
                        if x131 is not _MISSING:
                            if (type(x131) is int or type(x131) is float) and (
                                not 48 <= x131 <= 256
                            ):
                                return False
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "xVectorOnly" in v["settings"]
                        and (
                            "xVectorOnly" not in v["settings"]
                            or (v["settings"]["xVectorOnly"] is True)
                        )
                    )
                )
            )
        ):
            if "settings" not in v:
                return False
        else:
            x132 = v["settings"]
            if type(x132) is dict:
                if "transcript" not in x132:
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
                if not x1 == "alibaba:qwen@3-tts-1.7b-base":
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
        try:
            x2 = v["inputs"]
        except KeyError:
            errs.append(deferred(missing, (), "inputs", "/required", "required"))
        else:
            if type(x2) is dict:
                try:
                    x3 = x2["audio"]
                except KeyError:
                    errs.append(
                        deferred(
                            missing, ("inputs",), "audio", "/properties/inputs/required", "required"
                        )
                    )
                else:
                    if type(x3) is str:
                        if not (((is_uuid(x3))) or (((_uri_common(x3) is not None or is_uri(x3))))):
                            errs.append(
                                deferred(
                                    not_one_of,
                                    ("inputs", "audio"),
                                    x3,
                                    0,
                                    _ALTS1,
                                    "/$defs/audioInput/anyOf",
                                    "anyOf",
                                    "anyOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("inputs", "audio"),
                                x3,
                                ("string",),
                                "/$defs/audioInput/type",
                                "type",
                            )
                        )
                if not _KNOWN2.issuperset(x2):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("inputs",),
                            x2,
                            _KNOWN2,
                            _KNOWNLIST3,
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
            x7 = v["speech"]
        except KeyError:
            errs.append(deferred(missing, (), "speech", "/required", "required"))
        else:
            if type(x7) is dict:
                try:
                    x8 = x7["text"]
                except KeyError:
                    errs.append(
                        deferred(
                            missing, ("speech",), "text", "/properties/speech/required", "required"
                        )
                    )
                else:
                    if type(x8) is str:
                        n9 = len(x8)
                        if n9 > 2000:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("speech", "text"),
                                    x8,
                                    "maxLength",
                                    2000,
                                    {"maxLength": 2000},
                                    "/properties/speech/properties/text/maxLength",
                                    "maxLength",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("speech", "text"),
                                x8,
                                ("string",),
                                "/properties/speech/properties/text/type",
                                "type",
                            )
                        )
                try:
                    x10 = x7["voice"]
                except KeyError:
                    errs.append(
                        deferred(
                            missing, ("speech",), "voice", "/properties/speech/required", "required"
                        )
                    )
                else:
                    if type(x10) is str:
                        if not x10 == "clone":
                            errs.append(
                                deferred(
                                    not_const,
                                    ("speech", "voice"),
                                    x10,
                                    _CONST4,
                                    "/properties/speech/properties/voice/const",
                                    "const",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("speech", "voice"),
                                x10,
                                ("string",),
                                "/properties/speech/properties/voice/type",
                                "type",
                            )
                        )
                x11 = x7.get("language", _MISSING)
                if x11 is not _MISSING:
                    if type(x11) is str:
                        n12 = len(x11)
                        if n12 < 1:
                            errs.append(
                                deferred(
                                    bad_size,
                                    ("speech", "language"),
                                    x11,
                                    "minLength",
                                    1,
                                    {"minLength": 1},
                                    "/properties/speech/properties/language/minLength",
                                    "minLength",
                                )
                            )
                        if not x11 in _ENUM5:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("speech", "language"),
                                    x11,
                                    _ENUMLIST6,
                                    "/properties/speech/properties/language/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("speech", "language"),
                                x11,
                                ("string",),
                                "/properties/speech/properties/language/type",
                                "type",
                            )
                        )
                x13 = x7.get("speed", _MISSING)
                if x13 is not _MISSING:
                    if type(x13) is int or (type(x13) is float and x13 - x13 == 0):
                        if not x13 >= 0.25:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("speech", "speed"),
                                    x13,
                                    "minimum",
                                    0.25,
                                    {"minimum": 0.25, "maximum": 4},
                                    "/properties/speech/properties/speed/minimum",
                                    "minimum",
                                )
                            )
                        if not x13 <= 4:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("speech", "speed"),
                                    x13,
                                    "maximum",
                                    4,
                                    {"minimum": 0.25, "maximum": 4},
                                    "/properties/speech/properties/speed/maximum",
                                    "maximum",
                                )
                            )
                        if not is_multiple_of(x13, 0.01):
                            errs.append(
                                deferred(
                                    not_multiple,
                                    ("speech", "speed"),
                                    x13,
                                    0.01,
                                    "/properties/speech/properties/speed/multipleOf",
                                    "multipleOf",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("speech", "speed"),
                                x13,
                                ("number",),
                                "/properties/speech/properties/speed/type",
                                "type",
                            )
                        )
                if not _KNOWN7.issuperset(x7):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("speech",),
                            x7,
                            _KNOWN7,
                            _KNOWNLIST8,
                            "/properties/speech/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("speech",), x7, ("object",), "/properties/speech/type", "type"
                    )
                )
        x17 = v.get("settings", _MISSING)
        if x17 is not _MISSING:
            if type(x17) is dict:
                x18 = x17.get("maxNewTokens", _MISSING)
                if x18 is not _MISSING:
                    if type(x18) is int or (type(x18) is float and x18.is_integer()):
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "maxNewTokens"),
                                x18,
                                ("integer",),
                                "/properties/settings/properties/maxNewTokens/type",
                                "type",
                            )
                        )
                x19 = x17.get("transcript", _MISSING)
                if x19 is not _MISSING:
                    if type(x19) is str:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "transcript"),
                                x19,
                                ("string",),
                                "/properties/settings/properties/transcript/type",
                                "type",
                            )
                        )
                x20 = x17.get("xVectorOnly", _MISSING)
                if x20 is not _MISSING:
                    if type(x20) is bool:
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("settings", "xVectorOnly"),
                                x20,
                                ("boolean",),
                                "/properties/settings/properties/xVectorOnly/type",
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
            x24 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x24) is str:
                if not x24 == "audioInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x24,
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
                        x24,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x25 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x25) is str:
                if not is_uuid(x25):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x25,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x25, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x26 = v.get("webhookURL", _MISSING)
        if x26 is not _MISSING:
            if type(x26) is str:
                if not (_uri_common(x26) is not None or is_uri(x26)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("webhookURL",),
                            x26,
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
                        x26,
                        ("string",),
                        "/$defs/webhookURL/type",
                        "type",
                    )
                )
        x27 = v.get("includeCost", _MISSING)
        if x27 is not _MISSING:
            if type(x27) is bool:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("includeCost",),
                        x27,
                        ("boolean",),
                        "/$defs/includeCost/type",
                        "type",
                    )
                )
        x28 = v.get("numberResults", _MISSING)
        if x28 is not _MISSING:
            if type(x28) is int or (type(x28) is float and x28.is_integer()):
                if not x28 >= 1:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x28,
                            "minimum",
                            1,
                            {"minimum": 1, "maximum": 4},
                            "/$defs/numberResults/minimum",
                            "minimum",
                        )
                    )
                if not x28 <= 4:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("numberResults",),
                            x28,
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
                        x28,
                        ("integer",),
                        "/$defs/numberResults/type",
                        "type",
                    )
                )
        x29 = v.get("uploadEndpoint", _MISSING)
        if x29 is not _MISSING:
            if type(x29) is str:
                if not (_uri_common(x29) is not None or is_uri(x29)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("uploadEndpoint",),
                            x29,
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
                        x29,
                        ("string",),
                        "/$defs/uploadEndpoint/type",
                        "type",
                    )
                )
        x30 = v.get("ttl", _MISSING)
        if x30 is not _MISSING:
            if type(x30) is int or (type(x30) is float and x30.is_integer()):
                if not x30 >= 60:
                    errs.append(
                        deferred(
                            out_of_range,
                            ("ttl",),
                            x30,
                            "minimum",
                            60,
                            {"minimum": 60},
                            "/$defs/ttl/minimum",
                            "minimum",
                        )
                    )
            else:
                errs.append(
                    deferred(wrong_type, ("ttl",), x30, ("integer",), "/$defs/ttl/type", "type")
                )
        x31 = v.get("outputType", _MISSING)
        if x31 is not _MISSING:
            if type(x31) is str:
                if not x31 in _ENUM12:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputType",),
                            x31,
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
                        x31,
                        ("string",),
                        "/properties/outputType/type",
                        "type",
                    )
                )
        x32 = v.get("outputFormat", _MISSING)
        if x32 is not _MISSING:
            if type(x32) is str:
                if not x32 in _ENUM14:
                    errs.append(
                        deferred(
                            not_in_enum,
                            ("outputFormat",),
                            x32,
                            _ENUMLIST15,
                            "/properties/outputFormat/enum",
                            "enum",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("outputFormat",),
                        x32,
                        ("string",),
                        "/properties/outputFormat/type",
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
                            _ALTS1,
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
                        x33,
                        ("string",),
                        "/$defs/deliverySyncOrAsync/type",
                        "type",
                    )
                )
        x34 = v.get("audioSettings", _MISSING)
        if x34 is not _MISSING:
            if type(x34) is dict:
                x35 = x34.get("bitrate", _MISSING)
                if x35 is not _MISSING:
                    if type(x35) is int or (type(x35) is float and x35.is_integer()):
                        if not x35 >= 8:
                            errs.append(
                                deferred(
                                    out_of_range,
                                    ("audioSettings", "bitrate"),
                                    x35,
                                    "minimum",
                                    8,
                                    {"minimum": 8},
                                    "/properties/audioSettings/properties/bitrate/minimum",
                                    "minimum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("audioSettings", "bitrate"),
                                x35,
                                ("integer",),
                                "/properties/audioSettings/properties/bitrate/type",
                                "type",
                            )
                        )
                x36 = x34.get("channels", _MISSING)
                if x36 is not _MISSING:
                    if type(x36) is int or (type(x36) is float and x36.is_integer()):
                        if not x36 in _ENUM16:
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("audioSettings", "channels"),
                                    x36,
                                    _ENUMLIST17,
                                    "/properties/audioSettings/properties/channels/enum",
                                    "enum",
                                )
                            )
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("audioSettings", "channels"),
                                x36,
                                ("integer",),
                                "/properties/audioSettings/properties/channels/type",
                                "type",
                            )
                        )
                x37 = x34.get("sampleRate", _MISSING)
                if x37 is not _MISSING:
                    if type(x37) is int or (type(x37) is float and x37.is_integer()):
                        pass
                    else:
                        errs.append(
                            deferred(
                                wrong_type,
                                ("audioSettings", "sampleRate"),
                                x37,
                                ("integer",),
                                "/properties/audioSettings/properties/sampleRate/type",
                                "type",
                            )
                        )
                if not _KNOWN18.issuperset(x34):
                    errs.extend(
                        deferred_unexpected_keys(
                            ("audioSettings",),
                            x34,
                            _KNOWN18,
                            _KNOWNLIST19,
                            "/properties/audioSettings/additionalProperties",
                            "additionalProperties",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("audioSettings",),
                        x34,
                        ("object",),
                        "/properties/audioSettings/type",
                        "type",
                    )
                )
        if not _KNOWN20.issuperset(v):
            errs.extend(
                deferred_unexpected_keys(
                    (), v, _KNOWN20, _KNOWNLIST21, "/additionalProperties", "additionalProperties"
                )
            )
        if "outputFormat" in v and (
            "outputFormat" not in v
            or ((type(v["outputFormat"]) is str and v["outputFormat"] in _ENUM22))
        ):
            if "audioSettings" in v:
                errs.append(deferred(forbidden, (), v, "/allOf/0/then/not", "not"))
        if "outputFormat" in v and (
            "outputFormat" not in v
            or ((type(v["outputFormat"]) is str and v["outputFormat"] == "MP3"))
        ):
            x44 = v.get("audioSettings", _MISSING)
            if x44 is not _MISSING:
                if type(x44) is dict:
                    x45 = x44.get("sampleRate", _MISSING)
                    if x45 is not _MISSING:
                        if not ((type(x45) is int or type(x45) is float) and x45 in _ENUM23):
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("audioSettings", "sampleRate"),
                                    x45,
                                    _ENUMLIST24,
                                    "/allOf/1/then/properties/audioSettings/properties/sampleRate/enum",
                                    "enum",
                                )
                            )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] in _ENUM25
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x46 = v.get("audioSettings", _MISSING)
                if x46 is not _MISSING:
                    if type(x46) is dict:
                        x47 = x46.get("bitrate", _MISSING)
                        if x47 is not _MISSING:
                            if type(x47) is int or type(x47) is float:
                                if not x47 >= 8:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x47,
                                            "minimum",
                                            8,
                                            {"minimum": 8, "maximum": 64},
                                            "/allOf/1/then/allOf/0/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x47 <= 64:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x47,
                                            "maximum",
                                            64,
                                            {"minimum": 8, "maximum": 64},
                                            "/allOf/1/then/allOf/0/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] in _ENUM26
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x48 = v.get("audioSettings", _MISSING)
                if x48 is not _MISSING:
                    if type(x48) is dict:
                        x49 = x48.get("bitrate", _MISSING)
                        if x49 is not _MISSING:
                            if type(x49) is int or type(x49) is float:
                                if not x49 >= 8:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x49,
                                            "minimum",
                                            8,
                                            {"minimum": 8, "maximum": 160},
                                            "/allOf/1/then/allOf/1/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x49 <= 160:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x49,
                                            "maximum",
                                            160,
                                            {"minimum": 8, "maximum": 160},
                                            "/allOf/1/then/allOf/1/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] in _ENUM27
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x50 = v.get("audioSettings", _MISSING)
                if x50 is not _MISSING:
                    if type(x50) is dict:
                        x51 = x50.get("bitrate", _MISSING)
                        if x51 is not _MISSING:
                            if type(x51) is int or type(x51) is float:
                                if not x51 >= 32:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x51,
                                            "minimum",
                                            32,
                                            {"minimum": 32, "maximum": 320},
                                            "/allOf/1/then/allOf/2/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x51 <= 320:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x51,
                                            "maximum",
                                            320,
                                            {"minimum": 32, "maximum": 320},
                                            "/allOf/1/then/allOf/2/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
        if "outputFormat" in v and (
            "outputFormat" not in v
            or ((type(v["outputFormat"]) is str and v["outputFormat"] == "OGG"))
        ):
            x52 = v.get("audioSettings", _MISSING)
            if x52 is not _MISSING:
                if type(x52) is dict:
                    x53 = x52.get("sampleRate", _MISSING)
                    if x53 is not _MISSING:
                        if not ((type(x53) is int or type(x53) is float) and x53 in _ENUM28):
                            errs.append(
                                deferred(
                                    not_in_enum,
                                    ("audioSettings", "sampleRate"),
                                    x53,
                                    _ENUMLIST29,
                                    "/allOf/2/then/properties/audioSettings/properties/sampleRate/enum",
                                    "enum",
                                )
                            )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 8000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x54 = v.get("audioSettings", _MISSING)
                if x54 is not _MISSING:
                    if type(x54) is dict:
                        x55 = x54.get("bitrate", _MISSING)
                        if x55 is not _MISSING:
                            if type(x55) is int or type(x55) is float:
                                if not x55 >= 8:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x55,
                                            "minimum",
                                            8,
                                            {"minimum": 8, "maximum": 40},
                                            "/allOf/2/then/allOf/0/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x55 <= 40:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x55,
                                            "maximum",
                                            40,
                                            {"minimum": 8, "maximum": 40},
                                            "/allOf/2/then/allOf/0/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 8000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x56 = v.get("audioSettings", _MISSING)
                if x56 is not _MISSING:
                    if type(x56) is dict:
                        x57 = x56.get("bitrate", _MISSING)
                        if x57 is not _MISSING:
                            if type(x57) is int or type(x57) is float:
                                if not x57 >= 16:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x57,
                                            "minimum",
                                            16,
                                            {"minimum": 16, "maximum": 80},
                                            "/allOf/2/then/allOf/1/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x57 <= 80:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x57,
                                            "maximum",
                                            80,
                                            {"minimum": 16, "maximum": 80},
                                            "/allOf/2/then/allOf/1/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 12000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x58 = v.get("audioSettings", _MISSING)
                if x58 is not _MISSING:
                    if type(x58) is dict:
                        x59 = x58.get("bitrate", _MISSING)
                        if x59 is not _MISSING:
                            if type(x59) is int or type(x59) is float:
                                if not x59 >= 16:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x59,
                                            "minimum",
                                            16,
                                            {"minimum": 16, "maximum": 48},
                                            "/allOf/2/then/allOf/2/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x59 <= 48:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x59,
                                            "maximum",
                                            48,
                                            {"minimum": 16, "maximum": 48},
                                            "/allOf/2/then/allOf/2/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 12000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x60 = v.get("audioSettings", _MISSING)
                if x60 is not _MISSING:
                    if type(x60) is dict:
                        x61 = x60.get("bitrate", _MISSING)
                        if x61 is not _MISSING:
                            if type(x61) is int or type(x61) is float:
                                if not x61 >= 16:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x61,
                                            "minimum",
                                            16,
                                            {"minimum": 16, "maximum": 96},
                                            "/allOf/2/then/allOf/3/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x61 <= 96:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x61,
                                            "maximum",
                                            96,
                                            {"minimum": 16, "maximum": 96},
                                            "/allOf/2/then/allOf/3/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 16000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x62 = v.get("audioSettings", _MISSING)
                if x62 is not _MISSING:
                    if type(x62) is dict:
                        x63 = x62.get("bitrate", _MISSING)
                        if x63 is not _MISSING:
                            if type(x63) is int or type(x63) is float:
                                if not x63 >= 16:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x63,
                                            "minimum",
                                            16,
                                            {"minimum": 16, "maximum": 96},
                                            "/allOf/2/then/allOf/4/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x63 <= 96:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x63,
                                            "maximum",
                                            96,
                                            {"minimum": 16, "maximum": 96},
                                            "/allOf/2/then/allOf/4/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 16000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x64 = v.get("audioSettings", _MISSING)
                if x64 is not _MISSING:
                    if type(x64) is dict:
                        x65 = x64.get("bitrate", _MISSING)
                        if x65 is not _MISSING:
                            if type(x65) is int or type(x65) is float:
                                if not x65 >= 24:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x65,
                                            "minimum",
                                            24,
                                            {"minimum": 24, "maximum": 192},
                                            "/allOf/2/then/allOf/5/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x65 <= 192:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x65,
                                            "maximum",
                                            192,
                                            {"minimum": 24, "maximum": 192},
                                            "/allOf/2/then/allOf/5/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 24000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x66 = v.get("audioSettings", _MISSING)
                if x66 is not _MISSING:
                    if type(x66) is dict:
                        x67 = x66.get("bitrate", _MISSING)
                        if x67 is not _MISSING:
                            if type(x67) is int or type(x67) is float:
                                if not x67 >= 16:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x67,
                                            "minimum",
                                            16,
                                            {"minimum": 16, "maximum": 80},
                                            "/allOf/2/then/allOf/6/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x67 <= 80:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x67,
                                            "maximum",
                                            80,
                                            {"minimum": 16, "maximum": 80},
                                            "/allOf/2/then/allOf/6/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 24000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x68 = v.get("audioSettings", _MISSING)
                if x68 is not _MISSING:
                    if type(x68) is dict:
                        x69 = x68.get("bitrate", _MISSING)
                        if x69 is not _MISSING:
                            if type(x69) is int or type(x69) is float:
                                if not x69 >= 32:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x69,
                                            "minimum",
                                            32,
                                            {"minimum": 32, "maximum": 160},
                                            "/allOf/2/then/allOf/7/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x69 <= 160:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x69,
                                            "maximum",
                                            160,
                                            {"minimum": 32, "maximum": 160},
                                            "/allOf/2/then/allOf/7/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 48000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 1
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x70 = v.get("audioSettings", _MISSING)
                if x70 is not _MISSING:
                    if type(x70) is dict:
                        x71 = x70.get("bitrate", _MISSING)
                        if x71 is not _MISSING:
                            if type(x71) is int or type(x71) is float:
                                if not x71 >= 32:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x71,
                                            "minimum",
                                            32,
                                            {"minimum": 32, "maximum": 224},
                                            "/allOf/2/then/allOf/8/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x71 <= 224:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x71,
                                            "maximum",
                                            224,
                                            {"minimum": 32, "maximum": 224},
                                            "/allOf/2/then/allOf/8/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
            if "audioSettings" in v and (
                "audioSettings" not in v
                or (
                    (
                        not type(v["audioSettings"]) is dict
                        or (
                            "sampleRate" in v["audioSettings"]
                            and "channels" in v["audioSettings"]
                            and (
                                "sampleRate" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["sampleRate"]) is int
                                            or type(v["audioSettings"]["sampleRate"]) is float
                                        )
                                        and v["audioSettings"]["sampleRate"] == 48000
                                    )
                                )
                            )
                            and (
                                "channels" not in v["audioSettings"]
                                or (
                                    (
                                        (
                                            type(v["audioSettings"]["channels"]) is int
                                            or type(v["audioSettings"]["channels"]) is float
                                        )
                                        and v["audioSettings"]["channels"] == 2
                                    )
                                )
                            )
                        )
                    )
                )
            ):
                x72 = v.get("audioSettings", _MISSING)
                if x72 is not _MISSING:
                    if type(x72) is dict:
                        x73 = x72.get("bitrate", _MISSING)
                        if x73 is not _MISSING:
                            if type(x73) is int or type(x73) is float:
                                if not x73 >= 48:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x73,
                                            "minimum",
                                            48,
                                            {"minimum": 48, "maximum": 256},
                                            "/allOf/2/then/allOf/9/then/properties/audioSettings/properties/bitrate/minimum",
                                            "minimum",
                                        )
                                    )
                                if not x73 <= 256:
                                    errs.append(
                                        deferred(
                                            out_of_range,
                                            ("audioSettings", "bitrate"),
                                            x73,
                                            "maximum",
                                            256,
                                            {"minimum": 48, "maximum": 256},
                                            "/allOf/2/then/allOf/9/then/properties/audioSettings/properties/bitrate/maximum",
                                            "maximum",
                                        )
                                    )
        if "settings" in v and (
            "settings" not in v
            or (
                (
                    not type(v["settings"]) is dict
                    or (
                        "xVectorOnly" in v["settings"]
                        and (
                            "xVectorOnly" not in v["settings"]
                            or (v["settings"]["xVectorOnly"] is True)
                        )
                    )
                )
            )
        ):
            if "settings" not in v:
                errs.append(deferred(missing, (), "settings", "/allOf/3/then/required", "required"))
        if not (
            (
                "settings" in v
                and (
                    "settings" not in v
                    or (
                        (
                            not type(v["settings"]) is dict
                            or (
                                "xVectorOnly" in v["settings"]
                                and (
                                    "xVectorOnly" not in v["settings"]
                                    or (v["settings"]["xVectorOnly"] is True)
                                )
                            )
                        )
                    )
                )
            )
        ):
            try:
                x74 = v["settings"]
            except KeyError:
                errs.append(deferred(missing, (), "settings", "/allOf/3/else/required", "required"))
            else:
                if type(x74) is dict:
                    if "transcript" not in x74:
                        errs.append(
                            deferred(
                                missing,
                                ("settings",),
                                "transcript",
                                "/allOf/3/else/properties/settings/required",
                                "required",
                            )
                        )
    else:
        errs.append(deferred(wrong_type, (), v, ("object",), "/type", "type"))
    return errs


def is_valid(payload: object) -> bool:
    """True when ``payload`` has no errors (faster than ``not validate(payload)``)."""
    try:
        return _b75(payload)
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
            x133 = v["taskType"]
        except KeyError:
            errs.append(deferred(missing, (), "taskType", "/required", "required"))
        else:
            if type(x133) is str:
                if not x133 == "audioInference":
                    errs.append(
                        deferred(
                            not_const,
                            ("taskType",),
                            x133,
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
                        x133,
                        ("string",),
                        "/properties/taskType/type",
                        "type",
                    )
                )
        try:
            x134 = v["taskUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "taskUUID", "/required", "required"))
        else:
            if type(x134) is str:
                if not is_uuid(x134):
                    errs.append(
                        deferred(
                            bad_format,
                            ("taskUUID",),
                            x134,
                            "uuid",
                            "/$defs/taskUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("taskUUID",), x134, ("string",), "/$defs/taskUUID/type", "type"
                    )
                )
        x135 = v.get("cost", _MISSING)
        if x135 is not _MISSING:
            if type(x135) is int or (type(x135) is float and x135 - x135 == 0):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("cost",), x135, ("number",), "/$defs/cost/type", "type")
                )
        try:
            x136 = v["audioUUID"]
        except KeyError:
            errs.append(deferred(missing, (), "audioUUID", "/required", "required"))
        else:
            if type(x136) is str:
                if not is_uuid(x136):
                    errs.append(
                        deferred(
                            bad_format,
                            ("audioUUID",),
                            x136,
                            "uuid",
                            "/$defs/audioUUID/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("audioUUID",),
                        x136,
                        ("string",),
                        "/$defs/audioUUID/type",
                        "type",
                    )
                )
        x137 = v.get("audioURL", _MISSING)
        if x137 is not _MISSING:
            if type(x137) is str:
                if not (_uri_common(x137) is not None or is_uri(x137)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("audioURL",),
                            x137,
                            "uri",
                            "/$defs/audioURL/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type, ("audioURL",), x137, ("string",), "/$defs/audioURL/type", "type"
                    )
                )
        x138 = v.get("audioBase64Data", _MISSING)
        if x138 is not _MISSING:
            if type(x138) is str:
                pass
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("audioBase64Data",),
                        x138,
                        ("string",),
                        "/$defs/audioBase64Data/type",
                        "type",
                    )
                )
        x139 = v.get("audioDataURI", _MISSING)
        if x139 is not _MISSING:
            if type(x139) is str:
                if not (_uri_common(x139) is not None or is_uri(x139)):
                    errs.append(
                        deferred(
                            bad_format,
                            ("audioDataURI",),
                            x139,
                            "uri",
                            "/$defs/audioDataURI/format",
                            "format",
                        )
                    )
            else:
                errs.append(
                    deferred(
                        wrong_type,
                        ("audioDataURI",),
                        x139,
                        ("string",),
                        "/$defs/audioDataURI/type",
                        "type",
                    )
                )
        x140 = v.get("seed", _MISSING)
        if x140 is not _MISSING:
            if type(x140) is int or (type(x140) is float and x140.is_integer()):
                pass
            else:
                errs.append(
                    deferred(wrong_type, ("seed",), x140, ("integer",), "/$defs/seed/type", "type")
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
