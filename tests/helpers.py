"""Small shared helpers for tests (paths, running the CLI in a subprocess)."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPEC = ROOT / "spec"
GENERATED = ROOT / "generated"


def run_cli(*args: str, stdin: str | None = None, cwd: Path = ROOT,
            env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        input=stdin, capture_output=True, text=True, cwd=cwd, env=full_env, timeout=timeout, check=False,
    )

# The smallest valid Krea 2 Medium task, shared by the tests that edit one field of it.
VALID_KREA = {
    "taskType": "imageInference",
    "taskUUID": "5f0c1f38-7d2c-4b51-9a3e-0d5c1e9a2b47",
    "model": "krea:krea@2-medium",
    "positivePrompt": "a lighthouse at dusk",
    "width": 1024,
    "height": 1024,
}


def mypy_error_lines(snippet: str, tmp_path: Path) -> tuple[set[int], str]:
    """Run ``mypy --strict`` on a snippet using the generated package: (error lines, output)."""
    script = tmp_path / "snippet.py"
    script.write_text(snippet)
    env = {**os.environ, "MYPYPATH": str(GENERATED)}
    res = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False)
    return {int(line.split(":")[1]) for line in res.stdout.splitlines() if ": error:" in line}, res.stdout


@contextmanager
def serve_http(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free loopback port for the block; yields the origin URL."""
    handler.log_message = lambda self, *args: None  # type: ignore[method-assign]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
