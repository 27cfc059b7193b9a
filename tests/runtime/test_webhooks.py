"""Webhooks and uploads, delivered by the local server to its own recording sink."""

from __future__ import annotations

import json

import pytest
from runware_bindings import MalformedResponseError, Runware, parse_webhook

from generator.server import LocalServer


def test_each_result_is_posted_to_the_webhook_and_parses_back(client: Runware,
                                                              server: LocalServer) -> None:
    url = server.sink_url("hooks-sync", secret="s3cret")
    images = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                           number_results=3, webhook_url=url,
                                           output_type="base64Data")
    received = server.sink.wait_for("hooks-sync", 3)
    assert len(received) == 3
    assert all(r.method == "POST" and r.query == "secret=s3cret" for r in received)
    assert all(r.content_type == "application/json" for r in received)
    parsed = [parse_webhook(r.body, model="krea:krea@2-medium") for r in received]
    assert all(len(p.results) == 1 and p.ok for p in parsed)
    assert sorted(p.results[0].image_uuid or "" for p in parsed) == \
        sorted(i.image_uuid or "" for i in images)
    assert {p.results[0].read() for p in parsed} == {i.read() for i in images}


def test_async_delivery_posts_each_result_when_it_finishes(client: Runware,
                                                           server: LocalServer) -> None:
    url = server.sink_url("hooks-async")
    images = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                           number_results=2, webhook_url=url,
                                           delivery_method="async", output_type="dataURI")
    received = server.sink.wait_for("hooks-async", 2)
    uuids = {parse_webhook(r.body).results[0].image_uuid for r in received}
    assert uuids == {i.image_uuid for i in images}


def test_upload_endpoint_receives_the_image_bytes(client: Runware, server: LocalServer) -> None:
    url = server.sink_url("uploads")
    [image] = client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                            upload_endpoint=url, output_format="PNG")
    [put] = server.sink.wait_for("uploads", 1)
    assert put.method == "PUT" and put.content_type == "image/png"
    assert put.body == image.read()


def test_non_loopback_targets_are_not_contacted(client: Runware, server: LocalServer) -> None:
    client.krea_2_medium.generate(positive_prompt="p", width=1024, height=1024,
                                  webhook_url="https://hooks.example.com/runware")
    assert any(r.url.startswith("https://hooks.example.com") and r.outcome.startswith("skipped")
               for r in server.deliverer.log)


def test_parse_webhook_accepts_bytes_text_and_dicts() -> None:
    item = {"taskType": "imageInference", "taskUUID": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47",
            "imageUUID": "aac49721-1964-481a-ae78-8a4e29b91402",
            "imageURL": "https://im.runware.ai/image/a.jpg", "seed": 3, "cost": 0.01,
            "someNewField": {"the": "server added it"}}
    body = {"data": [item]}
    for form in (json.dumps(body).encode(), json.dumps(body), body):
        [result] = parse_webhook(form, model="krea:krea@2-medium").results
        assert result.seed == 3 and result.cost == 0.01
        assert result.raw["someNewField"] == {"the": "server added it"}
    failed = parse_webhook({"errors": [{"code": "timeoutProvider", "message": "too slow",
                                        "taskUUID": item["taskUUID"]}]})
    assert failed.results == [] and failed.errors[0].code == "timeoutProvider"
    assert failed[item["taskUUID"]].errors == failed.errors


@pytest.mark.parametrize("body, problem", [
    (b"{not json", "not JSON"),
    (b"[]", "expected a JSON object"),
    (b'{"data": [{"imageUUID": "x"}]}', "no taskUUID"),
    (b'{"data": {"taskUUID": "x"}}', "not an array of objects"),
    (b'{"status": "ok"}', "neither"),
    (b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
])
def test_parse_webhook_rejects_bad_bodies(body: bytes, problem: str) -> None:
    with pytest.raises(MalformedResponseError, match=problem):
        parse_webhook(body)


def test_parse_webhook_validates_items_against_the_model() -> None:
    bad = {"data": [{"taskType": "imageInference", "taskUUID": "not-a-uuid",
                     "imageUUID": "aac49721-1964-481a-ae78-8a4e29b91402", "seed": "seven"}]}
    with pytest.raises(MalformedResponseError) as info:
        parse_webhook(bad, model="krea:krea@2-medium")
    assert "data[0].taskUUID" in str(info.value) and "data[0].seed" in str(info.value)
    with pytest.raises(ValueError, match="unknown model"):
        parse_webhook(bad, model="krea:nope")
