"""The HTTP side of the local server: routing, the bearer check, faults, and the server's lifecycle.

Routes:
  POST /v1                  the Runware API (a JSON array of tasks)
  GET  /images/<file>       images produced with ``outputType: URL`` (and uploads)
  GET  /media/<file>        video, audio and 3D files produced with ``outputType: URL``
  POST|PUT /_sink/<name>    records webhooks and uploads, for tests (``LocalServer.sink``); key
  POST /_control/faults     fault injection over HTTP, e.g. ``{"fail": {"count": 2, "status": 429}}``; key
  GET  /_control/stats      what the stores hold (entries, bytes, drops); key
  GET  /health              200 when up

Whatever a client sends, it gets a Runware-shaped answer or a closed connection, never a handler
that dies with a traceback: an unexpected exception is a 500 (logged once, at ERROR, with the
traceback), a client that goes away is logged at DEBUG only, and every wait has a deadline.
"""

from __future__ import annotations

import hmac
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from . import jsonbody
from .delivery import Deliverer, is_loopback
from .errors import runware_error, short
from .faults import Fault, Faults, InvalidFault
from .limits import Limits
from .store import Received, Sink
from .tasks import Processor

log = logging.getLogger("generator.server")

DEFAULT_API_KEY = "local-test-key"
# The peer closed or reset the connection, or stopped reading: nothing to answer, nothing to log.
CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)
_FAULT_CODES = {429: "queueFull", 503: "serviceUnavailable", 504: "timeoutQueue",
                500: "internalError", 408: "requestTimeout"}
_HTTP_ERROR_CODES = {400: "badRequest", 408: "requestTimeout", 414: "requestURITooLong",
                     431: "headersTooLarge", 501: "unsupportedMethod",
                     505: "httpVersionNotSupported"}


class _Watchdog:
    """Cuts the read side of connections whose request has not arrived whole by its deadline.

    A per-read socket timeout alone lets a client that sends a byte every few seconds hold a
    thread forever; this bounds the whole request (request line, headers and body).
    """

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._armed: dict[_Handler, float] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="runware-local-watchdog",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def arm(self, handler: _Handler) -> None:
        with self._lock:
            self._armed[handler] = time.monotonic() + self.timeout

    def disarm(self, handler: _Handler) -> None:
        with self._lock:
            self._armed.pop(handler, None)

    def _run(self) -> None:
        interval = min(0.25, self.timeout / 4)
        while not self._stop.wait(interval):
            now = time.monotonic()
            with self._lock:  # disarm takes the lock too: a disarmed handler is never cut
                late = [h for h, deadline in self._armed.items() if deadline <= now]
                for handler in late:
                    del self._armed[handler]
                    handler.timed_out = True
                    try:
                        handler.connection.shutdown(socket.SHUT_RD)  # its blocked read returns
                    except OSError:
                        pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LocalServer
    limits: Limits
    watchdog: _Watchdog
    _slots: threading.BoundedSemaphore
    _active: int
    _budget_lock: threading.Lock
    _in_flight: int

    def setup_limits(self, limits: Limits) -> None:
        self.limits = limits
        self.watchdog = _Watchdog(limits.request_timeout)
        self._slots = threading.BoundedSemaphore(limits.max_connections)
        self._active = 0
        self._budget_lock = threading.Lock()
        self._in_flight = 0

    # -- connections: at most max_connections, each in its own thread ---------------------------

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            body = json.dumps({"errors": [runware_error(
                "tooManyConnections", f"this server handles at most {self.limits.max_connections} "
                "connections at once; retry shortly")]}).encode()
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                                b"application/json\r\nRetry-After: 1\r\nConnection: close\r\n"
                                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        with self._budget_lock:
            self._active += 1
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._release_slot()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._release_slot()

    def _release_slot(self) -> None:
        with self._budget_lock:
            self._active -= 1
        self._slots.release()

    @property
    def active_connections(self) -> int:
        with self._budget_lock:
            return self._active

    # -- bodies: at most body_bytes_in_flight held at once ----------------------------------

    def reserve(self, size: int) -> bool:
        with self._budget_lock:
            if self._in_flight + size > self.limits.body_bytes_in_flight:
                return False
            self._in_flight += size
            return True

    def release(self, size: int) -> None:
        with self._budget_lock:
            self._in_flight -= size

    @property
    def in_flight(self) -> int:
        with self._budget_lock:
            return self._in_flight

    def handle_error(self, request: Any, client_address: Any) -> None:
        """What escaped a handler (it catches its own errors; this is the last resort)."""
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            log.debug("connection from %s ended: %r", client_address, exc)
        else:
            log.error("unexpected error on the connection from %s", client_address,
                      exc_info=exc)


