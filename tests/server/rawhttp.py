"""Raw HTTP over a socket, for requests httpx will not send (lying lengths, trickled bytes)."""

from __future__ import annotations

import json
import select
import socket
import time
from dataclasses import dataclass
from typing import Any

from generator.server import LocalServer


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def connect(server: LocalServer, timeout: float = 20.0) -> socket.socket:
    return socket.create_connection((server.host, server.port), timeout=timeout)


def request_bytes(method: str, path: str, body: bytes = b"", *, key: str | None = None,
                  headers: dict[str, str] | None = None, length: int | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: localhost"]
    if key is not None:
        lines.append(f"Authorization: Bearer {key}")
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if length is not None or body:
        lines.append(f"Content-Length: {len(body) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def read_until_closed(sock: socket.socket, limit: int = 64 * 1024 * 1024) -> bytes:
    """Everything the server sends until it closes the connection (bounded by the socket timeout)."""
    chunks = []
    total = 0
    while total < limit:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def parse_responses(data: bytes) -> list[RawResponse]:
    """The HTTP/1.1 responses in ``data``, in order (each must carry a Content-Length)."""
    out = []
    while data:
        head, sep, rest = data.partition(b"\r\n\r\n")
        assert sep, f"incomplete response head: {data[:200]!r}"
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        size = int(headers.get("content-length", "0"))
        out.append(RawResponse(int(status_line.split()[1]), headers, rest[:size]))
        data = rest[size:]
    return out


def exchange(server: LocalServer, data: bytes, *, half_close: bool = False) -> list[RawResponse]:
    """Send ``data`` on a fresh connection; the responses until the server closes it."""
    with connect(server) as sock:
        sock.sendall(data)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        return parse_responses(read_until_closed(sock))


def trickle(sock: socket.socket, piece: bytes, *, every: float, for_at_most: float) -> bytes | None:
    """Send ``piece`` every ``every`` seconds until the server answers or closes (its bytes), or
    ``for_at_most`` seconds pass (None: the server let the client hold the connection)."""
    deadline = time.monotonic() + for_at_most
    while time.monotonic() < deadline:
        readable, _, _ = select.select([sock], [], [], every)
        if readable:
            return read_until_closed(sock)
        try:
            sock.sendall(piece)
        except OSError:  # the server closed its end
            return read_until_closed(sock)
    return None
