"""``make bench``, part 2: what the generated client costs on top of raw httpx.

1. Building one task: ``build_task`` (argument handling + full validation) + JSON encoding, against
   writing the same dict literal by hand and encoding it (no validation).
2. Round trips per second against the local server (one image each, a fixed seed so the server's
   image cache makes its work constant): the generated sync client against a bare ``httpx.Client``
   posting the same payload and decoding the JSON. Both keep one connection alive.
Run: .venv/bin/python -m tests.bench.bench_client
"""

from __future__ import annotations

import json
import platform
import time
import timeit
import uuid
from typing import Any

import httpx
from runware_bindings import PollPolicy, Runware
from runware_bindings.krea_2_medium.client import build_task

from generator.server import LocalServer

KEY = "bench-key"
ARGS: dict[str, Any] = {
    "positive_prompt": "a lighthouse at dusk, oil on canvas", "width": 1248, "height": 832,
    "seed": 42, "output_type": "base64Data", "output_format": "JPG", "output_quality": 80,
    "include_cost": True, "creativity": "high",
    "reference_images": ["aac49721-1964-481a-ae78-8a4e29b91402",
                         {"image": "https://example.com/b.png", "strength": -0.5}],
}


def by_hand() -> bytes:
    task = {"taskType": "imageInference", "taskUUID": str(uuid.uuid4()),
            "model": "krea:krea@2-medium", "positivePrompt": ARGS["positive_prompt"],
            "width": 1248, "height": 832, "seed": 42, "outputType": "base64Data",
            "outputFormat": "JPG", "outputQuality": 80, "includeCost": True,
            "settings": {"creativity": "high"},
            "inputs": {"referenceImages": list(ARGS["reference_images"])}}
    return json.dumps([task]).encode()


def generated() -> bytes:
    return json.dumps([build_task(**ARGS)]).encode()


def best(fn: Any, number: int, repeat: int = 5) -> float:
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def per_second(fn: Any, seconds: float = 3.0) -> float:
    fn()  # warm up: connection, image cache
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        fn()
        count += 1
    return count / (time.perf_counter() - start)


def main() -> None:
    print(f"\nClient overhead (Python {platform.python_version()}; best of repeats)")
    hand, gen = best(by_hand, 5000), best(generated, 5000)
    print(f"  build + validate + serialize one task   {gen * 1e6:8.1f} us")
    print(f"  the same dict by hand + serialize       {hand * 1e6:8.1f} us   "
          f"(validation and argument handling add {(gen - hand) * 1e6:.1f} us, {gen / hand:.1f}x)")

    with LocalServer(api_key=KEY) as server, \
            Runware(KEY, base_url=server.base_url, poll_policy=PollPolicy()) as client, \
            httpx.Client(timeout=30) as raw:
        headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}

        def raw_round_trip() -> None:
            response = raw.post(server.base_url, content=by_hand(), headers=headers)
            response.raise_for_status()
            assert response.json()["data"]

        def client_round_trip() -> None:
            assert client.krea_2_medium.generate(**ARGS)

        raw_rate = per_second(raw_round_trip)
        client_rate = per_second(client_round_trip)
    print(f"  round trips/s, raw httpx                {raw_rate:8.0f}")
    print(f"  round trips/s, generated client         {client_rate:8.0f}   "
          f"({client_rate / raw_rate:.2f}x of raw httpx)")


if __name__ == "__main__":
    main()
