"""The HTTP side of the local server: routing, the bearer check, faults, and the server's lifecycle.

Routes:
  POST /v1                  the Runware API (a JSON array of tasks)
  GET  /images/<file>       images produced with ``outputType: URL`` (and uploads)
  POST|PUT /_sink/<name>    records webhooks and uploads, for tests (``LocalServer.sink``)
  POST /_control/faults     fault injection over HTTP, e.g. ``{"fail": {"count": 2, "status": 429}}``
  GET  /health              200 when up
"""

from __future__ import annotations

import hmac
import json
import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlencode, urlsplit

from .delivery import Deliverer, is_loopback
from .errors import runware_error
from .faults import Faults
from .store import Received, Sink
from .tasks import Processor

log = logging.getLogger("generator.server")

DEFAULT_API_KEY = "local-test-key"
MAX_BODY = 64 * 1024 * 1024
SOCKET_TIMEOUT = 30.0  # a stalled client cannot hold a handler thread longer than this


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LocalServer


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    timeout = SOCKET_TIMEOUT
    server_version = "runware-local/1"
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stall

    # -- plumbing -------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _send(self, status: int, body: bytes, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode("utf-8"), headers=headers)

    def _errors(self, status: int, *errors: dict[str, Any],
                headers: dict[str, str] | None = None) -> None:
        self._json(status, {"errors": list(errors)}, headers)

    def _read_body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None:
            self.close_connection = True
            self._errors(411, runware_error("lengthRequired", "send a Content-Length header"))
            return None
        try:
            size = int(length)
        except ValueError:
            size = -1
        if not 0 <= size <= MAX_BODY:
            self.close_connection = True
            self._errors(413, runware_error(
                "requestTooLarge", f"the body must be 0..{MAX_BODY} bytes, found {length}"))
            return None
        return self.rfile.read(size)

    @property
    def owner(self) -> LocalServer:
        return self.server.owner

    # -- routes ---------------------------------------------------------------------------------

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/health":
            self._json(200, {"status": "ok"})
        elif path.startswith("/images/"):
            found = self.owner.processor.images.get(path[len("/images/"):])
            if found is None:
                self._errors(404, runware_error("imageNotFound", "no such image (expired or never made)"))
            else:
                self._send(200, found[1], found[0])
        else:
            self._errors(404, runware_error("notFound", f"no route for GET {path}"))

    do_HEAD = do_GET

    def do_PUT(self) -> None:
        self._sink_or_404()

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/v1":
            self._api()
        elif path == "/_control/faults":
            self._control()
        else:
            self._sink_or_404()

    def _sink_or_404(self) -> None:
        parts = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            return
        if not parts.path.startswith("/_sink/") or len(parts.path) <= len("/_sink/"):
            self._errors(404, runware_error("notFound", f"no route for {self.command} {parts.path}"))
            return
        name = parts.path[len("/_sink/"):]
        self.owner.sink.add(name, Received(self.command, parts.path, parts.query,
                                           self.headers.get("Content-Type", ""), body))
        self._json(200, {"received": len(body)})

    def _authorised(self, tasks: Any) -> bool:
        header = self.headers.get("Authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(key.strip().encode(),
                                                              self.owner.api_key.encode()):
            return True
        # The protocol's alternative: an authentication task first in the array.
        if isinstance(tasks, list) and tasks and isinstance(tasks[0], dict) \
                and tasks[0].get("taskType") == "authentication":
            given = tasks.pop(0).get("apiKey")
            return isinstance(given, str) and hmac.compare_digest(given.encode(),
                                                                  self.owner.api_key.encode())
        return False

    def _control(self) -> None:
        body = self._read_body()
        if body is None:
            return
        if not self._authorised(None):
            self._errors(401, runware_error("invalidApiKey", "missing or wrong API key"))
            return
        try:
            spec = json.loads(body or b"{}")
            if not isinstance(spec, dict):
                raise TypeError("the control body must be a JSON object")
            self.owner.faults.configure(spec)
        except (ValueError, TypeError) as exc:
            self._errors(400, runware_error("invalidFault", str(exc)))
            return
        self._json(200, {"ok": True})

    def _api(self) -> None:
        body = self._read_body()
        if body is None:
            return
        owner = self.owner
        owner.note_request()
        fault = owner.faults.take()
        if fault is not None:
            if fault.kind == "delay":
                time.sleep(fault.seconds)
            elif fault.kind == "drop":
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            elif fault.kind == "malformed":
                self._send(200, fault.body)
                return
            elif fault.kind == "status":
                headers = {}
                if fault.retry_after is not None:
                    headers["Retry-After"] = f"{fault.retry_after:g}"
                code = {429: "queueFull", 503: "serviceUnavailable", 504: "timeoutQueue",
                        500: "internalError", 408: "requestTimeout"}.get(fault.status, "injectedFault")
                self._errors(fault.status, runware_error(code, f"injected fault: HTTP {fault.status}"),
                             headers=headers)
                return
        try:
            tasks = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            self._errors(400, runware_error("invalidJSON", f"the body is not valid JSON: {exc}"))
            return
        if not self._authorised(tasks):
            self._errors(401, runware_error(
                "invalidApiKey", "missing or wrong API key: send 'Authorization: Bearer <key>'"))
            return
        if not isinstance(tasks, list) or not tasks:
            self._errors(400, runware_error(
                "invalidRequestBody", "the body must be a non-empty JSON array of task objects"))
            return
        answer = owner.processor.handle(tasks)
        for delivery in answer.deliveries:  # queued first, so the log is current once we answer
            owner.deliverer.submit(delivery)
        self._json(answer.status, answer.body())


class LocalServer:
    """A Runware-compatible server on a loopback port, in a background thread.

    ``base_url`` is what a client's ``base_url`` should be. ``faults`` injects failures, ``sink``
    holds the webhooks and uploads it received, ``request_count`` counts API requests that arrived
    (whatever became of them).
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *,
                 api_key: str = DEFAULT_API_KEY, async_duration: float = 0.3) -> None:
        if not is_loopback(host):
            raise ValueError(f"the local server only listens on loopback addresses, not {host!r}")
        if not api_key:
            raise ValueError("api_key must not be empty")
        self.host, self.port, self.api_key = host, port, api_key
        self.faults = Faults()
        self.sink = Sink()
        self.processor = Processor(lambda: self.origin, self.faults, async_duration=async_duration)
        self.deliverer = Deliverer()
        self._count_lock = threading.Lock()
        self.request_count = 0
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"LocalServer({self.origin!r})"

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    def sink_url(self, name: str, **query: str) -> str:
        return f"{self.origin}/_sink/{name}" + (f"?{urlencode(query)}" if query else "")

    def note_request(self) -> None:
        with self._count_lock:
            self.request_count += 1

    def bind(self) -> None:
        cls = _HTTPServer6 if ":" in self.host else _HTTPServer
        httpd = cls((self.host, self.port), _Handler)
        httpd.owner = self
        self.port = httpd.server_address[1]
        self._httpd = httpd

    def start(self) -> LocalServer:
        if self._httpd is None:
            self.bind()
        assert self._httpd is not None
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="runware-local-server", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (used by ``python -m generator serve``)."""
        if self._httpd is None:
            self.bind()
        assert self._httpd is not None
        try:
            self._httpd.serve_forever(poll_interval=0.2)
        finally:
            self.stop()

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            if self._thread is not None:
                httpd.shutdown()
                self._thread.join(timeout=10)
            httpd.server_close()
        self.deliverer.close()

    def __enter__(self) -> LocalServer:  # noqa: PYI034 - not meant for subclassing
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
