"""Object parameters with #### children, Format 1 / Format 2 unions, provider groups; fetching a
page over HTTP (from a loopback server the test starts and stops)."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.ingest import ingest_text
from tests.helpers import SPEC, run_cli, serve_http

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "nested.md"


def test_objects_unions_and_provider_settings() -> None:
    spec = ingest_text(PAGE.read_text(), module="nested", platform_dir=SPEC / "platform").spec
    props = spec["request"]["properties"]
    safety = props["safety"]
    assert safety["type"] == "object" and safety["additionalProperties"] is False
    assert safety["x-anchor"] == "request-safety"
    assert safety["properties"]["checkContent"] == {
        "type": "boolean", "default": True, "description": "Check the content.",
        "x-anchor": "request-safety-checkcontent"}
    assert {k: safety["properties"]["level"][k] for k in ("type", "minimum", "maximum")} == {
        "type": "number", "minimum": 0, "maximum": 1.5}
    images = props["inputs"]["properties"]["images"]
    assert images["maxItems"] == 3  # Max on an array counts items
    plain, weighted = images["items"]["oneOf"]
    assert (plain["title"], plain["type"]) == ("Format 1", "string")
    assert weighted["required"] == ["image"] and weighted["additionalProperties"] is False
    assert weighted["properties"]["weight"]["minimum"] == -1
    acme = props["providerSettings"]["properties"]["acme"]
    assert acme["description"] == "Provider options."
    assert acme["properties"]["mode"]["enum"] == ["fast", "slow"]
    assert spec["response"]["properties"]["imageURL"]["format"] == "uri"


@pytest.fixture
def page_server() -> Iterator[str]:
    body = PAGE.read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/docs/nested.md":
                self.send_response(200)
                self.send_header("Content-Type", "text/markdown; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

    with serve_http(Handler) as origin:
        yield origin


def test_ingest_fetches_a_url(page_server: str, tmp_path: Path) -> None:
    res = run_cli("ingest", f"{page_server}/docs/nested.md", "--spec", str(SPEC))
    assert res.returncode == 0, res.stderr
    assert "nested:2@1" in res.stdout
    res = run_cli("ingest", f"{page_server}/docs/missing.md", "--spec", str(SPEC))
    assert res.returncode == 2 and "cannot fetch" in res.stderr and "404" in res.stderr
