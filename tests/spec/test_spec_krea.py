"""Every fact of the Krea 2 Medium docs page is in the loaded spec (expectations written by hand
from the page, so a spec edit that loses a fact fails here)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.spec.load import load_specs
from tests.helpers import SPEC

[KREA] = [m for m in load_specs(SPEC) if m.id == "krea:krea@2-medium"]
REQ = KREA.request_schema
RESP = KREA.response_schema


def prop(schema: dict[str, Any], path: str) -> dict[str, Any]:
    node = schema
    for part in path.split("."):
        node = node["properties"][part]
        while "$ref" in node:
            node = {**schema["$defs"][node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def test_metadata() -> None:
    assert (KREA.name, KREA.creator, KREA.status, KREA.release_date) == (
        "Krea 2 Medium", "Krea", "coming-soon", "2026-05-12")
    assert KREA.capabilities == ("Text to Image", "Image to Image")
    assert KREA.docs_url == "https://runware.ai/docs/models/krea-2-medium"


def test_required_parameters() -> None:
    assert set(REQ["required"]) == {"taskType", "taskUUID", "model", "positivePrompt", "width", "height"}
    assert REQ["additionalProperties"] is False


@pytest.mark.parametrize(
    ("path", "facts"),
    [
        ("taskType", {"type": "string", "const": "imageInference"}),
        ("taskUUID", {"type": "string", "format": "uuid", "x-format-label": "UUID v4"}),
        ("outputType", {"type": "string", "default": "URL", "enum": ["URL", "base64Data", "dataURI"]}),
        ("outputFormat", {"type": "string", "default": "JPG", "enum": ["JPG", "PNG", "WEBP"]}),
        ("outputQuality", {"type": "integer", "minimum": 20, "maximum": 99, "default": 95}),
        ("webhookURL", {"type": "string", "format": "uri"}),
        ("deliveryMethod", {"type": "string", "default": "sync", "enum": ["sync", "async"]}),
        ("uploadEndpoint", {"type": "string", "format": "uri"}),
        ("safety", {"type": "object"}),
        ("safety.checkContent", {"type": "boolean", "default": False}),
        ("safety.mode", {"type": "string", "default": "none", "enum": ["none", "fast"]}),
        ("ttl", {"type": "integer", "minimum": 60}),
        ("includeCost", {"type": "boolean", "default": False}),
        ("numberResults", {"type": "integer", "minimum": 1, "maximum": 20, "default": 1}),
        ("inputs.referenceImages", {"type": "array", "minItems": 1, "maxItems": 10}),
        ("model", {"type": "string", "const": "krea:krea@2-medium"}),
        ("positivePrompt", {"type": "string"}),
        ("width", {"type": "integer", "x-paired-with": "height"}),
        ("height", {"type": "integer", "x-paired-with": "width"}),
        ("seed", {"type": "integer", "minimum": 0, "maximum": 2**63 - 1, "x-docs-maximum": 9223372036854776000}),
        ("settings.creativity", {"type": "string", "default": "medium", "enum": ["raw", "low", "medium", "high"]}),
    ],
)
def test_request_parameter(path: str, facts: dict[str, Any]) -> None:
    node = prop(REQ, path)
    for key, value in facts.items():
        assert node.get(key) == value, (path, key)
    assert node.get("description"), path
    anchor = "request-" + path.replace(".", "-").lower()
    assert node.get("x-anchor", anchor) == anchor


def test_uuid_is_version_4_and_seed_note() -> None:
    assert "4[0-9a-fA-F]{3}-[89abAB]" in prop(REQ, "taskUUID")["pattern"]
    assert "2^63-1" in prop(REQ, "seed")["$comment"]


def test_reference_image_union() -> None:
    items = prop(REQ, "inputs.referenceImages")["items"]["oneOf"]
    assert [b["type"] for b in items] == ["string", "object"]
    obj = items[1]
    assert obj["required"] == ["image"] and obj["additionalProperties"] is False
    assert obj["properties"]["image"]["type"] == "string"
    assert {k: obj["properties"]["strength"][k] for k in ("type", "minimum", "maximum", "default")} == {
        "type": "number", "minimum": -2, "maximum": 2, "default": 0.7}


def test_dimension_table_and_pairing_rule() -> None:
    [paired] = [e for e in REQ["allOf"] if "dependentRequired" in e]
    assert paired["dependentRequired"] == {"width": ["height"], "height": ["width"]}
    [table] = [e for e in REQ["allOf"] if "then" in e]
    assert table["if"] == {"required": ["width", "height"]}
    rows = {b["title"]: (b["properties"]["width"]["const"], b["properties"]["height"]["const"])
            for b in table["then"]["oneOf"]}
    assert rows == {"1K (1:1)": (1024, 1024), "1K (4:3)": (1184, 896), "1K (3:2)": (1248, 832),
                    "1K (16:9)": (1376, 768), "1K (2.35:1)": (1568, 672), "1K (4:5)": (928, 1152),
                    "1K (2:3)": (832, 1248), "1K (9:16)": (768, 1376)}


def test_ttl_advisory() -> None:
    [advisory] = REQ["x-advisories"]
    assert advisory["path"] == "ttl"
    assert advisory["when"]["properties"]["outputType"] == {"not": {"const": "URL"}}


def test_response_fields() -> None:
    assert set(RESP["required"]) == {"taskType", "taskUUID", "imageUUID"}
    expected = {"taskType": "string", "taskUUID": "string", "imageUUID": "string", "imageURL": "string",
                "imageBase64Data": "string", "imageDataURI": "string", "seed": "integer",
                "NSFWContent": "boolean", "cost": "number"}
    assert {k: v["type"] for k, v in RESP["properties"].items()} == expected
    assert RESP["properties"]["imageURL"]["format"] == "uri"
    assert RESP["properties"]["imageUUID"]["format"] == "uuid"
    assert "additionalProperties" not in RESP  # readers must accept new fields
