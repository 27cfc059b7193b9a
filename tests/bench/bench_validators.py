"""``make bench``: the generated Krea 2 Medium validator against the libraries a user would pick.

Every library validates the same payloads in one process, in interleaved rounds (see timing.py):
times are per call (the median over rounds), and a ratio is how many times the generated
validator's time a library takes, measured in the same rounds (above 1.0x: the generated one is
that much faster). The goals of the compiler issue are read off the same measurements.
Run: .venv/bin/python -m tests.bench.bench_validators
"""

from __future__ import annotations

import copy
import json
import platform
from collections.abc import Callable
from importlib.metadata import version
from typing import Annotated, Any, Literal

import fastjsonschema
import jsonschema_rs
import msgspec
from jsonschema import Draft202012Validator
from pydantic import BaseModel, ConfigDict, Field, model_validator
from runware_bindings.krea_2_medium import request_schema
from runware_bindings.krea_2_medium import validator as generated

from tests.bench import handwritten
from tests.bench.timing import interleaved, median, ratio

UUID4 = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
PAIRS = {(1024, 1024), (1184, 896), (1248, 832), (1376, 768), (1568, 672), (928, 1152), (832, 1248), (768, 1376)}

FULL: dict[str, Any] = {
    "taskType": "imageInference", "taskUUID": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47",
    "model": "krea:krea@2-medium", "positivePrompt": "a lighthouse at dusk, oil on canvas",
    "width": 1248, "height": 832, "seed": 42, "outputType": "URL", "outputFormat": "WEBP",
    "outputQuality": 90, "webhookURL": "https://example.com/hooks/runware?secret=abc",
    "deliveryMethod": "sync", "uploadEndpoint": "https://storage.example.com/uploads/out.webp",
    "safety": {"checkContent": True, "mode": "fast"}, "ttl": 3600, "includeCost": True,
    "numberResults": 4, "settings": {"creativity": "high"},
    "inputs": {"referenceImages": [
        "aac49721-1964-481a-ae78-8a4e29b91402",
        {"image": "3ad204c3-a9de-4963-8a1a-c3911e3afafe", "strength": 1.2},
        "https://example.com/a.png", {"image": "https://example.com/b.png", "strength": -0.5},
        "data:image/png;base64,iVBORw0KGgo=", {"image": "aac49721-1964-481a-ae78-8a4e29b91402"},
        "aac49721-1964-481a-ae78-8a4e29b91402", {"image": "c2", "strength": 0.7}, "d1",
        {"image": "e5", "strength": 2},
    ]},
}
MINIMAL: dict[str, Any] = {k: FULL[k] for k in ("taskType", "taskUUID", "model", "positivePrompt", "width", "height")}
INVALID: dict[str, Any] = {**FULL, "width": 1000, "outputQuality": 100, "outputTyp": "URL",
                           "inputs": {"referenceImages": [{"image": "a", "strength": 3}]}}