class _HTTPServer6(_HTTPServer):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "runware-local/1"
    disable_nagle_algorithm = True  # headers and body go out at once: no 40 ms delayed-ACK stall

    # -- plumbing -------------------------------------------------------------------------------

    def setup(self) -> None:
        self.timed_out = False
        self._answered = False
        self._reserved = 0
        super().setup()
        self.connection.settimeout(self.server.limits.request_timeout)  # each read, each sendall

    def handle(self) -> None:
        try:
            super().handle()
        except CLIENT_GONE as exc:
            log.debug("%s went away: %s", self.address_string(), type(exc).__name__)

    def handle_one_request(self) -> None:
        self._answered = False
        self.server.watchdog.arm(self)
        try:
            super().handle_one_request()
        finally:
            self.server.watchdog.disarm(self)
            if self._reserved:
                self.server.release(self._reserved)
                self._reserved = 0

    def finish(self) -> None:
        try:
            super().finish()
        except OSError as exc:
            log.debug("%s went away: %s", self.address_string(), type(exc).__name__)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def send_response(self, code: int, message: str | None = None) -> None:
        self._answered = True
        super().send_response(code, message)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The base class's errors (bad request line, headers too large...), Runware-shaped."""
        if self.timed_out:
            code, message = 408, self._timeout_message()
        if self.request_version == "HTTP/0.9":  # an unparsable line: answer with a status line
            self.request_version = self.protocol_version
        self.close_connection = True
        self._errors(code, runware_error(_HTTP_ERROR_CODES.get(code, "httpError"),
                                         short(message or HTTPStatus(code).phrase)),
                     headers={"Connection": "close"})

    def _timeout_message(self) -> str:
        return (f"the request did not arrive whole within {self.server.limits.request_timeout:g} s "
                "(request line, headers and body)")

    def _send(self, status: int, body: bytes, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection and "Connection" not in (headers or {}):
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode("utf-8"), headers=headers)

    def _errors(self, status: int, *errors: dict[str, Any],
                headers: dict[str, str] | None = None) -> None:
        self._json(status, {"errors": list(errors)}, headers)

    def _refuse(self, status: int, code: str, message: str,
                headers: dict[str, str] | None = None) -> None:
        """An error answer after which the connection closes (the body may be unread)."""
        self.close_connection = True
        self._errors(status, runware_error(code, message), headers=headers)

    def _read_body(self, limit: int) -> bytes | None:
        """The body, exactly Content-Length bytes; None once an error has been answered."""
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") is not None:
            if lengths:
                self._refuse(400, "invalidContentLength", "a request with both Content-Length and "
                             "Transfer-Encoding is ambiguous; send Content-Length only")
            else:
                self._refuse(411, "lengthRequired", "this server does not read chunked bodies; "
                             "send a Content-Length header")
            return None
        if not lengths:
            self._refuse(411, "lengthRequired", "send a Content-Length header")
            return None
        values = {value.strip() for value in lengths}
        if len(values) > 1:
            self._refuse(400, "invalidContentLength",
                         f"conflicting Content-Length headers: {', '.join(sorted(values))}")
            return None
        text = values.pop()
        if not (text.isascii() and text.isdigit() and len(text) <= 20):
            self._refuse(400, "invalidContentLength",
                         f"Content-Length must be a number of bytes, found {short(text)!r}")
            return None
        size = int(text)
        if size > limit:
            self._refuse(413, "requestTooLarge",
                         f"the body must be at most {limit} bytes, found Content-Length {size}")
            return None
        if not self.server.reserve(size):
            self._refuse(503, "serverBusy", "too many large bodies are being handled at once; "
                         "retry shortly", headers={"Retry-After": "1"})
            return None
        self._reserved = size
        try:
            body = self.rfile.read(size)
        except TimeoutError:
            self.timed_out, body = True, b""
        self.server.watchdog.disarm(self)  # what follows is ours to do, not the client's
        if len(body) < size:
            if self.timed_out:
                self._refuse(408, "requestTimeout", self._timeout_message())
            else:
                self._refuse(400, "incompleteBody", f"Content-Length is {size} but the "
                             f"connection ended after {len(body)} bytes")
            return None
        return body

    def _bearer_ok(self) -> bool:
        scheme, _, key = self.headers.get("Authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(
            key.strip().encode("utf-8", "replace"), self.owner.api_key.encode())

    def _require_key(self) -> bool:
        if self._bearer_ok():
            return True
        self._refuse(401, "invalidApiKey", "missing or wrong API key: send "
                     "'Authorization: Bearer <key>'")
        return False

    @property
    def owner(self) -> LocalServer:
        return self.server.owner

    def _guarded(self, route: Callable[[], None]) -> None:
        """Run ``route``; an unexpected exception becomes a 500, logged once with its traceback."""
        if self.timed_out:  # the watchdog cut the headers short
            self._refuse(408, "requestTimeout", self._timeout_message())
            return
        try:
            route()
        except CLIENT_GONE:
            raise
        except Exception:
            log.exception("unexpected error handling %s %s", self.command,
                          short(urlsplit(self.path).path))
            self.close_connection = True
            if not self._answered:
                self._errors(500, runware_error(
                    "internalError", "the local server failed on this request (its log has the "
                    "traceback); nothing was kept, so the same request may be retried"))

    # -- routes ---------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self.server.watchdog.disarm(self)
        self._guarded(self._get)

    do_HEAD = do_GET

    def do_PUT(self) -> None:
        self._guarded(self._sink_or_404)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/v1":
            self._guarded(self._api)
        elif path == "/_control/faults":
            self._guarded(self._control)
        else:
            self._guarded(self._sink_or_404)

    def _get(self) -> None:
        if self.headers.get("Content-Length", "0").strip() != "0" or \
                self.headers.get("Transfer-Encoding") is not None:
            self.close_connection = True  # an unread body must not be taken for the next request
        path = urlsplit(self.path).path
        if path == "/health":
            self._json(200, {"status": "ok"})
        elif path == "/_control/stats":
            if self._require_key():
                self._json(200, self.owner.stats())
        elif path.startswith(("/images/", "/media/")):
            found = self.owner.processor.images.get(path.split("/", 2)[2])
            if found is None:
                self._errors(404, runware_error("imageNotFound" if path.startswith("/images/")
                                                else "mediaNotFound",
                                                "no such file (expired or never made)"))
            else:
                self._send(200, found[1], found[0])
        else:
            self._errors(404, runware_error("notFound", f"no route for GET {short(path)}"))

    def _sink_or_404(self) -> None:
        parts = urlsplit(self.path)
        if not parts.path.startswith("/_sink/") or len(parts.path) <= len("/_sink/"):
            self._refuse(404, "notFound", f"no route for {self.command} {short(parts.path)}")
            return
        if not self._require_key():
            return
        limits = self.owner.limits
        body = self._read_body(min(limits.max_body, limits.sink_bytes))
        if body is None:
            return
        name = parts.path[len("/_sink/"):]
        received = Received(self.command, parts.path, parts.query,
                            self.headers.get("Content-Type", ""), body)
        if not self.owner.sink.add(name, received):
            self._errors(413, runware_error(
                "requestTooLarge", f"the sink keeps at most {limits.sink_bytes} bytes in all"))
            return
        self._json(200, {"received": len(body)})

    def _control(self) -> None:
        if not self._require_key():
            return
        body = self._read_body(self.owner.limits.max_control_body)
        if body is None:
            return
        try:
            self.owner.faults.configure(jsonbody.loads(body) if body.strip() else {})
        except jsonbody.BadJSON as exc:
            self._errors(400, runware_error("invalidFault", str(exc)))
            return
        except InvalidFault as exc:
            self._errors(400, runware_error("invalidFault", str(exc), parameter=exc.field,
                                            expected=exc.expected))
            return
        self._json(200, {"ok": True, "pending": self.owner.faults.pending()})

    def _api(self) -> None:
        owner = self.owner
        body = self._read_body(owner.limits.max_body)
        if body is None:
            return
        owner.note_request()
        problem: jsonbody.BadJSON | None = None
        tasks: Any = None
        try:
            tasks = jsonbody.loads(body)
        except jsonbody.BadJSON as exc:
            problem = exc
        # A leading authentication task is the protocol's alternative to the header.
        given = None
        if isinstance(tasks, list) and tasks and isinstance(tasks[0], dict) \
                and tasks[0].get("taskType") == "authentication":
            given = tasks.pop(0).get("apiKey")
        authorised = self._bearer_ok() or (isinstance(given, str) and hmac.compare_digest(
            given.encode("utf-8", "replace"), owner.api_key.encode()))
        if not authorised:
            self._errors(401, runware_error(
                "invalidApiKey", "missing or wrong API key: send 'Authorization: Bearer <key>'"))
            return
        fault = owner.faults.take()  # only now: a stranger's request must not use up a fault
        if fault is not None and self._inject(fault):
            return
        if problem is not None:
            self._errors(400, runware_error("invalidJSON", str(problem)))
            return
        if not isinstance(tasks, list) or not tasks:
            self._errors(400, runware_error(
                "invalidRequestBody", "the body must be a non-empty JSON array of task objects"))
            return
        if len(tasks) > owner.limits.max_tasks:
            self._errors(400, runware_error(
                "tooManyTasks", f"this server takes at most {owner.limits.max_tasks} tasks per "
                f"request, found {len(tasks)}"))
            return
        answer = owner.processor.handle(tasks)
        for delivery in answer.deliveries:  # queued first, so the log is current once we answer
            owner.deliverer.submit(delivery)
        self._json(answer.status, answer.body())

    def _inject(self, fault: Fault) -> bool:
        """Apply ``fault``; True when it answered (or dropped) the request."""
        if fault.kind == "delay":
            time.sleep(fault.seconds)
            return False
        if fault.kind == "drop":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return True
        if fault.kind == "malformed":
            self._send(200, fault.body)
            return True
        headers = {}
        if fault.retry_after is not None:
            headers["Retry-After"] = f"{fault.retry_after:g}"
        self._errors(fault.status, runware_error(
            _FAULT_CODES.get(fault.status, "injectedFault"), f"injected fault: HTTP {fault.status}"),
            headers=headers)
        return True


