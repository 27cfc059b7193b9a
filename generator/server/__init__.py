"""A local Runware-compatible HTTP server on loopback, for tests and offline development.

Start it with ``python -m generator serve`` or, in Python, ``with LocalServer() as server:``.
"""

from .app import LocalServer

__all__ = ["LocalServer"]