# -- pydantic v2, strict, written by hand to express the same rules ------------------------------
class PSafety(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    checkContent: bool = False
    mode: Literal["none", "fast"] = "none"


class PRef(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    image: str
    strength: float = Field(0.7, ge=-2, le=2)


class PInputs(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    referenceImages: list[str | PRef] = Field(default_factory=list, min_length=1, max_length=10)


class PSettings(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    creativity: Literal["raw", "low", "medium", "high"] = "medium"


class PRequest(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    taskType: Literal["imageInference"]
    taskUUID: str = Field(pattern=UUID4)
    model: Literal["krea:krea@2-medium"]
    positivePrompt: str
    width: int
    height: int
    outputType: Literal["URL", "base64Data", "dataURI"] = "URL"
    outputFormat: Literal["JPG", "PNG", "WEBP"] = "JPG"
    outputQuality: int = Field(95, ge=20, le=99)
    webhookURL: str | None = Field(None, pattern=r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
    deliveryMethod: Literal["sync", "async"] = "sync"
    uploadEndpoint: str | None = Field(None, pattern=r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
    safety: PSafety | None = None
    ttl: int | None = Field(None, ge=60)
    includeCost: bool = False
    numberResults: int = Field(1, ge=1, le=20)
    inputs: PInputs | None = None
    seed: int | None = Field(None, ge=0, le=2**63 - 1)
    settings: PSettings | None = None

    @model_validator(mode="after")
    def pair(self) -> PRequest:
        if (self.width, self.height) not in PAIRS:
            raise ValueError("unsupported width/height pair")
        return self


# -- msgspec, strict convert from Python objects -----------------------------------------------
class MSafety(msgspec.Struct, forbid_unknown_fields=True):
    checkContent: bool = False
    mode: Literal["none", "fast"] = "none"


class MRef(msgspec.Struct, forbid_unknown_fields=True):
    image: str
    strength: Annotated[float, msgspec.Meta(ge=-2, le=2)] = 0.7


class MInputs(msgspec.Struct, forbid_unknown_fields=True):
    referenceImages: Annotated[list[str | MRef], msgspec.Meta(min_length=1, max_length=10)] = []


class MSettings(msgspec.Struct, forbid_unknown_fields=True):
    creativity: Literal["raw", "low", "medium", "high"] = "medium"


Ann = Annotated


class MRequest(msgspec.Struct, forbid_unknown_fields=True):
    taskType: Literal["imageInference"]
    taskUUID: Ann[str, msgspec.Meta(pattern=UUID4)]
    model: Literal["krea:krea@2-medium"]
    positivePrompt: str
    width: int
    height: int
    outputType: Literal["URL", "base64Data", "dataURI"] = "URL"
    outputFormat: Literal["JPG", "PNG", "WEBP"] = "JPG"
    outputQuality: Ann[int, msgspec.Meta(ge=20, le=99)] = 95
    webhookURL: Ann[str, msgspec.Meta(pattern=r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")] | None = None
    deliveryMethod: Literal["sync", "async"] = "sync"
    uploadEndpoint: Ann[str, msgspec.Meta(pattern=r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")] | None = None
    safety: MSafety | None = None
    ttl: Ann[int, msgspec.Meta(ge=60)] | None = None
    includeCost: bool = False
    numberResults: Ann[int, msgspec.Meta(ge=1, le=20)] = 1
    inputs: MInputs | None = None
    seed: Ann[int, msgspec.Meta(ge=0, le=2**63 - 1)] | None = None
    settings: MSettings | None = None

    def __post_init__(self) -> None:
        if (self.width, self.height) not in PAIRS:
            raise ValueError("unsupported width/height pair")


def _draft7(schema: dict[str, Any]) -> dict[str, Any]:
    """fastjsonschema speaks draft-07: $defs -> definitions, dependentRequired -> dependencies."""
    text = json.dumps(schema).replace("#/$defs/", "#/definitions/")
    out = json.loads(text)
    out["$schema"] = "http://json-schema.org/draft-07/schema#"
    out["definitions"] = out.pop("$defs", {})
    for entry in out.get("allOf", []):
        if "dependentRequired" in entry:
            entry["dependencies"] = entry.pop("dependentRequired")
    return out


def _accepts(fn: Callable[[Any], Any]) -> Callable[[Any], bool]:
    def run(payload: Any) -> bool:
        try:
            fn(payload)
        except Exception:  # noqa: BLE001 - each library signals "invalid" with its own exception
            return False
        return True
    return run


def contenders() -> list[tuple[str, Callable[[Any], bool], str]]:
    schema = request_schema()
    js = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    fj = fastjsonschema.compile(_draft7(schema))
    rs = jsonschema_rs.validator_for(schema, validate_formats=True)
    return [
        ("generated (this project)", lambda p: not generated.validate(p), "every rule; all errors"),
        (f"jsonschema {version('jsonschema')}", js.is_valid, "every rule (formats via FormatChecker)"),
        (f"fastjsonschema {version('fastjsonschema')}", _accepts(fj), "draft-07 translation; first error only"),
        (f"jsonschema-rs {version('jsonschema-rs')}", rs.is_valid, "every rule; is_valid only"),
        (f"pydantic {version('pydantic')} strict", _accepts(PRequest.model_validate),
         "hand-written model; uri as a loose pattern"),
        (f"msgspec {version('msgspec')}", _accepts(lambda p: msgspec.convert(p, MRequest, strict=True)),
         "hand-written Struct; uri as a loose pattern"),
        ("is_valid (generated, boolean)", generated.is_valid, "every rule; stops at the first failure"),
        ("hand-written floor (handwritten.py)", handwritten.is_valid, "every rule, hand-tuned pure Python"),
    ]


def main(rounds: int = 15) -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}; times per call, "
          f"median of {rounds} interleaved rounds")
    invalid_label = ("invalid payload (the generated validator builds all 4 errors with messages and "
                     "suggestions; the others stop at the first failure)")
    cases = [("full valid payload", FULL, True), ("minimal valid payload", MINIMAL, True),
             (invalid_label, INVALID, False)]
    ratios: dict[tuple[str, str], float] = {}
    times_of: dict[str, dict[str, list[float]]] = {}
    for label, payload, expected in cases:
        print(f"\n{label}:")
        runs: dict[str, Callable[[], Any]] = {}
        notes: dict[str, str] = {}
        for name, fn, note in contenders():
            got = fn(copy.deepcopy(payload))
            assert got is expected, f"{name} says {'valid' if got else 'invalid'} for the {label}"
            runs[name] = lambda fn=fn, payload=payload: fn(payload)
            notes[name] = note
        times = times_of[label] = interleaved(runs, rounds)
        ours = next(iter(runs))
        for name in runs:
            ratios[label, name] = ratio(times, name, ours)
            print(f"  {name:34s} {median(times, name) * 1e6:9.2f} us   {ratios[label, name]:6.2f}x   {notes[name]}")
    # The goals read the table's own figures: one measurement, one ratio per comparison.
    full = {name.split(" ")[0]: r for (label, name), r in ratios.items() if label == "full valid payload"}
    fj_ratio = full["fastjsonschema"]
    print(f"\nbar: generated >= 5x faster than fastjsonschema on the full payload: "
          f"{fj_ratio:.1f}x (the table's figure) -> {'met' if fj_ratio >= 5 else 'NOT met'}")
    ms = 1 / full["msgspec"]
    print(f"goal: generated validate at most 0.8x msgspec's time on the full payload: {ms:.2f}x "
          f"(the table's figure) -> {'met' if ms <= 0.8 else 'NOT met'}")
    full_times = times_of["full valid payload"]
    names = {name.split(" ")[0]: name for name in full_times}
    floor = ratio(full_times, names["hand-written"], names["msgspec"])
    print(f"(the floor: the hand-written pure-Python check takes {floor:.2f}x as long as msgspec, same rounds)")
    pair = interleaved({"valid": lambda: generated.validate(FULL), "invalid": lambda: generated.validate(INVALID)},
                       rounds)
    worse = ratio(pair, "invalid", "valid")
    print(f"goal: the invalid payload (every error) within 1.5x of the valid one: {worse:.2f}x "
          f"-> {'met' if worse <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
