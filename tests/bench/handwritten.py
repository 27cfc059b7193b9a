"""The floor of pure Python on the Krea payload: the request rules of Krea 2 Medium checked by
hand, as fast as I could write them, with nothing the generated validator checks left out.

``make bench`` times it beside the generated validator and msgspec, so the compiler issue's speed
goal (at most 0.8x msgspec's time) can be read against what hand-tuned pure Python reaches on the
same machine and interpreter. ``test_handwritten.py`` holds it to the generated ``is_valid`` on
drawn, mutated and hand-picked payloads: a floor that skipped a rule would be no floor.

Tricks a generator cannot always use, and why they are exact here: a value missing from a
string enum is tested against the default (a default is always a member); a number outside its
range fails the chained comparison before its type is looked at (a non-number raises TypeError,
which means invalid); a closed object is checked by its length.
"""

from __future__ import annotations

import re
from typing import Any

from runware_bindings._runtime.formats import _uri_common, is_uri

_KNOWN = frozenset({
    "taskType", "taskUUID", "model", "positivePrompt", "width", "height", "outputType", "outputFormat",
    "outputQuality", "webhookURL", "deliveryMethod", "uploadEndpoint", "safety", "ttl", "includeCost",
    "numberResults", "inputs", "seed", "settings",
})
_UUID4 = re.compile(
    "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-4[0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}").fullmatch
_OUTPUT_TYPES = frozenset({"URL", "base64Data", "dataURI"})
_OUTPUT_FORMATS = frozenset({"JPG", "PNG", "WEBP"})
_DELIVERY = frozenset({"sync", "async"})
_SAFETY_MODES = frozenset({"none", "fast"})
_CREATIVITY = frozenset({"raw", "low", "medium", "high"})
# Hashes and equality of 1024 and 1024.0 agree, so integral floats find their row too; and a JSON
# value equal to a row's number is an integer (a bool equals only 0 or 1), so the row is the type test.
_PAIRS = frozenset({(1024, 1024), (1184, 896), (1248, 832), (1376, 768), (1568, 672), (928, 1152),
                    (832, 1248), (768, 1376)})
_SEED_MAX = 2**63 - 1


def _uri(x: Any) -> bool:
    return type(x) is str and (_uri_common(x) is not None or is_uri(x))


def is_valid(v: Any) -> bool:
    try:
        if type(v) is not dict or not _KNOWN.issuperset(v):
            return False
        x = v["taskType"]
        if x != "imageInference" or type(x) is not str:
            return False
        x = v["model"]
        if x != "krea:krea@2-medium" or type(x) is not str:
            return False
        x = v["taskUUID"]
        if type(x) is not str or _UUID4(x) is None:
            return False
        if type(v["positivePrompt"]) is not str:
            return False
        w, h = v["width"], v["height"]
        if (w, h) not in _PAIRS:
            return False
        x = v.get("outputType", "URL")
        if x not in _OUTPUT_TYPES or type(x) is not str:
            return False
        x = v.get("outputFormat", "JPG")
        if x not in _OUTPUT_FORMATS or type(x) is not str:
            return False
        x = v.get("deliveryMethod", "sync")
        if x not in _DELIVERY or type(x) is not str:
            return False
        x = v.get("outputQuality", 95)
        if not 20 <= x <= 99 or (type(x) is not int and not (type(x) is float and x.is_integer())):
            return False
        x = v.get("numberResults", 1)
        if not 1 <= x <= 20 or (type(x) is not int and not (type(x) is float and x.is_integer())):
            return False
        x = v.get("ttl", 60)
        if not 60 <= x or (type(x) is not int and not (type(x) is float and x.is_integer())):
            return False
        x = v.get("seed", 0)
        if not 0 <= x <= _SEED_MAX or (type(x) is not int and not (type(x) is float and x.is_integer())):
            return False
        if type(v.get("includeCost", False)) is not bool:
            return False
        x = v.get("webhookURL", ...)
        if x is not ... and not _uri(x):
            return False
        x = v.get("uploadEndpoint", ...)
        if x is not ... and not _uri(x):
            return False
        x = v.get("safety", ...)
        if x is not ...:
            if type(x) is not dict:
                return False
            n = len(x)
            if n:
                y = x.get("checkContent", ...)
                if y is not ...:
                    if type(y) is not bool:
                        return False
                    n -= 1
                if n:  # what is left must be "mode", and only it
                    y = x["mode"]
                    if n != 1 or y not in _SAFETY_MODES or type(y) is not str:
                        return False
        x = v.get("settings", ...)
        if x is not ...:
            if type(x) is not dict:
                return False
            if x:
                y = x["creativity"]
                if len(x) != 1 or y not in _CREATIVITY or type(y) is not str:
                    return False
        x = v.get("inputs", ...)
        if x is not ...:
            if type(x) is not dict:
                return False
            if x:
                a = x["referenceImages"]
                if len(x) != 1 or type(a) is not list or not 1 <= len(a) <= 10:
                    return False
                for i in a:
                    if type(i) is str:
                        continue
                    if type(i) is not dict or type(i["image"]) is not str:
                        return False
                    n = len(i)
                    if n != 1:
                        s = i["strength"]
                        if n != 2 or not -2 <= s <= 2 or (type(s) is not int and type(s) is not float):
                            return False
    except (KeyError, TypeError):  # a required key missing; a non-number compared or hashed
        return False
    return True
