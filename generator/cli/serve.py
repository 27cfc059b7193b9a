"""``serve [--host H] [--port N] [--api-key KEY]``: run the local Runware-compatible server."""

from __future__ import annotations

import argparse
import logging
import os
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="run a local Runware-compatible server on loopback")
    p.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 picks a free one)")
    p.add_argument("--api-key", default=None,
                   help="the bearer key clients must send (default: $RUNWARE_API_KEY, "
                        "else 'local-test-key')")
    p.add_argument("--async-seconds", type=float, default=2.0,
                   help="how long async tasks take to finish (default 2)")
    p.add_argument("--verbose", "-v", action="store_true", help="log every request")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..server import LocalServer
        from ..server.app import DEFAULT_API_KEY
    except ImportError as exc:
        print(f"error: cannot start the server ({exc}); run `make generate` first", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(message)s")
    if not 0 <= args.port <= 65535:
        print(f"error: --port must be 0..65535, found {args.port}", file=sys.stderr)
        return 2
    if args.async_seconds < 0:
        print("error: --async-seconds must be >= 0", file=sys.stderr)
        return 2
    key = args.api_key or os.environ.get("RUNWARE_API_KEY") or DEFAULT_API_KEY
    try:
        server = LocalServer(args.host, args.port, api_key=key, async_duration=args.async_seconds)
        server.bind()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
              file=sys.stderr)
        return 2
    source = "--api-key" if args.api_key else ("RUNWARE_API_KEY" if key != DEFAULT_API_KEY
                                               else f"the default, {DEFAULT_API_KEY!r}")
    print(f"serving the Runware API at {server.base_url} (key from {source}); Ctrl-C stops",
          file=sys.stderr, flush=True)
    server.serve_forever()
    return 0
