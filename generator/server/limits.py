"""What the local server accepts and keeps: every store, body and wait is bounded by these."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The local server's bounds. The defaults suit tests and development on one machine.

    Bodies over a limit are refused with 413 before they are read; stores drop their oldest
    entries once full (the newest webhook, image or job is the one a test is waiting for).
    """

    max_body: int = 32 * MiB  # one API request, or one webhook / upload received at the sink
    max_control_body: int = 64 * 1024  # POST /_control/faults
    body_bytes_in_flight: int = 256 * MiB  # all bodies being read or handled at once (503 beyond)
    request_timeout: float = 30.0  # a request must arrive whole within this; also the idle limit
    max_connections: int = 64  # open connections (each holds a thread); 503 beyond
    max_tasks: int = 100  # tasks in one API request
    max_results: int = 100  # images generated (or returned by getResponse) for one API request
    max_errors: int = 100  # errors listed in one answer; the rest are counted in a last one
    sink_entries: int = 1024  # requests kept by /_sink/<name>, all names together
    sink_bytes: int = 64 * MiB  # their bodies (and names, queries, content types) together
    image_entries: int = 256  # images kept to serve at /images/<file>
    image_bytes: int = 256 * MiB
    job_entries: int = 1024  # async tasks kept for getResponse
    job_bytes: int = 256 * MiB  # their results (base64 data and data URIs count fully)
    task_uuids: int = 100_000  # task UUIDs remembered for conflictTaskUUID
    pending_deliveries: int = 256  # webhook POSTs and upload PUTs waiting to be sent
    pending_delivery_bytes: int = 128 * MiB

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.type == "float":
                ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
            else:
                ok = isinstance(value, int) and not isinstance(value, bool) and value >= 1
            if not ok:
                raise ValueError(f"Limits.{f.name} must be a positive {f.type}, found {value!r}")