class LocalServer:
    """A Runware-compatible server on a loopback port, in a background thread.

    ``base_url`` is what a client's ``base_url`` should be. ``faults`` injects failures, ``sink``
    holds the webhooks and uploads it received, ``request_count`` counts API requests that arrived
    (whatever became of them), ``stats()`` what every store holds. ``limits`` bounds all of it.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *,
                 api_key: str = DEFAULT_API_KEY, async_duration: float = 0.3,
                 limits: Limits | None = None) -> None:
        if not is_loopback(host):
            raise ValueError(f"the local server only listens on loopback addresses, not {host!r}")
        if not api_key:
            raise ValueError("api_key must not be empty")
        self.host, self.port, self.api_key = host, port, api_key
        self.limits = limits or Limits()
        self.faults = Faults()
        self.sink = Sink(self.limits)
        self.processor = Processor(lambda: self.origin, self.faults, async_duration=async_duration,
                                   limits=self.limits)
        self.deliverer = Deliverer(self.limits, self._credentials)
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

    def _credentials(self, url: httpx.URL) -> dict[str, str]:
        """Headers for a delivery to ``url``: the key for this server's own sink, else nothing."""
        own = httpx.URL(self.origin)
        if (url.scheme, url.host, url.port) == (own.scheme, own.host, own.port) \
                and url.path.startswith("/_sink/"):
            return {"Authorization": f"Bearer {self.api_key}"}
        return {}

    def finish_jobs(self) -> int:
        """Finish every async job at once (how many were running): with a long ``async_duration``,
        a test sees ``processing`` for as long as it likes, then ``success``, with no timing."""
        return self.processor.jobs.finish_all()

    def note_request(self) -> None:
        with self._count_lock:
            self.request_count += 1

    def stats(self) -> dict[str, Any]:
        """What the server holds now: entries, bytes and drops of each bounded store."""
        httpd = self._httpd
        return {
            "requests": self.request_count,
            "connections": httpd.active_connections if httpd is not None else 0,
            "bodyBytesInFlight": httpd.in_flight if httpd is not None else 0,
            "sink": self.sink.stats(),
            "images": self.processor.images.stats(),
            "jobs": self.processor.jobs.stats(),
            "taskUUIDs": self.processor.seen.stats(),
            "pendingDeliveries": self.deliverer.pending(),
            "pendingFaults": self.faults.pending(),
        }

    def bind(self) -> None:
        cls = _HTTPServer6 if ":" in self.host else _HTTPServer
        httpd = cls((self.host, self.port), _Handler)
        httpd.owner = self
        httpd.setup_limits(self.limits)
        self.port = httpd.server_address[1]
        self._httpd = httpd

    def start(self) -> LocalServer:
        if self._httpd is None:
            self.bind()
        assert self._httpd is not None
        self._httpd.watchdog.start()
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
        self._httpd.watchdog.start()
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
            httpd.watchdog.stop()
        self.deliverer.close()

    def __enter__(self) -> LocalServer:  # noqa: PYI034 - not meant for subclassing
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
