"""Webhook POSTs and upload PUTs, made in the background, to loopback addresses only."""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from .limits import Limits
from .tasks import Delivery

log = logging.getLogger("generator.server")
ATTEMPTS = 3
WORKERS = 4
TIMEOUT = 5.0


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class DeliveryRecord:
    method: str
    url: str
    outcome: str  # "delivered", "failed: ...", "skipped: ..."


class Deliverer:
    """A small pool that waits for each result to be ready, then sends it (retrying non-2xx).

    At most ``pending_deliveries`` (and ``pending_delivery_bytes`` of bodies) wait at once; beyond
    that a delivery is skipped and logged. ``credentials(url)`` gives the headers a delivery to
    ``url`` carries: the server's own sink needs its key, nobody else gets it.
    """

    def __init__(self, limits: Limits | None = None,
                 credentials: Callable[[httpx.URL], dict[str, str]] | None = None) -> None:
        limits = limits or Limits()
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="runware-delivery")
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._credentials = credentials or (lambda url: {})
        self._max_pending, self._max_bytes = limits.pending_deliveries, limits.pending_delivery_bytes
        self._pending = 0
        self._pending_bytes = 0
        self.log: list[DeliveryRecord] = []

    def submit(self, delivery: Delivery) -> None:
        if not is_loopback(urlsplit(delivery.url).hostname):
            self._record(delivery, "skipped: the local server only delivers to loopback addresses")
            return
        size = len(delivery.body)
        with self._lock:
            full = self._pending + 1 > self._max_pending or \
                self._pending_bytes + size > self._max_bytes
            if not full:
                self._pending += 1
                self._pending_bytes += size
        if full:
            self._record(delivery, f"skipped: {self._max_pending} deliveries (or "
                                   f"{self._max_bytes} bytes) are already waiting")
            return
        try:
            self._pool.submit(self._send_counted, delivery)
        except RuntimeError:  # the pool is shut down: the server is stopping
            self._done(size)

    def pending(self) -> int:
        with self._lock:
            return self._pending

    def _done(self, size: int) -> None:
        with self._lock:
            self._pending -= 1
            self._pending_bytes -= size

    def _send_counted(self, delivery: Delivery) -> None:
        try:
            self._send(delivery)
        finally:
            self._done(len(delivery.body))

    def _send(self, delivery: Delivery) -> None:
        try:
            url = httpx.URL(delivery.url)
        except httpx.InvalidURL as exc:
            self._record(delivery, f"failed: {exc}")
            return
        headers = {"Content-Type": delivery.content_type, **self._credentials(url)}
        if delivery.job is not None:
            wait = delivery.job.ready_at(delivery.index) - time.monotonic()
            if wait > 0 and self._closed.wait(wait):
                return
        outcome = "failed: no attempt"
        with httpx.Client(timeout=TIMEOUT) as client:
            for attempt in range(ATTEMPTS):
                if self._closed.is_set():
                    return
                try:
                    response = client.request(delivery.method, url, content=delivery.body,
                                              headers=headers)
                except httpx.HTTPError as exc:
                    outcome = f"failed: {type(exc).__name__}"
                else:
                    if response.is_success:
                        outcome = "delivered"
                        break
                    outcome = f"failed: HTTP {response.status_code}"
                self._closed.wait(0.1 * (attempt + 1))
        self._record(delivery, outcome)

    def _record(self, delivery: Delivery, outcome: str) -> None:
        log.info("%s %s: %s", delivery.method, delivery.url.split("?")[0], outcome)
        with self._lock:
            self.log.append(DeliveryRecord(delivery.method, delivery.url, outcome))
            del self.log[:-1000]

    def close(self) -> None:
        self._closed.set()
        self._pool.shutdown(wait=True, cancel_futures=True)
